<?php

/*
 * Preloading for php-fpm (and any SAPI other than the CLI under PHP's default
 * ffi.enable=preload, which allows FFI only from preloaded code). In php.ini:
 *
 *     ffi.enable=preload
 *     ffi.preload=/etc/php/returnkit-ffi.h      ; php vendor/bin/returnkit-ffi-header.php /etc/php/returnkit-ffi.h
 *     opcache.enable=1
 *     opcache.preload=/path/to/vendor/returnkit/returnkit/bindings/php/preload.php
 *     opcache.preload_user=www-data
 *
 * `ffi.preload` declares the library as the FFI scope `RETURNKIT` when PHP starts; this script
 * preloads the package's classes, whose calls into FFI PHP then allows in every request. When
 * PHP does not run as root (no opcache.preload_user), this script can declare the scope itself
 * and `ffi.preload` may be left out.
 *
 * Restart php-fpm after upgrading the library or this package: preloaded code stays until then.
 * With a framework's own preload file (Symfony's, Shopware's), point opcache.preload at a file
 * that requires this one and then the framework's: docs/php.md shows it.
 */

declare(strict_types=1);

require_once __DIR__ . '/src/autoload.php';

foreach (glob(__DIR__ . '/src/*.php') as $file) {
    if (basename($file) !== 'autoload.php') {
        // Through the autoloader, so that parents load before their subclasses.
        class_exists('ReturnKit\\' . basename($file, '.php'));
    }
}

(static function (): void {
    try {
        FFI::scope(ReturnKit\Library::SCOPE);
        return; // declared by ffi.preload
    } catch (Throwable) {
    }
    if ((string) ini_get('opcache.preload_user') !== '') {
        // FFI::load() is refused next to opcache.preload_user: ffi.preload must declare it.
        trigger_error('returnkit preload: the FFI scope RETURNKIT is not declared: set ffi.preload to the '
            . 'header that bin/returnkit-ffi-header.php writes', E_USER_WARNING);
        return;
    }
    $library = ReturnKit\Library::find();
    $header = file_get_contents(ReturnKit\Library::header());
    $code = '#define FFI_SCOPE "' . ReturnKit\Library::SCOPE . "\"\n"
        . '#define FFI_LIB "' . addcslashes($library, "\"\\") . "\"\n"
        . $header;
    $path = sys_get_temp_dir() . '/returnkit-ffi-' . md5($code) . '.h';
    if ((is_file($path) || file_put_contents($path, $code) !== false) && FFI::load($path) !== null) {
        return;
    }
    trigger_error("returnkit preload: cannot declare the FFI scope for $library", E_USER_WARNING);
})();
