//! Prepaid return labels: rate cards, zones, dimensional weight, parcels, and the cheapest
//! label that meets a policy's constraints, all as data carriers and merchants supply.
mod card;
mod parcel;
mod quote;
mod routed;
mod units;

pub use card::*;
pub use parcel::{Packaging, ParcelItem};
pub use quote::*;
pub use routed::combine_routed;
pub use units::UnitSystem;
