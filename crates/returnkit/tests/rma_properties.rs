//! Property tests of the RMA lifecycle: random sequences of commands from random actors, from an
//! approved RMA of two or three lines, checking after every step that
//!
//! - (a) the state is valid: received ≤ approved ≤ requested, accepted + rejected ≤ received,
//!   paid ≤ refund_due, the authorization moved only along an allowed edge, and the version
//!   is the number of events;
//! - (b) the state is the fold of the event log;
//! - (c) replaying an earlier successful command returns exactly its events and changes nothing;
//! - (d) the money paid never exceeds the refund engine's total for the accepted units, and
//!   that quote adds up: lines and shipping less the return's deductions are the refund, which
//!   the tenders take exactly;
//! - (e) a refused command is a typed error (permission before version before state) and
//!   changes nothing; nothing panics.
//!
//! Inspections grade lines already graded, at other grades, and lost-parcel settlements list a
//! line twice: the paths where two engine bugs once broke (a).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use returnkit::decision::Decision;
use returnkit::rma::*;
use returnkit::{Condition, ErrorArea, Resolution};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::config;
use support::rma::{at, Opening, DECIDED, FEES_POLICY, POLICY};

const CASES: u32 = 256;

/// The example's policy, and one with fees and two inspection deductions, so that the final
/// quote is not simply proportional to the units accepted.
const POLICIES: [&str; 2] = [POLICY, FEES_POLICY];

/// Requests of two or three lines, some returning one shirt of two.
const REQUESTS: [&str; 4] = [
    r#"[{"line_id": "A", "quantity": 1, "reason": "size_or_fit"},
        {"line_id": "B", "quantity": 2, "reason": "changed_mind"},
        {"line_id": "C", "quantity": 1, "reason": "defective"}]"#,
    r#"[{"line_id": "A", "quantity": 1, "reason": "size_or_fit"},
        {"line_id": "B", "quantity": 1, "reason": "changed_mind"}]"#,
    r#"[{"line_id": "B", "quantity": 2, "reason": "defective"},
        {"line_id": "C", "quantity": 1, "reason": "changed_mind"}]"#,
    r#"[{"line_id": "A", "quantity": 1, "reason": "changed_mind"},
        {"line_id": "B", "quantity": 1, "reason": "defective"},
        {"line_id": "C", "quantity": 1, "reason": "size_or_fit"}]"#,
];

const RESOLUTIONS: [Resolution; 3] = [
    Resolution::OriginalPayment,
    Resolution::StoreCredit,
    Resolution::Exchange,
];

/// Grades found at inspection, mostly ones that can be accepted (a missing or wrong item can't).
const CONDITIONS: [Condition; 16] = {
    use Condition::*;
    [
        New, LikeNew, LikeNew, Used, Used, Damaged, LikeNew, New, LikeNew, Used, New, LikeNew,
        Damaged, LikeNew, Missing, WrongItem,
    ]
};

/// Command kinds, weighted towards those that move a return along. `cancel` and `close` end a
/// return, so [`kind`] picks them rarely.
const KINDS: [CommandKind; 40] = {
    use CommandKind::*;
    [
        Submit,
        Approve,
        Reject,
        RequestInfo,
        IssueLabel,
        IssueLabel,
        IssueLabel,
        RecordCarrierScan,
        RecordCarrierScan,
        RecordCarrierScan,
        RecordCarrierScan,
        ReceiveItems,
        ReceiveItems,
        ReceiveItems,
        ReceiveItems,
        ReceiveItems,
        ReceiveItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        SettleLostParcel,
        SettleLostParcel,
        SettleLostParcel,
        RecordRefund,
        RecordRefund,
        RecordRefund,
        RecordRefund,
        RecordStoreCredit,
        RecordStoreCredit,
        RecordStoreCredit,
        ShipExchange,
        ShipExchange,
        Tick,
        Tick,
    ]
};

