//! Go's `unicode/utf8` rules over raw bytes: decoding with Go's error
//! handling (an invalid or overlong sequence or a surrogate decodes as
//! U+FFFD of width 1), encoding (invalid runes become U+FFFD) and rune
//! counting. Go strings are bytes, never `&str`; every native that walks
//! a string by runes uses these so it agrees with Go on bad UTF-8.

/// The replacement character, Go's `utf8.RuneError`.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// The largest valid code point, Go's `utf8.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// Bytes below this are single-byte runes, Go's `utf8.RuneSelf`.
pub const RUNE_SELF: u8 = 0x80;

/// Reports whether `r` can be encoded in UTF-8 (Go's `utf8.ValidRune`).
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Decodes the first rune of `s` as Go's `utf8.DecodeRune` does:
/// returns (RuneError, 0) for empty input and (RuneError, 1) for an
/// invalid encoding.
pub fn decode_rune(s: &[u8]) -> (i32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < RUNE_SELF {
        return (i32::from(b0), 1);
    }
    // Expected length and the valid range of the second byte.
    let (len, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < len {
        // A truncated sequence is still invalid byte by byte.
        return (RUNE_ERROR, 1);
    }
    let b1 = s[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    match len {
        2 => ((i32::from(b0 & 0x1F) << 6) | i32::from(b1 & 0x3F), 2),
        3 => {
            let b2 = s[2];
            if !(0x80..=0xBF).contains(&b2) {
                return (RUNE_ERROR, 1);
            }
            (
                (i32::from(b0 & 0x0F) << 12) | (i32::from(b1 & 0x3F) << 6) | i32::from(b2 & 0x3F),
                3,
            )
        }
        _ => {
            let (b2, b3) = (s[2], s[3]);
            if !(0x80..=0xBF).contains(&b2) || !(0x80..=0xBF).contains(&b3) {
                return (RUNE_ERROR, 1);
            }
            (
                (i32::from(b0 & 0x07) << 18)
                    | (i32::from(b1 & 0x3F) << 12)
                    | (i32::from(b2 & 0x3F) << 6)
                    | i32::from(b3 & 0x3F),
                4,
            )
        }
    }
}

/// Number of bytes needed to encode `r`, or None if `r` is not valid
/// (Go's `utf8.RuneLen` returning -1).
pub fn rune_len(r: i32) -> Option<usize> {
    match r {
        r if r < 0 => None,
        0..=0x7F => Some(1),
        0x80..=0x7FF => Some(2),
        0xD800..=0xDFFF => None,
        0x800..=0xFFFF => Some(3),
        0x10000..=MAX_RUNE => Some(4),
        _ => None,
    }
}

/// Appends the UTF-8 encoding of `r` (U+FFFD if `r` is invalid), as Go's
/// `utf8.AppendRune`.
pub fn append_rune(buf: &mut Vec<u8>, r: i32) {
    let r = if valid_rune(r) {
        r as u32
    } else {
        RUNE_ERROR as u32
    };
    match r {
        0..=0x7F => buf.push(r as u8),
        0x80..=0x7FF => {
            buf.push(0xC0 | (r >> 6) as u8);
            buf.push(0x80 | (r & 0x3F) as u8);
        }
        0x800..=0xFFFF => {
            buf.push(0xE0 | (r >> 12) as u8);
            buf.push(0x80 | ((r >> 6) & 0x3F) as u8);
            buf.push(0x80 | (r & 0x3F) as u8);
        }
        _ => {
            buf.push(0xF0 | (r >> 18) as u8);
            buf.push(0x80 | ((r >> 12) & 0x3F) as u8);
            buf.push(0x80 | ((r >> 6) & 0x3F) as u8);
            buf.push(0x80 | (r & 0x3F) as u8);
        }
    }
}

/// Counts runes as Go's `utf8.RuneCount`: each invalid byte counts as one.
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] < RUNE_SELF {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1.max(1);
        }
        n += 1;
    }
    n
}

