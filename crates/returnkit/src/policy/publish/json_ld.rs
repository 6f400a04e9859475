//! The policy as schema.org `MerchantReturnPolicy` JSON-LD: the window category and days,
//! refund types, restocking and return-shipping fees per reason class, and seasonal overrides
//! from rules that lengthen the window for orders placed within dates.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use super::charges;
use crate::decision::statute::WITHDRAWAL_DAYS;
use crate::money::Currency;
use crate::policy::compile::Policy;
use crate::policy::document::*;
use crate::policy::reason::ReasonClass;
use crate::refund::Resolution;

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
}

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
