//! Leaf rendering for the fmt engine: the resolved formatting options of
//! one directive (`Spec`), the one padding routine, and the renderers of
//! single values: integers (every base, %c %q %U), floats and complex
//! numbers, strings and byte strings (%s %q %x %X), booleans and
//! pointer-like words. Owns these presentation rules; walking composite
//! values, methods and errors are engine.rs.
//!
//! Every renderer writes its whole padded field. Renderers that accept a
//! verb return `false` for a verb their kind does not support, having
//! written nothing; the engine then reports the bad verb.

use super::directive::Flags;
use crate::natives::numfmt;
use crate::natives::quote::{
    append_quoted_rune_with, append_quoted_with, can_backquote, is_print, QuoteMode,
};
use crate::natives::utf8::{append_rune, decode_rune, rune_count};

/// The options one value is rendered with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Spec {
    /// Pad on the right.
    pub minus: bool,
    /// Always show a sign; for %q, ASCII-only quoting.
    pub plus: bool,
    /// The alternate form (0x prefixes, backquotes, kept zeros...).
    pub sharp: bool,
    /// A space for the sign of non-negative numbers; spaces between
    /// bytes in %x.
    pub space: bool,
    /// Pad with leading zeros (never together with `minus`).
    pub zero: bool,
    /// `%+v`: field names in structs.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
}

impl Spec {
    pub fn from_flags(f: Flags) -> Spec {
        Spec {
            minus: f.minus,
            plus: f.plus,
            sharp: f.sharp,
            space: f.space,
            zero: f.zero && !f.minus,
            ..Spec::default()
        }
    }

    /// For %v (and %w): `#` means Go syntax and `+` field names, instead
    /// of their usual meanings.
    pub fn for_v(mut self) -> Spec {
        self.sharp_v = self.sharp;
        self.sharp = false;
        self.plus_v = self.plus;
        self.plus = false;
        self
    }
}

/// Writes `body` padded to the width (counted in runes): spaces on the
/// right with `minus`, else zeros (when `zeros` allows and the spec asks)
/// or spaces on the left.
pub(super) fn pad(out: &mut Vec<u8>, body: &[u8], spec: &Spec, zeros: bool) {
    let count = match spec.width {
        Some(w) => w.saturating_sub(rune_count(body)),
        None => 0,
    };
    if count == 0 {
        out.extend_from_slice(body);
    } else if spec.minus {
        out.extend_from_slice(body);
        out.resize(out.len() + count, b' ');
    } else {
        let fill = if zeros && spec.zero { b'0' } else { b' ' };
        out.resize(out.len() + count, fill);
        out.extend_from_slice(body);
    }
}

/// The digits and prefix style of an integer rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Radix {
    Dec,
    Bin,
    /// `0` prefix with `#`.
    Oct,
    /// %O: always `0o`.
    OctO,
    Hex,
    HexUpper,
}

/// Renders an integer `-mag` or `mag`.
pub(super) fn integer(out: &mut Vec<u8>, mag: u64, neg: bool, radix: Radix, spec: &Spec) {
    if spec.prec == Some(0) && mag == 0 {
        pad(out, b"", spec, false);
        return;
    }
    let base = match radix {
        Radix::Dec => 10,
        Radix::Bin => 2,
        Radix::Oct | Radix::OctO => 8,
        Radix::Hex | Radix::HexUpper => 16,
    };
    let mut digits = Vec::with_capacity(24);
    if numfmt::append_uint(&mut digits, mag, base).is_err() {
        return;
    }
    if radix == Radix::HexUpper {
        digits.make_ascii_uppercase();
    }
    let signed = neg || spec.plus || spec.space;
    let min_digits = match (spec.prec, spec.width) {
        (Some(p), _) => p,
        (None, Some(w)) if spec.zero => w.saturating_sub(usize::from(signed)),
        _ => 0,
    };
    let mut body = Vec::with_capacity(min_digits.max(digits.len()) + 3);
    if neg {
        body.push(b'-');
    } else if spec.plus {
        body.push(b'+');
    } else if spec.space {
        body.push(b' ');
    }
    let leading_zeros = min_digits.saturating_sub(digits.len());
    match radix {
        Radix::Hex if spec.sharp => body.extend_from_slice(b"0x"),
        Radix::HexUpper if spec.sharp => body.extend_from_slice(b"0X"),
        Radix::Bin if spec.sharp => body.extend_from_slice(b"0b"),
        Radix::OctO => body.extend_from_slice(b"0o"),
        _ => {}
    }
    // Octal with `#` starts with a 0 digit (%O too, after its 0o).
    let octal_zero = matches!(radix, Radix::Oct | Radix::OctO) && spec.sharp;
    let extra_zero = octal_zero && leading_zeros == 0 && digits[0] != b'0';
    body.resize(body.len() + leading_zeros + usize::from(extra_zero), b'0');
    body.extend_from_slice(&digits);
    pad(out, &body, spec, false);
}

