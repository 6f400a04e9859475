//! RMA numbers: short, human-friendly and typo-proof. A host's numeric id is written in
//! Crockford base32 (no I, L, O or U, so nothing is misread), padded to six symbols, grouped in
//! threes, and closed by a check symbol (the id mod 37). A wrong symbol or two swapped
//! neighbours at the warehouse scanner fail validation.

use crate::error::{Error, Result};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Check symbols: the alphabet plus five for values 32 to 36.
const CHECK: &[u8; 37] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

/// The RMA number for the host's id `id`, such as `RMA-000-C1S-R`.
///
/// ```
/// use returnkit::rma::{rma_number, parse_rma_number};
/// let n = rma_number(12345);
/// assert_eq!(n, "RMA-000-C1S-R");
/// assert_eq!(parse_rma_number(&n).unwrap(), 12345);
/// assert_eq!(parse_rma_number("rma-000-cls-r").unwrap(), 12345); // l reads as 1
/// assert!(parse_rma_number("RMA-000-C1T-R").is_err()); // one symbol wrong
/// ```
pub fn rma_number(id: u64) -> String {
    let mut symbols = Vec::with_capacity(13);
    let mut n = id;
    loop {
        symbols.push(ALPHABET[(n % 32) as usize]);
        n /= 32;
        if n == 0 {
            break;
        }
    }
    while symbols.len() < 6 {
        symbols.push(b'0');
    }
    symbols.reverse();
    let body: String = symbols.iter().map(|&b| b as char).collect();
    let mut out = String::from("RMA-");
    for (i, ch) in body.chars().enumerate() {
        if i > 0 && (body.len() - i) % 3 == 0 {
            out.push('-');
        }
        out.push(ch);
    }
    out.push('-');
    out.push(CHECK[(id % 37) as usize] as char);
    out
}

/// The id behind an RMA number, after checking its check symbol. Case, hyphens and spaces
/// don't matter, and O reads as 0, I and L as 1.
pub fn parse_rma_number(text: &str) -> Result<u64> {
    let invalid = |reason: &str| Error::InvalidValue {
        field: "rma_number".into(),
        reason: format!("`{text}` is not a valid RMA number: {reason}"),
    };
    let cleaned: Vec<u8> = text
        .trim()
        .to_ascii_uppercase()
        .trim_start_matches("RMA")
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' '))
        .map(|b| match b {
            b'O' => b'0',
            b'I' | b'L' => b'1',
            other => other,
        })
        .collect();
    let Some((&check, body)) = cleaned.split_last() else {
        return Err(invalid("it is empty"));
    };
    if body.len() < 6 || body.len() > 13 {
        return Err(invalid("wrong length"));
    }
    let mut id: u64 = 0;
    for &b in body {
        let digit = ALPHABET
            .iter()
            .position(|&a| a == b)
            .ok_or_else(|| invalid("unexpected symbol"))?;
        id = id
            .checked_mul(32)
            .and_then(|v| v.checked_add(digit as u64))
            .ok_or_else(|| invalid("too long"))?;
    }
    if CHECK.get((id % 37) as usize) != Some(&check) {
        return Err(invalid("the check symbol does not match (a typo?)"));
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_catches_typos() {
        for id in [0u64, 1, 31, 32, 12345, 987_654_321, u64::MAX] {
            let n = rma_number(id);
            assert_eq!(parse_rma_number(&n).unwrap(), id, "{n}");
            // Every single-symbol substitution in the body is caught.
            let bytes = n.as_bytes().to_vec();
            for (i, &b) in bytes.iter().enumerate().skip(4) {
                if b == b'-' || i == bytes.len() - 1 {
                    continue;
                }
                for &sub in ALPHABET.iter().filter(|&&s| s != b) {
                    let mut typo = bytes.clone();
                    typo[i] = sub;
                    let typo = String::from_utf8(typo).unwrap();
                    assert!(parse_rma_number(&typo).is_err(), "{typo} passed for {n}");
                }
            }
        }
        // Swapping two neighbours is caught too.
        assert!(parse_rma_number("RMA-000-1CS-R").is_err());
    }
}
