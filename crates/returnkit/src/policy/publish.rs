//! Publishing a compiled policy: schema.org `MerchantReturnPolicy` JSON-LD for search engines,
//! and a plain-language summary for the shop's returns page. Both are generated from the same
//! document the decision engine runs on, so what customers read is what the engine decides.
//!
//! Both outputs are deterministic (the same policy always gives the same bytes) and never panic.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use super::compile::Policy;
use super::document::*;
use super::reason::{ReasonClass, STANDARD_REASONS};
use crate::money::Currency;
use crate::order::Exemption;
use crate::refund::{Condition as ItemCondition, FeeScope, Resolution};

use crate::decision::statute::{REFUND_DAYS, SHORT_TERM_REJECT_DAYS, WITHDRAWAL_DAYS};

const SCHEMA: &str = "https://schema.org/";

impl Policy {
    /// The policy as schema.org [`MerchantReturnPolicy`](https://schema.org/MerchantReturnPolicy)
    /// JSON-LD, ready to embed in a `<script type="application/ld+json">` tag.
    ///
    /// What it publishes, from the policy document:
    ///
    /// - `applicableCountry` from `countries` (omitted when empty); multi-valued properties
    ///   (`applicableCountry`, `refundType`, `returnPolicySeasonalOverride`) are always arrays.
    /// - `returnPolicyCategory`: `MerchantReturnFiniteReturnWindow` with `merchantReturnDays`,
    ///   `MerchantReturnUnlimitedWindow`, or `MerchantReturnNotPermitted` when a rule without
    ///   conditions denies every return. With a jurisdiction, the days are at least the 14 of
    ///   the statutory withdrawal period, as the engine grants them.
    /// - `returnMethod`: `ReturnByMail`.
    /// - `refundType` from `resolutions` (`FullRefund`, `StoreCreditRefund`, `ExchangeRefund`).
    /// - `restockingFee`: a `MonetaryAmount` for a flat fee, a number (percent) for a percent fee.
    /// - `customerRemorseReturnFees` and `itemDefectReturnFees`, each with its
    ///   `…ReturnShippingFeesAmount` and `…ReturnLabelSource`; `returnFees` and
    ///   `returnShippingFeesAmount` repeat the customer-remorse terms. The fee type is
    ///   `ReturnFeesCustomerResponsibility` when the customer arranges shipping (or pays an amount
    ///   in an unknown currency), `ReturnShippingFees` with the flat amount deducted per return
    ///   (label fee plus handling fee) when there is one, `RestockingFees` when only a restocking
    ///   fee applies, and `FreeReturn` otherwise.
    /// - `returnPolicySeasonalOverride` for rules whose condition is an `order_date` range (alone
    ///   or inside `all`) and whose actions set the window, when they lengthen it.
    ///
    /// ```
    /// use returnkit::policy::Policy;
    /// let policy = Policy::from_json(r#"{
    ///   "name": "Free 30-day returns", "currency": "USD", "countries": ["US"],
    ///   "window": {"days": 30},
    ///   "resolutions": ["original_payment", "store_credit"]
    /// }"#).unwrap();
    /// let ld = policy.to_json_ld();
    /// assert_eq!(ld["@type"], "MerchantReturnPolicy");
    /// assert_eq!(ld["merchantReturnDays"], 30);
    /// assert_eq!(ld["returnPolicyCategory"], "https://schema.org/MerchantReturnFiniteReturnWindow");
    /// assert_eq!(ld["returnFees"], "https://schema.org/FreeReturn");
    /// assert_eq!(ld["applicableCountry"][0], "US");
    /// assert_eq!(ld["refundType"][1], "https://schema.org/StoreCreditRefund");
    /// ```
    pub fn to_json_ld(&self) -> Value {
        let doc = &self.doc;
        let currency = doc.currency;
        let mut m = Map::new();
        put(&mut m, "@context", "https://schema.org");
        put(&mut m, "@type", "MerchantReturnPolicy");
        put(&mut m, "name", doc.name.as_str());
        if !doc.countries.is_empty() {
            let countries = doc.countries.iter().map(|c| Value::from(c.as_str()));
            m.insert(
                "applicableCountry".into(),
                Value::Array(countries.collect()),
            );
        }

        let window = published_window(doc);
        match window {
            PublishedWindow::NotPermitted => {
                put(
                    &mut m,
                    "returnPolicyCategory",
                    schema("MerchantReturnNotPermitted"),
                );
                return Value::Object(m);
            }
            PublishedWindow::Unlimited => put(
                &mut m,
                "returnPolicyCategory",
                schema("MerchantReturnUnlimitedWindow"),
            ),
            PublishedWindow::Days(days) => {
                put(
                    &mut m,
                    "returnPolicyCategory",
                    schema("MerchantReturnFiniteReturnWindow"),
                );
                m.insert("merchantReturnDays".into(), Value::from(days));
            }
        }
        put(&mut m, "returnMethod", schema("ReturnByMail"));

        let refund_types: Vec<Value> = offered_resolutions(doc)
            .into_iter()
            .map(|r| Value::from(schema(refund_type(r))))
            .collect();
        m.insert("refundType".into(), Value::Array(refund_types));

        if let Some(fee) = doc.fees.restocking.as_ref().filter(|r| charges(r)) {
            let value = match fee {
                RestockingSpec::Percent { percent } => number(*percent),
                RestockingSpec::Flat { amount, .. } => monetary_amount(*amount, currency),
            };
            m.insert("restockingFee".into(), value);
        }

        let remorse = fee_terms(doc, ReasonClass::Remorse);
        let defect = fee_terms(doc, ReasonClass::MerchantFault);
        put(&mut m, "returnFees", schema(remorse.fees));
        if let Some(a) = remorse.amount {
            m.insert(
                "returnShippingFeesAmount".into(),
                monetary_amount(a, currency),
            );
        }
        put(&mut m, "customerRemorseReturnFees", schema(remorse.fees));
        if let Some(a) = remorse.amount {
            m.insert(
                "customerRemorseReturnShippingFeesAmount".into(),
                monetary_amount(a, currency),
            );
        }
        put(
            &mut m,
            "customerRemorseReturnLabelSource",
            schema(remorse.label_source),
        );
        put(&mut m, "itemDefectReturnFees", schema(defect.fees));
        if let Some(a) = defect.amount {
            m.insert(
                "itemDefectReturnShippingFeesAmount".into(),
                monetary_amount(a, currency),
            );
        }
        put(
            &mut m,
            "itemDefectReturnLabelSource",
            schema(defect.label_source),
        );

        if let PublishedWindow::Days(base) = window {
            let overrides: Vec<Value> = doc
                .rules
                .iter()
                .filter_map(|rule| seasonal_override(rule, base))
                .collect();
            if !overrides.is_empty() {
                m.insert(
                    "returnPolicySeasonalOverride".into(),
                    Value::Array(overrides),
                );
            }
        }
        Value::Object(m)
    }

