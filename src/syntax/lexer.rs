//! The Go lexer: logos callbacks for literals and comments, and the
//! wrapper that turns logos' tokens into lalrpop's input.
//!
//! Owns: scanning and decoding of numbers, runes, strings, raw strings,
//! names and comments with Go's exact error messages and positions (those
//! of cmd/compile's scanner, or of go/scanner inside the package clause and
//! imports, which `go build` parses with go/parser first); Go's automatic
//! semicolon insertion; the nesting limit; the choice between `[` and
//! `LBrackTParams` after `type Name`.
//! Invariants:
//! - The wrapper yields `Ok((lo, token, hi))` with byte offsets into the
//!   whole file, never an internal trigger token; it yields `Err` only to
//!   abort the parse (nesting too deep, too many errors), after recording
//!   the diagnostic, and then ends.
//! - Every token it yields is appended to the parse state's history (the
//!   error reporter reads the tokens before an error from it).
//! - Scanning is linear in the input: no token is rescanned, except the
//!   bounded look-ahead of the type-parameter decision, which is buffered.

use super::parser::{HistKind, HistTok, ParseState};
use super::token::{SemiKind, Token};
use logos::{Filter, Logos};
use std::collections::VecDeque;

/// Past this estimated AST depth (brackets, operators, selectors, type
/// constructors, `else` chains) the lexer stops with `nesting too deep`,
/// so that no recursive pass over the AST (drop included) can overflow.
pub const MAX_NESTING: u32 = 1000;

/// After this many diagnostics the parse is abandoned (Go stops at 10).
pub const MAX_DIAGS: usize = 12;

/// After this many syntax errors (most of them dropped as Go drops a second
/// error on a line) the parse is abandoned too.
pub const MAX_ERROR_EVENTS: usize = 1000;

/// Errors found while scanning one token, with their byte offsets.
#[derive(Default)]
pub struct Extras {
    pub errors: Vec<(usize, String)>,
    /// Inside the package clause and imports: use go/scanner's wording.
    pub header: bool,
}

type Lex<'s> = logos::Lexer<'s, Token>;

/// Why the parse was abandoned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexError {
    TooDeep,
    TooManyErrors,
}

// ───────────────────────────── character helpers ─────────────────────────

