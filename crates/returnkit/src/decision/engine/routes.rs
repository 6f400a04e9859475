//! Routing in a decision: where each line that is not denied goes (the last `route_to` rule
//! that fires for it, or the policy's default destination), where it goes instead for each
//! disposition inspection may find, and the return label priced parcel by destination.

use super::{line_facts, Case, LineState};
use crate::decision::facts::{holds, LineFacts, ReturnFacts};
use crate::decision::outcome::{Decision, LineDecision, Outcome};
use crate::error::{Error, Result};
use crate::label::{LabelQuote, LabelRequest};
use crate::policy::{Action, PolicyDocument};
use crate::rma::Disposition;
use crate::routing::{Destination, Reroute, Route, DISPOSITIONS};

impl Case<'_> {
    /// Each line not denied gets its route and its reroutes, when the policy names
    /// destinations; otherwise nothing changes.
    pub(super) fn route_lines(
        &self,
        facts: &ReturnFacts<'_>,
        lines: &[LineState<'_>],
        decisions: &mut [LineDecision],
    ) {
        let doc = &self.policy.doc;
        if doc.destinations.is_empty() {
            return;
        }
        for (s, d) in lines.iter().zip(decisions.iter_mut()) {
            if d.outcome == Outcome::Deny {
                continue;
            }
            let Some(route) = chosen(doc, facts, s, None) else {
                continue;
            };
            d.reroutes = DISPOSITIONS
                .iter()
                .filter_map(|&disposition| {
                    let other = chosen(doc, facts, s, Some(disposition))?;
                    (other != route).then_some(Reroute {
                        disposition,
                        route: other,
                    })
                })
                .collect();
            d.route = Some(Box::new(route));
        }
    }

    /// The label for routed lines: one quote per destination (at its zone), combined into one
    /// service carrying every parcel. With no service, the reason the customer reads.
    pub(super) fn quote_routed(
        &self,
        request: LabelRequest,
        units: &[(&str, i64)],
        decision: &Decision,
    ) -> Result<LabelQuote> {
        let doc = &self.policy.doc;
        let mut groups: Vec<(&Destination, Vec<(&str, i64)>)> = Vec::new();
        for &(line_id, n) in units {
            let Some(dest) = decision
                .lines
                .iter()
                .find(|l| l.line_id == line_id)
                .and_then(|l| l.route.as_ref())
                .and_then(|r| doc.destinations.iter().find(|d| d.id == r.destination))
            else {
                continue;
            };
            match groups.iter_mut().find(|(d, _)| d.id == dest.id) {
                Some((_, g)) => g.push((line_id, n)),
                None => groups.push((dest, vec![(line_id, n)])),
            }
        }
        let mut quotes = Vec::with_capacity(groups.len());
        for (dest, group) in groups {
            let request = LabelRequest {
                items: crate::label::items_from_order(self.order, group)?,
                zone: dest.zone.clone(),
                ..request.clone()
            };
            quotes.push((
                dest.id.as_str(),
                crate::label::quote_label(&self.policy.rate_cards, &request)?,
            ));
        }
        crate::label::combine_routed(quotes).ok_or_else(|| Error::NoLabelService {
            field: "items".into(),
            reason: "no one service carries the items to every destination".into(),
        })
    }
}

/// A line's route: the last `route_to` rule that fires for it, with the disposition
/// inspection found (none at decision time), or the default destination.
fn chosen(
    doc: &PolicyDocument,
    facts: &ReturnFacts<'_>,
    s: &LineState<'_>,
    disposition: Option<Disposition>,
) -> Option<Route> {
    let line = LineFacts {
        disposition,
        ..line_facts(s)
    };
    let mut pick = None;
    for rule in &doc.rules {
        let Some(to) = rule.then.iter().find_map(|a| match a {
            Action::RouteTo(id) => Some(id),
            _ => None,
        }) else {
            continue;
        };
        if rule.when.as_ref().is_none_or(|c| holds(c, facts, &line)) {
            pick = Some((to, rule.id.as_str()));
        }
    }
    let routed = pick.and_then(|(to, rule)| {
        doc.destinations
            .iter()
            .find(|d| &d.id == to)
            .map(|d| Route::to(d, Some(rule)))
    });
    routed.or_else(|| {
        doc.default_destination
            .as_ref()
            .and_then(|id| doc.destinations.iter().find(|d| &d.id == id))
            .or(doc.destinations.first())
            .map(|d| Route::to(d, None))
    })
}
