<?php

/*
 * The PHP package's tests: every shared fixture (refund, decide, label) against its expected
 * figures, every exception class, the mapping of every library error code to an exception
 * class, the classes' API (Policy, Decision, RefundQuote, Rma, Money), native handles freed,
 * and the memory of 10,000 decisions.
 *
 *     php tests/run.php          (RETURNKIT_LIBRARY=/path/to/libreturnkit.so to choose the library)
 *
 * Prints `N passed, N failed` last; exits 1 on a failure.
 */

declare(strict_types=1);

require __DIR__ . '/../src/autoload.php';

use ReturnKit\ArgumentException;
use ReturnKit\Decision;
use ReturnKit\ErrorCode;
use ReturnKit\InternalException;
use ReturnKit\Library;
use ReturnKit\Money;
use ReturnKit\MoneyException;
use ReturnKit\Policy;
use ReturnKit\PolicyException;
use ReturnKit\RefundQuote;
use ReturnKit\ReturnKitException;
use ReturnKit\Rma;
use ReturnKit\TransitionException;

const ROOT = __DIR__ . '/../../..';

$passed = 0;
$failed = 0;

function check(bool $ok, string $name, string $detail = ''): bool
{
    global $passed, $failed;
    if ($ok) {
        $passed++;
    } else {
        $failed++;
        echo "FAIL $name" . ($detail !== '' ? ": $detail" : '') . "\n";
    }
    return $ok;
}

function same(mixed $expected, mixed $actual, string $name): bool
{
    return check($expected === $actual, $name, 'expected ' . var_export($expected, true) . ', got ' . var_export($actual, true));
}

/** Runs `$body`, expecting an exception of `$class` with `$code` (and `$field` if given). */
function throws(string $class, int $code, ?string $field, string $name, callable $body): void
{
    try {
        $body();
        check(false, $name, "expected $class $code, nothing was thrown");
    } catch (ReturnKitException $e) {
        check(
            $e instanceof $class && $e->getCode() === $code && ($field === null || $e->getField() === $field)
                && $e->getKind() !== '' && $e->getMessage() !== '',
            $name,
            sprintf('expected %s %d on %s, got %s %d on %s: %s', $class, $code, $field ?? '*', $e::class, $e->getCode(), $e->getField(), $e->getMessage()),
        );
    }
}

function json_file(string $relative): array
{
    return json_decode(file_get_contents(ROOT . '/' . $relative), true, 512, JSON_THROW_ON_ERROR);
}

/**
 * The fixtures' subset rule: every key of an expected object is in the actual one with a
 * matching value, lists have the same length and match element by element, scalars are
 * identical; with `$nulls`, an expected null also matches a missing key. Returns the path of
 * the first mismatch, or null.
 */
function subset(mixed $expected, mixed $actual, bool $nulls, string $path = ''): ?string
{
    if (is_array($expected)) {
        if (!is_array($actual)) {
            return "$path: expected " . json_encode($expected) . ', got ' . json_encode($actual);
        }
        if (array_is_list($expected) && array_is_list($actual)) {
            if (count($expected) !== count($actual)) {
                return sprintf('%s: %d elements expected, got %d', $path, count($expected), count($actual));
            }
            foreach ($expected as $i => $e) {
                if (($why = subset($e, $actual[$i], $nulls, "{$path}[$i]")) !== null) {
                    return $why;
                }
            }
            return null;
        }
        foreach ($expected as $key => $e) {
            if (!array_key_exists($key, $actual)) {
                if ($nulls && $e === null) {
                    continue;
                }
                return "$path.$key: missing";
            }
            if (($why = subset($e, $actual[$key], $nulls, "$path.$key")) !== null) {
                return $why;
            }
        }
        return null;
    }
    return $expected === $actual ? null : "$path: expected " . json_encode($expected) . ', got ' . json_encode($actual);
}

