//! # returnkit-python
//!
//! returnkit for Python: the native module `returnkit._returnkit` of the `returnkit` package
//! (PyO3, abi3 for CPython 3.9 and later). Every function forwards to an entry point of
//! [`returnkit::wire`] (JSON text in, JSON text out), so the package answers byte for byte as
//! the Rust crate, the CLI and the other bindings do. The pure-Python layer
//! (`python/returnkit/`) turns dicts into JSON text and back.
//!
//! Errors: an [`Error`] becomes the `ReturnKitError` subclass of its area, made by
//! `returnkit._errors.from_record` (code, kind, field, message). Every call runs behind a panic
//! boundary: a panic (a bug in returnkit) becomes error 9001 `internal`, never a
//! `PanicException`.
//!
//! Threads: the work of every call that takes a policy runs with the interpreter detached
//! (the GIL released), so other Python threads run meanwhile; a compiled policy is immutable
//! and shared by all of them without locking.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use returnkit::{wire, Error};

/// `returnkit._errors.from_record`, looked up once.
static FROM_RECORD: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The Python exception for `error`: the `ReturnKitError` of its area. Should the package's
/// error module itself fail to load, that failure is raised instead.
fn raise(py: Python<'_>, error: &Error) -> PyErr {
    let record = error.record();
    let made = FROM_RECORD
        .get_or_try_init(py, || -> PyResult<Py<PyAny>> {
            Ok(py
                .import("returnkit._errors")?
                .getattr("from_record")?
                .unbind())
        })
        .and_then(|from_record| {
            from_record.call1(py, (record.code, record.kind, record.field, record.message))
        });
    match made {
        Ok(exception) => PyErr::from_value(exception.into_bound(py)),
        Err(failed) => failed,
    }
}

/// Runs `body` behind the panic boundary: a panic becomes error 9001 `internal`.
fn guarded<T>(body: impl FnOnce() -> returnkit::Result<T>) -> returnkit::Result<T> {
    catch_unwind(AssertUnwindSafe(body))
        .unwrap_or_else(|payload| Err(Error::from_panic(payload.as_ref())))
}

/// Runs a wire call with the interpreter detached, raising its error.
fn call<T: Send>(
    py: Python<'_>,
    body: impl FnOnce() -> returnkit::Result<T> + Send,
) -> PyResult<T> {
    py.detach(|| guarded(body)).map_err(|e| raise(py, &e))
}

/// One input of `decide_many` as UTF-8 text: a `str` that UTF-8 can't encode (a lone
/// surrogate) is that record's error; anything but a `str` is a `TypeError` for the call.
fn record_text(item: &Bound<'_, PyAny>) -> PyResult<Result<PyBackedStr, Error>> {
    let text = item.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "decide_many takes JSON texts (str), got {}",
            item.get_type()
                .name()
                .map_or_else(|_| "?".to_owned(), |n| n.to_string())
        ))
    })?;
    Ok(text.extract::<PyBackedStr>().map_err(|e| Error::Parse {
        field: "input".into(),
        message: format!("the record is not UTF-8: {e}"),
    }))
}

/// A compiled return policy with its rate cards: compile once, decide many returns, from any
/// number of threads.
#[pyclass(frozen, module = "returnkit._returnkit", name = "Policy")]
struct NativePolicy {
    policy: returnkit::policy::Policy,
}

#[pymethods]
impl NativePolicy {
    /// Compiles a policy document (`format` is `"toml"` or `"json"`) with rate cards given as
    /// a JSON array (empty text for none).
    #[new]
    #[pyo3(signature = (text, format = "toml", rate_cards = ""))]
    fn new(py: Python<'_>, text: PyBackedStr, format: &str, rate_cards: &str) -> PyResult<Self> {
        let policy = call(py, || wire::compile_policy(&text, format, rate_cards))?;
        Ok(NativePolicy { policy })
    }

    /// `wire::decide`: `{"order", "request", "now"}` as JSON text in, the decision's JSON text
    /// out.
    fn decide(&self, py: Python<'_>, input: PyBackedStr) -> PyResult<String> {
        call(py, || wire::decide(&self.policy, &input))
    }

