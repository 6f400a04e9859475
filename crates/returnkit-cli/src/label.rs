//! `returnkit label quote`, and the rate cards `--cards` names for it and for `decide` and
//! `batch`: one card per file, or every card file of a directory. Cards are read and
//! validated by the core (`RateCard::from_json`, `from_toml`) and labels quoted by it
//! (`wire::label_quote_with`, what `wire::label_quote` answers C and WASM).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use returnkit::label::RateCard;
use returnkit::policy::Policy;

use crate::{emit, read_text, shown, table, Failure};

/// Rate cards and the file each came from, in that order.
pub struct Cards {
    pub cards: Vec<RateCard>,
    pub files: Vec<PathBuf>,
}

impl Cards {
    /// `policy` with these cards (`Policy::with_rate_cards`). An error names the file of the
    /// card its field names (`rate_cards[1].zones[0]`), or `given` when it names none.
    pub fn attach(self, policy: Policy, given: &Path) -> Result<Policy, Failure> {
        let files = self.files;
        policy.with_rate_cards(self.cards).map_err(|error| {
            let index = error
                .field()
                .strip_prefix("rate_cards[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|i| i.parse::<usize>().ok());
            let file = index.and_then(|i| files.get(i));
            Failure::Input {
                file: shown(file.map_or(given, PathBuf::as_path)),
                error,
            }
        })
    }
}

/// Whether a file is read as TOML: a `.toml` extension, in any case.
fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// Reads the rate cards of `path`: the card in a file (JSON, or TOML for `.toml`), or every
/// `.json` and `.toml` file of a directory, in name order (other files, such as a README,
/// are left alone). Each card is validated; an error names its file and field.
pub fn load_cards(path: &Path) -> Result<Cards, Failure> {
    let files = if path.is_dir() {
        let files = crate::documents_in(path)?;
        if files.is_empty() {
            return Err(Failure::Io(format!(
                "{}: no rate cards (.json or .toml files) in the directory",
                path.display()
            )));
        }
        files
    } else {
        vec![path.to_path_buf()]
    };
    let mut cards = Vec::with_capacity(files.len());
    for file in &files {
        let text = read_text(file)?;
        let card = if is_toml(file) {
            RateCard::from_toml(&text)
        } else {
            RateCard::from_json(&text)
        };
        cards.push(card.map_err(|error| Failure::Input {
            file: shown(file),
            error,
        })?);
    }
    Ok(Cards { cards, files })
}

/// `label quote`: the cheapest acceptable label for a label request, with the alternatives
/// and the services that declined; a table, or the wire format's answer with `--json`.
pub fn quote(cards: &Path, request: &Path, json: bool) -> Result<ExitCode, Failure> {
    let cards = load_cards(cards)?;
    let text = read_text(request)?;
    let quote =
        returnkit::wire::label_quote_with(&cards.cards, &text).map_err(|error| Failure::Input {
            file: shown(request),
            error,
        })?;
    if json {
        // Written as `wire::label_quote` writes it: the same bytes as C and WASM answer.
        let text = returnkit::wire::writer::to_string(&quote)
            .map_err(|e| Failure::Io(format!("writing the label quote: {e}")))?;
        emit(&text)?;
    } else {
        emit(&table::render_label(&quote))?;
    }
    Ok(ExitCode::SUCCESS)
}
