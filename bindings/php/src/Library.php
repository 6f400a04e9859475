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
 * Where the library is found, in order (see {@see Library::candidates()}):
 *
 * 1. the path given to {@see Library::load()}, or else the `RETURNKIT_LIBRARY` environment
 *    variable: when either is given, only that file is tried;
 * 2. the package's own `lib/<os>-<arch>/` (`lib/linux-x86_64/libreturnkit.so`,
 *    `lib/darwin-arm64/libreturnkit.dylib`, `lib/windows-x86_64/returnkit.dll`), where
 *    `vendor/bin/returnkit-lib install` places it;
 * 3. in a source checkout of returnkit only, the newer of `target/release` and `target/debug`;
 * 4. the system's library path, by soname (`libreturnkit.so.0.1`, as bindings/c/install.sh
 *    installs it, then `libreturnkit.so`).
 *
 * When none loads, the LibraryException lists every place tried and why each failed. With
 * preload.php (php-fpm), the declarations come from the preloaded FFI scope `RETURNKIT` instead.
 *
 * @internal The classes of this package call it; applications use Policy, Decision,
 *           RefundQuote, Rma and Money.
 */
final class Library
{
    /** The FFI scope preload.php declares. */
    public const SCOPE = 'RETURNKIT';

    /** The environment variable that names the library file. */
    public const ENV = 'RETURNKIT_LIBRARY';

    /**
     * The ABI version in the library's soname: the major version, or 0.MINOR before 1.0, as
     * bindings/c/install.sh names it (`libreturnkit.so.0.1`).
     */
    public const ABI = '0.1';

    private const ENCODE = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION
        | JSON_THROW_ON_ERROR;

    private static ?FFI $ffi = null;
    private static ?string $path = null;
    private static ?FFI\CType $charPointer = null;

    /**
     * Loads the library from `$path` (or finds it), unless it is loaded already. Call it first
     * to choose the file; otherwise the first call of any class loads it.
     *
     * @throws LibraryException naming every place tried, when none loads
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
        $header = file_get_contents(self::header());
        if ($header === false) {
            throw new LibraryException('cannot read ' . self::header());
        }
        $tried = [];
        foreach (self::candidates($path) as [$where, $file]) {
            if (self::isPath($file) && !is_file($file)) {
                $tried[] = "$where: $file (no such file)";
                continue;
            }
            try {
                self::$ffi = FFI::cdef($header, $file);
            } catch (\Throwable $e) {
                if (str_contains($e->getMessage(), 'ffi.enable')) {
                    throw new LibraryException('cannot load the returnkit library: ' . $e->getMessage()
                        . ' (under php-fpm, preload it: see preload.php)', $e);
                }
                $tried[] = "$where: $file (" . $e->getMessage() . ')';
                continue;
            }
            self::$path = $file;
            return self::$ffi;
        }
        throw new LibraryException('cannot load the returnkit library; tried ' . implode('; ', $tried)
            . '. Place it with `vendor/bin/returnkit-lib install`, set ' . self::ENV
            . ', or call ReturnKit\\Library::load()');
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

    /** The package's root directory: where composer.json is, and `lib/`. */
    public static function packageRoot(): string
    {
        return dirname(__DIR__, 3);
    }

    /** This machine's `<os>-<arch>`: `linux-x86_64`, `darwin-arm64`, `windows-x86_64`... */
    public static function platform(): string
    {
        $os = strtolower(PHP_OS_FAMILY);
        $arch = strtolower(php_uname('m'));
        $arch = match ($arch) {
            'amd64', 'x64' => 'x86_64',
            'aarch64', 'arm64e' => 'arm64',
            default => $arch,
        };
        return "$os-$arch";
    }

    /** The library's file name on `$platform` (this machine's when null). */
    public static function fileName(?string $platform = null): string
    {
        return match (explode('-', $platform ?? self::platform(), 2)[0]) {
            'darwin' => 'libreturnkit.dylib',
            'windows' => 'returnkit.dll',
            default => 'libreturnkit.so',
        };
    }

