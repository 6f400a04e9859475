//! Money: an exact decimal amount in an ISO 4217 currency, rounding to the currency's minor
//! unit, and exact allocation of an amount across weights.
//!
//! Amounts are `rust_decimal::Decimal`, never floats. Minor units (cents, yen, fils) come from the
//! `iso_currency` crate: JPY has 0 digits, USD 2, KWD 3. Inside the engine, amounts are turned
//! into integer minor units once, so that sums and splits are exact and fast.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// The largest magnitude, in minor units, that an input amount may have: 10^16 minor units
/// (10^14 dollars). It leaves headroom so that sums of thousands of lines stay exact in `i64`.
pub const MAX_MINOR: i64 = 10_000_000_000_000_000;

/// The largest magnitude of a total read back to be added to (a report's or a simulation's
/// money, as a merge reads it): 10²⁰, beyond any shop's takings and small enough that adding
/// up such totals stays within rust_decimal's range.
const MOST_SUMMED_AMOUNT: Decimal = Decimal::from_parts(1_661_992_960, 1_808_227_885, 5, false, 0);

/// Refuses a total read back whose magnitude is above 10²⁰ ([`AmountOutOfRange`] on `field`),
/// so that merging totals can't overflow.
///
/// [`AmountOutOfRange`]: Error::AmountOutOfRange
pub(crate) fn check_summable(amount: Decimal, field: impl FnOnce() -> String) -> Result<()> {
    if amount.abs() > MOST_SUMMED_AMOUNT {
        return Err(Error::AmountOutOfRange { field: field() });
    }
    Ok(())
}

/// Refuses a negative amount ([`InvalidAmount`](Error::InvalidAmount) on `field`), in the
/// words the refund engine uses.
pub(crate) fn check_not_negative(amount: Decimal, field: impl FnOnce() -> String) -> Result<()> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(Error::InvalidAmount {
            field: field(),
            reason: format!("must not be negative, got {amount}"),
        });
    }
    Ok(())
}

/// An ISO 4217 currency that has a minor unit (so not XAU or XDR).
///
/// ```
/// use returnkit::Currency;
/// let jpy: Currency = "JPY".parse().unwrap();
/// assert_eq!(jpy.minor_digits(), 0);
/// assert_eq!("KWD".parse::<Currency>().unwrap().minor_digits(), 3);
/// assert!("XAU".parse::<Currency>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    iso: iso_currency::Currency,
    digits: u8,
}

impl Currency {
    /// Looks a currency up by its ISO 4217 alphabetic code.
    ///
    /// ```
    /// use returnkit::Currency;
    /// assert_eq!(Currency::from_code("EUR").unwrap().code(), "EUR");
    /// assert!(Currency::from_code("XAU").is_none()); // gold has no minor unit
    /// assert!(Currency::from_code("ABC").is_none());
    /// ```
    pub fn from_code(code: &str) -> Option<Currency> {
        let iso = iso_currency::Currency::from_code(code)?;
        let digits = u8::try_from(iso.exponent()?).ok()?;
        // Decimal holds 28 digits; a currency beyond 4 minor digits does not exist in ISO 4217.
        (digits <= 4).then_some(Currency { iso, digits })
    }

    /// The three-letter code, such as `EUR`.
    ///
    /// ```
    /// let eur: returnkit::Currency = "EUR".parse().unwrap();
    /// assert_eq!(eur.code(), "EUR");
    /// ```
    pub fn code(&self) -> &'static str {
        self.iso.code()
    }

    /// Digits after the decimal point in the minor unit: 2 for EUR, 0 for JPY, 3 for KWD.
    ///
    /// ```
    /// let jpy: returnkit::Currency = "JPY".parse().unwrap();
    /// assert_eq!(jpy.minor_digits(), 0);
    /// ```
    pub fn minor_digits(&self) -> u32 {
        u32::from(self.digits)
    }

    /// The underlying `iso_currency` value, for callers that use that crate too.
    ///
    /// ```
    /// let usd: returnkit::Currency = "USD".parse().unwrap();
    /// assert_eq!(usd.iso().code(), "USD");
    /// ```
    pub fn iso(&self) -> iso_currency::Currency {
        self.iso
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Currency::from_code(s).ok_or_else(|| Error::UnknownCurrency {
            field: "currency".into(),
            code: s.into(),
        })
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Currency::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "`{code}` is not an ISO 4217 currency with a minor unit"
            ))
        })
    }
}

