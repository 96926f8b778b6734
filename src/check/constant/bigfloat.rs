//! Bounded binary floating point: Go's `floatVal`, a `math/big.Float` of
//! 512 mantissa bits, used for constants whose exact fraction would be
//! too large (`1e1000000`, `1e-5000`), plus the one rounding routine
//! every conversion to `float32`/`float64` goes through.
//!
//! Invariants of `BigFloat`: the mantissa is zero or odd (so equal
//! values have equal representations), has at most `PREC` bits, and the
//! value's binary exponent in Go's convention (`0.1xxx × 2^top`, see
//! `top`) lies in `[MIN_EXP, MAX_EXP]`, Go's `big.MinExp`/`big.MaxExp`.
//! Results that would exceed `MAX_EXP` are Go's ±Inf, reported as `None`
//! (the caller turns that into an unknown value); results below
//! `MIN_EXP` underflow to zero, as in Go. Zero is never negative.
//! Every operation rounds once, to nearest with ties to even, from the
//! exact result, as `big.Float` does: results match Go bit for bit.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Mantissa precision of a `BigFloat`, Go's constant precision.
pub(super) const PREC: u64 = 512;
/// Go's `big.MinExp`.
pub(super) const MIN_EXP: i64 = i32::MIN as i64;
/// Go's `big.MaxExp`.
pub(super) const MAX_EXP: i64 = i32::MAX as i64;
/// Go's `maxExp` in go/constant: fractions whose numerator or denominator
/// have this many bits or more become `BigFloat`s, and a `BigFloat`
/// converts back to an integer only if its exponent is below it.
pub(super) const MAX_RAT_BITS: u64 = 4096;

/// `mant × 2^exp`, the result of `round_ratio`.
pub(super) struct Rounded {
    pub mant: BigUint,
    pub exp: i64,
    /// No bit was lost.
    pub exact: bool,
}

/// Rounds `n / d × 2^e2` (`n`, `d` > 0) to `prec` significant bits, to
/// nearest with ties to even. With `emin`, the last kept bit is never
/// below `2^emin` (IEEE subnormals), so the result may have fewer bits or
/// be zero.
pub(super) fn round_ratio(
    n: &BigUint,
    d: &BigUint,
    e2: i64,
    prec: u64,
    emin: Option<i64>,
) -> Rounded {
    if n.is_zero() || d.is_zero() {
        return Rounded {
            mant: BigUint::zero(),
            exp: 0,
            exact: n.is_zero(),
        };
    }
    // Scale so that the integer quotient has prec+2 or prec+3 bits.
    let k = n.bits() as i64 - d.bits() as i64;
    let s = prec as i64 + 2 - k;
    let (q, r) = if s >= 0 {
        (n << (s as u64)).div_rem(d)
    } else {
        n.div_rem(&(d << (s.unsigned_abs())))
    };
    let sticky = !r.is_zero();
    let exp0 = e2.saturating_sub(s);
    let qbits = q.bits() as i64;
    let mut shift = qbits - prec as i64;
    if let Some(emin) = emin {
        if exp0.saturating_add(shift) < emin {
            shift = emin.saturating_sub(exp0);
        }
    }
    if shift > qbits + 1 {
        // Below a quarter of the smallest kept bit: rounds to zero.
        return Rounded {
            mant: BigUint::zero(),
            exp: emin.unwrap_or(0),
            exact: false,
        };
    }
    let ushift = shift.max(0) as u64;
    if ushift == 0 {
        return Rounded {
            mant: q,
            exp: exp0,
            exact: !sticky,
        };
    }
    let mut m = &q >> ushift;
    let half = q.bit(ushift - 1);
    let below = q.trailing_zeros().is_some_and(|tz| tz < ushift - 1);
    let exact = !half && !below && !sticky;
    let mut exp = exp0.saturating_add(ushift as i64);
    if half && (below || sticky || m.bit(0)) {
        m += 1u32;
        if m.bits() > prec {
            m >>= 1u32;
            exp = exp.saturating_add(1);
        }
    }
    Rounded {
        mant: m,
        exp,
        exact,
    }
}

/// `2^e` for -1074 <= e <= 1023.
fn pow2_f64(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).clamp(0, 51))
    }
}

/// `2^e` for -149 <= e <= 127.
fn pow2_f32(e: i64) -> f32 {
    if e >= -126 {
        f32::from_bits(((e + 127) as u32) << 23)
    } else {
        f32::from_bits(1u32 << (e + 149).clamp(0, 22))
    }
}