    /// Decides each input (JSON text, as `decide` takes) with the interpreter detached: one
    /// `(decision, None)` or `(None, error record)` pair of JSON texts per input, in order.
    /// Each is read as `returnkit batch` reads a line (`wire::decide_record`), so the pair
    /// holds the bytes of batch's `decision` or `error`. A bad input is its own error record;
    /// only an argument that is not a sequence of `str` raises (`TypeError`).
    fn decide_many(
        &self,
        py: Python<'_>,
        inputs: &Bound<'_, PyAny>,
    ) -> PyResult<Vec<(Option<String>, Option<String>)>> {
        if inputs.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "decide_many takes a sequence of JSON texts, not one str",
            ));
        }
        let texts = inputs
            .try_iter()?
            .map(|item| record_text(&item?))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(py.detach(|| {
            texts
                .iter()
                .map(|text| {
                    match text
                        .as_ref()
                        .map_err(Clone::clone)
                        .and_then(|text| guarded(|| wire::decide_record(&self.policy, text)))
                    {
                        Ok(decision) => (Some(decision), None),
                        Err(e) => (None, Some(e.to_json_text())),
                    }
                })
                .collect()
        }))
    }

    /// `wire::refund_preview`: what `decide` takes in; the quote of the offer that answers the
    /// request out, or `null`.
    fn refund_preview(&self, py: Python<'_>, input: PyBackedStr) -> PyResult<String> {
        call(py, || wire::refund_preview(&self.policy, &input))
    }

    /// `wire::label_quote`: a label request's JSON text in, the label quote out.
    fn label_quote(&self, py: Python<'_>, request: PyBackedStr) -> PyResult<String> {
        call(py, || wire::label_quote(&self.policy, &request))
    }

    /// `wire::policy_explain`: the plain-language summary as a JSON string, or with `jsonld`
    /// the schema.org `MerchantReturnPolicy` JSON-LD object.
    #[pyo3(signature = (jsonld = false))]
    fn explain(&self, py: Python<'_>, jsonld: bool) -> PyResult<String> {
        call(py, || wire::policy_explain(&self.policy, jsonld))
    }

    /// `wire::policy_summary`: the plain-language summary in the locale a BCP 47 tag names
    /// (English for none, or a language without a catalog), as a JSON string.
    #[pyo3(signature = (locale = None))]
    fn summary(&self, py: Python<'_>, locale: Option<PyBackedStr>) -> PyResult<String> {
        call(py, || wire::policy_summary(&self.policy, locale.as_deref()))
    }
}

/// `wire::quote`: `{"order", "request"}` as JSON text in, the refund quote out.
#[pyfunction]
fn quote(py: Python<'_>, input: PyBackedStr) -> PyResult<String> {
    call(py, || wire::quote(&input))
}

/// `wire::allocate`: `{"amount", "currency", "weights"}` in, the shares as a JSON array out.
#[pyfunction]
fn allocate(py: Python<'_>, input: PyBackedStr) -> PyResult<String> {
    call(py, || wire::allocate(&input))
}

/// `wire::policy_check`: every problem of a policy document, `{"ok", "errors"}`.
#[pyfunction]
#[pyo3(signature = (text, format = "toml"))]
fn policy_check(py: Python<'_>, text: PyBackedStr, format: &str) -> PyResult<String> {
    call(py, || wire::policy_check(&text, format))
}

/// `wire::policy_toml_to_json`: the JSON form of a TOML policy document.
#[pyfunction]
fn policy_toml_to_json(py: Python<'_>, text: PyBackedStr) -> PyResult<String> {
    call(py, || wire::policy_toml_to_json(&text))
}

/// `wire::decision_offer`: the offer of a decision that answers `resolution` (empty text: the
/// one the decision's request asked for), or `null`.
#[pyfunction]
#[pyo3(signature = (decision, resolution = ""))]
fn decision_offer(py: Python<'_>, decision: PyBackedStr, resolution: &str) -> PyResult<String> {
    call(py, || wire::decision_offer(&decision, resolution))
}

