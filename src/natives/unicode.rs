//! Go's `unicode` package natives: the Is* classification predicates and
//! the simple case mappings (ToUpper/ToLower/ToTitle/To/SimpleFold), over
//! tables enumerated from Go's own unicode package by tools/unigen
//! (unicode_tables.rs), so every answer matches the Go release exactly.
//! Runes are `i32` like Go's `rune`: negative or > U+10FFFF values are
//! simply "not in any class" and map to themselves.

use super::unicode_tables as t;

/// Go's `unicode.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// Go's `unicode.ReplacementChar`.
pub const REPLACEMENT_CHAR: i32 = 0xFFFD;
/// Go's `unicode.UpperCase`, `LowerCase`, `TitleCase` (for [`to`]).
pub const UPPER_CASE: i64 = 0;
pub const LOWER_CASE: i64 = 1;
pub const TITLE_CASE: i64 = 2;

/// The Unicode version of the tables (Go's `unicode.Version`).
pub const VERSION: &str = t::UNICODE_VERSION;

fn in_ranges(table: &[(u32, u32)], r: i32) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    let i = table.partition_point(|&(_, hi)| hi < r);
    i < table.len() && table[i].0 <= r
}

fn map_runs(table: &[(u32, u32, u8, i32)], r: i32) -> i32 {
    let Ok(u) = u32::try_from(r) else {
        return r;
    };
    let i = table.partition_point(|&(_, hi, _, _)| hi < u);
    match table.get(i) {
        Some(&(lo, _, stride, delta)) if lo <= u && (u - lo) % u32::from(stride) == 0 => r + delta,
        _ => r,
    }
}

/// Go's `unicode.IsLetter`.
pub fn is_letter(r: i32) -> bool {
    in_ranges(&t::LETTER, r)
}
/// Go's `unicode.IsDigit`.
pub fn is_digit(r: i32) -> bool {
    in_ranges(&t::DIGIT, r)
}
/// Go's `unicode.IsNumber`.
pub fn is_number(r: i32) -> bool {
    in_ranges(&t::NUMBER, r)
}
/// Go's `unicode.IsSpace`.
pub fn is_space(r: i32) -> bool {
    in_ranges(&t::SPACE, r)
}
/// Go's `unicode.IsUpper`.
pub fn is_upper(r: i32) -> bool {
    in_ranges(&t::UPPER, r)
}
/// Go's `unicode.IsLower`.
pub fn is_lower(r: i32) -> bool {
    in_ranges(&t::LOWER, r)
}
/// Go's `unicode.IsTitle`.
pub fn is_title(r: i32) -> bool {
    in_ranges(&t::TITLE, r)
}
/// Go's `unicode.IsPunct`.
pub fn is_punct(r: i32) -> bool {
    in_ranges(&t::PUNCT, r)
}
/// Go's `unicode.IsControl` (only the C0/C1 controls, as in Go).
pub fn is_control(r: i32) -> bool {
    in_ranges(&t::CONTROL, r)
}
/// Go's `unicode.IsGraphic`.
pub fn is_graphic(r: i32) -> bool {
    in_ranges(&t::GRAPHIC, r)
}
/// Go's `unicode.IsPrint`.
pub fn is_print(r: i32) -> bool {
    in_ranges(&t::PRINT, r)
}
/// Go's `unicode.IsMark`.
pub fn is_mark(r: i32) -> bool {
    in_ranges(&t::MARK, r)
}
/// Go's `unicode.IsSymbol`.
pub fn is_symbol(r: i32) -> bool {
    in_ranges(&t::SYMBOL, r)
}

/// Go's `unicode.ToUpper`.
pub fn to_upper(r: i32) -> i32 {
    map_runs(&t::TO_UPPER, r)
}
/// Go's `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    map_runs(&t::TO_LOWER, r)
}
/// Go's `unicode.ToTitle`.
pub fn to_title(r: i32) -> i32 {
    map_runs(&t::TO_TITLE, r)
}

/// Go's `unicode.To`: case 0/1/2 = upper/lower/title; any other case
/// yields `ReplacementChar` as in Go.
pub fn to(case: i64, r: i32) -> i32 {
    match case {
        UPPER_CASE => to_upper(r),
        LOWER_CASE => to_lower(r),
        TITLE_CASE => to_title(r),
        _ => REPLACEMENT_CHAR,
    }
}

/// Go's `unicode.SimpleFold`: the next rune in r's case-folding orbit
/// (r itself for runes with no folding, including invalid ones).
pub fn simple_fold(r: i32) -> i32 {
    map_runs(&t::SIMPLE_FOLD, r)
}
