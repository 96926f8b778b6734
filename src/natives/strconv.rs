//! Go's `strconv` parsing natives and the rest of strconv that is not
//! number formatting or quoting (those live in numfmt/ and quote.rs and are
//! re-exported here): ParseInt/ParseUint/Atoi with base 0 prefixes and
//! underscore rules, ParseFloat (correctly rounded decimal and hex forms,
//! inf/infinity/nan, bitSize 32), ParseBool, Unquote/UnquoteChar/
//! QuotedPrefix, and Go's exact `*NumError` message text.
//!
//! The parsing hooks in stdlib/strconv return an error code that the Go
//! side turns into a `*NumError`; [`ParseCode`] mirrors those codes.

pub use super::numfmt::{
    append_float, append_int, append_uint, format_float, format_int, format_uint,
};
pub use super::quote::{
    can_backquote, is_graphic, is_print, quote, quote_rune, quote_rune_to_ascii,
    quote_rune_to_graphic, quote_to_ascii, quote_to_graphic,
};
use super::utf8::{append_rune, decode_rune, valid_rune, RUNE_SELF};

/// The error codes of stdlib/strconv's parsing hooks (codeOK...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseCode {
    Ok = 0,
    Syntax = 1,
    Range = 2,
    Base = 3,
    BitSize = 4,
}

/// The text of Go's `*NumError` for function `func` ("ParseInt", "Atoi",
/// ...) on input `s`: `strconv.Atoi: parsing "abc": invalid syntax`.
/// `None` for `ParseCode::Ok`.
pub fn num_error_text(
    func: &str,
    s: &[u8],
    code: ParseCode,
    base: i64,
    bit_size: i64,
) -> Option<Vec<u8>> {
    let reason = match code {
        ParseCode::Ok => return None,
        ParseCode::Syntax => "invalid syntax".to_string(),
        ParseCode::Range => "value out of range".to_string(),
        ParseCode::Base => format!("invalid base {base}"),
        ParseCode::BitSize => format!("invalid bit size {bit_size}"),
    };
    let mut out = format!("strconv.{func}: parsing ").into_bytes();
    out.extend_from_slice(&quote(s));
    out.extend_from_slice(b": ");
    out.extend_from_slice(reason.as_bytes());
    Some(out)
}

/// Go's `strconv.ErrSyntax` ("invalid syntax") from the unquoting functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrSyntax;

impl std::fmt::Display for ErrSyntax {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("invalid syntax")
    }
}

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's underscoreOK: underscores only between digits or after a base
/// prefix (checked only for base 0 / prefixed floats).
fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let Some(&c) = s.first() {
        if c == b'-' || c == b'+' {
            s = &s[1..];
        }
    }
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `strconv.ParseUint`: (value, code). On `Range` the value is the
/// largest value of `bit_size`; on other errors 0.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, ParseCode) {
    if s.is_empty() {
        return (0, ParseCode::Syntax);
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let base: u64 = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && matches!(lower(s[1]), b'b' | b'o' | b'x') {
                    let b = match lower(s[1]) {
                        b'b' => 2,
                        b'o' => 8,
                        _ => 16,
                    };
                    s = &s[2..];
                    b
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return (0, ParseCode::Base),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, ParseCode::BitSize),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return (0, ParseCode::Syntax),
        };
        if u64::from(d) >= base {
            return (0, ParseCode::Syntax);
        }
        if n >= cutoff {
            return (max_val, ParseCode::Range);
        }
        n *= base;
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max_val {
            return (max_val, ParseCode::Range);
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, ParseCode::Syntax);
    }
    (n, ParseCode::Ok)
}

/// Go's `strconv.ParseInt`: (value, code). On `Range` the value is the
/// clamped limit of `bit_size`; on other errors 0.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, ParseCode) {
    if s.is_empty() {
        return (0, ParseCode::Syntax);
    }
    let (neg, rest) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, code) = parse_uint(rest, base, bit_size);
    if code != ParseCode::Ok && code != ParseCode::Range {
        return (0, code);
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, ParseCode::Range);
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), ParseCode::Range);
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, ParseCode::Ok)
}