/// The commands that move money: receiving, inspecting (which re-quotes the refund) and paying.
const MONEY_KINDS: [CommandKind; 12] = {
    use CommandKind::*;
    [
        ReceiveItems,
        ReceiveItems,
        InspectItems,
        InspectItems,
        InspectItems,
        InspectItems,
        RecordRefund,
        RecordRefund,
        RecordRefund,
        RecordStoreCredit,
        RecordStoreCredit,
        Tick,
    ]
};

fn kind(kinds: &[CommandKind], s: &Step) -> CommandKind {
    match s[12] {
        0 if s[13] < 128 => CommandKind::Cancel,
        1 if s[13] < 128 => CommandKind::Close,
        _ => kinds[usize::from(s[0]) % kinds.len()],
    }
}

/// The starting point: an approved RMA.
#[derive(Debug, Clone, Copy)]
struct Start {
    policy: usize,
    request: usize,
    resolution: usize,
}

fn start() -> impl Strategy<Value = Start> {
    (0..POLICIES.len(), 0..REQUESTS.len(), 0..RESOLUTIONS.len()).prop_map(
        |(policy, request, resolution)| Start {
            policy,
            request,
            resolution,
        },
    )
}

fn submitted(s: Start) -> (RmaDocument, Decision) {
    let resolution = RESOLUTIONS[s.resolution];
    let (doc, decision) = Opening::example()
        .policy(POLICIES[s.policy])
        .request(&format!(
            r#"{{"lines": {}, "resolution": {}}}"#,
            REQUESTS[s.request],
            serde_json::to_string(&resolution).unwrap()
        ))
        .resolution(resolution)
        .submit();
    assert_eq!(doc.rma.authorization, Authorization::Approved);
    (doc, decision)
}

/// One step, as raw choices that [`command`] reads against the RMA's current state: which
/// kind, which actor, which lines, parcels, quantities and amounts, and whether the version is
/// stale or an earlier command is replayed.
type Step = [u8; 14];

fn steps() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(any::<Step>(), 30..=60)
}

/// An amount to pay: what is owed, part of it, a cent more, far more, too precise, zero,
/// negative or a flat 10.00.
fn amount(rma: &Rma, choice: u8) -> Decimal {
    let owed = (rma.refund_due - rma.paid()).max(Decimal::ZERO);
    match choice % 8 {
        0 | 1 => owed,
        2 => (owed / dec!(2)).round_dp(2),
        3 => owed + dec!(0.01),
        4 => dec!(1000.00),
        5 => dec!(0.005),
        6 => [Decimal::ZERO, dec!(-5.00)][usize::from(choice / 8 % 2)],
        _ => dec!(10.00),
    }
}

/// A line: half the time one for which `useful` holds (if any), else any line, rarely one the
/// RMA doesn't have.
fn line_id(rma: &Rma, choice: u8, useful: impl Fn(&RmaLine) -> bool) -> String {
    if choice == u8::MAX {
        return "Z".into();
    }
    let n = rma.lines.len();
    let i = usize::from(choice / 2) % n;
    let pick = if choice % 2 == 0 {
        (0..n).map(|k| (i + k) % n).find(|&k| useful(&rma.lines[k]))
    } else {
        None
    };
    rma.lines[pick.unwrap_or(i)].line_id.clone()
}

/// A parcel: mostly one the RMA has (half the time one for which `useful` holds, if any),
/// sometimes a new id, rarely an unknown one.
fn parcel_id(rma: &Rma, choice: u8, useful: impl Fn(&Parcel) -> bool) -> String {
    let n = rma.parcels.len();
    match choice % 16 {
        15 => "nowhere".into(),
        c if n == 0 || c >= 12 => format!("p{}", n + 1),
        c => {
            let i = usize::from(c / 2) % n;
            let pick = if c % 2 == 0 {
                (0..n)
                    .map(|k| (i + k) % n)
                    .find(|&k| useful(&rma.parcels[k]))
            } else {
                None
            };
            rma.parcels[pick.unwrap_or(i)].id.clone()
        }
    }
}

/// Units: mostly 1, sometimes 2, rarely 0, -1 or 3.
fn quantity(choice: u8) -> i64 {
    [1, 1, 1, 2, 1, 1, 0, 1, 2, 1, -1, 1, 3, 1, 2, 1][usize::from(choice) % 16]
}