/// `wire::rma_submit`: a `submit` command in, `{"document", "events"}` out.
#[pyfunction]
fn rma_submit(py: Python<'_>, command: PyBackedStr) -> PyResult<String> {
    call(py, || wire::rma_submit(&command))
}

/// `wire::rma_apply`: a document and a command in, `{"document", "events"}` out.
#[pyfunction]
fn rma_apply(py: Python<'_>, document: PyBackedStr, command: PyBackedStr) -> PyResult<String> {
    call(py, || wire::rma_apply(&document, &command))
}

/// `wire::rma_tick`: a document, an RFC 3339 instant and an idempotency key in,
/// `{"document", "events"}` out.
#[pyfunction]
fn rma_tick(
    py: Python<'_>,
    document: PyBackedStr,
    now: &str,
    idempotency_key: &str,
) -> PyResult<String> {
    call(py, || wire::rma_tick(&document, now, idempotency_key))
}

/// `wire::report`: RMA records and an order feed (each a JSON array or JSON Lines; the feed
/// may be empty) in, the returns report out.
#[pyfunction]
#[pyo3(signature = (documents, orders = None))]
fn report(py: Python<'_>, documents: PyBackedStr, orders: Option<PyBackedStr>) -> PyResult<String> {
    call(py, || {
        wire::report(&documents, orders.as_deref().unwrap_or(""))
    })
}

/// `wire::report_merge`: a JSON array of returns reports in, their merged report out.
#[pyfunction]
fn report_merge(py: Python<'_>, reports: PyBackedStr) -> PyResult<String> {
    call(py, || wire::report_merge(&reports))
}

/// `wire::simulate`: a history (JSON Lines) decided under two compiled policies, and what
/// changed; `options` is `{"names", "top"}` as JSON text (empty for the defaults).
#[pyfunction]
#[pyo3(signature = (current, proposed, records, options = ""))]
fn simulate(
    py: Python<'_>,
    current: &NativePolicy,
    proposed: &NativePolicy,
    records: PyBackedStr,
    options: &str,
) -> PyResult<String> {
    call(py, || {
        wire::simulate(&current.policy, &proposed.policy, &records, Some(options))
    })
}

/// `wire::simulate_merge`: a JSON array of simulations of shards in, their merge out.
#[pyfunction]
fn simulate_merge(py: Python<'_>, simulations: PyBackedStr) -> PyResult<String> {
    call(py, || wire::simulate_merge(&simulations))
}

/// Every stable error code with its kind: `[(1001, "parse"), ...]`.
#[pyfunction]
fn error_codes() -> Vec<(u32, &'static str)> {
    Error::CODES.to_vec()
}

/// Panics on purpose, so that tests can check that a panic becomes error 9001. Not part of the
/// public API.
#[pyfunction]
fn _debug_panic(py: Python<'_>, message: &str) -> PyResult<String> {
    call(py, || -> returnkit::Result<String> {
        #[allow(clippy::panic)]
        {
            panic!("{message}")
        }
    })
}

/// The native module: the wire calls, the compiled policy and the crate's version.
#[pymodule]
fn _returnkit(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<NativePolicy>()?;
    m.add_function(wrap_pyfunction!(quote, m)?)?;
    m.add_function(wrap_pyfunction!(allocate, m)?)?;
    m.add_function(wrap_pyfunction!(policy_check, m)?)?;
    m.add_function(wrap_pyfunction!(policy_toml_to_json, m)?)?;
    m.add_function(wrap_pyfunction!(decision_offer, m)?)?;
    m.add_function(wrap_pyfunction!(rma_submit, m)?)?;
    m.add_function(wrap_pyfunction!(rma_apply, m)?)?;
    m.add_function(wrap_pyfunction!(rma_tick, m)?)?;
    m.add_function(wrap_pyfunction!(report, m)?)?;
    m.add_function(wrap_pyfunction!(report_merge, m)?)?;
    m.add_function(wrap_pyfunction!(simulate, m)?)?;
    m.add_function(wrap_pyfunction!(simulate_merge, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(_debug_panic, m)?)?;
    Ok(())
}
