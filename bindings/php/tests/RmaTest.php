<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\ArgumentException;
use ReturnKit\MoneyException;
use ReturnKit\Policy;
use ReturnKit\Rma;
use ReturnKit\TransitionException;

/** A return authorization from submission to refund and close, with the errors on the way. */
final class RmaTest extends ReturnKitTestCase
{
    public function testAReturnFromSubmissionToClose(): void
    {
        $order = self::jsonFile('examples/data/order.json');
        $policy = Policy::fromFile(self::root() . '/examples/c-shop-engine/policy.toml');
        $decision = $policy->decide($order, ['lines' => [
            ['line_id' => 'l1', 'quantity' => 1, 'reason' => 'size_or_fit'],
            ['line_id' => 'l3', 'quantity' => 1, 'reason' => 'changed_mind'],
        ], 'resolution' => 'original_payment'], new \DateTimeImmutable('2026-10-20 11:00:00', new \DateTimeZone('America/Los_Angeles')));

        $rma = Rma::submit([
            'expected_version' => 0, 'idempotency_key' => 'portal-1042-1', 'actor' => 'customer', 'at' => '2026-10-20T18:00:05Z',
            'action' => ['submit' => ['rma_id' => 'rma-1042-1', 'sequence' => 7, 'order' => $order, 'decision' => $decision,
                'resolution' => 'original_payment', 'timezone' => 'America/Los_Angeles']],
        ]);
        $this->assertSame(['submitted'], array_keys($rma->events()[0]['event'] ?? []), 'Rma::submit');
        $this->assertSame('approved', $rma->document()['rma']['authorization'] ?? null, 'the RMA is approved');
        $rma = Rma::fromJson($rma->toJson());
        $this->assertThrowsError(TransitionException::class, 3002, null, 'TransitionException 3002: a customer may not receive items',
            static fn () => $rma->apply(['idempotency_key' => 'c-1', 'actor' => 'customer', 'at' => '2026-10-22T10:00:00Z', 'action' => ['receive_items' => ['lines' => []]]]));
        $this->assertThrowsError(TransitionException::class, 3001, 'command.action', 'TransitionException 3001: approving an approved return',
            static fn () => $rma->apply(['idempotency_key' => 'a-1', 'actor' => 'agent', 'at' => '2026-10-22T10:00:00Z', 'action' => ['approve' => (object) []]]));
        $this->assertThrowsError(TransitionException::class, 3003, 'command.expected_version', 'TransitionException 3003: a stale version',
            static fn () => $rma->apply(['expected_version' => 0, 'idempotency_key' => 'a-2', 'actor' => 'agent', 'at' => '2026-10-22T10:00:00Z', 'action' => ['cancel' => (object) []]]));
        $version = $rma->version();
        $rma->apply(['idempotency_key' => 'rcv-1', 'actor' => 'warehouse', 'at' => '2026-10-25T10:00:00Z', 'action' => ['receive_items' => [
            'lines' => [['line_id' => 'l1', 'quantity' => 1], ['line_id' => 'l3', 'quantity' => 1]]]]]);
        $this->assertSame($version + 1, $rma->version(), 'Rma::apply moves the version on');
        $rma->apply(['idempotency_key' => 'insp-1', 'actor' => 'warehouse', 'at' => '2026-10-25T11:00:00Z', 'action' => ['inspect_items' => ['lines' => [
            ['line_id' => 'l1', 'accepted' => 1, 'rejected' => 0, 'condition' => 'like_new', 'disposition' => 'restock'],
            ['line_id' => 'l3', 'accepted' => 1, 'rejected' => 0, 'condition' => 'like_new', 'disposition' => 'restock'],
        ]]]]);
        $this->assertSame('89.61', $rma->document()['rma']['refund_due'] ?? null, '89.61 is due after inspection');
        $this->assertThrowsError(MoneyException::class, 4008, 'command.action.record_refund.amount', 'MoneyException 4008: a refund beyond what is due',
            static fn () => $rma->apply(['idempotency_key' => 'psp-0', 'actor' => 'agent', 'at' => '2026-10-25T12:00:00Z', 'action' => ['record_refund' => ['amount' => '100.00', 'reference' => 'psp-0']]]));
        $rma->apply(['idempotency_key' => 'psp-1', 'actor' => 'agent', 'at' => '2026-10-25T12:00:00Z', 'action' => ['record_refund' => ['amount' => '89.61', 'reference' => 'psp-1', 'tender_id' => 'card-1']]]);
        $rma->apply(['idempotency_key' => 'close-1', 'actor' => 'agent', 'at' => '2026-10-26T09:00:00Z', 'action' => 'close']);
        $this->assertSame('completed', $rma->status()['status'] ?? null, 'the return is complete');
        $this->assertSame('refunded', $rma->status()['money'] ?? null, 'the money went back');
        $this->assertTrue(is_array($rma->tick(new \DateTimeImmutable('2026-12-01T00:00:00Z'), 'tick-2026-12-01')), 'Rma::tick');
        $this->assertThrowsError(ArgumentException::class, 1001, 'now', 'ArgumentException 1001: a bad tick time', static fn () => $rma->tick('soon', 'tick-x'));
        $this->assertThrowsError(ArgumentException::class, 1009, 'document.schema_version', 'ArgumentException 1009: a document from a newer returnkit',
            static fn () => Rma::fromJson('{"schema_version": 99}')->apply(['expected_version' => 0, 'idempotency_key' => 'k', 'actor' => 'agent', 'at' => '2026-10-26T09:00:00Z', 'action' => 'close']));
    }
}
