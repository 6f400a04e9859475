//! Refunds: the request, the quote, and the engine that computes one from an order snapshot.
//!
//! The engine makes none of the mistakes that returns systems are known for: order discounts
//! are spread over lines exactly; tax is refunded from the tax charged; partial returns
//! telescope so that every unit is paid back once and the sum is exactly what was paid;
//! earlier returns count; and a refund beyond what the tenders can take back is an error.

pub(crate) mod bundle;
pub(crate) mod engine;
pub(crate) mod ledger;
mod mixed;
mod quote;
mod request;
pub(crate) mod shop_money;

pub use engine::quote;
pub use quote::*;
pub use request::*;
