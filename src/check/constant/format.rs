//! Go's textual forms of constants, as types2 prints them in messages
//! (go/constant's `String`): `%.6g`-style floats, `(1 + 2i)`, strings
//! quoted with `strconv.Quote` and shortened to 72 runes.

use super::isprint::PRINT_RANGES;
use super::num::{Float, Real};

/// Go's `strconv.IsPrint`.
pub fn is_print(c: char) -> bool {
    let r = c as u32;
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Go's `strconv.Quote` of a byte string: `"`-quoted, Go escapes for
/// control and non-printable runes, `\xNN` for bytes of invalid UTF-8.
pub fn quote(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                c if is_print(c) => out.push(c),
                '\x07' => out.push_str("\\a"),
                '\x08' => out.push_str("\\b"),
                '\x0c' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\x0b' => out.push_str("\\v"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    out.push_str("\\x");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 15] as char);
                }
                c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push_str(&format!("\\U{:08x}", c as u32)),
            }
        }
        for &b in chunk.invalid() {
            out.push_str("\\x");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out.push('"');
    out
}

/// A string constant as messages show it: quoted, and past 72 runes cut
/// to its first 69 runes followed by `...`.
pub(super) fn short_quote(bytes: &[u8]) -> String {
    const MAX_LEN: usize = 72;
    let s = quote(bytes);
    if s.chars().count() > MAX_LEN {
        let mut t: String = s.chars().take(MAX_LEN - 3).collect();
        t.push_str("...");
        return t;
    }
    s
}

/// Decimal digits (no trailing zeros) and decimal point position of a
/// finite `x > 0`: shortest round-trip digits, or `prec` significant
/// digits rounded half to even as Go's strconv does.
fn decimal_digits(x: f64, prec: Option<usize>) -> (Vec<u8>, i64) {
    let s = match prec {
        None => format!("{:e}", x),
        Some(p) => format!("{:.*e}", p.saturating_sub(1), x),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// Go's `strconv.FormatFloat(x, 'g', prec, 64)` (`prec` None: shortest,
/// i.e. `%v`/`%g`; `Some(6)`: `%.6g`).
pub(super) fn format_g(x: f64, prec: Option<usize>) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    let neg = x.is_sign_negative();
    let (d, dp) = if x == 0.0 {
        (Vec::new(), 0)
    } else {
        decimal_digits(x.abs(), prec)
    };
    let nd = d.len() as i64;
    let shortest = prec.is_none();
    let mut prec = match prec {
        None => nd,
        Some(p) => p.max(1) as i64,
    };
    let mut eprec = prec;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let digit = |i: i64| -> char {
        if i >= 0 && i < nd {
            d[i as usize] as char
        } else {
            '0'
        }
    };
    if exp < -4 || exp >= eprec {
        if prec > nd {
            prec = nd;
        }
        let prec = prec - 1;
        out.push(if nd == 0 { '0' } else { digit(0) });
        if prec > 0 {
            out.push('.');
            for i in 1..=prec {
                out.push(digit(i));
            }
        }
        let e = if nd == 0 { 0 } else { dp - 1 };
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let e = e.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else {
        if prec > dp {
            prec = nd;
        }
        let prec = (prec - dp).max(0);
        if dp > 0 {
            for i in 0..dp {
                out.push(digit(i));
            }
        } else {
            out.push('0');
        }
        if prec > 0 {
            out.push('.');
            for i in 0..prec {
                out.push(digit(dp + i));
            }
        }
    }
    out
}

/// go/constant's `String` of a float constant: `%.6g` of the nearest
/// float64 (more digits if that would hide a fraction), or for values out
/// of float64 range an approximate `1.23457e+1000000`.
pub(super) fn float_string(f: &Float) -> String {
    let Some(big) = f.to_big() else {
        return "unknown".into();
    };
    let (x, _) = big.to_f64();
    if big.is_zero() == (x == 0.0) && x.is_finite() {
        let s = format_g(x, Some(6));
        if !big.is_int() && !s.contains('.') {
            return format_g(x, None);
        }
        return s;
    }
    // Out of float64 range: f ≈ m × 10^e, computed as Go does.
    let (mant, exp) = big.mant_exp_f64();
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    let mut m = mant * 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, Some(6)), e)
}

/// go/constant's `String` of a complex part.
pub(super) fn real_string(r: &Real) -> String {
    match r {
        Real::Int(i) => i.to_string(),
        Real::Float(f) => float_string(f),
    }
}
