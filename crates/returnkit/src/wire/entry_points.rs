//! The wire format's entry points: JSON text in, JSON text out, for every binding (C, PHP,
//! WASM) and the CLI. Each parses with field paths, calls the core, and serializes, so every
//! binding gives byte-for-byte the same answers and none of them repeats a rule.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::decision::{answering, decide as decide_core, ReturnRequest};
use crate::error::{Error, Result, Within};
use crate::label::{quote_label, LabelQuote, LabelRequest, RateCard};
use crate::order::Order;
use crate::policy::{Policy, PolicyDocument};
use crate::refund::{RefundRequest, Resolution};
use crate::rma::{Command, RmaDocument};
use crate::wire::documents::{check_decision_version, in_input, read_document};
use crate::wire::from_json;

/// Largest input accepted, in bytes: 16 MiB. Larger inputs are refused before parsing.
pub const MAX_INPUT: usize = 16 * 1024 * 1024;

fn check_size(text: &str, field: &str) -> Result<()> {
    if text.len() > MAX_INPUT {
        return Err(Error::InvalidValue {
            field: field.into(),
            reason: format!(
                "input of {} bytes is over the {MAX_INPUT}-byte limit",
                text.len()
            ),
        });
    }
    Ok(())
}

/// Parses a text whose parts stay raw, naming the field of any error within the text.
fn parse_borrowed<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T> {
    crate::wire::reader::from_str(text).map_err(|e| crate::wire::reader::parse_error(text, &e))
}

/// Parses an input whose members are documents, kept raw: an error in the input itself names
/// it `input` (as [`crate::wire::read_input`] does).
fn parse_input<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T> {
    parse_borrowed(text).map_err(in_input)
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    crate::wire::writer::to_string(value).map_err(internal)
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error::Internal {
        field: String::new(),
        message: e.to_string(),
    }
}

/// The input of a refund quote: an order and what to quote.
// Public for its JSON Schema, from which the TypeScript declarations are made; the fields stay
// private.
// Each part is parsed on its own, as the document it is, so that error paths start with the
// document's name (`order.lines[0].quantity`), as the engine's own errors do.
#[derive(Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuoteInput<'a> {
    /// The order.
    #[serde(borrow)]
    #[cfg_attr(feature = "json-schema", schemars(with = "Order"))]
    order: &'a serde_json::value::RawValue,
    /// What to quote.
    #[serde(borrow)]
    #[cfg_attr(feature = "json-schema", schemars(with = "RefundRequest"))]
    request: &'a serde_json::value::RawValue,
}

/// A refund quote: `{"order": ..., "request": ...}` in, the quote out.
///
/// ```
/// let input = format!(r#"{{"order": {}, "request": {}}}"#,
///     include_str!("../../samples/order.json"),
///     include_str!("../../samples/request.json"));
/// let out = returnkit::wire::quote(&input).unwrap();
/// assert!(out.contains(r#""refund":"89.61""#));
/// ```
pub fn quote(input: &str) -> Result<String> {
    check_size(input, "input")?;
    if let Ok(read) = crate::wire::reader::from_str::<QuoteRead>(input) {
        return to_json(&crate::refund::quote(&read.order, &read.request)?);
    }
    let input: QuoteInput<'_> = parse_input(input)?;
    let order: Order = read_document(input.order.get())?;
    let request: RefundRequest = read_document(input.request.get())?;
    to_json(&crate::refund::quote(&order, &request)?)
}

/// A [`QuoteInput`] read in one pass. Only an input that fails is read again as a
/// [`QuoteInput`], member by member, so that its error names the field within its document
/// (`order.lines[0].quantity`) with the position within it, as it always has.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteRead {
    order: Order,
    request: RefundRequest,
}

