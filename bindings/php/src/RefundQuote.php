<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * A refund quote (docs/refunds.md), exact to the cent: per line the merchandise, discount
 * shares, tax and deductions; the totals; and how the refund splits across the order's
 * tenders, or goes to store credit. Amounts are decimal strings.
 */
final class RefundQuote implements \JsonSerializable
{
    private function __construct(private readonly array $data)
    {
    }

    /**
     * Quotes a refund: `$order` is the order snapshot, `$request` the lines returned, fees,
     * shipping and resolution.
     *
     * @throws ArgumentException|MoneyException for input that can't be quoted
     */
    public static function quote(array|string $order, array|string $request): self
    {
        $input = Library::encodeObject(['order' => $order, 'request' => $request]);
        return new self(Library::decode(Library::callString('rk_quote', $input, strlen($input))));
    }

    /** A quote the library made, as arrays (as in a decision). */
    public static function fromArray(array $quote): self
    {
        return new self($quote);
    }

    /**
     * The version of the quote's wire form (`schema_version`, 1 for now; docs/wire.md), or
     * null for a quote stored before quotes carried it, which the library reads as 1.
     */
    public function schemaVersion(): ?int
    {
        return $this->data['schema_version'] ?? null;
    }

    /** What the customer gets back ("89.61"). */
    public function refund(): string
    {
        return $this->data['totals']['refund'];
    }

    /** The ISO 4217 currency ("USD"). */
    public function currency(): string
    {
        return $this->data['currency'];
    }

    /** Per line: `line_id`, `quantity`, `merchandise`, `order_discount`, `tax`, `deductions`, `total`... */
    public function lines(): array
    {
        return $this->data['lines'];
    }

    /** The totals: `merchandise`, `tax`, `shipping`, `deductions`, `refund`. */
    public function totals(): array
    {
        return $this->data['totals'];
    }

    /** Deductions of the whole return (`['kind' => 'label_fee', 'amount' => '5.95']`). */
    public function deductions(): array
    {
        return $this->data['deductions'] ?? [];
    }

    /** The refund split across tenders: `tender_id`, `kind`, `amount`. */
    public function tenders(): array
    {
        return $this->data['tenders'] ?? [];
    }

    /** Store credit (`amount`, `bonus`, `total`) when the resolution is store credit, else null. */
    public function storeCredit(): ?array
    {
        return $this->data['store_credit'] ?? null;
    }

    /**
     * The parts of a mixed return (lines that name resolutions of their own), each with
     * `resolution`, `line_ids`, `shipping`, `deductions`, `amount` and its `tenders`,
     * `store_credit` or `exchange`; empty for a return settled one way.
     */
    public function settlements(): array
    {
        return $this->data['settlements'] ?? [];
    }

    public function toArray(): array
    {
        return $this->data;
    }

    public function jsonSerialize(): mixed
    {
        return $this->data;
    }
}
