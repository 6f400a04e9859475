<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * Every error returnkit raises. `getCode()` is the stable numeric code of docs/errors.md,
 * `getKind()` its snake_case name, and `getField()` the path of the input at fault
 * (`lines[0].quantity`). The subclass says the area: {@see ArgumentException} (1xxx),
 * {@see PolicyException} (2xxx), {@see TransitionException} (3xxx), {@see MoneyException} (4xxx)
 * and {@see InternalException} (9xxx); {@see LibraryException} when the library can't load.
 */
class ReturnKitException extends \RuntimeException
{
    /** The exception class of each area: the code's thousands. */
    public const AREAS = [
        1 => ArgumentException::class,
        2 => PolicyException::class,
        3 => TransitionException::class,
        4 => MoneyException::class,
        9 => InternalException::class,
    ];

    public function __construct(
        string $message,
        int $code = 0,
        private readonly string $kind = '',
        private readonly string $field = '',
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, $code, $previous);
    }

    /** The exception for an error of the library, of the class of its area. */
    public static function fromError(int $code, string $kind, string $field, string $message): self
    {
        $class = self::classFor($code);
        return new $class($message, $code, $kind, $field);
    }

    /**
     * The exception class of a code. A code of an area this version does not know yet is an
     * InternalException, so that it is never mistaken for the caller's fault.
     *
     * @return class-string<ReturnKitException>
     */
    public static function classFor(int $code): string
    {
        return self::AREAS[intdiv($code, 1000)] ?? InternalException::class;
    }

    /** The snake_case kind of the error (`quantity_exceeded`). */
    public function getKind(): string
    {
        return $this->kind;
    }

    /** The path of the input field at fault, starting with its document (`request.lines[0].quantity`); empty for none. */
    public function getField(): string
    {
        return $this->field;
    }
}