#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for Currency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "description": "ISO 4217 currency code with a minor unit, such as EUR"
        })
    }
}

/// How to round to the minor unit. Half-up (halves away from zero) is the default, as shops and
/// tax authorities expect.
///
/// ```
/// use returnkit::{Money, Rounding};
/// use rust_decimal_macros::dec;
/// let m = Money::new(dec!(2.345), "USD".parse().unwrap());
/// assert_eq!(m.round(Rounding::HalfUp).amount(), dec!(2.35));
/// assert_eq!(m.round(Rounding::HalfEven).amount(), dec!(2.34));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Halves away from zero: 2.345 → 2.35, −2.345 → −2.35.
    #[default]
    HalfUp,
    /// Halves to the even neighbour (banker's rounding): 2.345 → 2.34.
    HalfEven,
    /// Halves toward zero: 2.345 → 2.34.
    HalfDown,
    /// Always away from zero.
    Up,
    /// Always toward zero (truncate).
    Down,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
            Rounding::HalfDown => RoundingStrategy::MidpointTowardZero,
            Rounding::Up => RoundingStrategy::AwayFromZero,
            Rounding::Down => RoundingStrategy::ToZero,
        }
    }
}

/// An amount of money in one currency.
///
/// Arithmetic refuses to mix currencies. On the wire it is `{"amount": "12.50", "currency":
/// "EUR"}`, the amount a decimal string.
///
/// ```
/// use returnkit::Money;
/// use rust_decimal_macros::dec;
/// let eur = "EUR".parse().unwrap();
/// let a = Money::new(dec!(150.00), eur);
/// let b = Money::new(dec!(60.00), eur);
/// assert_eq!(a.checked_add(b).unwrap().amount(), dec!(210.00));
/// let usd = Money::new(dec!(1), "USD".parse().unwrap());
/// assert!(a.checked_add(usd).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    #[serde(with = "crate::wire::WireDecimal")]
    amount: Decimal,
    currency: Currency,
}

impl Money {
    /// Money of `amount` in `currency`, as given (not rounded).
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let m = Money::new(dec!(10.505), "USD".parse().unwrap());
    /// assert_eq!(m.amount(), dec!(10.505));
    /// ```
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    /// Zero in `currency`, written with the currency's minor digits (`0.00`).
    ///
    /// ```
    /// use returnkit::Money;
    /// assert_eq!(Money::zero("USD".parse().unwrap()).amount().to_string(), "0.00");
    /// assert_eq!(Money::zero("JPY".parse().unwrap()).amount().to_string(), "0");
    /// ```
    pub fn zero(currency: Currency) -> Money {
        Money::from_minor(0, currency)
    }

