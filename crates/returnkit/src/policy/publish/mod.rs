//! Publishing a compiled policy: schema.org `MerchantReturnPolicy` JSON-LD for search engines
//! ([`json_ld`]), and a plain-language summary for the shop's returns page ([`summary`]). Both
//! are generated from the same document the decision engine runs on, so what customers read is
//! what the engine decides.
//!
//! Both outputs are deterministic (the same policy always gives the same bytes) and never panic.
//! This module holds only what the two share.

mod json_ld;
mod summary;

use rust_decimal::Decimal;

use super::document::RestockingSpec;

/// Whether a restocking fee charges anything.
fn charges(r: &RestockingSpec) -> bool {
    match r {
        RestockingSpec::Percent { percent } => *percent > Decimal::ZERO,
        RestockingSpec::Flat { amount, .. } => *amount > Decimal::ZERO,
    }
}

#[cfg(test)]
mod tests;