/// `%c`: the rune, U+FFFD when it is not one.
fn character(out: &mut Vec<u8>, r: i32, spec: &Spec) {
    let mut body = Vec::with_capacity(4);
    append_rune(&mut body, r);
    pad(out, &body, spec, true);
}

/// `%q` on an integer: a Go rune literal.
fn rune_literal(out: &mut Vec<u8>, r: i32, spec: &Spec) {
    let mode = if spec.plus {
        QuoteMode::Ascii
    } else {
        QuoteMode::Printable
    };
    let mut body = Vec::with_capacity(12);
    append_quoted_rune_with(&mut body, r, b'\'', mode);
    pad(out, &body, spec, true);
}

/// `%U`: `U+0041`, with `#` also `'A'` when printable.
fn unicode(out: &mut Vec<u8>, u: u64, spec: &Spec) {
    let mut hex = Vec::with_capacity(16);
    let _ = numfmt::append_uint(&mut hex, u, 16);
    hex.make_ascii_uppercase();
    let min = spec.prec.unwrap_or(0).max(4);
    let mut body = Vec::with_capacity(min + 10);
    body.extend_from_slice(b"U+");
    body.resize(body.len() + min.saturating_sub(hex.len()), b'0');
    body.extend_from_slice(&hex);
    if spec.sharp {
        if let Ok(r) = i32::try_from(u) {
            if is_print(r) {
                body.extend_from_slice(b" '");
                append_rune(&mut body, r);
                body.push(b'\'');
            }
        }
    }
    pad(out, &body, spec, false);
}

/// An integer value under a verb; `unsigned` selects Go's unsigned rules
/// (%#v in hex). `bits` is the value as Go's uint64 conversion gives it.
fn int_verb(out: &mut Vec<u8>, mag: u64, neg: bool, bits: u64, verb: char, spec: &Spec) -> bool {
    let rune = if bits <= 0x10FFFF {
        bits as i32
    } else {
        0xFFFD
    };
    match verb {
        'v' | 'd' => integer(out, mag, neg, Radix::Dec, spec),
        'b' => integer(out, mag, neg, Radix::Bin, spec),
        'o' => integer(out, mag, neg, Radix::Oct, spec),
        'O' => integer(out, mag, neg, Radix::OctO, spec),
        'x' => integer(out, mag, neg, Radix::Hex, spec),
        'X' => integer(out, mag, neg, Radix::HexUpper, spec),
        'c' => character(out, rune, spec),
        'q' => rune_literal(out, rune, spec),
        'U' => unicode(out, bits, spec),
        _ => return false,
    }
    true
}

/// A signed integer (int, int8 ... int64 and named kinds).
pub(super) fn signed(out: &mut Vec<u8>, i: i64, verb: char, spec: &Spec) -> bool {
    int_verb(out, i.unsigned_abs(), i < 0, i as u64, verb, spec)
}

/// An unsigned integer; `%#v` prints it as `0x..`.
pub(super) fn unsigned(out: &mut Vec<u8>, u: u64, verb: char, spec: &Spec) -> bool {
    if verb == 'v' && spec.sharp_v {
        let hex = Spec {
            sharp: true,
            ..*spec
        };
        integer(out, u, false, Radix::Hex, &hex);
        return true;
    }
    int_verb(out, u, false, u, verb, spec)
}

/// Whether `verb` formats a float or a complex number.
pub(super) fn is_float_verb(verb: char) -> bool {
    matches!(
        verb,
        'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
    )
}

