//! Go's checks of labels and branch statements, which cmd/compile makes in
//! its syntax package (`checkBranches`) for every function body (function
//! literals included) that parsed without errors.
//!
//! Owns: `check_branches`: misplaced `break`, `continue` and `fallthrough`,
//! bad labeled `break`/`continue`, unused, duplicate and undefined labels,
//! `goto` into a block or over a variable declaration; with Go's messages
//! and positions.
//! Invariants: labels are scoped per function body; a function literal is
//! checked on its own and is opaque to the body around it. Recursion depth
//! is bounded by the lexer's nesting limit.

use super::ast::*;
use super::printer::expr_string;
use crate::diag::{Diagnostic, FileId};
use std::collections::HashMap;

/// Checks the branches of every function body in `f` that contains none of
/// `existing`'s positions (Go skips bodies with syntax errors). `display`
/// is the file name Go prints inside messages that name a second position
/// (`label L already defined at ./x.go:6:1`); `go build x.go` uses `./x.go`.
pub fn check_branches(
    file: FileId,
    display: &str,
    src: &str,
    f: &File,
    existing: &[Diagnostic],
) -> Vec<Diagnostic> {
    let mut bodies: Vec<&Block> = Vec::new();
    for d in &f.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(b) = &fd.body {
                    bodies.push(b);
                    b.stmts.iter().for_each(|s| lits_in_stmt(s, &mut bodies));
                }
            }
            Decl::Var(g) | Decl::Const(g) => g
                .specs
                .iter()
                .for_each(|s| s.values.iter().for_each(|e| lits_in_expr(e, &mut bodies))),
            Decl::Type(_) => {}
        }
    }
    let line_starts: Vec<u32> = std::iter::once(0)
        .chain(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        )
        .collect();
    let mut out = Vec::new();
    for body in bodies {
        let span = body.span();
        if existing
            .iter()
            .any(|d| d.file == file && d.span.lo >= span.lo && d.span.lo < span.hi)
        {
            continue;
        }
        let mut ls = Scope {
            display,
            line_starts: &line_starts,
            labels: HashMap::new(),
            decls: Vec::new(),
            blocks: Vec::new(),
            errs: Vec::new(),
        };
        let fwd = ls.block(None, Targets::default(), None, body.lbrace.lo, &body.stmts);
        for g in fwd {
            match ls.labels.get(g.name.as_str()) {
                Some(&l) => {
                    ls.decls[l].used = true;
                    let start = ls.blocks[ls.decls[l].parent].start;
                    let at = ls.pos_string(start);
                    ls.err(
                        g.span.lo,
                        format!("goto {} jumps into block starting at {at}", g.name),
                    );
                }
                None => ls.err(g.span.lo, format!("label {} not defined", g.name)),
            }
        }
        for l in &ls.decls {
            if !l.used {
                let msg = format!("label {} defined and not used", l.name);
                ls.errs.push((l.pos, msg));
            }
        }
        out.extend(ls.errs.into_iter().map(|(pos, msg)| {
            Diagnostic::new(file, Span::new(pos as usize, pos as usize + 1), msg)
        }));
    }
    out.sort_by_key(|d| d.span.lo);
    out
}

// ───────────────────────── function literals ─────────────────────────

fn lits_in_block<'a>(b: &'a Block, out: &mut Vec<&'a Block>) {
    b.stmts.iter().for_each(|s| lits_in_stmt(s, out));
}

