//! The binary layouts of FormatFloat: 'b' (`-mantissa p±exponent`, the
//! integer mantissa with its implicit bit and the power of two) and
//! 'x'/'X' (`-0x1.hhhp±dd`, a normalised hexadecimal mantissa rounded
//! half to even to the precision in hex digits, shortest without trailing
//! zeros when the precision is negative). Owns only these two layouts.

/// The float as `mantissa × 2^exp` with the mantissa an integer, using
/// the float32 encoding when `is32` (the value is then a float32).
fn split(x: f64, is32: bool) -> (u64, i64) {
    let (frac_bits, bias, bits, exp_mask) = if is32 {
        (23u32, 127i64, u64::from((x as f32).to_bits()), 0xFFu64)
    } else {
        (52u32, 1023i64, x.to_bits(), 0x7FFu64)
    };
    let frac = bits & ((1u64 << frac_bits) - 1);
    let biased = ((bits >> frac_bits) & exp_mask) as i64;
    let lowest = 1 - bias - i64::from(frac_bits);
    if biased == 0 {
        (frac, lowest)
    } else {
        (
            frac | (1u64 << frac_bits),
            biased - bias - i64::from(frac_bits),
        )
    }
}

/// Appends a signed exponent: `+`/`-` and at least `min` digits.
fn push_exponent(dst: &mut Vec<u8>, e: i64, min: usize) {
    dst.push(if e < 0 { b'-' } else { b'+' });
    let mut digits = Vec::new();
    super::append_uint10(&mut digits, e.unsigned_abs());
    for _ in digits.len()..min {
        dst.push(b'0');
    }
    dst.extend_from_slice(&digits);
}

/// 'b': `4503599627370496p-52`.
pub(super) fn mantissa_exponent(dst: &mut Vec<u8>, x: f64, is32: bool) {
    if x.is_sign_negative() {
        dst.push(b'-');
    }
    let (m, e) = split(x, is32);
    super::append_uint10(dst, m);
    dst.push(b'p');
    push_exponent(dst, e, 1);
}

/// Fraction bits kept in the normalised mantissa (15 hex digits).
const FRAC: u32 = 60;

/// 'x' / 'X': `0x1.8p+01`.
pub(super) fn hex(dst: &mut Vec<u8>, x: f64, prec: i64, is32: bool, upper: bool) {
    let (mut m, e) = split(x, is32);
    // Normalise to 1.fff (the leading 1 at bit FRAC); zero stays 0p+00.
    let mut e2 = 0i64;
    if m != 0 {
        let top = 63 - m.leading_zeros();
        m <<= FRAC - top;
        e2 = e + i64::from(top);
    }
    let mut hex_digits = FRAC / 4;
    if (0..i64::from(FRAC / 4)).contains(&prec) {
        hex_digits = prec as u32;
        let drop = FRAC - 4 * hex_digits;
        let rest = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        m >>= drop;
        if rest > half || (rest == half && m & 1 == 1) {
            m += 1;
        }
        m <<= drop;
        if m >> (FRAC + 1) != 0 {
            m >>= 1;
            e2 += 1;
        }
    }
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if x.is_sign_negative() {
        dst.push(b'-');
    }
    dst.extend_from_slice(if upper { b"0X" } else { b"0x" });
    dst.push(b'0' + (m >> FRAC) as u8);
    let mut frac: Vec<u8> = (0..hex_digits)
        .map(|i| table[((m >> (FRAC - 4 - 4 * i)) & 0xF) as usize])
        .collect();
    if prec < 0 {
        while frac.last() == Some(&b'0') {
            frac.pop();
        }
    } else if let Ok(p) = usize::try_from(prec) {
        frac.resize(p.max(frac.len()), b'0');
    }
    if !frac.is_empty() {
        dst.push(b'.');
        dst.extend_from_slice(&frac);
    }
    dst.push(if upper { b'P' } else { b'p' });
    push_exponent(dst, e2, 2);
}
