//! Go tokens.
//!
//! Owns: the `Token` enum, which is both the logos DFA (the `#[token]` and
//! `#[regex]` attributes) and the terminal alphabet of the lalrpop grammar.
//! Invariants:
//! - Literal tokens carry decoded values (`Str` holds bytes, `Rune` a code
//!   point, numbers their source text); names carry their text.
//! - The variants after `Newline` are internal triggers of the logos DFA
//!   whose callbacks (in `lexer`) always turn them into another token or
//!   skip them; they never leave `lexer`.
//! - `LBrackTParams` is never produced by logos: the semicolon-inserting
//!   wrapper in `lexer` emits it for the `[` that opens the type parameter
//!   list of a type declaration (`type List[T any] ...`), so that the
//!   grammar need not guess between that and an array type (`type A [N]T`).

use super::ast::BinOp;
use super::lexer as cb;
use logos::Logos;
use std::fmt;

/// Why a `;` is in the token stream: Go names them differently in errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written in the source.
    Explicit,
    /// Inserted at a line end (or a comment spanning lines).
    Newline,
    /// Inserted before the end of the file.
    Eof,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = cb::Extras)]
#[logos(skip r"[ \t\r]+")]
pub enum Token {
    // ─── names and literals ───
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Rune(u32),
    Str(Vec<u8>),

    // ─── keywords ───
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // ─── operators ───
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=", |_| BinOp::Add)]
    #[token("-=", |_| BinOp::Sub)]
    #[token("*=", |_| BinOp::Mul)]
    #[token("/=", |_| BinOp::Div)]
    #[token("%=", |_| BinOp::Rem)]
    #[token("&=", |_| BinOp::And)]
    #[token("|=", |_| BinOp::Or)]
    #[token("^=", |_| BinOp::Xor)]
    #[token("<<=", |_| BinOp::Shl)]
    #[token(">>=", |_| BinOp::Shr)]
    #[token("&^=", |_| BinOp::AndNot)]
    OpAssign(BinOp),
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,

    // ─── delimiters ───
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),
    #[token(":")]
    Colon,
    /// `[` opening a type declaration's type parameters (see module doc).
    LBrackTParams,

    // ─── internal: consumed by the lexer wrapper ───
    /// A line end, or a block comment containing one.
    #[token("\n")]
    Newline,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", cb::word, priority = 3)]
    #[regex(r"[\p{L}&&[^\x00-\x7F]]", cb::word, priority = 3)]
    Word,
    #[regex(r"[^\x00-\x7F]", cb::non_ascii_word, priority = 1)]
    NonAsciiWord,
    #[regex(r"[0-9]|\.[0-9]", cb::number)]
    Number,
    #[token("\"", cb::string)]
    StrStart,
    #[token("`", cb::raw_string)]
    RawStrStart,
    #[token("'", cb::rune)]
    RuneStart,
    #[token("//", cb::line_comment)]
    LineComment,
    #[token("/*", cb::block_comment)]
    BlockComment,
}

impl Token {
    /// Go's rule: a newline or EOF after this token becomes a semicolon.
    pub fn inserts_semi(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Ident(_)
                | Int(_)
                | Float(_)
                | Imag(_)
                | Rune(_)
                | Str(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// The keyword token for `word`, if it is one.
    pub fn keyword(word: &str) -> Option<Token> {
        use Token::*;
        Some(match word {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }

    pub fn is_keyword(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    pub fn is_literal(&self) -> bool {
        use Token::*;
        matches!(self, Int(_) | Float(_) | Imag(_) | Rune(_) | Str(_))
    }

    /// Tokens after which the AST can grow one level deeper (operators,
    /// selectors, type constructors, `else`): the lexer's nesting estimate.
    pub fn deepens(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Add | Sub
                | Mul
                | Quo
                | Rem
                | And
                | Or
                | Xor
                | Shl
                | Shr
                | AndNot
                | LAnd
                | LOr
                | Arrow
                | Eql
                | Lss
                | Gtr
                | Not
                | Tilde
                | Neq
                | Leq
                | Geq
                | Ellipsis
                | Period
                | Colon
                | Chan
                | Map
                | Func
                | Struct
                | Interface
                | Else
        )
    }
}

impl fmt::Display for Token {
    /// The token's spelling (keywords and punctuation); a placeholder for
    /// names and literals, whose text lives in the source.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Token::*;
        let s = match self {
            Ident(s) => return write!(f, "{s}"),
            Int(s) | Float(s) | Imag(s) => return write!(f, "{s}"),
            Rune(_) => "rune literal",
            Str(_) => "string literal",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            OpAssign(op) => return write!(f, "{}=", op.as_str()),
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack | LBrackTParams => "[",
            LBrace => "{",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Comma => ",",
            Period => ".",
            Semi(SemiKind::Explicit) => ";",
            Semi(SemiKind::Newline) => "newline",
            Semi(SemiKind::Eof) => "EOF",
            Colon => ":",
            Newline => "newline",
            Word | NonAsciiWord | Number | StrStart | RawStrStart | RuneStart | LineComment
            | BlockComment => "token",
        };
        f.write_str(s)
    }
}