/// A float under a float verb (see `is_float_verb`).
pub(super) fn float(out: &mut Vec<u8>, x: f64, is32: bool, verb: char, spec: &Spec) {
    let (fmt, default_prec) = match verb {
        'b' => (b'b', -1),
        'g' => (b'g', -1),
        'G' => (b'G', -1),
        'x' => (b'x', -1),
        'X' => (b'X', -1),
        'f' | 'F' => (b'f', 6),
        'e' => (b'e', 6),
        'E' => (b'E', 6),
        _ => (b'g', -1),
    };
    let prec = spec.prec.map_or(default_prec, |p| p as i64);
    let neg = x.is_sign_negative() && !x.is_nan();
    let sign: &[u8] = if neg {
        b"-"
    } else if spec.plus {
        b"+"
    } else if spec.space {
        b" "
    } else {
        b""
    };
    if !x.is_finite() {
        // Infinity always carries a sign (a space only when asked).
        let sign: &[u8] = if x.is_infinite() && sign.is_empty() {
            b"+"
        } else {
            sign
        };
        let mut body = sign.to_vec();
        body.extend_from_slice(if x.is_nan() { b"NaN" } else { b"Inf" });
        pad(out, &body, spec, false);
        return;
    }
    let mut num = Vec::with_capacity(32);
    numfmt::append_float_sized(&mut num, x.abs(), fmt, prec, is32);
    if spec.sharp && fmt != b'b' {
        alternate_form(&mut num, fmt, prec);
    }
    let total = sign.len() + num.len();
    match spec.width {
        Some(w) if spec.zero && w > total => {
            out.extend_from_slice(sign);
            out.resize(out.len() + (w - total), b'0');
            out.extend_from_slice(&num);
        }
        _ => {
            let mut body = sign.to_vec();
            body.extend_from_slice(&num);
            pad(out, &body, spec, false);
        }
    }
}

/// The `#` form of an unsigned float rendering: always a decimal point;
/// for %g the significant digits kept up to the precision (6 for the
/// shortest form); for the shortest %x (lower case only, as in Go) at
/// least four hex fraction digits.
fn alternate_form(num: &mut Vec<u8>, fmt: u8, prec: i64) {
    let exp_mark: &[u8] = match fmt {
        b'x' | b'X' => b"pP",
        _ => b"eE",
    };
    let mant_end = num
        .iter()
        .position(|c| exp_mark.contains(c))
        .unwrap_or(num.len());
    let tail = num.split_off(mant_end);
    let has_point = num.contains(&b'.');
    let wanted_zeros = match fmt {
        b'g' | b'G' => {
            let target = if prec < 0 { 6 } else { prec as usize };
            let mut sig = num
                .iter()
                .skip_while(|&&c| c == b'0' || c == b'.')
                .filter(|c| c.is_ascii_digit())
                .count();
            if sig == 0 {
                sig = 1;
            }
            target.saturating_sub(sig)
        }
        b'x' if prec < 0 => {
            let frac = num.iter().skip_while(|&&c| c != b'.').skip(1).count();
            4usize.saturating_sub(frac)
        }
        _ => 0,
    };
    if !has_point {
        num.push(b'.');
    }
    num.resize(num.len() + wanted_zeros, b'0');
    num.extend_from_slice(&tail);
}

/// A complex number: `(re+imi)`, each part rendered as a float with the
/// spec (the imaginary part always signed).
pub(super) fn complex(out: &mut Vec<u8>, re: f64, im: f64, is32: bool, verb: char, spec: &Spec) {
    out.push(b'(');
    float(out, re, is32, verb, spec);
    let signed = Spec {
        plus: true,
        ..*spec
    };
    float(out, im, is32, verb, &signed);
    out.extend_from_slice(b"i)");
}

/// `true` / `false`.
pub(super) fn boolean(out: &mut Vec<u8>, b: bool, spec: &Spec) {
    pad(out, if b { b"true" } else { b"false" }, spec, true);
}

/// The first `n` runes of `s` (a bad byte is one rune).
fn first_runes(s: &[u8], n: usize) -> &[u8] {
    let mut at = 0;
    for _ in 0..n {
        if at >= s.len() {
            break;
        }
        at += decode_rune(&s[at..]).1.max(1);
    }
    &s[..at.min(s.len())]
}

