<?php
/**
 * Plugin Name: ReturnKit Returns for WooCommerce (example)
 * Description: Return decisions and exact refunds from returnkit: the customer asks, the shop's policy decides, the refund splits to the cent.
 * Version: 0.1.0
 * Requires PHP: 8.1
 *
 * The shape of a WooCommerce extension around ReturnKitWoo\ReturnDesk: a REST route that the
 * returns form posts to. Outside WordPress (tests, demo.php) only the classes are loaded.
 */

declare(strict_types=1);

// The plugin's own Composer install (`composer require returnkit/returnkit` in its directory),
// or, inside the returnkit repository, the package's autoloader.
require_once is_file(__DIR__ . '/vendor/autoload.php')
    ? __DIR__ . '/vendor/autoload.php'
    : __DIR__ . '/../../bindings/php/src/autoload.php';
require_once __DIR__ . '/src/WooOrderMapper.php';
require_once __DIR__ . '/src/ReturnDesk.php';

if (function_exists('add_action')) {
    add_action('rest_api_init', static function (): void {
        register_rest_route('returnkit/v1', '/orders/(?P<id>\d+)/returns', [
            'methods' => 'POST',
            'permission_callback' => static fn () => is_user_logged_in(),
            'callback' => static function (\WP_REST_Request $request) {
                static $desk = null; // one compiled policy per PHP worker
                $desk ??= ReturnKitWoo\ReturnDesk::fromPolicyFile(
                    get_option('returnkit_policy_file', __DIR__ . '/data/policy.json')
                );
                $order = wc_get_order((int) $request['id']);
                if (!$order || $order->get_customer_id() !== get_current_user_id()) {
                    return new \WP_Error('not_found', 'No such order', ['status' => 404]);
                }
                $controller = new \WC_REST_Orders_Controller();
                $wcOrder = $controller->prepare_object_for_response($order, $request)->get_data();
                $answer = $desk->requestReturn(
                    $wcOrder,
                    (array) $request['items'],
                    (string) ($request['resolution'] ?? 'original_payment'),
                    new \DateTimeImmutable('now', new \DateTimeZone('UTC')),
                );
                return rest_ensure_response($answer);
            },
        ]);
    });
}
