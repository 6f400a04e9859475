<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\LibraryException;
use ReturnKit\LibraryInstaller;

/**
 * `returnkit-lib install --archive`: a release archive of the C library, laid out as
 * scripts/release packs it (a versioned shared library and its symbolic links under lib/),
 * is placed when its SHA-256 is the one SHA256SUMS lists, and refused, with nothing placed,
 * when it is not or is not listed.
 */
final class LibraryInstallerTest extends ReturnKitTestCase
{
    private const LINUX = 'libreturnkit-0.1.0-x86_64-unknown-linux-gnu';
    private const DARWIN = 'libreturnkit-0.1.0-aarch64-apple-darwin';

    private string $dir = '';

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/returnkit-installer-' . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir("$this->dir/release", 0o755, true);
        $this->archive(self::LINUX, 'libreturnkit.so.0.1.0', ['libreturnkit.so.0.1', 'libreturnkit.so'], "\x7fELF linux library");
        $this->archive(self::DARWIN, 'libreturnkit.0.1.0.dylib', ['libreturnkit.0.1.dylib', 'libreturnkit.dylib'], "\xcf\xfa\xed\xfe darwin library");
        file_put_contents("$this->dir/release/returnkit-cli-0.1.0-x86_64-unknown-linux-gnu.tar.gz", 'the CLI');
        $this->sums();
    }

    protected function tearDown(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    public function testAReleaseDirectoryGivesThisPlatformsArchive(): void
    {
        $installer = new LibraryInstaller('linux-x86_64', "$this->dir/lib");
        $placed = $installer->fromArchive("$this->dir/release");
        $this->assertSame("$this->dir/lib/linux-x86_64/libreturnkit.so", $placed);
        $this->assertSame("\x7fELF linux library", file_get_contents($placed), 'the versioned file, not a link');

        $installer = new LibraryInstaller('darwin-arm64', "$this->dir/lib");
        $placed = $installer->fromArchive("$this->dir/release/");
        $this->assertSame("$this->dir/lib/darwin-arm64/libreturnkit.dylib", $placed);
        $this->assertSame("\xcf\xfa\xed\xfe darwin library", file_get_contents($placed));
    }

    public function testAnArchiveIsCheckedAgainstTheSumsBesideIt(): void
    {
        $lines = [];
        $installer = new LibraryInstaller('linux-x86_64', "$this->dir/lib", static function (string $line) use (&$lines): void {
            $lines[] = $line;
        });
        $installer->fromArchive("$this->dir/release/" . self::LINUX . '.tar.gz');
        $this->assertSame("\x7fELF linux library", file_get_contents("$this->dir/lib/linux-x86_64/libreturnkit.so"));
        $hash = hash_file('sha256', "$this->dir/release/" . self::LINUX . '.tar.gz');
        $this->assertSame(self::LINUX . ".tar.gz: SHA-256 $hash matches $this->dir/release/SHA256SUMS", $lines[0]);
    }

    public function testATamperedArchiveIsRefusedAndNothingPlaced(): void
    {
        // Another library in the archive's place, the SHA256SUMS of the release unchanged.
        $listed = hash_file('sha256', "$this->dir/release/" . self::LINUX . '.tar.gz');
        $this->archive(self::LINUX, 'libreturnkit.so.0.1.0', ['libreturnkit.so'], "\x7fELF something else");
        $actual = hash_file('sha256', "$this->dir/release/" . self::LINUX . '.tar.gz');
        $this->assertNotSame($listed, $actual);
        $installer = new LibraryInstaller('linux-x86_64', "$this->dir/lib");
        try {
            $installer->fromArchive("$this->dir/release");
            $this->fail('a tampered archive was placed');
        } catch (LibraryException $e) {
            $this->assertSame('SHA-256 mismatch for ' . self::LINUX . ".tar.gz: $this->dir/release/SHA256SUMS lists $listed, "
                . "the archive is $actual; not extracted", $e->getMessage());
        }
        $this->assertDirectoryDoesNotExist("$this->dir/lib");
    }

    public function testAnArchiveTheSumsDoNotListIsRefused(): void
    {
        $installer = new LibraryInstaller('linux-x86_64', "$this->dir/lib");
        $this->expectExceptionObject(new LibraryException(
            "$this->dir/release/SHA256SUMS does not list other.tar.gz: refusing an archive it does not vouch for"));
        copy("$this->dir/release/" . self::LINUX . '.tar.gz', "$this->dir/other.tar.gz");
        $installer->fromArchive("$this->dir/other.tar.gz", "$this->dir/release/SHA256SUMS");
    }

    public function testAPlatformWithoutAnArchiveIsRefused(): void
    {
        $installer = new LibraryInstaller('linux-arm64', "$this->dir/lib");
        try {
            $installer->fromArchive("$this->dir/release");
            $this->fail('an archive was found for linux-arm64');
        } catch (LibraryException $e) {
            $this->assertSame("$this->dir/release/SHA256SUMS lists 0 archives of the C library for aarch64-unknown-linux-gnu (); name the archive",
                $e->getMessage());
        }
        $this->assertFileDoesNotExist("$this->dir/lib/linux-arm64/libreturnkit.so");
    }

    /**
     * `--build`: cargo is run in the checkout with the C library's package and profile (here a
     * stand-in cargo on the PATH that records its arguments and writes a library), and what it
     * built is placed.
     */
    public function testABuildIsPlaced(): void
    {
        $checkout = "$this->dir/checkout";
        mkdir("$checkout/bindings/c", 0o755, true);
        touch("$checkout/bindings/c/Cargo.toml");
        mkdir("$this->dir/bin");
        file_put_contents("$this->dir/bin/cargo", "#!/bin/sh\necho \"$*\" > \"$this->dir/cargo-args\"\n"
            . "profile=debug; case \"$*\" in *--release*) profile=release;; esac\n"
            . "mkdir -p \"\${CARGO_TARGET_DIR:-target}/\$profile\"\n"
            . "printf 'built in %s' \"\$profile\" > \"\${CARGO_TARGET_DIR:-target}/\$profile/libreturnkit.so\"\n");
        chmod("$this->dir/bin/cargo", 0o755);
        $path = (string) getenv('PATH');
        $targetDir = getenv('CARGO_TARGET_DIR');
        putenv("PATH=$this->dir/bin:$path");
        putenv('CARGO_TARGET_DIR');
        try {
            $installer = new LibraryInstaller('linux-x86_64', "$this->dir/lib");
            $placed = $installer->fromBuild($checkout);
            $this->assertSame("build --locked -p returnkit-c --release\n", file_get_contents("$this->dir/cargo-args"));
            $this->assertSame('built in release', file_get_contents($placed));
            $installer->fromBuild($checkout, false);
            $this->assertSame("build --locked -p returnkit-c\n", file_get_contents("$this->dir/cargo-args"));
            $this->assertSame('built in debug', file_get_contents($placed));
        } finally {
            putenv("PATH=$path");
            putenv($targetDir === false ? 'CARGO_TARGET_DIR' : "CARGO_TARGET_DIR=$targetDir");
        }
        $this->expectExceptionObject(new LibraryException("$this->dir/release is not a returnkit source checkout (no bindings/c/Cargo.toml)"));
        $installer->fromBuild("$this->dir/release");
    }

    public function testSumsLines(): void
    {
        $a = str_repeat('a', 64);
        $b = str_repeat('B', 64);
        $this->assertSame(['x.tar.gz' => $a, 'y.crate' => strtolower($b)],
            LibraryInstaller::parseSums("$a  x.tar.gz\n$b *dir/y.crate\nnot a line\n"));
    }

    /** Writes `release/NAME.tar.gz`: NAME/lib/FILE with BYTES, and links to it, by tar. */
    private function archive(string $name, string $file, array $links, string $bytes): void
    {
        $stage = "$this->dir/stage";
        exec('rm -rf ' . escapeshellarg($stage));
        mkdir("$stage/$name/lib", 0o755, true);
        mkdir("$stage/$name/include");
        file_put_contents("$stage/$name/include/returnkit.h", '/* header */');
        file_put_contents("$stage/$name/lib/$file", $bytes);
        $target = $file;
        foreach ($links as $link) {
            symlink($target, "$stage/$name/lib/$link");
            $target = $link;
        }
        exec(sprintf('tar --sort=name -czf %s -C %s %s 2>&1', escapeshellarg("$this->dir/release/$name.tar.gz"),
            escapeshellarg($stage), escapeshellarg($name)), $output, $status);
        $this->assertSame(0, $status, implode("\n", $output));
    }

    /** SHA256SUMS of the release, as `sha256sum` writes it. */
    private function sums(): void
    {
        $lines = '';
        foreach (glob("$this->dir/release/*.tar.gz") ?: [] as $file) {
            $lines .= hash_file('sha256', $file) . '  ' . basename($file) . "\n";
        }
        file_put_contents("$this->dir/release/SHA256SUMS", $lines);
    }
}