    /// A plain-language summary of the policy for the shop's returns page: the policy's name on
    /// the first line, then one short sentence per line, each starting with `- `.
    ///
    /// It covers the window and what it counts from, the time zone and business-day extension,
    /// the refund options, fees, who pays return shipping for changed-mind and for faulty items,
    /// bonus credit, the keep-the-item threshold, the store-credit-only cutoff, final sale, each
    /// rule (its description, or a sentence generated from its conditions and actions), and the
    /// consumer-law profile. Amounts carry the policy's currency code when it has one.
    ///
    /// ```
    /// use returnkit::policy::Policy;
    /// let policy = Policy::from_json(r#"{
    ///   "name": "Standard returns", "currency": "EUR", "jurisdiction": "eu",
    ///   "window": {"days": 30},
    ///   "fees": {"restocking": {"type": "percent", "percent": 15}}
    /// }"#).unwrap();
    /// let text = policy.summary();
    /// assert!(text.starts_with("Standard returns\n"));
    /// assert!(text.contains("within 30 days of delivery"));
    /// assert!(text.contains("15%"));
    /// assert!(text.contains("EU customers can withdraw within 14 days of delivery"));
    /// ```
    pub fn summary(&self) -> String {
        let doc = &self.doc;
        let cur = doc.currency;
        let mut out: Vec<String> = Vec::new();
        let mut say = |s: String| out.push(s);

        // The window.
        let anchor = anchor_words(doc.window.from);
        match doc.window.days {
            _ if doc.window.unlimited => {
                say("You can return items at any time: there is no time limit.".into())
            }
            Some(0) => say(format!(
                "You can return items until the end of the day {}.",
                anchor_day_words(doc.window.from)
            )),
            Some(d) => say(format!(
                "You can return items within {} {anchor}.",
                count(d, "day", "days")
            )),
            None => {}
        }
        if !doc.window.unlimited {
            if doc.window.from == WindowStart::Delivery {
                let buffer = doc.window.transit_buffer_days;
                say(if buffer > 0 {
                    format!(
                        "If we can't confirm when an item was delivered, the window starts {} after we ship it.",
                        count(buffer, "day", "days")
                    )
                } else {
                    "If we can't confirm when an item was delivered, the window starts when we ship it."
                        .into()
                });
            }
            let mut tz = format!("Deadlines end at midnight, shop time ({}).", doc.timezone);
            if doc.window.extend_to_business_day {
                tz.push_str(
                    " A deadline that falls on a weekend or public holiday moves to the next business day",
                );
                let mut holidays = doc.window.holidays.clone();
                holidays.sort_unstable();
                holidays.dedup();
                if holidays.is_empty() {
                    tz.push('.');
                } else {
                    let days: Vec<String> = holidays.iter().map(|d| d.to_string()).collect();
                    tz.push_str(&format!(" (holidays: {}).", days.join(", ")));
                }
            }
            say(tz);
        }

        // Resolutions.
        let options: Vec<String> = doc
            .resolutions
            .iter()
            .map(|r| resolution_words(*r).to_string())
            .collect();
        say(format!("Refund options: {}.", join(&options, "or")));
        if let Some(d) = doc.store_credit_only_after_days {
            say(format!(
                "After {} {}, refunds are given as store credit only.",
                count(d, "day", "days"),
                since_words(doc.window.from)
            ));
        }
        if let Some(b) = &doc.bonus.store_credit {
            say(format!(
                "Choose store credit and get {} extra.",
                bonus_words(b, cur)
            ));
        }
        if let Some(b) = &doc.bonus.exchange {
            say(format!(
                "Choose an exchange and get {} extra.",
                bonus_words(b, cur)
            ));
        }

        // Fees.
        let fees_apply_to = if doc.fees.charge_merchant_fault {
            "every return"
        } else {
            "change-of-mind returns"
        };
        if let Some(r) = doc.fees.restocking.as_ref().filter(|r| charges(r)) {
            say(format!(
                "A restocking fee of {} is deducted from {fees_apply_to}.",
                restocking_words(r, cur)
            ));
        }
        if let Some(fee) = doc.fees.return_fee.filter(|a| *a > Decimal::ZERO) {
            say(format!(
                "A handling fee of {} per return is deducted from {fees_apply_to}.",
                money(fee, cur)
            ));
        }

        // Return shipping.
        say(format!(
            "Changed your mind? {}",
            shipping_words(doc.label.remorse, doc.fees.label_fee, cur)
        ));
        let mut fault = format!(
            "Faulty, damaged or wrong item? {}",
            shipping_words(doc.label.merchant_fault, doc.fees.label_fee, cur)
        );
        let has_fees = doc.fees.restocking.as_ref().is_some_and(charges)
            || doc.fees.return_fee.is_some_and(|a| a > Decimal::ZERO);
        if has_fees && !doc.fees.charge_merchant_fault {
            fault.push_str(" No restocking or handling fee is charged.");
        }
        if doc.refund_shipping_on_merchant_fault {
            fault.push_str(" We also refund your original shipping.");
        }
        say(fault);

        // Inspection, keep-item, final sale, review.
        for d in &doc.inspection {
            say(format!(
                "Items that come back {} have {} deducted from their refund.",
                condition_words(d.condition),
                percent(d.percent)
            ));
        }
        if let Some(k) = &doc.keep_item {
            if let Some(threshold) = k.threshold {
                say(format!(
                    "If the items you return are worth {} or less before tax, keep them: you get your refund without sending them back.",
                    money(threshold, cur)
                ));
            }
            if k.when_uneconomic {
                say("When shipping an item back would cost more than it is worth to us, keep it: you get your refund without sending it back.".into());
            }
        }
        say(if doc.jurisdiction.is_some() {
            "Items sold as final sale can't be returned, unless the law gives you a right to return them (see below)."
                .into()
        } else {
            "Items sold as final sale can't be returned.".into()
        });
        if let Some(v) = doc.review.value_over {
            say(format!(
                "Returns worth more than {} before tax are checked by our team before approval.",
                money(v, cur)
            ));
        }
        if let Some(n) = doc.review.items_over {
            say(format!(
                "Returns of more than {} are checked by our team before approval.",
                count(n, "item", "items")
            ));
        }

        // Rules.
        for rule in &doc.rules {
            let description = rule.description.trim();
            say(if description.is_empty() {
                rule_sentence(doc, rule)
            } else {
                description.to_string()
            });
        }

        // Consumer law.
        if let Some(j) = doc.jurisdiction {
            for s in statutory_sentences(j, doc) {
                say(s);
            }
        }

        let mut text = doc.name.trim().to_string();
        text.push('\n');
        for line in out {
            text.push_str("- ");
            text.push_str(&line);
            text.push('\n');
        }
        text
    }
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

/// The window as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PublishedWindow {
    NotPermitted,
    Unlimited,
    Days(i64),
}

