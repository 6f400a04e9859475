//! Validation of a policy document, and the compiled [`Policy`] that decisions run on.
//!
//! Validation reports every problem with its path (`rules[3].when.days_since_delivery.at_least`),
//! never panics, and refuses contradictions that a merchant would not mean.

use std::str::FromStr;

use crate::tz::Tz;
use rust_decimal::Decimal;

use super::document::*;
use super::reason::{standard_reason_class, ReasonClass};
use super::window::WindowClock;
use crate::error::{Error, Result};

/// A validated policy, ready to decide returns. Compile it once and share it: it is immutable,
/// `Send` and `Sync`.
///
/// ```
/// use returnkit::policy::Policy;
/// let policy = Policy::from_json(r#"{"name": "30 days", "window": {"days": 30}}"#).unwrap();
/// assert_eq!(policy.document().window.days, Some(30));
/// let bad = Policy::from_json(r#"{"name": "x", "window": {"days": -1}}"#).unwrap_err();
/// assert_eq!(bad.field(), "policy.window.days");
/// ```
#[derive(Debug, Clone)]
pub struct Policy {
    pub(crate) doc: PolicyDocument,
    pub(crate) clock: WindowClock,
    /// Per rule: whether its conditions read anything about the line (product or request line).
    pub(crate) rule_reads_line: Vec<bool>,
    /// Rate cards for return labels.
    pub(crate) rate_cards: Vec<crate::label::RateCard>,
    /// The rules' ids, shared by every decision that lists them.
    pub(crate) rule_ids: Vec<smol_str::SmolStr>,
}

impl Policy {
    /// Validates `doc` and compiles it. The error is the first problem found; use
    /// [`PolicyDocument::check`] for all of them.
    pub fn compile(doc: PolicyDocument) -> Result<Policy> {
        if let Some(first) = doc.check().into_iter().next() {
            return Err(first);
        }
        let tz = Tz::from_str(&doc.timezone)
            .map_err(|_| invalid("timezone", "not an IANA time zone").within("policy"))?;
        let clock = WindowClock::new(
            tz,
            doc.window.extend_to_business_day,
            doc.window.holidays.clone(),
        );
        let rule_reads_line = doc
            .rules
            .iter()
            .map(|r| r.when.as_ref().is_some_and(reads_line))
            .collect();
        let rule_ids = doc.rules.iter().map(|r| r.id.as_str().into()).collect();
        Ok(Policy {
            doc,
            clock,
            rule_reads_line,
            rate_cards: Vec::new(),
            rule_ids,
        })
    }

    /// The policy with rate cards for return labels. Each card is validated; errors name it
    /// (`rate_cards[1].brackets[0].max_weight`).
    ///
    /// ```
    /// use returnkit::{label::RateCard, policy::Policy};
    /// let card = RateCard::from_json(include_str!("../../samples/us-ground.json")).unwrap();
    /// let policy = Policy::from_json(r#"{"name": "x", "window": {"days": 30}}"#).unwrap()
    ///     .with_rate_cards(vec![card]).unwrap();
    /// assert_eq!(policy.rate_cards().len(), 1);
    /// ```
    pub fn with_rate_cards(mut self, cards: Vec<crate::label::RateCard>) -> Result<Policy> {
        for (i, card) in cards.iter().enumerate() {
            if let Some(e) = card.check().into_iter().next() {
                return Err(e.within(&format!("rate_cards[{i}]")));
            }
        }
        self.rate_cards = cards;
        Ok(self)
    }

    /// The rate cards attached to the policy.
    pub fn rate_cards(&self) -> &[crate::label::RateCard] {
        &self.rate_cards
    }

    /// The document the policy was compiled from.
    pub fn document(&self) -> &PolicyDocument {
        &self.doc
    }

    /// The class of a reason code: standard, or defined by this policy.
    pub fn reason_class(&self, code: &str) -> Option<ReasonClass> {
        standard_reason_class(code).or_else(|| {
            self.doc
                .reasons
                .iter()
                .find(|r| r.code == code)
                .map(|r| r.class)
        })
    }
}

impl PolicyDocument {
    /// Every problem in the document, each with its path, which starts with `policy`.
    /// Empty when the document is valid.
    ///
    /// ```
    /// use returnkit::policy::PolicyDocument;
    /// let doc: PolicyDocument = returnkit::from_json(r#"{
    ///   "name": "x", "window": {"days": 30},
    ///   "fees": {"restocking": {"type": "percent", "percent": 150}},
    ///   "rules": [{"id": "r", "when": {"days_since_delivery": {"at_least": -3}}, "then": ["waive_fees"]}]
    /// }"#).unwrap();
    /// let fields: Vec<_> = doc.check().iter().map(|e| e.field().to_string()).collect();
    /// assert_eq!(fields, ["policy.fees.restocking.percent", "policy.rules[0].when.days_since_delivery.at_least"]);
    /// ```
    pub fn check(&self) -> Vec<Error> {
        let mut v = Validator::default();
        v.document(self);
        v.errors.into_iter().map(|e| e.within("policy")).collect()
    }
}

fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::InvalidPolicy {
        field: field.into(),
        reason: reason.into(),
    }
}

#[derive(Default)]
struct Validator {
    errors: Vec<Error>,
}

impl Validator {
    fn fail(&mut self, field: impl Into<String>, reason: impl Into<String>) {
        self.errors.push(invalid(field, reason));
    }

    fn percent(&mut self, field: &str, p: Decimal) {
        if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED {
            self.fail(field, format!("a percent is from 0 to 100, got {p}"));
        }
    }

    fn amount(&mut self, field: &str, a: Decimal) {
        if a < Decimal::ZERO {
            self.fail(field, format!("must not be negative, got {a}"));
        }
    }

    fn days(&mut self, field: &str, d: i64) {
        if d < 0 {
            self.fail(field, format!("days must not be negative, got {d}"));
        } else if d > 36_600 {
            self.fail(
                field,
                format!("{d} days is more than a century; use `unlimited`"),
            );
        }
    }

    fn document(&mut self, doc: &PolicyDocument) {
        if doc.version != 1 {
            self.fail(
                "version",
                format!(
                    "unsupported policy version {}; this is version 1",
                    doc.version
                ),
            );
        }
        if doc.name.trim().is_empty() {
            self.fail("name", "a policy needs a name");
        }
        if Tz::from_str(&doc.timezone).is_err() {
            self.fail(
                "timezone",
                format!("`{}` is not an IANA time zone", doc.timezone),
            );
        }
        for (i, c) in doc.countries.iter().enumerate() {
            if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                self.fail(
                    format!("countries[{i}]"),
                    format!("`{c}` is not a two-letter country code"),
                );
            }
        }
        let w = &doc.window;
        match (w.days, w.unlimited) {
            (Some(_), true) => self.fail("window", "give `days` or `unlimited`, not both"),
            (None, false) => self.fail(
                "window.days",
                "give the window's days, or `unlimited: true`",
            ),
            (Some(d), false) => self.days("window.days", d),
            (None, true) => {}
        }
        self.days("window.transit_buffer_days", w.transit_buffer_days);
        self.resolutions("resolutions", &doc.resolutions);
        self.fees("fees", &doc.fees);
        self.bonus_policy("bonus", &doc.bonus);
        if let Some(k) = &doc.keep_item {
            if let Some(t) = k.threshold {
                self.amount("keep_item.threshold", t);
            }
            if k.threshold.is_none() && !k.when_uneconomic {
                self.fail("keep_item", "give a threshold, or when_uneconomic: true");
            }
            self.amount("keep_item.handling_cost", k.handling_cost);
            for (i, r) in k.resale_rates.iter().enumerate() {
                self.percent(&format!("keep_item.resale_rates[{i}].percent"), r.percent);
            }
        }
        if let Some(rate) = doc.label.expected_use_rate {
            if rate < Decimal::ZERO || rate > Decimal::ONE {
                self.fail(
                    "label.expected_use_rate",
                    format!("a rate is from 0 to 1, got {rate}"),
                );
            }
        }
        if let Some(days) = doc.label.constraints.max_transit_days {
            self.days("label.constraints.max_transit_days", days);
        }
        if let Some(d) = doc.store_credit_only_after_days {
            self.days("store_credit_only_after_days", d);
        }
        let expiry = [
            (
                "store_credit.expires_after_days",
                doc.store_credit.expires_after_days,
            ),
            (
                "store_credit.bonus_expires_after_days",
                doc.store_credit.bonus_expires_after_days,
            ),
        ];
        for (field, days) in expiry {
            match days {
                Some(0) => self.fail(
                    field,
                    "credit lasts at least a day; leave it out to never expire",
                ),
                Some(d) => self.days(field, d),
                None => {}
            }
        }
        for (i, d) in doc.inspection.iter().enumerate() {
            self.percent(&format!("inspection[{i}].percent"), d.percent);
            if doc
                .inspection
                .iter()
                .take(i)
                .any(|o| o.condition == d.condition)
            {
                self.fail(
                    format!("inspection[{i}].condition"),
                    "this condition is listed twice",
                );
            }
        }
        if let Some(v) = doc.review.value_over {
            self.amount("review.value_over", v);
        }
        if let Some(n) = doc.review.items_over {
            if n < 0 {
                self.fail(
                    "review.items_over",
                    format!("must not be negative, got {n}"),
                );
            }
        }
        if let Some(r) = doc.review.return_rate_over {
            self.percent("review.return_rate_over", r);
        }
        for (i, r) in doc.reasons.iter().enumerate() {
            let field = format!("reasons[{i}].code");
            if r.code.trim().is_empty() {
                self.fail(field, "a reason needs a code");
            } else if standard_reason_class(&r.code).is_some() {
                self.fail(field, format!("`{}` is a standard reason already", r.code));
            } else if doc.reasons.iter().take(i).any(|o| o.code == r.code) {
                self.fail(field, format!("`{}` is defined twice", r.code));
            }
        }
        for (i, rule) in doc.rules.iter().enumerate() {
            self.rule(doc, i, rule);
        }
        self.destinations(doc);
    }

    /// Destinations: unique ids, a default that exists, `route_to` naming one, and the
    /// disposition tested only where inspection knows it (in rules that only route).
    fn destinations(&mut self, doc: &PolicyDocument) {
        let known = |id: &str| doc.destinations.iter().any(|d| d.id == id);
        for (i, d) in doc.destinations.iter().enumerate() {
            if d.id.trim().is_empty() {
                self.fail(format!("destinations[{i}].id"), "a destination needs an id");
            } else if doc.destinations.iter().take(i).any(|o| o.id == d.id) {
                self.fail(
                    format!("destinations[{i}].id"),
                    format!("destination id `{}` is used twice", d.id),
                );
            }
            if d.name.trim().is_empty() {
                self.fail(
                    format!("destinations[{i}].name"),
                    "a destination needs a name",
                );
            }
        }
        let unknown = |id: &str| format!("`{id}` is not one of `destinations`");
        if let Some(id) = doc.default_destination.as_deref().filter(|id| !known(id)) {
            self.fail("default_destination", unknown(id));
        }
        for (i, rule) in doc.rules.iter().enumerate() {
            let mut only_routes = true;
            for (a, action) in rule.then.iter().enumerate() {
                match action {
                    Action::RouteTo(id) if !known(id) => {
                        self.fail(format!("rules[{i}].then[{a}].route_to"), unknown(id))
                    }
                    Action::RouteTo(_) => {}
                    _ => only_routes = false,
                }
            }
            let routes = rule
                .then
                .iter()
                .filter(|a| matches!(a, Action::RouteTo(_)))
                .count();
            if routes > 1 {
                self.fail(format!("rules[{i}].then"), "a rule can route only once");
            }
            if !only_routes && rule.when.as_ref().is_some_and(tests_disposition) {
                self.fail(
                    format!("rules[{i}].when"),
                    "only inspection knows the disposition: a rule that tests it may only `route_to`",
                );
            }
        }
    }

    fn resolutions(&mut self, field: &str, list: &[crate::refund::Resolution]) {
        if list.is_empty() {
            self.fail(field, "offer at least one resolution");
        }
        for (i, r) in list.iter().enumerate() {
            if list.iter().take(i).any(|o| o == r) {
                self.fail(format!("{field}[{i}]"), "listed twice");
            }
        }
    }

    fn fees(&mut self, field: &str, fees: &PolicyFees) {
        if let Some(r) = &fees.restocking {
            self.restocking(&format!("{field}.restocking"), r);
        }
        if let Some(a) = fees.return_fee {
            self.amount(&format!("{field}.return_fee"), a);
        }
        if let Some(a) = fees.label_fee {
            self.amount(&format!("{field}.label_fee"), a);
        }
    }

    fn restocking(&mut self, field: &str, r: &RestockingSpec) {
        match r {
            RestockingSpec::Percent { percent } => {
                self.percent(&format!("{field}.percent"), *percent)
            }
            RestockingSpec::Flat { amount, .. } => self.amount(&format!("{field}.amount"), *amount),
        }
    }

    fn bonus(&mut self, field: &str, b: &BonusSpec) {
        match b {
            BonusSpec::Percent { percent } => self.percent(&format!("{field}.percent"), *percent),
            BonusSpec::Flat { amount } => self.amount(&format!("{field}.amount"), *amount),
        }
    }

    fn bonus_policy(&mut self, field: &str, b: &BonusPolicy) {
        if let Some(s) = &b.store_credit {
            self.bonus(&format!("{field}.store_credit"), s);
        }
        if let Some(s) = &b.exchange {
            self.bonus(&format!("{field}.exchange"), s);
        }
    }

    fn rule(&mut self, doc: &PolicyDocument, i: usize, rule: &Rule) {
        let at = format!("rules[{i}]");
        if rule.id.trim().is_empty() {
            self.fail(format!("{at}.id"), "a rule needs an id");
        } else if doc.rules.iter().take(i).any(|o| o.id == rule.id) {
            self.fail(
                format!("{at}.id"),
                format!("rule id `{}` is used twice", rule.id),
            );
        }
        if let Some(c) = &rule.when {
            self.condition(doc, &format!("{at}.when"), c);
        }
        if rule.then.is_empty() {
            self.fail(format!("{at}.then"), "a rule needs at least one action");
        }
        let count = |pred: fn(&Action) -> bool| rule.then.iter().filter(|a| pred(a)).count();
        let denies = count(|a| matches!(a, Action::Deny(_)));
        let reviews = count(|a| matches!(a, Action::Review(_)));
        let windows = count(|a| matches!(a, Action::WindowDays(_) | Action::WindowUntil(_)));
        let sets_fee = count(|a| {
            matches!(
                a,
                Action::SetRestocking(_) | Action::SetReturnFee(_) | Action::SetLabelFee(_)
            )
        });
        let waives = count(|a| matches!(a, Action::WaiveFees));
        let keeps = count(|a| matches!(a, Action::KeepItem));
        let bypasses = count(|a| matches!(a, Action::BypassFinalSale));
        if denies > 0 && (reviews > 0 || keeps > 0 || bypasses > 0) {
            self.fail(
                format!("{at}.then"),
                "a rule can't both deny and review, keep the item or bypass final sale",
            );
        }
        if denies > 1 || reviews > 1 {
            self.fail(format!("{at}.then"), "one deny or review per rule");
        }
        if windows > 1 {
            self.fail(format!("{at}.then"), "a rule can set the window only once");
        }
        if waives > 0 && sets_fee > 0 {
            self.fail(
                format!("{at}.then"),
                "a rule can't both waive fees and set one",
            );
        }
        for (a, action) in rule.then.iter().enumerate() {
            self.action(&format!("{at}.then[{a}]"), action);
        }
    }

    fn action(&mut self, at: &str, action: &Action) {
        match action {
            Action::Deny(v) | Action::Review(v) | Action::HoldForInspection(v) => {
                if v.code.trim().is_empty() {
                    self.fail(format!("{at}.code"), "give a code");
                }
            }
            Action::WindowDays(d) => self.days(at, *d),
            Action::SetRestocking(r) => self.restocking(at, r),
            Action::SetReturnFee(a) | Action::SetLabelFee(a) => self.amount(at, *a),
            Action::RestrictResolutions(list) => self.resolutions(at, list),
            Action::AddResolutions(list) => {
                if list.is_empty() {
                    self.fail(at, "add at least one resolution");
                }
            }
            Action::Bonus(b) => self.bonus_policy(at, b),
            Action::GoodwillCredit(b) => self.bonus(at, b),
            Action::WindowUntil(_)
            | Action::WaiveFees
            | Action::KeepItem
            | Action::RequirePhotos
            | Action::BypassFinalSale
            | Action::LabelPayer(_)
            | Action::RouteTo(_) => {}
        }
    }

    fn list<T>(&mut self, at: &str, list: &[T]) {
        if list.is_empty() {
            self.fail(at, "an empty list matches nothing");
        }
    }

    fn range<T: PartialOrd + std::fmt::Display + Copy>(
        &mut self,
        at: &str,
        r: &Range<T>,
        floor: T,
    ) {
        if r.at_least.is_none() && r.at_most.is_none() {
            self.fail(at, "give `at_least`, `at_most` or both");
        }
        for (name, v) in [("at_least", r.at_least), ("at_most", r.at_most)] {
            if let Some(v) = v {
                if v < floor {
                    self.fail(
                        format!("{at}.{name}"),
                        format!("must be at least {floor}, got {v}"),
                    );
                }
            }
        }
        if let (Some(lo), Some(hi)) = (r.at_least, r.at_most) {
            if lo > hi {
                self.fail(at, format!("at_least {lo} is above at_most {hi}"));
            }
        }
    }

    fn condition(&mut self, doc: &PolicyDocument, at: &str, c: &Condition) {
        match c {
            Condition::All(cs) | Condition::Any(cs) => {
                let name = if matches!(c, Condition::All(_)) {
                    "all"
                } else {
                    "any"
                };
                let at = format!("{at}.{name}");
                self.list(&at, cs);
                for (i, c) in cs.iter().enumerate() {
                    self.condition(doc, &format!("{at}[{i}]"), c);
                }
            }
            Condition::Not(c) => self.condition(doc, &format!("{at}.not"), c),
            Condition::Sku(l) => self.list(&format!("{at}.sku"), l),
            Condition::ProductId(l) => self.list(&format!("{at}.product_id"), l),
            Condition::Category(l) => self.list(&format!("{at}.category"), l),
            Condition::ProductTag(l) => self.list(&format!("{at}.product_tag"), l),
            Condition::Exemption(l) => self.list(&format!("{at}.exemption"), l),
            Condition::DiscountCode(l) => self.list(&format!("{at}.discount_code"), l),
            Condition::Channel(l) => self.list(&format!("{at}.channel"), l),
            Condition::Country(l) => self.list(&format!("{at}.country"), l),
            Condition::OrderTag(l) => self.list(&format!("{at}.order_tag"), l),
            Condition::CustomerTag(l) => self.list(&format!("{at}.customer_tag"), l),
            Condition::CustomerTier(l) => self.list(&format!("{at}.customer_tier"), l),
            Condition::RequestedResolution(l) => {
                self.list(&format!("{at}.requested_resolution"), l)
            }
            Condition::ReportedCondition(l) => self.list(&format!("{at}.reported_condition"), l),
            Condition::Disposition(l) => self.list(&format!("{at}.disposition"), l),
            Condition::Reason(l) => {
                let at = format!("{at}.reason");
                self.list(&at, l);
                for (i, code) in l.iter().enumerate() {
                    let known = standard_reason_class(code).is_some()
                        || doc.reasons.iter().any(|r| &r.code == code);
                    if !known {
                        self.fail(
                            format!("{at}[{i}]"),
                            format!(
                                "`{code}` is neither a standard reason nor defined in `reasons`"
                            ),
                        );
                    }
                }
            }
            Condition::Price(r) => self.range(&format!("{at}.price"), r, Decimal::ZERO),
            Condition::OrderTotal(r) => self.range(&format!("{at}.order_total"), r, Decimal::ZERO),
            Condition::ReturnValue(r) => {
                self.range(&format!("{at}.return_value"), r, Decimal::ZERO)
            }
            Condition::ReturnRate(r) => {
                self.range(&format!("{at}.return_rate"), r, Decimal::ZERO);
                for v in [r.at_least, r.at_most].into_iter().flatten() {
                    if v > Decimal::ONE_HUNDRED {
                        self.fail(
                            format!("{at}.return_rate"),
                            format!("a rate is a percent up to 100, got {v}"),
                        );
                    }
                }
            }
            Condition::DaysSinceOrder(r) => self.range(&format!("{at}.days_since_order"), r, 0),
            Condition::DaysSinceDelivery(r) => {
                self.range(&format!("{at}.days_since_delivery"), r, 0)
            }
            Condition::PastReturns(r) => self.range(&format!("{at}.past_returns"), r, 0),
            Condition::ItemCount(r) => self.range(&format!("{at}.item_count"), r, 0),
            Condition::OrderDate(d) => {
                if d.from > d.to {
                    self.fail(
                        format!("{at}.order_date"),
                        format!("from {} is after to {}", d.from, d.to),
                    );
                }
            }
            Condition::FinalSale(_)
            | Condition::Blocklisted(_)
            | Condition::ReasonClass(_)
            | Condition::FullReturn(_)
            | Condition::PhotosProvided(_) => {}
        }
    }
}

/// Whether a condition reads facts of a single line (the product, or the request line), so
/// that it must be evaluated per line rather than once per return.
fn reads_line(c: &Condition) -> bool {
    match c {
        Condition::All(cs) | Condition::Any(cs) => cs.iter().any(reads_line),
        Condition::Not(c) => reads_line(c),
        Condition::Sku(_)
        | Condition::ProductId(_)
        | Condition::Category(_)
        | Condition::ProductTag(_)
        | Condition::Price(_)
        | Condition::FinalSale(_)
        | Condition::Exemption(_)
        | Condition::DaysSinceDelivery(_)
        | Condition::Reason(_)
        | Condition::ReasonClass(_)
        | Condition::ReportedCondition(_)
        | Condition::Disposition(_) => true,
        _ => false,
    }
}

/// Whether a condition tests the disposition, which only inspection knows.
pub(crate) fn tests_disposition(c: &Condition) -> bool {
    match c {
        Condition::All(cs) | Condition::Any(cs) => cs.iter().any(tests_disposition),
        Condition::Not(c) => tests_disposition(c),
        Condition::Disposition(_) => true,
        _ => false,
    }
}
