<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * A return decision (docs/decisions.md): the outcome, each line's outcome with its deadline
 * and reasons, and for every resolution on offer the refund request and its quote. Which
 * offer answers a resolution is the library's rule (`rk_decision_offer`), not this class's.
 */
final class Decision implements \JsonSerializable
{
    private readonly array $data;

    /** @var array<string, ?array> the library's offer per resolution asked ('' for the request's) */
    private array $offers = [];

    /** @param string $json the decision as the library gave it */
    public function __construct(private readonly string $json)
    {
        $this->data = Library::decode($json);
    }

    /**
     * The version of the decision's wire form (`schema_version`, 1 for now; docs/wire.md), or
     * null for a decision stored before decisions carried it, which the library reads as 1.
     */
    public function schemaVersion(): ?int
    {
        return $this->data['schema_version'] ?? null;
    }

    /** `approve`, `deny`, `review` or `partial` (some lines approved, some not). */
    public function outcome(): string
    {
        return $this->data['outcome'];
    }

    public function isApproved(): bool
    {
        return $this->data['outcome'] === 'approve';
    }

    /** Each requested line: `line_id`, `outcome`, `eligible_quantity`, `deadline`, `reasons`... */
    public function lines(): array
    {
        return $this->data['lines'] ?? [];
    }

    /** Reasons for the whole return (`['code' => ..., 'message' => ...]`). */
    public function reasons(): array
    {
        return $this->data['reasons'] ?? [];
    }

    /**
     * The resolutions on offer, in the policy's order (`original_payment`, `store_credit`,
     * `exchange`).
     *
     * @return list<string>
     */
    public function resolutions(): array
    {
        return array_map(static fn (array $r) => $r['resolution'], $this->data['resolutions'] ?? []);
    }

    /** The resolution the request asked for, or null when it named none. */
    public function requestedResolution(): ?string
    {
        return $this->data['requested_resolution'] ?? null;
    }

    /**
     * The refund preview that answers a resolution, as the library picks it: the quote of the
     * offer of `$resolution`, or when null, of the offer that answers the request (the
     * resolution it asked for, or the first offer when it asked none). Null when no offer
     * answers: that resolution is not on offer, or the return is denied.
     */
    public function refundQuote(?string $resolution = null): ?RefundQuote
    {
        $offer = $this->offer($resolution);
        return $offer === null ? null : RefundQuote::fromArray($offer['quote']);
    }

    /**
     * The refund request of the offer {@see refundQuote()} picks: what to quote with
     * {@see RefundQuote::quote()} when the items are back, in `final` mode with what was
     * accepted.
     */
    public function refundRequest(?string $resolution = null): ?array
    {
        return $this->offer($resolution)['request'] ?? null;
    }

    /** Who pays the return label: `customer` or `merchant`; null when there is none. */
    public function labelPayer(): ?string
    {
        return $this->data['label_payer'] ?? null;
    }

    /** The date the refund is due by (statutory), or null. */
    public function refundBy(): ?string
    {
        return $this->data['refund_by'] ?? null;
    }

    /** The whole decision as PHP arrays. */
    public function toArray(): array
    {
        return $this->data;
    }

    /** The decision as the library's JSON, e.g. to store or to put in an RMA submit command. */
    public function toJson(): string
    {
        return $this->json;
    }

    /** Encodes exactly as the library wrote it (empty objects stay objects). */
    public function jsonSerialize(): mixed
    {
        return json_decode($this->json, false, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * The offer the library picks for `$resolution` (see refundQuote()), or null; asked of the
     * library once per resolution, since the decision does not change.
     */
    private function offer(?string $resolution): ?array
    {
        $resolution ??= '';
        if (array_key_exists($resolution, $this->offers)) {
            return $this->offers[$resolution];
        }
        return $this->offers[$resolution] = Library::decode(Library::callString(
            'rk_decision_offer',
            $this->json,
            strlen($this->json),
            $resolution,
            strlen($resolution),
        ));
    }
}
