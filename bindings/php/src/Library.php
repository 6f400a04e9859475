<?php

declare(strict_types=1);

namespace ReturnKit;

use FFI;
use FFI\CData;

/**
 * The native library, loaded once per process through PHP's FFI, and the conventions of its
 * calls: text in as (string, length), results through out-parameters, errors as `RkError *`
 * turned into exceptions, and every native string freed as soon as it is copied.
 *
 * Where the library is found, in order: the path given to {@see Library::load()}, the
 * `RETURNKIT_LIBRARY` environment variable, `lib/libreturnkit.so` in this package, the newer
 * of `target/release` and `target/debug` of the returnkit repository around it, and last the
 * system's library path (`libreturnkit.so`). With preload.php (php-fpm), the declarations come
 * from the preloaded FFI scope `RETURNKIT` instead.
 *
 * @internal The classes of this package call it; applications use Policy, Decision,
 *           RefundQuote, Rma and Money.
 */
final class Library
{
    /** The FFI scope preload.php declares. */
    public const SCOPE = 'RETURNKIT';

    private const ENCODE = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION
        | JSON_THROW_ON_ERROR;

    private static ?FFI $ffi = null;
    private static ?string $path = null;

    /**
     * Loads the library from `$path` (or finds it), unless it is loaded already. Call it first
     * to choose the file; otherwise the first call of any class loads it.
     */
    public static function load(?string $path = null): FFI
    {
        if (self::$ffi !== null) {
            return self::$ffi;
        }
        if (!extension_loaded('ffi')) {
            throw new LibraryException('the FFI extension is not loaded: install and enable ext-ffi');
        }
        if ($path === null) {
            try {
                // Declared by preload.php (opcache.preload), as php-fpm needs with ffi.enable=preload.
                return self::$ffi = FFI::scope(self::SCOPE);
            } catch (\Throwable) {
                // Not preloaded: declare it here (allowed in the CLI, or with ffi.enable=true).
            }
        }
        $path ??= self::find();
        $header = file_get_contents(self::header());
        if ($header === false) {
            throw new LibraryException('cannot read ' . self::header());
        }
        try {
            self::$ffi = FFI::cdef($header, $path);
        } catch (\Throwable $e) {
            throw new LibraryException("cannot load the returnkit library from $path: " . $e->getMessage()
                . ' (set RETURNKIT_LIBRARY, or call ReturnKit\\Library::load(), and check ffi.enable)', $e);
        }
        self::$path = $path;
        return self::$ffi;
    }

    /** The FFI instance, loading the library on first use. */
    public static function ffi(): FFI
    {
        return self::$ffi ?? self::load();
    }

    /** The file the library was loaded from (null when it came from the preloaded scope). */
    public static function path(): ?string
    {
        self::ffi();
        return self::$path;
    }

    /** The PHP-ready header: the C header's declarations without preprocessor lines. */
    public static function header(): string
    {
        return __DIR__ . '/returnkit.h';
    }

    /** The library file this package would load, without loading it. */
    public static function find(): string
    {
        $env = getenv('RETURNKIT_LIBRARY');
        if (is_string($env) && $env !== '') {
            return $env;
        }
        $bundled = dirname(__DIR__) . '/lib/libreturnkit.so';
        if (is_file($bundled)) {
            return $bundled;
        }
        $best = null;
        foreach (['release', 'debug'] as $profile) {
            $candidate = dirname(__DIR__, 3) . "/target/$profile/libreturnkit.so";
            if (is_file($candidate) && ($best === null || filemtime($candidate) > filemtime($best))) {
                $best = $candidate;
            }
        }
        return $best ?? 'libreturnkit.so';
    }

    /** The library's version (`0.1.0`). */
    public static function version(): string
    {
        return self::ffi()->rk_version();
    }

    /**
     * Every error code the library returns: a list of `['code' => 1001, 'kind' => 'parse']`.
     *
     * @return list<array{code: int, kind: string}>
     */
    public static function errorCodes(): array
    {
        return self::decode(self::ffi()->rk_error_codes());
    }

    /**
     * Calls an `rk_*` function whose last parameter is a `char **out`, and returns the string
     * it hands out (freed here), or throws the error it returns.
     *
     * @internal
     */
    public static function callString(string $function, mixed ...$args): string
    {
        $ffi = self::ffi();
        $out = $ffi->new('char *');
        $error = $ffi->$function(...[...$args, FFI::addr($out)]);
        self::throwIfError($error);
        try {
            return FFI::string($out);
        } finally {
            $ffi->rk_string_free($out);
        }
    }

    /**
     * Throws the exception for an `RkError *` (and frees it); does nothing for NULL.
     *
     * @internal
     */
    public static function throwIfError(?CData $error): void
    {
        if ($error === null) {
            return;
        }
        $ffi = self::ffi();
        try {
            $exception = ReturnKitException::fromError(
                $ffi->rk_error_code($error),
                $ffi->rk_error_kind($error),
                $ffi->rk_error_field($error),
                $ffi->rk_error_message($error),
            );
        } finally {
            $ffi->rk_error_free($error);
        }
        throw $exception;
    }

    /**
     * Wire-format JSON for a PHP value: arrays and objects are encoded, a string is taken as
     * JSON text already. `$field` names the argument in the error for unencodable values.
     *
     * @internal
     */
    public static function encode(mixed $value, string $field): string
    {
        if (is_string($value)) {
            return $value;
        }
        try {
            return json_encode($value, self::ENCODE);
        } catch (\JsonException $e) {
            throw ReturnKitException::fromError(1001, 'parse', $field, "$field: " . $e->getMessage());
        }
    }

    /**
     * Decodes the library's JSON answer into PHP arrays (money stays decimal strings).
     *
     * @internal
     */
    public static function decode(string $json): mixed
    {
        return json_decode($json, true, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
    }

    /**
     * An RFC 3339 instant for `now` arguments.
     *
     * @internal
     */
    public static function instant(\DateTimeInterface|string $now): string
    {
        if (is_string($now)) {
            return $now;
        }
        return \DateTimeImmutable::createFromInterface($now)
            ->setTimezone(new \DateTimeZone('UTC'))
            ->format('Y-m-d\TH:i:s\Z');
    }
}
