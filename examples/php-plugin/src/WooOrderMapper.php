<?php

declare(strict_types=1);

namespace ReturnKitWoo;

/**
 * Maps a WooCommerce order (the array of the REST API, `GET /wp-json/wc/v3/orders/<id>`, or
 * `$order->get_data()` with its items) to returnkit's order snapshot: money as charged, to
 * the cent, without floats.
 *
 * - A line's unit price is its `subtotal` (before coupons) over its quantity; what coupons
 *   took from it (`subtotal - total`) is its discount, as WooCommerce allocated it.
 * - Tax per rate as charged (`taxes[].total`), at the rate of the order's `tax_lines`.
 * - The payment method is a tender for the order `total`; gift cards (a gift-card plugin's
 *   `_gift_cards` meta) are tenders of their own, refunded first.
 * - The delivery date is the `_delivered_at` meta (a tracking plugin), else the completion date.
 */
final class WooOrderMapper
{
    /** WooCommerce payment gateways and the kind of tender they are. */
    private const GATEWAYS = [
        'stripe' => 'card', 'woocommerce_payments' => 'card', 'square_credit_card' => 'card',
        'ppcp-gateway' => 'wallet', 'paypal' => 'wallet', 'cod' => 'cash_on_delivery',
    ];

    /** Currencies whose minor unit is not the cent. */
    private const DIGITS = ['JPY' => 0, 'KRW' => 0, 'VND' => 0, 'BHD' => 3, 'JOD' => 3, 'KWD' => 3, 'OMR' => 3, 'TND' => 3];

    public function order(array $wc): array
    {
        $digits = self::DIGITS[$wc['currency']] ?? 2;
        $meta = [];
        foreach ($wc['meta_data'] ?? [] as $entry) {
            $meta[$entry['key']] = $entry['value'];
        }
        $rates = [];
        foreach ($wc['tax_lines'] ?? [] as $tax) {
            $rates[$tax['rate_id']] = self::percentToFraction((string) $tax['rate_percent']);
        }
        $delivered = $meta['_delivered_at'] ?? (isset($wc['date_completed_gmt']) ? $wc['date_completed_gmt'] . 'Z' : null);
        $coupons = implode(',', array_map(static fn (array $c) => $c['code'], $wc['coupon_lines'] ?? []));

        $lines = [];
        foreach ($wc['line_items'] as $item) {
            $quantity = (int) $item['quantity'];
            $subtotal = self::toMinor($item['subtotal'], $digits);
            if ($quantity < 1 || $subtotal % $quantity !== 0) {
                throw new \InvalidArgumentException("line item {$item['id']}: subtotal {$item['subtotal']} is not a whole unit price");
            }
            $line = [
                'id' => (string) $item['id'],
                'sku' => $item['sku'] ?? null,
                'product_id' => (string) $item['product_id'],
                'title' => $item['name'],
                'categories' => $item['categories'] ?? [],
                'quantity' => $quantity,
                'unit_price' => self::fromMinor(intdiv($subtotal, $quantity), $digits),
                'tax_lines' => array_map(static fn (array $t) => [
                    'rate' => $rates[$t['id']] ?? '0',
                    'amount' => $t['total'],
                ], $item['taxes'] ?? []),
            ];
            $discount = $subtotal - self::toMinor($item['total'], $digits);
            if ($discount > 0) {
                $line['discounts'] = [['code' => $coupons, 'amount' => self::fromMinor($discount, $digits)]];
            }
            if ($delivered !== null) {
                $line['delivered_at'] = $delivered;
            }
            $lines[] = array_filter($line, static fn ($v) => $v !== null);
        }

        $tenders = [];
        foreach ($meta['_gift_cards'] ?? [] as $card) {
            $tenders[] = ['id' => 'gift-' . $card['number'], 'kind' => 'gift_card', 'amount' => $card['amount']];
        }
        $tenders[] = [
            'id' => $wc['payment_method'],
            'kind' => self::GATEWAYS[$wc['payment_method']] ?? 'other',
            'amount' => $wc['total'],
        ];

        return [
            'id' => (string) $wc['id'],
            'currency' => $wc['currency'],
            'prices_include_tax' => (bool) ($wc['prices_include_tax'] ?? false),
            'placed_at' => $wc['date_created_gmt'] . 'Z',
            'country' => $wc['billing']['country'] ?? null,
            'shipping_address' => ['country' => $wc['shipping']['country'], 'postal_code' => $wc['shipping']['postcode']],
            'channel' => $wc['created_via'] ?? null,
            'lines' => $lines,
            'shipping_lines' => array_map(static fn (array $s) => [
                'id' => (string) $s['id'], 'title' => $s['method_title'], 'price' => $s['total'],
            ], $wc['shipping_lines'] ?? []),
            'tenders' => $tenders,
            'customer' => ['id' => (string) $wc['customer_id']],
        ];
    }

    /** "7.25" (percent) as "0.0725". */
    public static function percentToFraction(string $percent): string
    {
        [$whole, $fraction] = array_pad(explode('.', $percent, 2), 2, '');
        $whole = str_pad($whole, 3, '0', STR_PAD_LEFT);
        $integer = ltrim(substr($whole, 0, -2), '0') ?: '0';
        $decimals = rtrim(substr($whole, -2) . $fraction, '0');
        return $decimals === '' ? $integer : "$integer.$decimals";
    }

    public static function toMinor(string $amount, int $digits): int
    {
        [$whole, $fraction] = array_pad(explode('.', $amount, 2), 2, '');
        return (int) $whole * 10 ** $digits + (int) str_pad(substr($fraction, 0, $digits), $digits, '0');
    }

    public static function fromMinor(int $minor, int $digits): string
    {
        if ($digits === 0) {
            return (string) $minor;
        }
        $s = str_pad((string) abs($minor), $digits + 1, '0', STR_PAD_LEFT);
        return ($minor < 0 ? '-' : '') . substr($s, 0, -$digits) . '.' . substr($s, -$digits);
    }
}