fn lits_in_stmt<'a>(s: &'a Stmt, out: &mut Vec<&'a Block>) {
    let e = |x: &'a Expr, out: &mut Vec<&'a Block>| lits_in_expr(x, out);
    match &s.kind {
        StmtKind::Decl(Decl::Var(g) | Decl::Const(g)) => g
            .specs
            .iter()
            .for_each(|sp| sp.values.iter().for_each(|x| e(x, out))),
        StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => {}
        StmtKind::Fallthrough | StmtKind::Empty => {}
        StmtKind::Labeled { stmt, .. } => lits_in_stmt(stmt, out),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(x, out),
        StmtKind::Send { ch, value, .. } => {
            e(ch, out);
            e(value, out);
        }
        StmtKind::IncDec { x, .. } => e(x, out),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|x| e(x, out)),
        StmtKind::Return(v) => v.iter().for_each(|x| e(x, out)),
        StmtKind::Block(b) => lits_in_block(b, out),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            init.iter().for_each(|s| lits_in_stmt(s, out));
            e(cond, out);
            lits_in_block(then, out);
            els.iter().for_each(|s| lits_in_stmt(s, out));
        }
        StmtKind::Switch {
            init, tag, cases, ..
        } => {
            init.iter().for_each(|s| lits_in_stmt(s, out));
            tag.iter().for_each(|x| e(x, out));
            for c in cases {
                c.exprs.iter().for_each(|x| e(x, out));
                c.body.iter().for_each(|s| lits_in_stmt(s, out));
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            init.iter().for_each(|s| lits_in_stmt(s, out));
            e(x, out);
            for c in cases {
                c.body.iter().for_each(|s| lits_in_stmt(s, out));
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                c.comm.iter().for_each(|s| lits_in_stmt(s, out));
                c.body.iter().for_each(|s| lits_in_stmt(s, out));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            init.iter().for_each(|s| lits_in_stmt(s, out));
            cond.iter().for_each(|x| e(x, out));
            post.iter().for_each(|s| lits_in_stmt(s, out));
            lits_in_block(body, out);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().chain(value.iter()).for_each(|k| e(k, out));
            e(x, out);
            lits_in_block(body, out);
        }
    }
}

fn lits_in_expr<'a>(x: &'a Expr, out: &mut Vec<&'a Block>) {
    match &x.kind {
        ExprKind::FuncLit { body, .. } => {
            out.push(body);
            lits_in_block(body, out);
        }
        ExprKind::CompositeLit { typ, elems, .. } => {
            typ.iter().for_each(|t| lits_in_expr(t, out));
            for el in elems {
                el.key.iter().for_each(|k| lits_in_expr(k, out));
                lits_in_expr(&el.value, out);
            }
        }
        ExprKind::Paren(y) | ExprKind::Selector(y, _) | ExprKind::Unary { x: y, .. } => {
            lits_in_expr(y, out)
        }
        ExprKind::Index { x: y, indices, .. } => {
            lits_in_expr(y, out);
            indices.iter().for_each(|i| lits_in_expr(i, out));
        }
        ExprKind::Slice {
            x: y, lo, hi, max, ..
        } => {
            lits_in_expr(y, out);
            for b in [lo, hi, max].into_iter().flatten() {
                lits_in_expr(b, out);
            }
        }
        ExprKind::TypeAssert { x: y, .. } => lits_in_expr(y, out),
        ExprKind::Call { func, args, .. } => {
            lits_in_expr(func, out);
            args.iter().for_each(|a| lits_in_expr(a, out));
        }
        ExprKind::Binary { x: a, y: b, .. } => {
            lits_in_expr(a, out);
            lits_in_expr(b, out);
        }
        _ => {}
    }
}

// ───────────────────────── the check ─────────────────────────

/// What an unlabeled `break` (and `fallthrough`) would leave.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Breaks {
    #[default]
    None,
    Loop,
    Select,
    Switch {
        cases: usize,
        type_switch: bool,
    },
}

#[derive(Clone, Copy, Default)]
struct Targets {
    breaks: Breaks,
    continues: bool,
    /// Index of the case clause of the immediately enclosing switch.
    case_index: Option<usize>,
}

/// What a label labels.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Labeled {
    Loop,
    Switch,
    Select,
    Other,
}

struct Label {
    name: String,
    pos: u32,
    /// The block containing the declaration.
    parent: usize,
    what: Labeled,
    used: bool,
}

struct Scoped {
    parent: Option<usize>,
    start: u32,
    /// The label of the statement owning this block.
    label: Option<usize>,
}

struct Scope<'s> {
    display: &'s str,
    line_starts: &'s [u32],
    labels: HashMap<String, usize>,
    decls: Vec<Label>,
    blocks: Vec<Scoped>,
    errs: Vec<(u32, String)>,
}

