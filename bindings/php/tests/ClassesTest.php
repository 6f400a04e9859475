<?php

declare(strict_types=1);

namespace ReturnKit\Tests;

use ReturnKit\ArgumentException;
use ReturnKit\Decision;
use ReturnKit\Library;
use ReturnKit\Money;
use ReturnKit\Policy;
use ReturnKit\RefundQuote;

/** The classes' API: Policy, Decision, RefundQuote and Money, on the sample order. */
final class ClassesTest extends ReturnKitTestCase
{
    private array $order;
    private array $returnRequest;
    private \DateTimeImmutable $now;
    private Policy $policy;
    private Decision $decision;

    protected function setUp(): void
    {
        $this->order = self::jsonFile('examples/data/order.json');
        $this->returnRequest = ['lines' => [
            ['line_id' => 'l1', 'quantity' => 1, 'reason' => 'size_or_fit'],
            ['line_id' => 'l3', 'quantity' => 1, 'reason' => 'changed_mind'],
        ], 'resolution' => 'original_payment'];
        $this->now = new \DateTimeImmutable('2026-10-20 11:00:00', new \DateTimeZone('America/Los_Angeles'));
        $this->policy = Policy::fromFile(self::root() . '/examples/c-shop-engine/policy.toml');
        $this->decision = $this->policy->decide($this->order, $this->returnRequest, $this->now);
    }

    public function testADecisionAndItsQuotes(): void
    {
        $decision = $this->decision;
        $this->assertSame('approve', $decision->outcome(), 'Policy::decide approves');
        $this->assertTrue($decision->isApproved(), 'Decision::isApproved');
        $this->assertSame(['original_payment', 'store_credit'], $decision->resolutions(), 'Decision::resolutions');
        $this->assertSame('customer', $decision->labelPayer(), 'Decision::labelPayer');
        $this->assertSame(2, count($decision->lines()), 'Decision::lines');
        $this->assertSame('2026-11-05', $decision->lines()[0]['deadline'], 'a line has its deadline');
        $quote = $decision->refundQuote();
        $this->assertSame('89.61', $quote?->refund(), 'the decision quotes 89.61 to the original payment');
        $this->assertSame('USD', $quote?->currency(), 'in USD');
        $this->assertSame([['tender_id' => 'card-1', 'kind' => 'card', 'amount' => '89.61']], $quote?->tenders(), 'to the card');
        $this->assertSame([['kind' => 'label_fee', 'amount' => '5.95']], $quote?->deductions(), 'less the label');
        $this->assertSame(['amount' => '89.61', 'bonus' => '8.96', 'total' => '98.57'], $decision->refundQuote('store_credit')?->storeCredit(), 'store credit with its 10% bonus');
        $this->assertSame(null, $decision->refundQuote('exchange'), 'no quote for a resolution not on offer');
        $this->assertSame('89.61', $this->policy->refundQuote($this->order, (array) $decision->refundRequest())->refund(), 'Policy::refundQuote of the offered request');
        $this->assertSame(1, $decision->schemaVersion(), 'a decision states its schema version');
        $this->assertSame(1, $quote?->schemaVersion(), 'its quotes state theirs');
        $this->assertSame(1, RefundQuote::quote($this->order, self::jsonFile('examples/data/request.json'))->schemaVersion(), 'a quote states its schema version');
        $this->assertSame('original_payment', $decision->requestedResolution(), 'Decision::requestedResolution');
    }

    /**
     * Which offer answers the request is the library's rule (Decision::offer in Rust): here the
     * customer asks for store credit and original payment is offered first. Before, this class
     * answered refundQuote() with the first offer whatever the request asked, and the
     * JavaScript package with the one asked for.
     */
    public function testTheOfferThatAnswersTheRequest(): void
    {
        $f = self::jsonFile('tests/fixtures/decide/cond-requested-resolution.json');
        $asked = Policy::fromArray($f['policy'])->decide($f['order'], $f['request'], $f['now']);
        $offers = $asked->toArray()['resolutions'];
        $this->assertSame(['original_payment', 'store_credit', 'exchange'], $asked->resolutions(), 'the fixture offers original payment first');
        $this->assertSame('store_credit', $asked->requestedResolution(), 'the fixture asks for store credit');
        $this->assertSame($offers[1]['quote'], $asked->refundQuote()?->toArray(), 'refundQuote() answers the request: the store credit offer');
        $this->assertSame($offers[1]['request'], $asked->refundRequest(), 'refundRequest() too');
        $this->assertSame($offers[1]['quote'], $asked->refundQuote(null)?->toArray(), 'null asks for the request\'s offer');
        $this->assertSame($offers[0]['quote'], $asked->refundQuote('original_payment')?->toArray(), 'a resolution named wins over the request');
        $this->assertSame($offers[2]['quote'], $asked->refundQuote('exchange')?->toArray(), 'the exchange offer answers exchange');
        $this->assertSame('store_credit', $asked->refundQuote('exchange')?->toArray()['resolution'], 'priced as credit without replacements');
        $stored = json_decode($asked->toJson(), true);
        unset($stored['schema_version'], $stored['requested_resolution']);
        $this->assertSame($offers[0]['quote'], (new Decision((string) json_encode($stored)))->refundQuote()?->toArray(),
            'a decision stored before versions, without the resolution asked: the first offer');
        $stored['schema_version'] = 2;
        $this->assertThrowsError(ArgumentException::class, 1009, 'decision.schema_version', 'a decision from a newer returnkit is refused',
            static fn () => (new Decision((string) json_encode($stored)))->refundQuote());
        $this->assertThrowsError(ArgumentException::class, 1002, 'resolution', 'an unknown resolution is refused', static fn () => $asked->refundQuote('gift_card'));
    }