/** Judges a fixture's outcome: a result array, or the exception thrown. */
function judge(string $name, array $fixture, callable $run, bool $nulls): void
{
    try {
        $result = $run();
        $why = array_key_exists('expected', $fixture)
            ? subset($fixture['expected'], $result, $nulls)
            : 'expected an error, got a result';
    } catch (ReturnKitException $e) {
        $error = ['code' => $e->getCode(), 'kind' => $e->getKind(), 'field' => $e->getField(), 'message' => $e->getMessage()];
        $why = array_key_exists('expected_error', $fixture)
            ? subset($fixture['expected_error'], $error, false, 'error')
            : "expected a result, got error {$e->getCode()} on '{$e->getField()}': {$e->getMessage()}";
    }
    check($why === null, $name, (string) $why);
}

function fixtures(string $kind): array
{
    $files = glob(ROOT . "/tests/fixtures/$kind/*.json");
    sort($files);
    return $files;
}

// ---- the library --------------------------------------------------------------------------

$cargo = file_get_contents(ROOT . '/Cargo.toml');
preg_match('/\[workspace\.package\][^\[]*?version\s*=\s*"([^"]+)"/s', $cargo, $m);
same($m[1] ?? '?', Library::version(), 'the library is the version in Cargo.toml');

// ---- error codes: every code of the library maps to one exception class --------------------

$codes = Library::errorCodes();
check(count($codes) >= 24, 'the library lists its error codes', (string) count($codes));
preg_match_all('/^\| (\d{4}) \| `([a-z_]+)` \|/m', file_get_contents(ROOT . '/docs/errors.md'), $documented, PREG_SET_ORDER);
$docs = [];
foreach ($documented as [, $code, $kind]) {
    $docs[(int) $code] = $kind;
}
$library = [];
foreach ($codes as ['code' => $code, 'kind' => $kind]) {
    $library[$code] = $kind;
}
same($docs, $library, 'docs/errors.md lists exactly the codes of the library');
$named = [];
foreach (ErrorCode::all() as $name => $code) {
    $named[$code] = strtolower($name);
}
same($library, $named, 'ErrorCode names every code of the library, by its kind, with its value');
same(1007, ErrorCode::QUANTITY_EXCEEDED, 'ErrorCode::QUANTITY_EXCEEDED is 1007');
$areaClasses = [ArgumentException::class, PolicyException::class, TransitionException::class, MoneyException::class, InternalException::class];
$used = [];
foreach ($library as $code => $kind) {
    $e = ReturnKitException::fromError($code, $kind, 'f', 'm');
    $matching = array_values(array_filter($areaClasses, static fn ($c) => $e instanceof $c));
    check(count($matching) === 1 && $e->getCode() === $code && $e->getKind() === $kind,
        "code $code ($kind) maps to exactly one exception class", implode(', ', $matching));
    $expected = [1 => ArgumentException::class, 2 => PolicyException::class, 3 => TransitionException::class,
        4 => MoneyException::class, 9 => InternalException::class][intdiv($code, 1000)] ?? null;
    same($expected, $e::class, "code $code is in its area's class");
    $used[$e::class] = true;
}
same(count($areaClasses), count($used), 'every area class has codes');
same(InternalException::class, ReturnKitException::classFor(9001), '9001, a caught panic, is an InternalException');
same(InternalException::class, ReturnKitException::classFor(7001), 'a code of an unknown area is an InternalException');

// ---- the shared fixtures ------------------------------------------------------------------

$files = fixtures('refund');
check(count($files) >= 40, 'refund fixtures', (string) count($files));
foreach ($files as $file) {
    $f = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    judge('refund fixture ' . basename($file), $f, static fn () => RefundQuote::quote($f['order'], $f['request'])->toArray(), false);
}
$files = fixtures('decide');
check(count($files) >= 80, 'decide fixtures', (string) count($files));
foreach ($files as $file) {
    $f = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    judge('decide fixture ' . basename($file), $f, static fn () => Policy::fromArray($f['policy'])->decide($f['order'], $f['request'], $f['now'])->toArray(), true);
}
$files = fixtures('label');
check(count($files) >= 9, 'label fixtures', (string) count($files));
foreach ($files as $file) {
    $f = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    $cards = array_map(static fn (string $path) => json_file($path), $f['cards']);
    $policy = Policy::fromJson('{"name": "Label fixtures", "window": {"days": 30}}', $cards);
    judge('label fixture ' . basename($file), $f, static fn () => $policy->labelQuote($f['request']), false);
}
// RMA fixtures, byte for byte: each case's version 1 and version 2 documents, with its command,
// give its answer.
$files = glob(ROOT . '/tests/fixtures/rma/v2/*.document.json');
check(count($files) >= 28, 'rma fixtures', (string) count($files));
foreach ($files as $file) {
    $case = basename($file, '.document.json');
    $command = file_get_contents(ROOT . "/tests/fixtures/rma/v2/$case.command.json");
    $answer = file_get_contents(ROOT . "/tests/fixtures/rma/v2/$case.answer.json");
    foreach (['v1', 'v2'] as $version) {
        $document = file_get_contents(ROOT . "/tests/fixtures/rma/$version/$case.document.json");
        same($answer, Library::callString('rk_rma_apply', $document, strlen($document), $command, strlen($command)),
            "rma fixture $version/$case");
    }
}