impl Scope<'_> {
    fn err(&mut self, pos: u32, msg: String) {
        self.errs.push((pos, msg));
    }

    fn pos_string(&self, pos: u32) -> String {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let col = pos - self.line_starts[line] + 1;
        format!("{}:{}:{}", self.display, line + 1, col)
    }

    /// Declares `label`; returns the declaration that gotos resolve to and
    /// the identity of this labeled statement (they differ for a duplicate,
    /// which no `break` or `continue` can target).
    fn declare(&mut self, block: usize, label: &Ident, what: Labeled) -> (usize, usize) {
        if let Some(&alt) = self.labels.get(&label.name) {
            let at = self.pos_string(self.decls[alt].pos);
            self.err(
                label.span.lo,
                format!("label {} already defined at {at}", label.name),
            );
            return (alt, usize::MAX - label.span.lo as usize);
        }
        self.decls.push(Label {
            name: label.name.clone(),
            pos: label.span.lo,
            parent: block,
            what,
            used: false,
        });
        let id = self.decls.len() - 1;
        self.labels.insert(label.name.clone(), id);
        (id, id)
    }

    /// The label `name` if declared in `b` or an enclosing block.
    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        let Some(&l) = self.labels.get(name) else {
            return false;
        };
        self.decls[l].used = true;
        while let Some(i) = b {
            if self.decls[l].parent == i {
                return true;
            }
            b = self.blocks[i].parent;
        }
        false
    }

    /// The enclosing statement labeled `name`: `None` if the label is not
    /// defined, `Some(None)` if it does not label an enclosing statement.
    fn enclosing_target(&mut self, mut b: Option<usize>, name: &str) -> Option<Option<Labeled>> {
        let &l = self.labels.get(name)?;
        self.decls[l].used = true;
        while let Some(i) = b {
            if self.blocks[i].label == Some(l) {
                return Some(Some(self.decls[l].what));
            }
            b = self.blocks[i].parent;
        }
        Some(None)
    }

    /// Go's `blockBranches`: returns the unresolved forward gotos.
    fn block<'a>(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        label: Option<usize>,
        start: u32,
        body: &'a [Stmt],
    ) -> Vec<&'a Ident> {
        self.blocks.push(Scoped {
            parent,
            start,
            label,
        });
        let b = self.blocks.len() - 1;
        let mut var: Option<(u32, String)> = None;
        let mut fwd: Vec<&'a Ident> = Vec::new();
        // Forward gotos (by label position) that a declaration follows.
        let mut bad: Vec<u32> = Vec::new();
        let n = body.len()
            - body
                .iter()
                .rev()
                .take_while(|s| matches!(s.kind, StmtKind::Empty))
                .count();
        let list = &body[..n];
        for (idx, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<usize> = None;
            let mut s = stmt;
            loop {
                match &s.kind {
                    StmtKind::Decl(Decl::Var(g)) => {
                        if let Some(name) = g.specs.first().and_then(|sp| sp.names.first()) {
                            var = Some((name.span.lo, name.name.clone()));
                            bad = fwd.iter().map(|g| g.span.lo).collect();
                        }
                    }
                    StmtKind::Labeled {
                        label: l,
                        stmt: inner,
                    } => {
                        if l.name != "_" {
                            let what = match inner.kind {
                                StmtKind::For { .. } | StmtKind::Range { .. } => Labeled::Loop,
                                StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => {
                                    Labeled::Switch
                                }
                                StmtKind::Select { .. } => Labeled::Select,
                                _ => Labeled::Other,
                            };
                            let (id, identity) = self.declare(b, l, what);
                            let mut keep = Vec::new();
                            for g in fwd.drain(..) {
                                if g.name == l.name {
                                    self.decls[id].used = true;
                                    if let Some((vpos, vname)) = &var {
                                        if bad.contains(&g.span.lo) {
                                            let at = self.pos_string(*vpos);
                                            let msg = format!(
                                                "goto {} jumps over declaration of {vname} at {at}",
                                                l.name
                                            );
                                            self.err(g.span.lo, msg);
                                        }
                                    }
                                } else {
                                    keep.push(g);
                                }
                            }
                            fwd = keep;
                            lstmt = Some(identity);
                        }
                        s = inner;
                        continue;
                    }
                    StmtKind::Break(None) if ctxt.breaks == Breaks::None => {
                        self.err(
                            s.span.lo,
                            "break is not in a loop, switch, or select".into(),
                        );
                    }
                    StmtKind::Continue(None) if !ctxt.continues => {
                        self.err(s.span.lo, "continue is not in a loop".into());
                    }
                    StmtKind::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Breaks::Switch { cases, type_switch } = ctxt.breaks {
                            if type_switch {
                                msg = Some("cannot fallthrough in type switch");
                            } else if ctxt.case_index.is_none() || idx + 1 < list.len() {
                            } else if ctxt.case_index.is_some_and(|i| i + 1 == cases) {
                                msg = Some("cannot fallthrough final case in switch");
                            } else {
                                msg = None;
                            }
                        }
                        if let Some(m) = msg {
                            self.err(s.span.lo, m.into());
                        }
                    }
                    StmtKind::Break(Some(l)) => match self.enclosing_target(Some(b), &l.name) {
                        Some(Some(Labeled::Loop | Labeled::Switch | Labeled::Select)) => {}
                        Some(_) => self.err(l.span.lo, format!("invalid break label {}", l.name)),
                        None => self.err(l.span.lo, format!("break label not defined: {}", l.name)),
                    },
                    StmtKind::Continue(Some(l)) => match self.enclosing_target(Some(b), &l.name) {
                        Some(Some(Labeled::Loop)) => {}
                        Some(_) => {
                            self.err(l.span.lo, format!("invalid continue label {}", l.name))
                        }
                        None => {
                            self.err(l.span.lo, format!("continue label not defined: {}", l.name))
                        }
                    },
                    StmtKind::Goto(l) if !self.goto_target(Some(b), &l.name) => fwd.push(l),
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        op_span,
                        ..
                    } => {
                        let names = lhs.iter().map(expr_string).collect::<Vec<_>>().join(", ");
                        var = Some((op_span.lo, names));
                        bad = fwd.iter().map(|g| g.span.lo).collect();
                    }
                    StmtKind::Block(blk) => {
                        let inner = Targets {
                            case_index: None,
                            ..ctxt
                        };
                        let more = self.block(Some(b), inner, lstmt, blk.lbrace.lo, &blk.stmts);
                        fwd.extend(more);
                    }
                    StmtKind::If { then, els, .. } => {
                        let inner = Targets {
                            case_index: None,
                            ..ctxt
                        };
                        let more = self.block(Some(b), inner, lstmt, then.lbrace.lo, &then.stmts);
                        fwd.extend(more);
                        if let Some(e) = els {
                            let more = self.block(
                                Some(b),
                                inner,
                                lstmt,
                                e.span.lo,
                                std::slice::from_ref(&**e),
                            );
                            fwd.extend(more);
                        }
                    }
                    StmtKind::For { body: blk, .. } | StmtKind::Range { body: blk, .. } => {
                        let inner = Targets {
                            breaks: Breaks::Loop,
                            continues: true,
                            case_index: None,
                        };
                        let more = self.block(Some(b), inner, lstmt, blk.lbrace.lo, &blk.stmts);
                        fwd.extend(more);
                    }
                    StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                        let type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                        for (i, cc) in cases.iter().enumerate() {
                            let inner = Targets {
                                breaks: Breaks::Switch {
                                    cases: cases.len(),
                                    type_switch,
                                },
                                continues: ctxt.continues,
                                case_index: Some(i),
                            };
                            let more = self.block(Some(b), inner, lstmt, cc.span.lo, &cc.body);
                            fwd.extend(more);
                        }
                    }
                    StmtKind::Select { cases, .. } => {
                        for cc in cases {
                            let inner = Targets {
                                breaks: Breaks::Select,
                                continues: ctxt.continues,
                                case_index: None,
                            };
                            let more = self.block(Some(b), inner, lstmt, cc.span.lo, &cc.body);
                            fwd.extend(more);
                        }
                    }
                    _ => {}
                }
                break;
            }
        }
        fwd
    }
}
