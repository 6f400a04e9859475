<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\ArgumentException;
use ReturnKit\Policy;

/** 10,000 decisions, with errors, and policies made and freed: no memory kept. */
final class MemoryTest extends ReturnKitTestCase
{
    /** Bytes of PHP memory (memory_get_usage). */
    private const ZEND_BOUND = 64 * 1024;
    /** KiB of resident memory, native allocations included. */
    private const RSS_BOUND = 4 * 1024;

    private static function rssKib(): int
    {
        $status = @file_get_contents('/proc/self/status');
        return $status !== false && preg_match('/^VmRSS:\s+(\d+)/m', $status, $m) ? (int) $m[1] : 0;
    }

    public function testTenThousandDecisionsKeepNoMemory(): void
    {
        $order = self::jsonFile('examples/data/order.json');
        $returnRequest = ['lines' => [
            ['line_id' => 'l1', 'quantity' => 1, 'reason' => 'size_or_fit'],
            ['line_id' => 'l3', 'quantity' => 1, 'reason' => 'changed_mind'],
        ], 'resolution' => 'original_payment'];
        $now = new \DateTimeImmutable('2026-10-20 11:00:00', new \DateTimeZone('America/Los_Angeles'));
        $policy = Policy::fromFile(self::root() . '/examples/c-shop-engine/policy.toml');
        $loop = static function (int $n) use ($policy, $order, $returnRequest, $now): string {
            $refund = '';
            for ($i = 0; $i < $n; $i++) {
                $refund = $policy->decide($order, $returnRequest, $now)->refundQuote()?->refund() ?? '';
                if ($i % 10 === 0) {
                    try {
                        $policy->decide($order, ['lines' => [['line_id' => 'zz', 'quantity' => 1, 'reason' => 'size_or_fit']]], $now);
                    } catch (ArgumentException) {
                    }
                    (Policy::fromToml("name = \"p$i\"\n[window]\ndays = 30\n"))->explain();
                }
            }
            return $refund;
        };
        $loop(1000); // warm up: allocator pools, JIT of the paths
        gc_collect_cycles();
        $zend0 = memory_get_usage();
        $rss0 = self::rssKib();
        $refund = $loop(10000);
        gc_collect_cycles();
        $zendGrowth = memory_get_usage() - $zend0;
        $rssGrowth = self::rssKib() - $rss0;
        $this->assertSame('89.61', $refund, '10,000 decisions give the same refund');
        $this->assertTrue($zendGrowth < self::ZEND_BOUND,
            sprintf('PHP memory grows under %d KiB over 10,000 decisions: grew %d bytes', self::ZEND_BOUND / 1024, $zendGrowth));
        $this->assertTrue($rss0 === 0 || $rssGrowth < self::RSS_BOUND,
            sprintf('resident memory grows under %d MiB over 10,000 decisions: grew %d KiB', self::RSS_BOUND / 1024, $rssGrowth));
    }
}