fn command(
    kinds: &[CommandKind],
    rma: &Rma,
    decision: &Decision,
    key: String,
    at: DateTime<Utc>,
    s: &Step,
) -> Command {
    // Pay the way the resolution pays, half the time; the other half is refused.
    let kind = match (kind(kinds, s), rma.resolution == Resolution::StoreCredit) {
        (CommandKind::RecordRefund, true) if s[9] % 2 == 0 => CommandKind::RecordStoreCredit,
        (CommandKind::RecordStoreCredit, false) if s[9] % 2 == 0 => CommandKind::RecordRefund,
        (k, _) => k,
    };
    let permitted: Vec<Actor> = ACTORS.into_iter().filter(|a| may(*a, kind)).collect();
    let actor = if s[1] < 220 {
        permitted[usize::from(s[2]) % permitted.len()]
    } else {
        ACTORS[usize::from(s[2]) % ACTORS.len()]
    };
    let room = |l: &RmaLine| l.approved > l.received;
    let units = |line: u8, q: u8| LineUnits {
        line_id: line_id(rma, line, room),
        quantity: quantity(q),
    };
    let some_lines = || {
        let mut lines = vec![units(s[3], s[4])];
        if s[5] % 3 == 0 {
            // The second entry is, as often as not, the first line again.
            let mut second = units(s[6], s[7]);
            if s[6] % 2 == 0 {
                second.line_id = lines[0].line_id.clone();
            }
            lines.push(second);
        }
        lines
    };
    let action = match kind {
        CommandKind::Submit => Action::Submit(Box::new(Submission {
            rma_id: "rma-2".into(),
            sequence: 8,
            order: returnkit::Order::clone(&rma.order),
            decision: decision.into(),
            resolution: rma.resolution,
            timezone: "UTC".into(),
            locale: None,
        })),
        CommandKind::Approve => Action::Approve {
            lines: if s[5] % 2 == 0 { vec![] } else { some_lines() },
        },
        CommandKind::Reject => Action::Reject {
            code: ["fraud", " "][usize::from(s[5] % 2)].into(),
            message: String::new(),
        },
        CommandKind::RequestInfo => Action::RequestInfo {
            message: ["Photos?", ""][usize::from(s[5] % 2)].into(),
        },
        CommandKind::IssueLabel => Action::IssueLabel {
            parcel_id: parcel_id(rma, s[8], |_| false),
            carrier: "Sample Parcel Co.".into(),
            tracking: "1Z".into(),
            expires_on: (s[9] % 4 == 0).then(|| (at + Duration::days(3)).date_naive()),
        },
        CommandKind::RecordCarrierScan => Action::RecordCarrierScan {
            parcel_id: parcel_id(rma, s[8], |p| p.state != Logistics::DeliveredToWarehouse),
            scan: [
                Scan::InTransit,
                Scan::InTransit,
                Scan::Delivered,
                Scan::Delivered,
                Scan::Lost,
            ][usize::from(s[9]) % 5],
        },
        CommandKind::ReceiveItems => Action::ReceiveItems {
            parcel_id: (s[9] % 4 != 0 && !rma.parcels.is_empty())
                .then(|| parcel_id(rma, s[8], |_| false)),
            lines: if s[10] % 8 == 0 { vec![] } else { some_lines() },
            extra: if s[10] % 4 == 0 {
                vec![ExtraItem {
                    description: "a sock".into(),
                    quantity: quantity(s[11]),
                }]
            } else {
                vec![]
            },
        },
        CommandKind::InspectItems => {
            let mut lines = vec![];
            for (line, q, r, c) in [(s[3], s[4], s[11], s[10]), (s[6], s[7], s[12], s[9])]
                .into_iter()
                .take(1 + usize::from(s[5] % 3 == 0))
            {
                let line_id = line_id(rma, line, |l| l.received > l.accepted + l.rejected);
                let condition = CONDITIONS[usize::from(c) % CONDITIONS.len()];
                // A quarter of the lines inspected are rejected outright, and so, mostly, are
                // missing or wrong items (which can't be accepted).
                let unacceptable = matches!(condition, Condition::Missing | Condition::WrongItem);
                let (accepted, rejected) = if q % 4 == 3 || unacceptable && q % 4 != 0 {
                    (0, 1)
                } else {
                    (
                        quantity(q / 4).min(2),
                        [0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, -1, 0, 0, 0, 1][usize::from(r) % 16],
                    )
                };
                lines.push(Inspection {
                    line_id,
                    accepted,
                    rejected,
                    condition,
                    disposition: if accepted > 0 {
                        Disposition::Restock
                    } else {
                        Disposition::ReturnToCustomer
                    },
                });
            }
            Action::InspectItems { lines }
        }
        CommandKind::SettleLostParcel => Action::SettleLostParcel {
            parcel_id: parcel_id(rma, s[8], |p| p.state == Logistics::Lost),
            lines: some_lines(),
        },
        CommandKind::RecordRefund => Action::RecordRefund {
            amount: amount(rma, s[9]),
            reference: "psp".into(),
            tender_id: [None, Some("card-1"), Some("gift-77"), Some("nope")]
                [usize::from(s[10]) % 4]
                .map(Into::into),
        },
        CommandKind::RecordStoreCredit => Action::RecordStoreCredit {
            amount: amount(rma, s[9]),
            reference: "gc".into(),
        },
        CommandKind::RecordRecovery => Action::RecordRecovery {
            amount: amount(rma, s[10]),
            reference: "r".into(),
            from: returnkit::rma::RecoverySource::Customer,
        },
        CommandKind::ShipExchange => Action::ShipExchange {
            reference: "x".into(),
        },
        CommandKind::Cancel => Action::Cancel {
            reason: String::new(),
        },
        CommandKind::Close => Action::Close,
        CommandKind::Tick => Action::Tick,
    };
    Command {
        expected_version: rma.version,
        idempotency_key: key,
        actor,
        at,
        action,
    }
}

