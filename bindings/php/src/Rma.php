<?php

declare(strict_types=1);

namespace ReturnKit;

/**
 * A return authorization (docs/rma.md): a document the shop stores (a JSON column), and the
 * commands that move it along: submit, approve, issue a label, receive, inspect, refund,
 * close, and ticks of time. Each command gives events; errors are TransitionException (3xxx)
 * when the state, the actor or the version does not allow it.
 *
 * A command names what it asks in its `action`: one key, the command, holding its fields
 * (`['cancel' => ['reason' => '...']]`; `(object) []` when it has none to give, since PHP
 * encodes an empty array as a JSON list), or the name alone for `close` and `tick`. Events
 * likewise name what happened in their `event`. Stored documents of schema version 1 load and
 * are written back as version 2 (docs/wire.md).
 *
 * ```php
 * $rma = Rma::submit(['expected_version' => 0, 'idempotency_key' => 'portal-1', 'actor' => 'customer',
 *     'at' => '2026-11-10T14:00:05Z', 'action' => ['submit' => ['rma_id' => 'rma-1', 'sequence' => 1,
 *     'order' => $order, 'decision' => $decision, 'resolution' => 'original_payment']]]);
 * $db->save($rma->toJson());
 * $rma = Rma::fromJson($db->load());
 * $events = $rma->apply(['actor' => 'warehouse', 'idempotency_key' => 'rcv-1', 'at' => ...,
 *     'action' => ['receive_items' => ['lines' => [...]]]]);
 * ```
 */
final class Rma
{
    private array $document;

    private function __construct(private string $json, private array $events = [])
    {
        $this->document = Library::decode($json);
    }

    /**
     * Opens an RMA from a `submit` command (`order` and `decision` inside; a {@see Decision}
     * object may stand for the decision).
     */
    public static function submit(array|string $command): self
    {
        $json = Library::encode($command, 'command');
        $outcome = Library::callString('rk_rma_submit', $json, strlen($json));
        return self::fromOutcome($outcome);
    }

    /** An RMA from its stored document (the JSON text from {@see toJson()}, or its array). */
    public static function fromJson(string $document): self
    {
        return new self($document);
    }

    public static function fromArray(array $document): self
    {
        return new self(Library::encode($document, 'document'));
    }

    /**
     * Applies a command and returns its events. `expected_version` defaults to the document's
     * current version; repeating a command's `idempotency_key` changes nothing and returns the
     * first events.
     */
    public function apply(array|string $command): array
    {
        if (is_array($command) && !array_key_exists('expected_version', $command)) {
            $command['expected_version'] = $this->version();
        }
        $json = Library::encode($command, 'command');
        $outcome = Library::callString('rk_rma_apply', $this->json, strlen($this->json), $json, strlen($json));
        return $this->replace($outcome);
    }

    /**
     * Lets time pass: expires approvals not shipped by their date and flags refunds due or
     * overdue. Returns the events (often none).
     */
    public function tick(\DateTimeInterface|string $now, string $idempotencyKey): array
    {
        $at = Library::instant($now);
        $outcome = Library::callString(
            'rk_rma_tick',
            $this->json,
            strlen($this->json),
            $at,
            strlen($at),
            $idempotencyKey,
            strlen($idempotencyKey),
        );
        return $this->replace($outcome);
    }

    /** The document: `schema_version`, `rma` (its state), `status` and `events`. */
    public function document(): array
    {
        return $this->document;
    }

    /** The document as JSON, to store. */
    public function toJson(): string
    {
        return $this->json;
    }

    /** The RMA's version: the number of commands that changed it. */
    public function version(): int
    {
        return (int) $this->document['rma']['version'];
    }

    /** What the customer sees: `status`, `message`, `money` and the `timeline`. */
    public function status(): array
    {
        return $this->document['status'];
    }

    /** The events of the last command. */
    public function events(): array
    {
        return $this->events;
    }

    private static function fromOutcome(string $outcome): self
    {
        $rma = new self('{"rma":{"version":0},"status":{}}');
        $rma->replace($outcome);
        return $rma;
    }

    private function replace(string $outcome): array
    {
        $decoded = json_decode($outcome, false, 512, JSON_THROW_ON_ERROR);
        // Keep the document's exact JSON (empty objects stay objects) for the next command; the
        // arrays come from one more pass over the outcome, not from encoding them again.
        $this->json = json_encode($decoded->document, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
            | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
        $arrays = Library::decode($outcome);
        $this->document = $arrays['document'];
        $this->events = $arrays['events'];
        return $this->events;
    }
}