/// The input of a decision: an order, the return request, and the instant of the decision.
// Public for its JSON Schema, from which the TypeScript declarations are made; the fields stay
// private.
#[derive(Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DecideInput<'a> {
    /// The order.
    #[serde(borrow)]
    #[cfg_attr(feature = "json-schema", schemars(with = "Order"))]
    order: &'a serde_json::value::RawValue,
    /// The return request.
    #[serde(borrow)]
    #[cfg_attr(feature = "json-schema", schemars(with = "ReturnRequest"))]
    request: &'a serde_json::value::RawValue,
    /// The instant of the decision (RFC 3339).
    #[serde(with = "crate::wire::timestamp")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    now: DateTime<Utc>,
    /// How to write the decision: `full` (the default) or `compact` (docs/wire.md, "Compact
    /// answers").
    #[serde(default)]
    answer: AnswerForm,
}

/// How a decision is written: in full, or in the compact form that leaves out what a caller
/// can derive (docs/wire.md, "Compact answers"). The input member `answer` names it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnswerForm {
    /// Every member, as stored and as an RMA is opened with.
    #[default]
    Full,
    /// Without empty and `false` members, and each offer's quote without its lines and the
    /// members the decision already states.
    Compact,
}

/// What a compact decision leaves out by name: each offer's quote lines (the quote of the
/// offer's `request` gives them) and the members of its quote that the decision states.
const COMPACT_DECISION: &crate::wire::writer::Omissions = &[(
    "RefundQuote",
    &["schema_version", "order_id", "currency", "mode", "lines"],
)];

/// `decision` written in `form`.
pub fn write_decision(decision: &crate::decision::Decision, form: AnswerForm) -> Result<String> {
    match form {
        AnswerForm::Full => to_json(decision),
        AnswerForm::Compact => {
            let mut out = Vec::with_capacity(1024);
            write_decision_into(&mut out, decision, form)?;
            String::from_utf8(out).map_err(internal)
        }
    }
}

/// `decision` written in `form` at the end of `out` (as `returnkit batch` writes its lines).
pub fn write_decision_into(
    out: &mut Vec<u8>,
    decision: &crate::decision::Decision,
    form: AnswerForm,
) -> Result<()> {
    match form {
        AnswerForm::Full => crate::wire::writer::write(out, decision),
        AnswerForm::Compact => crate::wire::writer::write_compact(out, decision, COMPACT_DECISION),
    }
    .map_err(internal)
}

/// A decision: `{"order": ..., "request": ..., "now": "RFC 3339"}` in, the decision out;
/// `"answer": "compact"` in the input asks for the compact form.
///
/// ```
/// let policy = returnkit::wire::compile_policy(
///     include_str!("../../samples/policy.toml"), "toml", "").unwrap();
/// let input = format!(r#"{{"order": {}, "now": "2026-10-20T18:00:00Z", "request": {{
///     "lines": [{{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}}]}}}}"#,
///     include_str!("../../samples/order.json"));
/// let full = returnkit::wire::decide(&policy, &input).unwrap();
/// let compact = returnkit::wire::decide(&policy, &input.replacen('{', r#"{"answer": "compact", "#, 1)).unwrap();
/// assert!(full.contains(r#""unit_price":"#) && !compact.contains(r#""unit_price":"#));
/// assert!(compact.len() * 3 < full.len() * 2, "{} of {}", compact.len(), full.len());
/// ```
pub fn decide(policy: &Policy, input: &str) -> Result<String> {
    let (decision, form) = decide_input(policy, input)?;
    write_decision(&decision, form)
}

/// The decision on a [`DecideInput`]'s text, and the form it asks for. The input is read in
/// one pass; only one that fails is read again member by member, for its error's field.
fn decide_input(policy: &Policy, text: &str) -> Result<(crate::decision::Decision, AnswerForm)> {
    check_size(text, "input")?;
    if let Ok(read) = crate::wire::reader::from_str::<DecideRead>(text) {
        let decision = decide_core(policy, &read.order, &read.request, read.now)?;
        return Ok((decision, read.answer));
    }
    let input: DecideInput<'_> = parse_input(text)?;
    let order: Order = read_document(input.order.get())?;
    let request: ReturnRequest = read_document(input.request.get())?;
    Ok((
        decide_core(policy, &order, &request, input.now)?,
        input.answer,
    ))
}

