//! The wire format: how every binding (C, PHP, WASM) and the CLI talk to the engine.
//!
//! This layer sits above the domain. Its entry points take JSON text and give JSON text, so
//! every binding answers with the same bytes and none repeats a rule; underneath them it owns
//! every wire concern:
//!
//! - [`reader`]: JSON in, with the field path of any error ([`from_json`]);
//! - [`writer`]: JSON out;
//! - the TOML input of policies and rate cards, read as the JSON it stands for (feature `toml`);
//! - [`timestamp`] and [`decimal`]: the text form of instants, dates and decimals, which the
//!   domain's types name in their serde attributes (these two depend on nothing in the
//!   domain, so the domain never depends on the rest of this layer).

pub mod decimal;
mod decision_record;
mod documents;
#[cfg(test)]
mod edits;
mod entry_points;
mod path;
pub mod reader;
mod report;
mod rma_document;
#[cfg(feature = "json-schema")]
pub(crate) mod schema;
mod simulate;
pub mod timestamp;
#[cfg(feature = "toml")]
pub(crate) mod toml_input;
pub mod writer;

pub use decimal::WireDecimal;
pub use decision_record::DecisionRecord;
pub use documents::{read_document, read_input, Document};
pub use entry_points::*;
pub use reader::from_json;
pub use report::{
    for_each_item, read_report, read_report_record, report, report_json, report_merge,
};
pub use simulate::{simulate, simulate_merge};
