//! Domain documents read from wire text: the `from_json` and `from_toml` constructors of
//! policies and rate cards. They are declared here, in the wire layer, so that the domain
//! modules that own these types never read text themselves.

use crate::error::Result;
use crate::label::RateCard;
use crate::policy::{Policy, PolicyDocument};
use crate::wire::{from_json, toml_input::from_toml};

impl Policy {
    /// Parses and compiles a JSON policy, naming the field of any error.
    ///
    /// ```
    /// use returnkit::policy::Policy;
    /// let err = Policy::from_json(r#"{"name": "x", "window": {"days": -1}}"#).unwrap_err();
    /// assert_eq!(err.field(), "window.days");
    /// ```
    pub fn from_json(text: &str) -> Result<Policy> {
        Policy::compile(from_json(text)?)
    }

    /// Parses and compiles a TOML policy.
    pub fn from_toml(text: &str) -> Result<Policy> {
        Policy::compile(PolicyDocument::from_toml(text)?)
    }
}

impl PolicyDocument {
    /// Parses a TOML policy document, naming the field of any error.
    pub fn from_toml(text: &str) -> Result<PolicyDocument> {
        from_toml(text)
    }
}

impl RateCard {
    /// Parses and validates a JSON rate card.
    pub fn from_json(text: &str) -> Result<RateCard> {
        let card: RateCard = from_json(text)?;
        card.validated()
    }

    /// Parses and validates a TOML rate card.
    pub fn from_toml(text: &str) -> Result<RateCard> {
        let card: RateCard = from_toml(text)?;
        card.validated()
    }
}