fn published_window(doc: &PolicyDocument) -> PublishedWindow {
    let denies_all = doc
        .rules
        .iter()
        .any(|r| r.when.is_none() && r.then.iter().any(|a| matches!(a, Action::Deny(_))));
    let statutory_floor = doc.jurisdiction.map(|_| WITHDRAWAL_DAYS);
    if denies_all {
        // Consumer law clears denials within the withdrawal period.
        return match statutory_floor {
            Some(days) => PublishedWindow::Days(days),
            None => PublishedWindow::NotPermitted,
        };
    }
    if doc.window.unlimited {
        return PublishedWindow::Unlimited;
    }
    let days = doc.window.days.unwrap_or(0);
    PublishedWindow::Days(statutory_floor.map_or(days, |floor| days.max(floor)))
}

/// The resolutions every return can get: the document's, plus the refund to the original
/// payment that consumer law always keeps.
fn offered_resolutions(doc: &PolicyDocument) -> Vec<Resolution> {
    let mut list = doc.resolutions.clone();
    if doc.jurisdiction.is_some() && !list.contains(&Resolution::OriginalPayment) {
        list.insert(0, Resolution::OriginalPayment);
    }
    list
}

fn refund_type(r: Resolution) -> &'static str {
    match r {
        Resolution::OriginalPayment => "FullRefund",
        Resolution::StoreCredit => "StoreCreditRefund",
        Resolution::Exchange => "ExchangeRefund",
    }
}

/// Whether a restocking fee charges anything.
fn charges(r: &RestockingSpec) -> bool {
    match r {
        RestockingSpec::Percent { percent } => *percent > Decimal::ZERO,
        RestockingSpec::Flat { amount, .. } => *amount > Decimal::ZERO,
    }
}

/// Return fees and label source for one reason class.
struct FeeTerms {
    fees: &'static str,
    amount: Option<Decimal>,
    label_source: &'static str,
}

fn fee_terms(doc: &PolicyDocument, class: ReasonClass) -> FeeTerms {
    let short_term_reject =
        class == ReasonClass::MerchantFault && doc.jurisdiction == Some(Jurisdiction::Uk);
    let (payer, fees_apply) = match class {
        // The UK short-term right to reject: free, with the merchant's label.
        _ if short_term_reject => (LabelPayer::Merchant, false),
        ReasonClass::Remorse => (doc.label.remorse, true),
        ReasonClass::MerchantFault => (doc.label.merchant_fault, doc.fees.charge_merchant_fault),
    };
    if payer == LabelPayer::CustomerArranged {
        return FeeTerms {
            fees: "ReturnFeesCustomerResponsibility",
            amount: None,
            label_source: "ReturnLabelCustomerResponsibility",
        };
    }
    let label_source = "ReturnLabelDownloadAndPrint";
    let positive = |a: Option<Decimal>| a.filter(|a| *a > Decimal::ZERO);
    let label = positive(doc.fees.label_fee).filter(|_| payer == LabelPayer::Customer);
    let handling = positive(doc.fees.return_fee).filter(|_| fees_apply);
    let flat = match (label, handling) {
        (None, None) => None,
        (Some(a), None) | (None, Some(a)) => Some(Some(a)),
        (Some(a), Some(b)) => Some(a.checked_add(b)),
    };
    match flat {
        Some(Some(amount)) if doc.currency.is_some() => FeeTerms {
            fees: "ReturnShippingFees",
            amount: Some(amount),
            label_source,
        },
        // An amount in an unknown currency, or too large to add up.
        Some(_) => FeeTerms {
            fees: "ReturnFeesCustomerResponsibility",
            amount: None,
            label_source,
        },
        None if fees_apply && doc.fees.restocking.as_ref().is_some_and(charges) => FeeTerms {
            fees: "RestockingFees",
            amount: None,
            label_source,
        },
        None => FeeTerms {
            fees: "FreeReturn",
            amount: None,
            label_source,
        },
    }
}