/// A [`DecideInput`] read in one pass.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecideRead {
    order: Order,
    request: ReturnRequest,
    #[serde(with = "crate::wire::timestamp")]
    now: DateTime<Utc>,
    #[serde(default)]
    answer: AnswerForm,
}

/// The decision on one record of a stream (a line of `returnkit batch`'s input): the same
/// input and answer as [`decide`], but the record is read in one pass, as `returnkit batch`
/// reads its lines ([`DecisionRecord`](crate::wire::DecisionRecord)), so an error's field is
/// the same as [`decide`]'s while its position counts from the record's start (`at line 1
/// column 41`, not from the start of the order). A record's `id` and `policy` are the caller's
/// to use: they are read past, as `returnkit batch` reads them.
///
/// ```
/// let policy = returnkit::wire::compile_policy(
///     include_str!("../../samples/policy.toml"), "toml", "").unwrap();
/// let record = r#"{"order": {"id": 1}}"#;
/// let e = returnkit::wire::decide_record(&policy, record).unwrap_err();
/// assert_eq!(e.to_string(), "order.id: invalid type: integer `1`, expected a string at line 1 column 18");
/// let e = returnkit::wire::decide(&policy, record).unwrap_err();
/// assert_eq!(e.to_string(), "input: missing field `request` at line 1 column 20");
/// ```
pub fn decide_record(policy: &Policy, record: &str) -> Result<String> {
    check_size(record, "input")?;
    let record = crate::wire::DecisionRecord::from_json(record)?;
    write_decision(
        &decide_core(policy, &record.order, &record.request, record.now)?,
        record.answer,
    )
}

/// The refund preview that answers a return request: what [`decide`] takes in, and out the
/// quote of the offer [`Decision::offer`] picks for the request, or `null` when no offer
/// answers. The same quote as [`decision_offer`] gives of [`decide`]'s answer, in one call,
/// without writing and reading the whole decision.
///
/// ```
/// let policy = returnkit::wire::compile_policy(
///     include_str!("../../samples/policy.toml"), "toml", "").unwrap();
/// let input = format!(r#"{{"order": {}, "now": "2026-10-20T18:00:00Z", "request": {{
///     "resolution": "store_credit",
///     "lines": [{{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}}]}}}}"#,
///     include_str!("../../samples/order.json"));
/// let quote = returnkit::wire::refund_preview(&policy, &input).unwrap();
/// assert!(quote.starts_with(r#"{"schema_version":1,"order_id":"1042","currency":"USD","mode":"preview","resolution":"store_credit","#));
/// ```
///
/// [`Decision::offer`]: crate::decision::Decision::offer
pub fn refund_preview(policy: &Policy, input: &str) -> Result<String> {
    match decide_input(policy, input)?.0.offer(None) {
        Some(offer) => to_json(&offer.quote),
        None => Ok("null".to_owned()),
    }
}

