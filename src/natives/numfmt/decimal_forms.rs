//! The decimal layouts of FormatFloat: 'e'/'E' (`-d.ddde±dd`), 'f'
//! (`-ddd.ddd`) and 'g'/'G' (whichever of the two Go picks). Owns the
//! choice of digits per format and precision and the layout rules; the
//! digits themselves come from digits.rs.
//!
//! Rules, as Go's strconv shows them:
//! - precision < 0 asks for the fewest digits that read back exactly;
//!   'e' then shows all of them, 'f' as many fraction digits as needed.
//! - 'e' with precision p shows p digits after the point (p+1 significant),
//!   'f' shows p digits after the point, 'g' keeps p significant digits
//!   (p = 0 counts as 1) and drops trailing zeros.
//! - the exponent has a sign and at least two digits.
//! - 'g' switches to the exponent form when the exponent x of the leading
//!   digit is below -4, or at least the "exponent precision": 6 for the
//!   shortest form, else p, lowered to the digit count when the digits
//!   have no more integer places than that count.

use super::digits::{self, Digits};

/// Appends `x` (finite) in format `fmt` ('e' 'E' 'f' 'g' 'G').
pub(super) fn decimal(dst: &mut Vec<u8>, x: f64, fmt: u8, prec: i64, is32: bool) {
    if x.is_sign_negative() {
        dst.push(b'-');
    }
    let a = x.abs();
    let shortest = prec < 0;
    let p = usize::try_from(prec).unwrap_or(0);
    let ds = if shortest {
        digits::shortest(a, is32)
    } else {
        match fmt {
            b'f' => digits::fractional(a, p),
            b'e' | b'E' => digits::significant(a, p.saturating_add(1)),
            _ => digits::significant(a, p.max(1)),
        }
    };
    let n = ds.len();
    match fmt {
        b'e' | b'E' => {
            let frac = if shortest { (n - 1).max(0) } else { prec };
            exponent_form(dst, &ds, frac, fmt);
        }
        b'f' => {
            let frac = if shortest {
                (n - ds.point).max(0)
            } else {
                prec
            };
            point_form(dst, &ds, frac);
        }
        _ => {
            let mut eprec = if shortest { 6 } else { prec.max(1) };
            if !shortest && eprec > n && n >= ds.point {
                eprec = n;
            }
            let x10 = ds.point - 1;
            if x10 < -4 || x10 >= eprec {
                let e = if fmt == b'G' { b'E' } else { b'e' };
                exponent_form(dst, &ds, (n - 1).max(0), e);
            } else {
                point_form(dst, &ds, (n - ds.point).max(0));
            }
        }
    }
}

/// `d.ddd` with `frac` fraction digits, then the exponent.
fn exponent_form(dst: &mut Vec<u8>, ds: &Digits, frac: i64, e: u8) {
    dst.push(ds.at(0));
    if frac > 0 {
        dst.push(b'.');
        dst.extend((1..=frac).map(|i| ds.at(i)));
    }
    dst.push(e);
    let x10 = if ds.d.is_empty() { 0 } else { ds.point - 1 };
    dst.push(if x10 < 0 { b'-' } else { b'+' });
    let mag = x10.unsigned_abs();
    if mag < 10 {
        dst.push(b'0');
    }
    super::append_uint10(dst, mag);
}

/// `ddd.ddd` with `frac` fraction digits.
fn point_form(dst: &mut Vec<u8>, ds: &Digits, frac: i64) {
    if ds.point > 0 {
        dst.extend((0..ds.point).map(|i| ds.at(i)));
    } else {
        dst.push(b'0');
    }
    if frac > 0 {
        dst.push(b'.');
        dst.extend((0..frac).map(|i| ds.at(ds.point + i)));
    }
}
