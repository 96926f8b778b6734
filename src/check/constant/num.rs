//! Numeric representations under `Value`: `Float` (an exact fraction, or
//! a 512-bit `BigFloat` once the fraction would be too large), `Real`
//! (the integer-or-float part of a complex constant) and `Complex`.
//!
//! Representation choices are go/constant's, so that results agree bit
//! for bit with Go: a fraction whose numerator or denominator reaches
//! `MAX_RAT_BITS` bits becomes a `BigFloat`; once a value is a
//! `BigFloat`, results computed from it stay `BigFloat`s (no illusion of
//! exactness is given back); mixing a fraction with a `BigFloat` first
//! rounds the fraction to 512 bits. Integer parts of complex numbers stay
//! integers (`(1 + 2i)` prints as Go prints it) while they have at most
//! `MAX_INT_BITS` bits.

use super::bigfloat::{ratio_to_f32, ratio_to_f64, BigFloat, MAX_RAT_BITS};
use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use std::cmp::Ordering;

/// Hard bound on the size of any integer the module computes. Go bounds
/// untyped integers at 512 bits after each operation (the checker's
/// `check_overflow`); this bound keeps even an unchecked chain of
/// operations from allocating without limit.
pub(super) const MAX_INT_BITS: u64 = 8192;

/// An untyped or typed floating-point constant value: exact while the
/// fraction stays reasonably small, else a 512-bit binary float (Go's
/// go/constant `ratVal`/`floatVal`). Never infinite or NaN.
#[derive(Clone, Debug, PartialEq)]
pub struct Float(Repr);

#[derive(Clone, Debug, PartialEq)]
enum Repr {
    Rat(BigRational),
    Big(BigFloat),
}

fn small_int(x: &BigInt) -> bool {
    x.bits() < MAX_RAT_BITS
}

impl Float {
    /// Zero (an exact fraction).
    pub(super) fn zero() -> Float {
        Float(Repr::Rat(BigRational::zero()))
    }

    /// Go's `makeRat`: exact unless a component is too large; `None` only
    /// if the rounded value overflows (cannot happen for sane inputs).
    pub(super) fn from_rat(r: BigRational) -> Option<Float> {
        if small_int(r.numer()) && small_int(r.denom()) {
            return Some(Float(Repr::Rat(r)));
        }
        let b = BigFloat::from_ratio(
            r.numer().is_negative(),
            r.numer().magnitude(),
            r.denom().magnitude(),
            0,
        )?;
        Some(Float(Repr::Big(b)))
    }

    /// An exact fraction whatever its size (Go keeps literals exact).
    pub(super) fn exact(r: BigRational) -> Float {
        Float(Repr::Rat(r))
    }

    /// Go's `ToFloat` of an integer.
    pub(super) fn from_int(x: &BigInt) -> Option<Float> {
        if small_int(x) {
            return Some(Float(Repr::Rat(BigRational::from_integer(x.clone()))));
        }
        Some(Float(Repr::Big(BigFloat::from_int(x)?)))
    }

    pub(super) fn from_big(b: BigFloat) -> Float {
        Float(Repr::Big(b))
    }

