<?php

declare(strict_types=1);

namespace ReturnKit;

use FFI\CData;

/**
 * A compiled return policy: compile it once (per worker, or in a static), then decide any
 * number of returns with it. It owns a native handle, freed when the object is destroyed.
 *
 * ```php
 * $policy = ReturnKit\Policy::fromFile('returns.toml');
 * $decision = $policy->decide($order, $request, new DateTimeImmutable());
 * echo $decision->refundQuote()?->refund();   // "89.61"
 * ```
 *
 * Inputs are PHP arrays in the wire format (docs/refunds.md, docs/decisions.md), or JSON
 * text; money is always a decimal string ("19.99"), never a float.
 */
final class Policy
{
    private ?CData $handle = null;

    private function __construct(CData $handle)
    {
        $this->handle = $handle;
    }

    /**
     * Compiles a policy document.
     *
     * @param string $text the document, JSON or TOML
     * @param string $format `json` or `toml`
     * @param array|string|null $rateCards rate cards for return labels: a list of card arrays,
     *                                     or their JSON array; null for none
     * @throws ArgumentException for text that does not parse (1001) or a bad format (1002)
     * @throws PolicyException for a policy (2001) or a rate card (2002) that does not validate
     */
    public static function compile(string $text, string $format = 'json', array|string|null $rateCards = null): self
    {
        $ffi = Library::ffi();
        $cards = $rateCards === null ? null : Library::encode($rateCards, 'rate_cards');
        $out = $ffi->new('RkPolicy *');
        $error = $ffi->rk_policy_compile(
            $text,
            strlen($text),
            $format,
            strlen($format),
            $cards,
            $cards === null ? 0 : strlen($cards),
            \FFI::addr($out),
        );
        Library::throwIfError($error);
        return new self($out);
    }

    /** Compiles a JSON policy document. */
    public static function fromJson(string $json, array|string|null $rateCards = null): self
    {
        return self::compile($json, 'json', $rateCards);
    }

    /** Compiles a TOML policy document. */
    public static function fromToml(string $toml, array|string|null $rateCards = null): self
    {
        return self::compile($toml, 'toml', $rateCards);
    }

    /** Compiles a policy document given as a PHP array. */
    public static function fromArray(array $document, array|string|null $rateCards = null): self
    {
        return self::compile(Library::encode($document, 'policy'), 'json', $rateCards);
    }

    /** Compiles a policy file: TOML for `.toml`, JSON otherwise. */
    public static function fromFile(string $path, array|string|null $rateCards = null): self
    {
        $text = @file_get_contents($path);
        if ($text === false) {
            throw ReturnKitException::fromError(1002, 'invalid_value', 'policy', "policy: cannot read $path");
        }
        return self::compile($text, str_ends_with(strtolower($path), '.toml') ? 'toml' : 'json', $rateCards);
    }

    /**
     * Every problem in a policy document, without compiling it: `['ok' => bool, 'errors' =>
     * [['code', 'kind', 'field', 'message'], ...]]`.
     */
    public static function check(string $text, string $format = 'json'): array
    {
        return Library::decode(Library::callString('rk_policy_check', $text, strlen($text), $format, strlen($format)));
    }

    /**
     * Decides a return request under this policy, as of `$now`.
     *
     * @param array|string $order the order snapshot
     * @param array|string $request the return request: lines with quantities and reasons
     * @param bool $compact the compact answer (docs/wire.md, "Compact answers"): the same
     *     figures without empty members and without each offer's quote lines; for showing a
     *     decision, not for reading an offer's lines
     * @throws ReturnKitException of the area of what is wrong with the input
     */
    public function decide(array|string $order, array|string $request, \DateTimeInterface|string $now, bool $compact = false): Decision
    {
        $strings = ['now' => Library::instant($now)] + ($compact ? ['answer' => 'compact'] : []);
        $input = Library::encodeObject(['order' => $order, 'request' => $request], $strings);
        return new Decision(Library::callString('rk_decide', $this->handle(), $input, strlen($input)));
    }

    /**
     * The refund for a refund request (docs/refunds.md). The policy does not change it: the
     * request names the fees and the resolution; {@see Decision::refundRequest()} gives the
     * request a decision offers.
     */
    public function refundQuote(array|string $order, array|string $request): RefundQuote
    {
        return RefundQuote::quote($order, $request);
    }

    /**
     * A return label quote with this policy's rate cards: the chosen service, the
     * alternatives and the services that declined.
     *
     * @throws PolicyException 2003 when no card can carry the return
     */
    public function labelQuote(array|string $request): array
    {
        $json = Library::encode($request, 'request');
        return Library::decode(Library::callString('rk_label_quote', $this->handle(), $json, strlen($json)));
    }

    /** The policy for customers: its plain-language summary. */
    public function explain(): string
    {
        return Library::decode(Library::callString('rk_policy_explain', $this->handle(), false));
    }

    /**
     * The policy's plain-language summary in the customer's language: `$locale` is a BCP 47
     * tag (`'de-AT'`), matched as a decide request's `locale` is; null, or a language without
     * a catalog, is English (what explain() gives).
     */
    public function summary(?string $locale = null): string
    {
        return Library::decode(Library::callString(
            'rk_policy_summary',
            $this->handle(),
            $locale,
            $locale === null ? 0 : strlen($locale),
        ));
    }

    /** The policy as schema.org `MerchantReturnPolicy` JSON-LD, for product pages. */
    public function explainJsonLd(): array
    {
        return Library::decode(Library::callString('rk_policy_explain', $this->handle(), true));
    }

    /** Frees the native policy now rather than when the object goes away. */
    public function free(): void
    {
        if ($this->handle !== null) {
            Library::ffi()->rk_policy_free($this->handle);
            $this->handle = null;
        }
    }

    public function __destruct()
    {
        $this->free();
    }

    /** A policy owns its native handle: it can't be copied (share the object instead). */
    private function __clone()
    {
    }

    public function __serialize(): array
    {
        throw new \LogicException('a ReturnKit\\Policy can not be serialized; keep its document instead');
    }

    public function __unserialize(array $data): void
    {
        throw new \LogicException('a ReturnKit\\Policy can not be unserialized; compile its document instead');
    }

    private function handle(): CData
    {
        if ($this->handle === null) {
            throw ReturnKitException::fromError(1002, 'invalid_value', 'policy', 'policy: already freed');
        }
        return $this->handle;
    }
}
