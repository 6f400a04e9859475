//! `decide`: applies a compiled policy to a return request, line by line, then clamps the
//! result with the jurisdiction's statutory rules and prices every resolution on offer.
//!
//! Conflicts resolve the same way every time: deny beats review, review beats approve; when
//! several windows apply the latest deadline wins; for fees, bonuses and the label payer, a
//! later rule overrides an earlier one (rule order); every rule that fired is listed.
//!
//! A decision runs in phases, each a function below, in the order [`decide`] calls them:
//! resolve the lines, gather the facts, open the windows, apply the rules, check eligibility,
//! apply the statutory minimums, settle the outcomes; then, unless every line is denied, the
//! resolutions on offer, the label, keep-item, the label payer, the fees, and one refund quote
//! per resolution.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;

use super::facts::{holds, LineFacts, ReturnFacts};
use super::outcome::*;
use super::request::ReturnRequest;
use super::statute::{self, Statute};
use crate::error::{Error, Result};
use crate::label::LabelQuote;
use crate::messages::{format as say, Arg, Locale, MessageId as M};
use crate::money::percent_of;
use crate::order::Order;
use crate::policy::window::{add_days, Deadline, WindowClock};
use crate::policy::{
    Action, BonusSpec, Jurisdiction, KeepItemPolicy, LabelDeduction, LabelPayer,
    PartialBundleReturns, Policy, ReasonClass, RestockingSpec, Rule, Verdict, WindowStart,
};
use crate::refund::engine::{in_request_or_order, quote_with_ledger, resettle};
use crate::refund::ledger::{non_negative, OrderLedger, MAX_UNITS};
use crate::refund::{
    Bonus, CreditExpiry, Fees, QuoteMode, RefundLine, RefundRequest, Resolution, RestockingFee,
    ShippingRefund,
};

/// Decides a return request under `policy`, as of `now`.
///
/// The same inputs always give the same decision; nothing reads the clock. Errors name the
/// document and field at fault: `order.lines[1].quantity` for an order line,
/// `request.lines[0].line_id` for a line the order doesn't have, `policy.currency` for a
/// policy in another currency than the order.
///
/// ```
/// use returnkit::{decision::{decide, Outcome, ReturnRequest}, policy::Policy, from_json, Order};
/// let policy = Policy::from_json(r#"{"name": "30 days", "window": {"days": 30}}"#).unwrap();
/// let order: Order = from_json(include_str!("../../samples/order.json")).unwrap();
/// let request: ReturnRequest = from_json(r#"{"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]}"#).unwrap();
/// let now = "2026-10-20T12:00:00Z".parse().unwrap();
/// let d = decide(&policy, &order, &request, now).unwrap();
/// assert_eq!(d.outcome, Outcome::Approve);
/// assert_eq!(d.lines[0].deadline.unwrap().to_string(), "2026-11-05");
/// ```
pub fn decide(
    policy: &Policy,
    order: &Order,
    request: &ReturnRequest,
    now: DateTime<Utc>,
) -> Result<Decision> {
    check_currency(policy, order)?;
    let ledger = OrderLedger::new(order).map_err(|e| e.within("order"))?;
    decide_checked(policy, order, request, ledger, now).map_err(in_request_or_order)
}

/// [`decide`] once the order is checked into `ledger`; errors name their field in the request
/// (or the order's, for one that [`in_request_or_order`] places there).
fn decide_checked<'a>(
    policy: &'a Policy,
    order: &'a Order,
    request: &'a ReturnRequest,
    ledger: OrderLedger<'a>,
    now: DateTime<Utc>,
) -> Result<Decision> {
    if request.lines.is_empty() {
        return Err(Error::InvalidValue {
            field: "lines".into(),
            reason: "a return needs at least one line".into(),
        });
    }
    let mut dates = ClockMemo::new(&policy.clock);
    let today = dates.local_date(now);
    let locale = request.locale.as_deref().map(Locale::negotiate);
    let case = Case {
        policy,
        order,
        request,
        ledger,
        now,
        today,
        locale: locale.unwrap_or_default(),
    };

    let mut lines = case.resolve_lines(&mut dates)?;
    let facts = case.return_facts(&mut lines, &mut dates)?;
    case.open_windows(&mut lines, &mut dates);
    let (mut ret, fired_rules) = case.apply_rules(&facts, &mut lines, &mut dates);
    case.check_eligibility(&mut lines);
    let (statutory, refund_by) =
        case.apply_statute(facts.full_return, &mut lines, &mut ret, &mut dates);
    if request.is_gift() {
        case.gift_limits(&mut lines);
    }

    if request.lines.iter().any(|l| l.resolution.is_some()) {
        case.check_line_resolutions(&mut lines);
    }
    let mut line_decisions = line_outcomes(&mut lines);
    refund_timing(policy, &mut lines, &mut line_decisions);
    case.route_lines(&facts, &lines, &mut line_decisions);
    let live = live_lines(&line_decisions);
    let (live_value, live_units) = live_totals(&lines, &live);
    let return_reasons = case.return_reviews(live_value, live_units, facts.return_rate, &mut ret);
    let mut decision = Decision {
        schema_version: super::DECISION_SCHEMA_VERSION,
        outcome: return_outcome(&line_decisions, &live, &return_reasons),
        lines: line_decisions,
        reasons: return_reasons,
        requested_resolution: request.resolution,
        resolutions: Vec::new(),
        keep_item: false,
        keep_item_reason: None,
        keep_item_saving: None,
        label_payer: None,
        refund_by,
        statutory,
        goodwill_credit: None,
        fired_rules,
        label: None,
        label_expires_on: None,
        gift: request.is_gift(),
        locale,
    };
    if decision.outcome == Outcome::Deny {
        return Ok(decision);
    }

    let offered = case.offered_resolutions(&lines, &live, &mut decision);
    let label = case.price_label(&lines, &live, &mut decision)?;
    let label = case.keep_item(&lines, &live, live_value, label, &mut decision)?;
    decision.label_expires_on = label.as_ref().map(|q| q.chosen.expires_on(today));
    let fault = merchant_fault(&lines, &live);
    decision.label_payer = (!decision.keep_item).then(|| case.label_payer(fault, &ret));
    let base = case.base_refund_request(&lines, &live, &ret, fault, label.as_ref(), &decision);
    case.quote_resolutions(base, offered, &ret, &mut decision)?;
    if let Some(spec) = &ret.goodwill {
        decision.goodwill_credit = Some(case.goodwill_credit(spec, &decision)?);
    }
    decision.label = label;
    Ok(decision)
}

/// A policy with a currency decides only orders in that currency.
fn check_currency(policy: &Policy, order: &Order) -> Result<()> {
    match policy.doc.currency {
        Some(currency) if currency != order.currency => Err(Error::CurrencyMismatch {
            field: "policy.currency".into(),
            expected: currency.code().into(),
            found: order.currency.code().into(),
        }),
        _ => Ok(()),
    }
}

