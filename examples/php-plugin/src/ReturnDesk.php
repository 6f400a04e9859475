<?php

declare(strict_types=1);

namespace ReturnKitWoo;

use ReturnKit\Decision;
use ReturnKit\Policy;
use ReturnKit\RefundQuote;
use ReturnKit\ReturnKitException;

/**
 * The return desk of a WooCommerce shop: a customer asks to return items of an order; the
 * desk decides under the shop's policy and answers with the decision and the refund
 * breakdown, including the arguments for WooCommerce's `wc_create_refund()`.
 */
final class ReturnDesk
{
    private readonly WooOrderMapper $mapper;

    /** Compile the policy once per worker (a static, or the plugin's container), not per request. */
    public function __construct(private readonly Policy $policy)
    {
        $this->mapper = new WooOrderMapper();
    }

    public static function fromPolicyFile(string $path): self
    {
        return new self(Policy::fromFile($path));
    }

    /**
     * Decides a return request.
     *
     * @param array $wcOrder the WooCommerce order (REST API shape)
     * @param array<int, array{qty: int, reason: string}> $items per line item id: how many, and why
     * @param string $resolution `original_payment` or `store_credit`
     * @return array{ok: bool, decision?: string, lines?: list<array>, refund?: array, wc_refund?: array, error?: array}
     */
    public function requestReturn(array $wcOrder, array $items, string $resolution, \DateTimeInterface $now): array
    {
        $order = $this->mapper->order($wcOrder);
        $request = ['resolution' => $resolution, 'lines' => []];
        foreach ($items as $itemId => $item) {
            $request['lines'][] = ['line_id' => (string) $itemId, 'quantity' => (int) $item['qty'], 'reason' => $item['reason']];
        }
        try {
            $decision = $this->policy->decide($order, $request, $now);
        } catch (ReturnKitException $e) {
            // Shown next to the form field at fault; the code tells the area.
            return ['ok' => false, 'error' => ['code' => $e->getCode(), 'field' => $e->getField(), 'message' => $e->getMessage()]];
        }
        $answer = [
            'ok' => true,
            'decision' => $decision->outcome(),
            'label_payer' => $decision->labelPayer(),
            'lines' => array_map(static fn (array $line) => [
                'item_id' => (int) $line['line_id'],
                'outcome' => $line['outcome'],
                'quantity' => $line['eligible_quantity'],
                'return_by' => $line['deadline'] ?? null,
                'reasons' => array_column($line['reasons'] ?? [], 'message'),
            ], $decision->lines()),
        ];
        $quote = $decision->refundQuote($resolution);
        if ($quote !== null) {
            $answer['refund'] = $this->breakdown($quote);
            $answer['wc_refund'] = $this->wcRefundArgs($wcOrder, $quote, $decision);
        }
        return $answer;
    }

    /** The refund as the admin screen shows it. */
    public function breakdown(RefundQuote $quote): array
    {
        return [
            'amount' => $quote->refund(),
            'currency' => $quote->currency(),
            'lines' => array_map(static fn (array $l) => [
                'item_id' => (int) $l['line_id'],
                'qty' => $l['quantity'],
                'merchandise' => $l['merchandise'],
                'tax' => $l['tax'],
                'total' => $l['total'],
            ], $quote->lines()),
            'deductions' => $quote->deductions(),
            'tenders' => $quote->tenders(),
            'store_credit' => $quote->storeCredit(),
        ];
    }

    /**
     * Arguments for `wc_create_refund()`: the amount, and per line item the quantity, the
     * refunded total and the tax per WooCommerce tax rate id, so that stock and reports follow.
     */
    public function wcRefundArgs(array $wcOrder, RefundQuote $quote, Decision $decision): array
    {
        $rateIds = [];
        foreach ($wcOrder['tax_lines'] ?? [] as $tax) {
            $rateIds[self::normalize(WooOrderMapper::percentToFraction((string) $tax['rate_percent']))] = $tax['rate_id'];
        }
        $lines = [];
        foreach ($quote->lines() as $line) {
            $taxes = [];
            foreach ($line['taxes'] ?? [] as $tax) {
                $taxes[$rateIds[self::normalize($tax['rate'])] ?? 0] = $tax['amount'];
            }
            $lines[(int) $line['line_id']] = ['qty' => $line['quantity'], 'refund_total' => $line['merchandise'], 'refund_tax' => $taxes];
        }
        return [
            'order_id' => $wcOrder['id'],
            'amount' => $quote->refund(),
            'reason' => 'Customer return, decided by returnkit (' . $decision->outcome() . ')',
            'line_items' => $lines,
            'refund_payment' => $quote->storeCredit() === null,
            'restock_items' => true,
        ];
    }

    /** A decimal without trailing zeros ("0.0725" for "0.07250"). */
    private static function normalize(string $decimal): string
    {
        return str_contains($decimal, '.') ? rtrim(rtrim($decimal, '0'), '.') : $decimal;
    }
}