    /// Money from an integer count of minor units: `from_minor(1050, USD)` is 10.50.
    ///
    /// ```
    /// use returnkit::Money;
    /// assert_eq!(Money::from_minor(1050, "USD".parse().unwrap()).amount().to_string(), "10.50");
    /// assert_eq!(Money::from_minor(1050, "JPY".parse().unwrap()).amount().to_string(), "1050");
    /// ```
    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money {
            amount: minor_to_decimal(minor, currency.minor_digits()),
            currency,
        }
    }

    /// The amount.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// assert_eq!(Money::new(dec!(12.50), "EUR".parse().unwrap()).amount(), dec!(12.50));
    /// ```
    pub fn amount(&self) -> Decimal {
        self.amount
    }

    /// The currency.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// assert_eq!(Money::new(dec!(12.50), "EUR".parse().unwrap()).currency().code(), "EUR");
    /// ```
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The amount in whole minor units, or an error if it is finer than the minor unit or
    /// beyond [`MAX_MINOR`].
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let usd = "USD".parse().unwrap();
    /// assert_eq!(Money::new(dec!(10.5), usd).to_minor().unwrap(), 1050);
    /// assert!(Money::new(dec!(10.505), usd).to_minor().is_err());
    /// ```
    pub fn to_minor(&self) -> Result<i64> {
        decimal_to_minor(self.amount, self.currency.minor_digits(), "amount")
    }

    /// Rounds to the currency's minor unit with `strategy`.
    ///
    /// ```
    /// use returnkit::{Money, Rounding};
    /// use rust_decimal_macros::dec;
    /// let m = Money::new(dec!(2.345), "USD".parse().unwrap());
    /// assert_eq!(m.round(Rounding::HalfUp).amount(), dec!(2.35));
    /// assert_eq!(m.round(Rounding::Down).amount(), dec!(2.34));
    /// ```
    pub fn round(&self, strategy: Rounding) -> Money {
        Money {
            amount: self
                .amount
                .round_dp_with_strategy(self.currency.minor_digits(), strategy.strategy()),
            currency: self.currency,
        }
    }

    /// Rounds to the minor unit, half-up.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let m = Money::new(dec!(-2.345), "USD".parse().unwrap());
    /// assert_eq!(m.round_half_up().amount(), dec!(-2.35));
    /// ```
    pub fn round_half_up(&self) -> Money {
        self.round(Rounding::HalfUp)
    }

    /// Sum of two amounts in the same currency.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let usd = "USD".parse().unwrap();
    /// let sum = Money::new(dec!(10.50), usd).checked_add(Money::new(dec!(0.25), usd)).unwrap();
    /// assert_eq!(sum.amount(), dec!(10.75));
    /// ```
    pub fn checked_add(&self, other: Money) -> Result<Money> {
        self.same_currency(&other)?;
        let amount =
            self.amount
                .checked_add(other.amount)
                .ok_or_else(|| Error::AmountOutOfRange {
                    field: "amount".into(),
                })?;
        Ok(Money::new(amount, self.currency))
    }

    /// Difference of two amounts in the same currency.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let (usd, eur) = ("USD".parse().unwrap(), "EUR".parse().unwrap());
    /// let left = Money::new(dec!(10.50), usd).checked_sub(Money::new(dec!(0.25), usd)).unwrap();
    /// assert_eq!(left.amount(), dec!(10.25));
    /// assert!(Money::new(dec!(1), usd).checked_sub(Money::new(dec!(1), eur)).is_err());
    /// ```
    pub fn checked_sub(&self, other: Money) -> Result<Money> {
        self.same_currency(&other)?;
        let amount =
            self.amount
                .checked_sub(other.amount)
                .ok_or_else(|| Error::AmountOutOfRange {
                    field: "amount".into(),
                })?;
        Ok(Money::new(amount, self.currency))
    }

    /// The amount times `factor`, not rounded.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let fee = Money::new(dec!(19.99), "USD".parse().unwrap()).checked_mul(dec!(0.15)).unwrap();
    /// assert_eq!(fee.amount(), dec!(2.9985));
    /// assert_eq!(fee.round_half_up().amount(), dec!(3.00));
    /// ```
    pub fn checked_mul(&self, factor: Decimal) -> Result<Money> {
        let amount = self
            .amount
            .checked_mul(factor)
            .ok_or_else(|| Error::AmountOutOfRange {
                field: "amount".into(),
            })?;
        Ok(Money::new(amount, self.currency))
    }

    /// Splits this amount across `weights` in whole minor units, by largest remainder.
    ///
    /// The shares always add up to the amount exactly, and each is within one minor unit of
    /// its exact proportion. Leftover units go to the largest remainders; ties go to the larger
    /// weight, then to the earlier position. A zero weight gets zero. A negative amount splits
    /// as the mirror of the positive one. Weights must not be negative, and at least one must be
    /// positive unless the amount is zero.
    ///
    /// ```
    /// use returnkit::Money;
    /// use rust_decimal_macros::dec;
    /// let usd = "USD".parse().unwrap();
    /// let shares = Money::new(dec!(100.00), usd).allocate(&[dec!(1), dec!(1), dec!(1)]).unwrap();
    /// let amounts: Vec<_> = shares.iter().map(|m| m.amount()).collect();
    /// assert_eq!(amounts, [dec!(33.34), dec!(33.33), dec!(33.33)]);
    /// ```
    pub fn allocate(&self, weights: &[Decimal]) -> Result<Vec<Money>> {
        let total = self.to_minor()?;
        // Bring every weight to one scale so that they compare as integers.
        let scale = weights.iter().map(|w| w.scale()).max().unwrap_or(0);
        let mut ints = Vec::with_capacity(weights.len());
        for (i, w) in weights.iter().enumerate() {
            let mut m = w.mantissa();
            for _ in w.scale()..scale {
                m = m.checked_mul(10).ok_or_else(|| Error::AmountOutOfRange {
                    field: format!("weights[{i}]"),
                })?;
            }
            ints.push(m);
        }
        let mut out = vec![0i64; weights.len()];
        let mut order = Vec::new();
        allocate_minor(total, &ints, &mut out, &mut order).map_err(|e| e.into_error("weights"))?;
        Ok(out
            .into_iter()
            .map(|m| Money::from_minor(m, self.currency))
            .collect())
    }

    /// [`Money::allocate`] in minor units: `total` split across whole `weights`, the shares
    /// written into `out` (as long as `weights`). Splits of up to 32 weights whose products
    /// with the total fit in 64 bits are made without allocating and without 128-bit
    /// arithmetic, for callers that split in a loop (a storefront's WebAssembly). Errors name
    /// `weights` or `weights[i]`, as `allocate`'s do.
    ///
    /// ```
    /// let mut shares = [0i64; 3];
    /// returnkit::Money::allocate_minor_units(10000, &[1, 1, 1], &mut shares).unwrap();
    /// assert_eq!(shares, [3334, 3333, 3333]);
    /// ```
    pub fn allocate_minor_units(total: i64, weights: &[i64], out: &mut [i64]) -> Result<()> {
        if out.len() != weights.len() {
            return Err(Error::InvalidAllocation {
                field: "weights".into(),
                reason: format!(
                    "{} weights but room for {} shares",
                    weights.len(),
                    out.len()
                ),
            });
        }
        if small_split(total, weights, out) {
            return Ok(());
        }
        allocate_minor(total, weights, out, &mut Vec::new()).map_err(|e| e.into_error("weights"))
    }

    fn same_currency(&self, other: &Money) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(Error::CurrencyMismatch {
                field: "currency".into(),
                expected: self.currency.code().into(),
                found: other.currency.code().into(),
            })
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

