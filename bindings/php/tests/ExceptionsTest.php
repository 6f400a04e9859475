<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\ArgumentException;
use ReturnKit\InternalException;
use ReturnKit\Money;
use ReturnKit\MoneyException;
use ReturnKit\Policy;
use ReturnKit\PolicyException;
use ReturnKit\RefundQuote;
use ReturnKit\ReturnKitException;

/** Every exception class, from real calls. */
final class ExceptionsTest extends ReturnKitTestCase
{
    public function testEveryExceptionClassFromRealCalls(): void
    {
        $order = self::jsonFile('examples/data/order.json');
        $returnRequest = ['lines' => [
            ['line_id' => 'l1', 'quantity' => 1, 'reason' => 'size_or_fit'],
            ['line_id' => 'l3', 'quantity' => 1, 'reason' => 'changed_mind'],
        ], 'resolution' => 'original_payment'];
        $now = new \DateTimeImmutable('2026-10-20 11:00:00', new \DateTimeZone('America/Los_Angeles'));
        $policy = Policy::fromFile(self::root() . '/examples/c-shop-engine/policy.toml');
        $labelPolicy = Policy::fromJson('{"name": "Labels", "window": {"days": 30}}', [self::jsonFile('examples/rates/us-ground.json')]);

        $this->assertThrowsError(ArgumentException::class, 1001, null, 'ArgumentException 1001: malformed policy JSON', static fn () => Policy::fromJson('{"name": '));
        $this->assertThrowsError(ArgumentException::class, 1002, 'format', 'ArgumentException 1002: unknown format', static fn () => Policy::compile('x', 'yaml'));
        $this->assertThrowsError(ArgumentException::class, 1001, 'request', 'ArgumentException 1001: invalid UTF-8 from PHP',
            static fn () => RefundQuote::quote($order, ['lines' => [['line_id' => "\xff", 'quantity' => 1]]]));
        $this->assertThrowsError(ArgumentException::class, 1001, null, 'ArgumentException 1001: malformed JSON text', static fn () => RefundQuote::quote('{"id": ', '{}'));
        $this->assertThrowsError(ArgumentException::class, 1007, 'request.lines[0].quantity', 'ArgumentException 1007: more than delivered',
            static fn () => RefundQuote::quote($order, ['lines' => [['line_id' => 'l1', 'quantity' => 5]]]));
        $this->assertThrowsError(ArgumentException::class, 1008, 'request.lines[0].reason', 'ArgumentException 1008: unknown reason',
            static fn () => $policy->decide($order, ['lines' => [['line_id' => 'l1', 'quantity' => 1, 'reason' => 'bored']]], $now));
        $this->assertThrowsError(ArgumentException::class, 1002, 'policy', 'ArgumentException 1002: unreadable policy file', static fn () => Policy::fromFile('/nonexistent.toml'));
        $this->assertThrowsError(PolicyException::class, 2001, 'policy.window.days', 'PolicyException 2001: invalid policy',
            static fn () => Policy::fromJson('{"name": "x", "window": {"days": -1}}'));
        $this->assertThrowsError(PolicyException::class, 2003, 'request.items', 'PolicyException 2003: no label service',
            static fn () => $labelPolicy->labelQuote(['origin' => ['country' => 'JP', 'postal_code' => '100-0001'],
                'items' => [['line_id' => 'a', 'quantity' => 1, 'weight' => ['value' => '1', 'unit' => 'kg']]]]));
        $this->assertThrowsError(MoneyException::class, 4002, null, 'MoneyException 4002: currency mismatch',
            static fn () => Policy::fromJson('{"name": "x", "currency": "EUR", "window": {"days": 30}}')->decide($order, $returnRequest, $now));
        $this->assertThrowsError(MoneyException::class, 4003, null, 'MoneyException 4003: finer than a cent', static fn () => Money::allocate('1.001', 'USD', ['1']));
        $this->assertThrowsError(MoneyException::class, 4006, null, 'MoneyException 4006: no weight', static fn () => Money::allocate('1.00', 'USD', ['0']));
        $internal = ReturnKitException::fromError(9001, 'internal', '', 'internal error: panic: boom');
        $this->assertTrue($internal instanceof InternalException && $internal->getCode() === 9001,
            'InternalException 9001 (a panic in the library; it can not be caused from PHP)');
    }
}