    public function testDecisionAndQuoteAsData(): void
    {
        $decision = $this->decision;
        $this->assertSame($decision->toArray(), json_decode((string) json_encode($decision), true), 'a Decision encodes as the library wrote it');
        $this->assertSame(json_decode($decision->toJson(), true), $decision->toArray(), 'Decision::toJson');
        $sample = RefundQuote::quote($this->order, self::jsonFile('examples/data/request.json'));
        $this->assertSame('89.61', $sample->refund(), 'RefundQuote::quote of the sample');
        $this->assertSame(['50.00', '39.61'], array_column($sample->tenders(), 'amount'), 'the gift card first, then the card');
        $this->assertSame('80.10', $sample->lines()[0]['merchandise'], 'the shoes: 89.00 less 8.90 of the order discount');
        $this->assertSame('6.46', $sample->totals()['tax'], 'tax 5.81 + 0.65');
    }

    public function testPolicyTextsChecksLabelsAndMoney(): void
    {
        $toml = "name = \"TOML\"\n[window]\ndays = 14\n";
        $this->assertTrue(str_contains(Policy::fromToml($toml)->explain(), '14 days'), 'Policy::fromToml and explain');
        $this->assertSame('MerchantReturnPolicy', $this->policy->explainJsonLd()['@type'] ?? null, 'Policy::explainJsonLd');
        $this->assertSame($this->policy->explain(), $this->policy->summary(), 'Policy::summary without a locale is explain');
        $this->assertSame($this->policy->explain(), $this->policy->summary('pt-BR'), 'Policy::summary in a language without a catalog');
        $this->assertTrue(str_contains($this->policy->summary('de-AT'), 'Tagen'), 'Policy::summary in German');
        $good = Policy::check($toml, 'toml');
        $this->assertSame([true, []], [$good['ok'] ?? null, $good['errors'] ?? null], 'Policy::check of a good policy');
        $bad = Policy::check('{"name": "", "window": {"days": -1}}');
        $this->assertSame(false, $bad['ok'], 'Policy::check of a bad policy');
        $this->assertSame(['policy.name', 'policy.window.days'], array_column($bad['errors'], 'field'), 'Policy::check lists every problem');
        $labelPolicy = Policy::fromJson('{"name": "Labels", "window": {"days": 30}}', [self::jsonFile('examples/rates/us-ground.json')]);
        $label = $labelPolicy->labelQuote(['origin' => ['country' => 'US', 'postal_code' => '94105'],
            'items' => [['line_id' => 's', 'quantity' => 1, 'weight' => ['value' => '0.5', 'unit' => 'lb']]]]);
        $this->assertSame('9.11', $label['chosen']['cost'] ?? null, 'Policy::labelQuote: 7.50 + 0.60 + 12.5% fuel');
        $this->assertSame(['33.34', '33.33', '33.33'], Money::allocate('100.00', 'USD', ['1', '1', '1']), 'Money::allocate');
        $this->assertSame(['333', '667'], Money::allocate('1000', 'JPY', [1, 2]), 'Money::allocate in yen');
    }

    /** The input of a quote or decision, encoded in one pass: the bytes the parts give. */
    public function testInputsEncodeInOnePass(): void
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION;
        $request = ['lines' => [['line_id' => 'l1', 'quantity' => 1]], 'note' => 'a/b é', 'price' => 1.0];
        $this->assertSame('{"order":' . json_encode($this->order, $flags) . ',"request":' . json_encode($request, $flags)
            . ',"now":"2026-10-20T18:00:00Z"}',
            Library::encodeObject(['order' => $this->order, 'request' => $request], ['now' => '2026-10-20T18:00:00Z']));
        $this->assertSame('{"order":{"id": "o"},"request":{"lines":[]},"now":"x"}',
            Library::encodeObject(['order' => '{"id": "o"}', 'request' => ['lines' => []]], ['now' => 'x']), 'JSON text as it is');
        $this->assertThrowsError(ArgumentException::class, 1001, 'now', 'a time that is not UTF-8',
            fn () => $this->policy->decide($this->order, $this->returnRequest, "2026\xff"));
        $again = $this->decision->refundQuote();
        $this->assertSame($this->decision->refundQuote()?->toArray(), $again?->toArray(), 'an offer asked twice is the same');
    }

    public function testAPolicyOwnsItsHandle(): void
    {
        $freed = Policy::fromToml("name = \"TOML\"\n[window]\ndays = 14\n");
        $freed->free();
        $freed->free();
        $this->assertThrowsError(ArgumentException::class, 1002, 'policy', 'a freed policy refuses calls', static fn () => $freed->explain());
        try {
            $copy = clone $this->policy;
            $this->fail('a Policy can not be cloned');
        } catch (\Error) {
            $this->assertTrue(true, 'a Policy can not be cloned');
        }
        try {
            serialize($this->policy);
            $this->fail('a Policy can not be serialized');
        } catch (\LogicException) {
            $this->assertTrue(true, 'a Policy can not be serialized');
        }
    }
}
