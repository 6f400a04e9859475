<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * The native library can't be used: ext-ffi missing, `ffi.enable` forbidding it, or
 * libreturnkit.so not found. Code 0: it is the installation's fault, not an input's.
 */
final class LibraryException extends ReturnKitException
{
    public function __construct(string $message, ?\Throwable $previous = null)
    {
        parent::__construct($message, 0, 'library', '', $previous);
    }
}
