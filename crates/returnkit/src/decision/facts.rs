//! The facts a policy's conditions read, and the evaluation of a condition over them. Facts
//! about the product are as at purchase time (from the order snapshot); facts about the
//! customer and the order are as the caller passes them.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::request::{ReturnLine, ReturnRequest};
use crate::order::{Order, OrderLine};
use crate::policy::{Condition, Range, ReasonClass};

/// Facts about the order, the customer and the return as a whole.
pub(crate) struct ReturnFacts<'a> {
    pub order: &'a Order,
    pub request: &'a ReturnRequest,
    pub order_total: Decimal,
    pub days_since_order: Option<i64>,
    pub order_date: Option<NaiveDate>,
    pub return_rate: Decimal,
    pub item_count: i64,
    pub return_value: Decimal,
    pub full_return: bool,
}

/// Facts about one line of the return.
pub(crate) struct LineFacts<'a> {
    pub line: &'a OrderLine,
    pub request: &'a ReturnLine,
    pub class: ReasonClass,
    pub days_since_delivery: Option<i64>,
    /// The disposition inspection would find, when deciding where an inspected item goes.
    pub disposition: Option<crate::rma::Disposition>,
}

fn in_range<T: PartialOrd>(r: &Range<T>, v: &T) -> bool {
    r.at_least.as_ref().is_none_or(|lo| v >= lo) && r.at_most.as_ref().is_none_or(|hi| v <= hi)
}

fn any_of(list: &[String], v: &str) -> bool {
    list.iter().any(|x| x == v)
}

fn intersects(list: &[String], values: &[String]) -> bool {
    values.iter().any(|v| any_of(list, v))
}

/// `shoes` matches `shoes` and `shoes/boots`.
fn category_matches(list: &[String], categories: &[String]) -> bool {
    categories.iter().any(|c| {
        list.iter().any(|want| {
            c == want
                || (c.starts_with(want.as_str()) && c.as_bytes().get(want.len()) == Some(&b'/'))
        })
    })
}

/// Whether condition `c` holds for line `l` of the return `r`.
pub(crate) fn holds(c: &Condition, r: &ReturnFacts<'_>, l: &LineFacts<'_>) -> bool {
    let order = r.order;
    let customer = order.customer.as_ref();
    match c {
        Condition::All(cs) => cs.iter().all(|c| holds(c, r, l)),
        Condition::Any(cs) => cs.iter().any(|c| holds(c, r, l)),
        Condition::Not(c) => !holds(c, r, l),
        Condition::Sku(list) => l.line.sku.as_deref().is_some_and(|s| any_of(list, s)),
        Condition::ProductId(list) => l
            .line
            .product_id
            .as_deref()
            .is_some_and(|s| any_of(list, s)),
        Condition::Category(list) => category_matches(list, &l.line.categories),
        Condition::ProductTag(list) => intersects(list, &l.line.tags),
        Condition::Price(range) => in_range(range, &l.line.unit_price),
        Condition::FinalSale(want) => l.line.final_sale == *want,
        Condition::Exemption(list) => l.line.exemption.is_some_and(|e| list.contains(&e)),
        Condition::OrderTotal(range) => in_range(range, &r.order_total),
        Condition::DiscountCode(list) => {
            order
                .discounts
                .iter()
                .filter_map(|d| d.code.as_deref())
                .any(|c| any_of(list, c))
                || order
                    .lines
                    .iter()
                    .flat_map(|l| &l.discounts)
                    .filter_map(|d| d.code.as_deref())
                    .any(|c| any_of(list, c))
        }
        Condition::Channel(list) => order.channel.as_deref().is_some_and(|c| any_of(list, c)),
        Condition::Country(list) => order.country.as_deref().is_some_and(|c| any_of(list, c)),
        Condition::OrderTag(list) => intersects(list, &order.tags),
        Condition::DaysSinceOrder(range) => r.days_since_order.is_some_and(|d| in_range(range, &d)),
        Condition::DaysSinceDelivery(range) => {
            l.days_since_delivery.is_some_and(|d| in_range(range, &d))
        }
        Condition::OrderDate(dates) => r
            .order_date
            .is_some_and(|d| d >= dates.from && d <= dates.to),
        Condition::CustomerTag(list) => customer.is_some_and(|c| intersects(list, &c.tags)),
        Condition::CustomerTier(list) => customer
            .and_then(|c| c.tier.as_deref())
            .is_some_and(|t| any_of(list, t)),
        Condition::PastReturns(range) => in_range(range, &customer.map_or(0, |c| c.return_count)),
        Condition::ReturnRate(range) => in_range(range, &r.return_rate),
        Condition::Blocklisted(want) => customer.is_some_and(|c| c.blocklisted) == *want,
        Condition::Reason(list) => any_of(list, &l.request.reason),
        Condition::ReasonClass(class) => l.class == *class,
        Condition::RequestedResolution(list) => {
            r.request.resolution.is_some_and(|res| list.contains(&res))
        }
        Condition::ItemCount(range) => in_range(range, &r.item_count),
        Condition::ReturnValue(range) => in_range(range, &r.return_value),
        Condition::FullReturn(want) => r.full_return == *want,
        Condition::ReportedCondition(list) => {
            l.request.condition.is_some_and(|c| list.contains(&c))
        }
        Condition::PhotosProvided(want) => r.request.photos_provided == *want,
        Condition::Disposition(list) => l.disposition.is_some_and(|d| list.contains(&d)),
    }
}