/// Go's `strconv.Atoi` (ParseInt(s, 10, 0); errors name "Atoi").
pub fn atoi(s: &[u8]) -> (i64, ParseCode) {
    parse_int(s, 10, 0)
}

/// Go's `strconv.Itoa`.
pub fn itoa(i: i64) -> Vec<u8> {
    let mut out = Vec::new();
    super::numfmt::append_int10(&mut out, i);
    out
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, ParseCode> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(ParseCode::Syntax),
    }
}

/// Case-insensitive length of the common prefix of s and an ASCII word.
fn prefix_len_ignore_case(s: &[u8], word: &[u8]) -> usize {
    s.iter()
        .zip(word)
        .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
        .count()
}

/// inf / infinity / nan spellings: (value, bytes consumed).
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'n' | b'N' => {
            return (prefix_len_ignore_case(s, b"nan") == 3).then_some((f64::NAN, 3));
        }
        _ => (1.0, 0, s),
    };
    let mut n = prefix_len_ignore_case(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

/// The pieces of a float literal as Go's readFloat scans them.
struct FloatLit {
    neg: bool,
    hex: bool,
    /// Significant digits (leading zeros dropped), as digit values.
    digits: Vec<u8>,
    /// The value is 0.digits * base^dp (base 10) or 0.digits * 16^... (hex:
    /// `dp` is already a binary exponent for 0.digits as hex fraction).
    dp: i64,
    /// Bytes consumed.
    n: usize,
}

/// Scans the longest float literal prefix of `s` the way Go's readFloat
/// does; None when Go reports a syntax error.
fn read_float(s: &[u8]) -> Option<FloatLit> {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    let mut hex = false;
    let mut exp_char = b'e';
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        hex = true;
        exp_char = b'p';
        i += 2;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut digits = Vec::new();
    let mut dp: i64 = 0;
    while i < s.len() {
        let c = s[i];
        let dv = if c.is_ascii_digit() {
            c - b'0'
        } else if hex && (b'a'..=b'f').contains(&lower(c)) {
            lower(c) - b'a' + 10
        } else if c == b'_' {
            underscores = true;
            i += 1;
            continue;
        } else if c == b'.' && !sawdot {
            sawdot = true;
            dp = digits.len() as i64;
            i += 1;
            continue;
        } else {
            break;
        };
        sawdigits = true;
        i += 1;
        if dv == 0 && digits.is_empty() {
            dp -= 1;
            continue;
        }
        digits.push(dv);
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = digits.len() as i64;
    }
    if hex {
        dp *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if hex {
        return None;
    }
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(FloatLit {
        neg,
        hex,
        digits,
        dp,
        n: i,
    })
}

/// Rounds a hex mantissa (0.digits in base 16, times 2^dp) to the nearest
/// float32/float64, ties to even; returns (value, overflowed).
fn hex_to_float(digits: &[u8], dp: i64, neg: bool, is32: bool) -> (f64, bool) {
    let (prec, min_exp): (i64, i64) = if is32 { (24, -126) } else { (53, -1022) };
    let sign = if neg { -1.0 } else { 1.0 };
    // Up to 16 hex digits (64 bits) exactly, the rest as a sticky bit.
    let used = digits.len().min(16);
    let mut m: u64 = 0;
    for &d in &digits[..used] {
        m = m << 4 | u64::from(d);
    }
    let sticky = digits[used..].iter().any(|&d| d != 0);
    if m == 0 {
        return (sign * 0.0, false);
    }
    // value = m * 2^e2; normalise m to have its top bit at bit 63.
    let lz = i64::from(m.leading_zeros());
    m <<= lz;
    let e2 = dp - 4 * used as i64 - lz;
    let top = e2 + 63; // value in [2^top, 2^(top+1))
    let ulp = top.max(min_exp) - (prec - 1);
    let drop = ulp - e2; // >= 11
    let (mut q, half, lower) = if drop > 64 {
        (0u64, false, true)
    } else if drop == 64 {
        (0u64, m >> 63 == 1, m << 1 != 0 || sticky)
    } else {
        let rem = m & ((1u64 << drop) - 1);
        let h = 1u64 << (drop - 1);
        (m >> drop, rem & h != 0, rem & (h - 1) != 0 || sticky)
    };
    if half && (lower || q & 1 == 1) {
        q += 1;
    }
    let v = q as f64 * pow2(ulp);
    let v = if is32 { f64::from(v as f32) } else { v };
    (sign * v, v.is_infinite())
}

/// 2^e, exact wherever the result is representable.
fn pow2(e: i64) -> f64 {
    let step = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    let mut e = e.clamp(-3000, 3000);
    let mut v = 1.0f64;
    while e > 1000 {
        v *= step(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= step(-1000);
        e += 1000;
    }
    v * step(e)
}

/// Go's ParseFloat prefix parser (the stdlib `parseFloat` hook): parses
/// the longest float prefix of `s` and returns (value, bytes used, code).
/// `Syntax` (value 0) when there is no valid prefix; `Range` with ±Inf
/// on overflow (underflow to ±0 is not an error). `bit_size` 32 rounds
/// directly to float32 (the value is that float32 widened).
pub fn parse_float_prefix(s: &[u8], bit_size: i64) -> (f64, usize, ParseCode) {
    if let Some((v, n)) = special(s) {
        // Go's NaN is 0x7FF8000000000001; narrowed to float32 and back it
        // loses the payload bit.
        let v = if v.is_nan() && bit_size != 32 {
            f64::from_bits(0x7FF8_0000_0000_0001)
        } else {
            v
        };
        return (
            if v.is_nan() && bit_size == 32 {
                f64::NAN
            } else {
                v
            },
            n,
            ParseCode::Ok,
        );
    }
    let is32 = bit_size == 32;
    let Some(lit) = read_float(s) else {
        return (0.0, 0, ParseCode::Syntax);
    };
    let sign = if lit.neg { -1.0 } else { 1.0 };
    let (v, overflow) = if lit.digits.is_empty() {
        (sign * 0.0, false)
    } else if lit.hex {
        hex_to_float(&lit.digits, lit.dp, lit.neg, is32)
    } else {
        // digits × 10^(dp - ndigits), correctly rounded by Rust's parser.
        let mut text = Vec::with_capacity(lit.digits.len() + 24);
        if lit.neg {
            text.push(b'-');
        }
        text.extend(lit.digits.iter().map(|d| d + b'0'));
        let exp = lit.dp - lit.digits.len() as i64;
        text.extend_from_slice(format!("e{exp}").as_bytes());
        let text = String::from_utf8(text).unwrap_or_default();
        let v = if is32 {
            text.parse::<f32>().map(f64::from).unwrap_or(0.0)
        } else {
            text.parse::<f64>().unwrap_or(0.0)
        };
        (v, v.is_infinite())
    };
    (
        v,
        lit.n,
        if overflow {
            ParseCode::Range
        } else {
            ParseCode::Ok
        },
    )
}

/// Go's `strconv.ParseFloat`: the whole of `s` must be a number. Returns
/// (value, code) with the value Go returns alongside the error.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, ParseCode) {
    let (v, n, code) = parse_float_prefix(s, bit_size);
    if n != s.len() && code != ParseCode::Syntax {
        return (0.0, ParseCode::Syntax);
    }
    (v, code)
}

fn unhex(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Go's `strconv.UnquoteChar`: decodes the first character or escape of
/// `s` in a literal quoted by `quote` (`"`, `'`, or 0 for neither).
/// Returns (rune, multibyte, tail) or Err(ErrSyntax) for Go's ErrSyntax.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<(i32, bool, &[u8]), ErrSyntax> {
    let Some(&c) = s.first() else {
        return Err(ErrSyntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(ErrSyntax);
    }
    if c >= RUNE_SELF {
        let (r, w) = decode_rune(s);
        return Ok((r, true, &s[w..]));
    }
    if c != b'\\' {
        return Ok((i32::from(c), false, &s[1..]));
    }
    if s.len() <= 1 {
        return Err(ErrSyntax);
    }
    let c = s[1];
    let mut rest = &s[2..];
    let value: i32 = match c {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return Err(ErrSyntax);
            }
            let mut v: u32 = 0;
            for &b in &rest[..n] {
                v = v << 4 | unhex(b).ok_or(ErrSyntax)?;
            }
            rest = &rest[n..];
            if c == b'x' {
                return Ok((v as i32, false, rest));
            }
            let v = i32::try_from(v).map_err(|_| ErrSyntax)?;
            if !valid_rune(v) {
                return Err(ErrSyntax);
            }
            return Ok((v, true, rest));
        }
        b'0'..=b'7' => {
            let mut v = u32::from(c - b'0');
            if rest.len() < 2 {
                return Err(ErrSyntax);
            }
            for &b in &rest[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return Err(ErrSyntax);
                }
                v = v * 8 + u32::from(b - b'0');
            }
            rest = &rest[2..];
            if v > 255 {
                return Err(ErrSyntax);
            }
            v as i32
        }
        b'\\' => 92,
        b'\'' | b'"' => {
            if c != quote {
                return Err(ErrSyntax);
            }
            i32::from(c)
        }
        _ => return Err(ErrSyntax),
    };
    Ok((value, false, rest))
}

