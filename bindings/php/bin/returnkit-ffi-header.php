<?php

/*
 * Writes the header for PHP's `ffi.preload` directive: the PHP-ready declarations with the two
 * #defines FFI needs to declare the scope `RETURNKIT` at startup.
 *
 *     php bin/returnkit-ffi-header.php OUTPUT.h [/path/to/libreturnkit.so]
 *
 * Then, in php.ini: `ffi.preload=OUTPUT.h`. See docs/php.md (php-fpm).
 */

declare(strict_types=1);

require __DIR__ . '/../src/autoload.php';

if ($argc < 2) {
    fwrite(STDERR, "usage: php {$argv[0]} OUTPUT.h [LIBRARY]\n");
    exit(2);
}
$library = $argv[2] ?? ReturnKit\Library::find();
$library = realpath($library) ?: $library;
$header = file_get_contents(ReturnKit\Library::header());
$code = '#define FFI_SCOPE "' . ReturnKit\Library::SCOPE . "\"\n"
    . '#define FFI_LIB "' . addcslashes($library, "\"\\") . "\"\n"
    . $header;
if ($header === false || file_put_contents($argv[1], $code) === false) {
    fwrite(STDERR, "cannot write {$argv[1]}\n");
    exit(1);
}
echo "wrote {$argv[1]} for $library\n";
