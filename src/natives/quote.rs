//! Go-syntax quoting of strings and runes, as strconv.Quote and friends
//! print them, and the IsPrint/IsGraphic predicates the quoting rests on
//! (over the generated tables in isprint_tables.rs). Owns: `quote`,
//! `quote_to_ascii`, `quote_to_graphic`, `quote_rune*`, `can_backquote`,
//! `is_print`, `is_graphic`, and the `append_quoted*` builders that fmt's
//! %q uses.
//!
//! The rules: a string is walked rune by rune (a byte that is not part of
//! valid UTF-8 is one "rune" of its own and always becomes `\xHH`). A rune
//! is copied as is when it is allowed by the mode (printable; printable
//! ASCII only; graphic), except the quote character and the backslash,
//! which get a backslash. Anything else is escaped: the seven C escapes
//! `\a \b \f \n \r \t \v`, `\xHH` for other ASCII controls and DEL,
//! `\uHHHH` below U+10000 and `\UHHHHHHHH` above; hex is lower case.

use super::isprint_tables::{
    IS_GRAPHIC, IS_NOT_PRINT_16, IS_NOT_PRINT_32, IS_PRINT_16, IS_PRINT_32,
};
use super::utf8::{append_rune, decode_rune, valid_rune, RUNE_ERROR};

/// Which runes may appear unescaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteMode {
    /// `Quote`: printable runes stay, others are escaped.
    Printable,
    /// `QuoteToASCII`: only printable ASCII stays.
    Ascii,
    /// `QuoteToGraphic`: graphic runes (IsGraphic) stay.
    Graphic,
}