/// Go's internal unquote(in, unescape=true): the length of the quoted
/// literal at the start of `s` and its contents.
fn unquote_prefix(s: &[u8]) -> Result<(usize, Vec<u8>), ErrSyntax> {
    let Some(&q) = s.first() else {
        return Err(ErrSyntax);
    };
    let end = s[1..].iter().position(|&b| b == q).ok_or(ErrSyntax)? + 2;
    match q {
        b'`' => {
            let body: Vec<u8> = s[1..end - 1]
                .iter()
                .copied()
                .filter(|&b| b != b'\r')
                .collect();
            Ok((end, body))
        }
        b'"' | b'\'' => {
            let lit = &s[..end];
            if !lit.contains(&b'\\') && !lit.contains(&b'\n') {
                let inner = &lit[1..end - 1];
                let ok = if q == b'"' {
                    super::utf8::valid(inner)
                } else {
                    let (r, n) = decode_rune(inner);
                    n + 2 == end && (r != super::utf8::RUNE_ERROR || n != 1)
                };
                if ok {
                    return Ok((end, inner.to_vec()));
                }
            }
            let mut out = Vec::new();
            let mut rest = &s[1..];
            while let Some(&c) = rest.first() {
                if c == q {
                    break;
                }
                if c == b'\n' {
                    return Err(ErrSyntax);
                }
                let (r, multibyte, tail) = unquote_char(rest, q)?;
                rest = tail;
                if r < i32::from(RUNE_SELF) || !multibyte {
                    out.push(r as u8);
                } else {
                    append_rune(&mut out, r);
                }
                if q == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&q) {
                return Err(ErrSyntax);
            }
            Ok((s.len() - rest.len() + 1, out))
        }
        _ => Err(ErrSyntax),
    }
}

/// Go's `strconv.Unquote` of a "", '' or `` literal; Err(ErrSyntax) is Go's
/// ErrSyntax. A single-quoted literal unquotes to its rune's UTF-8.
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, ErrSyntax> {
    let (n, out) = unquote_prefix(s)?;
    if n != s.len() {
        return Err(ErrSyntax);
    }
    Ok(out)
}

/// Go's `strconv.QuotedPrefix`: the quoted literal at the start of `s`.
pub fn quoted_prefix(s: &[u8]) -> Result<&[u8], ErrSyntax> {
    let (n, _) = unquote_prefix(s)?;
    Ok(&s[..n])
}