// ---- the classes --------------------------------------------------------------------------

$order = json_file('examples/data/order.json');
$returnRequest = ['lines' => [
    ['line_id' => 'l1', 'quantity' => 1, 'reason' => 'size_or_fit'],
    ['line_id' => 'l3', 'quantity' => 1, 'reason' => 'changed_mind'],
], 'resolution' => 'original_payment'];
$now = new DateTimeImmutable('2026-10-20 11:00:00', new DateTimeZone('America/Los_Angeles'));
$policy = Policy::fromFile(ROOT . '/examples/c-shop-engine/policy.toml');

$decision = $policy->decide($order, $returnRequest, $now);
same('approve', $decision->outcome(), 'Policy::decide approves');
check($decision->isApproved(), 'Decision::isApproved');
same(['original_payment', 'store_credit'], $decision->resolutions(), 'Decision::resolutions');
same('customer', $decision->labelPayer(), 'Decision::labelPayer');
same(2, count($decision->lines()), 'Decision::lines');
same('2026-11-05', $decision->lines()[0]['deadline'], 'a line has its deadline');
$quote = $decision->refundQuote();
same('89.61', $quote?->refund(), 'the decision quotes 89.61 to the original payment');
same('USD', $quote?->currency(), 'in USD');
same([['tender_id' => 'card-1', 'kind' => 'card', 'amount' => '89.61']], $quote?->tenders(), 'to the card');
same([['kind' => 'label_fee', 'amount' => '5.95']], $quote?->deductions(), 'less the label');
same(['amount' => '89.61', 'bonus' => '8.96', 'total' => '98.57'], $decision->refundQuote('store_credit')?->storeCredit(), 'store credit with its 10% bonus');
same(null, $decision->refundQuote('exchange'), 'no quote for a resolution not on offer');
same('89.61', $policy->refundQuote($order, $decision->refundRequest())->refund(), 'Policy::refundQuote of the offered request');
same(1, $decision->schemaVersion(), 'a decision states its schema version');
same(1, $quote?->schemaVersion(), 'its quotes state theirs');
same(1, RefundQuote::quote($order, json_file('examples/data/request.json'))->schemaVersion(), 'a quote states its schema version');
same('original_payment', $decision->requestedResolution(), 'Decision::requestedResolution');

