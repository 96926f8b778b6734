//! Parser glue: the state shared by the lexer and the grammar's actions,
//! the AST constructors the actions call, and syntax error reporting.
//!
//! Owns: `ParseState` (node ids, diagnostics, the token history), the
//! grouping of parameter lists, the checks Go's parser makes inside a
//! successful parse (`cannot use ... as value`, `missing type constraint`,
//! ...), and the translation of lalrpop's errors (the offending token and
//! the set of expected terminals) into Go's messages and positions.
//! Invariants:
//! - Node ids are unique within a file (a counter, never reset).
//! - At most one `syntax error:` per line is recorded, as cmd/compile does;
//!   after an error, a second one at EOF is dropped.
//! - Error messages name tokens the way Go does (`name x`, `literal 5`,
//!   `newline`, `keyword else`, `comma`).

use super::ast::*;
use super::lexer::LexError;
use super::printer::{expr_string, go_pos, stmt_string};
use super::token::{SemiKind, Token};
use crate::diag::{Diagnostic, FileId};
use lalrpop_util::{ErrorRecovery, ParseError};
use std::cell::{Cell, RefCell};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_mut, dead_code, unused_imports)]
    pub grammar,
    "/go.rs"
);

/// What the history remembers of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistKind {
    Name,
    Lit,
    Semi(SemiKind),
    /// The `[` of a type declaration's type parameters.
    TParams,
    /// A keyword or punctuation: its text is the source at its span.
    Other,
}

/// A token the parser has been given.
#[derive(Clone, Copy, Debug)]
pub struct HistTok {
    pub lo: u32,
    pub hi: u32,
    pub kind: HistKind,
    /// Bracket depth before the token.
    pub depth: u32,
}

/// A top-level item of a source file.
#[derive(Debug)]
pub enum TopItem {
    Import(Vec<ImportSpec>, Span),
    Decl(Decl),
}

/// The header of `if` and `switch` as parsed: Go validates it afterwards.
pub struct Header {
    pub init: Option<Box<Stmt>>,
    /// The `;` after the init statement, if any.
    pub semi: Option<(usize, SemiKind)>,
    pub cond: Option<Box<Stmt>>,
}

/// One entry of a parameter list before Go's grouping: `a int`, `int`,
/// `a` (a name or a type: decided by the whole list), `...T`.
pub struct ParamEntry {
    pub name: Option<Ident>,
    pub typ: Option<Expr>,
    pub dots: Option<Span>,
}

/// `k, v := range x` before it becomes a statement.
pub struct RangeHead {
    pub lhs: Vec<Expr>,
    pub define: bool,
    pub x: Expr,
    pub range_span: Span,
}

/// How an error message is completed.
enum Msg {
    /// `syntax error: unexpected X, expected Y`
    Expected(String),
    /// `syntax error: unexpected X in ...` / `at end of statement`
    Context(String),
    /// `syntax error: ...` with no token named.
    Plain(String),
    /// A message without the `syntax error: ` prefix (go/parser's).
    Raw(String),
}

pub struct ParseState<'s> {
    pub file: FileId,
    pub src: &'s str,
    next_id: Cell<NodeId>,
    diags: RefCell<Vec<Diagnostic>>,
    pub hist: RefCell<Vec<HistTok>>,
    /// The last top-level declaration was a function without a body.
    last_bodyless: Cell<bool>,
    /// `.(type)` guards not (yet) claimed by a type switch header.
    guards: RefCell<Vec<(NodeId, u32)>>,
    line_starts: Vec<u32>,
    /// Line of the last `syntax error` (+1; 0 for none).
    last_syntax_line: Cell<u32>,
    /// Where the current parse segment was cut (a declaration keyword).
    pub segment_end: Cell<Option<usize>>,
    /// History index of the token where the last recovery resumed.
    resume: Cell<Option<usize>>,
    /// Syntax errors met, reported or not.
    events: Cell<usize>,
}