/// Why an allocation could not be made; the caller adds the field path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AllocationError {
    NegativeWeight(usize),
    NoWeight,
    Overflow,
}

impl AllocationError {
    pub(crate) fn into_error(self, field: &str) -> Error {
        match self {
            AllocationError::NegativeWeight(i) => Error::InvalidAllocation {
                field: format!("{field}[{i}]"),
                reason: "weights must not be negative".into(),
            },
            AllocationError::NoWeight => Error::InvalidAllocation {
                field: field.into(),
                reason: "a non-zero amount can't be split across weights that are all zero".into(),
            },
            AllocationError::Overflow => Error::AmountOutOfRange {
                field: field.into(),
            },
        }
    }
}

/// A candidate for a leftover minor unit in [`allocate_minor`]: its remainder (a numerator
/// over the weights' sum), its weight and its position, ordered best first.
type Remainder = (std::cmp::Reverse<u128>, std::cmp::Reverse<u128>, u32);

/// Remainders and weights below 2^48 pack with a 32-bit position into one `u128` whose
/// ascending order is [`Remainder`]'s, which is much cheaper to rank.
const PACKED: u128 = (1 << 48) - 1;

/// Largest-remainder split of `total` minor units across `weights`, written into `out`.
/// `order` is scratch space, reused across calls to avoid allocating.
pub(crate) fn allocate_minor<W: Copy + Into<i128>>(
    total: i64,
    weights: &[W],
    out: &mut [i64],
    order: &mut Vec<u128>,
) -> std::result::Result<(), AllocationError> {
    out.iter_mut().for_each(|o| *o = 0);
    let weight = |i: usize, _: &i64| weights.get(i).map_or(0, |&w| w.into());
    allocate_minor_into(total, out, weight, |o, share| *o += share, order)
}

/// Most weights [`small_split`] takes.
const SMALL_SPLIT: usize = 32;