/// Go's `%#U`: `U+0040 '@'` (the quoted char only when printable).
pub fn go_unicode(c: char) -> String {
    if is_print(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// An approximation of Go's `strconv.IsPrint`.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    !matches!(u,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// Go's `%q` of a rune.
pub fn go_quote_rune(c: char) -> String {
    let body = match c {
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        '\\' => "\\\\".to_string(),
        '\'' => "\\'".to_string(),
        c if is_print(c) => c.to_string(),
        c if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{body}'")
}

fn lower(b: u8) -> u8 {
    b | 0x20
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_hexdigit()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Reports a NUL or a BOM met inside a literal or comment at `at`.
fn check_special(lex: &mut Lex<'_>, at: usize, c: char) {
    if c == '\0' {
        let msg = if lex.extras.header {
            "illegal character NUL"
        } else {
            "invalid NUL character"
        };
        lex.extras.errors.push((at, msg.to_string()));
    } else if c == '\u{feff}' {
        let msg = if lex.extras.header {
            "illegal byte order mark"
        } else {
            "invalid BOM in the middle of the file"
        };
        lex.extras.errors.push((at, msg.to_string()));
    }
}

// ─────────────────────────────── names ─────────────────────────────────────

/// Continues a name after its first part: Go takes any non-ASCII character
/// into a name, complaining about those that are not letters or digits.
fn word_tail(lex: &mut Lex<'_>) -> Token {
    let start = lex.span().start;
    let rest = lex.remainder();
    let mut n = 0;
    for c in rest.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
        } else if (c as u32) >= 0x80 {
            if !(c.is_alphabetic() || c.is_numeric()) {
                let at = lex.span().end + n;
                lex.extras.errors.push((
                    at,
                    format!("invalid character {} in identifier", go_unicode(c)),
                ));
            }
        } else {
            break;
        }
        n += c.len_utf8();
    }
    lex.bump(n);
    let text = &lex.source()[start..lex.span().end];
    Token::keyword(text).unwrap_or_else(|| Token::Ident(text.to_string()))
}

pub fn word(lex: &mut Lex<'_>) -> Token {
    word_tail(lex)
}

/// A name starting with a non-letter non-ASCII character (Go scans it as a
/// name, with an error), or a byte order mark.
pub fn non_ascii_word(lex: &mut Lex<'_>) -> Filter<Token> {
    let start = lex.span().start;
    let c = lex.slice().chars().next().unwrap_or('\u{fffd}');
    if c == '\u{feff}' {
        if start != 0 {
            check_special(lex, start, c);
        }
        return Filter::Skip;
    }
    let msg = if c.is_numeric() {
        format!("identifier cannot begin with digit {}", go_unicode(c))
    } else {
        format!("invalid character {} in identifier", go_unicode(c))
    };
    lex.extras.errors.push((start, msg));
    Filter::Emit(word_tail(lex))
}

// ─────────────────────────────── numbers ───────────────────────────────────

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NumKind {
    Int,
    Float,
    Imag,
}

/// Go's `digits`: accepts `{ digit | '_' }`; for base <= 10 any decimal
/// digit, recording the index of the first one >= base in `invalid`.
/// Returns bit 0 if a digit was seen, bit 1 if a separator was.
fn digits(s: &[u8], i: &mut usize, base: u32, invalid: &mut Option<usize>) -> u32 {
    let mut digsep = 0;
    if base <= 10 {
        let max = b'0' + base as u8;
        while let Some(&c) = s.get(*i) {
            if !(c.is_ascii_digit() || c == b'_') {
                break;
            }
            let mut ds = 1;
            if c == b'_' {
                ds = 2;
            } else if c >= max && invalid.is_none() {
                *invalid = Some(*i);
            }
            digsep |= ds;
            *i += 1;
        }
    } else {
        while let Some(&c) = s.get(*i) {
            if !(is_hex(c) || c == b'_') {
                break;
            }
            digsep |= if c == b'_' { 2 } else { 1 };
            *i += 1;
        }
    }
    digsep
}

/// Go's `invalidSep`: index of the first misplaced `_` in a literal.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = lower(x[1]);
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && is_hex(d)) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Scans a number literal starting at `s[0]` (a digit, or `.` and a digit)
/// with Go's rules; returns its kind and length.
fn scan_number(s: &[u8], at: usize, errs: &mut Vec<(usize, String)>) -> (NumKind, usize) {
    let ch = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut ok = true;
    let mut kind = NumKind::Int;
    let mut base = 10;
    let mut prefix = 0u8;
    let mut digsep = 0;
    let mut invalid = None;
    let mut i = 0;
    let mut seen_point = s[0] == b'.';
    if !seen_point {
        if s[0] == b'0' {
            i = 1;
            match lower(ch(1)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(s, &mut i, base, &mut invalid);
        if ch(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errs.push((
                    at + i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
                ok = false;
            }
            i += 1;
            seen_point = true;
        }
    } else {
        i = 1;
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(s, &mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        errs.push((at + i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    let e = lower(ch(i));
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errs.push((
                    at + i,
                    format!(
                        "{} exponent requires decimal mantissa",
                        go_quote_rune(ch(i) as char)
                    ),
                ));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errs.push((
                    at + i,
                    format!(
                        "{} exponent requires hexadecimal mantissa",
                        go_quote_rune(ch(i) as char)
                    ),
                ));
                ok = false;
            }
        }
        i += 1;
        kind = NumKind::Float;
        if ch(i) == b'+' || ch(i) == b'-' {
            i += 1;
        }
        let ds = digits(s, &mut i, 10, &mut None);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            errs.push((at + i, "exponent has no digits".to_string()));
            ok = false;
        }
    } else if prefix == b'x' && kind == NumKind::Float && ok {
        errs.push((
            at + i,
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        ));
        ok = false;
    }
    if ch(i) == b'i' {
        kind = NumKind::Imag;
        i += 1;
    }
    if kind == NumKind::Int && ok {
        if let Some(j) = invalid {
            errs.push((
                at + j,
                format!(
                    "invalid digit {} in {} literal",
                    go_quote_rune(s[j] as char),
                    base_name(base)
                ),
            ));
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(j) = invalid_sep(&s[..i]) {
            errs.push((at + j, "'_' must separate successive digits".to_string()));
        }
    }
    (kind, i)
}

pub fn number(lex: &mut Lex<'_>) -> Token {
    let start = lex.span().start;
    let s = &lex.source().as_bytes()[start..];
    let (kind, len) = scan_number(s, start, &mut lex.extras.errors);
    let already = lex.span().len();
    lex.bump(len.saturating_sub(already));
    let text = lex.source()[start..start + len.max(already)].to_string();
    match kind {
        NumKind::Int => Token::Int(text),
        NumKind::Float => Token::Float(text),
        NumKind::Imag => Token::Imag(text),
    }
}

// ───────────────────────── runes, strings, escapes ─────────────────────────

/// A scanner over the remainder of the source after an opening quote.
struct Cursor<'a> {
    s: &'a str,
    /// Offset of `s[0]` in the file.
    base: usize,
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }
    fn pos(&self) -> usize {
        self.base + self.i
    }
    fn bump(&mut self, c: char) {
        self.i += c.len_utf8();
    }
}

/// Decoded value of an escape sequence.
enum Esc {
    /// A `\x` or octal escape: one byte.
    Byte(u8),
    /// Any other: a code point.
    Char(u32),
}

/// Go's `escape`: the cursor is just after the backslash. Returns the
/// value (None after an error, which is reported, or at EOF, which the
/// caller reports).
fn escape(cur: &mut Cursor<'_>, quote: char, errs: &mut Vec<(usize, String)>) -> Option<Esc> {
    let c = cur.peek()?;
    let (n, base, max): (u32, u32, u32) = match c {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
            cur.bump(c);
            let v = match c {
                'a' => 7,
                'b' => 8,
                'f' => 12,
                'n' => 10,
                'r' => 13,
                't' => 9,
                'v' => 11,
                _ => b'\\' as u32,
            };
            return Some(Esc::Char(v));
        }
        c if c == quote => {
            cur.bump(c);
            return Some(Esc::Char(c as u32));
        }
        '0'..='7' => (3, 8, 255),
        'x' => {
            cur.bump(c);
            (2, 16, 255)
        }
        'u' => {
            cur.bump(c);
            (4, 16, 0x10FFFF)
        }
        'U' => {
            cur.bump(c);
            (8, 16, 0x10FFFF)
        }
        _ => {
            errs.push((cur.pos(), "unknown escape".to_string()));
            return None;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let c = cur.peek()?;
        let d = c.to_digit(16).unwrap_or(base);
        if d >= base {
            errs.push((
                cur.pos(),
                format!(
                    "invalid character {} in {} escape",
                    go_quote_rune(c),
                    base_name(base)
                ),
            ));
            return None;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        cur.bump(c);
    }
    if x > max && base == 8 {
        errs.push((cur.pos(), format!("octal escape value {x} > 255")));
        return None;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let shown = char::from_u32(x)
            .map(go_unicode)
            .unwrap_or_else(|| format!("U+{x:04X}"));
        errs.push((
            cur.pos(),
            format!("escape is invalid Unicode code point {shown}"),
        ));
        return None;
    }
    Some(if n == 4 || n == 8 {
        Esc::Char(x)
    } else {
        Esc::Byte(x as u8)
    })
}

fn push_char(out: &mut Vec<u8>, c: u32) {
    let c = char::from_u32(c).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Scans an interpreted string literal; the opening `"` is matched.
pub fn string(lex: &mut Lex<'_>) -> Token {
    let start = lex.span().start;
    let mut cur = Cursor {
        s: lex.remainder(),
        base: lex.span().end,
        i: 0,
    };
    let mut out = Vec::new();
    let mut errs = Vec::new();
    let header = lex.extras.header;
    let mut specials = Vec::new();
    loop {
        match cur.peek() {
            Some('"') => {
                cur.bump('"');
                break;
            }
            Some('\\') => {
                cur.bump('\\');
                match escape(&mut cur, '"', &mut errs) {
                    Some(Esc::Byte(b)) => out.push(b),
                    Some(Esc::Char(c)) => push_char(&mut out, c),
                    None => {}
                }
            }
            Some('\n') => {
                if header {
                    errs.push((start, "string literal not terminated".to_string()));
                } else {
                    errs.push((cur.pos(), "newline in string".to_string()));
                }
                break;
            }
            None => {
                let msg = if header {
                    "string literal not terminated"
                } else {
                    "string not terminated"
                };
                errs.push((start, msg.to_string()));
                break;
            }
            Some(c) => {
                if c == '\0' || c == '\u{feff}' {
                    specials.push((cur.pos(), c));
                }
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                cur.bump(c);
            }
        }
    }
    let n = cur.i;
    lex.bump(n);
    for (at, c) in specials {
        check_special(lex, at, c);
    }
    lex.extras.errors.extend(errs);
    Token::Str(out)
}

/// Scans a raw string literal; the opening backquote is matched. Carriage
/// returns are dropped from the value, as Go does.
pub fn raw_string(lex: &mut Lex<'_>) -> Token {
    let start = lex.span().start;
    let rest = lex.remainder();
    let (n, terminated) = match rest.find('`') {
        Some(i) => (i + 1, true),
        None => (rest.len(), false),
    };
    let body = &rest[..if terminated { n - 1 } else { n }];
    let out: Vec<u8> = body.bytes().filter(|&b| b != b'\r').collect();
    let base = lex.span().end;
    let specials: Vec<(usize, char)> = body
        .char_indices()
        .filter(|&(_, c)| c == '\0' || c == '\u{feff}')
        .map(|(i, c)| (base + i, c))
        .collect();
    lex.bump(n);
    for (at, c) in specials {
        check_special(lex, at, c);
    }
    if !terminated {
        let msg = if lex.extras.header {
            "raw string literal not terminated"
        } else {
            "string not terminated"
        };
        lex.extras.errors.push((start, msg.to_string()));
    }
    Token::Str(out)
}

/// Scans a rune literal; the opening `'` is matched.
pub fn rune(lex: &mut Lex<'_>) -> Token {
    let start = lex.span().start;
    let mut cur = Cursor {
        s: lex.remainder(),
        base: lex.span().end,
        i: 0,
    };
    let mut errs = Vec::new();
    let mut specials = Vec::new();
    let mut ok = true;
    let mut n = 0;
    let mut value = 0u32;
    loop {
        match cur.peek() {
            Some('\'') => {
                if ok {
                    if n == 0 {
                        errs.push((cur.pos(), "empty rune literal or unescaped '".to_string()));
                    } else if n != 1 {
                        errs.push((start, "more than one character in rune literal".to_string()));
                    }
                }
                cur.bump('\'');
                break;
            }
            Some('\\') => {
                cur.bump('\\');
                match escape(&mut cur, '\'', &mut errs) {
                    Some(Esc::Byte(b)) => value = b as u32,
                    Some(Esc::Char(c)) => value = c,
                    None => ok = false,
                }
            }
            Some('\n') => {
                if ok {
                    errs.push((cur.pos(), "newline in rune literal".to_string()));
                }
                break;
            }
            None => {
                if ok {
                    errs.push((start, "rune literal not terminated".to_string()));
                }
                break;
            }
            Some(c) => {
                if c == '\0' || c == '\u{feff}' {
                    specials.push((cur.pos(), c));
                }
                value = c as u32;
                cur.bump(c);
            }
        }
        n += 1;
    }
    let len = cur.i;
    lex.bump(len);
    for (at, c) in specials {
        check_special(lex, at, c);
    }
    lex.extras.errors.extend(errs);
    Token::Rune(value)
}

// ─────────────────────────────── comments ──────────────────────────────────

pub fn line_comment(lex: &mut Lex<'_>) -> Filter<Token> {
    let rest = lex.remainder();
    let n = rest.find('\n').unwrap_or(rest.len());
    let base = lex.span().end;
    let specials: Vec<(usize, char)> = rest[..n]
        .char_indices()
        .filter(|&(_, c)| c == '\0' || c == '\u{feff}')
        .map(|(i, c)| (base + i, c))
        .collect();
    lex.bump(n);
    for (at, c) in specials {
        check_special(lex, at, c);
    }
    Filter::Skip
}

/// A block comment; one spanning lines acts as a newline.
pub fn block_comment(lex: &mut Lex<'_>) -> Filter<Token> {
    let start = lex.span().start;
    let rest = lex.remainder();
    let (n, terminated) = match rest.find("*/") {
        Some(i) => (i + 2, true),
        None => (rest.len(), false),
    };
    let body = &rest[..n];
    let multiline = body.contains('\n');
    let base = lex.span().end;
    let specials: Vec<(usize, char)> = body
        .char_indices()
        .filter(|&(_, c)| c == '\0' || c == '\u{feff}')
        .map(|(i, c)| (base + i, c))
        .collect();
    lex.bump(n);
    for (at, c) in specials {
        check_special(lex, at, c);
    }
    if !terminated {
        lex.extras
            .errors
            .push((start, "comment not terminated".to_string()));
    }
    if multiline {
        Filter::Emit(Token::Newline)
    } else {
        Filter::Skip
    }
}

// ─────────────────────────────── the wrapper ───────────────────────────────

pub type Spanned = (usize, Token, usize);

/// What the wrapper remembers of a token it yielded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Name,
    Type,
    Import,
    LParen,
    Semi,
    Other,
}

impl Prev {
    fn of(t: &Token) -> Prev {
        match t {
            Token::Ident(_) => Prev::Name,
            Token::Type => Prev::Type,
            Token::Import => Prev::Import,
            Token::LParen => Prev::LParen,
            Token::Semi(_) => Prev::Semi,
            _ => Prev::Other,
        }
    }
}

/// One bracket level of the nesting estimate.
struct Level {
    /// Estimate at the level's start (restored after `,` and `;`).
    base: u32,
    cur: u32,
}

/// lalrpop's input: Go tokens with semicolons inserted.
pub struct Lexer<'s> {
    st: &'s ParseState<'s>,
    raw: Lex<'s>,
    /// Offset of `raw`'s input in the file.
    offset: usize,
    nlsemi: bool,
    at_eof: bool,
    done: bool,
    queue: VecDeque<Spanned>,
    levels: Vec<Level>,
    /// Bracket depths just inside each open `type (` group.
    type_groups: Vec<usize>,
    /// The last two tokens yielded (for the type-parameter decision).
    prev: [Prev; 2],
    /// Inside an import declaration, whose literals Go's build reports
    /// with go/scanner's words.
    header: bool,
    /// Depth just inside an `import (` group.
    import_group: Option<usize>,
}

impl<'s> Lexer<'s> {
    /// A lexer over the file from byte `offset`, which must be the start of
    /// a top-level declaration (or 0).
    pub fn new(st: &'s ParseState<'s>, offset: usize) -> Lexer<'s> {
        let raw = Token::lexer(&st.src[offset..]);
        Lexer {
            st,
            raw,
            offset,
            nlsemi: false,
            at_eof: false,
            done: false,
            queue: VecDeque::new(),
            levels: vec![Level { base: 0, cur: 0 }],
            type_groups: Vec::new(),
            prev: [Prev::Other, Prev::Other],
            header: false,
            import_group: None,
        }
    }

    fn depth(&self) -> usize {
        self.levels.len() - 1
    }

    fn flush_errors(&mut self) {
        if self.raw.extras.errors.is_empty() {
            return;
        }
        let errs = std::mem::take(&mut self.raw.extras.errors);
        for (at, msg) in errs {
            self.st.error_at(at, &msg);
        }
    }

    /// The next token of the semicolon-inserted stream, not yet yielded.
    fn produce(&mut self) -> Option<Spanned> {
        loop {
            if self.at_eof {
                return None;
            }
            self.raw.extras.header = self.header;
            let item = self.raw.next();
            let span = self.raw.span();
            let (lo, hi) = (span.start + self.offset, span.end + self.offset);
            self.flush_errors();
            match item {
                None => {
                    self.at_eof = true;
                    if self.nlsemi {
                        self.nlsemi = false;
                        let p = self.st.src.len();
                        return Some((p, Token::Semi(SemiKind::Eof), p));
                    }
                    return None;
                }
                Some(Ok(Token::Newline)) => {
                    if self.nlsemi {
                        self.nlsemi = false;
                        return Some((lo, Token::Semi(SemiKind::Newline), lo + 1));
                    }
                }
                Some(Ok(t)) => {
                    self.nlsemi = t.inserts_semi();
                    return Some((lo, t, hi));
                }
                Some(Err(())) => {
                    let c = self.st.src[lo..].chars().next().unwrap_or('\0');
                    let msg = match (c, self.header) {
                        ('\0', false) => "invalid NUL character".to_string(),
                        ('\0', true) => "illegal character NUL".to_string(),
                        (c, false) => format!("invalid character {}", go_unicode(c)),
                        (c, true) => format!("illegal character {}", go_unicode(c)),
                    };
                    self.st.error_at(lo, &msg);
                    // logos may have matched more than the bad character.
                    let n = c.len_utf8();
                    if hi > lo + n {
                        self.at_eof = false;
                        let back = Token::lexer(&self.st.src[lo + n..]);
                        self.offset = lo + n;
                        let extras = std::mem::take(&mut self.raw.extras);
                        self.raw = back;
                        self.raw.extras = extras;
                    }
                }
            }
        }
    }

    fn fill(&mut self, n: usize) -> bool {
        while self.queue.len() < n {
            match self.produce() {
                Some(t) => self.queue.push_back(t),
                None => return false,
            }
        }
        true
    }

    /// Decides whether the `[` at the front of the queue (after `type Name`)
    /// opens type parameters, following cmd/compile's rules.
    fn opens_type_params(&mut self) -> bool {
        // Collect the tokens up to the matching `]` (bounded).
        let mut depth = 0usize;
        let mut i = 1;
        let mut inner: Vec<usize> = Vec::new(); // queue indices at depth 0
        let mut top_comma = false;
        loop {
            if i > 4096 || !self.fill(i + 1) {
                return false;
            }
            match &self.queue[i].1 {
                Token::LBrack | Token::LParen | Token::LBrace => depth += 1,
                Token::RBrack | Token::RParen | Token::RBrace | Token::Semi(_) if depth == 0 => {
                    break
                }
                Token::RBrack | Token::RParen | Token::RBrace => depth -= 1,
                Token::Comma if depth == 0 => top_comma = true,
                _ => {}
            }
            if depth == 0
                || matches!(
                    self.queue[i].1,
                    Token::LBrack | Token::LParen | Token::LBrace
                )
            {
                inner.push(i);
            }
            i += 1;
        }
        let tok = |k: usize| inner.get(k).map(|&j| &self.queue[j].1);
        if !matches!(tok(0), Some(Token::Ident(_))) {
            return false;
        }
        match tok(1) {
            None => false,
            Some(Token::Comma) => true,
            Some(
                Token::Ident(_)
                | Token::LBrack
                | Token::Tilde
                | Token::Interface
                | Token::Func
                | Token::Map
                | Token::Chan
                | Token::Struct
                | Token::Arrow
                | Token::Ellipsis,
            ) => true,
            Some(Token::Mul) => {
                top_comma
                    || matches!(
                        tok(2),
                        Some(
                            Token::LBrack
                                | Token::Struct
                                | Token::Func
                                | Token::Interface
                                | Token::Map
                                | Token::Chan
                                | Token::Mul
                        )
                    )
            }
            Some(_) => top_comma,
        }
    }

    /// Updates the nesting estimate for `t`; false when over the limit.
    fn nest(&mut self, t: &Token) -> bool {
        let top = self.levels.last_mut().expect("root level");
        match t {
            Token::LParen | Token::LBrack | Token::LBrace | Token::LBrackTParams => {
                top.cur += 1;
                let cur = top.cur;
                self.levels.push(Level { base: cur, cur });
                cur <= MAX_NESTING
            }
            Token::RParen | Token::RBrack | Token::RBrace => {
                if self.levels.len() > 1 {
                    self.levels.pop();
                }
                true
            }
            Token::Comma | Token::Semi(_) | Token::Case | Token::Default => {
                top.cur = top.base;
                true
            }
            t if t.deepens() => {
                top.cur += 1;
                top.cur <= MAX_NESTING
            }
            _ => true,
        }
    }

    /// If the next token starts a new top-level declaration (a declaration
    /// keyword at depth 0 right after a `;`), its offset.
    pub fn at_boundary(&mut self) -> Option<usize> {
        if self.done || self.depth() != 0 || self.prev[1] != Prev::Semi {
            return None;
        }
        if !self.fill(1) {
            return None;
        }
        match self.queue[0].1 {
            Token::Func | Token::Var | Token::Const | Token::Type | Token::Import => {
                Some(self.queue[0].0)
            }
            _ => None,
        }
    }

    /// No more tokens: the end of the file, or the parse was abandoned.
    pub fn finished(&mut self) -> bool {
        self.done || !self.fill(1)
    }

    fn hist_kind(t: &Token) -> HistKind {
        match t {
            Token::Ident(_) => HistKind::Name,
            t if t.is_literal() => HistKind::Lit,
            Token::Semi(k) => HistKind::Semi(*k),
            Token::LBrackTParams => HistKind::TParams,
            _ => HistKind::Other,
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if self.st.error_count() >= MAX_DIAGS || self.st.error_events() >= MAX_ERROR_EVENTS {
            self.done = true;
            return Some(Err(LexError::TooManyErrors));
        }
        if !self.fill(1) {
            self.done = true;
            return None;
        }
        // `type Name [`: array type or type parameters?
        if matches!(self.queue[0].1, Token::LBrack) && self.prev[1] == Prev::Name {
            let pp = self.prev[0];
            let in_group = matches!(pp, Prev::LParen | Prev::Semi)
                && self.type_groups.last() == Some(&self.depth());
            if (pp == Prev::Type || in_group) && self.opens_type_params() {
                self.queue[0].1 = Token::LBrackTParams;
            }
        }
        let (lo, tok, hi) = self.queue.pop_front().expect("filled");
        let depth_before = self.depth();
        // `type (` groups.
        match &tok {
            Token::LParen if self.prev[1] == Prev::Type => {
                self.type_groups.push(depth_before + 1);
            }
            Token::RParen if self.type_groups.last() == Some(&depth_before) => {
                self.type_groups.pop();
            }
            _ => {}
        }
        // Import declarations.
        match &tok {
            Token::Import => self.header = true,
            Token::LParen if self.prev[1] == Prev::Import => {
                self.import_group = Some(depth_before + 1);
            }
            Token::RParen if self.import_group == Some(depth_before) => {
                self.import_group = None;
                self.header = false;
            }
            Token::Semi(_) if self.import_group.is_none() => self.header = false,
            _ => {}
        }
        let ok = self.nest(&tok);
        self.st.hist.borrow_mut().push(HistTok {
            lo: lo as u32,
            hi: hi as u32,
            kind: Self::hist_kind(&tok),
            depth: depth_before as u32,
        });
        if !ok {
            self.st.error_at(lo, "syntax error: nesting too deep");
            self.done = true;
            return Some(Err(LexError::TooDeep));
        }
        self.prev = [self.prev[1], Prev::of(&tok)];
        Some(Ok((lo, tok, hi)))
    }
}

/// Lexes all of `src` (for tests and tools): tokens and diagnostics.
pub fn tokenize(src: &str) -> (Vec<Spanned>, Vec<(usize, String)>) {
    let st = ParseState::new(0, src);
    let toks: Vec<Spanned> = Lexer::new(&st, 0).filter_map(|t| t.ok()).collect();
    let diags = st
        .take_diags()
        .into_iter()
        .map(|d| (d.span.lo as usize, d.message))
        .collect();
    (toks, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens of `src` (semicolons shown as `;`, `;nl`, `;eof`).
    fn toks(src: &str) -> Vec<String> {
        tokenize(src)
            .0
            .into_iter()
            .map(|(_, t, _)| match t {
                Token::Ident(s) => format!("name:{s}"),
                Token::Int(s) => format!("int:{s}"),
                Token::Float(s) => format!("float:{s}"),
                Token::Imag(s) => format!("imag:{s}"),
                Token::Rune(c) => format!("rune:{c}"),
                Token::Str(b) => format!("str:{}", String::from_utf8_lossy(&b)),
                Token::Semi(SemiKind::Explicit) => ";".to_string(),
                Token::Semi(SemiKind::Newline) => ";nl".to_string(),
                Token::Semi(SemiKind::Eof) => ";eof".to_string(),
                Token::LBrackTParams => "[tp".to_string(),
                t => t.to_string(),
            })
            .collect()
    }

    fn errs(src: &str) -> Vec<(usize, String)> {
        tokenize(src).1
    }

    fn one(src: &str) -> Token {
        let (t, e) = tokenize(src);
        assert!(e.is_empty(), "{src:?}: unexpected errors {e:?}");
        t.into_iter().next().expect("a token").1
    }

    fn str_value(src: &str) -> Vec<u8> {
        match one(src) {
            Token::Str(b) => b,
            t => panic!("{src}: not a string: {t:?}"),
        }
    }

    fn rune_value(src: &str) -> u32 {
        match one(src) {
            Token::Rune(c) => c,
            t => panic!("{src}: not a rune: {t:?}"),
        }
    }

    fn err1(src: &str) -> (usize, String) {
        let e = errs(src);
        assert!(!e.is_empty(), "{src:?}: expected an error");
        e[0].clone()
    }

    #[test]
    fn integer_literals() {
        for s in [
            "0",
            "42",
            "1_000_000",
            "0x1F",
            "0X_ff",
            "0o17",
            "0O17",
            "017",
            "0b1011",
            "0B_1",
            "0_7",
            "0x_1_2",
        ] {
            assert_eq!(one(s), Token::Int(s.to_string()), "{s}");
        }
    }

    #[test]
    fn float_and_imaginary_literals() {
        for s in [
            "1.5", "1.", ".5", "1e9", "1E-9", "6.02e+23", "0x1p-2", "0X1.8P3", "0x.8p1", "09.5",
            "1_0.2_5", "0x_1p4",
        ] {
            assert_eq!(one(s), Token::Float(s.to_string()), "{s}");
        }
        for s in ["1i", "1.5i", "0x1p2i", "1e3i", "0i", "0123i", "0b101i"] {
            assert_eq!(one(s), Token::Imag(s.to_string()), "{s}");
        }
    }

    #[test]
    fn number_errors() {
        assert_eq!(err1("08"), (1, "invalid digit '8' in octal literal".into()));
        assert_eq!(
            err1("0b1021"),
            (4, "invalid digit '2' in binary literal".into())
        );
        assert_eq!(
            err1("0o8"),
            (2, "invalid digit '8' in octal literal".into())
        );
        assert_eq!(
            err1("1__0"),
            (2, "'_' must separate successive digits".into())
        );
        assert_eq!(
            err1("100_"),
            (3, "'_' must separate successive digits".into())
        );
        assert_eq!(err1("0x_"), (3, "hexadecimal literal has no digits".into()));
        assert_eq!(err1("0x"), (2, "hexadecimal literal has no digits".into()));
        assert_eq!(err1("0b"), (2, "binary literal has no digits".into()));
        assert_eq!(err1("1.5e"), (4, "exponent has no digits".into()));
        assert_eq!(
            err1("0x1.8"),
            (5, "hexadecimal mantissa requires a 'p' exponent".into())
        );
        assert_eq!(
            err1("0b1.0"),
            (3, "invalid radix point in binary literal".into())
        );
        assert_eq!(
            err1("0b1e2"),
            (3, "'e' exponent requires decimal mantissa".into())
        );
        assert_eq!(
            err1("1p3"),
            (1, "'p' exponent requires hexadecimal mantissa".into())
        );
        // A legacy octal with a point is a decimal float: no error.
        assert!(errs("089.5").is_empty());
    }

    #[test]
    fn rune_literals_and_escapes() {
        assert_eq!(rune_value("'a'"), 'a' as u32);
        assert_eq!(rune_value("'ä'"), 'ä' as u32);
        assert_eq!(rune_value("'本'"), '本' as u32);
        for (s, v) in [
            (r"'\a'", 7),
            (r"'\b'", 8),
            (r"'\f'", 12),
            (r"'\n'", 10),
            (r"'\r'", 13),
            (r"'\t'", 9),
            (r"'\v'", 11),
            (r"'\\'", 92),
            (r"'\''", 39),
            (r"'\x41'", 0x41),
            (r"'\xff'", 0xff),
            (r"'\u00e4'", 0xe4),
            (r"'\U0001F600'", 0x1F600),
            (r"'\000'", 0),
            (r"'\101'", 65),
            (r"'\377'", 255),
        ] {
            assert_eq!(rune_value(s), v, "{s}");
        }
    }

    #[test]
    fn rune_errors() {
        assert_eq!(err1("''"), (1, "empty rune literal or unescaped '".into()));
        assert_eq!(
            err1("'ab'"),
            (0, "more than one character in rune literal".into())
        );
        assert_eq!(err1("'a\n"), (2, "newline in rune literal".into()));
        assert_eq!(err1("'a"), (0, "rune literal not terminated".into()));
        assert_eq!(err1(r"'\q'"), (2, "unknown escape".into()));
        assert_eq!(err1(r"'\400'"), (5, "octal escape value 256 > 255".into()));
        assert_eq!(
            err1(r"'\x4g'"),
            (4, "invalid character 'g' in hexadecimal escape".into())
        );
        assert_eq!(err1(r#"'\"'"#), (2, "unknown escape".into()));
        assert_eq!(
            err1(r"'\ud800'"),
            (7, "escape is invalid Unicode code point U+D800".into())
        );
        assert_eq!(
            err1(r"'\U00110000'"),
            (11, "escape is invalid Unicode code point U+110000".into())
        );
    }

    #[test]
    fn string_literals() {
        assert_eq!(str_value(r#""hello""#), b"hello");
        assert_eq!(str_value(r#""""#), b"");
        assert_eq!(str_value(r#""a\tb\n""#), b"a\tb\n");
        assert_eq!(
            str_value(r#""\a\b\f\n\r\t\v\\\"""#),
            b"\x07\x08\x0c\n\r\t\x0b\\\""
        );
        // \x and octal escapes are bytes (not necessarily UTF-8).
        assert_eq!(str_value(r#""\xff\xfe""#), vec![0xff, 0xfe]);
        assert_eq!(str_value(r#""\377\000""#), vec![0xff, 0]);
        // \u and \U escapes are UTF-8 encoded code points.
        assert_eq!(str_value(r#""\u00e4\U0001F600""#), "ä😀".as_bytes());
        assert_eq!(str_value(r#""日本""#), "日本".as_bytes());
    }

    #[test]
    fn raw_strings_drop_carriage_returns() {
        assert_eq!(str_value("`a\\nb`"), b"a\\nb");
        assert_eq!(str_value("`line1\r\nline2`"), b"line1\nline2");
        assert_eq!(str_value("``"), b"");
    }

    #[test]
    fn string_errors() {
        assert_eq!(err1("\"abc\nx"), (4, "newline in string".into()));
        assert_eq!(err1("\"abc"), (0, "string not terminated".into()));
        assert_eq!(err1("`abc"), (0, "string not terminated".into()));
        assert_eq!(err1(r#""\q""#), (2, "unknown escape".into()));
        assert_eq!(err1(r#""\'""#), (2, "unknown escape".into()));
        assert_eq!(
            err1(r#""\u263 ok""#),
            (6, "invalid character ' ' in hexadecimal escape".into())
        );
    }

    #[test]
    fn comments() {
        assert_eq!(toks("a // comment\nb"), ["name:a", ";nl", "name:b", ";eof"]);
        assert_eq!(toks("a /* c */ b"), ["name:a", "name:b", ";eof"]);
        // A comment spanning lines acts as a newline.
        assert_eq!(toks("a /* 1\n2 */ b"), ["name:a", ";nl", "name:b", ";eof"]);
        assert_eq!(toks("a + /* 1\n2 */ b"), ["name:a", "+", "name:b", ";eof"]);
        assert_eq!(
            err1("x /* never closed"),
            (2, "comment not terminated".into())
        );
    }

    #[test]
    fn semicolon_insertion() {
        assert_eq!(toks("x\n"), ["name:x", ";nl"]);
        assert_eq!(toks("x"), ["name:x", ";eof"]);
        assert_eq!(
            toks("1\n2.5\n3i\n'a'\n\"s\"\n`r`\n")
                .iter()
                .filter(|t| *t == ";nl")
                .count(),
            6
        );
        for kw in ["break", "continue", "fallthrough", "return"] {
            assert_eq!(toks(&format!("{kw}\n")), [kw, ";nl"]);
        }
        for p in ["++", "--", ")", "]", "}"] {
            assert_eq!(toks(&format!("{p}\n")), [p, ";nl"]);
        }
        // No insertion after operators, commas, opening brackets, keywords.
        for p in ["+", ",", "(", "[", "{", "=", ":=", "if", "func", "."] {
            assert_eq!(toks(&format!("{p}\n")).len(), 1, "{p}");
        }
        assert_eq!(toks("x // c\n"), ["name:x", ";nl"]);
        assert_eq!(toks("x;y"), ["name:x", ";", "name:y", ";eof"]);
        // Blank lines give one semicolon.
        assert_eq!(toks("x\n\n\ny"), ["name:x", ";nl", "name:y", ";eof"]);
    }

    #[test]
    fn semicolon_positions() {
        // The inserted semicolon is where the newline is.
        let (t, _) = tokenize("x  // c\ny");
        assert_eq!(t[1].0, 7);
        let (t, _) = tokenize("x /* a\nb */ y");
        assert_eq!(t[1].0, 2);
        let (t, _) = tokenize("x");
        assert_eq!((t[1].0, t[1].2), (1, 1));
    }

    #[test]
    fn operators() {
        let all = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { ) ] } , . ; :";
        let got = toks(all);
        let want: Vec<&str> = all.split(' ').collect();
        assert_eq!(&got[..want.len()], &want[..]);
    }

    #[test]
    fn keywords_and_names() {
        assert_eq!(
            toks("func funcs _ x1 ünïcode"),
            [
                "func",
                "name:funcs",
                "name:_",
                "name:x1",
                "name:ünïcode",
                ";eof"
            ]
        );
        assert_eq!(
            err1("a–b"),
            (1, "invalid character U+2013 '–' in identifier".into())
        );
        assert_eq!(toks("a–b")[0], "name:a–b");
        assert_eq!(
            err1("١x"),
            (0, "identifier cannot begin with digit U+0661 '١'".into())
        );
    }

    #[test]
    fn invalid_characters() {
        assert_eq!(err1("x @ y"), (2, "invalid character U+0040 '@'".into()));
        assert_eq!(err1("# c"), (0, "invalid character U+0023 '#'".into()));
        assert_eq!(err1("a\0b"), (1, "invalid NUL character".into()));
        assert_eq!(err1("\"a\0\""), (2, "invalid NUL character".into()));
        assert_eq!(
            err1("x \u{feff}"),
            (2, "invalid BOM in the middle of the file".into())
        );
        // A BOM at the start is allowed.
        assert!(errs("\u{feff}package p").is_empty());
        // Scanning continues after the bad character.
        assert_eq!(toks("a ? b"), ["name:a", "name:b", ";eof"]);
    }

    #[test]
    fn type_parameter_brackets() {
        let tp = |s: &str| toks(s).contains(&"[tp".to_string());
        assert!(tp("type List[T any] struct{}"));
        assert!(tp("type M[K comparable, V any] map[K]V"));
        assert!(tp("type S[T interface{ ~int }] []T"));
        assert!(tp("type X[P *C,] int"));
        assert!(tp("type (\n\tA int\n\tB[T any] []T\n)"));
        assert!(!tp("type A [N]int"));
        assert!(!tp("type A [4]int"));
        assert!(!tp("type A []int"));
        assert!(!tp("type A [N * 2]int"));
        assert!(!tp("type A [P *C]int"));
        assert!(!tp("x := a[i]"));
    }

    #[test]
    fn nesting_limit() {
        let src = format!("x = {}1{}", "(".repeat(5000), ")".repeat(5000));
        let (_, e) = tokenize(&src);
        assert!(
            e.iter().any(|(_, m)| m == "syntax error: nesting too deep"),
            "{e:?}"
        );
        // Wide is fine: many elements at one level.
        let src = format!("x = f({})", vec!["a + b"; 5000].join(", "));
        assert!(tokenize(&src).1.is_empty());
    }
}
