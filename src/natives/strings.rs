//! The byte-string primitives behind Go's `strings` and `bytes` natives:
//! searching, counting, splitting, replacing, repeating, case mapping,
//! trimming, case folding and joining, over `&[u8]` because Go strings
//! are arbitrary bytes. Invalid UTF-8 behaves as in Go: each bad byte is a
//! U+FFFD rune of width 1 when runes are walked, and case mapping replaces
//! it with the 3-byte encoding of U+FFFD. Results borrow from the input
//! where Go's result aliases it (Split, Fields, Trim), so the VM can make
//! substrings/subslices without copying. Callback-taking functions
//! (Map, FieldsFunc, TrimFunc...) are Go source in stdlib/, not here.

use super::unicode;
use super::utf8::{
    append_rune, decode_last_rune, decode_rune, rune_count, valid_rune, RUNE_ERROR, RUNE_SELF,
};

/// Go's `strings.Index`: first byte index of `sep` in `s`, or -1.
pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    find(s, sep).map_or(-1, |i| i as i64)
}

fn find(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(0);
    }
    if sep.len() > s.len() {
        return None;
    }
    if sep.len() == 1 {
        return s.iter().position(|&b| b == sep[0]);
    }
    if sep.len() > 32 {
        return rabin_karp(s, sep);
    }
    let first = sep[0];
    let last = s.len() - sep.len();
    let mut i = 0;
    while i <= last {
        match s[i..=last].iter().position(|&b| b == first) {
            None => return None,
            Some(k) => i += k,
        }
        if &s[i..i + sep.len()] == sep {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Go's Rabin–Karp multiplier.
const PRIME_RK: u32 = 16777619;

/// Rolling hash of `sep` and PRIME_RK^len(sep), over the bytes in order.
fn hash_rk<'a>(sep: impl Iterator<Item = &'a u8>) -> (u32, u32) {
    let mut h: u32 = 0;
    let mut pow: u32 = 1;
    for &b in sep {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(u32::from(b));
        pow = pow.wrapping_mul(PRIME_RK);
    }
    (h, pow)
}

/// Linear-time first match for long separators (len(sep) <= len(s)).
fn rabin_karp(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    let (hsep, pow) = hash_rk(sep.iter());
    let (mut h, _) = hash_rk(s[..n].iter());
    if h == hsep && &s[..n] == sep {
        return Some(0);
    }
    for i in n..s.len() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(u32::from(s[i]));
        h = h.wrapping_sub(pow.wrapping_mul(u32::from(s[i - n])));
        let at = i + 1 - n;
        if h == hsep && &s[at..=i] == sep {
            return Some(at);
        }
    }
    None
}

/// Linear-time last match for long separators (len(sep) <= len(s)).
fn rabin_karp_last(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    let (hsep, pow) = hash_rk(sep.iter().rev());
    let last = s.len() - n;
    let (mut h, _) = hash_rk(s[last..].iter().rev());
    if h == hsep && &s[last..] == sep {
        return Some(last);
    }
    for i in (0..last).rev() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(u32::from(s[i]));
        h = h.wrapping_sub(pow.wrapping_mul(u32::from(s[i + n])));
        if h == hsep && &s[i..i + n] == sep {
            return Some(i);
        }
    }
    None
}

/// Go's `strings.LastIndex`: last byte index of `sep` in `s`, or -1
/// (`len(s)` for an empty `sep`).
pub fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return s.len() as i64;
    }
    if sep.len() > s.len() {
        return -1;
    }
    if sep.len() > 32 {
        return rabin_karp_last(s, sep).map_or(-1, |i| i as i64);
    }
    (0..=s.len() - sep.len())
        .rev()
        .find(|&i| &s[i..i + sep.len()] == sep)
        .map_or(-1, |i| i as i64)
}

/// Go's `strings.IndexByte`.
pub fn index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().position(|&b| b == c).map_or(-1, |i| i as i64)
}

/// Go's `strings.LastIndexByte`.
pub fn last_index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().rposition(|&b| b == c).map_or(-1, |i| i as i64)
}

/// Go's `strings.IndexRune`: U+FFFD matches the first invalid byte or a
/// real U+FFFD; other invalid runes are never found.
pub fn index_rune(s: &[u8], r: i32) -> i64 {
    if (0..i32::from(RUNE_SELF)).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == RUNE_ERROR {
        let mut i = 0;
        while i < s.len() {
            let (c, w) = decode_rune(&s[i..]);
            if c == RUNE_ERROR {
                return i as i64;
            }
            i += w;
        }
        return -1;
    }
    if !valid_rune(r) {
        return -1;
    }
    let mut enc = Vec::with_capacity(4);
    append_rune(&mut enc, r);
    index(s, &enc)
}

/// Go's `strings.ContainsRune`.
pub fn contains_rune(s: &[u8], r: i32) -> bool {
    index_rune(s, r) >= 0
}

