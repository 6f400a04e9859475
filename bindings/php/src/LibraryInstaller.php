<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * Places the native library for one platform in the package's `lib/<os>-<arch>/`, where
 * {@see Library} looks for it: from a release archive of the C library
 * (`libreturnkit-VERSION-TRIPLE.tar.gz`, as scripts/release makes it), checked against its
 * SHA-256 in the release's `SHA256SUMS` before anything is extracted; or built with cargo from
 * a source checkout. `bin/returnkit-lib` is its command line.
 *
 * @internal Use `vendor/bin/returnkit-lib install`.
 */
final class LibraryInstaller
{
    /** The Rust target triple of each `<os>-<arch>` the release archives are named by. */
    public const TRIPLES = [
        'linux-x86_64' => 'x86_64-unknown-linux-gnu',
        'linux-arm64' => 'aarch64-unknown-linux-gnu',
        'darwin-x86_64' => 'x86_64-apple-darwin',
        'darwin-arm64' => 'aarch64-apple-darwin',
        'windows-x86_64' => 'x86_64-pc-windows-msvc',
    ];

    /** @var \Closure(string): void */
    private readonly \Closure $say;

    /**
     * @param string $platform `<os>-<arch>` to install for ({@see Library::platform()})
     * @param string $libDir the directory that holds `<os>-<arch>/` (the package's `lib/`)
     * @param (callable(string): void)|null $say where progress lines go (none when null)
     */
    public function __construct(
        private readonly string $platform,
        private readonly string $libDir,
        ?callable $say = null,
    ) {
        $this->say = \Closure::fromCallable($say ?? static function (string $line): void {
        });
    }

    /** The installer for this machine and this package. */
    public static function forThisPackage(?callable $say = null): self
    {
        return new self(Library::platform(), Library::packageRoot() . '/lib', $say);
    }

    /** The file the library is placed in. */
    public function target(): string
    {
        return "{$this->libDir}/{$this->platform}/" . Library::fileName($this->platform);
    }

    /**
     * Places the library from a release: `$source` is the archive (a path or a URL), or the
     * directory or URL ending in `/` of a release, whose `SHA256SUMS` names the archive of this
     * platform. `$sums` is the `SHA256SUMS` to check against; by default the one beside the
     * archive. Refuses an archive whose SHA-256 is not the one listed, before extracting.
     *
     * @throws LibraryException on anything missing or not matching; nothing is placed then
     */
    public function fromArchive(string $source, ?string $sums = null): string
    {
        $triple = self::TRIPLES[$this->platform]
            ?? throw new LibraryException("no release archive is made for {$this->platform}; use --build");
        if (self::isDirectory($source)) {
            $base = rtrim($source, '/') . '/';
            $sums ??= $base . 'SHA256SUMS';
            $listed = self::parseSums(self::read($sums));
            $names = array_values(array_filter(
                array_keys($listed),
                static fn (string $name) => (bool) preg_match('/^libreturnkit-[^\/]+-' . preg_quote($triple, '/') . '\.tar\.gz$/', $name),
            ));
            if (count($names) !== 1) {
                throw new LibraryException(sprintf('%s lists %d archives of the C library for %s (%s); name the archive',
                    $sums, count($names), $triple, implode(', ', $names)));
            }
            $archive = $base . $names[0];
        } else {
            $archive = $source;
            $sums ??= self::dirname($archive) . '/SHA256SUMS';
            $listed = self::parseSums(self::read($sums));
        }
        $name = basename(parse_url($archive, PHP_URL_PATH) ?: $archive);
        $expected = $listed[$name] ?? throw new LibraryException("$sums does not list $name: refusing an archive it does not vouch for");
        $bytes = self::read($archive);
        $actual = hash('sha256', $bytes);
        if (!hash_equals($expected, $actual)) {
            throw new LibraryException("SHA-256 mismatch for $name: $sums lists $expected, the archive is $actual; "
                . 'not extracted');
        }
        ($this->say)("$name: SHA-256 $actual matches $sums");
        $library = self::extractLibrary($bytes, $this->platform);
        if ($library === null) {
            throw new LibraryException("$name holds no " . Library::fileName($this->platform) . ' under lib/ (or bin/)');
        }
        return $this->place($library[1], "$name:{$library[0]}");
    }