    /** Where `returnkit-lib install` places the library for `$platform` in this package. */
    public static function bundledPath(?string $platform = null): string
    {
        $platform ??= self::platform();
        return self::packageRoot() . "/lib/$platform/" . self::fileName($platform);
    }

    /**
     * Every place the library is looked for, in order: `[where, file or soname]` pairs. With
     * `$path` given, or `RETURNKIT_LIBRARY` set, only that one.
     *
     * @return list<array{0: string, 1: string}>
     */
    public static function candidates(?string $path = null): array
    {
        if ($path !== null) {
            return [['the path given to Library::load()', $path]];
        }
        $env = getenv(self::ENV);
        if (is_string($env) && $env !== '') {
            return [['the ' . self::ENV . ' environment variable', $env]];
        }
        $candidates = [['the package\'s lib/' . self::platform() . '/', self::bundledPath()]];
        $root = self::packageRoot();
        if (is_file("$root/Cargo.toml")) {
            $builds = [];
            foreach (['release', 'debug'] as $profile) {
                $file = "$root/target/$profile/" . self::fileName();
                if (is_file($file)) {
                    $builds[] = [(int) filemtime($file), $profile, $file];
                }
            }
            rsort($builds);
            foreach ($builds as [, $profile, $file]) {
                $candidates[] = ["the checkout's $profile build", $file];
            }
        }
        foreach (self::sonames() as $soname) {
            $candidates[] = ['the system\'s library path', $soname];
        }
        return $candidates;
    }

    /** The names the system's dynamic loader is asked for, the versioned soname first. */
    public static function sonames(): array
    {
        return match (PHP_OS_FAMILY) {
            'Darwin' => ['libreturnkit.' . self::ABI . '.dylib', 'libreturnkit.dylib'],
            'Windows' => ['returnkit.dll'],
            default => ['libreturnkit.so.' . self::ABI, 'libreturnkit.so'],
        };
    }

    /**
     * The library file this package would load, without loading it: the first candidate that
     * exists, or else the system's soname.
     */
    public static function find(): string
    {
        $candidates = self::candidates();
        foreach ($candidates as [, $file]) {
            if (!self::isPath($file) || is_file($file)) {
                return $file;
            }
        }
        return $candidates[0][1];
    }

    private static function isPath(string $file): bool
    {
        return str_contains($file, '/') || str_contains($file, '\\');
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
        $ffi = self::$ffi ?? self::load();
        $out = $ffi->new(self::$charPointer ??= $ffi->type('char *'));
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
     * Wire-format JSON for an object of named parts (`{"order": ..., "request": ...}`): `$parts`
     * are PHP values or JSON text as {@see encode()} takes them, `$strings` plain strings (as
     * `now`). Without JSON text among the parts, all is encoded in one pass; a part that can't
     * be encoded is named in the error as in encode().
     *
     * @param array<string, mixed> $parts
     * @param array<string, string> $strings
     * @internal
     */
    public static function encodeObject(array $parts, array $strings = []): string
    {
        $text = false;
        foreach ($parts as $value) {
            $text = $text || is_string($value);
        }
        if (!$text) {
            try {
                return json_encode($parts + $strings, self::ENCODE);
            } catch (\JsonException) {
                // Encoded part by part below, to name the part at fault.
            }
        }
        $json = '';
        foreach ($parts as $field => $value) {
            $json .= ($json === '' ? '{' : ',') . json_encode((string) $field, self::ENCODE) . ':' . self::encode($value, (string) $field);
        }
        foreach ($strings as $field => $value) {
            try {
                $encoded = json_encode($value, self::ENCODE);
            } catch (\JsonException $e) {
                throw ReturnKitException::fromError(1001, 'parse', $field, "$field: " . $e->getMessage());
            }
            $json .= ($json === '' ? '{' : ',') . json_encode($field, self::ENCODE) . ':' . $encoded;
        }
        return $json . '}';
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