    /// Go's `MakeFloat64`: `None` for ±Inf and NaN; -0 becomes 0.
    pub(super) fn from_f64(x: f64) -> Option<Float> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Float::zero());
        }
        let bits = x.to_bits();
        let neg = bits >> 63 != 0;
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, exp) = if biased == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), biased - 1075)
        };
        let mut n = BigInt::from(mant);
        if neg {
            n = -n;
        }
        let r = if exp >= 0 {
            BigRational::from_integer(n << (exp as u64))
        } else {
            BigRational::new(n, BigInt::one() << exp.unsigned_abs())
        };
        Some(Float(Repr::Rat(r)))
    }

    /// Whether the value is an exact fraction (not a rounded `BigFloat`).
    pub fn is_exact(&self) -> bool {
        matches!(self.0, Repr::Rat(_))
    }

    /// The exact fraction, if the value is held as one.
    pub fn as_ratio(&self) -> Option<&BigRational> {
        match &self.0 {
            Repr::Rat(r) => Some(r),
            Repr::Big(_) => None,
        }
    }

    /// The value rounded to 512 bits (Go's `rtof`).
    pub(super) fn to_big(&self) -> Option<BigFloat> {
        match &self.0 {
            Repr::Rat(r) => BigFloat::from_ratio(
                r.numer().is_negative(),
                r.numer().magnitude(),
                r.denom().magnitude(),
                0,
            ),
            Repr::Big(b) => Some(b.clone()),
        }
    }

    /// -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        match &self.0 {
            Repr::Rat(r) => match r.numer().sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
            Repr::Big(b) => b.sign(),
        }
    }

    pub(super) fn neg(&self) -> Float {
        match &self.0 {
            Repr::Rat(r) => Float(Repr::Rat(-r.clone())),
            Repr::Big(b) => Float(Repr::Big(b.neg())),
        }
    }

    fn op(
        &self,
        o: &Float,
        rat: impl FnOnce(&BigRational, &BigRational) -> Option<BigRational>,
        big: impl FnOnce(&BigFloat, &BigFloat) -> Option<BigFloat>,
    ) -> Option<Float> {
        match (&self.0, &o.0) {
            (Repr::Rat(a), Repr::Rat(b)) => Float::from_rat(rat(a, b)?),
            _ => Some(Float(Repr::Big(big(&self.to_big()?, &o.to_big()?)?))),
        }
    }

    pub(super) fn add(&self, o: &Float) -> Option<Float> {
        self.op(o, |a, b| Some(a + b), |a, b| a.add(b))
    }

    pub(super) fn sub(&self, o: &Float) -> Option<Float> {
        self.op(o, |a, b| Some(a - b), |a, b| a.sub(b))
    }

    pub(super) fn mul(&self, o: &Float) -> Option<Float> {
        self.op(o, |a, b| Some(a * b), |a, b| a.mul(b))
    }

    /// `None` for a zero divisor (callers report division by zero first).
    pub(super) fn quo(&self, o: &Float) -> Option<Float> {
        self.op(
            o,
            |a, b| if b.is_zero() { None } else { Some(a / b) },
            |a, b| a.quo(b),
        )
    }

    pub(super) fn cmp(&self, o: &Float) -> Ordering {
        match (&self.0, &o.0) {
            (Repr::Rat(a), Repr::Rat(b)) => a.cmp(b),
            _ => match (self.to_big(), o.to_big()) {
                (Some(a), Some(b)) => a.cmp(&b),
                _ => Ordering::Equal,
            },
        }
    }

    /// Go's `ToInt`: the integer value if the value is integral (a
    /// `BigFloat` within rounding error of an integer counts).
    pub(super) fn to_int(&self) -> Option<BigInt> {
        match &self.0 {
            Repr::Rat(r) if r.is_integer() => Some(r.numer().clone()),
            Repr::Rat(_) => None,
            Repr::Big(b) => b.to_int(),
        }
    }

    /// Nearest `float64` and whether it is exact (±Inf when too large,
    /// ±0 when too small).
    pub fn to_f64(&self) -> (f64, bool) {
        match &self.0 {
            Repr::Rat(r) => {
                let (n, d) = (r.numer().magnitude(), r.denom().magnitude());
                let (f, exact) = ratio_to_f64(r.numer().is_negative(), n, d, 0);
                (f, rat_exact_quirk(n, d, -1074, 53).unwrap_or(exact))
            }
            Repr::Big(b) => b.to_f64(),
        }
    }

    /// Nearest `float32` and whether it is exact.
    pub fn to_f32(&self) -> (f32, bool) {
        match &self.0 {
            Repr::Rat(r) => {
                let (n, d) = (r.numer().magnitude(), r.denom().magnitude());
                let (f, exact) = ratio_to_f32(r.numer().is_negative(), n, d, 0);
                (f, rat_exact_quirk(n, d, -149, 24).unwrap_or(exact))
            }
            Repr::Big(b) => b.to_f32(),
        }
    }

    /// go/constant's `ExactString`: `1/3`, `2`, or `0x.8p+5001`.
    pub(super) fn exact_string(&self) -> String {
        match &self.0 {
            Repr::Rat(r) if r.is_integer() => r.numer().to_string(),
            Repr::Rat(r) => format!("{}/{}", r.numer(), r.denom()),
            Repr::Big(b) => b.p_string(),
        }
    }
}

/// Go's `big.Rat.Float64`/`Float32` report a fraction below half the
/// smallest subnormal as exact (though it becomes 0) when it has at most
/// `prec` significant bits; the value is right. `Some(flag)` in that
/// range, where Go's exponent (`floor(log2 x) + 1`) is below `emin`.
fn rat_exact_quirk(n: &BigUint, d: &BigUint, emin: i64, prec: u64) -> Option<bool> {
    if n.is_zero() {
        return None;
    }
    let k = n.bits() as i64 - d.bits() as i64;
    let ge = if k >= 0 {
        n >= &(d << (k as u64))
    } else {
        &(n << k.unsigned_abs()) >= d
    };
    let exp = if ge { k + 1 } else { k };
    if exp >= emin {
        return None;
    }
    Some(super::bigfloat::round_ratio(n, d, 0, prec, None).exact)
}

/// A real number inside a complex constant: integer or float, as in
/// go/constant (where `1 + 2i` has integer parts).
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Real {
    Int(BigInt),
    Float(Float),
}

impl Real {
    pub fn zero() -> Real {
        Real::Int(BigInt::zero())
    }

    pub fn to_float(&self) -> Option<Float> {
        match self {
            Real::Int(i) => Float::from_int(i),
            Real::Float(f) => Some(f.clone()),
        }
    }

    pub fn sign(&self) -> i32 {
        match self {
            Real::Int(i) => match i.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
            Real::Float(f) => f.sign(),
        }
    }

