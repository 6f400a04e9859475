//! Returns analytics: a report folded from RMA documents (with their requests and decisions
//! where the host kept them) and an order feed, that gives return rates and volumes by reason,
//! SKU, product and category, decision shares and denial reasons, cycle-time percentiles, the
//! money paid and kept, and where the units went. Pure like the rest of the core: it reads
//! what it is given. Reports merge exactly, so shards reported anywhere combine to the report
//! of one run (docs/analytics.md).

mod csv;
mod cycle;
mod fold;
mod record;
mod report;
mod written;

pub use csv::CSV_HEADER;
pub use cycle::{Distribution, BUCKET_BOUNDS_MINUTES, PERCENTILES};
pub use record::{
    DecisionNotes, LineNotes, ReasonCode, ReportRecord, RequestLineNotes, RequestNotes,
};
pub use report::{
    CycleTimes, KeepItem, MoneyTally, OrderVolume, Period, ReturnsReport, SchemaVersion, Volume,
    REPORT_SCHEMA_VERSION, SHARE_PLACES, TOP_DENIAL_REASONS,
};