/// A return being decided: the inputs every phase reads, checked, with the order's ledger
/// and the local date of `now`.
struct Case<'a> {
    policy: &'a Policy,
    order: &'a Order,
    request: &'a ReturnRequest,
    ledger: OrderLedger<'a>,
    now: DateTime<Utc>,
    today: NaiveDate,
    /// The locale the customer's messages are written in.
    locale: Locale,
}

impl<'a> Case<'a> {
    /// Resolve lines: each request line found on the order (once), its quantity and reason
    /// checked, and what it can still return after earlier returns.
    fn resolve_lines(&self, dates: &mut ClockMemo<'_>) -> Result<Vec<LineState<'a>>> {
        let (policy, order, request, ledger) =
            (self.policy, self.order, self.request, &self.ledger);
        let doc = &policy.doc;
        let offered_by_policy = ResolutionSet::of(&doc.resolutions);
        let mut lines: Vec<LineState<'a>> = Vec::with_capacity(request.lines.len());
        // Bundle components returned alone claim no line: record every line from the start.
        let bundles = request.lines.iter().any(|l| l.component_id.is_some());
        let mut taken = bundles.then(|| vec![false; ledger.lines.len()]);
        for (j, req) in request.lines.iter().enumerate() {
            let (i, component) = match &req.component_id {
                None => (ledger.claim_line(&req.line_id, j, &mut taken)?, None),
                Some(id) => {
                    let i =
                        ledger
                            .find_line(&req.line_id, j)
                            .ok_or_else(|| Error::UnknownLine {
                                field: format!("lines[{j}].line_id"),
                                line_id: req.line_id.to_string(),
                            })?;
                    let Some(src) = order.lines.get(i) else {
                        continue;
                    };
                    (i, Some(crate::refund::bundle::claim_component(src, id, j)?))
                }
            };
            if req.quantity < 1 || req.quantity > MAX_UNITS {
                return Err(Error::InvalidQuantity {
                    field: format!("lines[{j}].quantity"),
                    quantity: req.quantity,
                });
            }
            let class = policy
                .reason_class(&req.reason)
                .ok_or_else(|| Error::UnknownReason {
                    field: format!("lines[{j}].reason"),
                    reason: req.reason.clone(),
                })?;
            let (Some(src), Some(l)) = (order.lines.get(i), ledger.lines.get(i)) else {
                continue;
            };
            let available = match component {
                None if ledger.has_component_returns(i) => {
                    return Err(Error::InvalidValue {
                        field: format!("lines[{j}].component_id"),
                        reason: format!(
                            "components of bundle `{}` were returned alone; return the rest by component",
                            src.id
                        ),
                    })
                }
                None => src.returnable_quantity() - l.prior_units,
                Some(c) => {
                    let share = ledger.component_share(i, c)?;
                    share.returnable - share.prior
                }
            }
            .max(0);
            let anchor = window_anchor(policy, order, src);
            let delivered_at = src.delivered_at.or_else(|| {
                src.fulfilled_at.map(|t| {
                    crate::policy::window::later_by_days(t, doc.window.transit_buffer_days)
                })
            });
            lines.push(LineState {
                i,
                component,
                line: src,
                req,
                class,
                eligible: req.quantity.min(available),
                available,
                anchor,
                days_since_delivery: delivered_at
                    .map(|t| (self.today - dates.local_date(t)).num_days()),
                delivered_at,
                deadline: None,
                deny: Vec::new(),
                review: Vec::new(),
                restocking: Setting::Default,
                waived: false,
                resolutions: offered_by_policy,
                keep_item: false,
                require_photos: false,
                bypass_final_sale: false,
                statutory_right: None,
                hold: None,
                net: 0,
            });
        }
        if bundles {
            crate::refund::bundle::check_bundle_lines(
                ledger,
                request
                    .lines
                    .iter()
                    .map(|l| (&l.line_id, l.component_id.as_ref())),
                taken.as_deref(),
            )?;
        }
        Ok(lines)
    }

    /// Facts about the return as a whole, which rules' conditions read; on the way, each
    /// line's net value, which the thresholds and the keep-item check count.
    fn return_facts(
        &self,
        lines: &mut [LineState<'_>],
        dates: &mut ClockMemo<'_>,
    ) -> Result<ReturnFacts<'a>> {
        let (order, ledger) = (self.order, &self.ledger);
        let mut item_count = 0i64;
        let mut return_value = 0i64;
        for s in lines.iter_mut() {
            item_count += s.eligible;
            let (paid, tax) = match s.component {
                None => ledger.line_value(s.i, s.eligible)?,
                Some(c) => ledger.component_value(s.i, c, s.eligible)?,
            };
            // Kept for the thresholds and the keep-item check, which value the same units.
            s.net = if order.prices_include_tax {
                paid - tax
            } else {
                paid
            };
            return_value += s.net;
        }
        let digits = ledger.digits;
        let full_return = order
            .lines
            .iter()
            .zip(&ledger.lines)
            .enumerate()
            .all(|(i, (src, l))| {
                let asked = lines
                    .iter()
                    .find(|s| s.i == i && s.component.is_none())
                    .map_or(0, |s| s.eligible);
                l.prior_units + asked >= src.quantity
            });
        let return_rate = match order.customer.as_ref() {
            Some(c) if c.order_count > 0 => {
                Decimal::from(c.return_count) * Decimal::ONE_HUNDRED / Decimal::from(c.order_count)
            }
            _ => Decimal::ZERO,
        };
        Ok(ReturnFacts {
            order,
            request: self.request,
            order_total: Decimal::new(ledger.order_total(), digits),
            days_since_order: order
                .placed_at
                .map(|t| (self.today - dates.local_date(t)).num_days()),
            order_date: order.placed_at.map(|t| dates.local_date(t)),
            return_rate,
            item_count,
            return_value: Decimal::new(return_value, digits),
            full_return,
        })
    }

    /// Windows: the policy's base window, counted from each line's anchor.
    fn open_windows(&self, lines: &mut [LineState<'_>], dates: &mut ClockMemo<'_>) {
        let window = &self.policy.doc.window;
        if window.unlimited {
            return;
        }
        let Some(days) = window.days else { return };
        let extend = self.policy.clock.policy_extends();
        for s in lines.iter_mut() {
            if let Some(anchor) = s.anchor {
                s.deadline = Some(dates.deadline_after(anchor, days, extend));
            }
        }
    }

    /// Rules, in order: each fires for the lines its condition holds on, and its actions
    /// change those lines and the return's settings (a later rule overrides an earlier one).
    /// Returns the return's settings and the rules that fired.
    fn apply_rules(
        &self,
        facts: &ReturnFacts<'_>,
        lines: &mut [LineState<'_>],
        dates: &mut ClockMemo<'_>,
    ) -> (ReturnSettings, Vec<FiredRule>) {
        let policy = self.policy;
        let mut ret = ReturnSettings::default();
        let mut fired_rules = Vec::new();
        // One buffer for every rule's lines, rather than one allocation per rule.
        let mut fired_for: Vec<usize> = Vec::with_capacity(lines.len());
        // The ids of every requested line, built once and shared by every rule that fired for
        // all of them: one reference count per rule rather than one per line.
        let mut every_line: Option<std::sync::Arc<[smol_str::SmolStr]>> = None;
        for (r, rule) in policy.doc.rules.iter().enumerate() {
            let per_line = policy.rule_reads_line.get(r).copied().unwrap_or(true);
            lines_where(rule, per_line, facts, lines, &mut fired_for);
            if fired_for.is_empty() {
                continue;
            }
            for &k in &fired_for {
                let Some(s) = lines.get_mut(k) else { continue };
                for action in &rule.then {
                    s.apply(policy, dates, &rule.id, action, &mut ret);
                }
            }
            let line_ids = if fired_for.len() == lines.len() {
                every_line
                    .get_or_insert_with(|| lines.iter().map(|s| s.req.line_id.clone()).collect())
                    .clone()
            } else {
                fired_for
                    .iter()
                    .filter_map(|&k| lines.get(k).map(|s| s.req.line_id.clone()))
                    .collect()
            };
            fired_rules.push(FiredRule {
                rule_id: policy
                    .rule_ids
                    .get(r)
                    .cloned()
                    .unwrap_or_else(|| rule.id.as_str().into()),
                line_ids,
            });
        }
        (ret, fired_rules)
    }

    /// Eligibility: units not yet delivered or already returned, final sale, the window,
    /// and photos a rule asked for.
    fn check_eligibility(&self, lines: &mut [LineState<'_>]) {
        let doc = &self.policy.doc;
        for s in lines.iter_mut() {
            let (src, req) = (s.line, s.req);
            if s.available == 0 {
                let (code, message) = if src.returnable_quantity() == 0 {
                    ("not_delivered", M::ReasonNotDelivered)
                } else {
                    ("already_returned", M::ReasonAlreadyReturned)
                };
                s.deny.push(reason(code, self.say(message, &[]), None));
            } else if s.eligible < req.quantity {
                s.review.push(reason(
                    "partially_returnable",
                    self.say(
                        M::ReasonPartiallyReturnable,
                        &[
                            ("eligible", Arg::Count(s.eligible)),
                            ("requested", Arg::Count(req.quantity)),
                        ],
                    ),
                    None,
                ));
            }
            if src.final_sale && !s.bypass_final_sale {
                s.deny.push(reason(
                    "final_sale",
                    self.say(M::ReasonFinalSale, &[]),
                    None,
                ));
            }
            if !doc.window.unlimited {
                match s.deadline {
                    Some(d) if self.now >= d.closes_at => s.deny.push(reason(
                        "outside_window",
                        self.say(M::ReasonOutsideWindow, &[("date", Arg::Date(d.last_day))]),
                        None,
                    )),
                    Some(_) => {}
                    None => s.deny.push(reason(
                        "not_delivered",
                        self.say(M::ReasonNotDeliveredWindow, &[]),
                        None,
                    )),
                }
            }
            if s.component.is_some() {
                let partial = |id: M| reason("partial_bundle", self.say(id, &[]), None);
                match doc.bundles.partial_returns {
                    PartialBundleReturns::Allow => {}
                    PartialBundleReturns::Deny => s.deny.push(partial(M::ReasonPartialBundle)),
                    PartialBundleReturns::Review => {
                        s.review.push(partial(M::ReasonPartialBundleReview))
                    }
                }
            }
            if s.require_photos && !self.request.photos_provided {
                s.review.push(reason(
                    "photos_required",
                    self.say(M::ReasonPhotosRequired, &[]),
                    None,
                ));
            }
        }
    }

    /// A message for the customer, in the request's locale.
    fn say(&self, id: M, args: &[(&str, Arg)]) -> String {
        say(self.locale, id, args)
    }

    /// Statutory minimums: the jurisdiction's consumer law clamps whatever the rules said. A
    /// line under a right of withdrawal or the short-term right to reject loses its denials
    /// and fees and keeps the refund to the original payment. Returns the rules cited and the
    /// day the refund is due by.
    fn apply_statute(
        &self,
        full_return: bool,
        lines: &mut [LineState<'_>],
        ret: &mut ReturnSettings,
        dates: &mut ClockMemo<'_>,
    ) -> (Vec<StatutoryRule>, Option<NaiveDate>) {
        let order = self.order;
        let mut statutory = Vec::new();
        let mut refund_by = None;
        let Some(j) = self.policy.doc.jurisdiction else {
            return (statutory, refund_by);
        };
        let mut withdrawal_lines = 0usize;
        // Lines under any statutory right, each counted once.
        let mut statutory_lines = 0usize;
        let deadline = statute::withdrawal_deadline(order, &self.policy.clock);
        let open = deadline.is_none_or(|d| self.now < d.closes_at);
        let cite = |st: Statute, list: &mut Vec<StatutoryRule>| {
            let rule = statute::rule(j, st, self.locale);
            if !list.iter().any(|r| r.code == rule.code) {
                list.push(rule);
            }
        };
        for s in lines.iter_mut() {
            let (src, req) = (s.line, s.req);
            if s.available == 0 {
                continue;
            }
            let short_term = j == Jurisdiction::Uk
                && s.class == ReasonClass::MerchantFault
                && s.days_since_delivery
                    .is_some_and(|d| d <= statute::SHORT_TERM_REJECT_DAYS);
            let withdrawal = open && !statute::exempt(src, req.unsealed);
            if !(withdrawal || short_term) {
                continue;
            }
            // No rule, final-sale flag or shorter window can take the right away.
            s.deny.clear();
            s.waived = true;
            s.restocking = Setting::Waived;
            s.resolutions.insert(Resolution::OriginalPayment);
            if short_term {
                s.statutory_right =
                    Some(format!("{}_short_term_right_to_reject", statute::prefix(j)));
                cite(Statute::ShortTermReject, &mut statutory);
                ret.short_term_reject = true;
                statutory_lines += 1;
                if let Some(t) = s.delivered_at {
                    s.later_deadline(dates.deadline_after(
                        t,
                        statute::SHORT_TERM_REJECT_DAYS,
                        true,
                    ));
                }
            } else {
                s.statutory_right = Some(format!("{}_withdrawal", statute::prefix(j)));
            }
            if withdrawal {
                withdrawal_lines += 1;
                if !short_term {
                    statutory_lines += 1;
                }
                cite(Statute::Withdrawal, &mut statutory);
                if !order.withdrawal_notice_given {
                    cite(Statute::Uninformed, &mut statutory);
                }
                if let Some(d) = deadline {
                    s.later_deadline(d);
                }
            }
            cite(Statute::NoRestocking, &mut statutory);
            cite(Statute::OriginalPayment, &mut statutory);
        }
        if statutory_lines > 0 {
            cite(Statute::RefundBy, &mut statutory);
            refund_by = Some(add_days(self.today, statute::REFUND_DAYS));
        }
        if withdrawal_lines > 0 && full_return && withdrawal_lines == lines.len() {
            cite(Statute::Delivery, &mut statutory);
            ret.statutory_delivery = true;
        }
        (statutory, refund_by)
    }

    /// A gift return asks for store credit or an exchange: one that asks for a refund to the
    /// original payment (the buyer's) is denied on every line, and a line that asks for it on
    /// its own is denied, whatever the law or the rules said (the buyer's statutory rights are
    /// the buyer's own, used in a return of their own).
    fn gift_limits(&self, lines: &mut [LineState<'_>]) {
        let whole = self.request.resolution == Some(Resolution::OriginalPayment);
        for s in lines.iter_mut() {
            // A line of a mixed return may ask for the card on its own; it is a gift's too.
            if !whole && s.req.resolution != Some(Resolution::OriginalPayment) {
                continue;
            }
            s.deny.push(reason(
                "gift_original_payment",
                self.say(M::ReasonGiftOriginalPayment, &[]),
                None,
            ));
        }
    }

    /// Return-level reviews: the policy's thresholds over what can be returned (its value
    /// before tax, its units, the customer's return rate), then the reviews rules asked for.
    fn return_reviews(
        &self,
        live_value: i64,
        live_units: i64,
        return_rate: Decimal,
        ret: &mut ReturnSettings,
    ) -> Vec<DecisionReason> {
        let review = &self.policy.doc.review;
        let mut return_reasons = Vec::new();
        if let Some(limit) = review.value_over {
            if Decimal::new(live_value, self.ledger.digits) > limit {
                // A gift's recipient is shown no amounts.
                let message = if self.request.is_gift() {
                    self.say(M::ReasonReviewValueGift, &[])
                } else {
                    self.say(M::ReasonReviewValue, &[("limit", Arg::Amount(limit))])
                };
                return_reasons.push(reason("review_value", message, None));
            }
        }
        if let Some(limit) = review.items_over {
            if live_units > limit {
                return_reasons.push(reason(
                    "review_items",
                    self.say(M::ReasonReviewItems, &[("limit", Arg::Count(limit))]),
                    None,
                ));
            }
        }
        if let Some(limit) = review.return_rate_over {
            if return_rate > limit {
                return_reasons.push(reason(
                    "review_return_rate",
                    self.say(M::ReasonReviewReturnRate, &[]),
                    None,
                ));
            }
        }
        for r in ret.reviews.drain(..) {
            return_reasons.push(r);
        }
        return_reasons
    }

    /// Resolutions on offer: those common to every line that can be returned; past the
    /// store-credit cutoff a line loses the refund to the original payment (unless the law
    /// keeps it). With none in common, store credit, and the return goes to review.
    fn offered_resolutions(
        &self,
        lines: &[LineState<'_>],
        live: &[usize],
        decision: &mut Decision,
    ) -> Vec<Resolution> {
        // A line settled its own way (a mixed return) does not limit the others'.
        let mut offered: Vec<Resolution> = [
            Resolution::OriginalPayment,
            Resolution::StoreCredit,
            Resolution::Exchange,
        ]
        .into_iter()
        .filter(|r| {
            live.iter().all(|&k| {
                lines
                    .get(k)
                    .is_some_and(|s| self.own_resolution(s).is_some() || self.line_offers(s, *r))
            })
        })
        .collect();
        // The law's refund to the original means of payment holds for the whole return when
        // any line is under a statutory right, whatever other lines' rules say.
        let statutory_live = live
            .iter()
            .any(|&k| lines.get(k).is_some_and(|s| s.statutory_right.is_some()));
        if statutory_live && !offered.contains(&Resolution::OriginalPayment) {
            offered.insert(0, Resolution::OriginalPayment);
        }
        if self.request.is_gift() {
            // Nothing goes to the buyer's payment; store credit when nothing else is left.
            offered.retain(|r| *r != Resolution::OriginalPayment);
            if offered.is_empty() {
                offered.push(Resolution::StoreCredit);
            }
        }
        if offered.is_empty() {
            offered.push(Resolution::StoreCredit);
            decision.reasons.push(reason(
                "no_common_resolution",
                self.say(M::ReasonNoCommonResolution, &[]),
                None,
            ));
            decision.outcome = Outcome::Review;
        }
        offered
    }

    /// The label: priced when the policy has rate cards and the customer ships from a known
    /// address. With no service from there, the return goes to review.
    fn price_label(
        &self,
        lines: &[LineState<'_>],
        live: &[usize],
        decision: &mut Decision,
    ) -> Result<Option<LabelQuote>> {
        let (policy, order, doc) = (self.policy, self.order, &self.policy.doc);
        let origin = self
            .request
            .origin
            .as_ref()
            .or(order.shipping_address.as_ref());
        let mut label = None;
        if let (false, Some(origin)) = (policy.rate_cards.is_empty(), origin) {
            let mut units = Vec::with_capacity(live.len());
            for &k in live {
                if let Some(s) = lines.get(k) {
                    units.push((&*s.line.id, s.eligible));
                }
            }
            let mut constraints = doc.label.constraints.clone();
            constraints.currency = Some(order.currency);
            let quoted = if doc.destinations.is_empty() {
                let label_request = crate::label::LabelRequest {
                    origin: origin.clone(),
                    items: crate::label::items_from_order(order, units)?,
                    packaging: Default::default(),
                    constraints,
                    expected_use_rate: doc.label.expected_use_rate,
                    zone: None,
                };
                crate::label::quote_label(&policy.rate_cards, &label_request)
            } else {
                let label_request = crate::label::LabelRequest {
                    origin: origin.clone(),
                    items: Vec::new(),
                    packaging: Default::default(),
                    constraints,
                    expected_use_rate: doc.label.expected_use_rate,
                    zone: None,
                };
                self.quote_routed(label_request, &units, decision)
            };
            match quoted {
                Ok(q) => label = Some(q),
                Err(Error::NoLabelService { reason: why, .. }) => decision.reasons.push(reason(
                    "no_label_service",
                    self.say(M::ReasonNoLabelService, &[("detail", Arg::Text(why))]),
                    None,
                )),
                Err(e) => return Err(e),
            }
        }
        if decision
            .reasons
            .iter()
            .any(|r| r.code == "no_label_service")
        {
            decision.outcome = Outcome::Review;
        }
        Ok(label)
    }

    /// Keep the item: every line that can be returned marked by a rule, the return worth no
    /// more than the policy's threshold, or shipping it back costing at least what it would
    /// recover. Kept items need no label: returns the label still wanted, and a decision to
    /// keep them records what the label it drops would have cost, with the handling.
    fn keep_item(
        &self,
        lines: &[LineState<'_>],
        live: &[usize],
        live_value: i64,
        label: Option<LabelQuote>,
        decision: &mut Decision,
    ) -> Result<Option<LabelQuote>> {
        let digits = self.ledger.digits;
        let all_marked = live
            .iter()
            .all(|&k| lines.get(k).is_some_and(|s| s.keep_item));
        let value = Decimal::new(live_value, digits);
        let keep = self.policy.doc.keep_item.as_ref();
        if all_marked {
            decision.keep_item = true;
            decision.keep_item_reason = Some(self.say(M::KeepItemRule, &[]));
        } else if let Some(t) = keep.and_then(|k| k.threshold).filter(|t| value <= *t) {
            decision.keep_item = true;
            decision.keep_item_reason = Some(self.say(
                M::KeepItemThreshold,
                &[("value", Arg::Amount(value)), ("threshold", Arg::Amount(t))],
            ));
        } else if let (Some(k), Some(q)) = (keep.filter(|k| k.when_uneconomic), &label) {
            let mut recovery = 0i64;
            for &idx in live {
                let Some(s) = lines.get(idx) else { continue };
                recovery += percent_of(s.net, resale_percent(k, s));
            }
            let handling =
                crate::money::decimal_to_minor(k.handling_cost, digits, "keep_item.handling_cost")?;
            let shipping = crate::money::decimal_to_minor(q.chosen.expected_cost, digits, "label")?;
            let cost = shipping + handling;
            if cost >= recovery {
                decision.keep_item = true;
                let amount = Arg::Amount;
                decision.keep_item_reason = Some(self.say(
                    M::KeepItemUneconomic,
                    &[
                        ("cost", amount(Decimal::new(cost, digits))),
                        ("label", amount(q.chosen.expected_cost)),
                        ("handling", amount(k.handling_cost)),
                        ("recovery", amount(Decimal::new(recovery, digits))),
                    ],
                ));
            }
        }
        if decision.keep_item && self.request.is_gift() {
            // A gift's recipient is shown no amounts.
            decision.keep_item_reason = Some(self.say(M::KeepItemGift, &[]));
        }
        if decision.keep_item {
            // The label the shop no longer buys, and the handling it no longer does.
            let handling = keep.map_or(Decimal::ZERO, |k| k.handling_cost);
            if let Some(q) = &label {
                let saving = q
                    .chosen
                    .expected_cost
                    .checked_add(handling)
                    .ok_or_else(|| Error::AmountOutOfRange {
                        field: "keep_item.handling_cost".into(),
                    })?;
                decision.keep_item_saving = Some(saving);
            }
        }
        for d in decision.lines.iter_mut() {
            d.keep_item = d.outcome != Outcome::Deny && (d.keep_item || decision.keep_item);
        }
        Ok(if decision.keep_item { None } else { label })
    }

    /// Who pays the label: the policy's payer for merchant fault or remorse, unless a rule
    /// named one; the merchant always under the short-term right to reject.
    fn label_payer(&self, fault: bool, ret: &ReturnSettings) -> LabelPayer {
        let label = &self.policy.doc.label;
        if ret.short_term_reject {
            return LabelPayer::Merchant;
        }
        match ret.label_payer {
            Some(p) => p,
            None if fault => label.merchant_fault,
            None => label.remorse,
        }
    }

    /// Whether `r` is on offer for line `s`: its rules allow it, and past the store-credit
    /// cutoff the refund to the original payment only under a statutory right.
    fn line_offers(&self, s: &LineState<'_>, r: Resolution) -> bool {
        let doc = &self.policy.doc;
        let cut = r == Resolution::OriginalPayment
            && s.statutory_right.is_none()
            && doc.store_credit_only_after_days.is_some_and(|days| {
                s.anchor
                    .is_some_and(|a| self.policy.clock.days_between(a, self.now) > days)
            });
        s.resolutions.contains(r) && !cut
    }

    /// The resolution line `s` asked for itself, when it is on offer for it.
    fn own_resolution(&self, s: &LineState<'_>) -> Option<Resolution> {
        s.req.resolution.filter(|r| self.line_offers(s, *r))
    }

    /// A line that asks a resolution of its own that is not on offer for it goes to review;
    /// its money is settled with the rest of the return meanwhile.
    fn check_line_resolutions(&self, lines: &mut [LineState<'_>]) {
        for s in lines.iter_mut() {
            if s.req.resolution.is_some() && self.own_resolution(s).is_none() {
                s.review.push(reason(
                    "line_resolution_not_offered",
                    self.say(M::ReasonLineResolutionNotOffered, &[]),
                    None,
                ));
            }
        }
    }

    /// Fees and labels: the refund request every resolution's quote starts from, with the
    /// fees the rules left (per line and per return), the label charge for a customer who
    /// pays it, and the shipping refund.
    fn base_refund_request(
        &self,
        lines: &[LineState<'_>],
        live: &[usize],
        ret: &ReturnSettings,
        fault: bool,
        label: Option<&LabelQuote>,
        decision: &Decision,
    ) -> RefundRequest {
        let doc = &self.policy.doc;
        let return_fee = ret.return_fee.clone().resolve(doc.fees.return_fee);
        let label_fee = ret.label_fee.clone().resolve(doc.fees.label_fee);
        let restocking_default = ret.restocking.clone().resolve(doc.fees.restocking.clone());
        let mut refund_lines = Vec::with_capacity(live.len());
        for &k in live {
            let Some(s) = lines.get(k) else { continue };
            refund_lines
                .push(s.refund_line(doc.fees.charge_merchant_fault, self.own_resolution(s)));
        }
        let label_charge = match (decision.label_payer, doc.label.deduction, label) {
            (Some(LabelPayer::Customer), LabelDeduction::ActualCost, Some(q)) => {
                Some(q.chosen.cost)
            }
            (Some(LabelPayer::Customer), _, _) => label_fee,
            _ => None,
        };
        let shipping = if ret.statutory_delivery {
            ShippingRefund::Standard
        } else if fault && doc.refund_shipping_on_merchant_fault {
            ShippingRefund::Full
        } else {
            ShippingRefund::None
        };
        RefundRequest {
            currency: None,
            mode: QuoteMode::Preview,
            lines: refund_lines,
            shipping,
            fees: Fees {
                restocking: restocking_default.as_ref().map(restocking_fee),
                return_fee,
                label: label_charge,
                inspection: doc
                    .inspection
                    .iter()
                    .map(|d| crate::refund::ConditionDeduction {
                        condition: d.condition,
                        percent: d.percent,
                    })
                    .collect(),
            },
            resolution: Resolution::OriginalPayment,
            bonus: None,
            tender_order: Vec::new(),
            exchange_items: Vec::new(),
            bonuses: None,
            store_credit_expiry: None,
        }
    }

    /// Resolutions and quotes: one offer per resolution, the base request settled its way
    /// with its bonus. Offers differ only in how the refund is settled, so the lines are
    /// quoted once and the other offers resettle that quote.
    fn quote_resolutions(
        &self,
        mut base: RefundRequest,
        offered: Vec<Resolution>,
        ret: &ReturnSettings,
        decision: &mut Decision,
    ) -> Result<()> {
        let doc = &self.policy.doc;
        let store_credit_bonus = ret
            .bonus_store_credit
            .clone()
            .resolve(doc.bonus.store_credit.clone());
        let exchange_bonus = ret
            .bonus_exchange
            .clone()
            .resolve(doc.bonus.exchange.clone());
        let mut expiry = CreditLife::Unknown;
        let last = offered.len().saturating_sub(1);
        decision.resolutions.reserve_exact(offered.len());
        for (n, resolution) in offered.into_iter().enumerate() {
            // The last offer takes the base request itself; the others clone it.
            let mut req = if n < last {
                base.clone()
            } else {
                std::mem::take(&mut base)
            };
            if req.lines.iter().any(|l| l.resolution.is_some()) {
                // A mixed return: the lines settled their own way take their part's bonus
                // and, when exchanged, the replacements.
                req.bonuses = Some(Box::new(crate::refund::PartBonuses {
                    store_credit: store_credit_bonus.as_ref().map(bonus),
                    exchange: exchange_bonus.as_ref().map(bonus),
                }));
                if req
                    .lines
                    .iter()
                    .any(|l| l.resolution == Some(Resolution::Exchange))
                {
                    req.exchange_items = self.request.exchange_items.clone();
                }
            }
            match resolution {
                Resolution::OriginalPayment => {}
                Resolution::StoreCredit => {
                    req.resolution = Resolution::StoreCredit;
                    req.bonus = store_credit_bonus.as_ref().map(bonus);
                }
                Resolution::Exchange => {
                    req.bonus = exchange_bonus.as_ref().map(bonus);
                    if self.request.exchange_items.is_empty() {
                        req.resolution = Resolution::StoreCredit;
                    } else {
                        req.resolution = Resolution::Exchange;
                        req.exchange_items = self.request.exchange_items.clone();
                    }
                }
            }
            let credit = req.resolution == Resolution::StoreCredit
                || (req.lines.iter()).any(|l| l.resolution == Some(Resolution::StoreCredit));
            if credit {
                req.store_credit_expiry = self.credit_expiry(&mut expiry, decision).map(Box::new);
            }
            let quote = match decision.resolutions.first() {
                Some(first) => resettle(&self.ledger, &req, &first.quote)?,
                None => quote_with_ledger(&self.ledger, &req)?,
            };
            decision.resolutions.push(ResolutionOffer {
                resolution,
                request: req,
                quote,
            });
        }
        Ok(())
    }

    /// How long store credit lasts under the policy, the refunded part at least the
    /// jurisdiction's minimum (cited once in the decision when it lengthens the policy's);
    /// worked out on first use into `memo`.
    fn credit_expiry(
        &self,
        memo: &mut CreditLife,
        decision: &mut Decision,
    ) -> Option<CreditExpiry> {
        if let CreditLife::Known(e) = memo {
            return *e;
        }
        let spec = &self.policy.doc.store_credit;
        let mut days = spec.expires_after_days;
        if let (Some(d), Some(j)) = (days, self.policy.doc.jurisdiction) {
            match super::statute::store_credit_minimum_days(j) {
                Some(min) if d < min => {
                    days = Some(min);
                    let rule = super::statute::rule(
                        j,
                        super::statute::Statute::CreditMinimum,
                        self.locale,
                    );
                    decision.statutory.push(rule);
                }
                _ => {}
            }
        }
        let expiry = (!spec.is_empty()).then_some(CreditExpiry {
            expires_after_days: days,
            bonus_expires_after_days: spec.bonus_expires_after_days.or(days),
        });
        *memo = CreditLife::Known(expiry);
        expiry
    }

    /// The goodwill credit a rule granted: a percent of the first offer's refund, or a flat
    /// amount.
    fn goodwill_credit(&self, spec: &BonusSpec, decision: &Decision) -> Result<Decimal> {
        let digits = self.ledger.digits;
        let refund = decision
            .resolutions
            .first()
            .map_or(Decimal::ZERO, |o| o.quote.totals.refund);
        let base_refund = crate::money::decimal_to_minor(refund, digits, "goodwill_credit")?;
        let credit = match spec {
            BonusSpec::Percent { percent } => percent_of(base_refund, *percent),
            BonusSpec::Flat { amount } => {
                non_negative(*amount, digits, || "goodwill_credit".into())?
            }
        };
        Ok(Decimal::new(credit, digits))
    }
}

/// The lines `rule` fires for, by index, into `fired_for`. A condition that reads no line
/// fact is evaluated once for them all.
fn lines_where(
    rule: &Rule,
    per_line: bool,
    facts: &ReturnFacts<'_>,
    lines: &[LineState<'_>],
    fired_for: &mut Vec<usize>,
) {
    fired_for.clear();
    let mut once: Option<bool> = None;
    for (k, s) in lines.iter().enumerate() {
        let fires = match &rule.when {
            None => true,
            Some(c) => {
                if !per_line {
                    if let Some(v) = once {
                        v
                    } else {
                        let v = holds(c, facts, &line_facts(s));
                        once = Some(v);
                        v
                    }
                } else {
                    holds(c, facts, &line_facts(s))
                }
            }
        };
        if fires {
            fired_for.push(k);
        }
    }
}

/// Line outcomes: deny beats review beats approve. Nothing reads a line's reasons after
/// this, so they move into its decision.
fn line_outcomes(lines: &mut [LineState<'_>]) -> Vec<LineDecision> {
    let mut line_decisions = Vec::with_capacity(lines.len());
    for s in lines.iter_mut() {
        let req = s.req;
        let outcome = if !s.deny.is_empty() {
            Outcome::Deny
        } else if !s.review.is_empty() {
            Outcome::Review
        } else {
            Outcome::Approve
        };
        let mut reasons = std::mem::take(&mut s.deny);
        reasons.append(&mut s.review);
        line_decisions.push(LineDecision {
            line_id: req.line_id.clone(),
            component_id: req.component_id.clone(),
            requested_quantity: req.quantity,
            eligible_quantity: if outcome == Outcome::Deny {
                0
            } else {
                s.eligible
            },
            outcome,
            reason_class: s.class,
            reasons,
            deadline: s.deadline.map(|d| d.last_day),
            closes_at: s.deadline.map(|d| d.closes_at),
            keep_item: s.keep_item,
            statutory_right: s.statutory_right.clone(),
            refund_on: None,
            refund_hold: None,
            route: None,
            reroutes: Vec::new(),
        });
    }
    line_decisions
}

/// When each line that can be returned is refunded, under a policy that pays before
/// inspection: at the policy's event, or at inspection for a line a rule holds, with the rule's
/// reason. Nothing is said under the default, inspection.
fn refund_timing(policy: &Policy, lines: &mut [LineState<'_>], decisions: &mut [LineDecision]) {
    let on = policy.doc.refund_timing.on;
    if on == crate::policy::RefundTiming::Inspection {
        return;
    }
    for (s, d) in lines.iter_mut().zip(decisions.iter_mut()) {
        if d.outcome == Outcome::Deny {
            continue;
        }
        d.refund_hold = s.hold.take().map(Box::new);
        d.refund_on = Some(match d.refund_hold {
            Some(_) => crate::policy::RefundTiming::Inspection,
            None => on,
        });
    }
}

/// The lines that can be returned (not denied), by index.
fn live_lines(decisions: &[LineDecision]) -> Vec<usize> {
    let mut live: Vec<usize> = Vec::with_capacity(decisions.len());
    live.extend(
        (0..decisions.len())
            .filter(|&k| decisions.get(k).is_some_and(|d| d.outcome != Outcome::Deny)),
    );
    live
}

/// Value and units of the lines that can be returned: thresholds over the return as a
/// whole count only these.
fn live_totals(lines: &[LineState<'_>], live: &[usize]) -> (i64, i64) {
    let mut live_value = 0i64;
    let mut live_units = 0i64;
    for &k in live {
        if let Some(s) = lines.get(k) {
            live_value += s.net;
            live_units += s.eligible;
        }
    }
    (live_value, live_units)
}

/// The return's outcome: deny when no line can be returned; review when the return has
/// reasons of its own or a line that can be returned is under review; else approve.
fn return_outcome(
    decisions: &[LineDecision],
    live: &[usize],
    reasons: &[DecisionReason],
) -> Outcome {
    if live.is_empty() {
        Outcome::Deny
    } else if !reasons.is_empty()
        || live.iter().any(|&k| {
            decisions
                .get(k)
                .is_some_and(|d| d.outcome == Outcome::Review)
        })
    {
        Outcome::Review
    } else {
        Outcome::Approve
    }
}

/// Whether any line that can be returned is returned for the merchant's fault.
fn merchant_fault(lines: &[LineState<'_>], live: &[usize]) -> bool {
    live.iter().any(|&k| {
        lines
            .get(k)
            .is_some_and(|s| s.class == ReasonClass::MerchantFault)
    })
}

/// The percent of a line's value its resale recovers: the first rate whose category and
/// condition match, or all of it.
fn resale_percent(keep: &KeepItemPolicy, s: &LineState<'_>) -> Decimal {
    keep.resale_rates
        .iter()
        .find(|r| {
            r.category.as_ref().is_none_or(|c| {
                s.line.categories.iter().any(|have| {
                    have == c
                        || (have.starts_with(c.as_str())
                            && have.as_bytes().get(c.len()) == Some(&b'/'))
                })
            }) && r.condition.is_none_or(|c| s.req.condition == Some(c))
        })
        .map_or(Decimal::ONE_HUNDRED, |r| r.percent)
}

/// A line's resolutions on offer. Only membership is ever asked (offers follow a fixed order),
/// so bits spare an allocation per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ResolutionSet(u8);

impl ResolutionSet {
    fn bit(r: Resolution) -> u8 {
        match r {
            Resolution::OriginalPayment => 1,
            Resolution::StoreCredit => 2,
            Resolution::Exchange => 4,
        }
    }

    fn of(list: &[Resolution]) -> ResolutionSet {
        ResolutionSet(list.iter().fold(0, |bits, r| bits | Self::bit(*r)))
    }

    fn contains(self, r: Resolution) -> bool {
        self.0 & Self::bit(r) != 0
    }

    fn insert(&mut self, r: Resolution) {
        self.0 |= Self::bit(r);
    }

    fn and(self, other: ResolutionSet) -> ResolutionSet {
        ResolutionSet(self.0 & other.0)
    }
}

/// The window clock with the last answers kept: a return's lines are usually delivered at the
/// same instant and share their deadlines, and time-zone lookups are among the costliest
/// steps of a decision.
struct ClockMemo<'c> {
    clock: &'c WindowClock,
    date: Option<(DateTime<Utc>, NaiveDate)>,
    deadline: Option<((NaiveDate, bool), Deadline)>,
}

impl<'c> ClockMemo<'c> {
    fn new(clock: &'c WindowClock) -> Self {
        ClockMemo {
            clock,
            date: None,
            deadline: None,
        }
    }

    /// [`WindowClock::local_date`].
    fn local_date(&mut self, t: DateTime<Utc>) -> NaiveDate {
        match self.date {
            Some((at, day)) if at == t => day,
            _ => {
                let day = self.clock.local_date(t);
                self.date = Some((t, day));
                day
            }
        }
    }

    /// [`WindowClock::deadline_after`].
    fn deadline_after(&mut self, start: DateTime<Utc>, days: i64, extend: bool) -> Deadline {
        let base = self.local_date(start);
        self.deadline_on(add_days(base, days), extend)
    }

    /// [`WindowClock::deadline_on`].
    fn deadline_on(&mut self, last: NaiveDate, extend: bool) -> Deadline {
        match self.deadline {
            Some((key, d)) if key == (last, extend) => d,
            _ => {
                let d = self.clock.deadline_on(last, extend);
                self.deadline = Some(((last, extend), d));
                d
            }
        }
    }
}

/// A setting that rules may leave alone, set, or waive.
#[derive(Debug, Clone, Default)]
enum Setting<T> {
    #[default]
    Default,
    Set(T),
    Waived,
}

impl<T> Setting<T> {
    fn resolve(self, default: Option<T>) -> Option<T> {
        match self {
            Setting::Default => default,
            Setting::Set(v) => Some(v),
            Setting::Waived => None,
        }
    }
}

/// What rules set for the return as a whole.
#[derive(Default)]
struct ReturnSettings {
    restocking: Setting<RestockingSpec>,
    return_fee: Setting<Decimal>,
    label_fee: Setting<Decimal>,
    bonus_store_credit: Setting<BonusSpec>,
    bonus_exchange: Setting<BonusSpec>,
    label_payer: Option<LabelPayer>,
    goodwill: Option<BonusSpec>,
    reviews: Vec<DecisionReason>,
    short_term_reject: bool,
    statutory_delivery: bool,
}

/// The store credit's life, once worked out for a decision.
enum CreditLife {
    Unknown,
    Known(Option<CreditExpiry>),
}

/// One request line while it is being decided.
struct LineState<'a> {
    i: usize,
    /// The bundle component returned alone, by its position in the line's components.
    component: Option<usize>,
    line: &'a crate::order::OrderLine,
    req: &'a super::request::ReturnLine,
    class: ReasonClass,
    eligible: i64,
    available: i64,
    anchor: Option<DateTime<Utc>>,
    days_since_delivery: Option<i64>,
    /// Delivery, or fulfillment plus the transit buffer when delivery is unknown.
    delivered_at: Option<DateTime<Utc>>,
    deadline: Option<Deadline>,
    deny: Vec<DecisionReason>,
    review: Vec<DecisionReason>,
    restocking: Setting<RestockingSpec>,
    waived: bool,
    resolutions: ResolutionSet,
    keep_item: bool,
    require_photos: bool,
    bypass_final_sale: bool,
    statutory_right: Option<String>,
    /// Why a rule holds the line's refund until inspection.
    hold: Option<DecisionReason>,
    /// Value of the eligible units before tax (with tax when prices include none).
    net: i64,
}

impl LineState<'_> {
    fn apply(
        &mut self,
        policy: &Policy,
        dates: &mut ClockMemo<'_>,
        rule_id: &str,
        action: &Action,
        ret: &mut ReturnSettings,
    ) {
        let clock = &policy.clock;
        match action {
            Action::Deny(v) => self.deny.push(verdict(v, rule_id)),
            Action::Review(v) => self.review.push(verdict(v, rule_id)),
            Action::WindowDays(days) => {
                if let Some(anchor) = self.anchor {
                    self.later_deadline(dates.deadline_after(
                        anchor,
                        *days,
                        clock.policy_extends(),
                    ));
                }
            }
            Action::WindowUntil(day) => {
                self.later_deadline(dates.deadline_on(*day, clock.policy_extends()))
            }
            Action::SetRestocking(spec) => {
                if matches!(
                    spec,
                    RestockingSpec::Flat {
                        per: crate::refund::FeeScope::Return,
                        ..
                    }
                ) {
                    ret.restocking = Setting::Set(spec.clone());
                } else {
                    self.restocking = Setting::Set(spec.clone());
                }
            }
            Action::SetReturnFee(a) => ret.return_fee = Setting::Set(*a),
            Action::SetLabelFee(a) => ret.label_fee = Setting::Set(*a),
            Action::WaiveFees => {
                // The line's restocking fee goes; a per-return restocking fee goes with the
                // return's other fees. Other lines keep theirs.
                self.restocking = Setting::Waived;
                let per_return = |s: &RestockingSpec| {
                    matches!(
                        s,
                        RestockingSpec::Flat {
                            per: crate::refund::FeeScope::Return,
                            ..
                        }
                    )
                };
                let return_scoped = match &ret.restocking {
                    Setting::Set(spec) => per_return(spec),
                    Setting::Default => policy.doc.fees.restocking.as_ref().is_some_and(per_return),
                    Setting::Waived => false,
                };
                if return_scoped {
                    ret.restocking = Setting::Waived;
                }
                ret.return_fee = Setting::Waived;
                ret.label_fee = Setting::Waived;
            }
            Action::RestrictResolutions(list) => {
                self.resolutions = self.resolutions.and(ResolutionSet::of(list))
            }
            Action::AddResolutions(list) => {
                for r in list {
                    self.resolutions.insert(*r);
                }
            }
            Action::Bonus(b) => {
                if let Some(s) = &b.store_credit {
                    ret.bonus_store_credit = Setting::Set(s.clone());
                }
                if let Some(s) = &b.exchange {
                    ret.bonus_exchange = Setting::Set(s.clone());
                }
            }
            Action::KeepItem => self.keep_item = true,
            Action::RequirePhotos => self.require_photos = true,
            Action::HoldForInspection(v) => {
                if self.hold.is_none() {
                    self.hold = Some(verdict(v, rule_id));
                }
            }
            Action::BypassFinalSale => self.bypass_final_sale = true,
            Action::GoodwillCredit(spec) => ret.goodwill = Some(spec.clone()),
            Action::LabelPayer(p) => ret.label_payer = Some(*p),
            // Routes are chosen once outcomes are known (see `routes`).
            Action::RouteTo(_) => {}
        }
    }

    /// The line as the refund engine quotes it: its fees waived when the law, a rule or the
    /// merchant's fault (unless the policy charges for it) waives them. A per-return
    /// restocking fee is the return's, not the line's. `resolution` is the line's own, when it
    /// asks one that is on offer.
    fn refund_line(
        &self,
        charge_merchant_fault: bool,
        resolution: Option<Resolution>,
    ) -> RefundLine {
        let fault_free = self.class == ReasonClass::MerchantFault && !charge_merchant_fault;
        let waive = self.waived || fault_free || matches!(self.restocking, Setting::Waived);
        let restocking = match &self.restocking {
            Setting::Set(spec) if !waive => Some(restocking_fee(spec)),
            _ => None,
        };
        RefundLine {
            line_id: self.req.line_id.clone(),
            component_id: self.req.component_id.clone(),
            quantity: self.eligible,
            received: None,
            accepted: None,
            condition: None,
            grades: Vec::new(),
            restocking: restocking.filter(|r| {
                !matches!(
                    r,
                    RestockingFee::Flat {
                        per: crate::refund::FeeScope::Return,
                        ..
                    }
                )
            }),
            waive_fees: waive,
            resolution,
        }
    }

    /// When several windows apply, the latest deadline wins.
    fn later_deadline(&mut self, d: Deadline) {
        if self.deadline.is_none_or(|own| own.closes_at < d.closes_at) {
            self.deadline = Some(d);
        }
    }
}

fn line_facts<'a>(s: &LineState<'a>) -> LineFacts<'a> {
    LineFacts {
        line: s.line,
        request: s.req,
        class: s.class,
        days_since_delivery: s.days_since_delivery,
        disposition: None,
    }
}

/// What the window counts from, for one line.
fn window_anchor(
    policy: &Policy,
    order: &crate::order::Order,
    line: &crate::order::OrderLine,
) -> Option<DateTime<Utc>> {
    let days = policy.doc.window.transit_buffer_days;
    match policy.doc.window.from {
        WindowStart::Delivery => line.delivered_at.or_else(|| {
            line.fulfilled_at
                .map(|t| crate::policy::window::later_by_days(t, days))
        }),
        WindowStart::Fulfillment => line.fulfilled_at,
        WindowStart::Order => order.placed_at,
    }
}

fn reason(code: &str, message: String, rule_id: Option<&str>) -> DecisionReason {
    DecisionReason {
        code: code.into(),
        message,
        rule_id: rule_id.map(str::to_string),
    }
}

fn verdict(v: &Verdict, rule_id: &str) -> DecisionReason {
    reason(&v.code, v.message.clone(), Some(rule_id))
}

fn restocking_fee(spec: &RestockingSpec) -> RestockingFee {
    match spec {
        RestockingSpec::Percent { percent } => RestockingFee::Percent { percent: *percent },
        RestockingSpec::Flat { amount, per } => RestockingFee::Flat {
            amount: *amount,
            per: *per,
        },
    }
}

fn bonus(spec: &BonusSpec) -> Bonus {
    match spec {
        BonusSpec::Percent { percent } => Bonus::Percent { percent: *percent },
        BonusSpec::Flat { amount } => Bonus::Flat { amount: *amount },
    }
}

mod routes;
#[cfg(test)]
mod tests;
