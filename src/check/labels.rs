//! Labels of one function body: duplicate and unused labels, labelled
//! break/continue targets, goto targets, and gotos that jump into blocks
//! or over variable declarations.
//!
//! Invariant: works on the AST alone (function literals have their own
//! label scope and are skipped), so it can run after the body's check.

use super::checker::Checker;
use crate::syntax::ast::{self, AssignOp, ExprKind, Span, StmtKind};
use std::collections::HashMap;

struct LabelInfo {
    span: Span,
    /// Path of block ids enclosing the labelled statement.
    blocks: Vec<u32>,
    /// Index of the labelled statement in its block.
    index: usize,
    used: bool,
}

struct Walker {
    labels: HashMap<String, LabelInfo>,
    next_block: u32,
    block_spans: HashMap<u32, Span>,
    /// Declarations per block: (statement index, name, position).
    decls: HashMap<u32, Vec<(usize, String, u32)>>,
    gotos: Vec<(ast::Ident, Vec<u32>, Vec<usize>)>,
    errors: Vec<(Span, String)>,
    /// Statement index at each block level of the current position.
    idx_stack: Vec<usize>,
}

impl Checker<'_> {
    pub fn check_labels(&mut self, body: &ast::Block) {
        let mut w = Walker {
            labels: HashMap::new(),
            next_block: 1,
            block_spans: HashMap::new(),
            decls: HashMap::new(),
            gotos: Vec::new(),
            errors: Vec::new(),
            idx_stack: Vec::new(),
        };
        w.block_spans.insert(0, body.lbrace);
        // Pass 1: collect labels and declarations.
        w.collect(&body.stmts, &mut vec![0], self);
        // Pass 2: check branch statements.
        let mut enclosing: Vec<(String, bool)> = Vec::new();
        w.branches(&body.stmts, &mut enclosing, self);
        // Gotos.
        let gotos = std::mem::take(&mut w.gotos);
        for (id, path, idxs) in gotos {
            let Some(l) = w.labels.get_mut(&id.name) else {
                w.errors
                    .push((id.span, format!("label {} not defined", id.name)));
                continue;
            };
            l.used = true;
            // Jump into a block?
            if !path.starts_with(&l.blocks) {
                let b = l.blocks[path
                    .iter()
                    .zip(&l.blocks)
                    .take_while(|(a, b)| a == b)
                    .count()
                    .min(l.blocks.len() - 1)];
                let sp = w.block_spans.get(&b).copied().unwrap_or_default();
                let p = self.pos_str(self.file, sp.lo);
                w.errors.push((
                    id.span,
                    format!("goto {} jumps into block starting at {}", id.name, p),
                ));
                continue;
            }
            // Jump forward over a declaration in the label's block.
            let lb = *l.blocks.last().unwrap_or(&0);
            // The statement of the label's block that contains the goto.
            let from = idxs.get(l.blocks.len() - 1).copied().unwrap_or(0);
            let lidx = l.index;
            if lidx > from {
                if let Some(ds) = w.decls.get(&lb) {
                    if let Some((_, name, pos)) = ds.iter().find(|(i, _, _)| *i > from && *i < lidx)
                    {
                        let p = self.pos_str(self.file, *pos);
                        w.errors.push((
                            id.span,
                            format!(
                                "goto {} jumps over declaration of {} at {}",
                                id.name, name, p
                            ),
                        ));
                    }
                }
            }
        }
        for (name, l) in &w.labels {
            if !l.used && name != "_" {
                w.errors
                    .push((l.span, format!("label {} defined and not used", name)));
            }
        }
        for (sp, m) in w.errors {
            self.error(sp, m);
        }
    }
}

impl Walker {
    fn new_block(&mut self, sp: Span, path: &mut Vec<u32>) -> u32 {
        let b = self.next_block;
        self.next_block += 1;
        self.block_spans.insert(b, sp);
        path.push(b);
        b
    }

    fn collect(&mut self, stmts: &[ast::Stmt], path: &mut Vec<u32>, c: &Checker) {
        let cur = *path.last().unwrap_or(&0);
        for (i, s) in stmts.iter().enumerate() {
            self.idx_stack.push(i);
            self.collect_stmt(s, i, cur, path, c);
            self.idx_stack.pop();
        }
    }

