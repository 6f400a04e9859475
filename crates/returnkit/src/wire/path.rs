//! The field path (`lines[2].quantity`) of a position in a JSON document, for parse errors.
//!
//! serde_json reports where an error happened as a line and column. Rather than track the path
//! while deserializing (a wrapping deserializer that doubles the generated code of every type
//! and slows every parse), the path is worked out only when an error happens, by scanning the
//! text up to that position.

/// One open container while scanning.
enum Frame {
    /// An object, with the key whose value is being read, if any, and whether that value
    /// has started.
    Object {
        key: Option<String>,
        value_started: bool,
        /// Whether it has a tag member (`type`): an internally tagged enum.
        tagged: bool,
        /// Whether the current member's value is a tagged object.
        member_tagged: bool,
    },
    /// An array, with the index of the element being read, if one has started.
    Array { index: usize, started: bool },
}

/// The tag member of the wire format's internally tagged enums (fees and bonuses in policies
/// and refund requests), whose values serde buffers before deserializing, so that errors
/// inside them are found only at the end of the object that holds them. RMA commands and
/// events name their variant by a member of their own, read in place.
const TAG: &str = "type";

/// What an error is about, which decides how its position maps to a path.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Blame {
    /// The value just read or being read (a wrong type, a bad number, an unknown field, which
    /// is named by its key).
    Value,
    /// An unknown variant: when written as `{"variant": ...}`, the key is the variant's name,
    /// not a field.
    Variant,
    /// A missing field: about the object, wherever the error is found.
    MissingField,
}

/// The byte offset of a 1-based line and serde_json's column on it.
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(text.len())
}

/// The path of the value at `offset` in `text`, in serde_path_to_error's notation: `.` for the
/// document itself, `a.b[0].c` below it.
pub(crate) fn path_at(text: &str, offset: usize, blame: Blame) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    // In an object: true while the next string is a key.
    let mut expect_key = false;
    // The member being read when the object last closed, and whether nothing but whitespace
    // came after it: an error found inside a buffered value (an internally tagged enum) is
    // only reported once the object that holds it has closed, and is about that member.
    let mut closed: Option<Frame> = None;
    let mut i = 0;
    while i < end {
        if !matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            closed = None;
        }
        match bytes.get(i).copied().unwrap_or(b' ') {
            b'{' => {
                start_value(&mut stack);
                stack.push(Frame::Object {
                    key: None,
                    value_started: false,
                    tagged: false,
                    member_tagged: false,
                });
                expect_key = true;
                i += 1;
            }
            b'[' => {
                start_value(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
                expect_key = false;
                i += 1;
            }
            b'}' | b']' => {
                closed = stack.pop().filter(|f| matches!(f, Frame::Object { .. }));
                if let Some(Frame::Object { tagged: true, .. }) = closed {
                    if let Some(Frame::Object { member_tagged, .. }) = stack.last_mut() {
                        *member_tagged = true;
                    }
                }
                expect_key = false;
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Array { index, started }) => {
                        *index += 1;
                        *started = false;
                    }
                    Some(Frame::Object { .. }) => expect_key = true,
                    None => {}
                }
                i += 1;
            }
            b'"' => {
                let (content, next) = string_at(text, i + 1, end);
                if expect_key {
                    if let Some(Frame::Object {
                        key,
                        value_started,
                        tagged,
                        member_tagged,
                    }) = stack.last_mut()
                    {
                        *tagged |= content == TAG;
                        *key = Some(content);
                        *value_started = false;
                        *member_tagged = false;
                    }
                    expect_key = false;
                } else {
                    start_value(&mut stack);
                }
                i = next;
            }
            b':' | b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            _ => {
                start_value(&mut stack);
                i += 1;
            }
        }
    }
    // An error at the start of an array's element (peeked, not read) is about that element.
    let rest = bytes.get(end..).unwrap_or_default();
    if let Some(next) = rest.iter().find(|b| !b.is_ascii_whitespace()) {
        if !matches!(next, b']' | b',') && closed.is_none() {
            if let Some(Frame::Array { started, .. }) = stack.last_mut() {
                *started = true;
            }
        }
    }
    let mut segments = stack.iter().collect::<Vec<_>>();
    // An error found just after an object closed: about a tagged member of it (found late),
    // about the object itself when it is tagged (found late) or misses a field, else about
    // its last member.
    if let Some(
        object @ Frame::Object {
            tagged,
            member_tagged,
            ..
        },
    ) = &closed
    {
        let about_member = if *member_tagged {
            true
        } else {
            !*tagged && blame != Blame::MissingField
        };
        if about_member {
            segments.push(object);
        }
    }
    if blame == Blame::Variant {
        if let Some(Frame::Object {
            key: Some(_),
            value_started: false,
            ..
        }) = segments.last()
        {
            segments.pop();
        }
    }
    notation(&segments)
}

/// `frames` in serde_path_to_error's notation, up to the first without a current member.
fn notation(frames: &[&Frame]) -> String {
    let mut path = String::new();
    for frame in frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                // A key is the caller's text: an unknown one may be of any length.
                path.push_str(&crate::error::clip(key));
            }
            Frame::Array {
                index,
                started: true,
            } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            // A container with no current member: the path stops at the container.
            _ => break,
        }
    }
    if path.is_empty() {
        ".".into()
    } else {
        path
    }
}

/// Marks the innermost container's current member as started.
fn start_value(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Array { started, .. }) => *started = true,
        Some(Frame::Object { value_started, .. }) => *value_started = true,
        None => {}
    }
}

/// The decoded content of the string starting at byte `start` (after its opening quote), and
/// the offset after its closing quote (or `end`).
fn string_at(text: &str, start: usize, end: usize) -> (String, usize) {
    let mut out = String::new();
    let mut chars = text.get(start..).unwrap_or("").char_indices();
    while let Some((i, c)) = chars.next() {
        if start + i >= end {
            return (out, end);
        }
        match c {
            '"' => return (out, start + i + 1),
            '\\' => match chars.next() {
                Some((_, 'n')) => out.push('\n'),
                Some((_, 't')) => out.push('\t'),
                Some((_, 'r')) => out.push('\r'),
                Some((_, 'b')) => out.push('\u{8}'),
                Some((_, 'f')) => out.push('\u{c}'),
                Some((_, 'u')) => {
                    let hex: String = chars.by_ref().take(4).map(|(_, c)| c).collect();
                    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        out.push(c);
                    }
                }
                Some((_, other)) => out.push(other),
                None => {}
            },
            c => out.push(c),
        }
    }
    (out, end)
}
