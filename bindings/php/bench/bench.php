<?php

/*
 * Through PHP: refund quotes via FFI (RefundQuote::quote: PHP arrays in, arrays out) next to
 * the refund split a PHP developer would otherwise write by hand (order discount prorated to
 * lines by largest remainder, partial returns telescoped with half-up rounding, a label fee,
 * gift card first, in integer cents); where a quote's time goes (PHP's json_encode of the
 * input, the native call on JSON text, the copy of the answer out of native memory and its
 * free, PHP's json_decode of the answer); 10-line decisions via FFI, with the offer of
 * Decision::refundQuote(); an RMA command on a stored document; and declaring the library
 * (FFI::cdef), which preloading saves each request.
 *
 *     RETURNKIT_LIBRARY=target/release/libreturnkit.so php bindings/php/bench/bench.php [N] [ROUNDS]
 *
 * Each figure is the median over ROUNDS (default 15) rounds of N (default 5,000) calls, the
 * cases interleaved round by round, so that a shared machine's load falls on all alike.
 * RETURNKIT_PHP_SRC=DIR loads the package's classes from DIR instead of ../src (to compare two
 * versions of the package: a copy of an older src/). Build the library with
 * `cargo build --release -p returnkit-c` first: a debug build is several times slower.
 */

declare(strict_types=1);

require (getenv('RETURNKIT_PHP_SRC') ?: __DIR__ . '/../src') . '/autoload.php';

use ReturnKit\Policy;
use ReturnKit\RefundQuote;

const ROOT = __DIR__ . '/../../..';

// ---- the baseline: the refund split in plain PHP --------------------------------------------

function cents(string $amount): int
{
    [$whole, $fraction] = array_pad(explode('.', $amount, 2), 2, '');
    $sign = str_starts_with($whole, '-') ? -1 : 1;
    return $sign * (abs((int) $whole) * 100 + (int) str_pad(substr($fraction, 0, 2), 2, '0'));
}

function money(int $cents): string
{
    return sprintf('%s%d.%02d', $cents < 0 ? '-' : '', intdiv(abs($cents), 100), abs($cents) % 100);
}

/** round(a * b / c), halves away from zero, for a, b, c >= 0. */
function mul_div(int $a, int $b, int $c): int
{
    return intdiv(2 * $a * $b + $c, 2 * $c);
}

/** `$total` split across `$weights` by largest remainder; the earliest wins ties. */
function allocate(int $total, array $weights): array
{
    $sum = array_sum($weights);
    $shares = [];
    $remainders = [];
    foreach ($weights as $i => $w) {
        $shares[$i] = intdiv($total * $w, $sum);
        $remainders[$i] = ($total * $w) % $sum;
    }
    $left = $total - array_sum($shares);
    arsort($remainders, SORT_NUMERIC);
    foreach (array_keys($remainders) as $i) {
        if ($left-- <= 0) {
            break;
        }
        $shares[$i]++;
    }
    return $shares;
}

/** The refund for `$request` on `$order` (wire-format arrays), as a PHP developer writes it. */
function php_refund(array $order, array $request): array
{
    $lines = [];
    $weights = [];
    foreach ($order['lines'] as $line) {
        $gross = cents($line['unit_price']) * $line['quantity'];
        foreach ($line['discounts'] ?? [] as $d) {
            $gross -= cents($d['amount']);
        }
        $lines[$line['id']] = $line + ['net' => $gross];
        $weights[$line['id']] = $gross;
    }
    $orderDiscount = 0;
    foreach ($order['discounts'] ?? [] as $d) {
        $orderDiscount += cents($d['amount']);
    }
    foreach (allocate($orderDiscount, $weights) as $id => $share) {
        $lines[$id]['net'] -= $share;
    }
    $out = ['lines' => [], 'merchandise' => 0, 'tax' => 0];
    foreach ($request['lines'] as $r) {
        $line = $lines[$r['line_id']];
        $done = $line['returned'] ?? 0; // units returned before: telescoping
        $k = $r['quantity'];
        $q = $line['quantity'];
        $merch = mul_div($line['net'], $done + $k, $q) - mul_div($line['net'], $done, $q);
        $tax = 0;
        foreach ($line['tax_lines'] ?? [] as $t) {
            $amount = cents($t['amount']);
            $tax += mul_div($amount, $done + $k, $q) - mul_div($amount, $done, $q);
        }
        $out['lines'][] = ['line_id' => $r['line_id'], 'merchandise' => money($merch), 'tax' => money($tax)];
        $out['merchandise'] += $merch;
        $out['tax'] += $tax;
    }
    $refund = $out['merchandise'] + $out['tax'] - cents($request['fees']['label'] ?? '0');
    // Tenders: the kinds asked for first, then the rest in order, each up to what it took.
    $tenders = $order['tenders'];
    usort($tenders, static function (array $a, array $b) use ($request): int {
        $first = array_column($request['tender_order'] ?? [], 'kind');
        return (int) !in_array($a['kind'], $first, true) <=> (int) !in_array($b['kind'], $first, true);
    });
    $split = [];
    $left = $refund;
    foreach ($tenders as $t) {
        $take = min($left, cents($t['amount']));
        if ($take > 0) {
            $split[] = ['tender_id' => $t['id'], 'amount' => money($take)];
            $left -= $take;
        }
    }
    return ['refund' => money($refund), 'lines' => $out['lines'], 'tenders' => $split];
}