    fn collect_stmt(
        &mut self,
        s: &ast::Stmt,
        i: usize,
        cur: u32,
        path: &mut Vec<u32>,
        c: &Checker,
    ) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    if let Some(prev) = self.labels.get(&label.name) {
                        let p = c.pos_str(c.file, prev.span.lo);
                        self.errors.push((
                            label.span,
                            format!("label {} already defined at {}", label.name, p),
                        ));
                    } else {
                        self.labels.insert(
                            label.name.clone(),
                            LabelInfo {
                                span: label.span,
                                blocks: path.clone(),
                                index: i,
                                used: false,
                            },
                        );
                    }
                }
                self.collect_stmt(stmt, i, cur, path, c);
            }
            StmtKind::Assign {
                op: AssignOp::Define,
                lhs,
                op_span,
                ..
            } => {
                for l in lhs {
                    if let ExprKind::Ident(id) = &l.kind {
                        if !id.is_blank() {
                            self.decls.entry(cur).or_default().push((
                                i,
                                id.name.clone(),
                                op_span.lo,
                            ));
                            break;
                        }
                    }
                }
            }
            StmtKind::Decl(ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    if let Some(n) = spec.names.first() {
                        self.decls
                            .entry(cur)
                            .or_default()
                            .push((i, n.name.clone(), n.span.lo));
                    }
                }
            }
            StmtKind::Goto(id) => {
                let _ = i;
                self.gotos
                    .push((id.clone(), path.clone(), self.idx_stack.clone()))
            }
            StmtKind::Block(b) => {
                self.new_block(b.lbrace, path);
                self.collect(&b.stmts, path, c);
                path.pop();
            }
            StmtKind::If { then, els, .. } => {
                self.new_block(then.lbrace, path);
                self.collect(&then.stmts, path, c);
                path.pop();
                if let Some(e) = els {
                    self.collect_stmt(e, i, cur, path, c);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.new_block(body.lbrace, path);
                self.collect(&body.stmts, path, c);
                path.pop();
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                for cc in cases {
                    self.new_block(cc.head_span, path);
                    self.collect(&cc.body, path, c);
                    path.pop();
                }
            }
            StmtKind::Select { cases, .. } => {
                for cc in cases {
                    self.new_block(cc.head_span, path);
                    self.collect(&cc.body, path, c);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    /// Checks labelled break/continue against enclosing labelled
    /// statements: (label, is_loop).
    fn branches(&mut self, stmts: &[ast::Stmt], enc: &mut Vec<(String, bool)>, c: &Checker) {
        for s in stmts {
            self.branch_stmt(s, enc, None, c);
        }
    }

    fn branch_stmt(
        &mut self,
        s: &ast::Stmt,
        enc: &mut Vec<(String, bool)>,
        label: Option<&str>,
        c: &Checker,
    ) {
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => self.branch_stmt(stmt, enc, Some(&l.name), c),
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let kw = if is_break { "break" } else { "continue" };
                if let Some(info) = self.labels.get_mut(&l.name) {
                    info.used = true;
                } else {
                    self.errors
                        .push((l.span, format!("{} label not defined: {}", kw, l.name)));
                    return;
                }
                match enc.iter().rev().find(|(n, _)| *n == l.name) {
                    Some((_, is_loop)) => {
                        if !is_break && !is_loop {
                            self.errors
                                .push((l.span, format!("invalid continue label {}", l.name)));
                        }
                    }
                    None => {
                        self.errors
                            .push((l.span, format!("invalid {} label {}", kw, l.name)));
                    }
                }
            }
            StmtKind::Block(b) => self.nested(&b.stmts, enc, None, false, c),
            StmtKind::If { then, els, .. } => {
                self.nested(&then.stmts, enc, None, false, c);
                if let Some(e) = els {
                    self.branch_stmt(e, enc, None, c);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.nested(&body.stmts, enc, label, true, c)
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                for cc in cases {
                    self.nested(&cc.body, enc, label, false, c);
                }
            }
            StmtKind::Select { cases, .. } => {
                for cc in cases {
                    self.nested(&cc.body, enc, label, false, c);
                }
            }
            _ => {}
        }
    }

    fn nested(
        &mut self,
        stmts: &[ast::Stmt],
        enc: &mut Vec<(String, bool)>,
        label: Option<&str>,
        is_loop: bool,
        c: &Checker,
    ) {
        if let Some(l) = label {
            enc.push((l.to_string(), is_loop));
        }
        self.branches(stmts, enc, c);
        if label.is_some() {
            enc.pop();
        }
    }
}