/// Go's `strings.Contains`.
pub fn contains(s: &[u8], sub: &[u8]) -> bool {
    find(s, sub).is_some()
}

/// Go's `strings.ContainsAny`.
pub fn contains_any(s: &[u8], chars: &[u8]) -> bool {
    index_any(s, chars) >= 0
}

/// Iterates Go's `for i, r := range s`: (byte index, rune, width).
fn runes(s: &[u8]) -> impl Iterator<Item = (usize, i32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = decode_rune(&s[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

/// Go's `strings.IndexAny`: first index of any rune of `chars` in `s`.
pub fn index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    if chars.len() == 1 {
        let r = if chars[0] >= RUNE_SELF {
            RUNE_ERROR
        } else {
            i32::from(chars[0])
        };
        return index_rune(s, r);
    }
    for (i, r, _) in runes(s) {
        if index_rune(chars, r) >= 0 {
            return i as i64;
        }
    }
    -1
}

/// Go's `strings.LastIndexAny`.
pub fn last_index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    if s.len() == 1 {
        let r = if s[0] >= RUNE_SELF {
            RUNE_ERROR
        } else {
            i32::from(s[0])
        };
        return if index_rune(chars, r) >= 0 { 0 } else { -1 };
    }
    let single = if chars.len() == 1 {
        Some(if chars[0] >= RUNE_SELF {
            RUNE_ERROR
        } else {
            i32::from(chars[0])
        })
    } else {
        None
    };
    let mut i = s.len();
    while i > 0 {
        let (r, w) = decode_last_rune(&s[..i]);
        i -= w;
        let hit = match single {
            Some(c) => c == r,
            None => index_rune(chars, r) >= 0,
        };
        if hit {
            return i as i64;
        }
    }
    -1
}

/// Go's `strings.Count`: non-overlapping occurrences; an empty `sep`
/// counts UTF-8 runes + 1.
pub fn count(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return rune_count(s) as i64 + 1;
    }
    let mut n = 0;
    let mut rest = s;
    while let Some(i) = find(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

/// Go's `strings.HasPrefix`.
pub fn has_prefix(s: &[u8], prefix: &[u8]) -> bool {
    s.starts_with(prefix)
}

/// Go's `strings.HasSuffix`.
pub fn has_suffix(s: &[u8], suffix: &[u8]) -> bool {
    s.ends_with(suffix)
}

/// Go's `bytes.Equal` (nil and empty are equal).
pub fn equal(a: &[u8], b: &[u8]) -> bool {
    a == b
}

/// Go's `strings.Compare` / `bytes.Compare`: -1, 0 or 1.
pub fn compare(a: &[u8], b: &[u8]) -> i64 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Splits `s` into its first `n` UTF-8 sequences (Go's explode), the
/// last holding the rest; n < 0 means all.
fn explode(s: &[u8], n: i64) -> Vec<&[u8]> {
    let l = rune_count(s) as i64;
    let n = if n < 0 || n > l { l } else { n } as usize;
    let mut out = Vec::with_capacity(n);
    let mut rest = s;
    for _ in 1..n {
        let (_, w) = decode_rune(rest);
        out.push(&rest[..w]);
        rest = &rest[w..];
    }
    if n > 0 {
        out.push(rest);
    }
    out
}

fn gen_split<'a>(s: &'a [u8], sep: &[u8], keep_sep: bool, n: i64) -> Option<Vec<&'a [u8]>> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        return Some(explode(s, n));
    }
    let mut n = if n < 0 { count(s, sep) + 1 } else { n };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let mut out = Vec::with_capacity(n as usize);
    let mut rest = s;
    while (out.len() as i64) < n - 1 {
        let Some(m) = find(rest, sep) else { break };
        let cut = if keep_sep { m + sep.len() } else { m };
        out.push(&rest[..cut]);
        rest = &rest[m + sep.len()..];
    }
    out.push(rest);
    Some(out)
}

/// Go's `strings.SplitN` (Split is n = -1). `None` is Go's nil result
/// (n == 0); an empty `sep` splits after each UTF-8 sequence.
pub fn split_n<'a>(s: &'a [u8], sep: &[u8], n: i64) -> Option<Vec<&'a [u8]>> {
    gen_split(s, sep, false, n)
}

/// Go's `strings.SplitAfterN` (SplitAfter is n = -1).
pub fn split_after_n<'a>(s: &'a [u8], sep: &[u8], n: i64) -> Option<Vec<&'a [u8]>> {
    gen_split(s, sep, true, n)
}

