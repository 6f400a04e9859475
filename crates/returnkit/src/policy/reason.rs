//! Return reasons and their classes. The standard list covers what shops, marketplaces and
//! consumer law distinguish; policies add their own codes, each in a class.

use serde::{Deserialize, Serialize};

/// Whether a return is the customer's choice or the merchant's fault. EU and UK law, schema.org
/// and the marketplaces all split returns this way.
///
/// ```
/// use returnkit::policy::{standard_reason_class, ReasonClass};
/// assert_eq!(standard_reason_class("defective"), Some(ReasonClass::MerchantFault));
/// assert_eq!(standard_reason_class("size_or_fit"), Some(ReasonClass::Remorse));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReasonClass {
    /// The customer changed their mind: size, fit, style.
    Remorse,
    /// The merchant got it wrong: defective, damaged, wrong item, not as described, late.
    MerchantFault,
}

/// The standard reason codes, with their classes.
pub const STANDARD_REASONS: &[(&str, ReasonClass, &str)] = &[
    (
        "defective",
        ReasonClass::MerchantFault,
        "Defective or doesn't work",
    ),
    (
        "damaged_in_transit",
        ReasonClass::MerchantFault,
        "Arrived damaged",
    ),
    ("wrong_item", ReasonClass::MerchantFault, "Wrong item sent"),
    (
        "not_as_described",
        ReasonClass::MerchantFault,
        "Not as described",
    ),
    (
        "arrived_late",
        ReasonClass::MerchantFault,
        "Arrived too late",
    ),
    ("size_or_fit", ReasonClass::Remorse, "Size or fit"),
    ("changed_mind", ReasonClass::Remorse, "Changed my mind"),
    ("other", ReasonClass::Remorse, "Other"),
];

/// The class of a standard reason code, or `None` for a code not on the standard list.
pub fn standard_reason_class(code: &str) -> Option<ReasonClass> {
    STANDARD_REASONS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, class, _)| *class)
}

/// A reason a merchant adds to the standard list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CustomReason {
    /// The code requests use, such as `missing_parts`.
    pub code: String,
    /// Its class.
    pub class: ReasonClass,
    /// What the customer sees.
    #[serde(default)]
    pub label: String,
}