/// The order dates a condition limits a rule to: an `order_date` range, or the intersection of
/// those inside `all`. `None` when the condition is not limited to dates, or can never hold.
fn order_dates(c: &Condition) -> Option<(NaiveDate, NaiveDate)> {
    match c {
        Condition::OrderDate(d) => Some((d.from, d.to)),
        Condition::All(cs) => cs
            .iter()
            .filter_map(order_dates)
            .reduce(|(f1, t1), (f2, t2)| (f1.max(f2), t1.min(t2))),
        _ => None,
    }
    .filter(|(from, to)| from <= to)
}

/// A `MerchantReturnPolicySeasonalOverride` for a rule that sets the window for orders placed
/// within dates, when it lengthens the published `base` window.
fn seasonal_override(rule: &Rule, base: i64) -> Option<Value> {
    let (start, end) = rule.when.as_ref().and_then(order_dates)?;
    let days = rule.then.iter().find_map(|a| match a {
        Action::WindowDays(d) if *d > base => Some(Value::from(*d)),
        Action::WindowUntil(day) => Some(Value::from(day.to_string())),
        _ => None,
    })?;
    let mut m = Map::new();
    put(&mut m, "@type", "MerchantReturnPolicySeasonalOverride");
    put(&mut m, "startDate", start.to_string());
    put(&mut m, "endDate", end.to_string());
    put(
        &mut m,
        "returnPolicyCategory",
        schema("MerchantReturnFiniteReturnWindow"),
    );
    m.insert("merchantReturnDays".into(), days);
    Some(Value::Object(m))
}

fn put(m: &mut Map<String, Value>, key: &str, value: impl Into<String>) {
    m.insert(key.into(), Value::String(value.into()));
}

fn schema(term: &str) -> String {
    format!("{SCHEMA}{term}")
}

/// A decimal as a JSON number (exact for whole numbers), or a string if it can't be one.
fn number(d: Decimal) -> Value {
    let text = d.normalize().to_string();
    if let Ok(n) = text.parse::<i64>() {
        return Value::from(n);
    }
    match text.parse::<serde_json::Number>() {
        Ok(n) => Value::Number(n),
        Err(_) => Value::String(text),
    }
}

fn monetary_amount(amount: Decimal, currency: Option<Currency>) -> Value {
    let mut m = Map::new();
    put(&mut m, "@type", "MonetaryAmount");
    m.insert("value".into(), number(amount));
    if let Some(c) = currency {
        put(&mut m, "currency", c.code());
    }
    Value::Object(m)
}

// ---------------------------------------------------------------------------------------------
// Summary

fn count(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `a`, `a or b`, `a, b or c`.
fn join(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

/// An amount, padded to the currency's minor digits, with its code when known.
fn money(amount: Decimal, currency: Option<Currency>) -> String {
    let mut d = amount.normalize();
    match currency {
        Some(c) => {
            if d.scale() < c.minor_digits() {
                d.rescale(c.minor_digits());
            }
            format!("{d} {}", c.code())
        }
        None => d.to_string(),
    }
}

fn percent(p: Decimal) -> String {
    format!("{}%", p.normalize())
}

fn anchor_words(from: WindowStart) -> &'static str {
    match from {
        WindowStart::Delivery => "of delivery",
        WindowStart::Fulfillment => "of shipping",
        WindowStart::Order => "of placing your order",
    }
}

fn since_words(from: WindowStart) -> &'static str {
    match from {
        WindowStart::Delivery => "from delivery",
        WindowStart::Fulfillment => "from shipping",
        WindowStart::Order => "from your order date",
    }
}

fn anchor_day_words(from: WindowStart) -> &'static str {
    match from {
        WindowStart::Delivery => "they are delivered",
        WindowStart::Fulfillment => "they ship",
        WindowStart::Order => "you place your order",
    }
}

fn resolution_words(r: Resolution) -> &'static str {
    match r {
        Resolution::OriginalPayment => "a refund to your original payment method",
        Resolution::StoreCredit => "store credit",
        Resolution::Exchange => "an exchange",
    }
}

fn scope_words(per: FeeScope) -> &'static str {
    match per {
        FeeScope::Unit => "per item",
        FeeScope::Line => "per product returned",
        FeeScope::Return => "per return",
    }
}

fn restocking_words(r: &RestockingSpec, cur: Option<Currency>) -> String {
    match r {
        RestockingSpec::Percent { percent: p } => format!("{} of the item price", percent(*p)),
        RestockingSpec::Flat { amount, per } => {
            format!("{} {}", money(*amount, cur), scope_words(*per))
        }
    }
}

fn bonus_words(b: &BonusSpec, cur: Option<Currency>) -> String {
    match b {
        BonusSpec::Percent { percent: p } => percent(*p),
        BonusSpec::Flat { amount } => money(*amount, cur),
    }
}

/// Who pays return shipping, as the engine charges it: a label fee is deducted only when the
/// customer pays the label and the policy sets one.
fn shipping_words(payer: LabelPayer, label_fee: Option<Decimal>, cur: Option<Currency>) -> String {
    match payer {
        LabelPayer::Merchant => "Return shipping is free: we send you a prepaid label.".into(),
        LabelPayer::Customer => match label_fee.filter(|a| *a > Decimal::ZERO) {
            Some(fee) => format!(
                "We send you a return label and deduct {} for it from your refund.",
                money(fee, cur)
            ),
            None => "We send you a return label at no cost.".into(),
        },
        LabelPayer::CustomerArranged => {
            "You send the items back yourself, at your own cost.".into()
        }
    }
}

fn condition_words(c: ItemCondition) -> &'static str {
    match c {
        ItemCondition::New => "unused",
        ItemCondition::LikeNew => "opened but like new",
        ItemCondition::Used => "used",
        ItemCondition::Damaged => "damaged",
        ItemCondition::Missing => "missing from the parcel",
        ItemCondition::WrongItem => "not the item we sold",
    }
}

fn exemption_words(e: Exemption) -> &'static str {
    match e {
        Exemption::Personalised => "personalised",
        Exemption::Perishable => "perishable",
        Exemption::SealedHygiene => "sealed hygiene",
        Exemption::SealedMedia => "sealed media",
    }
}

