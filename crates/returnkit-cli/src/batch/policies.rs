//! The policies of a `returnkit batch` run: each loaded under a name, and the one each record
//! is decided under, by the record's `policy` member or the run's default.

use std::path::{Path, PathBuf};

use returnkit::policy::Policy;
use returnkit::Error;

use crate::{documents_in, usage_error, Failure};

/// The run's policies, by name, in the order given.
pub struct Policies {
    named: Vec<(String, Policy)>,
    /// The policy of records that name none: the only one, or `--default-policy`.
    default: Option<usize>,
}

impl Policies {
    /// Loads every `--policy` argument: `NAME=FILE`, a `FILE` named by its stem (`eu.toml` is
    /// `eu`), or a `DIR` whose `.json` and `.toml` files are each named by their stem. Every
    /// policy prices labels with `cards` when given. Two policies of one name, or a default
    /// that names none of them, are usage errors (status 2).
    pub fn load(
        args: &[PathBuf],
        default: Option<&str>,
        cards: Option<&Path>,
    ) -> Result<Policies, Failure> {
        let mut files: Vec<(String, PathBuf)> = Vec::new();
        for arg in args {
            if let Some((name, path)) = named(arg) {
                files.push((name.to_string(), PathBuf::from(path)));
            } else if arg.is_dir() {
                let found = documents_in(arg)?;
                if found.is_empty() {
                    return Err(Failure::Io(format!(
                        "{}: no policies (.json or .toml files) in the directory",
                        arg.display()
                    )));
                }
                files.extend(found.into_iter().map(|f| (stem(&f), f)));
            } else {
                files.push((stem(arg), arg.clone()));
            }
        }
        for (i, (name, file)) in files.iter().enumerate() {
            if let Some((_, first)) = files.iter().take(i).find(|(n, _)| n == name) {
                usage_error(&format!(
                    "two policies are named `{name}` ({} and {}); name one with --policy NAME=FILE",
                    first.display(),
                    file.display()
                ));
            }
        }
        let default = match default {
            Some(name) => match files.iter().position(|(n, _)| n == name) {
                Some(i) => Some(i),
                None => usage_error(&format!(
                    "--default-policy `{name}` is none of the policies ({})",
                    list(files.iter().map(|(n, _)| n.as_str()))
                )),
            },
            None if files.len() == 1 => Some(0),
            None => None,
        };
        let mut named = Vec::with_capacity(files.len());
        for (name, file) in files {
            let policy = crate::policy::load(&file, cards)?;
            named.push((name, policy));
        }
        Ok(Policies { named, default })
    }

    /// How many policies the run has.
    pub fn len(&self) -> usize {
        self.named.len()
    }

    /// The names, in the order given.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.named.iter().map(|(n, _)| n.as_str())
    }

    /// The index of the policy a record names, or of the default when it names none; an
    /// `invalid_value` error on `policy`, listing the names, when there is no such policy.
    pub fn choose(&self, name: Option<&str>) -> Result<usize, Error> {
        let found = match name {
            Some(name) => self.named.iter().position(|(n, _)| n == name),
            None => self.default,
        };
        found.ok_or_else(|| Error::InvalidValue {
            field: "policy".into(),
            reason: match name {
                Some(name) => format!(
                    "`{name}` is not a policy of this run ({})",
                    list(self.names())
                ),
                None => format!(
                    "the record names no policy, and this run has several ({}) and no default",
                    list(self.names())
                ),
            },
        })
    }

    /// The policy at `index`, as [`Policies::choose`] gave it.
    pub fn get(&self, index: usize) -> Option<&Policy> {
        self.named.get(index).map(|(_, p)| p)
    }
}

/// `NAME=FILE`: the name and the file, when the argument has an `=` before any path
/// separator.
fn named(arg: &Path) -> Option<(&str, &str)> {
    let (name, path) = arg.to_str()?.split_once('=')?;
    let plain = !name.is_empty() && !name.contains(['/', '\\']);
    plain.then_some((name, path))
}

/// A policy file's name: its file name without the extension.
fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Names as `a, b, c`.
fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}
