<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\ArgumentException;
use ReturnKit\ErrorCode;
use ReturnKit\InternalException;
use ReturnKit\Library;
use ReturnKit\MoneyException;
use ReturnKit\PolicyException;
use ReturnKit\ReturnKitException;
use ReturnKit\TransitionException;

/** Every error code of the library maps to one exception class, and docs/errors.md lists them. */
final class ErrorCodesTest extends ReturnKitTestCase
{
    /** @return array<int, string> code => kind, as the library lists them */
    private function library(): array
    {
        $library = [];
        foreach (Library::errorCodes() as ['code' => $code, 'kind' => $kind]) {
            $library[$code] = $kind;
        }
        return $library;
    }

    public function testTheLibraryIsTheVersionInCargoToml(): void
    {
        $cargo = (string) file_get_contents(self::root() . '/Cargo.toml');
        preg_match('/\[workspace\.package\][^\[]*?version\s*=\s*"([^"]+)"/s', $cargo, $m);
        $this->assertSame($m[1] ?? '?', Library::version(), 'the library is the version in Cargo.toml');
    }

    public function testTheCodesAreDocumentedAndNamed(): void
    {
        $codes = Library::errorCodes();
        $this->assertTrue(count($codes) >= 24, 'the library lists its error codes: ' . count($codes));
        preg_match_all('/^\| (\d{4}) \| `([a-z_]+)` \|/m', (string) file_get_contents(self::root() . '/docs/errors.md'), $documented, PREG_SET_ORDER);
        $docs = [];
        foreach ($documented as [, $code, $kind]) {
            $docs[(int) $code] = $kind;
        }
        $library = $this->library();
        $this->assertSame($docs, $library, 'docs/errors.md lists exactly the codes of the library');
        $named = [];
        foreach (ErrorCode::all() as $name => $code) {
            $named[$code] = strtolower($name);
        }
        $this->assertSame($library, $named, 'ErrorCode names every code of the library, by its kind, with its value');
        $this->assertSame(1007, ErrorCode::QUANTITY_EXCEEDED, 'ErrorCode::QUANTITY_EXCEEDED is 1007');
    }

    public function testEveryCodeMapsToExactlyOneAreaClass(): void
    {
        $areaClasses = [ArgumentException::class, PolicyException::class, TransitionException::class, MoneyException::class, InternalException::class];
        $used = [];
        foreach ($this->library() as $code => $kind) {
            $e = ReturnKitException::fromError($code, $kind, 'f', 'm');
            $matching = array_values(array_filter($areaClasses, static fn ($c) => $e instanceof $c));
            $this->assertTrue(count($matching) === 1 && $e->getCode() === $code && $e->getKind() === $kind,
                "code $code ($kind) maps to exactly one exception class: " . implode(', ', $matching));
            $expected = [1 => ArgumentException::class, 2 => PolicyException::class, 3 => TransitionException::class,
                4 => MoneyException::class, 9 => InternalException::class][intdiv($code, 1000)] ?? null;
            $this->assertSame($expected, $e::class, "code $code is in its area's class");
            $used[$e::class] = true;
        }
        $this->assertSame(count($areaClasses), count($used), 'every area class has codes');
        $this->assertSame(InternalException::class, ReturnKitException::classFor(9001), '9001, a caught panic, is an InternalException');
        $this->assertSame(InternalException::class, ReturnKitException::classFor(7001), 'a code of an unknown area is an InternalException');
    }
}