/// Go's `utf8.UTFMax`.
pub const UTF_MAX: usize = 4;

/// Go's `utf8.RuneStart`: b is not a continuation byte.
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Decodes the last rune of `s` as Go's `utf8.DecodeLastRune` does:
/// (RuneError, 0) for empty input, (RuneError, 1) if the final bytes are
/// not a complete valid encoding.
pub fn decode_last_rune(s: &[u8]) -> (i32, usize) {
    let end = s.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let last = s[end - 1];
    if last < RUNE_SELF {
        return (i32::from(last), 1);
    }
    let lim = end.saturating_sub(UTF_MAX);
    let mut start = end - 1;
    while start > lim {
        start -= 1;
        if rune_start(s[start]) {
            break;
        }
    }
    let (r, size) = decode_rune(&s[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `utf8.FullRune`: whether `s` begins with a full encoding of a
/// rune (an invalid encoding counts as full: it decodes as width 1).
pub fn full_rune(s: &[u8]) -> bool {
    let Some(&b0) = s.first() else {
        return false;
    };
    let (need, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return true,
    };
    if s.len() >= need {
        return true;
    }
    if s.len() > 1 && !(lo..=hi).contains(&s[1]) {
        return true;
    }
    s.len() > 2 && !(0x80..=0xBF).contains(&s[2])
}

/// Go's `utf8.Valid`: every byte sequence decodes without error.
pub fn valid(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        if s[i] < RUNE_SELF {
            i += 1;
            continue;
        }
        let (r, w) = decode_rune(&s[i..]);
        if r == RUNE_ERROR && w == 1 {
            return false;
        }
        i += w;
    }
    true
}

/// Go's `utf8.EncodeRune` into a fresh buffer (invalid runes encode as
/// U+FFFD); the VM copies it into the destination slice, which Go
/// requires to be large enough (else an index-out-of-range panic).
pub fn encode_rune(r: i32) -> Vec<u8> {
    let mut v = Vec::with_capacity(4);
    append_rune(&mut v, r);
    v
}

/// Go's `utf8.RuneLen` with its -1 for invalid runes.
pub fn rune_len_go(r: i32) -> i64 {
    rune_len(r).map_or(-1, |n| n as i64)
}

/// Go's `[]rune(s)` conversion (each invalid byte becomes U+FFFD).
pub fn runes(s: &[u8]) -> Vec<i32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        out.push(r);
        i += w.max(1);
    }
    out
}

/// Go's `string(runes)` conversion (invalid runes become U+FFFD).
pub fn runes_to_string(rs: &[i32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rs.len());
    for &r in rs {
        append_rune(&mut out, r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_matches_std_on_valid_text() {
        for s in ["", "a", "é", "世界", "🎉x", "\u{10FFFF}"] {
            let b = s.as_bytes();
            let mut i = 0;
            for c in s.chars() {
                let (r, w) = decode_rune(&b[i..]);
                assert_eq!(r, c as i32);
                assert_eq!(w, c.len_utf8());
                i += w;
            }
            assert_eq!(rune_count(b), s.chars().count());
        }
    }

    #[test]
    fn invalid_sequences_decode_as_error_width_one() {
        for b in [
            &[0x80u8][..],
            &[0xC0, 0x80],
            &[0xED, 0xA0, 0x80],
            &[0xF4, 0x90, 0x80, 0x80],
            &[0xE2, 0x82],
            &[0xFF],
        ] {
            assert_eq!(decode_rune(b), (RUNE_ERROR, 1), "{b:?}");
        }
        assert_eq!(rune_count(&[0xE2, 0x82, b'a']), 3);
    }

    #[test]
    fn encode_invalid_is_replacement() {
        let mut v = Vec::new();
        append_rune(&mut v, 0xD800);
        append_rune(&mut v, -1);
        append_rune(&mut v, 0x110000);
        assert_eq!(v, "\u{FFFD}\u{FFFD}\u{FFFD}".as_bytes());
    }
}