/// Whether `r` lies in one of the sorted inclusive `[lo, hi]` pairs of
/// `pairs` (flattened as lo0, hi0, lo1, hi1, ...).
fn in_pairs<T: Copy + Into<u32>>(pairs: &[T], r: u32) -> bool {
    // Index of the first pair whose upper bound is >= r.
    let n = pairs.len() / 2;
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pairs[2 * mid + 1].into() < r {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo < n && pairs[2 * lo].into() <= r
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols
/// and the ASCII space.
pub fn is_print(r: i32) -> bool {
    if !(0..=0x10FFFF).contains(&r) {
        return false;
    }
    let r = r as u32;
    if r < 0x10000 {
        let narrow = r as u16;
        in_pairs(IS_PRINT_16, r) && IS_NOT_PRINT_16.binary_search(&narrow).is_err()
    } else {
        if !in_pairs(IS_PRINT_32, r) {
            return false;
        }
        // The exception list holds offsets from 0x10000.
        match u16::try_from(r - 0x10000) {
            Ok(off) => IS_NOT_PRINT_32.binary_search(&off).is_err(),
            Err(_) => true,
        }
    }
}

/// Go's `strconv.IsGraphic`: IsPrint plus the Unicode space separators.
pub fn is_graphic(r: i32) -> bool {
    if is_print(r) {
        return true;
    }
    match u16::try_from(r) {
        Ok(narrow) => IS_GRAPHIC.binary_search(&narrow).is_ok(),
        Err(_) => false,
    }
}

fn allowed(r: i32, mode: QuoteMode) -> bool {
    match mode {
        QuoteMode::Printable => is_print(r),
        QuoteMode::Ascii => r < 0x80 && is_print(r),
        QuoteMode::Graphic => is_graphic(r),
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `\` + `kind` + the low `digits` hex digits of `v`.
fn push_hex_escape(buf: &mut Vec<u8>, kind: u8, v: u32, digits: u32) {
    buf.push(b'\\');
    buf.push(kind);
    for i in (0..digits).rev() {
        buf.push(HEX[((v >> (4 * i)) & 0xF) as usize]);
    }
}

/// Appends one valid rune, escaped as needed for a literal delimited by
/// `quote`.
fn push_rune(buf: &mut Vec<u8>, r: i32, quote: u8, mode: QuoteMode) {
    if r == i32::from(quote) || r == i32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if allowed(r, mode) {
        append_rune(buf, r);
        return;
    }
    let simple = match r {
        0x07 => Some(b'a'),
        0x08 => Some(b'b'),
        0x0C => Some(b'f'),
        0x0A => Some(b'n'),
        0x0D => Some(b'r'),
        0x09 => Some(b't'),
        0x0B => Some(b'v'),
        _ => None,
    };
    match simple {
        Some(c) => {
            buf.push(b'\\');
            buf.push(c);
        }
        None if r < 0x20 || r == 0x7F => push_hex_escape(buf, b'x', r as u32, 2),
        None if r < 0x10000 => push_hex_escape(buf, b'u', r as u32, 4),
        None => push_hex_escape(buf, b'U', r as u32, 8),
    }
}

/// Appends `s` as a Go literal delimited by `quote` (`"` for strings).
pub fn append_quoted_with(buf: &mut Vec<u8>, s: &[u8], quote: u8, mode: QuoteMode) {
    buf.reserve(s.len() + 2);
    buf.push(quote);
    let mut rest = s;
    while !rest.is_empty() {
        let (r, n) = decode_rune(rest);
        if n == 1 && r == RUNE_ERROR {
            // A byte outside valid UTF-8.
            push_hex_escape(buf, b'x', u32::from(rest[0]), 2);
        } else {
            push_rune(buf, r, quote, mode);
        }
        rest = &rest[n.max(1)..];
    }
    buf.push(quote);
}

/// Appends the rune `r` as a Go literal delimited by `quote` (`'` for rune
/// literals). A value that is not a valid rune is quoted as U+FFFD.
pub fn append_quoted_rune_with(buf: &mut Vec<u8>, r: i32, quote: u8, mode: QuoteMode) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    buf.push(quote);
    push_rune(buf, r, quote, mode);
    buf.push(quote);
}

fn quoted(s: &[u8], mode: QuoteMode) -> Vec<u8> {
    let mut v = Vec::new();
    append_quoted_with(&mut v, s, b'"', mode);
    v
}

fn quoted_rune(r: i32, mode: QuoteMode) -> Vec<u8> {
    let mut v = Vec::new();
    append_quoted_rune_with(&mut v, r, b'\'', mode);
    v
}

/// Go's `strconv.Quote`.
pub fn quote(s: &[u8]) -> Vec<u8> {
    quoted(s, QuoteMode::Printable)
}

/// Go's `strconv.QuoteToASCII`.
pub fn quote_to_ascii(s: &[u8]) -> Vec<u8> {
    quoted(s, QuoteMode::Ascii)
}

/// Go's `strconv.QuoteToGraphic`.
pub fn quote_to_graphic(s: &[u8]) -> Vec<u8> {
    quoted(s, QuoteMode::Graphic)
}

/// Go's `strconv.QuoteRune`.
pub fn quote_rune(r: i32) -> Vec<u8> {
    quoted_rune(r, QuoteMode::Printable)
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i32) -> Vec<u8> {
    quoted_rune(r, QuoteMode::Ascii)
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i32) -> Vec<u8> {
    quoted_rune(r, QuoteMode::Graphic)
}

/// Go's `strconv.CanBackquote`: `s` is valid UTF-8 with no backquote, no
/// byte order mark and no control character other than tab.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        let (r, n) = decode_rune(rest);
        if n == 1 && r == RUNE_ERROR {
            return false;
        }
        let control = (r < 0x20 && r != 0x09) || r == 0x7F;
        if control || r == i32::from(b'`') || r == 0xFEFF {
            return false;
        }
        rest = &rest[n.max(1)..];
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates_at_the_edges() {
        assert!(is_print(' ' as i32) && !is_print('\t' as i32) && !is_print(0x7F));
        assert!(!is_print(0xAD) && is_print(0xA1) && !is_print(0xA0));
        assert!(is_graphic(0xA0) && is_graphic(0x3000) && !is_graphic(0x85));
        assert!(!is_print(-1) && !is_print(0x110000) && !is_graphic(i32::MIN));
        assert!(is_print(0x1F600));
    }

    #[test]
    fn quoting_forms() {
        assert_eq!(
            quote(b"a\"b\\\n\x01\xff\x7f"),
            b"\"a\\\"b\\\\\\n\\x01\\xff\\x7f\""
        );
        assert_eq!(quote_to_ascii("é😀".as_bytes()), b"\"\\u00e9\\U0001f600\"");
        assert_eq!(
            quote_to_graphic("\u{a0}\u{85}".as_bytes()),
            "\"\u{a0}\\u0085\"".as_bytes()
        );
        assert_eq!(quote_rune('\'' as i32), b"'\\''");
        assert_eq!(quote_rune('"' as i32), b"'\"'");
        assert_eq!(quote_rune(0xD800), "'\u{fffd}'".as_bytes());
        assert_eq!(quote_rune_to_ascii(-5), b"'\\ufffd'");
        assert!(can_backquote(b"a\tb") && !can_backquote(b"a`b") && !can_backquote(b"\xff"));
        assert!(!can_backquote("\u{feff}".as_bytes()) && !can_backquote(b"\x7f"));
    }
}
