<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\Library;
use ReturnKit\Policy;
use ReturnKit\RefundQuote;
use ReturnKit\ReturnKitException;

/**
 * Every shared fixture (tests/fixtures): refund, decide and label fixtures against their
 * expected figures or errors, and the RMA fixtures byte for byte.
 */
final class FixturesTest extends ReturnKitTestCase
{
    /** @return list<string> */
    private static function files(string $kind): array
    {
        $files = glob(self::root() . "/tests/fixtures/$kind/*.json") ?: [];
        sort($files);
        return $files;
    }

    /** @return array<string, array{string}> */
    private static function cases(string $kind): array
    {
        $cases = [];
        foreach (self::files($kind) as $file) {
            $cases[basename($file)] = [$file];
        }
        return $cases;
    }

    public static function refundFixtures(): array
    {
        return self::cases('refund');
    }

    public static function decideFixtures(): array
    {
        return self::cases('decide');
    }

    public static function labelFixtures(): array
    {
        return self::cases('label');
    }

    public static function policySummaryFixtures(): array
    {
        return self::cases('policy-summary');
    }

    /** @return array<string, array{string}> */
    public static function rmaFixtures(): array
    {
        $cases = [];
        foreach (glob(self::root() . '/tests/fixtures/rma/v2/*.document.json') ?: [] as $file) {
            $cases[basename($file, '.document.json')] = [basename($file, '.document.json')];
        }
        return $cases;
    }

    /** @return array<string, array{string}> */
    public static function rmaLocaleFixtures(): array
    {
        $cases = [];
        foreach (glob(self::root() . '/tests/fixtures/rma/locale/*.document.json') ?: [] as $file) {
            $cases[basename($file, '.document.json')] = [basename($file, '.document.json')];
        }
        return $cases;
    }

    /**
     * A document of an RMA submitted with a customer locale, with its command, gives its
     * answer (status messages in that locale), byte for byte.
     *
     * @dataProvider rmaLocaleFixtures
     */
    public function testRmaLocaleFixture(string $case): void
    {
        $dir = self::root() . '/tests/fixtures/rma/locale';
        $command = (string) file_get_contents("$dir/$case.command.json");
        $document = (string) file_get_contents("$dir/$case.document.json");
        $this->assertSame((string) file_get_contents("$dir/$case.answer.json"),
            Library::callString('rk_rma_apply', $document, strlen($document), $command, strlen($command)),
            "rma fixture locale/$case");
    }

    public function testEveryKindHasItsFixtures(): void
    {
        $refund = count(self::files('refund'));
        $this->assertTrue($refund >= 40, "refund fixtures: $refund");
        $decide = count(self::files('decide'));
        $this->assertTrue($decide >= 80, "decide fixtures: $decide");
        $label = count(self::files('label'));
        $this->assertTrue($label >= 9, "label fixtures: $label");
        $summaries = count(self::files('policy-summary'));
        $this->assertTrue($summaries >= 3, "policy summary fixtures: $summaries");
        $rma = count(self::rmaFixtures());
        $this->assertTrue($rma >= 28, "rma fixtures: $rma");
        $locale = count(self::rmaLocaleFixtures());
        $this->assertTrue($locale >= 3, "rma locale fixtures: $locale");
    }

    /** @dataProvider refundFixtures */
    public function testRefundFixture(string $file): void
    {
        $f = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        $this->judge('refund fixture ' . basename($file), $f, static fn () => RefundQuote::quote($f['order'], $f['request'])->toArray(), false);
    }

    /** @dataProvider decideFixtures */
    public function testDecideFixture(string $file): void
    {
        $f = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        // A policy that prices labels names its rate cards.
        $cards = isset($f['cards']) ? array_map(static fn (string $path) => self::jsonFile($path), $f['cards']) : null;
        $this->judge('decide fixture ' . basename($file), $f,
            static fn () => Policy::fromArray($f['policy'], $cards)
                ->decide($f['order'], $f['request'], $f['now'], ($f['answer'] ?? 'full') === 'compact')->toArray(), true);
    }

    /** @dataProvider policySummaryFixtures */
    public function testPolicySummaryFixture(string $file): void
    {
        // Decoded as objects, so that an empty object (`"bonus": {}`) stays one.
        $f = json_decode((string) file_get_contents($file), false, 512, JSON_THROW_ON_ERROR);
        $policy = Policy::fromJson(json_encode($f->policy, JSON_THROW_ON_ERROR));
        $summary = $policy->summary($f->locale ?? null);
        $this->assertSame($f->expected, $summary, 'policy summary fixture ' . basename($file));
    }