/// Authorization edges a command may take.
fn allowed_edge(from: Authorization, to: Authorization) -> bool {
    use Authorization::*;
    from == to
        || matches!(
            (from, to),
            (
                Requested | PendingReview,
                PendingReview | Approved | Rejected | Cancelled
            ) | (Approved, Cancelled | Expired | Closed)
        )
}

/// Property (a), and (d).
fn check_state(doc: &RmaDocument, before: Authorization) -> Result<(), TestCaseError> {
    let rma = &doc.rma;
    for l in &rma.lines {
        prop_assert!(
            0 <= l.received && l.received <= l.approved && l.approved <= l.requested,
            "received ≤ approved ≤ requested: {l:?}"
        );
        prop_assert!(
            l.accepted >= 0 && l.rejected >= 0 && l.accepted + l.rejected <= l.received,
            "accepted + rejected ≤ received: {l:?}"
        );
    }
    let paid = rma.paid();
    prop_assert!(
        paid <= rma.refund_due,
        "paid {paid} ≤ refund_due {}",
        rma.refund_due
    );
    prop_assert!(
        allowed_edge(before, rma.authorization),
        "{before:?} → {:?}",
        rma.authorization
    );
    prop_assert_eq!(rma.version, doc.events.len() as u64);
    // (d) Money paid never exceeds the refund engine's figure for the accepted units, each at
    // the grade it was accepted at.
    if rma.lines.iter().any(|l| l.accepted > 0) {
        let quote = doc
            .final_quote()
            .map_err(|e| TestCaseError::fail(format!("the final quote fails: {e}")))?;
        prop_assert!(
            paid <= quote.totals.refund,
            "paid {paid} ≤ the final quote's refund {}",
            quote.totals.refund
        );
        let lines: Decimal = quote.lines.iter().map(|l| l.total).sum();
        let shipping = quote.shipping.as_ref().map_or(Decimal::ZERO, |s| s.total);
        let deducted: Decimal = quote.deductions.iter().map(|d| d.amount).sum();
        prop_assert_eq!(
            lines + shipping - deducted,
            quote.totals.refund,
            "{:?}",
            quote
        );
        let line_deductions: Decimal = quote
            .lines
            .iter()
            .flat_map(|l| &l.deductions)
            .map(|d| d.amount)
            .sum();
        prop_assert_eq!(line_deductions + deducted, quote.totals.deductions);
        let to_tenders: Decimal = quote.tenders.iter().map(|t| t.amount).sum();
        let cash = quote
            .exchange
            .as_ref()
            .map_or(quote.totals.refund, |e| e.refund_due);
        if quote.store_credit.is_none() {
            prop_assert_eq!(to_tenders, cash, "the tenders take the refund");
        }
    } else {
        prop_assert_eq!(paid, Decimal::ZERO, "paid with nothing accepted");
    }
    Ok(())
}

