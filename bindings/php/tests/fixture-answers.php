<?php

/*
 * Every shared fixture's answer through the package that AUTOLOAD loads, one line each, for
 * package-test.sh to compare between the repository and an installed copy:
 *
 *     php tests/fixture-answers.php AUTOLOAD FIXTURES_DIR > answers.txt
 *
 * Decisions and RMA answers are the library's bytes as the package hands them out; refund and
 * label quotes the package's arrays, JSON-encoded; an error is its code, kind and field. Says
 * on stderr where the classes and the library came from; exits 1 when an RMA answer is not the
 * fixture's bytes.
 */

declare(strict_types=1);

use ReturnKit\Library;
use ReturnKit\Policy;
use ReturnKit\RefundQuote;
use ReturnKit\ReturnKitException;

if ($argc !== 3) {
    fwrite(STDERR, "usage: php {$argv[0]} AUTOLOAD FIXTURES_DIR\n");
    exit(2);
}
require $argv[1];
$dir = $argv[2];
const FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR;

function answer(callable $run): string
{
    try {
        return $run();
    } catch (ReturnKitException $e) {
        return "error {$e->getCode()} {$e->getKind()} {$e->getField()}: {$e->getMessage()}";
    }
}

function read_json(string $file): array
{
    return json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
}

$files = static function (string $pattern): array {
    $found = glob($pattern) ?: [];
    sort($found);
    return $found;
};

foreach ($files("$dir/refund/*.json") as $file) {
    $f = read_json($file);
    echo 'refund/', basename($file), ' ', answer(static fn () => json_encode(RefundQuote::quote($f['order'], $f['request'])->toArray(), FLAGS)), "\n";
}
foreach ($files("$dir/decide/*.json") as $file) {
    $f = read_json($file);
    $cards = isset($f['cards']) ? array_map(static fn (string $path) => read_json(dirname($dir, 2) . "/$path"), $f['cards']) : null;
    echo 'decide/', basename($file), ' ', answer(static fn () => Policy::fromArray($f['policy'], $cards)->decide($f['order'], $f['request'], $f['now'])->toJson()), "\n";
}
foreach ($files("$dir/label/*.json") as $file) {
    $f = read_json($file);
    $cards = array_map(static fn (string $path) => read_json(dirname($dir, 2) . "/$path"), $f['cards']);
    echo 'label/', basename($file), ' ', answer(static fn () => json_encode(
        Policy::fromJson('{"name": "Label fixtures", "window": {"days": 30}}', $cards)->labelQuote($f['request']),
        FLAGS,
    )), "\n";
}
$mismatches = 0;
foreach ($files("$dir/rma/v2/*.document.json") as $file) {
    $case = basename($file, '.document.json');
    $command = (string) file_get_contents("$dir/rma/v2/$case.command.json");
    $expected = (string) file_get_contents("$dir/rma/v2/$case.answer.json");
    foreach (['v1', 'v2'] as $version) {
        $document = (string) file_get_contents("$dir/rma/$version/$case.document.json");
        $answer = answer(static fn () => Library::callString('rk_rma_apply', $document, strlen($document), $command, strlen($command)));
        if ($answer !== $expected) {
            $mismatches++;
            fwrite(STDERR, "rma/$version/$case: not the fixture's answer\n");
        }
        echo "rma/$version/$case ", $answer, "\n";
    }
}
foreach ($files("$dir/rma/locale/*.document.json") as $file) {
    $case = basename($file, '.document.json');
    $command = (string) file_get_contents("$dir/rma/locale/$case.command.json");
    $expected = (string) file_get_contents("$dir/rma/locale/$case.answer.json");
    $document = (string) file_get_contents($file);
    $answer = answer(static fn () => Library::callString('rk_rma_apply', $document, strlen($document), $command, strlen($command)));
    if ($answer !== $expected) {
        $mismatches++;
        fwrite(STDERR, "rma/locale/$case: not the fixture's answer\n");
    }
    echo "rma/locale/$case ", $answer, "\n";
}
fwrite(STDERR, sprintf("classes: %s\nlibrary: %s\n", dirname((string) (new ReflectionClass(Library::class))->getFileName()),
    Library::path() ?? 'the preloaded scope'));
exit($mismatches === 0 ? 0 : 1);