// ---- inputs -----------------------------------------------------------------------------

$order = json_decode(file_get_contents(ROOT . '/examples/data/order.json'), true, 512, JSON_THROW_ON_ERROR);
$request = json_decode(file_get_contents(ROOT . '/examples/data/request.json'), true, 512, JSON_THROW_ON_ERROR);

$ffi = RefundQuote::quote($order, $request);
$php = php_refund($order, $request);
$same = $ffi->refund() === $php['refund']
    && array_column($ffi->tenders(), 'amount') === array_column($php['tenders'], 'amount')
    && array_column($ffi->lines(), 'merchandise') === array_column($php['lines'], 'merchandise');
printf("sample refund: FFI %s (%s), plain PHP %s (%s): %s\n", $ffi->refund(), implode(' + ', array_column($ffi->tenders(), 'amount')),
    $php['refund'], implode(' + ', array_column($php['tenders'], 'amount')), $same ? 'same' : 'DIFFERENT');

// A 10-line order, every line returned, for decisions.
$tenLines = ['id' => 'b-1', 'currency' => 'USD', 'placed_at' => '2026-11-02T10:00:00Z', 'lines' => [],
    'tenders' => [['id' => 'gift', 'kind' => 'gift_card', 'amount' => '100.00'], ['id' => 'card', 'kind' => 'card', 'amount' => '429.20']]];
$tenRequest = ['lines' => [], 'resolution' => 'original_payment'];
for ($i = 0; $i < 10; $i++) {
    $tenLines['lines'][] = ['id' => "l$i", 'sku' => "SKU-$i", 'title' => "Item $i", 'categories' => ['apparel/shirts'], 'quantity' => 2,
        'unit_price' => '24.50', 'tax_lines' => [['rate' => '0.08', 'amount' => '3.92']], 'delivered_at' => '2026-11-05T15:00:00Z'];
    $tenRequest['lines'][] = ['line_id' => "l$i", 'quantity' => 1, 'reason' => 'size_or_fit'];
}
$policy = Policy::fromJson(json_encode([
    'name' => 'Bench shop', 'currency' => 'USD', 'timezone' => 'America/New_York',
    'window' => ['days' => 30, 'from' => 'delivery'], 'resolutions' => ['original_payment', 'store_credit', 'exchange'],
    'fees' => ['restocking' => ['type' => 'percent', 'percent' => '10'], 'label_fee' => '5.95'],
    'label' => ['remorse' => 'customer', 'merchant_fault' => 'merchant'],
]));

// ---- timing -----------------------------------------------------------------------------

$n = (int) ($argv[1] ?? 5000);
$rounds = (int) ($argv[2] ?? 15);

/**
 * Median µs per call of each case: `$rounds` rounds, each timing `$n` calls of every case in
 * turn, after a warm-up.
 *
 * @param array<string, array{0: callable, 1: int}> $cases name => [callable, calls per round]
 * @return array<string, float>
 */
function medians(array $cases, int $rounds): array
{
    $times = [];
    foreach ($cases as [$f, $calls]) {
        for ($i = 0; $i < min(500, $calls); $i++) {
            $f();
        }
    }
    for ($round = 0; $round < $rounds; $round++) {
        foreach ($cases as $name => [$f, $calls]) {
            $start = hrtime(true);
            for ($i = 0; $i < $calls; $i++) {
                $f();
            }
            $times[$name][] = (hrtime(true) - $start) / $calls / 1000;
        }
    }
    return array_map(static function (array $t): float {
        sort($t);
        $mid = intdiv(count($t), 2);
        return count($t) % 2 === 1 ? $t[$mid] : ($t[$mid - 1] + $t[$mid]) / 2;
    }, $times);
}