// Which offer answers the request is the library's rule (Decision::offer in Rust): here the
// customer asks for store credit and original payment is offered first. Before, this class
// answered refundQuote() with the first offer whatever the request asked, and the JavaScript
// package with the one asked for.
$f = json_file('tests/fixtures/decide/cond-requested-resolution.json');
$asked = Policy::fromArray($f['policy'])->decide($f['order'], $f['request'], $f['now']);
$offers = $asked->toArray()['resolutions'];
same(['original_payment', 'store_credit', 'exchange'], $asked->resolutions(), 'the fixture offers original payment first');
same('store_credit', $asked->requestedResolution(), 'the fixture asks for store credit');
same($offers[1]['quote'], $asked->refundQuote()?->toArray(), 'refundQuote() answers the request: the store credit offer');
same($offers[1]['request'], $asked->refundRequest(), 'refundRequest() too');
same($offers[1]['quote'], $asked->refundQuote(null)?->toArray(), 'null asks for the request\'s offer');
same($offers[0]['quote'], $asked->refundQuote('original_payment')?->toArray(), 'a resolution named wins over the request');
same($offers[2]['quote'], $asked->refundQuote('exchange')?->toArray(), 'the exchange offer answers exchange');
same('store_credit', $asked->refundQuote('exchange')?->toArray()['resolution'], 'priced as credit without replacements');
$stored = json_decode($asked->toJson(), true);
unset($stored['schema_version'], $stored['requested_resolution']);
same($offers[0]['quote'], (new Decision(json_encode($stored)))->refundQuote()?->toArray(), 'a decision stored before versions, without the resolution asked: the first offer');
$stored['schema_version'] = 2;
throws(ArgumentException::class, 1009, 'decision.schema_version', 'a decision from a newer returnkit is refused', static fn () => (new Decision(json_encode($stored)))->refundQuote());
throws(ArgumentException::class, 1002, 'resolution', 'an unknown resolution is refused', static fn () => $asked->refundQuote('gift_card'));
same($decision->toArray(), json_decode(json_encode($decision), true), 'a Decision encodes as the library wrote it');
same(json_decode($decision->toJson(), true), $decision->toArray(), 'Decision::toJson');
$sample = RefundQuote::quote($order, json_file('examples/data/request.json'));
same('89.61', $sample->refund(), 'RefundQuote::quote of the sample');
same(['50.00', '39.61'], array_column($sample->tenders(), 'amount'), 'the gift card first, then the card');
same('80.10', $sample->lines()[0]['merchandise'], 'the shoes: 89.00 less 8.90 of the order discount');
same('6.46', $sample->totals()['tax'], 'tax 5.81 + 0.65');

$toml = "name = \"TOML\"\n[window]\ndays = 14\n";
check(str_contains(Policy::fromToml($toml)->explain(), '14 days'), 'Policy::fromToml and explain');
same('MerchantReturnPolicy', $policy->explainJsonLd()['@type'] ?? null, 'Policy::explainJsonLd');
$good = Policy::check($toml, 'toml');
same([true, []], [$good['ok'] ?? null, $good['errors'] ?? null], 'Policy::check of a good policy');
$bad = Policy::check('{"name": "", "window": {"days": -1}}');
same(false, $bad['ok'], 'Policy::check of a bad policy');
same(['policy.name', 'policy.window.days'], array_column($bad['errors'], 'field'), 'Policy::check lists every problem');
$cards = [json_file('examples/rates/us-ground.json')];
$labelPolicy = Policy::fromJson('{"name": "Labels", "window": {"days": 30}}', $cards);
$label = $labelPolicy->labelQuote(['origin' => ['country' => 'US', 'postal_code' => '94105'],
    'items' => [['line_id' => 's', 'quantity' => 1, 'weight' => ['value' => '0.5', 'unit' => 'lb']]]]);
same('9.11', $label['chosen']['cost'] ?? null, 'Policy::labelQuote: 7.50 + 0.60 + 12.5% fuel');
same(['33.34', '33.33', '33.33'], Money::allocate('100.00', 'USD', ['1', '1', '1']), 'Money::allocate');
same(['333', '667'], Money::allocate('1000', 'JPY', [1, 2]), 'Money::allocate in yen');

$freed = Policy::fromToml($toml);
$freed->free();
$freed->free();
throws(ArgumentException::class, 1002, 'policy', 'a freed policy refuses calls', static fn () => $freed->explain());
try {
    $copy = clone $policy;
    check(false, 'a Policy can not be cloned');
} catch (Error) {
    check(true, 'a Policy can not be cloned');
}
try {
    serialize($policy);
    check(false, 'a Policy can not be serialized');
} catch (LogicException) {
    check(true, 'a Policy can not be serialized');
}

// ---- every exception class, from real calls ----------------------------------------------

