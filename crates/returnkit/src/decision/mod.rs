//! Decisions: a return request judged against a policy, line by line, with the law's
//! minimums applied and every resolution priced.
mod engine;
mod facts;
mod outcome;
mod request;
pub(crate) mod statute;

pub use engine::decide;
pub use outcome::*;
pub use request::*;