/// [`allocate_minor`] for a common case only, in 64-bit arithmetic: at most
/// [`SMALL_SPLIT`] non-negative weights, not all zero, whose sum and products with the total
/// fit in 64 bits. Fills `out` and answers true; anything else answers false with `out`
/// unchanged, and [`allocate_minor`] decides. The shares are the same: the floor of each exact
/// share, and one unit each to the largest remainders, ties to the larger weight, then to the
/// earlier position; a negative total splits as the mirror of the positive one (a property
/// test checks the two agree).
fn small_split(total: i64, weights: &[i64], out: &mut [i64]) -> bool {
    let n = weights.len();
    if n == 0 || n > SMALL_SPLIT || n != out.len() {
        return false;
    }
    let mut sum = 0u64;
    for &w in weights {
        let Some(v) = u64::try_from(w).ok().and_then(|w| sum.checked_add(w)) else {
            return false;
        };
        sum = v;
    }
    if sum == 0 {
        return false;
    }
    let magnitude = total.unsigned_abs();
    let mut quotient = [0u64; SMALL_SPLIT];
    let mut remainder = [0u64; SMALL_SPLIT];
    let mut given = 0u64;
    for ((&w, q), r) in weights.iter().zip(&mut quotient).zip(&mut remainder) {
        // Weights were checked non-negative above.
        let Some(num) = magnitude.checked_mul(w.unsigned_abs()) else {
            return false;
        };
        *q = num / sum;
        *r = num % sum;
        given += *q;
    }
    // Fewer than n units are left; each goes to the best candidate not yet chosen.
    let mut left = magnitude - given;
    let mut chosen = 0u64;
    let (Some(&r0), Some(&w0)) = (remainder.first(), weights.first()) else {
        return false;
    };
    let even = remainder
        .iter()
        .zip(weights)
        .all(|(r, w)| *r == r0 && *w == w0);
    if left > 0 && even {
        // An even split: the first ones get a unit each.
        chosen = (1u64 << left) - 1;
        left = 0;
    }
    while left > 0 {
        let mut best: Option<(usize, u64, i64)> = None;
        for (i, (&r, &w)) in remainder.iter().zip(weights).enumerate() {
            let better = best.is_none_or(|(_, br, bw)| r > br || (r == br && w > bw));
            if chosen >> i & 1 == 0 && better {
                best = Some((i, r, w));
            }
        }
        let Some((i, _, _)) = best else {
            return false;
        };
        chosen |= 1 << i;
        left -= 1;
    }
    let sign: i64 = if total < 0 { -1 } else { 1 };
    for (i, (o, q)) in out.iter_mut().zip(&quotient).enumerate() {
        // At most the total's magnitude, which came from an i64.
        let Ok(share) = i64::try_from(q + (chosen >> i & 1)) else {
            return false;
        };
        *o = share * sign;
    }
    true
}

/// Rankings of up to this many remainders are made on the stack.
const SMALL_RANKING: usize = 32;

/// [`allocate_minor`] over any items: `weight(i, item)` is item `i`'s weight, and
/// `add(item, share)` adds to it (a floor share first, then perhaps one more unit). Callers
/// with the weights in their own records need not collect them, nor the shares.
pub(crate) fn allocate_minor_into<T>(
    total: i64,
    items: &mut [T],
    weight: impl Fn(usize, &T) -> i128,
    mut add: impl FnMut(&mut T, i64),
    order: &mut Vec<u128>,
) -> std::result::Result<(), AllocationError> {
    let mut sum: i128 = 0;
    for (i, item) in items.iter().enumerate() {
        let w = weight(i, item);
        if w < 0 {
            return Err(AllocationError::NegativeWeight(i));
        }
        sum = sum.checked_add(w).ok_or(AllocationError::Overflow)?;
    }
    if total == 0 {
        return Ok(());
    }
    if sum == 0 {
        return Err(AllocationError::NoWeight);
    }
    let magnitude = i128::from(total).abs();
    let sign: i64 = if total < 0 { -1 } else { 1 };
    let sum = sum.unsigned_abs();
    let mut given: u128 = 0;
    // Remainders are compared as numerators over the common denominator `sum`. They are kept
    // as they are found, so that ranking them costs no further division. Sums beyond 2^48
    // minor units are rare; their remainders are ranked unpacked.
    let packed = sum <= PACKED;
    let mut wide: Vec<Remainder> = Vec::new();
    let on_stack = packed && items.len() <= SMALL_RANKING;
    let mut small = [0u128; SMALL_RANKING];
    let mut small_len = 0;
    order.clear();
    if packed && !on_stack {
        // At most one candidate per item: reserving once spares growing step by step.
        order.reserve(items.len());
    }
    for (i, item) in items.iter_mut().enumerate() {
        let w = weight(i, item);
        let num = checked_mul_non_negative(magnitude, w).ok_or(AllocationError::Overflow)?;
        // Weights were checked non-negative above, so `unsigned_abs` is the value itself.
        let w = w.unsigned_abs();
        let (share, rem) = div_rem_u128(num, sum);
        given += share;
        // share <= magnitude <= i64::MAX, so the conversion can't fail.
        add(
            item,
            i64::try_from(share).map_err(|_| AllocationError::Overflow)? * sign,
        );
        // The remainders add up to `leftover × sum`, each below `sum`, so more of them than
        // `leftover` are non-zero: a zero remainder never gets a unit, and need not be ranked.
        if rem != 0 {
            let i = u32::try_from(i).map_err(|_| AllocationError::Overflow)?;
            if packed {
                // rem < sum and w ≤ sum, so both fit in 48 bits.
                let key = ((PACKED - rem) << 80) | ((PACKED - w) << 32) | u128::from(i);
                match small.get_mut(small_len).filter(|_| on_stack) {
                    Some(slot) => {
                        *slot = key;
                        small_len += 1;
                    }
                    None => order.push(key),
                }
            } else {
                wide.push((std::cmp::Reverse(rem), std::cmp::Reverse(w), i));
            }
        }
    }
    let leftover =
        usize::try_from(magnitude.unsigned_abs() - given).map_err(|_| AllocationError::Overflow)?;
    if leftover == 0 {
        return Ok(());
    }
    // Highest remainder first, then larger weight, then earlier position: a total order, so
    // selecting the first `leftover` is deterministic.
    let mut give = |i: u32| {
        if let Some(item) = items.get_mut(i as usize) {
            add(item, sign);
        }
    };
    if packed {
        let keys = if on_stack {
            small.get_mut(..small_len).unwrap_or_default()
        } else {
            order.as_mut_slice()
        };
        if leftover < keys.len() {
            keys.select_nth_unstable(leftover);
        }
        // The low 32 bits are the position.
        keys.iter().take(leftover).for_each(|&key| give(key as u32));
    } else {
        if leftover < wide.len() {
            wide.select_nth_unstable(leftover);
        }
        wide.iter().take(leftover).for_each(|&(_, _, i)| give(i));
    }
    Ok(())
}

