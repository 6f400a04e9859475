//! Return authorizations (RMAs): the lifecycle from request to refund as a state machine with
//! four independent axes (authorization, logistics per parcel, line processing, money), roles,
//! events and idempotent, versioned commands. Hosts store the document however they like.
mod apply;
mod command;
mod decision_check;
mod document;
mod event;
mod integrity;
mod number;
mod quote;
mod state;
mod status;

pub use command::*;
pub use document::*;
pub use event::*;
pub use number::{parse_rma_number, rma_number};
pub use state::*;
pub use status::*;