    pub fn neg(&self) -> Real {
        match self {
            Real::Int(i) => Real::Int(-i),
            Real::Float(f) => Real::Float(f.neg()),
        }
    }

    /// An integer result, turned into a float if it outgrew the bound.
    fn int(i: BigInt) -> Option<Real> {
        if i.bits() > MAX_INT_BITS {
            return Some(Real::Float(Float::from_int(&i)?));
        }
        Some(Real::Int(i))
    }

    fn floats(&self, o: &Real) -> Option<(Float, Float)> {
        Some((self.to_float()?, o.to_float()?))
    }

    pub fn add(&self, o: &Real) -> Option<Real> {
        match (self, o) {
            (Real::Int(a), Real::Int(b)) => Real::int(a + b),
            _ => {
                let (a, b) = self.floats(o)?;
                Some(Real::Float(a.add(&b)?))
            }
        }
    }

    pub fn sub(&self, o: &Real) -> Option<Real> {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Real) -> Option<Real> {
        match (self, o) {
            (Real::Int(a), Real::Int(b)) => Real::int(a * b),
            _ => {
                let (a, b) = self.floats(o)?;
                Some(Real::Float(a.mul(&b)?))
            }
        }
    }

    /// Exact quotient (integers give a fraction); `None` for zero divisors.
    pub fn quo(&self, o: &Real) -> Option<Real> {
        match (self, o) {
            (Real::Int(a), Real::Int(b)) => {
                if b.is_zero() {
                    return None;
                }
                Some(Real::Float(Float::from_rat(BigRational::new(
                    a.clone(),
                    b.clone(),
                ))?))
            }
            _ => {
                let (a, b) = self.floats(o)?;
                Some(Real::Float(a.quo(&b)?))
            }
        }
    }

    pub fn cmp(&self, o: &Real) -> Ordering {
        match (self, o) {
            (Real::Int(a), Real::Int(b)) => a.cmp(b),
            _ => match self.floats(o) {
                Some((a, b)) => a.cmp(&b),
                None => Ordering::Equal,
            },
        }
    }

    pub fn exact_string(&self) -> String {
        match self {
            Real::Int(i) => i.to_string(),
            Real::Float(f) => f.exact_string(),
        }
    }
}

/// A complex constant `re + im·i`; parts are integers or floats.
#[derive(Clone, Debug, PartialEq)]
pub struct Complex {
    pub(super) re: Real,
    pub(super) im: Real,
}

impl Complex {
    pub(super) fn add(&self, o: &Complex) -> Option<Complex> {
        Some(Complex {
            re: self.re.add(&o.re)?,
            im: self.im.add(&o.im)?,
        })
    }

    pub(super) fn sub(&self, o: &Complex) -> Option<Complex> {
        Some(Complex {
            re: self.re.sub(&o.re)?,
            im: self.im.sub(&o.im)?,
        })
    }

    pub(super) fn mul(&self, o: &Complex) -> Option<Complex> {
        let (a, b, c, d) = (&self.re, &self.im, &o.re, &o.im);
        let ac = a.mul(c)?;
        let bd = b.mul(d)?;
        let bc = b.mul(c)?;
        let ad = a.mul(d)?;
        Some(Complex {
            re: ac.sub(&bd)?,
            im: bc.add(&ad)?,
        })
    }

    /// Whether `|o|²` is zero, which Go reports as a division by zero
    /// (also when the squares underflow).
    pub(super) fn is_zero_divisor(&self) -> bool {
        let re2 = self.re.mul(&self.re);
        let im2 = self.im.mul(&self.im);
        matches!((re2, im2), (Some(x), Some(y)) if x.sign() == 0 && y.sign() == 0)
    }

    pub(super) fn quo(&self, o: &Complex) -> Option<Complex> {
        let (a, b, c, d) = (&self.re, &self.im, &o.re, &o.im);
        let ac = a.mul(c)?;
        let bd = b.mul(d)?;
        let bc = b.mul(c)?;
        let ad = a.mul(d)?;
        let s = c.mul(c)?.add(&d.mul(d)?)?;
        Some(Complex {
            re: ac.add(&bd)?.quo(&s)?,
            im: bc.sub(&ad)?.quo(&s)?,
        })
    }

    pub(super) fn neg(&self) -> Complex {
        Complex {
            re: self.re.neg(),
            im: self.im.neg(),
        }
    }

    /// Go's `Sign` of a complex value: 0 iff zero.
    pub(super) fn sign(&self) -> i32 {
        self.re.sign() | self.im.sign()
    }

    pub(super) fn equal(&self, o: &Complex) -> bool {
        self.re.cmp(&o.re) == Ordering::Equal && self.im.cmp(&o.im) == Ordering::Equal
    }
}

/// `x` as an unsigned magnitude and sign (helper for bit conversions).
pub(super) fn split(x: &BigInt) -> (bool, &BigUint) {
    (x.is_negative(), x.magnitude())
}