/// `a × b` for non-negative `a` and `b`, or `None` beyond `i128`. In 64 bits when it fits,
/// which spares the 128-bit overflow check.
#[inline]
fn checked_mul_non_negative(a: i128, b: i128) -> Option<u128> {
    if let (Ok(a), Ok(b)) = (u64::try_from(a), u64::try_from(b)) {
        if let Some(p) = a.checked_mul(b) {
            return Some(u128::from(p));
        }
    }
    a.checked_mul(b).map(i128::unsigned_abs)
}

/// Quotient and remainder, in 64-bit arithmetic when both operands fit: one instruction
/// rather than two calls into the 128-bit division routines.
#[inline]
fn div_rem_u128(num: u128, den: u128) -> (u128, u128) {
    match (u64::try_from(num), u64::try_from(den)) {
        (Ok(n), Ok(d)) if d != 0 => (u128::from(n / d), u128::from(n % d)),
        _ => (num / den, num % den),
    }
}

/// `minor` minor units as a decimal with `digits` decimal places.
///
/// Builds the decimal from its parts: `Decimal::new` is not inlined, and quotes make many.
#[inline]
pub(crate) fn minor_to_decimal(minor: i64, digits: u32) -> Decimal {
    let abs = minor.unsigned_abs();
    Decimal::from_parts(abs as u32, (abs >> 32) as u32, 0, minor < 0, digits)
}

/// A decimal amount as whole minor units with `digits` decimals, refusing sub-minor precision
/// and magnitudes beyond [`MAX_MINOR`].
#[inline]
pub(crate) fn decimal_to_minor(amount: Decimal, digits: u32, field: &str) -> Result<i64> {
    let mantissa = amount.mantissa();
    let scale = amount.scale();
    let minor = if scale == digits {
        // The usual case, an amount written to the minor unit: nothing to scale.
        Some(mantissa)
    } else if scale < digits {
        let factor = pow10(digits - scale);
        mantissa.checked_mul(factor)
    } else {
        let divisor = pow10(scale - digits);
        if mantissa % divisor != 0 {
            return Err(Error::InvalidAmount {
                field: field.into(),
                reason: format!("{amount} is finer than the currency's minor unit"),
            });
        }
        Some(mantissa / divisor)
    };
    match minor {
        Some(m) if m.abs() <= i128::from(MAX_MINOR) => Ok(m as i64),
        _ => Err(Error::AmountOutOfRange {
            field: field.into(),
        }),
    }
}

/// The largest power of ten an `i128` holds.
const POW10_MAX: i128 = 10i128.pow(38);

