//! # returnkit
//!
//! A returns (RMA) engine: exact refunds, return policies, labels and the return lifecycle, as
//! a pure library. It does no I/O and reads no clock: callers pass the order, the request and
//! `now`, and get the same answer every time.
//!
//! Start with [`quote`], which turns an [`Order`] snapshot and a [`RefundRequest`] into a
//! [`RefundQuote`] that adds up to the cent.
//!
//! ```
//! use returnkit::{from_json, quote, Order, RefundRequest};
//! let order: Order = from_json(include_str!("../samples/order.json")).unwrap();
//! let request: RefundRequest = from_json(include_str!("../samples/request.json")).unwrap();
//! let q = quote(&order, &request).unwrap();
//! assert_eq!(q.totals.refund.to_string(), "89.61");
//! ```

#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod analytics;
mod count;
pub mod decision;
pub mod error;
pub mod label;
pub mod messages;
pub mod money;
pub mod order;
pub mod policy;
pub mod refund;
pub mod rma;
pub mod routing;
pub mod simulate;
mod sort;
mod tz;
pub mod wire;

pub use error::{Error, ErrorArea, ErrorCode, ErrorRecord, Result};
pub use money::{Currency, Money, Rounding};
pub use order::*;
pub use refund::*;
pub use wire::from_json;

/// The README's example compiles (`cargo test --doc`).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExample;
