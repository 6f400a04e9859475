<?php

/*
 * The plugin without WordPress: a customer returns one pair of shoes (of two) and one pack of
 * socks (of three) from WooCommerce order #1042.
 *
 *     php examples/php-plugin/demo.php [NOW]
 */

declare(strict_types=1);

require __DIR__ . '/returnkit-returns.php';

$desk = ReturnKitWoo\ReturnDesk::fromPolicyFile(__DIR__ . '/data/policy.json');
$wcOrder = json_decode(file_get_contents(__DIR__ . '/data/wc-order-1042.json'), true, 512, JSON_THROW_ON_ERROR);
$answer = $desk->requestReturn(
    $wcOrder,
    [311 => ['qty' => 1, 'reason' => 'size_or_fit'], 313 => ['qty' => 1, 'reason' => 'changed_mind']],
    $argv[2] ?? 'original_payment',
    new DateTimeImmutable($argv[1] ?? '2026-10-20T18:00:00Z'),
);
echo json_encode($answer, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
