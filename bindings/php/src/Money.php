<?php

declare(strict_types=1);

namespace ReturnKit;

/** Exact money helpers over the library. */
final class Money
{
    /**
     * Splits `$amount` across `$weights` by largest remainder, exactly to the currency's minor
     * unit: `Money::allocate('100.00', 'USD', ['1', '1', '1'])` is `['33.34', '33.33', '33.33']`.
     *
     * @param list<string|int> $weights
     * @return list<string>
     */
    public static function allocate(string $amount, string $currency, array $weights): array
    {
        $input = Library::encode([
            'amount' => $amount,
            'currency' => $currency,
            'weights' => array_map('strval', array_values($weights)),
        ], 'input');
        return Library::decode(Library::callString('rk_allocate', $input, strlen($input)));
    }
}
