//! The abstract syntax tree of one Go source file.
//!
//! Owns: the node types produced by the parser and consumed by the checker.
//! Invariants:
//! - Every node carries a `Span` of byte offsets into its file's source.
//! - Every `Expr` has a `NodeId` unique within its file (assigned by the
//!   parser in source order); the checker keys its per-expression facts
//!   (types, constant values, resolved objects) on it.
//! - Types appear in expression position exactly as in Go's own `go/ast`:
//!   `[]T`, `map[K]V`, `*T` (a `Unary` with `UnOp::Deref`), `chan T`, ...
//!   are `Expr`s, because Go's syntax cannot always tell a type from a
//!   value (`[]byte(s)`, `(*T)(p)`, `f[int](x)`); the checker decides.
//! - Literal values are already decoded by the lexer: strings are bytes
//!   (Go strings may hold invalid UTF-8 via `\x` escapes), runes are code
//!   points; numeric literals keep their source text for exact arithmetic.

use std::fmt;

/// A half-open byte range `[lo, hi)` in one source file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span {
            lo: lo as u32,
            hi: hi as u32,
        }
    }
    /// The empty span at `pos`.
    pub fn at(pos: u32) -> Span {
        Span { lo: pos, hi: pos }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.lo, self.hi)
    }
}

/// Identifies an expression within its file.
pub type NodeId = u32;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

// ───────────────────────────── files and declarations ─────────────────────

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `None`: plain import; `Some("_")`, `Some(".")` or an alias.
    pub alias: Option<Ident>,
    /// The import path, decoded (e.g. `math/rand`).
    pub path: String,
    /// Span of the path's string literal.
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Const(GenDecl<ValueSpec>),
    Var(GenDecl<ValueSpec>),
    Type(GenDecl<TypeSpec>),
    Func(Box<FuncDecl>),
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Const(g) | Decl::Var(g) => g.span,
            Decl::Type(g) => g.span,
            Decl::Func(f) => f.span,
        }
    }
}

/// `const (...)`, `var x = 1`, `type T struct{}`: one or more specs.
#[derive(Clone, Debug)]
pub struct GenDecl<S> {
    pub specs: Vec<S>,
    /// True when written with parentheses.
    pub grouped: bool,
    pub span: Span,
}

/// One line of a const or var declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    /// Empty when omitted. In a const group an omitted list repeats the
    /// previous spec's type and values (the checker does that, using `iota`).
    pub values: Vec<Expr>,
    /// Index of this spec within its group: the value of `iota` here.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    /// Type parameters `[T any, K comparable]`; empty if not generic.
    pub tparams: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub typ: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The receiver of a method (exactly one field, name optional).
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a body-less declaration (a native in golite's stdlib).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field, receiver or type parameter group:
/// `a, b int`, `int`, `...string`, an embedded `*T`, `T any`.
#[derive(Clone, Debug)]
pub struct Field {
    /// Empty for an unnamed parameter or an embedded struct field.
    pub names: Vec<Ident>,
    /// The type (for type parameters: the constraint).
    pub typ: Expr,
    /// `...T` (the last parameter of a variadic function).
    pub variadic: bool,
    /// A struct field tag, decoded.
    pub tag: Option<Vec<u8>>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct StructType {
    pub fields: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface or a type-set term: `fmt.Stringer`,
    /// `~int | ~string` (a `Binary` `Or` of `Unary` `Tilde` terms).
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub struct InterfaceType {
    pub elems: Vec<InterfaceElem>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

// ─────────────────────────────────── expressions ──────────────────────────

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Ident),
    /// An integer literal's source text (`0x_FF`, `0o17`, `017`, `1_000`).
    IntLit(String),
    /// A float literal's source text (`1e9`, `0x1p-2`, `.5`).
    FloatLit(String),
    /// An imaginary literal's source text including the `i`.
    ImagLit(String),
    /// A rune literal's code point.
    RuneLit(u32),
    /// A string literal's decoded bytes.
    StringLit(Vec<u8>),
    /// `T{...}`; `typ` is `None` for an elided inner literal `{...}`.
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<Element>,
        lbrace: Span,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or an instantiation `f[int, string]` (several indices).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
        lbrack: Span,
        rbrack: Span,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` set for the 3-index form).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
        lbrack: Span,
        rbrack: Span,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` in a type switch header.
    TypeAssert {
        x: Box<Expr>,
        typ: Option<Box<Expr>>,
        lparen: Span,
        rparen: Span,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// Position of `...` after the last argument.
        ellipsis: Option<Span>,
        lparen: Span,
        rparen: Span,
    },
    Unary {
        op: UnOp,
        x: Box<Expr>,
        op_span: Span,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
        op_span: Span,
    },
    /// `[N]T`, `[...]T` (`len` is `None` and `dots` set), and `[]T` is
    /// `SliceType`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(FuncType),
    StructType(StructType),
    InterfaceType(InterfaceType),
    /// `...` inside `[...]T`; never appears elsewhere.
    Ellipsis,
    /// Stands where the parser recovered from a syntax error.
    Bad,
}

/// An element of a composite literal: `v`, `k: v`, `{...}` (elided type).
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `*x` (dereference, or pointer type)
    Deref,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
    /// Go's precedence: 5 (`* / % << >> & &^`) down to 1 (`||`).
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LAnd => 2,
            LOr => 1,
        }
    }
    pub fn is_comparison(self) -> bool {
        use BinOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        use UnOp::*;
        match self {
            Pos => "+",
            Neg => "-",
            Not => "!",
            BitNot => "^",
            Deref => "*",
            Addr => "&",
            Recv => "<-",
            Tilde => "~",
        }
    }
}

// ─────────────────────────────────── statements ───────────────────────────

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub lbrace: Span,
    pub rbrace: Span,
}

impl Block {
    pub fn span(&self) -> Span {
        self.lbrace.to(self.rbrace)
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=` is `Op(BinOp::Add)`.
    Op(BinOp),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
        arrow: Span,
    },
    IncDec {
        x: Expr,
        inc: bool,
        op_span: Span,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        op_span: Span,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Either a `Block` or another `If`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
        lbrace: Span,
        rbrace: Span,
    },
    /// `switch [init;] [v :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        binding: Option<Ident>,
        /// The operand `x` of `x.(type)`.
        x: Expr,
        cases: Vec<CaseClause>,
        lbrace: Span,
        rbrace: Span,
    },
    Select {
        cases: Vec<CommClause>,
        lbrace: Span,
        rbrace: Span,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}`, `for k = range x {}`, `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` (true) or `=` (false); meaningless without key/value.
        define: bool,
        x: Expr,
        body: Block,
        range_span: Span,
    },
    Empty,
}

/// `case a, b:` (or `default:` when `default` is set) and its statements.
/// In a type switch the expressions are types (`nil` allowed).
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    /// From `case`/`default` to the colon.
    pub head_span: Span,
    pub span: Span,
}

/// A `select` case. `comm` is `None` for `default`; otherwise a `Send`, an
/// `Expr` (`<-ch`) or an `Assign` whose right side is one receive
/// (`v := <-ch`, `v, ok = <-ch`).
#[derive(Clone, Debug)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub head_span: Span,
    pub span: Span,
}