/// The offer whose refund preview answers a resolution, out of a decision as [`decide`] wrote
/// it: [`Decision::offer`]'s rule, for callers that hold the decision as JSON text (the
/// bindings). `resolution` names one (`store_credit`); empty text asks for the offer that
/// answers the decision's request. The answer is the offer's JSON text as the decision holds
/// it (`{"resolution", "request", "quote"}`), or `null` when no offer answers.
///
/// A decision in a version this returnkit doesn't read is refused (1009,
/// `decision.schema_version`); one without `schema_version`, stored before decisions carried
/// it, reads as version 1. Every error in the decision's text names its field within
/// `decision`.
///
/// ```
/// let decision = r#"{"schema_version": 1, "outcome": "approve", "requested_resolution": "store_credit",
///   "resolutions": [{"resolution": "original_payment", "quote": {"totals": {"refund": "89.61"}}},
///                   {"resolution": "store_credit", "quote": {"totals": {"refund": "89.61"}}}]}"#;
/// let asked = returnkit::wire::decision_offer(decision, "").unwrap();
/// assert!(asked.starts_with(r#"{"resolution": "store_credit""#));
/// assert_eq!(returnkit::wire::decision_offer(decision, "exchange").unwrap(), "null");
/// let e = returnkit::wire::decision_offer(r#"{"schema_version": 2}"#, "").unwrap_err();
/// assert_eq!((e.code(), e.field()), (1009, "decision.schema_version"));
/// ```
///
/// [`Decision::offer`]: crate::decision::Decision::offer
pub fn decision_offer(decision: &str, resolution: &str) -> Result<String> {
    check_size(decision, "decision")?;
    let asked = match resolution {
        "" => None,
        name => Some(resolution_named(name)?),
    };
    // The version first: a newer form is refused before any of its members can be misread.
    check_decision_version(decision)?;
    let view: DecisionOffers<'_> = parse_borrowed(decision).within("decision")?;
    let mut offered = Vec::with_capacity(view.resolutions.len());
    for (i, offer) in view.resolutions.iter().enumerate() {
        let read: OfferedResolution = from_json(offer.get())
            .within(&format!("resolutions[{i}]"))
            .within("decision")?;
        offered.push(read.resolution);
    }
    let at = answering(offered, asked.or(view.requested_resolution));
    Ok(match at.and_then(|i| view.resolutions.get(i)) {
        Some(offer) => offer.get().to_owned(),
        None => "null".to_owned(),
    })
}

/// The resolution called `name` (`store_credit`), read as the wire format reads one; any
/// other name is an error on the field `resolution`.
fn resolution_named(name: &str) -> Result<Resolution> {
    from_json(&to_json(&name)?).map_err(|e| Error::InvalidValue {
        field: "resolution".into(),
        reason: match e {
            Error::Parse { message, .. } => message,
            other => other.to_string(),
        },
    })
}

/// What [`decision_offer`] reads of a decision: the resolution asked for, and the offers as
/// text, in order.
#[derive(Deserialize)]
struct DecisionOffers<'a> {
    #[serde(default)]
    requested_resolution: Option<Resolution>,
    #[serde(default, borrow)]
    resolutions: Vec<&'a serde_json::value::RawValue>,
}

/// The resolution of one offer.
#[derive(Deserialize)]
struct OfferedResolution {
    resolution: Resolution,
}

/// A label quote with the policy's rate cards: a label request in, the quote out.
pub fn label_quote(policy: &Policy, request: &str) -> Result<String> {
    to_json(&label_quote_with(policy.rate_cards(), request)?)
}

/// The label quote of a label request's text with `cards`, errors named within the request
/// (`request.items[0].weight`): what [`label_quote`] answers, before it is written.
///
/// ```
/// use returnkit::label::RateCard;
/// let card = RateCard::from_json(include_str!("../../samples/us-ground.json")).unwrap();
/// let request = r#"{"origin": {"country": "US", "postal_code": "10001"},
///   "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "2", "unit": "lb"}}]}"#;
/// let quote = returnkit::wire::label_quote_with(&[card], request).unwrap();
/// assert_eq!(quote.chosen.carrier, "Sample Parcel Co.");
/// let err = returnkit::wire::label_quote_with(&[], "[").unwrap_err();
/// assert_eq!(err.field(), "request");
/// ```
pub fn label_quote_with(cards: &[RateCard], request: &str) -> Result<LabelQuote> {
    check_size(request, "request")?;
    let request: LabelRequest = read_document(request)?;
    quote_label(cards, &request).within("request")
}

/// How a policy's text is written.
///
/// ```
/// use returnkit::wire::PolicyFormat;
/// assert_eq!(PolicyFormat::parse("toml").unwrap(), PolicyFormat::Toml);
/// assert_eq!(PolicyFormat::parse("yaml").unwrap_err().field(), "format");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyFormat {
    /// JSON text.
    Json,
    /// TOML text, read as the JSON it turns into (same fields, same errors).
    Toml,
}