/// Codes a command may be refused with (4007: a refund beyond what its tender took).
const COMMAND_ERRORS: [u32; 13] = [
    1002, 1003, 1004, 1005, 1006, 1007, 3001, 3002, 3003, 4003, 4004, 4007, 4008,
];

/// What happened over a run, to check that the generator reaches the interesting states.
#[derive(Default, Debug)]
struct Reached {
    ok: usize,
    refused: usize,
    replays: usize,
    received: bool,
    inspected: bool,
    paid: bool,
    lost: bool,
    settled: bool,
    terminal: Option<Authorization>,
    /// Outcomes per kind: `ok`, or the error's code.
    outcomes: std::collections::BTreeMap<(String, String), usize>,
}

fn run(kinds: &[CommandKind], start: Start, steps: &[Step]) -> Result<Reached, TestCaseError> {
    let (mut doc, decision) = submitted(start);
    let mut reached = Reached::default();
    // Commands that made events, with the events they made.
    let mut done: Vec<(Command, Vec<Event>)> = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        let at = at(DECIDED) + Duration::hours(12 * i as i64 + i64::from(s[13] % 12));
        let replay = s[12] >= 235 && !done.is_empty();
        let (cmd, original) = if replay {
            let (cmd, events) = &done[usize::from(s[13]) % done.len()];
            (cmd.clone(), Some(events.clone()))
        } else {
            let mut cmd = command(kinds, &doc.rma, &decision, format!("k{i}"), at, s);
            match s[11] {
                240..=247 => cmd.expected_version = cmd.expected_version.saturating_sub(1),
                248..=255 => cmd.expected_version += 1,
                _ => {}
            }
            (cmd, None)
        };
        let before = doc.clone();
        let kind = cmd.action.kind();
        let result = doc.apply(&cmd);
        let outcome = match &result {
            Ok(_) => "ok".to_string(),
            Err(e) => e.code().to_string(),
        };
        *reached
            .outcomes
            .entry((format!("{kind:?}"), outcome))
            .or_default() += 1;
        match result {
            Ok(events) => {
                if let Some(original) = original {
                    // (c) A replay returns the original events and changes nothing.
                    reached.replays += 1;
                    prop_assert_eq!(&events, &original, "replay of {:?}", cmd.idempotency_key);
                    prop_assert_eq!(&doc, &before, "a replay changes nothing");
                } else {
                    reached.ok += 1;
                    prop_assert!(may(cmd.actor, kind), "{:?} may not {:?}", cmd.actor, kind);
                    prop_assert_eq!(cmd.expected_version, before.rma.version);
                    prop_assert_eq!(doc.rma.version, before.rma.version + events.len() as u64);
                    prop_assert_eq!(&doc.events[before.events.len()..], &events[..]);
                    if !events.is_empty() {
                        done.push((cmd.clone(), events));
                    }
                }
            }
            Err(e) => {
                // (e) Typed, in order: permission, then version, then the state.
                reached.refused += 1;
                prop_assert!(original.is_none(), "a replay failed: {}", e);
                prop_assert!(
                    COMMAND_ERRORS.contains(&e.code()) && e.area() != ErrorArea::Internal,
                    "untyped error {} ({}) for {kind:?}",
                    e,
                    e.code()
                );
                if !may(cmd.actor, kind) {
                    prop_assert_eq!(e.code(), 3002, "{:?} {:?}: {}", cmd.actor, kind, e);
                } else if cmd.expected_version != before.rma.version {
                    prop_assert_eq!(e.code(), 3003, "{:?}: {}", kind, e);
                }
                prop_assert_eq!(&doc, &before, "a refused {:?} changed the document", kind);
            }
        }
        check_state(&doc, before.rma.authorization)?;
        // (b) The state is the fold of its log.
        let folded = Rma::from_events(&doc.events)
            .map_err(|e| TestCaseError::fail(format!("the log does not fold: {e}")))?;
        prop_assert_eq!(&folded, &doc.rma, "the fold of the log");
        // (c) Any earlier successful command, replayed now, returns its events.
        if !done.is_empty() {
            let (cmd, events) = &done[usize::from(s[10]) % done.len()];
            let mut again = doc.clone();
            let replayed = again.apply(cmd);
            prop_assert_eq!(replayed.as_ref().ok(), Some(events), "replay {:?}", cmd);
            prop_assert_eq!(&again, &doc, "a replay changes nothing");
        }
        let rma = &doc.rma;
        reached.received |= rma.lines.iter().any(|l| l.received > 0);
        reached.inspected |= rma.lines.iter().any(|l| l.accepted + l.rejected > 0);
        reached.paid |= rma.paid() > Decimal::ZERO;
        reached.lost |= rma.parcels.iter().any(|p| p.state == Logistics::Lost);
        reached.settled |= doc
            .events
            .iter()
            .any(|e| matches!(e.kind, EventKind::LostParcelSettled { .. }));
    }
    reached.terminal = Some(doc.rma.authorization);
    Ok(reached)
}