/// The `float64` nearest to `±n / d × 2^e2` (±Inf past the largest
/// finite value, ±0 below the smallest subnormal) and whether it is exact.
pub(super) fn ratio_to_f64(neg: bool, n: &BigUint, d: &BigUint, e2: i64) -> (f64, bool) {
    let sign = if neg { -1.0 } else { 1.0 };
    if n.is_zero() {
        return (0.0, true);
    }
    let r = round_ratio(n, d, e2, 53, Some(-1074));
    if r.mant.is_zero() {
        return (sign * 0.0, false);
    }
    if r.exp.saturating_add(r.mant.bits() as i64) > 1024 {
        return (sign * f64::INFINITY, false);
    }
    let m = r.mant.to_u64().unwrap_or(0) as f64;
    (sign * m * pow2_f64(r.exp), r.exact)
}

/// The `float32` nearest to `±n / d × 2^e2`, as `ratio_to_f64`.
pub(super) fn ratio_to_f32(neg: bool, n: &BigUint, d: &BigUint, e2: i64) -> (f32, bool) {
    let sign = if neg { -1.0 } else { 1.0 };
    if n.is_zero() {
        return (0.0, true);
    }
    let r = round_ratio(n, d, e2, 24, Some(-149));
    if r.mant.is_zero() {
        return (sign * 0.0, false);
    }
    if r.exp.saturating_add(r.mant.bits() as i64) > 128 {
        return (sign * f32::INFINITY, false);
    }
    let m = r.mant.to_u64().unwrap_or(0) as f32;
    (sign * m * pow2_f32(r.exp), r.exact)
}

/// A finite binary floating-point number `(-1)^neg × mant × 2^exp`
/// (see the module comment for its invariants).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct BigFloat {
    neg: bool,
    mant: BigUint,
    exp: i64,
}

