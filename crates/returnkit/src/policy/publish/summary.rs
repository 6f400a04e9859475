//! The policy as plain-language text for the shop's returns page: one short sentence per
//! term (window, refund options, fees, return shipping, inspection, keep-item, final sale,
//! review, each rule, consumer law), in the words a customer reads, in any shipped locale.
//! Every sentence and every word comes from the message catalogs (`summary-*`); the code
//! chooses which, and fills in the figures.

use rust_decimal::Decimal;

use super::charges;
use crate::decision::statute::{REFUND_DAYS, SHORT_TERM_REJECT_DAYS, WITHDRAWAL_DAYS};
use crate::messages::{self, Arg, Locale, MessageId as M};
use crate::order::Exemption;
use crate::policy::compile::Policy;
use crate::policy::document::*;
use crate::policy::reason::{ReasonClass, STANDARD_REASONS};
use crate::refund::{Condition as ItemCondition, FeeScope, Resolution};

impl Policy {
    /// A plain-language summary of the policy for the shop's returns page, in English: the
    /// policy's name on the first line, then one short sentence per line, each starting with
    /// `- `. [`Policy::summary_in`] writes it in another locale.
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
        self.summary_in(Locale::En)
    }

    /// [`Policy::summary`] in `locale`: every sentence from its catalog (English for a locale
    /// without one in this build), dates and amounts written the locale's way. The policy's
    /// own words (its name, rule descriptions, a verdict's message, custom reason labels,
    /// destination names, codes and tags) stay as the policy writes them.
    ///
    /// ```
    /// use returnkit::messages::Locale;
    /// use returnkit::policy::Policy;
    /// let policy = Policy::from_json(r#"{"name": "Standard returns", "window": {"days": 30}}"#).unwrap();
    /// assert_eq!(policy.summary_in(Locale::En), policy.summary());
    /// # #[cfg(feature = "locales")]
    /// assert!(policy.summary_in(Locale::De).contains("innerhalb von 30 Tagen nach Lieferung"));
    /// ```
    pub fn summary_in(&self, locale: Locale) -> String {
        let w = Words {
            locale,
            doc: &self.doc,
        };
        let mut out: Vec<String> = Vec::new();
        w.window_sentences(&mut out);
        w.resolution_sentences(&mut out);
        w.fee_sentences(&mut out);
        w.shipping_sentences(&mut out);
        w.inspection_sentences(&mut out);
        for rule in &self.doc.rules {
            let description = rule.description.trim();
            out.push(if description.is_empty() {
                w.rule_sentence(rule)
            } else {
                description.to_string()
            });
        }
        if let Some(j) = self.doc.jurisdiction {
            w.statutory_sentences(j, &mut out);
        }

        let mut text = self.doc.name.trim().to_string();
        text.push('\n');
        for line in out {
            text.push_str("- ");
            text.push_str(&line);
            text.push('\n');
        }
        text
    }
}

/// The summary of one policy in one locale: its messages and how it writes figures.
struct Words<'a> {
    locale: Locale,
    doc: &'a PolicyDocument,
}

fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

fn count(n: i64) -> Arg {
    Arg::Count(n)
}

/// `yes` or `no`, the keys of a message's select on a flag.
fn flag(b: bool) -> Arg {
    text(if b { "yes" } else { "no" })
}

fn from_key(from: WindowStart) -> Arg {
    text(match from {
        WindowStart::Delivery => "delivery",
        WindowStart::Fulfillment => "fulfillment",
        WindowStart::Order => "order",
    })
}

fn resolution_key(r: Resolution) -> &'static str {
    match r {
        Resolution::OriginalPayment => "original_payment",
        Resolution::StoreCredit => "store_credit",
        Resolution::Exchange => "exchange",
    }
}

fn condition_key(c: ItemCondition) -> Arg {
    text(match c {
        ItemCondition::New => "new",
        ItemCondition::LikeNew => "like_new",
        ItemCondition::Used => "used",
        ItemCondition::Damaged => "damaged",
        ItemCondition::Missing => "missing",
        ItemCondition::WrongItem => "wrong_item",
    })
}

fn exemption_key(e: Exemption) -> Arg {
    text(match e {
        Exemption::Personalised => "personalised",
        Exemption::Perishable => "perishable",
        Exemption::SealedHygiene => "sealed_hygiene",
        Exemption::SealedMedia => "sealed_media",
    })
}

