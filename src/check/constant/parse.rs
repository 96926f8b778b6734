//! Numeric literal text → values, as go/constant's `MakeFromLiteral`
//! (itself `strconv.ParseInt`, `big.Int.SetString`, `big.Float.Parse`
//! and `big.Rat.SetString` with base 0). The lexer has already checked
//! the literal's syntax; malformed text gives `None` all the same.

use super::bigfloat::{BigFloat, MAX_EXP, MIN_EXP, PREC};
use super::num::Float;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Zero};

/// Go's `underscoreOK`: `_` only between digits or after a base prefix.
fn underscores_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if b.len() >= 2 && b[0] == b'0' && matches!(b[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = b[1] | 0x20 == b'x';
    }
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() || hex && (c | 0x20).is_ascii_hexdigit() {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Parses an integer literal: decimal, `0x`, `0o`, `0b`, legacy `0777`
/// octal, with `_` separators.
pub(super) fn parse_int(text: &str) -> Option<BigInt> {
    if text.is_empty() || !underscores_ok(text) {
        return None;
    }
    let s: String = text.chars().filter(|&c| c != '_').collect();
    let b = s.as_bytes();
    let (radix, digits) = if b.len() >= 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'x' => (16, &s[2..]),
            b'o' => (8, &s[2..]),
            b'b' => (2, &s[2..]),
            _ => (8, &s[1..]),
        }
    } else {
        (10, &s[..])
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    BigUint::parse_bytes(digits.as_bytes(), radix).map(BigInt::from)
}

/// Go's `big.Float.pow5` at precision `prec`: `None` is +Inf.
fn pow5(n: u64, prec: u64) -> Option<BigFloat> {
    const TAB: u64 = 27; // 5^27 is the largest power of 5 in a uint64
    let one = BigUint::one();
    let pow = |k: u64| BigUint::from(5u32).pow(k as u32);
    if n <= TAB {
        return BigFloat::from_ratio_prec(false, &pow(n), &one, 0, prec);
    }
    let mut z = BigFloat::from_ratio_prec(false, &pow(TAB), &one, 0, prec);
    let mut f = BigFloat::from_ratio_prec(false, &BigUint::from(5u32), &one, 0, prec);
    let mut n = n - TAB;
    while n > 0 {
        if n & 1 != 0 {
            z = match (&z, &f) {
                (Some(a), Some(b)) => a.mul_prec(b, prec),
                _ => None,
            };
        }
        f = f.and_then(|f| f.mul_prec(&f, prec));
        n >>= 1;
    }
    z
}

/// Parses a floating-point literal (decimal or hexadecimal mantissa,
/// `e` or `p` exponent, `_` separators; also the integer-looking and
/// `0b`/`0o` mantissas of imaginary literals) as go/constant does: exact
/// while the value's binary exponent is within ±4096, else rounded to 512
/// bits. `None` if malformed or out of Go's exponent range.
pub(super) fn parse_float(text: &str) -> Option<Float> {
    if text.is_empty() || !underscores_ok(text) {
        return None;
    }
    let s: String = text.chars().filter(|&c| c != '_').collect();
    let b = s.as_bytes();
    let (base, mut i): (u32, usize) = if b.len() >= 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'x' => (16, 2),
            b'o' => (8, 2),
            b'b' => (2, 2),
            _ => (10, 0),
        }
    } else {
        (10, 0)
    };
    // Mantissa digits with an optional radix point.
    let mut digits = Vec::new();
    let mut frac: Option<i64> = None;
    while i < b.len() {
        let c = b[i];
        if c == b'.' {
            if frac.is_some() {
                return None;
            }
            frac = Some(0);
        } else if (c as char).is_digit(base) {
            digits.push(c);
            if let Some(f) = frac.as_mut() {
                *f += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if digits.is_empty() {
        return None;
    }
    // Exponent.
    let mut exp: i64 = 0;
    let mut ebase = 10;
    if i < b.len() {
        match b[i] | 0x20 {
            b'e' if base != 16 => ebase = 10,
            b'p' => ebase = 2,
            _ => return None,
        }
        let t = &s[i + 1..];
        let (neg, t) = match t.as_bytes().first() {
            Some(b'+') => (false, &t[1..]),
            Some(b'-') => (true, &t[1..]),
            _ => (false, t),
        };
        if t.is_empty() || !t.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        // Go parses the exponent as an int64; larger ones are errors.
        let e: i64 = t.parse().ok()?;
        exp = if neg { -e } else { e };
    }
    let mant = BigUint::parse_bytes(&digits, base)?;
    if mant.is_zero() {
        return Some(Float::zero());
    }
    // Go's exponent bookkeeping: value = mant × 2^(exp2 - bits) × 5^exp5.
    let bits = mant.bits() as i64;
    let fcount = frac.unwrap_or(0);
    let mut exp2 = bits;
    let mut exp5: i64 = 0;
    exp2 = match base {
        10 => {
            exp5 = -fcount;
            exp2 - fcount
        }
        2 => exp2 - fcount,
        8 => exp2 - 3 * fcount,
        _ => exp2 - 4 * fcount,
    };
    if ebase == 10 {
        exp5 = exp5.checked_add(exp)?;
    }
    exp2 = exp2.checked_add(exp)?;
    if !(MIN_EXP..=MAX_EXP).contains(&exp2) {
        return None;
    }
    let e2 = exp2 - bits;
    let one = BigUint::one();
    let z = if exp5 == 0 {
        BigFloat::from_ratio(false, &mant, &one, e2)
    } else {
        // z (unrounded) times or over 5^|exp5| computed with 64 extra bits.
        let p = pow5(exp5.unsigned_abs(), PREC + 64);
        let zf = BigFloat::from_ratio_prec(false, &mant, &one, e2, u64::MAX);
        match (zf, p) {
            (Some(z), Some(p)) if exp5 > 0 => z.mul(&p),
            (Some(z), Some(p)) => z.quo(&p),
            (Some(_), None) if exp5 < 0 => Some(BigFloat::zero()),
            _ => None,
        }
    }?;
    if z.is_zero() {
        return Some(Float::zero());
    }
    if !z.is_small() {
        return Some(Float::from_big(z));
    }
    // Exact fraction mant × 2^e2 × 5^exp5 (bounded by the exponent test).
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if e2 >= 0 {
        num <<= e2 as u64;
    } else {
        den <<= e2.unsigned_abs();
    }
    let p5 = BigInt::from(5u32).pow(u32::try_from(exp5.unsigned_abs()).ok()?);
    if exp5 >= 0 {
        num *= p5;
    } else {
        den *= p5;
    }
    // Go keeps a literal's fraction exact whatever its size.
    Some(Float::exact(BigRational::new(num, den)))
}