    /** @dataProvider labelFixtures */
    public function testLabelFixture(string $file): void
    {
        $f = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        $cards = array_map(static fn (string $path) => self::jsonFile($path), $f['cards']);
        $policy = Policy::fromJson('{"name": "Label fixtures", "window": {"days": 30}}', $cards);
        $this->judge('label fixture ' . basename($file), $f, static fn () => $policy->labelQuote($f['request']), false);
    }

    /**
     * Each case's version 1 and version 2 documents, with its command, give its answer, byte
     * for byte.
     *
     * @dataProvider rmaFixtures
     */
    public function testRmaFixture(string $case): void
    {
        $dir = self::root() . '/tests/fixtures/rma';
        $command = (string) file_get_contents("$dir/v2/$case.command.json");
        $answer = (string) file_get_contents("$dir/v2/$case.answer.json");
        foreach (['v1', 'v2'] as $version) {
            $document = (string) file_get_contents("$dir/$version/$case.document.json");
            $this->assertSame($answer, Library::callString('rk_rma_apply', $document, strlen($document), $command, strlen($command)),
                "rma fixture $version/$case");
        }
    }

    /** @return array<string, array{string}> */
    public static function rmaFlows(): array
    {
        $flows = [];
        foreach (glob(self::root() . '/tests/fixtures/rma/*.json') ?: [] as $file) {
            $f = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
            if (array_key_exists('commands', $f)) {
                $flows[basename($file, '.json')] = [$file];
            }
        }
        return $flows;
    }

    public function testThereAreRmaFlows(): void
    {
        $this->assertTrue(count(self::rmaFlows()) >= 3, 'rma flows: ' . count(self::rmaFlows()));
    }

    /**
     * An RMA flow (tests/fixtures/rma/*.json with `commands`): `submit`, then each command on
     * the document the previous answer left; the last answer, or the last command's error,
     * meets the fixture's expectation.
     *
     * @dataProvider rmaFlows
     */
    public function testRmaFlow(string $file): void
    {
        $text = (string) file_get_contents($file);
        $f = json_decode($text, true, 512, JSON_THROW_ON_ERROR);
        // Read as objects too, so that an empty object is sent as `{}`, not `[]`.
        $commands = json_decode($text, false, 512, JSON_THROW_ON_ERROR)->commands;
        $this->judge('rma flow ' . basename($file), $f, static function () use ($commands): array {
            $first = json_encode($commands[0], JSON_THROW_ON_ERROR);
            $answer = Library::callString('rk_rma_submit', $first, strlen($first));
            $last = count($commands) - 1;
            for ($k = 1; $k <= $last; $k++) {
                $document = json_encode(json_decode($answer, false, 512, JSON_THROW_ON_ERROR)->document, JSON_THROW_ON_ERROR);
                $command = json_encode($commands[$k], JSON_THROW_ON_ERROR);
                try {
                    $answer = Library::callString('rk_rma_apply', $document, strlen($document), $command, strlen($command));
                } catch (ReturnKitException $e) {
                    if ($k < $last) {
                        throw new \RuntimeException("command $k failed: {$e->getMessage()}");
                    }
                    throw $e;
                }
            }
            return json_decode($answer, true, 512, JSON_THROW_ON_ERROR);
        }, false);
    }

    /** Judges a fixture's outcome: a result array, or the exception thrown. */
    private function judge(string $name, array $fixture, callable $run, bool $nulls): void
    {
        try {
            $result = $run();
            $why = array_key_exists('expected', $fixture)
                ? self::subset($fixture['expected'], $result, $nulls)
                : 'expected an error, got a result';
        } catch (ReturnKitException $e) {
            $error = ['code' => $e->getCode(), 'kind' => $e->getKind(), 'field' => $e->getField(), 'message' => $e->getMessage()];
            $why = array_key_exists('expected_error', $fixture)
                ? self::subset($fixture['expected_error'], $error, false, 'error')
                : "expected a result, got error {$e->getCode()} on '{$e->getField()}': {$e->getMessage()}";
        }
        $this->assertNull($why, "$name: $why");
    }
}