throws(ArgumentException::class, 1001, null, 'ArgumentException 1001: malformed policy JSON', static fn () => Policy::fromJson('{"name": '));
throws(ArgumentException::class, 1002, 'format', 'ArgumentException 1002: unknown format', static fn () => Policy::compile('x', 'yaml'));
throws(ArgumentException::class, 1001, 'request', 'ArgumentException 1001: invalid UTF-8 from PHP', static fn () => RefundQuote::quote($order, ['lines' => [['line_id' => "\xff", 'quantity' => 1]]]));
throws(ArgumentException::class, 1001, null, 'ArgumentException 1001: malformed JSON text', static fn () => RefundQuote::quote('{"id": ', '{}'));
throws(ArgumentException::class, 1007, 'request.lines[0].quantity', 'ArgumentException 1007: more than delivered',
    static fn () => RefundQuote::quote($order, ['lines' => [['line_id' => 'l1', 'quantity' => 5]]]));
throws(ArgumentException::class, 1008, 'request.lines[0].reason', 'ArgumentException 1008: unknown reason',
    static fn () => $policy->decide($order, ['lines' => [['line_id' => 'l1', 'quantity' => 1, 'reason' => 'bored']]], $now));
throws(ArgumentException::class, 1002, 'policy', 'ArgumentException 1002: unreadable policy file', static fn () => Policy::fromFile('/nonexistent.toml'));
throws(PolicyException::class, 2001, 'policy.window.days', 'PolicyException 2001: invalid policy', static fn () => Policy::fromJson('{"name": "x", "window": {"days": -1}}'));
throws(PolicyException::class, 2003, 'request.items', 'PolicyException 2003: no label service',
    static fn () => $labelPolicy->labelQuote(['origin' => ['country' => 'JP', 'postal_code' => '100-0001'],
        'items' => [['line_id' => 'a', 'quantity' => 1, 'weight' => ['value' => '1', 'unit' => 'kg']]]]));
throws(MoneyException::class, 4002, null, 'MoneyException 4002: currency mismatch',
    static fn () => Policy::fromJson('{"name": "x", "currency": "EUR", "window": {"days": 30}}')->decide($order, $returnRequest, $now));
throws(MoneyException::class, 4003, null, 'MoneyException 4003: finer than a cent', static fn () => Money::allocate('1.001', 'USD', ['1']));
throws(MoneyException::class, 4006, null, 'MoneyException 4006: no weight', static fn () => Money::allocate('1.00', 'USD', ['0']));
$internal = ReturnKitException::fromError(9001, 'internal', '', 'internal error: panic: boom');
check($internal instanceof InternalException && $internal->getCode() === 9001, 'InternalException 9001 (a panic in the library; it can not be caused from PHP)');

// ---- RMA ----------------------------------------------------------------------------------

$rma = Rma::submit([
    'expected_version' => 0, 'idempotency_key' => 'portal-1042-1', 'actor' => 'customer', 'at' => '2026-10-20T18:00:05Z',
    'action' => ['submit' => ['rma_id' => 'rma-1042-1', 'sequence' => 7, 'order' => $order, 'decision' => $decision,
        'resolution' => 'original_payment', 'timezone' => 'America/Los_Angeles']],
]);
same(['submitted'], array_keys($rma->events()[0]['event'] ?? []), 'Rma::submit');
same('approved', $rma->document()['rma']['authorization'] ?? null, 'the RMA is approved');
$stored = $rma->toJson();
$rma = Rma::fromJson($stored);
throws(TransitionException::class, 3002, null, 'TransitionException 3002: a customer may not receive items',
    static fn () => $rma->apply(['idempotency_key' => 'c-1', 'actor' => 'customer', 'at' => '2026-10-22T10:00:00Z', 'action' => ['receive_items' => ['lines' => []]]]));
throws(TransitionException::class, 3001, 'command.action', 'TransitionException 3001: approving an approved return',
    static fn () => $rma->apply(['idempotency_key' => 'a-1', 'actor' => 'agent', 'at' => '2026-10-22T10:00:00Z', 'action' => ['approve' => (object) []]]));
throws(TransitionException::class, 3003, 'command.expected_version', 'TransitionException 3003: a stale version',
    static fn () => $rma->apply(['expected_version' => 0, 'idempotency_key' => 'a-2', 'actor' => 'agent', 'at' => '2026-10-22T10:00:00Z', 'action' => ['cancel' => (object) []]]));
