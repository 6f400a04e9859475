//! Domain documents read from wire text: the `from_json` and `from_toml` constructors of
//! policies and rate cards, and the reader of stored decisions. They are declared here, in the
//! wire layer, so that the domain modules that own these types never read text themselves.

use serde::Deserialize;

use crate::decision::{refuse_unknown_version, Decision};
use crate::error::Result;
use crate::label::RateCard;
use crate::policy::{Policy, PolicyDocument};
use crate::wire::from_json;
#[cfg(feature = "toml")]
use crate::wire::toml_input::from_toml;

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
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<Policy> {
        Policy::compile(PolicyDocument::from_toml(text)?)
    }
}

impl PolicyDocument {
    /// Parses a TOML policy document, naming the field of any error.
    #[cfg(feature = "toml")]
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
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<RateCard> {
        let card: RateCard = from_toml(text)?;
        card.validated()
    }
}

impl Decision {
    /// Reads a stored decision: one of this version, or one written before decisions carried
    /// `schema_version` (read as version 1). A version this returnkit doesn't read (0, or one
    /// from a newer returnkit) is refused with [`crate::Error::UnsupportedVersion`] on
    /// `schema_version`, before any other member is read.
    ///
    /// ```
    /// use returnkit::decision::Decision;
    /// let stored = r#"{"outcome": "deny", "keep_item": false, "lines": []}"#;
    /// assert_eq!(Decision::from_json(stored).unwrap().schema_version, 1);
    /// let newer = r#"{"schema_version": 2, "outcome": "deny", "keep_item": false, "lines": []}"#;
    /// let e = Decision::from_json(newer).unwrap_err();
    /// assert_eq!((e.code(), e.field()), (1009, "schema_version"));
    /// ```
    pub fn from_json(text: &str) -> Result<Decision> {
        check_decision_version(text)?;
        from_json(text)
    }
}

/// Refuses a stored decision whose `schema_version` this returnkit doesn't read, reading
/// nothing else of it.
pub(crate) fn check_decision_version(text: &str) -> Result<()> {
    #[derive(Deserialize)]
    struct Stated {
        #[serde(default)]
        schema_version: Option<u64>,
    }
    let stated: Stated = from_json(text)?;
    refuse_unknown_version(stated.schema_version, "schema_version")
}
