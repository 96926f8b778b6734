//! The syntax of a Printf format: splits it into literal text and
//! directives, and reads each directive into a `Directive` (flags, width
//! and precision sources, explicit argument indices, verb) without
//! looking at the arguments. Owns only the grammar; what the indices and
//! `*` amounts mean for the argument list is the engine's business.
//!
//! A directive is `%`, flags `#0+- ` in any number and order, then
//!
//!   [index] (`*` | digits)?  ( `.` [index] (`*` | digits)? )?  [index] verb
//!
//! where an index is `[n]`. The quirks of Go's reading, all observable:
//! - a `.` is a precision only when something follows it (`%.` has the
//!   verb `.`); `.` with no digits is precision 0;
//! - an index directly followed by literal width digits or by `.` is
//!   misplaced (the directive reports BADINDEX);
//! - a verb index is only looked for when the previous component was not
//!   itself a well-formed index (so in `%[1][2]d` the verb is `[`);
//! - an index is malformed when its content is not a plain decimal
//!   number or when fewer than three bytes remain at its `[`; without a
//!   closing `]` only the `[` is skipped;
//! - a number that grows past 10^6 before its last digit eats the rest of
//!   the format (then the directive has no verb);
//! - the verb is one UTF-8 rune (a bad byte reads as U+FFFD).

use crate::natives::utf8::decode_rune;

/// Numbers beyond this are refused (widths, precisions, indices).
pub(super) const LIMIT: u64 = 1_000_000;

/// The five flags as written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Flags {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
}

/// Where a width or precision comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Amount {
    Absent,
    Literal(usize),
    /// `*`: the next argument.
    FromArg,
}

/// An explicit argument index `[n]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Index {
    Absent,
    /// `[n]`, n as written (1-based; may be out of range).
    At(u64),
    Malformed,
}

/// One `%...` directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Directive {
    pub flags: Flags,
    pub width_index: Index,
    pub width: Amount,
    pub prec_index: Index,
    pub prec: Amount,
    pub verb_index: Index,
    /// An index stood where Go does not accept one.
    pub misplaced: bool,
    /// None when the format ended before the verb.
    pub verb: Option<char>,
}

/// A piece of a format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Piece<'f> {
    Text(&'f [u8]),
    Directive(Directive),
}

/// Iterates over the pieces of a format.
pub(super) struct Pieces<'f> {
    src: &'f [u8],
    pos: usize,
}

pub(super) fn pieces(format: &[u8]) -> Pieces<'_> {
    Pieces {
        src: format,
        pos: 0,
    }
}

impl<'f> Iterator for Pieces<'f> {
    type Item = Piece<'f>;

    fn next(&mut self) -> Option<Piece<'f>> {
        let rest = self.src.get(self.pos..).filter(|r| !r.is_empty())?;
        if rest[0] != b'%' {
            let len = rest.iter().position(|&c| c == b'%').unwrap_or(rest.len());
            self.pos += len;
            return Some(Piece::Text(&rest[..len]));
        }
        let mut r = Reader {
            src: self.src,
            pos: self.pos + 1,
        };
        let d = r.directive();
        self.pos = r.pos;
        Some(Piece::Directive(d))
    }
}

/// Outcome of reading digits.
enum Number {
    None,
    Value(u64),
    /// Grew past the limit: the rest of the format is consumed.
    Overflow,
}

struct Reader<'f> {
    src: &'f [u8],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn directive(&mut self) -> Directive {
        let mut flags = Flags::default();
        while let Some(c) = self.peek() {
            match c {
                b'#' => flags.sharp = true,
                b'0' => flags.zero = true,
                b'+' => flags.plus = true,
                b'-' => flags.minus = true,
                b' ' => flags.space = true,
                _ => break,
            }
            self.pos += 1;
        }
        let mut misplaced = false;

        let width_index = self.index();
        let mut after_index = matches!(width_index, Index::At(_));
        let width = if self.peek() == Some(b'*') {
            self.pos += 1;
            after_index = false;
            Amount::FromArg
        } else {
            match self.number() {
                Number::None => Amount::Absent,
                Number::Value(n) => {
                    misplaced |= after_index;
                    Amount::Literal(n as usize)
                }
                Number::Overflow => Amount::Absent,
            }
        };

        let mut prec_index = Index::Absent;
        let mut prec = Amount::Absent;
        if self.peek() == Some(b'.') && self.pos + 1 < self.src.len() {
            self.pos += 1;
            misplaced |= after_index;
            prec_index = self.index();
            after_index = matches!(prec_index, Index::At(_));
            prec = if self.peek() == Some(b'*') {
                self.pos += 1;
                after_index = false;
                Amount::FromArg
            } else {
                match self.number() {
                    Number::Value(n) => Amount::Literal(n as usize),
                    Number::None | Number::Overflow => Amount::Literal(0),
                }
            };
        }

        let verb_index = if after_index {
            Index::Absent
        } else {
            self.index()
        };

        let verb = match self.src.get(self.pos..) {
            Some(rest) if !rest.is_empty() => {
                let (r, n) = decode_rune(rest);
                self.pos += n.max(1);
                Some(char::from_u32(r as u32).unwrap_or(char::REPLACEMENT_CHARACTER))
            }
            _ => None,
        };
        Directive {
            flags,
            width_index,
            width,
            prec_index,
            prec,
            verb_index,
            misplaced,
            verb,
        }
    }

    /// Reads decimal digits at the cursor.
    fn number(&mut self) -> Number {
        let mut value: u64 = 0;
        let mut any = false;
        while let Some(c) = self.peek().filter(u8::is_ascii_digit) {
            if value > LIMIT {
                self.pos = self.src.len();
                return Number::Overflow;
            }
            value = value * 10 + u64::from(c - b'0');
            any = true;
            self.pos += 1;
        }
        if any {
            Number::Value(value)
        } else {
            Number::None
        }
    }

    /// Reads `[n]` at the cursor, if there is a `[`.
    fn index(&mut self) -> Index {
        if self.peek() != Some(b'[') {
            return Index::Absent;
        }
        let rest = &self.src[self.pos..];
        let close = if rest.len() < 3 {
            None
        } else {
            rest.iter().position(|&c| c == b']')
        };
        let Some(close) = close else {
            self.pos += 1;
            return Index::Malformed;
        };
        let inner = &rest[1..close];
        self.pos += close + 1;
        let mut value: u64 = 0;
        for &c in inner {
            if !c.is_ascii_digit() || value > LIMIT {
                return Index::Malformed;
            }
            value = value * 10 + u64::from(c - b'0');
        }
        if inner.is_empty() {
            Index::Malformed
        } else {
            Index::At(value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(f: &str) -> Directive {
        match pieces(f.as_bytes()).next() {
            Some(Piece::Directive(d)) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn grammar() {
        let d = one("%-+#08.3[2]x");
        assert!(d.flags.minus && d.flags.plus && d.flags.sharp && d.flags.zero);
        assert_eq!((d.width, d.prec), (Amount::Literal(8), Amount::Literal(3)));
        assert_eq!(d.verb_index, Index::At(2));
        assert_eq!(one("%.").verb, Some('.'));
        assert_eq!(one("%.5").verb, None);
        assert!(one("%[1]5d").misplaced);
        assert_eq!(one("%[1][2]d").verb, Some('['));
        assert_eq!(one("%[x]d").width_index, Index::Malformed);
        assert_eq!(one("%99999999d").verb, None);
        assert_eq!(one("%\u{e4}").verb, Some('\u{e4}'));
        let all: Vec<_> = pieces(b"a%%b%d").collect();
        assert_eq!(all.len(), 4);
    }
}
