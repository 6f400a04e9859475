//! Labels for a routed return: the items go to several destinations, a parcel set per
//! destination, all carried by one service. The combined option of a service is its options
//! for every destination put together; a service that can't reach one destination can't
//! carry the return.

use super::quote::{LabelOption, LabelQuote, RejectedService};
use super::units::cmp;

/// Combines one quote per destination (in route order) into the quote for the whole return:
/// each service that can carry the items to every destination, its parcels tagged with their
/// destination, its cost and expected cost summed, its zones listed (`2` or `2,5`), its transit
/// the slowest; cheapest expected cost first (ties keep the cards' order). `None` when no
/// service reaches every destination.
///
/// ```
/// use returnkit::label::{combine_routed, quote_label, LabelRequest, RateCard};
/// let card = RateCard::from_json(include_str!("../../samples/us-ground.json")).unwrap();
/// let req = |zone: &str| -> LabelRequest { returnkit::from_json(&format!(r#"{{
///   "origin": {{"country": "US", "postal_code": "10001"}}, "zone": "{zone}",
///   "items": [{{"line_id": "a", "quantity": 1, "weight": {{"value": "2", "unit": "lb"}}}}]}}"#)).unwrap() };
/// let to_2 = quote_label(&[card.clone()], &req("2")).unwrap();
/// let to_8 = quote_label(&[card.clone()], &req("8")).unwrap();
/// let both = combine_routed(vec![("wh", to_2.clone()), ("refurb", to_8.clone())]).unwrap();
/// assert_eq!(both.chosen.zone, "2,8");
/// assert_eq!(both.chosen.cost, to_2.chosen.cost + to_8.chosen.cost);
/// assert_eq!(both.chosen.parcels[1].destination.as_deref(), Some("refurb"));
/// ```
pub fn combine_routed(quotes: Vec<(&str, LabelQuote)>) -> Option<LabelQuote> {
    let mut iter = quotes.iter();
    let (_, first) = iter.next()?;
    let services = std::iter::once(&first.chosen).chain(&first.alternatives);
    let mut options = Vec::new();
    for lead in services {
        let mut parts = Vec::with_capacity(quotes.len());
        for (dest, q) in &quotes {
            let same = std::iter::once(&q.chosen)
                .chain(&q.alternatives)
                .find(|o| o.carrier == lead.carrier && o.service == lead.service);
            match same {
                Some(o) => parts.push((*dest, o)),
                None => break,
            }
        }
        if parts.len() == quotes.len() {
            // Cheapest first; ties keep the cards' order (a few options: no sort needed).
            let option = together(lead, &parts);
            let at = options
                .iter()
                .position(|o: &LabelOption| cmp(&o.expected_cost, &option.expected_cost).is_gt())
                .unwrap_or(options.len());
            options.insert(at, option);
        }
    }
    // Services that declined, once each (the first destination's reason).
    let mut rejected: Vec<RejectedService> = Vec::new();
    for r in quotes.iter().flat_map(|(_, q)| &q.rejected) {
        if !rejected
            .iter()
            .any(|o| o.carrier == r.carrier && o.service == r.service)
        {
            rejected.push(r.clone());
        }
    }
    let mut options = options.into_iter();
    let chosen = options.next()?;
    Some(LabelQuote {
        chosen,
        alternatives: options.collect(),
        rejected,
    })
}

/// One service's options for each destination (`lead` is the first), as one option.
fn together(lead: &LabelOption, parts: &[(&str, &LabelOption)]) -> LabelOption {
    let mut zones: Vec<&str> = Vec::new();
    let mut all = LabelOption {
        parcels: Vec::new(),
        cost: Default::default(),
        expected_cost: Default::default(),
        ..lead.clone()
    };
    for (dest, o) in parts {
        if !zones.contains(&o.zone.as_str()) {
            zones.push(&o.zone);
        }
        all.parcels.extend(o.parcels.iter().map(|p| {
            let mut p = p.clone();
            p.destination = Some((*dest).to_string());
            p
        }));
        all.cost += o.cost;
        all.expected_cost += o.expected_cost;
        all.transit_days = match (all.transit_days, o.transit_days) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    all.zone = zones.join(",");
    all
}
