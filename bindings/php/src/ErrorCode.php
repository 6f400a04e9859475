<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * The stable error codes of docs/errors.md by name, as `ReturnKitException::getCode()` gives
 * them: `$e->getCode() === ErrorCode::QUANTITY_EXCEEDED`. Each name is the kind
 * (`getKind()`) in capitals, and the C header's `RK_ERROR_CODE_*` without its prefix. A test
 * checks them against the library's own list (`Library::errorCodes()`).
 */
final class ErrorCode
{
    /** Malformed JSON, a wrong type, a missing or unknown field. */
    public const PARSE = 1001;
    /** A value out of its allowed range or form. */
    public const INVALID_VALUE = 1002;
    /** A quantity that must be positive is not. */
    public const INVALID_QUANTITY = 1003;
    /** A line id the order does not have. */
    public const UNKNOWN_LINE = 1004;
    /** The same id twice where ids must be unique. */
    public const DUPLICATE_ID = 1005;
    /** A tender id the order does not have. */
    public const UNKNOWN_TENDER = 1006;
    /** More units than can be returned, received or accepted. */
    public const QUANTITY_EXCEEDED = 1007;
    /** A return reason the policy does not know. */
    public const UNKNOWN_REASON = 1008;
    /** A document in no format version this library reads. */
    public const UNSUPPORTED_VERSION = 1009;
    /** A policy that does not validate. */
    public const INVALID_POLICY = 2001;
    /** A rate card that does not validate. */
    public const INVALID_RATE_CARD = 2002;
    /** No rate card can carry the return. */
    public const NO_LABEL_SERVICE = 2003;
    /** A command the return's state does not allow. */
    public const INVALID_TRANSITION = 3001;
    /** A command the actor may not issue. */
    public const NOT_PERMITTED = 3002;
    /** The return changed since the caller read it. */
    public const VERSION_CONFLICT = 3003;
    /** Not an ISO 4217 currency with a minor unit. */
    public const UNKNOWN_CURRENCY = 4001;
    /** Amounts in different currencies. */
    public const CURRENCY_MISMATCH = 4002;
    /** A negative amount, or one finer than the minor unit. */
    public const INVALID_AMOUNT = 4003;
    /** An amount too large to compute with exactly. */
    public const AMOUNT_OUT_OF_RANGE = 4004;
    /** Tax that can't have been charged at the stated rate. */
    public const INCONSISTENT_TAX = 4005;
    /** Allocations that don't add up. */
    public const INVALID_ALLOCATION = 4006;
    /** A refund beyond what the tenders can take back. */
    public const REFUND_EXCEEDS_PAID = 4007;
    /** Money recorded beyond what is due. */
    public const REFUND_EXCEEDS_DUE = 4008;
    /** A bug in returnkit, caught at the library's boundary. */
    public const INTERNAL = 9001;

    private function __construct()
    {
    }

    /**
     * Every code by name (`['PARSE' => 1001, ...]`), in ascending order.
     *
     * @return array<string, int>
     */
    public static function all(): array
    {
        return (new \ReflectionClass(self::class))->getConstants();
    }
}