impl PolicyFormat {
    /// The format named `name`, `json` or `toml`; any other is an error on the field `format`.
    pub fn parse(name: &str) -> Result<PolicyFormat> {
        match name {
            "json" => Ok(PolicyFormat::Json),
            "toml" => Ok(PolicyFormat::Toml),
            other => Err(Error::InvalidValue {
                field: "format".into(),
                reason: format!("`{other}` is not json or toml"),
            }),
        }
    }
}

/// Compiles a policy from JSON or TOML text (`format` is `json` or `toml`), with rate cards
/// given as a JSON array (or empty text for none).
///
/// For a TOML policy, `compile_json_policy(&policy_toml_to_json(text)?, rate_cards)` gives the
/// same answer, errors included (a test in the repository, `tests/rust/policy_schema.rs`, holds them to it).
pub fn compile_policy(text: &str, format: &str, rate_cards: &str) -> Result<Policy> {
    check_size(text, "policy")?;
    check_size(rate_cards, "rate_cards")?;
    let policy = match PolicyFormat::parse(format)? {
        PolicyFormat::Json => Policy::from_json(text)?,
        #[cfg(feature = "toml")]
        PolicyFormat::Toml => Policy::from_toml(text)?,
        #[cfg(not(feature = "toml"))]
        PolicyFormat::Toml => return Err(toml_not_built()),
    };
    with_rate_cards(policy, rate_cards)
}

/// [`compile_policy`] of a JSON policy. A build that calls this one, and neither
/// [`compile_policy`] nor [`policy_toml_to_json`], leaves TOML's parser out (the WASM
/// package's storefront module does, and takes TOML policies as their JSON form).
///
/// ```
/// let policy = returnkit::wire::compile_json_policy(r#"{"name": "x", "window": {"days": 30}}"#, "").unwrap();
/// assert_eq!(policy.document().name, "x");
/// ```
pub fn compile_json_policy(text: &str, rate_cards: &str) -> Result<Policy> {
    check_size(text, "policy")?;
    check_size(rate_cards, "rate_cards")?;
    with_rate_cards(Policy::from_json(text)?, rate_cards)
}

/// The JSON form of a TOML policy document, which [`compile_json_policy`] compiles as
/// [`compile_policy`] compiles the TOML. The document is read as a policy first, so that an
/// error names the field and its line and column in the TOML file, as [`compile_policy`]'s do.
///
/// ```
/// let json = returnkit::wire::policy_toml_to_json("name = \"x\"\n[window]\ndays = 30\n").unwrap();
/// assert_eq!(json, r#"{"name":"x","window":{"days":30}}"#);
/// let e = returnkit::wire::policy_toml_to_json("name = \"x\"\n[window]\ndays = \"30\"\n").unwrap_err();
/// assert_eq!(e.field(), "policy.window.days");
/// assert!(e.to_string().contains("line 3"));
/// ```
#[cfg(feature = "toml")]
pub fn policy_toml_to_json(text: &str) -> Result<String> {
    check_size(text, "policy")?;
    crate::wire::toml_input::to_checked_json::<PolicyDocument>(text).within("policy")
}

/// The error for a TOML policy in a build without the `toml` feature: `format` names a format
/// this build doesn't read.
#[cfg(not(feature = "toml"))]
fn toml_not_built() -> Error {
    Error::InvalidValue {
        field: "format".into(),
        reason: "`toml` needs returnkit's `toml` feature, which this build leaves out".into(),
    }
}

/// `policy` with the rate cards of `rate_cards` (a JSON array, or empty text for none).
fn with_rate_cards(policy: Policy, rate_cards: &str) -> Result<Policy> {
    if rate_cards.trim().is_empty() {
        return Ok(policy);
    }
    let cards: Vec<RateCard> = from_json(rate_cards).within("rate_cards")?;
    policy.with_rate_cards(cards)
}