    /**
     * Builds the library with cargo in a returnkit checkout (`cargo build --release -p
     * returnkit-c`, or the debug profile) and places it.
     *
     * @throws LibraryException when the checkout is not one or the build fails
     */
    public function fromBuild(string $checkout, bool $release = true): string
    {
        if (!is_file("$checkout/bindings/c/Cargo.toml")) {
            throw new LibraryException("$checkout is not a returnkit source checkout (no bindings/c/Cargo.toml)");
        }
        $command = ['cargo', 'build', '--locked', '-p', 'returnkit-c'];
        if ($release) {
            $command[] = '--release';
        }
        ($this->say)('building: ' . implode(' ', $command) . " (in $checkout)");
        $process = proc_open($command, [STDIN, STDOUT, STDERR], $pipes, $checkout);
        if (!is_resource($process) || proc_close($process) !== 0) {
            throw new LibraryException('cargo build failed: ' . implode(' ', $command));
        }
        $target = getenv('CARGO_TARGET_DIR') ?: "$checkout/target";
        $built = "$target/" . ($release ? 'release' : 'debug') . '/' . Library::fileName($this->platform);
        $bytes = self::read($built);
        return $this->place($bytes, $built);
    }

    /** Writes the library to {@see target()} (through a temporary file, so never half-written). */
    private function place(string $bytes, string $from): string
    {
        $target = $this->target();
        $dir = dirname($target);
        if (!is_dir($dir) && !mkdir($dir, 0o755, true) && !is_dir($dir)) {
            throw new LibraryException("cannot create $dir");
        }
        $temporary = "$target." . getmypid() . '.tmp';
        if (file_put_contents($temporary, $bytes) !== strlen($bytes) || !chmod($temporary, 0o755)
            || !rename($temporary, $target)) {
            @unlink($temporary);
            throw new LibraryException("cannot write $target");
        }
        ($this->say)("placed $target (from $from, " . strlen($bytes) . ' bytes)');
        return $target;
    }

    /**
     * `SHA256SUMS` lines (`<hex>  <name>`, `*` before the name in binary mode) as name => hash.
     *
     * @return array<string, string>
     */
    public static function parseSums(string $text): array
    {
        $sums = [];
        foreach (preg_split('/\R/', $text) ?: [] as $line) {
            if (preg_match('/^([0-9a-fA-F]{64}) [ *](.+)$/', trim($line), $m)) {
                $sums[basename($m[2])] = strtolower($m[1]);
            }
        }
        return $sums;
    }

    /**
     * The platform's shared library in a `.tar.gz`: `[path in the archive, bytes]` of the
     * first regular file under a `lib/` (or `bin/`, for Windows) named as the library, a
     * versioned name included (`libreturnkit.so.0.1.0`); null when there is none. Symbolic
     * links are skipped: the file they name is in the archive too.
     *
     * @return array{0: string, 1: string}|null
     */
    public static function extractLibrary(string $tarGz, string $platform): ?array
    {
        $tar = @gzdecode($tarGz);
        if ($tar === false) {
            throw new LibraryException('the archive is not gzip-compressed');
        }
        $pattern = match (explode('-', $platform, 2)[0]) {
            'darwin' => '/(^|\/)lib\/libreturnkit(\.[0-9.]+)?\.dylib$/',
            'windows' => '/(^|\/)(lib|bin)\/returnkit\.dll$/',
            default => '/(^|\/)lib\/libreturnkit\.so(\.[0-9.]+)?$/',
        };
        $offset = 0;
        $longName = null;
        while ($offset + 512 <= strlen($tar)) {
            $header = substr($tar, $offset, 512);
            if (trim($header, "\0") === '') {
                break; // the end-of-archive blocks
            }
            $name = rtrim(substr($header, 0, 100), "\0");
            $prefix = rtrim(substr($header, 345, 155), "\0");
            $size = (int) octdec(trim(substr($header, 124, 12), "\0 "));
            $type = $header[156];
            $data = $offset + 512;
            $offset = $data + intdiv($size + 511, 512) * 512;
            if ($type === 'L') { // GNU long name: the next entry's name
                $longName = rtrim(substr($tar, $data, $size), "\0");
                continue;
            }
            $path = $longName ?? (substr($header, 257, 5) === 'ustar' && $prefix !== '' ? "$prefix/$name" : $name);
            $longName = null;
            if (($type === '0' || $type === "\0") && preg_match($pattern, $path)) {
                return [$path, substr($tar, $data, $size)];
            }
        }
        return null;
    }

    private static function isDirectory(string $source): bool
    {
        return str_ends_with($source, '/') || (!str_contains($source, '://') && is_dir($source));
    }

    private static function dirname(string $pathOrUrl): string
    {
        $slash = strrpos($pathOrUrl, '/');
        return $slash === false ? '.' : substr($pathOrUrl, 0, $slash);
    }

    /** A file's or a URL's bytes. */
    private static function read(string $pathOrUrl): string
    {
        $bytes = @file_get_contents($pathOrUrl);
        if ($bytes === false) {
            $why = error_get_last()['message'] ?? 'unreadable';
            throw new LibraryException("cannot read $pathOrUrl: $why");
        }
        return $bytes;
    }
}
