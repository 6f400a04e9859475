<?php

/*
 * The plugin's tests: WooCommerce order #1042 through the return desk, figures asserted.
 * Prints `N passed, N failed` last.
 */

declare(strict_types=1);

require __DIR__ . '/returnkit-returns.php';

$passed = 0;
$failed = 0;
function same(mixed $expected, mixed $actual, string $name): void
{
    global $passed, $failed;
    if ($expected === $actual) {
        $passed++;
        return;
    }
    $failed++;
    echo "FAIL $name: expected ", var_export($expected, true), ', got ', var_export($actual, true), "\n";
}

$desk = ReturnKitWoo\ReturnDesk::fromPolicyFile(__DIR__ . '/data/policy.json');
$wcOrder = json_decode(file_get_contents(__DIR__ . '/data/wc-order-1042.json'), true, 512, JSON_THROW_ON_ERROR);
$items = [311 => ['qty' => 1, 'reason' => 'size_or_fit'], 313 => ['qty' => 1, 'reason' => 'changed_mind']];
$inWindow = new DateTimeImmutable('2026-10-20T18:00:00Z');

// The mapping: unit prices before coupons, what coupons took per line, the tax rate.
$order = (new ReturnKitWoo\WooOrderMapper())->order($wcOrder);
same(['89.00', '120.00', '12.00'], array_column($order['lines'], 'unit_price'), 'unit price = subtotal / quantity');
same(['17.80', '12.00', '9.00'], array_map(static fn ($l) => $l['discounts'][0]['amount'], $order['lines']), 'discount = subtotal - total');
same('0.0725', $order['lines'][0]['tax_lines'][0]['rate'], 'rate 7.25% as 0.0725');
same([['gift-GC-5521', 'gift_card', '50.00'], ['stripe', 'card', '276.55']],
    array_map(static fn ($t) => [$t['id'], $t['kind'], $t['amount']], $order['tenders']), 'gift card and card tenders');

// Shoes: (178.00 - 17.80) / 2 = 80.10, tax 11.61 / 2 = 5.805 -> 5.81; socks: 27.00 / 3 = 9.00,
// tax 1.96 / 3 -> 0.65; less the 5.95 label: 89.61, the gift card's 50.00 first.
$a = $desk->requestReturn($wcOrder, $items, 'original_payment', $inWindow);
same(true, $a['ok'], 'the request is answered');
same('approve', $a['decision'] ?? null, 'approved');
same('customer', $a['label_payer'] ?? null, 'the customer pays the label of a change of mind');
same(['2026-11-05', '2026-11-05'], array_column($a['lines'] ?? [], 'return_by'), 'return by 30 days after delivery');
same('89.61', $a['refund']['amount'] ?? null, 'refund 89.61');
same([['80.10', '5.81', '85.91'], ['9.00', '0.65', '9.65']],
    array_map(static fn ($l) => [$l['merchandise'], $l['tax'], $l['total']], $a['refund']['lines'] ?? []), 'per line');
same([['kind' => 'label_fee', 'amount' => '5.95']], $a['refund']['deductions'] ?? null, 'less the label');
same(['50.00', '39.61'], array_column($a['refund']['tenders'] ?? [], 'amount'), 'gift card 50.00, then the card 39.61');
same('89.61', $a['wc_refund']['amount'] ?? null, 'wc_create_refund amount');
same(['qty' => 1, 'refund_total' => '80.10', 'refund_tax' => [1 => '5.81']], $a['wc_refund']['line_items'][311] ?? null, 'wc_create_refund line 311');
same(['qty' => 1, 'refund_total' => '9.00', 'refund_tax' => [1 => '0.65']], $a['wc_refund']['line_items'][313] ?? null, 'wc_create_refund line 313');
same(true, $a['wc_refund']['refund_payment'] ?? null, 'refund through the payment gateway');

$c = $desk->requestReturn($wcOrder, $items, 'store_credit', $inWindow);
same(['amount' => '89.61', 'bonus' => '8.96', 'total' => '98.57'], $c['refund']['store_credit'] ?? null, 'store credit with a 10% bonus');
same(false, $c['wc_refund']['refund_payment'] ?? null, 'store credit is not refunded to the gateway');

$late = $desk->requestReturn($wcOrder, $items, 'original_payment', new DateTimeImmutable('2026-12-20T18:00:00Z'));
same('deny', $late['decision'] ?? null, 'denied after the window');
same(['The return window for this item closed on 2026-11-05.'], $late['lines'][0]['reasons'] ?? null, 'with the reason');
same(false, isset($late['refund']), 'and no refund');

$bad = $desk->requestReturn($wcOrder, [999 => ['qty' => 1, 'reason' => 'size_or_fit']], 'original_payment', $inWindow);
same(false, $bad['ok'], 'an unknown item is refused');
same([1004, 'request.lines[0].line_id'], [$bad['error']['code'] ?? null, $bad['error']['field'] ?? null], 'error 1004 names the field');
$bad = $desk->requestReturn($wcOrder, [311 => ['qty' => 3, 'reason' => 'size_or_fit']], 'original_payment', $inWindow);
same(['review', 2, ['Only 2 of the 3 asked for can be returned.']],
    [$bad['lines'][0]['outcome'] ?? null, $bad['lines'][0]['quantity'] ?? null, $bad['lines'][0]['reasons'] ?? null],
    'more shoes than bought: 2 can be returned, for review');

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