/// Who pays return shipping, as the engine charges it: a label fee is deducted only when the
/// customer pays the label and the policy sets one.
fn payer_key(payer: LabelPayer, label_fee: Option<Decimal>) -> &'static str {
    match payer {
        LabelPayer::Merchant => "merchant",
        LabelPayer::Customer if label_fee.is_some_and(|a| a > Decimal::ZERO) => "customer",
        LabelPayer::Customer => "customer_free",
        LabelPayer::CustomerArranged => "customer_arranged",
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Words<'_> {
    fn say(&self, id: M, args: &[(&str, Arg)]) -> String {
        messages::format(self.locale, id, args)
    }

    /// An amount, padded to the currency's minor digits, with its code when known.
    fn money(&self, amount: Decimal) -> String {
        let mut d = amount.normalize();
        match self.doc.currency {
            Some(c) => {
                if d.scale() < c.minor_digits() {
                    d.rescale(c.minor_digits());
                }
                let mut out = self.locale.decimal(d);
                out.push(' ');
                out.push_str(c.code());
                out
            }
            None => self.locale.decimal(d),
        }
    }

    fn percent(&self, p: Decimal) -> String {
        self.say(
            M::SummaryPercent,
            &[("percent", Arg::Amount(p.normalize()))],
        )
    }

    /// `a`, `a or b`, `a, b or c` (with `and`: [`M::SummaryAnd`]).
    fn list(&self, items: &[String], word: M) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => self.say(
                word,
                &[("first", text(init.join(", "))), ("second", text(last))],
            ),
        }
    }

    /// `a or b or c`: every pair joined with the word, as a compound condition reads.
    fn chain(&self, items: Vec<String>, word: M) -> String {
        let mut items = items.into_iter();
        let first = items.next().unwrap_or_default();
        items.fold(first, |acc, next| {
            self.say(word, &[("first", text(acc)), ("second", text(next))])
        })
    }

    fn or(&self, items: &[String]) -> String {
        self.list(items, M::SummaryOr)
    }

    fn resolutions(&self, list: &[Resolution]) -> String {
        let words: Vec<String> = list
            .iter()
            .map(|r| {
                self.say(
                    M::SummaryResolution,
                    &[("resolution", text(resolution_key(*r)))],
                )
            })
            .collect();
        self.or(&words)
    }

    fn bonus(&self, b: &BonusSpec) -> String {
        match b {
            BonusSpec::Percent { percent: p } => self.percent(*p),
            BonusSpec::Flat { amount } => self.money(*amount),
        }
    }

    fn restocking(&self, r: &RestockingSpec) -> String {
        match r {
            RestockingSpec::Percent { percent: p } => {
                self.say(M::SummaryFeePercent, &[("percent", text(self.percent(*p)))])
            }
            RestockingSpec::Flat { amount, per } => {
                let per = match per {
                    FeeScope::Unit => "unit",
                    FeeScope::Line => "line",
                    FeeScope::Return => "return",
                };
                self.say(
                    M::SummaryFeeFlat,
                    &[("amount", text(self.money(*amount))), ("per", text(per))],
                )
            }
        }
    }

    /// Who pays return shipping (`$payer`), and the label fee deducted (`$fee`).
    fn payer(&self, payer: LabelPayer) -> Vec<(&'static str, Arg)> {
        let label_fee = self.doc.fees.label_fee;
        let mut args = vec![("payer", text(payer_key(payer, label_fee)))];
        if let Some(fee) = label_fee {
            args.push(("fee", text(self.money(fee))));
        }
        args
    }

    /// The window: how long, from when, and when a deadline ends.
    fn window_sentences(&self, out: &mut Vec<String>) {
        let window = &self.doc.window;
        let from = || from_key(window.from);
        match window.days {
            _ if window.unlimited => out.push(self.say(M::SummaryWindowUnlimited, &[])),
            Some(0) => out.push(self.say(M::SummaryWindowSameDay, &[("from", from())])),
            Some(d) => out.push(self.say(
                M::SummaryWindowDays,
                &[("days", count(d)), ("from", from())],
            )),
            None => {}
        }
        if window.unlimited {
            return;
        }
        if window.from == WindowStart::Delivery {
            let buffer = window.transit_buffer_days;
            out.push(if buffer > 0 {
                self.say(M::SummaryTransitBuffer, &[("days", count(buffer))])
            } else {
                self.say(M::SummaryTransitNone, &[])
            });
        }
        let mut tz = self.say(
            M::SummaryDeadline,
            &[("timezone", text(self.doc.timezone.clone()))],
        );
        if window.extend_to_business_day {
            let mut holidays = window.holidays.clone();
            crate::sort::sort_by(&mut holidays, Ord::cmp);
            holidays.dedup();
            tz.push(' ');
            tz.push_str(&if holidays.is_empty() {
                self.say(M::SummaryBusinessDay, &[])
            } else {
                let days: Vec<String> = holidays.iter().map(|d| self.locale.date(*d)).collect();
                self.say(
                    M::SummaryBusinessDayHolidays,
                    &[("holidays", text(days.join(", ")))],
                )
            });
        }
        out.push(tz);
    }

    /// Refund options, the store-credit-only cutoff and bonus credit.
    fn resolution_sentences(&self, out: &mut Vec<String>) {
        let doc = self.doc;
        let options = self.resolutions(&doc.resolutions);
        out.push(self.say(M::SummaryRefundOptions, &[("options", text(options))]));
        if let Some(d) = doc.store_credit_only_after_days {
            out.push(self.say(
                M::SummaryCreditOnlyAfter,
                &[("days", count(d)), ("from", from_key(doc.window.from))],
            ));
        }
        if let Some(b) = &doc.bonus.store_credit {
            let bonus = text(self.bonus(b));
            out.push(self.say(M::SummaryBonusStoreCredit, &[("bonus", bonus)]));
        }
        if let Some(b) = &doc.bonus.exchange {
            let bonus = text(self.bonus(b));
            out.push(self.say(M::SummaryBonusExchange, &[("bonus", bonus)]));
        }
    }

    /// Restocking and handling fees.
    fn fee_sentences(&self, out: &mut Vec<String>) {
        let fees = &self.doc.fees;
        let applies = || {
            text(if fees.charge_merchant_fault {
                "every"
            } else {
                "remorse"
            })
        };
        if let Some(r) = fees.restocking.as_ref().filter(|r| charges(r)) {
            out.push(self.say(
                M::SummaryRestockingFee,
                &[("fee", text(self.restocking(r))), ("applies", applies())],
            ));
        }
        if let Some(fee) = fees.return_fee.filter(|a| *a > Decimal::ZERO) {
            out.push(self.say(
                M::SummaryHandlingFee,
                &[("fee", text(self.money(fee))), ("applies", applies())],
            ));
        }
    }

    /// Who pays return shipping, for changed-mind and for faulty items.
    fn shipping_sentences(&self, out: &mut Vec<String>) {
        let doc = self.doc;
        let shipping = |payer: LabelPayer| self.say(M::SummaryShipping, &self.payer(payer));
        let sentences = |first: M, rest: &[String]| {
            let mut s = self.say(first, &[]);
            for r in rest {
                s.push(' ');
                s.push_str(r);
            }
            s
        };
        out.push(sentences(M::SummaryRemorse, &[shipping(doc.label.remorse)]));
        let mut fault = vec![shipping(doc.label.merchant_fault)];
        let has_fees = doc.fees.restocking.as_ref().is_some_and(charges)
            || doc.fees.return_fee.is_some_and(|a| a > Decimal::ZERO);
        if has_fees && !doc.fees.charge_merchant_fault {
            fault.push(self.say(M::SummaryFaultNoFees, &[]));
        }
        if doc.refund_shipping_on_merchant_fault {
            fault.push(self.say(M::SummaryFaultRefundsShipping, &[]));
        }
        out.push(sentences(M::SummaryFault, &fault));
    }

    /// Inspection deductions, keep-item, final sale and review thresholds.
    fn inspection_sentences(&self, out: &mut Vec<String>) {
        let doc = self.doc;
        for d in &doc.inspection {
            out.push(self.say(
                M::SummaryInspection,
                &[
                    ("condition", condition_key(d.condition)),
                    ("percent", text(self.percent(d.percent))),
                ],
            ));
        }
        if let Some(k) = &doc.keep_item {
            if let Some(threshold) = k.threshold {
                let amount = text(self.money(threshold));
                out.push(self.say(M::SummaryKeepThreshold, &[("amount", amount)]));
            }
            if k.when_uneconomic {
                out.push(self.say(M::SummaryKeepUneconomic, &[]));
            }
        }
        out.push(if doc.jurisdiction.is_some() {
            self.say(M::SummaryFinalSaleStatutory, &[])
        } else {
            self.say(M::SummaryFinalSale, &[])
        });
        if let Some(v) = doc.review.value_over {
            let amount = text(self.money(v));
            out.push(self.say(M::SummaryReviewValue, &[("amount", amount)]));
        }
        if let Some(n) = doc.review.items_over {
            out.push(self.say(M::SummaryReviewItems, &[("count", count(n))]));
        }
    }

    /// A reason's label in quotes: a standard reason's from the catalog, a custom one's as
    /// the policy gives it, else its code.
    fn reason_label(&self, code: &str) -> String {
        let standard = STANDARD_REASONS
            .iter()
            .find(|(c, _, _)| *c == code)
            .and_then(|(c, _, _)| M::return_reason(c))
            .map(|id| self.say(id, &[]));
        let custom = || {
            self.doc
                .reasons
                .iter()
                .find(|r| r.code == code && !r.label.trim().is_empty())
                .map(|r| r.label.trim().to_string())
        };
        let label = standard.or_else(custom).unwrap_or_else(|| code.to_string());
        self.say(M::SummaryQuoted, &[("text", text(label))])
    }

    fn range<T: Copy>(&self, r: &Range<T>, show: impl Fn(T) -> String) -> Arg {
        let (bound, low, high) = match (r.at_least, r.at_most) {
            (Some(lo), Some(hi)) => ("between", show(lo), show(hi)),
            (Some(lo), None) => ("at_least", show(lo), String::new()),
            (None, Some(hi)) => ("at_most", String::new(), show(hi)),
            (None, None) => ("any", String::new(), String::new()),
        };
        text(self.say(
            M::SummaryRange,
            &[
                ("bound", text(bound)),
                ("low", text(low)),
                ("high", text(high)),
            ],
        ))
    }

    /// A subject naming a list, with the noun's plural form chosen by its length.
    fn listed(&self, id: M, list: &[String]) -> String {
        let n = i64::try_from(list.len()).unwrap_or(i64::MAX);
        self.say(id, &[("count", count(n)), ("list", text(self.or(list)))])
    }

    /// A subject naming a list of values (exemptions, reported conditions), each said by its
    /// own message (`each`: the message, its argument's name and the value's key), joined
    /// with `or`.
    fn named<T: Copy>(&self, id: M, each: (M, &str, fn(T) -> Arg), items: &[T]) -> String {
        let (message, name, key) = each;
        let said: Vec<String> = items
            .iter()
            .map(|v| self.say(message, &[(name, key(*v))]))
            .collect();
        self.say(id, &[("list", text(self.or(&said)))])
    }

    /// A condition as a plural noun phrase naming what it matches, in lower case.
    fn subject(&self, c: &Condition) -> String {
        let m = |a: Decimal| self.money(a);
        let n = |v: i64| v.to_string();
        let or = |l: &[String]| ("list", text(self.or(l)));
        let yes = |key: &'static str, b: bool| [(key, flag(b))];
        let compound = |cs: &[Condition], word: M| {
            let parts: Vec<String> = cs
                .iter()
                .map(|c| match c {
                    Condition::All(_) | Condition::Any(_) => format!("({})", self.subject(c)),
                    _ => self.subject(c),
                })
                .collect();
            self.chain(parts, word)
        };
        match c {
            Condition::All(cs) => compound(cs, M::SummaryAnd),
            Condition::Any(cs) => compound(cs, M::SummaryOr),
            Condition::Not(c) => self.say(M::SummaryWhenNot, &[("subject", text(self.subject(c)))]),
            Condition::Sku(l) => self.listed(M::SummaryWhenSku, l),
            Condition::ProductId(l) => self.listed(M::SummaryWhenProduct, l),
            Condition::Category(l) => self.listed(M::SummaryWhenCategory, l),
            Condition::ProductTag(l) => self.say(M::SummaryWhenProductTag, &[or(l)]),
            Condition::Price(r) => self.say(M::SummaryWhenPrice, &[("range", self.range(r, m))]),
            Condition::FinalSale(b) => self.say(M::SummaryWhenFinalSale, &yes("final_sale", *b)),
            Condition::Exemption(l) => self.named(
                M::SummaryWhenExemption,
                (M::SummaryExemption, "exemption", exemption_key),
                l,
            ),
            Condition::OrderTotal(r) => {
                self.say(M::SummaryWhenOrderTotal, &[("range", self.range(r, m))])
            }
            Condition::DiscountCode(l) => self.listed(M::SummaryWhenDiscountCode, l),
            Condition::Channel(l) => self.say(M::SummaryWhenChannel, &[or(l)]),
            Condition::Country(l) => self.say(M::SummaryWhenCountry, &[or(l)]),
            Condition::OrderTag(l) => self.say(M::SummaryWhenOrderTag, &[or(l)]),
            Condition::DaysSinceOrder(r) => {
                self.say(M::SummaryWhenDaysSinceOrder, &[("range", self.range(r, n))])
            }
            Condition::DaysSinceDelivery(r) => self.say(
                M::SummaryWhenDaysSinceDelivery,
                &[("range", self.range(r, n))],
            ),
            Condition::OrderDate(d) => self.say(
                M::SummaryWhenOrderDate,
                &[
                    ("first_day", Arg::Date(d.from)),
                    ("last_day", Arg::Date(d.to)),
                ],
            ),
            Condition::CustomerTag(l) => self.say(M::SummaryWhenCustomerTag, &[or(l)]),
            Condition::CustomerTier(l) => self.listed(M::SummaryWhenCustomerTier, l),
            Condition::PastReturns(r) => {
                self.say(M::SummaryWhenPastReturns, &[("range", self.range(r, n))])
            }
            Condition::ReturnRate(r) => {
                let range = self.range(r, |p| self.percent(p));
                self.say(M::SummaryWhenReturnRate, &[("range", range)])
            }
            Condition::Blocklisted(b) => {
                self.say(M::SummaryWhenBlocklisted, &yes("blocklisted", *b))
            }
            Condition::Reason(codes) => {
                let l: Vec<String> = codes.iter().map(|c| self.reason_label(c)).collect();
                self.say(M::SummaryWhenReason, &[or(&l)])
            }
            Condition::ReasonClass(class) => {
                let class = match class {
                    ReasonClass::Remorse => "remorse",
                    ReasonClass::MerchantFault => "merchant_fault",
                };
                self.say(M::SummaryWhenReasonClass, &[("class", text(class))])
            }
            Condition::RequestedResolution(l) => self.say(
                M::SummaryWhenResolution,
                &[("list", text(self.resolutions(l)))],
            ),
            Condition::ItemCount(r) => {
                self.say(M::SummaryWhenItemCount, &[("range", self.range(r, n))])
            }
            Condition::ReturnValue(r) => {
                self.say(M::SummaryWhenReturnValue, &[("range", self.range(r, m))])
            }
            Condition::FullReturn(b) => self.say(M::SummaryWhenFullReturn, &yes("full", *b)),
            Condition::ReportedCondition(l) => self.named(
                M::SummaryWhenReportedCondition,
                (M::SummaryCondition, "condition", condition_key),
                l,
            ),
            Condition::PhotosProvided(b) => self.say(M::SummaryWhenPhotos, &yes("photos", *b)),
            Condition::Disposition(_) => self.say(M::SummaryWhenDisposition, &[]),
        }
    }

    /// An action as a verb phrase for a plural subject.
    fn predicate(&self, action: &Action) -> String {
        let doc = self.doc;
        let fee = |a: &Decimal| [("fee", text(self.money(*a)))];
        let res = |l: &[Resolution]| [("list", text(self.resolutions(l)))];
        match action {
            Action::Deny(_) => self.say(M::SummaryThenDeny, &[]),
            Action::Review(_) => self.say(M::SummaryThenReview, &[]),
            Action::WindowDays(d) => self.say(
                M::SummaryThenWindowDays,
                &[("days", count(*d)), ("from", from_key(doc.window.from))],
            ),
            Action::WindowUntil(day) => {
                self.say(M::SummaryThenWindowUntil, &[("date", Arg::Date(*day))])
            }
            Action::SetRestocking(r) if charges(r) => self.say(
                M::SummaryThenRestocking,
                &[("fee", text(self.restocking(r)))],
            ),
            Action::SetRestocking(_) => self.say(M::SummaryThenNoRestocking, &[]),
            Action::SetReturnFee(a) if *a > Decimal::ZERO => {
                self.say(M::SummaryThenHandlingFee, &fee(a))
            }
            Action::SetReturnFee(_) => self.say(M::SummaryThenNoHandlingFee, &[]),
            Action::SetLabelFee(a) if *a > Decimal::ZERO => {
                self.say(M::SummaryThenLabelFee, &fee(a))
            }
            Action::SetLabelFee(_) => self.say(M::SummaryThenNoLabelFee, &[]),
            Action::WaiveFees => self.say(M::SummaryThenWaiveFees, &[]),
            Action::RestrictResolutions(l) => self.say(M::SummaryThenOnly, &res(l)),
            Action::AddResolutions(l) => self.say(M::SummaryThenAlso, &res(l)),
            Action::Bonus(b) => {
                let with = |spec: &Option<BonusSpec>, key: &str| {
                    spec.as_ref().map(|s| {
                        self.say(
                            M::SummaryBonusWith,
                            &[("bonus", text(self.bonus(s))), ("with", text(key))],
                        )
                    })
                };
                let parts: Vec<String> = [
                    with(&b.store_credit, "store_credit"),
                    with(&b.exchange, "exchange"),
                ]
                .into_iter()
                .flatten()
                .collect();
                if parts.is_empty() {
                    self.say(M::SummaryThenNoBonus, &[])
                } else {
                    self.say(M::SummaryThenBonus, &[("list", text(self.or(&parts)))])
                }
            }
            Action::KeepItem => self.say(M::SummaryThenKeep, &[]),
            Action::RequirePhotos => self.say(M::SummaryThenPhotos, &[]),
            Action::HoldForInspection(_) => self.say(M::SummaryThenInspect, &[]),
            Action::BypassFinalSale => self.say(M::SummaryThenBypassFinalSale, &[]),
            Action::GoodwillCredit(b) => {
                self.say(M::SummaryThenGoodwill, &[("bonus", text(self.bonus(b)))])
            }
            Action::LabelPayer(p) => self.say(M::SummaryThenLabel, &self.payer(*p)),
            Action::RouteTo(id) => {
                let d = doc.destinations.iter().find(|d| &d.id == id);
                let name = d.map_or(id.as_str(), |d| d.name.as_str());
                self.say(M::SummaryThenRoute, &[("name", text(name))])
            }
        }
    }

    /// A sentence for a rule without a description, from its conditions and actions, then
    /// the message of a denial or review as the policy words it.
    fn rule_sentence(&self, rule: &Rule) -> String {
        let who = match &rule.when {
            Some(c) => self.subject(c),
            None => self.say(M::SummaryAllReturns, &[]),
        };
        let verbs: Vec<String> = rule.then.iter().map(|a| self.predicate(a)).collect();
        let mut s = self.say(
            M::SummaryRule,
            &[
                ("subject", text(capitalize(&who))),
                ("actions", text(self.list(&verbs, M::SummaryAnd))),
            ],
        );
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

    /// The consumer-law profile: the withdrawal right, what it guarantees, its exemptions,
    /// return shipping on withdrawal, and the UK's short-term right to reject.
    fn statutory_sentences(&self, j: Jurisdiction, out: &mut Vec<String>) {
        let doc = self.doc;
        let juris = || {
            (
                "jurisdiction",
                text(match j {
                    Jurisdiction::Eu => "eu",
                    Jurisdiction::Uk => "uk",
                }),
            )
        };
        out.push(self.say(
            M::SummaryStatuteWithdrawal,
            &[juris(), ("days", count(WITHDRAWAL_DAYS))],
        ));
        out.push(self.say(
            M::SummaryStatuteRefund,
            &[juris(), ("days", count(REFUND_DAYS))],
        ));
        out.push(self.say(M::SummaryStatuteExempt, &[]));
        let shipping_costs = match doc.label.remorse {
            LabelPayer::Merchant => false,
            LabelPayer::Customer => doc.fees.label_fee.is_some_and(|a| a > Decimal::ZERO),
            LabelPayer::CustomerArranged => true,
        };
        if shipping_costs {
            out.push(self.say(M::SummaryStatuteShipping, &[juris()]));
        }
        if j == Jurisdiction::Uk {
            out.push(self.say(
                M::SummaryStatuteReject,
                &[("days", count(SHORT_TERM_REJECT_DAYS))],
            ));
        }
    }
}
