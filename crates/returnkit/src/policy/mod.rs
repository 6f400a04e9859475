//! Return policies: the document a merchant edits, its validation into a compiled [`Policy`],
//! and the clock that says when a return window closes.
mod compile;
mod document;
mod publish;
mod reason;
pub(crate) mod window;

pub use compile::Policy;
pub use document::*;
pub use reason::*;