/// Every problem in a policy document, as `{"ok": bool, "errors": [error, ...]}`.
pub fn policy_check(text: &str, format: &str) -> Result<String> {
    check_size(text, "policy")?;
    let parsed = match PolicyFormat::parse(format)? {
        PolicyFormat::Json => PolicyDocument::from_json(text),
        #[cfg(feature = "toml")]
        PolicyFormat::Toml => PolicyDocument::from_toml(text),
        #[cfg(not(feature = "toml"))]
        PolicyFormat::Toml => Err(toml_not_built()),
    };
    let errors = match parsed {
        Ok(doc) => doc.check(),
        Err(e) => vec![e],
    };
    to_json(&PolicyCheck {
        errors: errors.iter().map(Error::record).collect(),
        ok: errors.is_empty(),
    })
}

/// Every problem in a policy document: the answer of a policy check.
// Fields in key order (sorted), as this answer was first written from a `serde_json::Value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PolicyCheck {
    /// The problems, in document order.
    pub errors: Vec<crate::ErrorRecord>,
    /// No problems.
    pub ok: bool,
}

/// The policy's plain-language summary, as a JSON string, or its schema.org JSON-LD.
pub fn policy_explain(policy: &Policy, jsonld: bool) -> Result<String> {
    if jsonld {
        to_json(&policy.to_json_ld())
    } else {
        to_json(&policy.summary())
    }
}

/// The policy's plain-language summary in the customer's language, as a JSON string: `locale`
/// is a BCP 47 tag, matched as a decide request's `locale` is (`de-AT` is German; a tag without
/// a catalog, or none, is English, which is [`policy_explain`]'s summary byte for byte).
///
/// ```
/// use returnkit::{policy::Policy, wire};
/// let policy = Policy::from_json(r#"{"name": "Returns", "window": {"days": 30}}"#).unwrap();
/// assert_eq!(wire::policy_summary(&policy, None).unwrap(), wire::policy_explain(&policy, false).unwrap());
/// assert_eq!(wire::policy_summary(&policy, Some("pt-BR")).unwrap(), wire::policy_explain(&policy, false).unwrap());
/// # #[cfg(feature = "locales")]
/// assert!(wire::policy_summary(&policy, Some("de-AT")).unwrap().contains("innerhalb von 30 Tagen"));
/// ```
pub fn policy_summary(policy: &Policy, locale: Option<&str>) -> Result<String> {
    let locale = locale
        .map(crate::messages::Locale::negotiate)
        .unwrap_or_default();
    to_json(&policy.summary_in(locale))
}

/// A document and the events a command made: the answer of every RMA command (submit, apply,
/// tick), written once, field by field in declared order.
// Public for its JSON Schema, from which the TypeScript declarations are made; the fields stay
// private.
#[derive(Serialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct RmaOutcome<'a> {
    /// The document after the command.
    document: &'a RmaDocument,
    /// The events the command made (the original ones for a repeated command).
    events: &'a [crate::rma::Event],
}

/// Opens an RMA: a `submit` command in, `{"document", "events"}` out.
///
/// The decision's `schema_version` is checked before the rest of the command is read, so that
/// a decision from a newer returnkit is refused as such (1009 on
/// `command.action.submit.decision.schema_version`)
/// rather than as whatever member its newer form no longer matches. Every error names its
/// field within the command (`command.action.submit.rma_id`).
pub fn rma_submit(command: &str) -> Result<String> {
    check_size(command, "command")?;
    check_submitted_decision_version(command).within("command")?;
    let command: Command = read_document(command)?;
    let (doc, events) = RmaDocument::submit(&command).within("command")?;
    to_json(&RmaOutcome {
        document: &doc,
        events: &events,
    })
}