$ffiApi = ReturnKit\Library::ffi();
$flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR;
$input = json_encode(['order' => $order, 'request' => $request], $flags);
$answer = ReturnKit\Library::callString('rk_quote', $input, strlen($input));
$charPointer = $ffiApi->type('char *');
$decision = $policy->decide($tenLines, $tenRequest, '2026-11-10T14:00:00Z');
$header = (string) file_get_contents(ReturnKit\Library::header());
$library = ReturnKit\Library::path();
$quarter = max(1, intdiv($n, 4));
$rmaDocument = (string) file_get_contents(ROOT . '/tests/fixtures/rma/v2/received.document.json');
$rmaCommand = (string) file_get_contents(ROOT . '/tests/fixtures/rma/v2/received.command.json');

$cases = [
    // The whole call, and the plain-PHP baseline.
    'quote' => [static fn () => RefundQuote::quote($order, $request)->refund(), $n],
    'plain' => [static fn () => php_refund($order, $request)['refund'], $n],
    // Its parts, each alone.
    'encode' => [static fn () => json_encode(['order' => $order, 'request' => $request], $flags), $n],
    'native' => [static function () use ($ffiApi, $input, $charPointer): void {
        $out = $ffiApi->new($charPointer);
        $ffiApi->rk_quote($input, strlen($input), FFI::addr($out));
        $ffiApi->rk_string_free($out);
    }, $n],
    'native+copy' => [static function () use ($ffiApi, $input, $charPointer): string {
        $out = $ffiApi->new($charPointer);
        $ffiApi->rk_quote($input, strlen($input), FFI::addr($out));
        $text = FFI::string($out);
        $ffiApi->rk_string_free($out);
        return $text;
    }, $n],
    'callString' => [static fn () => ReturnKit\Library::callString('rk_quote', $input, strlen($input)), $n],
    'decode' => [static fn () => ReturnKit\Library::decode($answer), $n],
    // Decisions.
    'decide' => [static fn () => $policy->decide($tenLines, $tenRequest, '2026-11-10T14:00:00Z')->outcome(), $quarter],
    'decide+quote' => [static function () use ($policy, $tenLines, $tenRequest): ?string {
        $d = $policy->decide($tenLines, $tenRequest, '2026-11-10T14:00:00Z');
        $d->refundRequest();
        return $d->refundQuote()?->refund();
    }, $quarter],
    // An RMA command on a stored document: the document and the command in, the new document
    // and the events out.
    'rma' => [static fn () => ReturnKit\Rma::fromJson($rmaDocument)->apply($rmaCommand), $quarter],
];
if ($library !== null) {
    $cases['cdef'] = [static fn () => FFI::cdef($header, $library), max(1, intdiv($n, 20))];
}
$t = medians($cases, $rounds);

printf("library: %s (%s), PHP %s, %d rounds of %d calls, medians\n", $library ?? 'preloaded', ReturnKit\Library::version(),
    PHP_VERSION, $rounds, $n);
printf("input %d bytes of JSON, answer %d bytes\n", strlen($input), strlen($answer));
printf("refund quote, sample order, via FFI (arrays in and out): %8.2f µs\n", $t['quote']);
printf("refund split in plain PHP (the baseline):                %8.2f µs  (FFI is %.2fx)\n", $t['plain'], $t['quote'] / $t['plain']);
printf("  PHP json_encode of the input:                          %8.2f µs\n", $t['encode']);
printf("  native call on JSON text (the engine's JSON path):     %8.2f µs\n", $t['native']);
printf("  FFI copy of the answer out (FFI::string):              %8.2f µs\n", $t['native+copy'] - $t['native']);
printf("  Library::callString's own work beyond those:           %8.2f µs\n", $t['callString'] - $t['native+copy']);
printf("  PHP json_decode of the answer:                         %8.2f µs\n", $t['decode']);
printf("  the rest (RefundQuote, calls between):                 %8.2f µs\n",
    $t['quote'] - $t['encode'] - $t['callString'] - $t['decode']);
printf("decision, 10 lines, via FFI (arrays in and out):          %8.2f µs\n", $t['decide']);
printf("  with its refund request and quote (the offer):         %8.2f µs\n", $t['decide+quote']);
printf("RMA command on a stored document (%d bytes), via FFI:   %8.2f µs\n", strlen($rmaDocument), $t['rma']);
if (isset($t['cdef'])) {
    printf("declaring the library (FFI::cdef, per request unpreloaded):%6.2f µs\n", $t['cdef']);
}