proptest! {
    #![proptest_config(config(CASES))]

    #[test]
    fn random_command_sequences_keep_every_invariant(start in start(), steps in steps()) {
        run(&KINDS, start, &steps)?;
    }

    /// The same, with only the commands that move money, so that accepted units, re-quotes
    /// and payments interleave often.
    #[test]
    fn receive_inspect_and_pay_sequences_keep_every_invariant(start in start(), steps in steps()) {
        run(&MONEY_KINDS, start, &steps)?;
    }
}

/// The properties would hold vacuously if the generated sequences never got anywhere: most
/// must receive, inspect and pay, and between them reach every end.
#[test]
fn generated_sequences_reach_the_interesting_states() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = (start(), steps());
    let runs = 200;
    let (mut received, mut inspected, mut paid, mut lost, mut settled) = (0, 0, 0, 0, 0);
    let (mut ok, mut refused, mut replays) = (0, 0, 0);
    let mut ends = std::collections::BTreeMap::<String, usize>::new();
    let mut outcomes = std::collections::BTreeMap::<(String, String), usize>::new();
    for _ in 0..runs {
        let (start, steps) = strategy.new_tree(&mut runner).unwrap().current();
        let r = run(&KINDS, start, &steps).unwrap();
        received += usize::from(r.received);
        inspected += usize::from(r.inspected);
        paid += usize::from(r.paid);
        lost += usize::from(r.lost);
        settled += usize::from(r.settled);
        ok += r.ok;
        refused += r.refused;
        replays += r.replays;
        *ends
            .entry(format!("{:?}", r.terminal.unwrap()))
            .or_default() += 1;
        for (k, n) in r.outcomes {
            *outcomes.entry(k).or_default() += n;
        }
    }
    let summary = format!(
        "received {received}, inspected {inspected}, paid {paid}, lost {lost}, settled {settled} \
         of {runs}; {ok} ok, {refused} refused, {replays} replays; ends {ends:?}; outcomes \
         {outcomes:?}"
    );
    assert!(received * 10 >= runs * 8, "{summary}");
    assert!(inspected * 10 >= runs * 5, "{summary}");
    assert!(paid * 10 >= runs * 2, "{summary}");
    assert!(lost * 10 >= runs, "{summary}");
    assert!(settled > 0, "{summary}");
    assert!(replays > 0 && refused > 0 && ok * 6 >= refused, "{summary}");
    for end in ["Approved", "Closed", "Cancelled"] {
        assert!(ends.contains_key(end), "nothing ends {end}: {summary}");
    }
}