/// Refuses a `submit` command whose decision states a version this returnkit doesn't read.
/// A command whose shape this light reading can't follow is left to the full reading, which
/// names what is wrong with it.
fn check_submitted_decision_version(command: &str) -> Result<()> {
    #[derive(Deserialize)]
    struct Carried {
        action: CarriedAction,
    }
    #[derive(Deserialize)]
    struct CarriedAction {
        submit: CarriedSubmission,
    }
    #[derive(Deserialize)]
    struct CarriedSubmission {
        decision: Stated,
    }
    #[derive(Deserialize)]
    struct Stated {
        #[serde(default)]
        schema_version: Option<u64>,
    }
    match crate::wire::reader::from_str::<Carried>(command) {
        Ok(carried) => crate::decision::refuse_unknown_version(
            carried.action.submit.decision.schema_version,
            "action.submit.decision.schema_version",
        ),
        Err(_) => Ok(()),
    }
}

/// Applies a command to an RMA document: `{"document", "events"}` out. An error in the
/// document names its field within `rma` (`rma.events[2].at`), one in the command or refused
/// by it within `command` (`command.action.record_refund.amount`).
pub fn rma_apply(document: &str, command: &str) -> Result<String> {
    check_size(document, "document")?;
    check_size(command, "command")?;
    let mut doc = RmaDocument::from_json(document)?;
    let command: Command = read_document(command)?;
    let events = doc.apply(&command).within("command")?;
    to_json(&RmaOutcome {
        document: &doc,
        events: &events,
    })
}

/// Lets time pass for an RMA document (`now` in RFC 3339): `{"document", "events"}` out.
pub fn rma_tick(document: &str, now: &str, idempotency_key: &str) -> Result<String> {
    check_size(document, "document")?;
    let mut doc = RmaDocument::from_json(document)?;
    let now = crate::wire::timestamp::read_instant(now).map_err(|message| Error::Parse {
        field: "now".into(),
        message,
    })?;
    let events = doc.tick(now, idempotency_key)?;
    to_json(&RmaOutcome {
        document: &doc,
        events: &events,
    })
}

/// The input of an exact split: an amount, its currency and the weights, such as
/// `{"amount": "10.00", "currency": "EUR", "weights": ["1", "2"]}`.
// Public for its JSON Schema, from which the TypeScript declarations are made; the fields stay
// private.
#[derive(Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AllocateInput {
    /// The amount.
    #[serde(with = "crate::wire::WireDecimal")]
    amount: rust_decimal::Decimal,
    /// Its currency.
    currency: crate::money::Currency,
    /// Non-negative weights.
    weights: Vec<crate::wire::decimal::WireDecimal>,
}