fn reason_label(doc: &PolicyDocument, code: &str) -> String {
    let standard = STANDARD_REASONS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, label)| (*label).to_string());
    let custom = || {
        doc.reasons
            .iter()
            .find(|r| r.code == code && !r.label.trim().is_empty())
            .map(|r| r.label.trim().to_string())
    };
    format!(
        "\"{}\"",
        standard.or_else(custom).unwrap_or_else(|| code.to_string())
    )
}

fn range<T: Copy>(r: &Range<T>, show: impl Fn(T) -> String) -> String {
    match (r.at_least, r.at_most) {
        (Some(lo), Some(hi)) => format!("{} to {}", show(lo), show(hi)),
        (Some(lo), None) => format!("{} or more", show(lo)),
        (None, Some(hi)) => format!("{} or less", show(hi)),
        (None, None) => "any amount".into(),
    }
}

fn words(list: &[String]) -> String {
    join(list, "or")
}

fn kinds(list: &[String], one: &str, many: &str) -> String {
    let noun = if list.len() == 1 { one } else { many };
    format!("{noun} {}", words(list))
}

/// A condition as a plural noun phrase naming what it matches, in lower case.
fn subject(doc: &PolicyDocument, c: &Condition) -> String {
    let cur = doc.currency;
    let m = |a: Decimal| money(a, cur);
    let n = |v: i64| v.to_string();
    let compound = |cs: &[Condition], word: &str| {
        let parts: Vec<String> = cs
            .iter()
            .map(|c| match c {
                Condition::All(_) | Condition::Any(_) => format!("({})", subject(doc, c)),
                _ => subject(doc, c),
            })
            .collect();
        parts.join(&format!(" {word} "))
    };
    match c {
        Condition::All(cs) => compound(cs, "and"),
        Condition::Any(cs) => compound(cs, "or"),
        Condition::Not(c) => format!("returns other than {}", subject(doc, c)),
        Condition::Sku(l) => format!("items with {}", kinds(l, "SKU", "SKUs")),
        Condition::ProductId(l) => format!("items of {}", kinds(l, "product", "products")),
        Condition::Category(l) => format!("items in {}", kinds(l, "category", "categories")),
        Condition::ProductTag(l) => format!("items tagged {}", words(l)),
        Condition::Price(r) => format!("items priced {}", range(r, m)),
        Condition::FinalSale(true) => "final-sale items".into(),
        Condition::FinalSale(false) => "items not sold as final sale".into(),
        Condition::Exemption(l) => {
            let l: Vec<String> = l.iter().map(|e| exemption_words(*e).into()).collect();
            format!("{} items", words(&l))
        }
        Condition::OrderTotal(r) => format!("orders totalling {}", range(r, m)),
        Condition::DiscountCode(l) => {
            format!(
                "orders using {}",
                kinds(l, "discount code", "discount codes")
            )
        }
        Condition::Channel(l) => format!("orders placed through {}", words(l)),
        Condition::Country(l) => format!("orders shipped to {}", words(l)),
        Condition::OrderTag(l) => format!("orders tagged {}", words(l)),
        Condition::DaysSinceOrder(r) => {
            format!("returns made {} days after the order", range(r, n))
        }
        Condition::DaysSinceDelivery(r) => {
            format!("returns made {} days after delivery", range(r, n))
        }
        Condition::OrderDate(d) => format!("orders placed {} to {}", d.from, d.to),
        Condition::CustomerTag(l) => format!("returns from customers tagged {}", words(l)),
        Condition::CustomerTier(l) => {
            format!("returns from customers in {}", kinds(l, "tier", "tiers"))
        }
        Condition::PastReturns(r) => {
            format!("returns from customers with {} past returns", range(r, n))
        }
        Condition::ReturnRate(r) => format!(
            "returns from customers with a return rate of {}",
            range(r, percent)
        ),
        Condition::Blocklisted(true) => "returns from blocklisted customers".into(),
        Condition::Blocklisted(false) => "returns from customers not on our blocklist".into(),
        Condition::Reason(codes) => {
            let l: Vec<String> = codes.iter().map(|c| reason_label(doc, c)).collect();
            format!("returns for the reason {}", words(&l))
        }
        Condition::ReasonClass(ReasonClass::Remorse) => "change-of-mind returns".into(),
        Condition::ReasonClass(ReasonClass::MerchantFault) => {
            "returns of faulty, damaged or wrong items".into()
        }
        Condition::RequestedResolution(l) => {
            let l: Vec<String> = l.iter().map(|r| resolution_words(*r).into()).collect();
            format!("returns asking for {}", words(&l))
        }
        Condition::ItemCount(r) => format!("returns of {} items", range(r, n)),
        Condition::ReturnValue(r) => format!("returns worth {} before tax", range(r, m)),
        Condition::FullReturn(true) => "returns of a whole order".into(),
        Condition::FullReturn(false) => "returns of part of an order".into(),
        Condition::ReportedCondition(l) => {
            let l: Vec<String> = l.iter().map(|c| condition_words(*c).into()).collect();
            format!("items reported as {}", words(&l))
        }
        Condition::PhotosProvided(true) => "returns with photos".into(),
        Condition::PhotosProvided(false) => "returns without photos".into(),
    }
}

