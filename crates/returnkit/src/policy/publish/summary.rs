//! The policy as plain-language text for the shop's returns page: one short sentence per
//! term (window, refund options, fees, return shipping, inspection, keep-item, final sale,
//! review, each rule, consumer law), in the words a customer reads.

use rust_decimal::Decimal;

use super::charges;
use crate::decision::statute::{REFUND_DAYS, SHORT_TERM_REJECT_DAYS, WITHDRAWAL_DAYS};
use crate::money::Currency;
use crate::order::Exemption;
use crate::policy::compile::Policy;
use crate::policy::document::*;
use crate::policy::reason::{ReasonClass, STANDARD_REASONS};
use crate::refund::{Condition as ItemCondition, FeeScope, Resolution};

impl Policy {
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
        let mut out: Vec<String> = Vec::new();
        let mut say = |s: String| out.push(s);
        window_sentences(doc, &mut say);
        resolution_sentences(doc, &mut say);
        fee_sentences(doc, &mut say);
        shipping_sentences(doc, &mut say);
        inspection_sentences(doc, &mut say);
        rule_sentences(doc, &mut say);
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

/// The window: how long, from when, and when a deadline ends.
fn window_sentences(doc: &PolicyDocument, say: &mut impl FnMut(String)) {
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
            crate::sort::sort_by(&mut holidays, Ord::cmp);
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
}

/// Refund options, the store-credit-only cutoff and bonus credit.
fn resolution_sentences(doc: &PolicyDocument, say: &mut impl FnMut(String)) {
    let cur = doc.currency;
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
}

/// Restocking and handling fees.
fn fee_sentences(doc: &PolicyDocument, say: &mut impl FnMut(String)) {
    let cur = doc.currency;
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
}

/// Who pays return shipping, for changed-mind and for faulty items.
fn shipping_sentences(doc: &PolicyDocument, say: &mut impl FnMut(String)) {
    let cur = doc.currency;
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
}

/// Inspection deductions, keep-item, final sale and review thresholds.
fn inspection_sentences(doc: &PolicyDocument, say: &mut impl FnMut(String)) {
    let cur = doc.currency;
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
}

/// Each rule: its description, or a sentence from its conditions and actions.
fn rule_sentences(doc: &PolicyDocument, say: &mut impl FnMut(String)) {
    for rule in &doc.rules {
        let description = rule.description.trim();
        say(if description.is_empty() {
            rule_sentence(doc, rule)
        } else {
            description.to_string()
        });
    }
}

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
        Condition::Disposition(_) => "items, depending on what our inspection finds,".into(),
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
        Action::HoldForInspection(_) => "are refunded once we have inspected them".into(),
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
        Action::RouteTo(id) => {
            let d = doc.destinations.iter().find(|d| &d.id == id);
            ["go to ", d.map_or(id.as_str(), |d| d.name.as_str())].concat()
        }
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
