<?php

declare(strict_types=1);

// For use without Composer: `require 'path/to/bindings/php/src/autoload.php';`.
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'ReturnKit\\')) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen('ReturnKit\\'))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
