<?php

declare(strict_types=1);

// The package's classes and the tests' own, without Composer (Debian's phpunit runs these) or
// with it (vendor/bin/phpunit, where Composer's autoloader has them already).
require_once __DIR__ . '/../src/autoload.php';
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'ReturnKit\\Tests\\')) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen('ReturnKit\\Tests\\'))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
