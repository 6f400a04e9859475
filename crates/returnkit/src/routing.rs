//! Routing by disposition: where each returned item goes (a warehouse, a store, a refurbisher,
//! a liquidator, a recycler, a donation partner or the supplier), the destinations a policy
//! names, and the route a decision or an inspection records for a line.
//!
//! A policy's rules choose the destination with the `route_to` action; the last rule that
//! routes a line wins, and a line no rule routes goes to the policy's default destination.
//! See `docs/routing.md`.

use serde::{Deserialize, Serialize};

use crate::messages::{self, Arg, Locale, MessageId};
use crate::rma::Disposition;

/// What kind of place a destination is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DestinationKind {
    /// The shop's warehouse: back to stock.
    Warehouse,
    /// A shop's store.
    Store,
    /// A refurbishing partner.
    Refurbisher,
    /// A liquidator, who buys returns in bulk.
    Liquidator,
    /// A recycler.
    Recycler,
    /// A donation partner.
    Donation,
    /// The supplier, for returns to vendor.
    Supplier,
}

impl DestinationKind {
    /// The kind's name on the wire (`refurbisher`).
    pub fn as_str(self) -> &'static str {
        match self {
            DestinationKind::Warehouse => "warehouse",
            DestinationKind::Store => "store",
            DestinationKind::Refurbisher => "refurbisher",
            DestinationKind::Liquidator => "liquidator",
            DestinationKind::Recycler => "recycler",
            DestinationKind::Donation => "donation",
            DestinationKind::Supplier => "supplier",
        }
    }
}

/// A place returned items can be sent, as a policy names it.
///
/// ```
/// use returnkit::routing::{Destination, DestinationKind};
/// let d: Destination = returnkit::from_json(r#"{"id": "refurb-nj", "kind": "refurbisher",
///     "name": "Jersey Refurb Co.", "zone": "4"}"#).unwrap();
/// assert_eq!((d.kind, d.zone.as_deref()), (DestinationKind::Refurbisher, Some("4")));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// A stable id, which `route_to` names and routes record.
    pub id: String,
    /// What kind of place it is.
    pub kind: DestinationKind,
    /// Its name, for people (the customer's status timeline names it).
    pub name: String,
    /// The rate cards' zone a label to this destination is priced at. Absent: the zone the
    /// cards give the customer's address, as for the shop's own warehouse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

/// Where a line goes: the destination, its kind and name, and the rule that chose it.
///
/// In JSON: `{"destination": "refurb-nj", "kind": "refurbisher", "name": "Jersey Refurb Co.",
/// "rule": "refurbish-electronics"}`; `rule` is absent when no rule routed the line and the
/// policy's default destination applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Route {
    /// The destination's id.
    pub destination: String,
    /// The destination's kind.
    pub kind: DestinationKind,
    /// The destination's name.
    pub name: String,
    /// The rule whose `route_to` chose it; absent for the default destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

impl Route {
    /// The route to `d`, chosen by `rule` (or by default).
    pub fn to(d: &Destination, rule: Option<&str>) -> Route {
        Route {
            destination: d.id.clone(),
            kind: d.kind,
            name: d.name.clone(),
            rule: rule.map(str::to_string),
        }
    }
}

/// Where a line goes instead when inspection gives it a disposition: decided with the request,
/// applied when the `inspect` command records that disposition. Only dispositions that change
/// the route are listed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Reroute {
    /// The disposition found at inspection.
    pub disposition: Disposition,
    /// Where the line then goes.
    pub route: Route,
}

/// Every disposition, in wire order: the ones a reroute can be decided for.
pub const DISPOSITIONS: [Disposition; 6] = [
    Disposition::Restock,
    Disposition::Refurbish,
    Disposition::ResellAsUsed,
    Disposition::Recycle,
    Disposition::Donate,
    Disposition::ReturnToCustomer,
];

/// A line's route for every disposition, once the decision rerouted any: the listed reroute,
/// or the decision's `route`. Empty when nothing is rerouted (the route never changes).
pub(crate) fn every_disposition(route: Option<&Route>, reroutes: &[Reroute]) -> Vec<Reroute> {
    let Some(route) = route.filter(|_| !reroutes.is_empty()) else {
        return Vec::new();
    };
    DISPOSITIONS
        .iter()
        .map(|&d| Reroute {
            disposition: d,
            route: reroutes
                .iter()
                .find(|r| r.disposition == d)
                .map_or_else(|| route.clone(), |r| r.route.clone()),
        })
        .collect()
}

/// Where an item goes, for the customer: "our refurbishing partner Jersey Refurb Co.". The
/// one place routing's customer text is made (policy summaries and the status timeline).
pub fn destination_words(kind: DestinationKind, name: &str) -> String {
    let place = match kind {
        DestinationKind::Warehouse => "our warehouse ",
        DestinationKind::Store => "our store ",
        DestinationKind::Refurbisher => "our refurbishing partner ",
        DestinationKind::Liquidator => "our resale partner ",
        DestinationKind::Recycler => "our recycling partner ",
        DestinationKind::Donation => "our donation partner ",
        DestinationKind::Supplier => "the maker, ",
    };
    [place, name].concat()
}

/// The timeline's sentence for a route, in English: "Going to our refurbishing partner Jersey
/// Refurb Co."
pub fn route_message(route: &Route) -> String {
    route_message_in(route, Locale::En)
}

/// The timeline's sentence for a route, in `locale`; the destination's name stays as the
/// policy gives it.
pub fn route_message_in(route: &Route, locale: Locale) -> String {
    let id = match route.kind {
        DestinationKind::Warehouse => MessageId::RouteWarehouse,
        DestinationKind::Store => MessageId::RouteStore,
        DestinationKind::Refurbisher => MessageId::RouteRefurbisher,
        DestinationKind::Liquidator => MessageId::RouteLiquidator,
        DestinationKind::Recycler => MessageId::RouteRecycler,
        DestinationKind::Donation => MessageId::RouteDonation,
        DestinationKind::Supplier => MessageId::RouteSupplier,
    };
    messages::format(locale, id, &[("name", Arg::Text(route.name.clone()))])
}