/// Go's `strings.Fields`: maximal runs of non-`unicode.IsSpace` runes
/// (an invalid byte is U+FFFD, not a space). Never nil.
pub fn fields(s: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, r, _) in runes(s) {
        let space = unicode::is_space(r);
        match (space, start) {
            (true, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// Go's `strings.Replace` (ReplaceAll is n = -1). An empty `old`
/// matches at the start and after each UTF-8 sequence.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old);
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len() + (n as usize) * new.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += find(&s[start..], old).unwrap_or(0);
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

/// Why `Repeat` panics in Go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatError {
    /// `count < 0`: "strings: negative Repeat count" (bytes: "bytes: ...").
    NegativeCount,
    /// `len(s) * count` overflows: "strings: Repeat output length overflow".
    Overflow,
    /// The result cannot be allocated (Go dies with "runtime: out of memory").
    OutOfMemory,
}

impl RepeatError {
    /// Go's panic message, for package "strings" or "bytes".
    pub fn message(self, pkg: &str) -> String {
        match self {
            RepeatError::NegativeCount => format!("{pkg}: negative Repeat count"),
            RepeatError::Overflow => format!("{pkg}: Repeat output length overflow"),
            RepeatError::OutOfMemory => "runtime: out of memory".to_string(),
        }
    }
}

/// Go's `strings.Repeat`.
pub fn repeat(s: &[u8], count: i64) -> Result<Vec<u8>, RepeatError> {
    if count < 0 {
        return Err(RepeatError::NegativeCount);
    }
    if count == 0 || s.is_empty() {
        return Ok(Vec::new());
    }
    let total = (s.len() as i64)
        .checked_mul(count)
        .filter(|&t| t <= isize::MAX as i64)
        .ok_or(RepeatError::Overflow)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total as usize)
        .map_err(|_| RepeatError::OutOfMemory)?;
    for _ in 0..count {
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// Go's `strings.Map` with a rune mapping that never drops runes; bad
/// bytes become U+FFFD.
fn map_runes(s: &[u8], f: impl Fn(i32) -> i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        append_rune(&mut out, f(r));
    }
    out
}

/// Go's `strings.ToUpper`.
pub fn to_upper(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_runes(s, unicode::to_upper)
}

/// Go's `strings.ToLower`.
pub fn to_lower(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_runes(s, unicode::to_lower)
}

/// Go's `strings.ToTitle`.
pub fn to_title(s: &[u8]) -> Vec<u8> {
    map_runes(s, unicode::to_title)
}

/// Go's `strings.TrimSpace`.
pub fn trim_space(s: &[u8]) -> &[u8] {
    let mut start = 0;
    while start < s.len() {
        let (r, w) = decode_rune(&s[start..]);
        if !unicode::is_space(r) {
            break;
        }
        start += w;
    }
    let mut end = s.len();
    while end > start {
        let (r, w) = decode_last_rune(&s[start..end]);
        if !unicode::is_space(r) {
            break;
        }
        end -= w;
    }
    &s[start..end]
}

/// Whether rune `r` (decoded from s) is in `cutset`, as Go's trimming does.
fn in_cutset(cutset: &[u8], r: i32) -> bool {
    index_rune(cutset, r) >= 0
}

/// Go's `strings.TrimLeft`.
pub fn trim_left<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < RUNE_SELF {
            (i32::from(s[i]), 1)
        } else if cutset.is_ascii() {
            break;
        } else {
            decode_rune(&s[i..])
        };
        if !in_cutset(cutset, r) {
            break;
        }
        i += w;
    }
    &s[i..]
}

/// Go's `strings.TrimRight`.
pub fn trim_right<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    let mut end = s.len();
    while end > 0 {
        let last = s[end - 1];
        let (r, w) = if last < RUNE_SELF {
            (i32::from(last), 1)
        } else if cutset.is_ascii() {
            break;
        } else {
            decode_last_rune(&s[..end])
        };
        if !in_cutset(cutset, r) {
            break;
        }
        end -= w;
    }
    &s[..end]
}

/// Go's `strings.Trim`.
pub fn trim<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    trim_right(trim_left(s, cutset), cutset)
}

/// Go's `strings.TrimPrefix`.
pub fn trim_prefix<'a>(s: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// Go's `strings.TrimSuffix`.
pub fn trim_suffix<'a>(s: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// Go's `strings.EqualFold`: equal under Unicode simple case folding
/// (invalid bytes compare as U+FFFD).
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < s.len() && j < t.len() {
        let (sr, sw) = decode_rune(&s[i..]);
        let (tr, tw) = decode_rune(&t[j..]);
        i += sw;
        j += tw;
        if sr == tr {
            continue;
        }
        let (lo, hi) = if sr < tr { (sr, tr) } else { (tr, sr) };
        if hi < i32::from(RUNE_SELF) {
            if (i32::from(b'A')..=i32::from(b'Z')).contains(&lo) && hi == lo + 32 {
                continue;
            }
            return false;
        }
        let mut r = unicode::simple_fold(lo);
        while r != lo && r < hi {
            r = unicode::simple_fold(r);
        }
        if r != hi {
            return false;
        }
    }
    i == s.len() && j == t.len()
}

/// Go's `strings.Join`.
pub fn join<S: AsRef<[u8]>>(elems: &[S], sep: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (k, e) in elems.iter().enumerate() {
        if k > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.as_ref());
    }
    out
}