/// An action as a verb phrase for a plural subject.
fn predicate(doc: &PolicyDocument, action: &Action) -> String {
    let cur = doc.currency;
    let anchor = anchor_words(doc.window.from);
    let res = |l: &[Resolution]| {
        let l: Vec<String> = l.iter().map(|r| resolution_words(*r).into()).collect();
        words(&l)
    };
    match action {
        Action::Deny(_) => "are not returnable".into(),
        Action::Review(_) => "are checked by our team before approval".into(),
        Action::WindowDays(d) => format!(
            "can be returned within {} {anchor}",
            count(*d, "day", "days")
        ),
        Action::WindowUntil(day) => format!("can be returned until {day}"),
        Action::SetRestocking(r) if charges(r) => {
            format!("have a restocking fee of {}", restocking_words(r, cur))
        }
        Action::SetRestocking(_) => "have no restocking fee".into(),
        Action::SetReturnFee(a) if *a > Decimal::ZERO => {
            format!("have a handling fee of {} per return", money(*a, cur))
        }
        Action::SetReturnFee(_) => "have no handling fee".into(),
        Action::SetLabelFee(a) if *a > Decimal::ZERO => {
            format!("have a return label fee of {}", money(*a, cur))
        }
        Action::SetLabelFee(_) => "have no return label fee".into(),
        Action::WaiveFees => "are free of return fees".into(),
        Action::RestrictResolutions(l) => format!("get only {}", res(l)),
        Action::AddResolutions(l) => format!("can also get {}", res(l)),
        Action::Bonus(b) => {
            let mut parts = Vec::new();
            if let Some(s) = &b.store_credit {
                parts.push(format!("{} extra with store credit", bonus_words(s, cur)));
            }
            if let Some(s) = &b.exchange {
                parts.push(format!("{} extra with an exchange", bonus_words(s, cur)));
            }
            if parts.is_empty() {
                "get no bonus".into()
            } else {
                format!("get {}", join(&parts, "or"))
            }
        }
        Action::KeepItem => "can be kept: you get your refund without sending them back".into(),
        Action::RequirePhotos => "need photos of the item".into(),
        Action::BypassFinalSale => "can be returned even if sold as final sale".into(),
        Action::GoodwillCredit(b) => {
            format!("get goodwill store credit of {}", bonus_words(b, cur))
        }
        Action::LabelPayer(p) => match p {
            LabelPayer::Merchant => "get free return shipping with our prepaid label".into(),
            LabelPayer::Customer => match doc.fees.label_fee.filter(|a| *a > Decimal::ZERO) {
                Some(fee) => format!(
                    "get our return label, with {} deducted from the refund",
                    money(fee, cur)
                ),
                None => "get our return label at no cost".into(),
            },
            LabelPayer::CustomerArranged => "are sent back at your own cost".into(),
        },
    }
}