/// Splits an amount across weights by largest remainder; see [`crate::Money::allocate`].
pub fn allocate(input: &str) -> Result<String> {
    check_size(input, "input")?;
    let input: AllocateInput = from_json(input).within("input")?;
    let weights: Vec<rust_decimal::Decimal> = input.weights.iter().map(|w| w.0).collect();
    let shares = crate::Money::new(input.amount, input.currency)
        .allocate(&weights)
        .within("input")?;
    to_json(
        &shares
            .iter()
            .map(|m| m.amount().to_string())
            .collect::<Vec<_>>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_decided_as_decide_decides_its_input() {
        let policy =
            compile_policy(r#"{"name": "p", "window": {"days": 30}}"#, "json", "").unwrap();
        let input = format!(
            r#"{{"order": {}, "now": "2026-10-20T18:00:00Z", "request": {{"resolution": "store_credit",
              "lines": [{{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}}]}}}}"#,
            include_str!("../../samples/order.json")
        );
        let decision = decide(&policy, &input).unwrap();
        assert!(decision.starts_with(r#"{"schema_version":1,"outcome":"approve","#));
        assert_eq!(decide_record(&policy, &input).unwrap(), decision);
        // An error in a member: the same field, and its position in the whole record.
        let bad = input.replace(r#""quantity": 1, "reason""#, r#""quantity": "1", "reason""#);
        let (whole, part) = (
            decide_record(&policy, &bad).unwrap_err(),
            decide(&policy, &bad).unwrap_err(),
        );
        assert_eq!(
            (whole.code(), whole.field()),
            (1001, "request.lines[0].quantity")
        );
        assert_eq!(
            (part.code(), part.field()),
            (1001, "request.lines[0].quantity")
        );
        assert_ne!(whole.to_string(), part.to_string());
        // An error of the engine is the same error.
        let over = input.replace(r#""line_id": "l1""#, r#""line_id": "l9""#);
        assert_eq!(
            decide_record(&policy, &over).unwrap_err().to_json_text(),
            decide(&policy, &over).unwrap_err().to_json_text()
        );
        assert_eq!(decide_record(&policy, &over).unwrap_err().code(), 1004);
    }

    #[test]
    fn errors_name_the_field_inside_the_envelope() {
        let err = quote(r#"{"order": {"id": "1", "currency": "USD", "lines": [{"id": "a", "quantity": -1, "unit_price": "1.00"}]}, "request": {}}"#)
            .unwrap_err();
        assert_eq!((err.code(), err.field()), (1003, "order.lines[0].quantity"));
        let err = quote(r#"{"order": {"id": "1", "currency": "USD", "lines": [{"id": "a", "quantity": "x", "unit_price": "1.00"}]}, "request": {}}"#)
            .unwrap_err();
        assert_eq!((err.code(), err.field()), (1001, "order.lines[0].quantity"));
        let err = compile_policy(
            r#"{"name": "p", "window": {"days": 1}}"#,
            "json",
            r#"[{"carrier": 5}]"#,
        )
        .unwrap_err();
        assert_eq!(err.field(), "rate_cards[0].carrier");
        assert_eq!(
            compile_policy("", "yaml", "").unwrap_err().field(),
            "format"
        );
    }

    /// An RMA answer, byte for byte: the document as `RmaDocument::to_json` writes it (the
    /// stored form) and the events as serde_json writes them, each written once.
    fn assert_outcome(answer: &str, doc: &RmaDocument, events: &[crate::rma::Event]) {
        let document = doc.to_json().unwrap();
        assert_eq!(document, serde_json::to_string(doc).unwrap());
        let events = serde_json::to_string(events).unwrap();
        assert_eq!(
            answer,
            format!(r#"{{"document":{document},"events":{events}}}"#)
        );
        // The same content as the document's `serde_json::Value`.
        let value: serde_json::Value = serde_json::from_str(answer).unwrap();
        assert_eq!(value["document"], doc.to_value());
    }

    #[test]
    fn rma_answers_are_the_document_and_events_written_once() {
        let sample = include_str!("../../samples/rma-v2.json");
        let doc = RmaDocument::from_json(sample).unwrap();
        // The stored sample is this writer's own output, byte for byte.
        assert_eq!(doc.to_json().unwrap(), sample.trim_end());

        let answer = rma_tick(sample, "2027-01-10T00:00:00Z", "tick-2027-01-10").unwrap();
        let mut ticked = doc.clone();
        let events = ticked
            .tick("2027-01-10T00:00:00Z".parse().unwrap(), "tick-2027-01-10")
            .unwrap();
        assert_outcome(&answer, &ticked, &events);

        // A repeated command answers with the events it made the first time.
        let close = r#"{"expected_version": 9, "idempotency_key": "close-1", "actor": "agent",
            "at": "2026-11-15T09:00:00Z", "action": "close"}"#;
        let answer = rma_apply(sample, close).unwrap();
        let events = doc.clone().apply(&from_json(close).unwrap()).unwrap();
        assert_eq!(events.len(), 1);
        assert_outcome(&answer, &doc, &events);
    }

    #[test]
    fn allocate_splits_exactly() {
        let out =
            allocate(r#"{"amount": "100.00", "currency": "USD", "weights": ["1", "1", "1"]}"#)
                .unwrap();
        assert_eq!(out, r#"["33.34","33.33","33.33"]"#);
    }

    #[test]
    fn policy_check_lists_every_problem() {
        let out = policy_check(r#"{"name": "", "window": {"days": -1}}"#, "json").unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["ok"], false);
        assert_eq!(v["errors"][0]["field"], "policy.name");
        assert_eq!(v["errors"][1]["field"], "policy.window.days");
    }
}