$version = $rma->version();
$rma->apply(['idempotency_key' => 'rcv-1', 'actor' => 'warehouse', 'at' => '2026-10-25T10:00:00Z', 'action' => ['receive_items' => [
    'lines' => [['line_id' => 'l1', 'quantity' => 1], ['line_id' => 'l3', 'quantity' => 1]]]]]);
same($version + 1, $rma->version(), 'Rma::apply moves the version on');
$rma->apply(['idempotency_key' => 'insp-1', 'actor' => 'warehouse', 'at' => '2026-10-25T11:00:00Z', 'action' => ['inspect_items' => ['lines' => [
    ['line_id' => 'l1', 'accepted' => 1, 'rejected' => 0, 'condition' => 'like_new', 'disposition' => 'restock'],
    ['line_id' => 'l3', 'accepted' => 1, 'rejected' => 0, 'condition' => 'like_new', 'disposition' => 'restock'],
]]]]);
same('89.61', $rma->document()['rma']['refund_due'] ?? null, '89.61 is due after inspection');
throws(MoneyException::class, 4008, 'command.action.record_refund.amount', 'MoneyException 4008: a refund beyond what is due',
    static fn () => $rma->apply(['idempotency_key' => 'psp-0', 'actor' => 'agent', 'at' => '2026-10-25T12:00:00Z', 'action' => ['record_refund' => ['amount' => '100.00', 'reference' => 'psp-0']]]));
$rma->apply(['idempotency_key' => 'psp-1', 'actor' => 'agent', 'at' => '2026-10-25T12:00:00Z', 'action' => ['record_refund' => ['amount' => '89.61', 'reference' => 'psp-1', 'tender_id' => 'card-1']]]);
$rma->apply(['idempotency_key' => 'close-1', 'actor' => 'agent', 'at' => '2026-10-26T09:00:00Z', 'action' => 'close']);
same('completed', $rma->status()['status'] ?? null, 'the return is complete');
same('refunded', $rma->status()['money'] ?? null, 'the money went back');
check(is_array($rma->tick(new DateTimeImmutable('2026-12-01T00:00:00Z'), 'tick-2026-12-01')), 'Rma::tick');
throws(ArgumentException::class, 1001, 'now', 'ArgumentException 1001: a bad tick time', static fn () => $rma->tick('soon', 'tick-x'));
throws(ArgumentException::class, 1009, 'document.schema_version', 'ArgumentException 1009: a document from a newer returnkit',
    static fn () => Rma::fromJson('{"schema_version": 99}')->apply(['expected_version' => 0, 'idempotency_key' => 'k', 'actor' => 'agent', 'at' => '2026-10-26T09:00:00Z', 'action' => 'close']));

// ---- memory: 10,000 decisions, with errors, and policies made and freed ------------------

function rss_kib(): int
{
    $status = @file_get_contents('/proc/self/status');
    return $status !== false && preg_match('/^VmRSS:\s+(\d+)/m', $status, $m) ? (int) $m[1] : 0;
}

const ZEND_BOUND = 64 * 1024;  // bytes of PHP memory (memory_get_usage)
const RSS_BOUND = 4 * 1024;    // KiB of resident memory, native allocations included

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
$rss0 = rss_kib();
$started = hrtime(true);
$refund = $loop(10000);
$seconds = (hrtime(true) - $started) / 1e9;
gc_collect_cycles();
$zendGrowth = memory_get_usage() - $zend0;
$rssGrowth = rss_kib() - $rss0;
same('89.61', $refund, '10,000 decisions give the same refund');
check($zendGrowth < ZEND_BOUND, sprintf('PHP memory grows under %d KiB over 10,000 decisions', ZEND_BOUND / 1024), "grew $zendGrowth bytes");
check($rss0 === 0 || $rssGrowth < RSS_BOUND, sprintf('resident memory grows under %d MiB over 10,000 decisions', RSS_BOUND / 1024), "grew $rssGrowth KiB");
printf("memory over 10,000 decisions (+1,000 errors, +1,000 policies): PHP %+d bytes, resident %+d KiB, %.1f s\n", $zendGrowth, $rssGrowth, $seconds);

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