/// 10^0 to 10^38. Built at compile time, where an index out of range is a build error.
const POW10: [i128; 39] = {
    let mut table = [1i128; 39];
    let mut i = 1;
    while i < table.len() {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// 10^`exp`, capped at 10^38: a table look-up rather than a loop of multiplications.
#[inline]
pub(crate) fn pow10(exp: u32) -> i128 {
    POW10.get(exp as usize).copied().unwrap_or(POW10_MAX)
}

/// `num / den` rounded half away from zero, for `den > 0`.
#[inline]
pub(crate) fn div_round_half_up(num: i128, den: i128) -> i128 {
    // Amounts almost always fit in 64 bits, where division is one instruction rather than
    // two calls into the 128-bit routines.
    if let (Ok(n), Ok(d)) = (i64::try_from(num), i64::try_from(den)) {
        if d > 0 {
            let (q, r) = (n / d, n % d);
            // 2·|r| ≥ d, written so that it can't overflow.
            let up = r.unsigned_abs() >= d.unsigned_abs() - r.unsigned_abs();
            return i128::from(if up { q + n.signum() } else { q });
        }
    }
    let q = num / den;
    let r = num - q * den;
    if r.unsigned_abs() >= den.unsigned_abs() - r.unsigned_abs() {
        q + num.signum()
    } else {
        q
    }
}

/// `value × percent / 100`, rounded half-up to whole minor units. The percent is a decimal
/// such as 12.5, from 0 to 100, and `value` is at most [`MAX_MINOR`], so the result always fits.
pub(crate) fn percent_of(value: i64, percent: Decimal) -> i64 {
    let scale = percent.scale();
    let exact = i128::from(value)
        .checked_mul(percent.mantissa())
        .zip(100i128.checked_mul(pow10(scale)));
    if let Some((num, den)) = exact {
        return div_round_half_up(num, den) as i64;
    }
    // A percent with very many digits: let Decimal carry the precision instead of i128.
    let cap = if value < 0 { -MAX_MINOR } else { MAX_MINOR };
    Decimal::from(value)
        .checked_mul(percent)
        .and_then(|p| p.checked_div(Decimal::ONE_HUNDRED))
        .map(|p| p.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
        .and_then(|p| i64::try_from(p.mantissa()).ok())
        .unwrap_or(cap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn usd() -> Currency {
        Currency::from_code("USD").unwrap()
    }

    fn split(total: i64, weights: &[i64]) -> Vec<i64> {
        let mut out = vec![0; weights.len()];
        allocate_minor(total, weights, &mut out, &mut Vec::new()).unwrap();
        out
    }

    #[test]
    fn minor_units_come_from_iso_4217() {
        assert_eq!(Currency::from_code("JPY").unwrap().minor_digits(), 0);
        assert_eq!(Currency::from_code("USD").unwrap().minor_digits(), 2);
        assert_eq!(Currency::from_code("KWD").unwrap().minor_digits(), 3);
        assert!(Currency::from_code("XAU").is_none());
        assert!(Currency::from_code("ZZZ").is_none());
    }

    #[test]
    fn thirds_go_to_the_earliest_on_ties() {
        assert_eq!(split(100, &[1, 1, 1]), [34, 33, 33]);
        assert_eq!(split(200, &[1, 1, 1]), [67, 67, 66]);
    }

    #[test]
    fn ties_prefer_the_larger_weight() {
        // 5 × 1/4 = 1.25 and 5 × 3/4... use weights with equal remainders but different size.
        // 3 split 1:1:2 → exact 0.75, 0.75, 1.5; floors 0,0,1; rems .75,.75,.5 → the two .75 win.
        assert_eq!(split(3, &[1, 1, 2]), [1, 1, 1]);
        // 1 split 1:3 over 8 → 0.25, 0.75 → the larger remainder (weight 3) wins.
        assert_eq!(split(1, &[1, 3]), [0, 1]);
        // Equal remainders 0.5 and 0.5 with weights 1 and 3 of total 1... 2 split 1:3 → .5, 1.5
        // → floors 0,1; rems .5,.5 → tie on remainder, larger weight (index 1) wins.
        assert_eq!(split(2, &[1, 3]), [0, 2]);
    }

    #[test]
    fn zero_weights_get_zero_and_negative_totals_mirror() {
        assert_eq!(split(10, &[0, 1, 0, 1]), [0, 5, 0, 5]);
        assert_eq!(split(-100, &[1, 1, 1]), [-34, -33, -33]);
        assert_eq!(split(0, &[0, 0]), [0, 0]);
    }

    #[test]
    fn refuses_impossible_splits() {
        let mut out = [0; 2];
        assert_eq!(
            allocate_minor(5, &[0i64, 0], &mut out, &mut Vec::new()),
            Err(AllocationError::NoWeight)
        );
        assert_eq!(
            allocate_minor(5, &[1i64, -1], &mut out, &mut Vec::new()),
            Err(AllocationError::NegativeWeight(1))
        );
    }

    #[test]
    fn decimal_weights_split_money() {
        let shares = Money::new(dec!(0.05), usd())
            .allocate(&[dec!(0.5), dec!(1.25), dec!(0)])
            .unwrap();
        let amounts: Vec<_> = shares.iter().map(|m| m.amount()).collect();
        // exact: 0.0142857, 0.0357142, 0 → floors 1, 3 cents, leftover 1 to the larger remainder.
        assert_eq!(amounts, [dec!(0.01), dec!(0.04), dec!(0.00)]);
    }

    #[test]
    fn to_minor_respects_the_currency() {
        let jpy = Currency::from_code("JPY").unwrap();
        assert_eq!(Money::new(dec!(1500), jpy).to_minor().unwrap(), 1500);
        assert!(Money::new(dec!(1500.5), jpy).to_minor().is_err());
        let kwd = Currency::from_code("KWD").unwrap();
        assert_eq!(Money::new(dec!(1.234), kwd).to_minor().unwrap(), 1234);
        assert_eq!(Money::from_minor(1234, kwd).amount().to_string(), "1.234");
        assert!(matches!(
            Money::new(dec!(1e20), usd()).to_minor(),
            Err(Error::AmountOutOfRange { .. })
        ));
    }

    #[test]
    fn rounding_and_percent() {
        assert_eq!(div_round_half_up(5, 2), 3);
        assert_eq!(div_round_half_up(-5, 2), -3);
        assert_eq!(div_round_half_up(4, 3), 1);
        assert_eq!(percent_of(12000, dec!(15)), 1800);
        assert_eq!(percent_of(999, dec!(12.5)), 125); // 124.875 → 125
                                                      // 33.333...% of 52,000,000.00 overflows i128 and falls back to Decimal.
        assert_eq!(
            percent_of(5_200_000_000, dec!(33.333333333333333333333333333)),
            1_733_333_333
        );
        let m = Money::new(dec!(-2.345), usd());
        assert_eq!(m.round(Rounding::HalfUp).amount(), dec!(-2.35));
        assert_eq!(m.round(Rounding::Down).amount(), dec!(-2.34));
    }

    #[test]
    fn mixed_currencies_are_refused() {
        let eur = Currency::from_code("EUR").unwrap();
        let err = Money::new(dec!(1), usd())
            .checked_sub(Money::new(dec!(1), eur))
            .unwrap_err();
        assert_eq!(err.code(), 4002);
    }

    proptest::proptest! {
        #[test]
        fn decimals_are_written_as_rust_decimal_writes_them(
            mantissa in proptest::prelude::any::<i64>(),
            small in -2000i64..2000,
            scale in 0u32..=28,
            negative_zero in proptest::prelude::any::<bool>(),
        ) {
            for m in [mantissa, small, 0] {
                let mut d = Decimal::new(m, scale);
                if m == 0 && negative_zero {
                    d.set_sign_negative(true);
                }
                let mut buf = [0u8; 64];
                let ours = crate::wire::decimal::format(&d, &mut buf).map(str::to_string);
                let theirs = serde_json::to_value(rust_decimal::serde::str::serialize(
                    &d,
                    serde_json::value::Serializer,
                ).unwrap()).unwrap();
                proptest::prop_assert_eq!(ours.as_deref(), theirs.as_str(), "{:?}", d);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn small_splits_are_the_general_splits(
            total in proptest::prelude::prop_oneof![-1000i64..1000, proptest::prelude::any::<i64>()],
            weights in proptest::collection::vec(
                proptest::prelude::prop_oneof![0i64..4, 0i64..1_000_000_007, -2i64..1],
                1..40,
            ),
        ) {
            let mut small = vec![0i64; weights.len()];
            let mut general = vec![0i64; weights.len()];
            let general_ok = allocate_minor(total, &weights, &mut general, &mut Vec::new()).is_ok();
            if small_split(total, &weights, &mut small) {
                proptest::prop_assert!(general_ok);
                proptest::prop_assert_eq!(&small, &general, "{} over {:?}", total, weights);
            }
            let mut public = vec![0i64; weights.len()];
            match Money::allocate_minor_units(total, &weights, &mut public) {
                Ok(()) => proptest::prop_assert_eq!(&public, &general),
                Err(_) => proptest::prop_assert!(!general_ok),
            }
        }
    }
}