/// A sentence for a rule without a description, from its conditions and actions.
fn rule_sentence(doc: &PolicyDocument, rule: &Rule) -> String {
    let who = match &rule.when {
        Some(c) => subject(doc, c),
        None => "all returns".into(),
    };
    let verbs: Vec<String> = rule.then.iter().map(|a| predicate(doc, a)).collect();
    let mut s = format!("{} {}.", capitalize(&who), join(&verbs, "and"));
    for action in &rule.then {
        if let Action::Deny(v) | Action::Review(v) = action {
            let message = v.message.trim();
            if !message.is_empty() {
                s.push(' ');
                s.push_str(message);
                if !message.ends_with(['.', '!', '?']) {
                    s.push('.');
                }
            }
        }
    }
    s
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn statutory_sentences(j: Jurisdiction, doc: &PolicyDocument) -> Vec<String> {
    let (who, verb, noun) = match j {
        Jurisdiction::Eu => ("EU", "withdraw", "withdrawal"),
        Jurisdiction::Uk => ("UK", "cancel", "cancellation"),
    };
    let mut out = vec![
        format!(
            "{who} customers can {verb} within {WITHDRAWAL_DAYS} days of delivery without giving a reason, counted from delivery of the last item of the order. If we didn't tell you about this right, the period is extended by 12 months."
        ),
        format!(
            "On {noun}, no restocking or handling fee is charged, the refund goes to your original payment method within {REFUND_DAYS} days, and if you return the whole order we also refund standard delivery."
        ),
        "Personalised and perishable goods, and sealed hygiene or media items once unsealed, are exempt from this right."
            .into(),
    ];
    let shipping_costs = match doc.label.remorse {
        LabelPayer::Merchant => false,
        LabelPayer::Customer => doc.fees.label_fee.is_some_and(|a| a > Decimal::ZERO),
        LabelPayer::CustomerArranged => true,
    };
    if shipping_costs {
        out.push(format!(
            "The cost of return shipping stated above still applies on {noun}."
        ));
    }
    if j == Jurisdiction::Uk {
        out.push(format!(
            "Faulty items can be rejected for a full refund within {SHORT_TERM_REJECT_DAYS} days of delivery, with free return shipping."
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(json: &str) -> Policy {
        Policy::from_json(json).unwrap()
    }

    #[test]
    fn free_30_day_returns() {
        let p = policy(
            r#"{"name": "Free returns", "currency": "USD", "countries": ["US", "CA"],
                "window": {"days": 30}}"#,
        );
        let ld = p.to_json_ld();
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["@type"], "MerchantReturnPolicy");
        assert_eq!(ld["applicableCountry"], serde_json::json!(["US", "CA"]));
        assert_eq!(
            ld["returnPolicyCategory"],
            "https://schema.org/MerchantReturnFiniteReturnWindow"
        );
        assert_eq!(ld["merchantReturnDays"], 30);
        assert_eq!(ld["returnMethod"], "https://schema.org/ReturnByMail");
        assert_eq!(ld["returnFees"], "https://schema.org/FreeReturn");
        assert_eq!(
            ld["customerRemorseReturnFees"],
            "https://schema.org/FreeReturn"
        );
        assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
        assert_eq!(
            ld["customerRemorseReturnLabelSource"],
            "https://schema.org/ReturnLabelDownloadAndPrint"
        );
        assert_eq!(
            ld["refundType"],
            serde_json::json!([
                "https://schema.org/FullRefund",
                "https://schema.org/StoreCreditRefund",
                "https://schema.org/ExchangeRefund"
            ])
        );
        assert!(ld.get("restockingFee").is_none());
        assert!(ld.get("returnShippingFeesAmount").is_none());
        assert!(ld.get("returnPolicySeasonalOverride").is_none());

        let text = p.summary();
        assert!(text.contains("- You can return items within 30 days of delivery."));
        assert!(text.contains("Changed your mind? Return shipping is free"));
        assert!(text.contains(
            "Refund options: a refund to your original payment method, store credit or an exchange."
        ));
    }

    #[test]
    fn no_countries_means_no_applicable_country() {
        let ld = policy(r#"{"name": "x", "window": {"days": 10}}"#).to_json_ld();
        assert!(ld.get("applicableCountry").is_none());
    }

    #[test]
    fn unlimited_window() {
        let p = policy(r#"{"name": "Forever", "window": {"unlimited": true}}"#);
        let ld = p.to_json_ld();
        assert_eq!(
            ld["returnPolicyCategory"],
            "https://schema.org/MerchantReturnUnlimitedWindow"
        );
        assert!(ld.get("merchantReturnDays").is_none());
        assert!(p.summary().contains("at any time: there is no time limit"));
    }

    #[test]
    fn a_rule_denying_everything_means_returns_are_not_permitted() {
        let p = policy(
            r#"{"name": "No returns", "window": {"days": 30},
                "rules": [{"id": "none", "then": [{"deny": {"code": "no_returns", "message": "All sales are final"}}]}]}"#,
        );
        let ld = p.to_json_ld();
        assert_eq!(
            ld["returnPolicyCategory"],
            "https://schema.org/MerchantReturnNotPermitted"
        );
        assert!(ld.get("merchantReturnDays").is_none());
        assert!(p
            .summary()
            .contains("- All returns are not returnable. All sales are final."));
    }

    #[test]
    fn customer_paid_label_and_restocking() {
        let p = policy(
            r#"{"name": "Paid returns", "currency": "USD", "window": {"days": 30},
                "fees": {"restocking": {"type": "percent", "percent": 15}, "label_fee": 6.95},
                "label": {"remorse": "customer"}}"#,
        );
        let ld = p.to_json_ld();
        assert_eq!(ld["restockingFee"], 15);
        assert_eq!(ld["returnFees"], "https://schema.org/ReturnShippingFees");
        let amount =
            serde_json::json!({"@type": "MonetaryAmount", "value": 6.95, "currency": "USD"});
        assert_eq!(ld["returnShippingFeesAmount"], amount);
        assert_eq!(ld["customerRemorseReturnShippingFeesAmount"], amount);
        assert_eq!(
            ld["customerRemorseReturnFees"],
            "https://schema.org/ReturnShippingFees"
        );
        // Faulty items: the merchant pays the label and no fees are charged.
        assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
        assert!(ld.get("itemDefectReturnShippingFeesAmount").is_none());

        let text = p.summary();
        assert!(text.contains("A restocking fee of 15% of the item price"));
        assert!(text.contains("deduct 6.95 USD for it from your refund"));
        assert!(text.contains(
            "Faulty, damaged or wrong item? Return shipping is free: we send you a prepaid label. No restocking or handling fee is charged."
        ));
    }

    #[test]
    fn restocking_only_and_flat_restocking() {
        let ld = policy(
            r#"{"name": "x", "currency": "EUR", "window": {"days": 30},
                "fees": {"restocking": {"type": "flat", "amount": 5, "per": "unit"}}}"#,
        )
        .to_json_ld();
        assert_eq!(ld["returnFees"], "https://schema.org/RestockingFees");
        assert_eq!(
            ld["restockingFee"],
            serde_json::json!({"@type": "MonetaryAmount", "value": 5, "currency": "EUR"})
        );
        assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
    }

    #[test]
    fn customer_arranged_shipping() {
        let ld = policy(
            r#"{"name": "x", "window": {"days": 14},
                "label": {"remorse": "customer_arranged", "merchant_fault": "merchant"}}"#,
        )
        .to_json_ld();
        assert_eq!(
            ld["customerRemorseReturnFees"],
            "https://schema.org/ReturnFeesCustomerResponsibility"
        );
        assert_eq!(
            ld["customerRemorseReturnLabelSource"],
            "https://schema.org/ReturnLabelCustomerResponsibility"
        );
        assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
        assert_eq!(
            ld["itemDefectReturnLabelSource"],
            "https://schema.org/ReturnLabelDownloadAndPrint"
        );
    }

    #[test]
    fn a_fee_in_an_unknown_currency_is_the_customers_responsibility() {
        let ld = policy(
            r#"{"name": "x", "window": {"days": 30}, "fees": {"label_fee": 5},
                "label": {"remorse": "customer"}}"#,
        )
        .to_json_ld();
        assert_eq!(
            ld["returnFees"],
            "https://schema.org/ReturnFeesCustomerResponsibility"
        );
        assert!(ld.get("returnShippingFeesAmount").is_none());
    }

    #[test]
    fn holiday_rule_gives_a_seasonal_override() {
        let p = policy(
            r#"{"name": "Holidays", "window": {"days": 30},
                "rules": [
                  {"id": "holiday", "when": {"order_date": {"from": "2026-11-20", "to": "2026-12-24"}},
                   "then": [{"window_until": "2027-01-31"}]},
                  {"id": "gifts", "when": {"all": [{"order_date": {"from": "2026-12-01", "to": "2026-12-31"}},
                                                   {"category": ["gifts"]}]},
                   "then": [{"window_days": 60}]},
                  {"id": "short", "when": {"order_date": {"from": "2026-07-01", "to": "2026-07-31"}},
                   "then": [{"window_days": 10}]},
                  {"id": "shoes", "when": {"category": ["shoes"]}, "then": [{"window_days": 90}]}
                ]}"#,
        );
        let ld = p.to_json_ld();
        let overrides = ld["returnPolicySeasonalOverride"].as_array().unwrap();
        assert_eq!(overrides.len(), 2, "{overrides:?}");
        assert_eq!(
            overrides[0],
            serde_json::json!({
                "@type": "MerchantReturnPolicySeasonalOverride",
                "startDate": "2026-11-20",
                "endDate": "2026-12-24",
                "returnPolicyCategory": "https://schema.org/MerchantReturnFiniteReturnWindow",
                "merchantReturnDays": "2027-01-31"
            })
        );
        assert_eq!(overrides[1]["startDate"], "2026-12-01");
        assert_eq!(overrides[1]["endDate"], "2026-12-31");
        assert_eq!(overrides[1]["merchantReturnDays"], 60);

        let text = p.summary();
        assert!(text.contains(
            "- Orders placed 2026-11-20 to 2026-12-24 can be returned until 2027-01-31.\n"
        ));
        assert!(text.contains(
            "- Orders placed 2026-12-01 to 2026-12-31 and items in category gifts can be returned within 60 days of delivery.\n"
        ));
        assert!(text
            .contains("- Items in category shoes can be returned within 90 days of delivery.\n"));
    }

    #[test]
    fn rule_descriptions_and_generated_sentences() {
        let p = policy(
            r#"{"name": "x", "currency": "GBP", "window": {"days": 30},
                "rules": [
                  {"id": "hygiene", "when": {"category": ["underwear", "swimwear"]},
                   "then": [{"deny": {"code": "hygiene", "message": "For hygiene reasons"}}]},
                  {"id": "vip", "description": "VIP customers get free returns.",
                   "when": {"customer_tier": ["vip"]}, "then": ["waive_fees"]},
                  {"id": "big", "when": {"return_value": {"at_least": 500}},
                   "then": [{"review": {"code": "big", "message": ""}}, "require_photos"]}
                ]}"#,
        );
        let text = p.summary();
        assert!(text.contains(
            "- Items in categories underwear or swimwear are not returnable. For hygiene reasons.\n"
        ));
        assert!(text.contains("- VIP customers get free returns.\n"));
        assert!(text.contains(
            "- Returns worth 500.00 GBP or more before tax are checked by our team before approval and need photos of the item.\n"
        ));
    }

    #[test]
    fn eu_policy_mentions_the_14_day_withdrawal_right() {
        let p = policy(
            r#"{"name": "EU", "currency": "EUR", "jurisdiction": "eu", "countries": ["DE"],
                "timezone": "Europe/Berlin",
                "window": {"days": 7, "extend_to_business_day": true, "holidays": ["2026-12-25"]},
                "resolutions": ["store_credit"]}"#,
        );
        let text = p.summary();
        assert!(text.contains(
            "EU customers can withdraw within 14 days of delivery without giving a reason"
        ));
        assert!(text.contains("within 7 days of delivery"));
        assert!(text.contains("shop time (Europe/Berlin)"));
        assert!(text.contains("moves to the next business day (holidays: 2026-12-25)."));
        assert!(text.contains("unless the law gives you a right to return them"));
        assert!(!text.contains("cost of return shipping stated above"));
        // The engine always grants the statutory minimum and the refund to the original payment.
        let ld = p.to_json_ld();
        assert_eq!(ld["merchantReturnDays"], 14);
        assert_eq!(
            ld["refundType"],
            serde_json::json!([
                "https://schema.org/FullRefund",
                "https://schema.org/StoreCreditRefund"
            ])
        );
    }

    #[test]
    fn uk_faulty_items_are_free_to_return() {
        let p = policy(
            r#"{"name": "UK", "currency": "GBP", "jurisdiction": "uk", "window": {"days": 30},
                "fees": {"label_fee": 3.5}, "label": {"remorse": "customer", "merchant_fault": "customer"}}"#,
        );
        let ld = p.to_json_ld();
        assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
        assert_eq!(
            ld["customerRemorseReturnFees"],
            "https://schema.org/ReturnShippingFees"
        );
        let text = p.summary();
        assert!(text.contains("UK customers can cancel within 14 days of delivery"));
        assert!(text.contains("rejected for a full refund within 30 days of delivery"));
        assert!(text.contains("deduct 3.50 GBP for it from your refund"));
        assert!(text
            .contains("The cost of return shipping stated above still applies on cancellation."));
    }

    #[test]
    fn summary_covers_bonus_keep_item_store_credit_cutoff_and_final_sale() {
        let p = policy(
            r#"{"name": "Everything", "currency": "JPY", "window": {"days": 1, "from": "order"},
                "bonus": {"store_credit": {"type": "percent", "percent": 10},
                          "exchange": {"type": "flat", "amount": 500}},
                "keep_item": {"threshold": 1000},
                "store_credit_only_after_days": 20,
                "fees": {"return_fee": 300},
                "inspection": [{"condition": "used", "percent": 20}]}"#,
        );
        let text = p.summary();
        assert!(text.contains("within 1 day of placing your order"));
        assert!(!text.contains("can't confirm when an item was delivered"));
        assert!(text.contains("Choose store credit and get 10% extra."));
        assert!(text.contains("Choose an exchange and get 500 JPY extra."));
        assert!(text.contains("worth 1000 JPY or less before tax, keep them"));
        assert!(text.contains(
            "After 20 days from your order date, refunds are given as store credit only."
        ));
        assert!(text.contains("A handling fee of 300 JPY per return"));
        assert!(text.contains("Items that come back used have 20% deducted"));
        assert!(text.contains("- Items sold as final sale can't be returned.\n"));
        let ld = p.to_json_ld();
        assert_eq!(ld["returnFees"], "https://schema.org/ReturnShippingFees");
        assert_eq!(ld["returnShippingFeesAmount"]["value"], 300);
        assert_eq!(ld["returnShippingFeesAmount"]["currency"], "JPY");
    }

    #[test]
    fn output_is_deterministic() {
        let json = r#"{"name": "x", "currency": "USD", "window": {"days": 30},
            "rules": [{"id": "a", "when": {"any": [{"sku": ["A"]}, {"not": {"country": ["US"]}}]},
                       "then": ["keep_item", {"bonus": {"store_credit": {"type": "flat", "amount": 5}}}]}]}"#;
        let (a, b) = (policy(json), policy(json));
        assert_eq!(a.summary(), b.summary());
        assert_eq!(
            serde_json::to_string(&a.to_json_ld()).unwrap(),
            serde_json::to_string(&b.to_json_ld()).unwrap()
        );
        assert!(a.summary().contains(
            "- Items with SKU A or returns other than orders shipped to US can be kept: you get your refund without sending them back and get 5.00 USD extra with store credit.\n"
        ));
    }
}