impl BigFloat {
    pub fn zero() -> BigFloat {
        BigFloat {
            neg: false,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    /// `±n / d × 2^e2` rounded to `prec` bits; `None` if the exponent
    /// overflows (Go's ±Inf), zero if it underflows.
    pub fn from_ratio_prec(
        neg: bool,
        n: &BigUint,
        d: &BigUint,
        e2: i64,
        prec: u64,
    ) -> Option<BigFloat> {
        if n.is_zero() {
            return Some(BigFloat::zero());
        }
        if d.is_zero() {
            return None;
        }
        let (mant, exp) = if d.is_one() && n.bits() <= prec {
            (n.clone(), e2)
        } else {
            let r = round_ratio(n, d, e2, prec, None);
            (r.mant, r.exp)
        };
        BigFloat::normalized(neg, mant, exp)
    }

    /// `±n / d × 2^e2` rounded to 512 bits (see `from_ratio_prec`).
    pub fn from_ratio(neg: bool, n: &BigUint, d: &BigUint, e2: i64) -> Option<BigFloat> {
        BigFloat::from_ratio_prec(neg, n, d, e2, PREC)
    }

    fn normalized(neg: bool, mut mant: BigUint, mut exp: i64) -> Option<BigFloat> {
        let Some(tz) = mant.trailing_zeros() else {
            return Some(BigFloat::zero());
        };
        mant >>= tz;
        exp = exp.saturating_add(tz as i64);
        let top = exp.saturating_add(mant.bits() as i64);
        if top > MAX_EXP {
            return None;
        }
        if top < MIN_EXP {
            return Some(BigFloat::zero());
        }
        Some(BigFloat { neg, mant, exp })
    }

    /// The integer `x` rounded to 512 bits (Go's `SetInt`).
    pub fn from_int(x: &BigInt) -> Option<BigFloat> {
        BigFloat::from_ratio(x.sign() == Sign::Minus, x.magnitude(), &BigUint::one(), 0)
    }

    /// Go's exponent: the value is `0.1xxx × 2^top` (`MantExp`).
    pub fn top(&self) -> i64 {
        if self.is_zero() {
            return 0;
        }
        self.exp + self.mant.bits() as i64
    }

    pub fn sign(&self) -> i32 {
        if self.is_zero() {
            0
        } else if self.neg {
            -1
        } else {
            1
        }
    }

    pub fn neg(&self) -> BigFloat {
        let mut r = self.clone();
        if !r.is_zero() {
            r.neg = !r.neg;
        }
        r
    }

    /// Whether Go would still convert this value to a fraction or an
    /// integer (go/constant's `smallFloat`).
    pub fn is_small(&self) -> bool {
        let e = self.top();
        -(MAX_RAT_BITS as i64) < e && e < MAX_RAT_BITS as i64
    }

    /// The mantissa with the value's sign (the value is this `× 2^exp`).
    fn signed_mant(&self) -> BigInt {
        let s = if self.neg { Sign::Minus } else { Sign::Plus };
        BigInt::from_biguint(s, self.mant.clone())
    }

    pub fn add(&self, o: &BigFloat) -> Option<BigFloat> {
        if self.is_zero() {
            return Some(o.clone());
        }
        if o.is_zero() {
            return Some(self.clone());
        }
        // An addend below a quarter of the other's last bit cannot change
        // the rounded sum (both have at most PREC bits).
        let margin = PREC as i64 + 2;
        if self.top() - o.top() > margin {
            return Some(self.clone());
        }
        if o.top() - self.top() > margin {
            return Some(o.clone());
        }
        let e = self.exp.min(o.exp);
        let a = self.signed_mant() << ((self.exp - e) as u64);
        let b = o.signed_mant() << ((o.exp - e) as u64);
        let sum = a + b;
        BigFloat::from_ratio(
            sum.sign() == Sign::Minus,
            sum.magnitude(),
            &BigUint::one(),
            e,
        )
    }

    pub fn sub(&self, o: &BigFloat) -> Option<BigFloat> {
        self.add(&o.neg())
    }

    pub fn mul_prec(&self, o: &BigFloat, prec: u64) -> Option<BigFloat> {
        let m = &self.mant * &o.mant;
        BigFloat::from_ratio_prec(
            self.neg != o.neg,
            &m,
            &BigUint::one(),
            self.exp + o.exp,
            prec,
        )
    }

    pub fn mul(&self, o: &BigFloat) -> Option<BigFloat> {
        self.mul_prec(o, PREC)
    }

    /// `None` for a zero divisor as for an overflow.
    pub fn quo(&self, o: &BigFloat) -> Option<BigFloat> {
        if o.is_zero() {
            return None;
        }
        BigFloat::from_ratio(self.neg != o.neg, &self.mant, &o.mant, self.exp - o.exp)
    }

    pub fn cmp(&self, o: &BigFloat) -> Ordering {
        let (sa, sb) = (self.sign(), o.sign());
        if sa != sb || sa == 0 {
            return sa.cmp(&sb);
        }
        let mag = match self.top().cmp(&o.top()) {
            Ordering::Equal => {
                let e = self.exp.min(o.exp);
                let a = &self.mant << ((self.exp - e) as u64);
                let b = &o.mant << ((o.exp - e) as u64);
                a.cmp(&b)
            }
            ord => ord,
        };
        if sa < 0 {
            mag.reverse()
        } else {
            mag
        }
    }

    pub fn is_int(&self) -> bool {
        self.is_zero() || self.exp >= 0
    }

    pub fn to_f64(&self) -> (f64, bool) {
        ratio_to_f64(self.neg, &self.mant, &BigUint::one(), self.exp)
    }

    pub fn to_f32(&self) -> (f32, bool) {
        ratio_to_f32(self.neg, &self.mant, &BigUint::one(), self.exp)
    }

    /// The integer value, exact (go/constant's `ToInt` of a `floatVal`):
    /// only for small exponents, and accepting values within a few bits
    /// of rounding error of an integer, as Go does.
    pub fn to_int(&self) -> Option<BigInt> {
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        if !self.is_small() {
            return None;
        }
        let s = if self.neg { Sign::Minus } else { Sign::Plus };
        if self.exp >= 0 {
            return Some(BigInt::from_biguint(s, &self.mant << (self.exp as u64)));
        }
        // Round to PREC-4 bits toward zero, then away from zero, and see
        // whether either gives an integer.
        const DELTA: u64 = 4;
        let bits = self.mant.bits();
        if bits <= PREC - DELTA {
            return None;
        }
        let shift = bits - (PREC - DELTA);
        let down = &self.mant >> shift;
        let lost = self.mant.trailing_zeros().is_some_and(|tz| tz < shift);
        let up = if lost { &down + 1u32 } else { down.clone() };
        for m in [down, up] {
            let exp = self.exp + shift as i64;
            let tz = m.trailing_zeros().unwrap_or(0) as i64;
            if m.is_zero() || exp + tz >= 0 {
                let v = if exp >= 0 {
                    m << (exp as u64)
                } else {
                    m >> (exp.unsigned_abs())
                };
                return Some(BigInt::from_biguint(s, v));
            }
        }
        None
    }

    /// The mantissa in [0.5, 1) rounded to a `float64`, and `top`.
    pub fn mant_exp_f64(&self) -> (f64, i64) {
        if self.is_zero() {
            return (0.0, 0);
        }
        let bits = self.mant.bits() as i64;
        let (m, _) = ratio_to_f64(self.neg, &self.mant, &BigUint::one(), -bits);
        (m, self.top())
    }

    /// Go's `Text('p', 0)`: `-0x.8p+5001`.
    pub fn p_string(&self) -> String {
        if self.is_zero() {
            return "0".to_string();
        }
        let pad = (4 - self.mant.bits() % 4) % 4;
        let hex = (&self.mant << pad).to_str_radix(16);
        let hex = hex.trim_end_matches('0');
        let top = self.top();
        format!(
            "{}0x.{}p{}{}",
            if self.neg { "-" } else { "" },
            hex,
            if top >= 0 { "+" } else { "" },
            top
        )
    }
}
