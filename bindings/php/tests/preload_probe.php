<?php

/*
 * Run by test.sh under php-cgi, a SAPI where PHP's default
 * ffi.enable=preload forbids FFI outside preloaded code, as in php-fpm. With preload.php and
 * ffi.preload it prints the figures; without them, the LibraryException.
 */

declare(strict_types=1);

try {
    $preloaded = class_exists('ReturnKit\Policy', false);
    if (!$preloaded) {
        require __DIR__ . '/../src/autoload.php';
    }
    echo 'classes: ', $preloaded ? 'preloaded' : 'autoloaded', "\n";
    echo 'library: ', ReturnKit\Library::path() === null ? 'preloaded scope RETURNKIT' : 'FFI::cdef', "\n";
    $root = __DIR__ . '/../../..';
    $policy = ReturnKit\Policy::fromFile("$root/examples/c-shop-engine/policy.toml");
    $order = json_decode(file_get_contents("$root/examples/data/order.json"), true);
    $request = json_decode(file_get_contents("$root/examples/c-shop-engine/return-request.json"), true);
    $decision = $policy->decide($order, $request, '2026-10-20T18:00:00Z');
    echo 'decision: ', $decision->outcome(), ', refund ', $decision->refundQuote()->refund(), "\n";
    try {
        $policy->decide($order, ['lines' => [['line_id' => 'zz', 'quantity' => 1, 'reason' => 'size_or_fit']]], '2026-10-20T18:00:00Z');
    } catch (ReturnKit\ArgumentException $e) {
        echo 'error: ', $e->getCode(), ' ', $e->getField(), "\n";
    }
} catch (ReturnKit\LibraryException $e) {
    echo 'LibraryException: ', $e->getMessage(), "\n";
}