impl<'s> ParseState<'s> {
    pub fn new(file: FileId, src: &'s str) -> ParseState<'s> {
        let mut line_starts = vec![0u32];
        line_starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        ParseState {
            file,
            src,
            next_id: Cell::new(0),
            diags: RefCell::new(Vec::new()),
            hist: RefCell::new(Vec::with_capacity(src.len() / 5 + 16)),
            last_bodyless: Cell::new(false),
            guards: RefCell::new(Vec::new()),
            line_starts,
            last_syntax_line: Cell::new(0),
            segment_end: Cell::new(None),
            resume: Cell::new(None),
            events: Cell::new(0),
        }
    }

    // ───────────────────────── diagnostics ─────────────────────────

    fn line_of(&self, pos: usize) -> u32 {
        match self.line_starts.binary_search(&(pos as u32)) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn span_at(&self, pos: usize) -> Span {
        let pos = pos.min(self.src.len());
        let n = self.src[pos..].chars().next().map_or(0, char::len_utf8);
        Span::new(pos, pos + n)
    }

    /// Records an error at byte `pos` (lexer errors and Go's non-syntax
    /// parser errors).
    pub fn error_at(&self, pos: usize, msg: &str) {
        if msg.starts_with("syntax error") {
            let line = self.line_of(pos);
            if self.last_syntax_line.get() == line {
                return;
            }
            self.last_syntax_line.set(line);
        }
        self.diags
            .borrow_mut()
            .push(Diagnostic::new(self.file, self.span_at(pos), msg));
    }

    fn syntax_error(&self, pos: usize, msg: &str) {
        self.error_at(pos, &format!("syntax error: {msg}"));
    }

    pub fn error_count(&self) -> usize {
        self.diags.borrow().len()
    }

    /// Syntax errors met so far, including those not reported.
    pub fn error_events(&self) -> usize {
        self.events.get()
    }

    pub fn take_diags(&self) -> Vec<Diagnostic> {
        std::mem::take(&mut *self.diags.borrow_mut())
    }

    /// Reports the `.(type)` guards no type switch claimed, as Go's type
    /// checker does (only when the file has no other error).
    pub fn report_guards(&self) {
        if self.error_count() > 0 {
            return;
        }
        let guards = std::mem::take(&mut *self.guards.borrow_mut());
        for (_, pos) in guards {
            self.error_at(
                pos as usize,
                "invalid syntax tree: use of .(type) outside type switch",
            );
        }
    }

    // ───────────────────────── constructors ─────────────────────────

    pub fn id(&self) -> NodeId {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    pub fn expr(&self, lo: usize, hi: usize, kind: ExprKind) -> Expr {
        Expr {
            id: self.id(),
            span: Span::new(lo, hi),
            kind,
        }
    }

    pub fn ident(&self, n: Ident) -> Expr {
        Expr {
            id: self.id(),
            span: n.span,
            kind: ExprKind::Ident(n),
        }
    }

    pub fn selector(&self, x: Expr, n: Ident) -> Expr {
        let span = x.span.to(n.span);
        Expr {
            id: self.id(),
            span,
            kind: ExprKind::Selector(Box::new(x), n),
        }
    }

    pub fn index(&self, x: Expr, indices: Vec<Expr>, lb: usize, rb: usize, hi: usize) -> Expr {
        let span = Span::new(x.span.lo as usize, hi);
        Expr {
            id: self.id(),
            span,
            kind: ExprKind::Index {
                x: Box::new(x),
                indices,
                lbrack: Span::new(lb, lb + 1),
                rbrack: Span::new(rb, hi),
            },
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn slice(
        &self,
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        three: bool,
        lb: usize,
        rb: usize,
        end: usize,
    ) -> Expr {
        if three {
            if hi.is_none() {
                self.error_at(rb, "middle index required in 3-index slice");
            } else if max.is_none() {
                self.error_at(rb, "final index required in 3-index slice");
            }
        }
        let span = Span::new(x.span.lo as usize, end);
        Expr {
            id: self.id(),
            span,
            kind: ExprKind::Slice {
                x: Box::new(x),
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                max: max.map(Box::new),
                three,
                lbrack: Span::new(lb, lb + 1),
                rbrack: Span::new(rb, end),
            },
        }
    }

    pub fn type_assert(&self, x: Expr, typ: Option<Expr>, lp: usize, rp: usize, hi: usize) -> Expr {
        let span = Span::new(x.span.lo as usize, hi);
        let id = self.id();
        if typ.is_none() {
            self.guards.borrow_mut().push((id, x.span.lo));
        }
        Expr {
            id,
            span,
            kind: ExprKind::TypeAssert {
                x: Box::new(x),
                typ: typ.map(Box::new),
                lparen: Span::new(lp, lp + 1),
                rparen: Span::new(rp, hi),
            },
        }
    }

    pub fn call(&self, f: Expr, a: (Vec<Expr>, Option<Span>, Span, Span, usize)) -> Expr {
        let (args, ellipsis, lparen, rparen, hi) = a;
        let span = Span::new(f.span.lo as usize, hi);
        Expr {
            id: self.id(),
            span,
            kind: ExprKind::Call {
                func: Box::new(f),
                args,
                ellipsis,
                lparen,
                rparen,
            },
        }
    }

    pub fn composite(&self, typ: Option<Expr>, v: (Span, Vec<Element>, Span)) -> Expr {
        let (lbrace, elems, rbrace) = v;
        let lo = typ.as_ref().map_or(lbrace.lo, |t| t.span.lo);
        Expr {
            id: self.id(),
            span: Span { lo, hi: rbrace.hi },
            kind: ExprKind::CompositeLit {
                typ: typ.map(Box::new),
                elems,
                lbrace,
                rbrace,
            },
        }
    }

    pub fn binary(&self, x: Expr, op: (BinOp, Span), y: Expr) -> Expr {
        let span = x.span.to(y.span);
        Expr {
            id: self.id(),
            span,
            kind: ExprKind::Binary {
                op: op.0,
                x: Box::new(x),
                y: Box::new(y),
                op_span: op.1,
            },
        }
    }

    /// A unary operation; `<-` applied to a channel type makes a receive
    /// channel type, re-associating as Go does (`<-chan <-chan T`).
    pub fn unary(&self, op: (UnOp, Span), mut x: Expr) -> Expr {
        let (op, op_span) = op;
        if op == UnOp::Recv && matches!(x.kind, ExprKind::ChanType { .. }) {
            // Decide (immutably), then re-associate the directions.
            let mut t = &x;
            let mut dir = ChanDir::Send;
            while dir == ChanDir::Send {
                let ExprKind::ChanType { dir: d, elem } = &t.kind else {
                    break;
                };
                dir = *d;
                if dir == ChanDir::Recv {
                    self.syntax_error(op_span.lo as usize, "unexpected <-, expected chan");
                }
                t = elem;
            }
            if dir == ChanDir::Send {
                let s = expr_string(t);
                self.syntax_error(
                    op_span.lo as usize,
                    &format!("unexpected {s}, expected chan"),
                );
            }
            let mut t = &mut x;
            while let ExprKind::ChanType { dir, elem } = &mut t.kind {
                let was = *dir;
                *dir = ChanDir::Recv;
                if was != ChanDir::Send {
                    break;
                }
                t = elem;
            }
            x.span = Span {
                lo: op_span.lo,
                hi: x.span.hi,
            };
            return x;
        }
        let span = Span {
            lo: op_span.lo,
            hi: x.span.hi,
        };
        Expr {
            id: self.id(),
            span,
            kind: ExprKind::Unary {
                op,
                x: Box::new(x),
                op_span,
            },
        }
    }

    pub fn array_type(&self, len: (Vec<Expr>, bool), elem: Expr, lo: usize, hi: usize) -> Expr {
        let (mut v, comma) = len;
        if v.len() != 1 || comma {
            let from = v[0].span.hi as usize;
            let at = self.src[from..].find(',').map_or(hi, |k| from + k);
            self.syntax_error(at, "unexpected comma; expected ]");
        }
        let n = v.swap_remove(0);
        self.expr(
            lo,
            hi,
            ExprKind::ArrayType {
                len: Some(Box::new(n)),
                elem: Box::new(elem),
            },
        )
    }

    pub fn field(
        &self,
        names: Vec<Ident>,
        typ: Expr,
        tag: Option<Vec<u8>>,
        lo: usize,
        hi: usize,
    ) -> Field {
        Field {
            names,
            typ,
            variadic: false,
            tag,
            span: Span::new(lo, hi),
        }
    }

    pub fn import_spec(
        &self,
        alias: Option<Ident>,
        path: Vec<u8>,
        path_span: Span,
        span: Span,
    ) -> ImportSpec {
        ImportSpec {
            alias,
            path: String::from_utf8_lossy(&path).into_owned(),
            path_span,
            span,
        }
    }

    pub fn note_decl(&self, bodyless_func: bool) {
        self.last_bodyless.set(bodyless_func);
    }

    #[allow(clippy::vec_box)]
    pub fn gen_decl<S: HasIota>(&self, g: (Vec<Box<S>>, bool), lo: usize, hi: usize) -> GenDecl<S> {
        let (specs, grouped) = g;
        let mut specs: Vec<S> = specs.into_iter().map(|s| *s).collect();
        for (i, s) in specs.iter_mut().enumerate() {
            s.set_iota(i as u32);
        }
        GenDecl {
            specs,
            grouped,
            span: Span::new(lo, hi),
        }
    }

    pub fn value_spec(
        &self,
        names: Vec<Ident>,
        typ: Option<Expr>,
        values: Vec<Expr>,
        lo: usize,
        hi: usize,
    ) -> Box<ValueSpec> {
        Box::new(ValueSpec {
            names,
            typ,
            values,
            iota: 0,
            span: Span::new(lo, hi),
        })
    }

    /// A parameter entry that is only a type: a bare name stays undecided.
    pub fn param_type_only(&self, t: Expr) -> ParamEntry {
        match t.kind {
            ExprKind::Ident(n) => ParamEntry {
                name: Some(n),
                typ: None,
                dots: None,
            },
            _ => ParamEntry {
                name: None,
                typ: Some(t),
                dots: None,
            },
        }
    }

    /// Go's grouping of a parameter list (`paramList`): either every entry
    /// is a type, or every entry is named and names without a type take the
    /// type of the next typed entry. `close` is the offset of `)` or `]`.
    // Entries come boxed from the grammar (small parser symbols).
    #[allow(clippy::vec_box)]
    fn group_params(&self, list: Vec<Box<ParamEntry>>, close: usize, tparams: bool) -> Vec<Field> {
        let named = list
            .iter()
            .filter(|p| p.name.is_some() && p.typ.is_some())
            .count();
        let typed = list.iter().filter(|p| p.typ.is_some()).count();
        let n = list.len();
        let mut out: Vec<Field> = Vec::new();
        if named == 0 && !tparams {
            // All entries are types.
            for p in list {
                let p = *p;
                let typ = match (p.name, p.typ) {
                    (Some(id), None) => self.ident(id),
                    (_, Some(t)) => t,
                    (None, None) => self.expr(close, close, ExprKind::Bad),
                };
                let span = typ.span;
                out.push(Field {
                    names: Vec::new(),
                    typ,
                    variadic: p.dots.is_some(),
                    tag: None,
                    span: p.dots.map_or(span, |d| d.to(span)),
                });
            }
            return out;
        }
        if named != n {
            // Some entries lack a name or a type: find Go's error position.
            let mut err_pos: Option<usize> = None;
            let mut have_type = false;
            for p in list.iter().rev() {
                if let Some(t) = &p.typ {
                    have_type = true;
                    if p.name.is_none() {
                        err_pos = Some(start_pos(t) as usize);
                    }
                } else if !have_type {
                    err_pos = p.name.as_ref().map(|n| n.span.lo as usize);
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = close;
                    if tparams {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if tparams {
                    if n == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                self.syntax_error(pos, msg);
            }
        }
        // Group names with the next typed entry.
        let mut names: Vec<Ident> = Vec::new();
        let mut lo: Option<u32> = None;
        for p in list {
            let p = *p;
            if lo.is_none() {
                lo = Some(p.name.as_ref().map_or_else(
                    || p.typ.as_ref().map_or(close as u32, |t| t.span.lo),
                    |n| n.span.lo,
                ));
            }
            match p.typ {
                None => names.extend(p.name),
                Some(typ) => {
                    names.extend(p.name);
                    let span = Span {
                        lo: lo.take().unwrap_or(typ.span.lo),
                        hi: typ.span.hi,
                    };
                    out.push(Field {
                        names: std::mem::take(&mut names),
                        typ,
                        variadic: p.dots.is_some(),
                        tag: None,
                        span,
                    });
                }
            }
        }
        if !names.is_empty() {
            let span = Span::new(close, close);
            let typ = self.expr(close, close, ExprKind::Bad);
            out.push(Field {
                names,
                typ,
                variadic: false,
                tag: None,
                span,
            });
        }
        out
    }

    #[allow(clippy::vec_box)]
    pub fn params(&self, list: Vec<Box<ParamEntry>>, close: usize) -> Vec<Field> {
        let fields = self.group_params(list, close, false);
        let last = fields.len().saturating_sub(1);
        for (i, f) in fields.iter().enumerate() {
            if f.variadic && (i != last || f.names.len() > 1) {
                self.error_at(f.span.lo as usize, "can only use ... with final parameter");
                break;
            }
        }
        fields
    }

    #[allow(clippy::vec_box)]
    pub fn tparams(&self, list: Vec<Box<ParamEntry>>, close: usize) -> Vec<Field> {
        self.group_params(list, close, true)
    }

    pub fn signature(
        &self,
        params: Vec<Field>,
        results: Vec<Field>,
        lo: usize,
        hi: usize,
    ) -> FuncType {
        if let Some(f) = results.iter().find(|f| f.variadic) {
            self.error_at(f.span.lo as usize, "invalid use of ...");
        }
        FuncType {
            params,
            results,
            span: Span::new(lo, hi),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn func_decl(
        &self,
        recv: Option<Vec<Field>>,
        name: Ident,
        tparams: Option<Vec<Field>>,
        sig: FuncType,
        body: Option<Block>,
        lo: usize,
        hi: usize,
    ) -> Box<FuncDecl> {
        let recv = recv.and_then(|mut r| {
            if r.is_empty() {
                self.error_at(lo, "method has no receiver");
                None
            } else {
                if r.len() > 1 || r[0].names.len() > 1 {
                    self.error_at(lo, "method has multiple receivers");
                }
                Some(r.swap_remove(0))
            }
        });
        Box::new(FuncDecl {
            recv,
            name,
            tparams: tparams.unwrap_or_default(),
            sig,
            body,
            span: Span::new(lo, hi),
        })
    }

    // ───────────────────────── statements ─────────────────────────

    pub fn labeled(&self, label: Ident, s: Option<Box<Stmt>>, lo: usize, hi: usize) -> Box<Stmt> {
        let stmt = s.unwrap_or_else(|| {
            Box::new(Stmt {
                span: Span::new(hi, hi),
                kind: StmtKind::Empty,
            })
        });
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::Labeled { label, stmt },
        })
    }

    pub fn go_defer(&self, is_go: bool, x: Expr, lo: usize, hi: usize) -> Box<Stmt> {
        let mut x = x;
        if let ExprKind::Paren(_) = x.kind {
            let kw = if is_go { "go" } else { "defer" };
            self.error_at(
                x.span.lo as usize,
                &format!("syntax error: expression in {kw} must not be parenthesized"),
            );
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
        }
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: if is_go {
                StmtKind::Go(x)
            } else {
                StmtKind::Defer(x)
            },
        })
    }

    pub fn assign(&self, lhs: Vec<Expr>, op: AssignOp, op_span: Span, rhs: Vec<Expr>) -> Box<Stmt> {
        let lo = lhs.first().map_or(op_span.lo, |e| e.span.lo);
        let hi = rhs.last().map_or(op_span.hi, |e| e.span.hi);
        if op == AssignOp::Define {
            for e in &lhs {
                if !matches!(e.kind, ExprKind::Ident(_)) {
                    self.error_at(
                        e.span.lo as usize,
                        &format!("non-name {} on left side of :=", expr_string(e)),
                    );
                }
            }
        }
        Box::new(Stmt {
            span: Span { lo, hi },
            kind: StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            },
        })
    }

    /// The position Go gives a simple statement (`s.Pos()`).
    fn stmt_pos(&self, s: &Stmt) -> usize {
        match &s.kind {
            StmtKind::Expr(e) => go_pos(e, self.src) as usize,
            StmtKind::Assign { op_span, .. } | StmtKind::IncDec { op_span, .. } => {
                op_span.lo as usize
            }
            StmtKind::Send { arrow, .. } => arrow.lo as usize,
            _ => s.span.lo as usize,
        }
    }

    /// Go's message for a simple statement used as a condition.
    fn not_a_value(&self, s: &Stmt) {
        let text = match &s.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Assign,
                rhs,
                ..
            } => {
                let side = |v: &[Expr]| -> String {
                    let t = v.iter().map(expr_string).collect::<Vec<_>>().join(", ");
                    if v.len() == 1 && matches!(v[0].kind, ExprKind::Binary { .. }) {
                        format!("({t})")
                    } else {
                        t
                    }
                };
                format!("assignment {} = {}", side(lhs), side(rhs))
            }
            _ => stmt_string(s),
        };
        self.syntax_error(self.stmt_pos(s), &format!("cannot use {text} as value"));
    }

    /// The condition of an `if`/`switch` header, reporting Go's errors.
    fn header_cond(&self, cond: Option<Box<Stmt>>) -> Option<Expr> {
        let s = *cond?;
        match s.kind {
            StmtKind::Expr(e) => Some(e),
            _ => {
                self.not_a_value(&s);
                None
            }
        }
    }

    pub fn if_stmt(
        &self,
        h: Header,
        then: Block,
        els: Option<Box<Stmt>>,
        lo: usize,
        hi: usize,
    ) -> Box<Stmt> {
        let Header { init, semi, cond } = h;
        let missing = cond.is_none();
        let cond = self.header_cond(cond);
        if missing {
            match semi {
                Some((pos, SemiKind::Explicit)) => {
                    self.syntax_error(pos, "missing condition in if statement")
                }
                Some((pos, kind)) => {
                    let what = if kind == SemiKind::Eof {
                        "EOF"
                    } else {
                        "newline"
                    };
                    self.syntax_error(
                        pos,
                        &format!("unexpected {what}, expected {{ after if clause"),
                    )
                }
                None => {
                    self.syntax_error(then.lbrace.lo as usize, "missing condition in if statement")
                }
            }
        }
        let cond = cond.unwrap_or_else(|| {
            self.expr(
                then.lbrace.lo as usize,
                then.lbrace.lo as usize,
                ExprKind::Bad,
            )
        });
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::If {
                init,
                cond,
                then,
                els,
            },
        })
    }

    pub fn switch_stmt(
        &self,
        h: Header,
        cases: Vec<CaseClause>,
        lbrace: Span,
        rbrace: Span,
        lo: usize,
    ) -> Box<Stmt> {
        Box::new(self.switch_inner(h, cases, lbrace, rbrace, lo))
    }

    fn switch_inner(
        &self,
        h: Header,
        cases: Vec<CaseClause>,
        lbrace: Span,
        rbrace: Span,
        lo: usize,
    ) -> Stmt {
        let Header { init, cond, .. } = h;
        let span = Span {
            lo: lo as u32,
            hi: rbrace.hi,
        };
        // A type switch: `x.(type)` or `v := x.(type)`.
        let guard = |e: &Expr| matches!(e.kind, ExprKind::TypeAssert { typ: None, .. });
        if let Some(s) = cond {
            let s = *s;
            match s.kind {
                StmtKind::Expr(e) if guard(&e) => {
                    self.claim_guard(e.id);
                    let ExprKind::TypeAssert { x, .. } = e.kind else {
                        unreachable!()
                    };
                    return Stmt {
                        span,
                        kind: StmtKind::TypeSwitch {
                            init,
                            binding: None,
                            x: *x,
                            cases,
                            lbrace,
                            rbrace,
                        },
                    };
                }
                StmtKind::Assign {
                    mut lhs,
                    op: AssignOp::Define,
                    mut rhs,
                    op_span,
                } if lhs.len() == 1
                    && rhs.len() == 1
                    && guard(&rhs[0])
                    && matches!(lhs[0].kind, ExprKind::Ident(_)) =>
                {
                    let e = rhs.swap_remove(0);
                    self.claim_guard(e.id);
                    let ExprKind::TypeAssert { x, .. } = e.kind else {
                        unreachable!()
                    };
                    let ExprKind::Ident(b) = lhs.swap_remove(0).kind else {
                        unreachable!()
                    };
                    let _ = op_span;
                    return Stmt {
                        span,
                        kind: StmtKind::TypeSwitch {
                            init,
                            binding: Some(b),
                            x: *x,
                            cases,
                            lbrace,
                            rbrace,
                        },
                    };
                }
                kind => {
                    let tag = self.header_cond(Some(Box::new(Stmt { span: s.span, kind })));
                    return Stmt {
                        span,
                        kind: StmtKind::Switch {
                            init,
                            tag,
                            cases,
                            lbrace,
                            rbrace,
                        },
                    };
                }
            }
        }
        Stmt {
            span,
            kind: StmtKind::Switch {
                init,
                tag: None,
                cases,
                lbrace,
                rbrace,
            },
        }
    }

    fn claim_guard(&self, id: NodeId) {
        self.guards.borrow_mut().retain(|&(g, _)| g != id);
    }

    pub fn case_clause(
        &self,
        exprs: Vec<Expr>,
        default: bool,
        body: Vec<Stmt>,
        lo: usize,
        colon_end: usize,
        hi: usize,
    ) -> CaseClause {
        let hi = body
            .last()
            .map_or(colon_end, |s| s.span.hi as usize)
            .max(hi.min(colon_end));
        CaseClause {
            exprs,
            default,
            body,
            head_span: Span::new(lo, colon_end),
            span: Span::new(lo, hi),
        }
    }

    pub fn comm_clause(
        &self,
        comm: Option<Box<Stmt>>,
        body: Vec<Stmt>,
        lo: usize,
        colon_end: usize,
        hi: usize,
    ) -> CommClause {
        if let Some(s) = &comm {
            let recv = |e: &Expr| {
                let mut e = e;
                while let ExprKind::Paren(x) = &e.kind {
                    e = x;
                }
                matches!(e.kind, ExprKind::Unary { op: UnOp::Recv, .. })
            };
            let (valid, pos) = match &s.kind {
                StmtKind::Send { .. } => (true, 0),
                StmtKind::Expr(e) => (recv(e), go_pos(e, self.src) as usize),
                StmtKind::Assign { lhs, rhs, .. } => (
                    rhs.len() == 1 && recv(&rhs[0]),
                    lhs.first().map_or(s.span.lo, |e| e.span.lo) as usize,
                ),
                _ => (false, s.span.lo as usize),
            };
            if !valid {
                self.error_at(
                    pos,
                    "select case must be send or receive (possibly with assignment)",
                );
            }
        }
        let hi = body
            .last()
            .map_or(colon_end, |s| s.span.hi as usize)
            .max(hi.min(colon_end));
        CommClause {
            comm,
            body,
            head_span: Span::new(lo, colon_end),
            span: Span::new(lo, hi),
        }
    }

    pub fn for_bad_cond(&self, s: Box<Stmt>, body: Block, lo: usize, hi: usize) -> Box<Stmt> {
        self.not_a_value(&s);
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::For {
                init: Some(s),
                cond: None,
                post: None,
                body,
            },
        })
    }

    pub fn for_stmt(
        &self,
        init: Option<Box<Stmt>>,
        cond: Option<Box<Stmt>>,
        post: Option<Box<Stmt>>,
        body: Block,
        lo: usize,
        hi: usize,
    ) -> Box<Stmt> {
        let cond = match cond.map(|s| *s) {
            None => None,
            Some(s) => match s.kind {
                StmtKind::Expr(e) => Some(e),
                kind => {
                    self.not_a_value(&Stmt { span: s.span, kind });
                    None
                }
            },
        };
        if let Some(p) = &post {
            if let StmtKind::Assign {
                op: AssignOp::Define,
                op_span,
                ..
            } = &p.kind
            {
                self.syntax_error(
                    op_span.lo as usize,
                    "cannot declare in post statement of for loop",
                );
            }
        }
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::For {
                init,
                cond,
                post,
                body,
            },
        })
    }

    pub fn range_stmt(&self, r: RangeHead, body: Block, lo: usize, hi: usize) -> Box<Stmt> {
        let RangeHead {
            lhs,
            define,
            x,
            range_span,
        } = r;
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        if let Some(extra) = it.next() {
            self.error_at(
                extra.span.lo as usize,
                "range clause permits at most two iteration variables",
            );
        }
        if define {
            for e in key.iter().chain(value.iter()) {
                if !matches!(e.kind, ExprKind::Ident(_)) {
                    self.error_at(
                        e.span.lo as usize,
                        &format!("non-name {} on left side of :=", expr_string(e)),
                    );
                }
            }
        }
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                range_span,
            },
        })
    }

    /// The parser recovered from a syntax error: reports it (unless it
    /// is a cascade: on the token right after the previous recovery) and
    /// returns the span of the skipped input.
    pub fn recovered(&self, e: ErrorRecovery<usize, Token, LexError>) -> Span {
        let (lo, hi) = match (&e.error, e.dropped_tokens.last()) {
            (ParseError::UnrecognizedToken { token, .. }, last) => {
                (token.0, last.map_or(token.2, |t| t.2))
            }
            (_, Some(t)) => (t.0, t.2),
            _ => (self.src.len(), self.src.len()),
        };
        let i = self.hist_index(lo);
        let cascade = self.resume.get().is_some_and(|r| i <= r + 1);
        if cascade {
            self.events.set(self.events.get() + 1);
        }
        self.resume.set(Some(i + e.dropped_tokens.len()));
        if !cascade {
            self.report(&e.error);
        }
        Span::new(lo, hi)
    }

    // ───────────────────────── error messages ─────────────────────────

    /// Reports a parse error in Go's words.
    pub fn report(&self, err: &ParseError<usize, Token, LexError>) {
        match err {
            ParseError::User { .. } => {} // reported by the lexer
            ParseError::InvalidToken { location } => self.syntax_error(*location, "invalid token"),
            ParseError::ExtraToken { token } => {
                let d = self.describe(Some(&token.1), token.0);
                self.syntax_error(token.0, &format!("unexpected {d}"));
            }
            ParseError::UnrecognizedToken { token, expected } => {
                self.unexpected(Some((token.0, &token.1)), expected)
            }
            ParseError::UnrecognizedEof { expected, .. } => self.unexpected(None, expected),
        }
    }

    /// Go's name for a token in `unexpected X`.
    fn describe(&self, tok: Option<&Token>, lo: usize) -> String {
        let Some(tok) = tok else {
            return "EOF".to_string();
        };
        let text = |t: &Token| -> String {
            let hist = self.hist.borrow();
            let i = hist.partition_point(|h| (h.lo as usize) < lo);
            match hist.get(i) {
                Some(h) if h.lo as usize == lo => self.src[lo..h.hi as usize].to_string(),
                _ => t.to_string(),
            }
        };
        match tok {
            Token::Ident(s) => format!("name {s}"),
            t if t.is_literal() => format!("literal {}", text(t)),
            Token::Semi(SemiKind::Explicit) => "semicolon".to_string(),
            Token::Semi(SemiKind::Newline) => "newline".to_string(),
            Token::Semi(SemiKind::Eof) => "EOF".to_string(),
            Token::Comma => "comma".to_string(),
            t if t.is_keyword() => format!("keyword {t}"),
            t => t.to_string(),
        }
    }

    /// go/parser's name for a token in `found X`.
    fn found(&self, tok: Option<&Token>, lo: usize) -> String {
        match tok {
            None | Some(Token::Semi(SemiKind::Eof)) => "'EOF'".to_string(),
            Some(Token::Semi(SemiKind::Newline)) => "newline".to_string(),
            Some(Token::Semi(SemiKind::Explicit)) => "';'".to_string(),
            Some(Token::Ident(s)) => s.clone(),
            Some(t) if t.is_literal() => {
                let hist = self.hist.borrow();
                let i = hist.partition_point(|h| (h.lo as usize) < lo);
                hist.get(i).filter(|h| h.lo as usize == lo).map_or_else(
                    || t.to_string(),
                    |h| self.src[lo..h.hi as usize].to_string(),
                )
            }
            Some(t) => format!("'{t}'"),
        }
    }

    /// The source text of history entry `i` (keywords and punctuation).
    fn hist_text(&self, h: &HistTok) -> &str {
        match h.kind {
            HistKind::Semi(_) => ";",
            _ => self.src.get(h.lo as usize..h.hi as usize).unwrap_or(""),
        }
    }

    fn unexpected(&self, tok: Option<(usize, &Token)>, expected: &[String]) {
        let mut pos = tok.map_or(self.src.len(), |t| t.0);
        let mut tokref = tok.map(|t| t.1);
        // At a segment cut the parser saw EOF: the real token is the cut.
        if tok.is_none() {
            if let Some(cut) = self.segment_end.get() {
                pos = cut;
            }
        }
        let cut_tok;
        if tok.is_none() && pos < self.src.len() {
            let word: String = self.src[pos..]
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            cut_tok = Token::keyword(&word);
            tokref = cut_tok.as_ref();
        }
        // Go drops errors at the real EOF after a first error (not at the
        // semicolon inserted before it, which it also calls EOF).
        if tokref.is_none() && self.error_count() > 0 {
            return;
        }
        // A second syntax error on a line is dropped anyway: skip the work
        // (which keeps many errors on one long line linear).
        self.events.set(self.events.get() + 1);
        if self.last_syntax_line.get() == self.line_of(pos) {
            return;
        }
        let e: Vec<&str> = expected
            .iter()
            .map(|s| {
                s.strip_prefix('"')
                    .and_then(|s| s.strip_suffix('"'))
                    .unwrap_or(s)
            })
            .collect();
        let (msg, at) = self.classify(pos, tokref, &e);
        let at = at.unwrap_or(pos);
        match msg {
            Msg::Raw(m) => self.error_at(at, &m),
            Msg::Plain(m) => self.syntax_error(at, &m),
            Msg::Expected(m) => {
                let d = self.describe(tokref, pos);
                self.syntax_error(at, &format!("unexpected {d}, {m}"))
            }
            Msg::Context(m) => {
                let d = self.describe(tokref, pos);
                self.syntax_error(at, &format!("unexpected {d} {m}"))
            }
        }
    }

    /// Index in the history of the token at `pos` (or the end).
    fn hist_index(&self, pos: usize) -> usize {
        let hist = self.hist.borrow();
        let i = hist.partition_point(|h| (h.lo as usize) < pos);
        if hist.get(i).is_some_and(|h| h.lo as usize == pos) {
            i
        } else {
            hist.len()
        }
    }

    /// The text of the token before history index `i`, skipping nothing.
    fn prev_text(&self, i: usize, back: usize) -> Option<String> {
        let hist = self.hist.borrow();
        if i < back {
            return None;
        }
        hist.get(i - back).map(|h| self.hist_text(h).to_string())
    }

    /// The opening bracket enclosing history index `i`, and the token
    /// before that bracket.
    fn enclosing(&self, i: usize) -> Option<(String, Option<String>)> {
        let hist = self.hist.borrow();
        let d = match hist.get(i) {
            Some(h) => h.depth,
            None => {
                // EOF: the depth after the last token.
                let last = hist.last()?;
                let t = self.hist_text(last);
                let opens = matches!(t, "(" | "[" | "{");
                let closes = matches!(t, ")" | "]" | "}");
                if opens {
                    last.depth + 1
                } else if closes {
                    last.depth.saturating_sub(1)
                } else {
                    last.depth
                }
            }
        };
        if d == 0 {
            return None;
        }
        let mut j = i.min(hist.len());
        while j > 0 {
            j -= 1;
            if hist[j].depth == d - 1 && matches!(self.hist_text(&hist[j]), "(" | "[" | "{") {
                let before = if j > 0 {
                    Some(self.hist_text(&hist[j - 1]).to_string())
                } else {
                    None
                };
                return Some((self.hist_text(&hist[j]).to_string(), before));
            }
        }
        None
    }

    /// The statement keyword (`if`, `for`, `switch`, `select`) whose header
    /// contains history index `i`, if any.
    fn header_keyword(&self, i: usize) -> Option<String> {
        let hist = self.hist.borrow();
        let d = hist
            .get(i)
            .map(|h| h.depth)
            .or_else(|| hist.last().map(|h| h.depth))?;
        let mut j = i.min(hist.len());
        let mut semis = 0;
        while j > 0 {
            j -= 1;
            let h = &hist[j];
            if h.depth < d {
                return None;
            }
            if h.depth > d {
                // A block that ended a previous statement.
                let ends_stmt = self.hist_text(h) == "}"
                    && h.depth == d + 1
                    && hist
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.kind, HistKind::Semi(_)));
                if ends_stmt {
                    return None;
                }
                continue;
            }
            match self.hist_text(h) {
                ";" => {
                    semis += 1;
                    if semis > 2 {
                        return None;
                    }
                }
                t @ ("if" | "for" | "switch" | "select") => return Some(t.to_string()),
                _ => {}
            }
        }
        None
    }

    /// Errors in the package clause and inside import groups, which Go
    /// reports with go/parser's words (go build parses that part first).
    fn header_error(&self, i: usize, pos: usize, tok: Option<&Token>, e: &[&str]) -> Option<Msg> {
        let has = |t: &str| e.contains(&t);
        if has("package") && (i == 0 || self.hist.borrow().is_empty()) {
            return Some(Msg::Raw(format!(
                "expected 'package', found {}",
                self.found(tok, pos)
            )));
        }
        let prev = self.prev_text(i, 1);
        if i == 1 && prev.as_deref() == Some("package") {
            return Some(Msg::Raw(format!(
                "expected 'IDENT', found {}",
                self.found(tok, pos)
            )));
        }
        // Inside an import declaration?
        let hist = self.hist.borrow();
        let mut j = i.min(hist.len());
        let mut grouped = false;
        while j > 0 {
            j -= 1;
            let h = &hist[j];
            match (h.kind, self.hist_text(h)) {
                (HistKind::Other, "import") => break,
                (HistKind::Other, "(") if h.depth == 0 => grouped = true,
                (HistKind::Name | HistKind::Lit | HistKind::Semi(_), _) => {}
                (HistKind::Other, ".") => {}
                _ => return None,
            }
            if j == 0 {
                return None;
            }
        }
        if i == 0 || j == 0 && self.hist_text(&hist[0]) != "import" {
            return None;
        }
        drop(hist);
        if has("string") {
            return Some(Msg::Raw(if tok.is_some_and(|t| t.is_literal()) {
                "import path must be a string".to_string()
            } else {
                "missing import path".to_string()
            }));
        }
        if grouped && has(";") {
            return Some(Msg::Raw(format!(
                "expected ';', found {}",
                self.found(tok, pos)
            )));
        }
        None
    }

    /// Chooses Go's message for an unexpected token given the expected set;
    /// may move the position.
    fn classify(&self, pos: usize, tok: Option<&Token>, e: &[&str]) -> (Msg, Option<usize>) {
        let has = |t: &str| e.contains(&t);
        let i = self.hist_index(pos);
        if let Some(m) = self.header_error(i, pos, tok, e) {
            return (m, None);
        }
        let prev = self.prev_text(i, 1);
        // `for var i = ...`
        if matches!(tok, Some(Token::Var)) {
            if let Some(kw @ ("for" | "if" | "switch")) = prev.as_deref() {
                let next = self.next_token_pos(pos + 3);
                return (
                    Msg::Plain(format!("var declaration not allowed in {kw} initializer")),
                    Some(next),
                );
            }
        }
        // Top level.
        if has("import") && !has("if") {
            if matches!(tok, Some(Token::LBrace)) && self.last_bodyless.get() {
                return (
                    Msg::Plain("unexpected semicolon or newline before {".into()),
                    None,
                );
            }
            return (
                Msg::Plain("non-declaration statement outside function body".into()),
                None,
            );
        }
        if matches!(tok, Some(Token::Define)) && has("=") {
            return (Msg::Expected("expected =".into()), None);
        }
        if prev.as_deref() == Some("...") && has("map") {
            return (Msg::Plain("... is missing type".into()), None);
        }
        if matches!(tok, Some(Token::LBrack)) && prev.as_deref() == Some("func") && has("(") {
            return (
                Msg::Plain("function type must have no type parameters".into()),
                None,
            );
        }
        if has("name")
            && e.len() == 1
            && prev.as_deref() == Some(")")
            && self.prev_text(i, 2).as_deref() == Some("(")
            && self.prev_text(i, 3).as_deref() == Some("func")
        {
            return (Msg::Raw("method has no receiver".into()), None);
        }
        // A comma in an array type's brackets.
        if has("]") {
            if let Some(j) = self.enclosing_index(i) {
                if let Some(c) = self.array_comma(j, i) {
                    return (Msg::Plain("unexpected comma; expected ]".into()), Some(c));
                }
            }
        }
        // A struct field's type.
        if has("map") && has("chan") {
            if let Some((b, Some(before))) = self.enclosing(i) {
                if b == "{" && before == "struct" && !matches!(tok, Some(Token::Str(_))) {
                    return (Msg::Expected("expected type".into()), None);
                }
            }
        }
        // `L:` followed by something that is not a statement.
        if prev.as_deref() == Some(":")
            && has("if")
            && i >= 3
            && self.hist_kind(i - 2) == Some(HistKind::Name)
            && matches!(self.prev_text(i, 3).as_deref(), Some(";" | "{"))
        {
            let colon = self.hist.borrow()[i - 1].lo as usize;
            return (
                Msg::Plain("missing statement after label".into()),
                Some(colon),
            );
        }
        // After a comma in brackets only a type may follow (`x[i, T]`).
        if prev.as_deref() == Some(",")
            && has("]")
            && self.enclosing(i).is_some_and(|(b, _)| b == "[")
            && !matches!(tok, Some(Token::Ident(_)))
        {
            return (Msg::Expected("expected ]".into()), None);
        }
        // Start of a statement.
        if has("if") && has("for") {
            if has("case") {
                return (Msg::Expected("expected case or default or }".into()), None);
            }
            return (Msg::Expected("expected }".into()), None);
        }
        // Start of an expression.
        if has("int") {
            if matches!(tok, Some(Token::LBrace))
                && prev.as_deref() == Some(";")
                && self.header_keyword(i).as_deref() == Some("for")
            {
                return (Msg::Expected("expected for loop condition".into()), None);
            }
            if matches!(tok, Some(Token::RBrack)) && prev.as_deref() == Some("[") {
                if has(":") {
                    return (Msg::Expected("expected operand".into()), None);
                }
                return (Msg::Expected("expected type argument list".into()), None);
            }
            if matches!(prev.as_deref(), Some("chan")) && has("map") {
                return (Msg::Plain("missing channel element type".into()), None);
            }
            return (Msg::Expected("expected expression".into()), None);
        }
        let encl = self.enclosing(i);
        if has(";") && has("}") {
            if let Some((b, before)) = &encl {
                if b == "{" {
                    match before.as_deref() {
                        Some("struct") => {
                            return (
                                Msg::Context(
                                    "in struct type; possibly missing semicolon or newline or }"
                                        .into(),
                                ),
                                None,
                            )
                        }
                        Some("interface") => {
                            return (
                                Msg::Context(
                                    "in interface type; possibly missing semicolon or newline or }"
                                        .into(),
                                ),
                                None,
                            )
                        }
                        _ => {}
                    }
                }
            }
            return (Msg::Context("at end of statement".into()), None);
        }
        if has("case") && has("default") {
            return (Msg::Expected("expected case or default or }".into()), None);
        }
        if has(";") && has(")") {
            return (
                Msg::Context(
                    "in grouped declaration; possibly missing semicolon or newline or )".into(),
                ),
                None,
            );
        }
        if has(";") && has("{") || has("{") && encl.is_none() && self.after_signature(i) {
            if encl.is_none() {
                return (Msg::Context("after top level declaration".into()), None);
            }
            return (Msg::Expected("expected {".into()), None);
        }
        if has(",") {
            if has(")") {
                let call = if has("...") && !has("map") {
                    true
                } else if has("map") {
                    false
                } else {
                    !self
                        .enclosing_index(i)
                        .is_some_and(|j| self.is_params_paren(j))
                };
                if call {
                    return (
                        Msg::Context("in argument list; possibly missing comma or )".into()),
                        None,
                    );
                }
                return (
                    Msg::Context("in parameter list; possibly missing comma or )".into()),
                    None,
                );
            }
            if has("}") {
                return (
                    Msg::Context("in composite literal; possibly missing comma or }".into()),
                    None,
                );
            }
            if has("]") {
                if has(":") {
                    return (Msg::Expected("expected comma, : or ]".into()), None);
                }
                if self.in_type_params(i) {
                    return (
                        Msg::Context("in parameter list; possibly missing comma or ]".into()),
                        None,
                    );
                }
                return (Msg::Expected("expected ]".into()), None);
            }
            if has("=") && has(":=") && !has(";") {
                return (Msg::Expected("expected := or = or comma".into()), None);
            }
            if has(":") {
                return (Msg::Expected("expected :".into()), None);
            }
        }
        if has(";") && has(")") {
            return (
                Msg::Context(
                    "in grouped declaration; possibly missing semicolon or newline or )".into(),
                ),
                None,
            );
        }
        if has(";") && encl.is_none() {
            if e.len() == 1 && (prev.as_deref() == Some("package") || i <= 2) {
                return (Msg::Expected("expected semicolon or newline".into()), None);
            }
            return (Msg::Context("after top level declaration".into()), None);
        }
        if has(";") {
            return (Msg::Expected("expected semicolon or newline".into()), None);
        }
        if has(")") && !has(",") {
            return (Msg::Expected("expected )".into()), None);
        }
        // A type is expected.
        if has("map") && has("chan") {
            let p2 = self.prev_text(i, 2);
            let p3 = self.prev_text(i, 3);
            let after_type_name = (p2.as_deref() == Some("type")
                && self.hist_kind(i.wrapping_sub(1)) == Some(HistKind::Name))
                || (prev.as_deref() == Some("=")
                    && p3.as_deref() == Some("type")
                    && self.hist_kind(i.wrapping_sub(2)) == Some(HistKind::Name));
            if after_type_name {
                return (Msg::Context("in type declaration".into()), None);
            }
            if prev.as_deref() == Some("chan")
                || prev.as_deref() == Some("<-") && p2.as_deref() == Some("chan")
            {
                return (Msg::Plain("missing channel element type".into()), None);
            }
            if has(")") && has("...") {
                return (Msg::Expected("expected )".into()), None);
            }
            if has("~") && has("}") {
                return (Msg::Expected("expected ~ term or type".into()), None);
            }
            return (Msg::Expected("expected type".into()), None);
        }
        if has("name") && has("*") && has("}") {
            return (
                Msg::Expected("expected field name or embedded type".into()),
                None,
            );
        }
        if has("if") && has("{") {
            return (
                Msg::Plain("else must be followed by if or statement block".into()),
                None,
            );
        }
        if has("{") {
            let kw = if matches!(prev.as_deref(), Some("struct" | "interface")) {
                None
            } else {
                self.header_keyword(i)
            };
            return match kw.as_deref() {
                Some("for") => (Msg::Expected("expected { after for clause".into()), None),
                Some("if") => (Msg::Expected("expected { after if clause".into()), None),
                Some("switch") => (Msg::Plain("missing { after switch clause".into()), None),
                Some("select") => (Msg::Plain("missing { after select clause".into()), None),
                _ => (Msg::Expected("expected {".into()), None),
            };
        }
        if has("name") && has("(") {
            if matches!(prev.as_deref(), Some("type" | "const" | "var")) {
                return (Msg::Expected("expected name".into()), None);
            }
            return (Msg::Expected("expected name or (".into()), None);
        }
        for (t, m) in [
            ("name", "expected name"),
            ("(", "expected ("),
            (")", "expected )"),
            ("]", "expected ]"),
            ("}", "expected }"),
            (":", "expected :"),
            ("chan", "expected keyword chan"),
            ("=", "expected ="),
            ("string", "expected string literal"),
            (",", "expected comma"),
        ] {
            if has(t) {
                return (Msg::Expected(m.into()), None);
            }
        }
        let first = e.first().copied().unwrap_or("EOF");
        (Msg::Expected(format!("expected {first}")), None)
    }

    /// History index of the opening bracket enclosing index `i`.
    fn enclosing_index(&self, i: usize) -> Option<usize> {
        let hist = self.hist.borrow();
        let d = match hist.get(i) {
            Some(h) => h.depth,
            None => {
                let last = hist.last()?;
                match self.hist_text(last) {
                    "(" | "[" | "{" => last.depth + 1,
                    ")" | "]" | "}" => last.depth.saturating_sub(1),
                    _ => last.depth,
                }
            }
        };
        if d == 0 {
            return None;
        }
        (0..i.min(hist.len())).rev().find(|&j| {
            hist[j].depth == d - 1 && matches!(self.hist_text(&hist[j]), "(" | "[" | "{")
        })
    }

    /// History index of the opening bracket matching the closer at `j`.
    fn matching_open(&self, j: usize) -> Option<usize> {
        let hist = self.hist.borrow();
        let d = hist.get(j)?.depth.checked_sub(1)?;
        (0..j).rev().find(|&k| hist[k].depth == d)
    }

    /// Whether the `(` at history index `j` opens a parameter (or result)
    /// list rather than call arguments.
    fn is_params_paren(&self, j: usize) -> bool {
        if j == 0 {
            return false;
        }
        let (pk, pt) = {
            let hist = self.hist.borrow();
            (hist[j - 1].kind, self.hist_text(&hist[j - 1]).to_string())
        };
        match (pk, pt.as_str()) {
            (_, "func") => true,
            (HistKind::Name, _) => {
                let before = self.prev_text(j - 1, 1);
                match before.as_deref() {
                    Some("func") => true,
                    Some(")") => self
                        .matching_open(j - 2)
                        .is_some_and(|k| self.prev_text(k, 1).as_deref() == Some("func")),
                    _ => false,
                }
            }
            (_, ")") => self
                .matching_open(j - 1)
                .is_some_and(|k| self.is_params_paren(k)),
            (_, "]") => self.matching_open(j - 1).is_some_and(|k| {
                k >= 2
                    && self.hist_kind(k - 1) == Some(HistKind::Name)
                    && self.prev_text(k, 2).as_deref() == Some("func")
            }),
            _ => false,
        }
    }

    /// If the `[` at history index `j` opens an array type (not an index or
    /// type parameters) and holds a top-level comma before index `i`, the
    /// comma's offset.
    fn array_comma(&self, j: usize, i: usize) -> Option<usize> {
        let hist = self.hist.borrow();
        let open = hist.get(j)?;
        if open.kind != HistKind::Other || self.hist_text(open) != "[" {
            return None;
        }
        if j > 0 {
            let p = &hist[j - 1];
            let value_end = matches!(p.kind, HistKind::Name | HistKind::Lit)
                || matches!(self.hist_text(p), ")" | "]" | "}");
            if value_end {
                return None;
            }
        }
        hist[j + 1..i.min(hist.len())]
            .iter()
            .find(|h| h.depth == open.depth + 1 && self.hist_text(h) == ",")
            .map(|h| h.lo as usize)
    }

    /// Whether history index `i` follows a function signature at top level
    /// (`func f() T` then junk: Go reports it after the declaration).
    fn after_signature(&self, i: usize) -> bool {
        let hist = self.hist.borrow();
        let mut j = i.min(hist.len());
        while j > 0 {
            j -= 1;
            let h = &hist[j];
            if h.depth == 0 && matches!(h.kind, HistKind::Semi(_)) {
                return false;
            }
            if h.depth == 0 && self.hist_text(h) == "func" {
                return true;
            }
        }
        false
    }

    /// Whether history index `i` is inside a type parameter list.
    fn in_type_params(&self, i: usize) -> bool {
        let hist = self.hist.borrow();
        let Some(d) = hist
            .get(i)
            .map(|h| h.depth)
            .or_else(|| hist.last().map(|h| h.depth + 1))
        else {
            return false;
        };
        if d == 0 {
            return false;
        }
        let mut j = i.min(hist.len());
        while j > 0 {
            j -= 1;
            if hist[j].depth == d - 1 {
                if hist[j].kind == HistKind::TParams {
                    return true;
                }
                return self.hist_text(&hist[j]) == "["
                    && j >= 2
                    && hist[j - 1].kind == HistKind::Name
                    && self.hist_text(&hist[j - 2]) == "func";
            }
        }
        false
    }

    fn hist_kind(&self, i: usize) -> Option<HistKind> {
        self.hist.borrow().get(i).map(|h| h.kind)
    }

    /// Offset of the first token at or after `from` (skipping blanks and
    /// comments), for messages Go places on the next token.
    fn next_token_pos(&self, from: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = from.min(b.len());
        loop {
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
                i += 1;
            }
            if b[i..].starts_with(b"//") {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            } else if b[i..].starts_with(b"/*") {
                i = self.src[i + 2..]
                    .find("*/")
                    .map_or(b.len(), |k| i + 2 + k + 2);
            } else {
                return i;
            }
        }
    }
}

/// Go's `StartPos` of a type in a parameter list: a function type starts
/// at its parameters.
fn start_pos(t: &Expr) -> u32 {
    match &t.kind {
        ExprKind::FuncType(sig) => sig.span.lo,
        ExprKind::Binary { x, .. } => start_pos(x),
        _ => t.span.lo,
    }
}

/// Specs whose position in a group is their `iota`.
pub trait HasIota {
    fn set_iota(&mut self, i: u32);
}

impl HasIota for ValueSpec {
    fn set_iota(&mut self, i: u32) {
        self.iota = i;
    }
}

impl HasIota for TypeSpec {
    fn set_iota(&mut self, _: u32) {}
}
