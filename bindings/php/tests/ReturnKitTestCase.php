<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use PHPUnit\Framework\TestCase;
use ReturnKit\ReturnKitException;

/** What the package's tests share: the repository's files, and the fixtures' subset rule. */
abstract class ReturnKitTestCase extends TestCase
{
    /** The returnkit repository. */
    protected static function root(): string
    {
        return dirname(__DIR__, 3);
    }

    protected static function jsonFile(string $relative): array
    {
        return json_decode((string) file_get_contents(self::root() . '/' . $relative), true, 512, JSON_THROW_ON_ERROR);
    }

    /** Runs `$body`, expecting an exception of `$class` with `$code` (and `$field` if given). */
    protected function assertThrowsError(string $class, int $code, ?string $field, string $name, callable $body): void
    {
        try {
            $body();
            $this->fail("$name: expected $class $code, nothing was thrown");
        } catch (ReturnKitException $e) {
            $this->assertTrue(
                $e instanceof $class && $e->getCode() === $code && ($field === null || $e->getField() === $field)
                    && $e->getKind() !== '' && $e->getMessage() !== '',
                sprintf('%s: expected %s %d on %s, got %s %d on %s: %s', $name, $class, $code, $field ?? '*', $e::class,
                    $e->getCode(), $e->getField(), $e->getMessage()),
            );
        }
    }

    /**
     * The fixtures' subset rule: every key of an expected object is in the actual one with a
     * matching value, lists have the same length and match element by element, scalars are
     * identical; with `$nulls`, an expected null also matches a missing key. Returns the path
     * of the first mismatch, or null.
     */
    protected static function subset(mixed $expected, mixed $actual, bool $nulls, string $path = ''): ?string
    {
        if (is_array($expected)) {
            if (!is_array($actual)) {
                return "$path: expected " . json_encode($expected) . ', got ' . json_encode($actual);
            }
            if (array_is_list($expected) && array_is_list($actual)) {
                if (count($expected) !== count($actual)) {
                    return sprintf('%s: %d elements expected, got %d', $path, count($expected), count($actual));
                }
                foreach ($expected as $i => $e) {
                    if (($why = self::subset($e, $actual[$i], $nulls, "{$path}[$i]")) !== null) {
                        return $why;
                    }
                }
                return null;
            }
            foreach ($expected as $key => $e) {
                if (!array_key_exists($key, $actual)) {
                    if ($nulls && $e === null) {
                        continue;
                    }
                    return "$path.$key: missing";
                }
                if (($why = self::subset($e, $actual[$key], $nulls, "$path.$key")) !== null) {
                    return $why;
                }
            }
            return null;
        }
        return $expected === $actual ? null : "$path: expected " . json_encode($expected) . ', got ' . json_encode($actual);
    }
}
