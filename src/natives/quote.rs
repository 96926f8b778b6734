//! strconv's quoting, shared by fmt (%q, %#v) and strconv's natives:
//! Quote, QuoteToASCII, QuoteToGraphic, QuoteRune (and its ASCII/graphic
//! forms), CanBackquote, and Go's IsPrint/IsGraphic over the tables of the
//! Go release that produced the golden files (isprint_tables.rs).
//! Every function works on bytes: invalid UTF-8 is escaped as `\xNN`.

use super::isprint_tables::{IS_GRAPHIC, IS_NOT_PRINT_16, IS_NOT_PRINT_32, IS_PRINT_16, IS_PRINT_32};
use super::utf8::{append_rune, decode_rune, valid_rune, RUNE_ERROR, RUNE_SELF};

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// Go's bsearch: first index i with s[i] >= v, and whether s[i] == v.
fn bsearch<T: Ord + Copy>(s: &[T], v: T) -> (usize, bool) {
    let i = s.partition_point(|&x| x < v);
    (i, i < s.len() && s[i] == v)
}

/// Go's `strconv.IsPrint` (same answers as `unicode.IsPrint`).
pub fn is_print(r: i32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if (0..1 << 16).contains(&r) {
        let rr = r as u16;
        let (i, _) = bsearch(IS_PRINT_16, rr);
        if i >= IS_PRINT_16.len() || rr < IS_PRINT_16[i & !1] || IS_PRINT_16[i | 1] < rr {
            return false;
        }
        return !bsearch(IS_NOT_PRINT_16, rr).1;
    }
    let rr = r as u32;
    let (i, _) = bsearch(IS_PRINT_32, rr);
    if i >= IS_PRINT_32.len() || rr < IS_PRINT_32[i & !1] || IS_PRINT_32[i | 1] < rr {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    !bsearch(IS_NOT_PRINT_32, (r - 0x10000) as u16).1
}

/// Go's `strconv.IsGraphic`.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || is_in_graphic_list(r)
}

fn is_in_graphic_list(r: i32) -> bool {
    if !(0..=0xFFFF).contains(&r) {
        return false;
    }
    bsearch(IS_GRAPHIC, r as u16).1
}

/// How runes are escaped: Go's (ASCIIonly, graphicOnly) pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteMode {
    /// `Quote`: printable runes stay, others are escaped.
    Printable,
    /// `QuoteToASCII`: everything outside printable ASCII is escaped.
    Ascii,
    /// `QuoteToGraphic`: graphic runes (IsGraphic) stay.
    Graphic,
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i32, quote: u8, mode: QuoteMode) {
    if r == i32::from(quote) || r == i32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if mode == QuoteMode::Ascii {
        if r < i32::from(RUNE_SELF) && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) || (mode == QuoteMode::Graphic && is_in_graphic_list(r)) {
        append_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if (0..0x20).contains(&r) || r == 0x7F {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[(r as usize >> 4) & 0xF]);
                buf.push(LOWERHEX[r as usize & 0xF]);
                return;
            }
            let r = if valid_rune(r) { r } else { RUNE_ERROR };
            if r < 0x10000 {
                buf.extend_from_slice(b"\\u");
                for s in (0..=12).rev().step_by(4) {
                    buf.push(LOWERHEX[(r as usize >> s) & 0xF]);
                }
            } else {
                buf.extend_from_slice(b"\\U");
                for s in (0..=28).rev().step_by(4) {
                    buf.push(LOWERHEX[(r as usize >> s) & 0xF]);
                }
            }
        }
    }
}

/// Appends `s` as a quoted Go string literal with the given quote byte,
/// as Go's `appendQuotedWith`.
pub fn append_quoted_with(buf: &mut Vec<u8>, s: &[u8], quote: u8, mode: QuoteMode) {
    buf.reserve(s.len() + 2);
    buf.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[usize::from(s[i] >> 4)]);
            buf.push(LOWERHEX[usize::from(s[i] & 0xF)]);
            i += 1;
            continue;
        }
        append_escaped_rune(buf, r, quote, mode);
        i += width.max(1);
    }
    buf.push(quote);
}

/// Appends the rune `r` as a quoted Go character literal (invalid runes
/// become U+FFFD), as Go's `appendQuotedRuneWith`.
pub fn append_quoted_rune_with(buf: &mut Vec<u8>, r: i32, quote: u8, mode: QuoteMode) {
    buf.push(quote);
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    append_escaped_rune(buf, r, quote, mode);
    buf.push(quote);
}

/// `strconv.Quote`.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(s.len() + 2);
    append_quoted_with(&mut b, s, b'"', QuoteMode::Printable);
    b
}

/// `strconv.QuoteToASCII`.
pub fn quote_to_ascii(s: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(s.len() + 2);
    append_quoted_with(&mut b, s, b'"', QuoteMode::Ascii);
    b
}

/// `strconv.QuoteToGraphic`.
pub fn quote_to_graphic(s: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(s.len() + 2);
    append_quoted_with(&mut b, s, b'"', QuoteMode::Graphic);
    b
}

/// `strconv.QuoteRune`.
pub fn quote_rune(r: i32) -> Vec<u8> {
    let mut b = Vec::new();
    append_quoted_rune_with(&mut b, r, b'\'', QuoteMode::Printable);
    b
}

/// `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i32) -> Vec<u8> {
    let mut b = Vec::new();
    append_quoted_rune_with(&mut b, r, b'\'', QuoteMode::Ascii);
    b
}

/// `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i32) -> Vec<u8> {
    let mut b = Vec::new();
    append_quoted_rune_with(&mut b, r, b'\'', QuoteMode::Graphic);
    b
}

/// `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, wid) = decode_rune(&s[i..]);
        i += wid.max(1);
        if wid > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < i32::from(b' ') && r != i32::from(b'\t')) || r == i32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_basics() {
        assert_eq!(quote(b"hi\n\"x\"\\"), br#""hi\n\"x\"\\""#.to_vec());
        assert_eq!(quote(b"\xff\x00\x7f"), br#""\xff\x00\x7f""#.to_vec());
        assert_eq!(quote("héllo\u{200b}".as_bytes()), "\"héllo\\u200b\"".as_bytes());
        assert_eq!(quote_to_ascii("é🎉".as_bytes()), br#""\u00e9\U0001f389""#.to_vec());
        assert_eq!(quote_rune(0x27), br"'\''".to_vec());
        assert_eq!(quote_rune(0xD800), "'\u{FFFD}'".as_bytes());
        assert_eq!(quote_to_graphic("\u{3000}".as_bytes()), "\"\u{3000}\"".as_bytes());
        assert_eq!(quote("\u{3000}".as_bytes()), br#""\u3000""#.to_vec());
        assert!(can_backquote(b"a\tb"));
        assert!(!can_backquote(b"a`b"));
        assert!(!can_backquote("\u{feff}".as_bytes()));
    }

    #[test]
    fn is_print_edges() {
        assert!(is_print(0x20));
        assert!(!is_print(0x7F));
        assert!(!is_print(0xAD));
        assert!(is_print(0x4E16));
        assert!(!is_print(0xFFFF));
        assert!(is_print(0x1F389));
        assert!(!is_print(0x10FFFF));
        assert!(!is_print(-1));
        assert!(is_graphic(0x3000));
    }
}
