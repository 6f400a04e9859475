<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\Library;

/**
 * Where the library is looked for: the path given or RETURNKIT_LIBRARY alone, else the
 * package's lib/<os>-<arch>/, a checkout's builds, then the system's library path; and the
 * error that names every place tried. The loading cases run in a child PHP process, on a copy
 * of the package outside the repository.
 */
final class LibraryLookupTest extends ReturnKitTestCase
{
    private string $package = '';

    protected function tearDown(): void
    {
        if ($this->package !== '') {
            exec('rm -rf ' . escapeshellarg($this->package));
        }
    }

    public function testThePlatformAndItsFileName(): void
    {
        $this->assertMatchesRegularExpression('/^(linux|darwin|windows|bsd|solaris|unknown)-[a-z0-9_]+$/', Library::platform());
        if (PHP_OS_FAMILY === 'Linux' && php_uname('m') === 'x86_64') {
            $this->assertSame('linux-x86_64', Library::platform());
        }
        $this->assertSame('libreturnkit.so', Library::fileName('linux-x86_64'));
        $this->assertSame('libreturnkit.dylib', Library::fileName('darwin-arm64'));
        $this->assertSame('returnkit.dll', Library::fileName('windows-x86_64'));
        $this->assertSame(Library::packageRoot() . '/lib/darwin-arm64/libreturnkit.dylib', Library::bundledPath('darwin-arm64'));
        $this->assertFileExists(Library::packageRoot() . '/composer.json', 'the package root holds composer.json');
    }

    public function testTheSonameIsTheOneInstallShGives(): void
    {
        $cargo = (string) file_get_contents(self::root() . '/Cargo.toml');
        preg_match('/\[workspace\.package\][^\[]*?version\s*=\s*"(\d+)\.(\d+)\.(\d+)"/s', $cargo, $m);
        $this->assertSame($m[1] === '0' ? "0.$m[2]" : $m[1], Library::ABI, 'the ABI version of the crate\'s version');
        $this->assertStringContainsString('soname libreturnkit.so.' . Library::ABI,
            (string) file_get_contents(self::root() . '/bindings/c/install.sh'), 'bindings/c/install.sh names that soname');
    }

    public function testTheOrderOfPlaces(): void
    {
        $saved = getenv(Library::ENV);
        try {
            putenv(Library::ENV . '=/opt/returnkit/libreturnkit.so');
            $this->assertSame([['the RETURNKIT_LIBRARY environment variable', '/opt/returnkit/libreturnkit.so']],
                Library::candidates(), 'the environment variable alone');
            $this->assertSame([['the path given to Library::load()', '/x/lib.so']], Library::candidates('/x/lib.so'),
                'a path given wins over the environment');
            putenv(Library::ENV);
            $places = Library::candidates();
            $this->assertSame(['the package\'s lib/' . Library::platform() . '/', Library::bundledPath()], $places[0], 'the package\'s lib/ first');
            $this->assertSame(array_map(static fn (string $soname) => ['the system\'s library path', $soname], Library::sonames()),
                array_slice($places, -count(Library::sonames())), 'the system\'s library path last');
            $middle = array_slice($places, 1, count($places) - 1 - count(Library::sonames()));
            foreach ($middle as [$where, $file]) {
                $this->assertMatchesRegularExpression('/^the checkout\'s (release|debug) build$/', $where);
                $this->assertStringStartsWith(self::root() . '/target/', $file);
            }
        } finally {
            putenv($saved === false ? Library::ENV : Library::ENV . "=$saved");
        }
    }

    public function testAnErrorNamesEveryPlaceTried(): void
    {
        $this->copyPackage();
        [$status, $out] = $this->child(null);
        $this->assertSame(1, $status, $out);
        $this->assertStringContainsString('LibraryException: cannot load the returnkit library; tried', $out);
        $this->assertStringContainsString("the package's lib/" . Library::platform() . "/: {$this->package}/lib/"
            . Library::platform() . '/' . Library::fileName() . ' (no such file)', $out);
        foreach (Library::sonames() as $soname) {
            $this->assertStringContainsString("the system's library path: $soname (", $out);
        }
        $this->assertStringNotContainsString('target/', $out, 'no checkout outside a checkout');

        [$status, $out] = $this->child('/nonexistent/libreturnkit.so');
        $this->assertSame(1, $status, $out);
        $this->assertStringContainsString('tried the RETURNKIT_LIBRARY environment variable: /nonexistent/libreturnkit.so (no such file).', $out);
    }

    public function testThePackagesLibDirectoryIsFound(): void
    {
        $library = Library::path();
        if ($library === null) {
            $this->markTestSkipped('the library came from a preloaded scope');
        }
        $this->copyPackage();
        $dir = "{$this->package}/lib/" . Library::platform();
        mkdir($dir, 0o755, true);
        symlink((string) realpath($library), "$dir/" . Library::fileName());
        [$status, $out] = $this->child(null);
        $this->assertSame(0, $status, $out);
        $this->assertSame("$dir/" . Library::fileName() . ' ' . Library::version() . "\n", $out);
    }

    /** The package's src/ alone, in a temporary directory. */
    private function copyPackage(): void
    {
        $this->package = sys_get_temp_dir() . '/returnkit-lookup-' . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir("{$this->package}/bindings/php", 0o755, true);
        exec('cp -R ' . escapeshellarg(dirname(__DIR__) . '/src') . ' ' . escapeshellarg("{$this->package}/bindings/php/src"), $output, $status);
        $this->assertSame(0, $status, 'copy src/');
    }

    /**
     * Loads the copied package in a child PHP, with RETURNKIT_LIBRARY set to `$env` (unset when
     * null): `[exit status, output]`.
     *
     * @return array{0: int, 1: string}
     */
    private function child(?string $env): array
    {
        $code = 'require ' . var_export("{$this->package}/bindings/php/src/autoload.php", true) . ';'
            . 'try { echo ReturnKit\Library::path(), " ", ReturnKit\Library::version(), "\n"; }'
            . 'catch (ReturnKit\LibraryException $e) { echo "LibraryException: ", $e->getMessage(), "\n"; exit(1); }';
        $environment = getenv();
        unset($environment[Library::ENV]);
        if ($env !== null) {
            $environment[Library::ENV] = $env;
        }
        $process = proc_open([PHP_BINARY, '-r', $code], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment);
        $this->assertIsResource($process);
        $out = (string) stream_get_contents($pipes[1]) . (string) stream_get_contents($pipes[2]);
        return [proc_close($process), $out];
    }
}