/// `%s`: the text, cut to the precision in runes.
pub(super) fn plain(out: &mut Vec<u8>, s: &[u8], spec: &Spec) {
    let s = match spec.prec {
        Some(p) => first_runes(s, p),
        None => s,
    };
    pad(out, s, spec, true);
}

/// `%q`: a Go string literal of the text cut to the precision; with `#` a
/// raw literal when possible, with `+` ASCII only.
fn quoted(out: &mut Vec<u8>, s: &[u8], spec: &Spec) {
    let s = match spec.prec {
        Some(p) => first_runes(s, p),
        None => s,
    };
    let mut body = Vec::with_capacity(s.len() + 2);
    if spec.sharp && can_backquote(s) {
        body.push(b'`');
        body.extend_from_slice(s);
        body.push(b'`');
    } else {
        let mode = if spec.plus {
            QuoteMode::Ascii
        } else {
            QuoteMode::Printable
        };
        append_quoted_with(&mut body, s, b'"', mode);
    }
    pad(out, &body, spec, true);
}

/// `%x` / `%X` of text: two hex digits per byte of the first `prec`
/// bytes; with ` ` spaced, with `#` each spaced byte (or the whole) gets
/// `0x`.
fn hex_bytes(out: &mut Vec<u8>, s: &[u8], upper: bool, spec: &Spec) {
    let s = match spec.prec {
        Some(p) if p < s.len() => &s[..p],
        _ => s,
    };
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let prefix: &[u8] = if upper { b"0X" } else { b"0x" };
    let mut body = Vec::with_capacity(s.len() * 5);
    for (i, &b) in s.iter().enumerate() {
        if i > 0 && spec.space {
            body.push(b' ');
        }
        if spec.sharp && (i == 0 || spec.space) {
            body.extend_from_slice(prefix);
        }
        body.push(digits[usize::from(b >> 4)]);
        body.push(digits[usize::from(b & 15)]);
    }
    pad(out, &body, spec, true);
}

/// Whether `verb` formats text.
pub(super) fn is_text_verb(verb: char) -> bool {
    matches!(verb, 'v' | 's' | 'q' | 'x' | 'X')
}

/// A string or a method's result under a text verb (see `is_text_verb`);
/// `%#v` quotes.
pub(super) fn text(out: &mut Vec<u8>, s: &[u8], verb: char, spec: &Spec) {
    match verb {
        'v' if spec.sharp_v => quoted(out, s, spec),
        'q' => quoted(out, s, spec),
        'x' => hex_bytes(out, s, false, spec),
        'X' => hex_bytes(out, s, true, spec),
        _ => plain(out, s, spec),
    }
}

/// Whether `verb` formats a pointer-like word.
pub(super) fn is_pointer_verb(verb: char) -> bool {
    matches!(verb, 'v' | 'p' | 'b' | 'o' | 'd' | 'x' | 'X')
}

/// A pointer, channel, func, map or slice address under a pointer verb
/// (see `is_pointer_verb`); `ty` is the type's name for `%#v`.
pub(super) fn pointer(out: &mut Vec<u8>, addr: u64, ty: &str, verb: char, spec: &Spec) {
    let with_0x = Spec {
        sharp: !spec.sharp,
        ..*spec
    };
    match verb {
        'v' if spec.sharp_v => {
            out.push(b'(');
            out.extend_from_slice(ty.as_bytes());
            out.extend_from_slice(b")(");
            if addr == 0 {
                out.extend_from_slice(b"nil");
            } else {
                let hex = Spec {
                    sharp: true,
                    ..*spec
                };
                integer(out, addr, false, Radix::Hex, &hex);
            }
            out.push(b')');
        }
        'v' if addr == 0 => pad(out, b"<nil>", spec, true),
        'v' | 'p' => integer(out, addr, false, Radix::Hex, &with_0x),
        'b' => integer(out, addr, false, Radix::Bin, spec),
        'o' => integer(out, addr, false, Radix::Oct, spec),
        'd' => integer(out, addr, false, Radix::Dec, spec),
        'x' => integer(out, addr, false, Radix::Hex, spec),
        _ => integer(out, addr, false, Radix::HexUpper, spec),
    }
}
