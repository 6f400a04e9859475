<?php

/*
 * Through PHP: N refund quotes via FFI (RefundQuote::quote: PHP arrays in, arrays out) next to
 * the refund split a PHP developer would otherwise write by hand (order discount prorated to
 * lines by largest remainder, partial returns telescoped with half-up rounding, a label fee,
 * gift card first, in integer cents), and N 10-line decisions via FFI.
 *
 *     RETURNKIT_LIBRARY=target/release/libreturnkit.so php bindings/php/bench/bench.php [N]
 *
 * Build the library with `cargo build --release -p returnkit-c` first: a debug build is
 * several times slower.
 */

declare(strict_types=1);

require __DIR__ . '/../src/autoload.php';

use ReturnKit\Policy;
use ReturnKit\RefundQuote;

const ROOT = __DIR__ . '/../../..';
$n = (int) ($argv[1] ?? 20000);

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

function time_per_op(int $n, callable $f): float
{
    for ($i = 0; $i < min(1000, $n); $i++) {
        $f();
    }
    $best = INF;
    for ($round = 0; $round < 3; $round++) {
        $start = hrtime(true);
        for ($i = 0; $i < $n; $i++) {
            $f();
        }
        $best = min($best, (hrtime(true) - $start) / $n / 1000);
    }
    return $best; // µs per operation, the best of 3 rounds
}

$quoteFfi = time_per_op($n, static fn () => RefundQuote::quote($order, $request)->refund());
$input = json_encode(['order' => $order, 'request' => $request], JSON_THROW_ON_ERROR);
$quoteRaw = time_per_op($n, static fn () => ReturnKit\Library::callString('rk_quote', $input, strlen($input)));
$quotePhp = time_per_op($n, static fn () => php_refund($order, $request)['refund']);
$decide = time_per_op(intdiv($n, 4), static fn () => $policy->decide($tenLines, $tenRequest, '2026-11-10T14:00:00Z')->outcome());

printf("library: %s (%s), PHP %s\n", ReturnKit\Library::path() ?? 'preloaded', ReturnKit\Library::version(), PHP_VERSION);
printf("refund quote, sample order, via FFI (arrays in and out): %8.1f µs\n", $quoteFfi);
printf("  of which the native call, JSON text in and out:        %8.1f µs\n", $quoteRaw);
printf("refund split in plain PHP (the baseline):                %8.1f µs  (FFI is %.2fx)\n", $quotePhp, $quoteFfi / $quotePhp);
printf("decision, 10 lines, via FFI (arrays in and out):          %8.1f µs\n", $decide);
