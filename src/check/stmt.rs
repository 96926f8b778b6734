//! Statements and function bodies: declarations inside functions, all
//! assignment forms (`=`, `:=` with redeclaration rules, `op=`), var and
//! const declarations (shared with package level), if/for/range/switch/
//! type switch/select, go/defer, return, break/continue/fallthrough
//! placement, terminating statements (`missing return`) and `declared
//! and not used`.
//!
//! Invariants: a function body is checked with a `FuncCtx` pushed; every
//! block opens a scope; variables are declared after their initialisers
//! are checked (Go's scope rule).

use super::checker::*;
use super::cval;
use super::objects::*;
use super::types::*;
use crate::syntax::ast::{self, AssignOp, ExprKind, Span, StmtKind};

#[derive(Clone, Copy, Default)]
pub struct SCtx {
    pub brk: bool,
    pub cont: bool,
    /// `fallthrough` allowed (last statement of a non-final case).
    pub fallthrough_ok: bool,
    pub final_case: bool,
    pub in_type_switch: bool,
}

impl Checker<'_> {
    #[allow(clippy::too_many_arguments)]
    pub fn func_body(
        &mut self,
        idx: u32,
        sig: TypeId,
        scope: ScopeId,
        results: &[ObjId],
        named: bool,
        body: &ast::Block,
        lit: Option<(crate::diag::FileId, ast::NodeId)>,
    ) {
        let saved_scope = self.scope;
        self.fctx.push(FuncCtx {
            idx,
            sig,
            results: results.to_vec(),
            named_results: named,
            scope,
            lit,
        });
        self.scope = scope;
        let first_local = self.objs.len();
        self.stmt_list(&body.stmts, SCtx::default());
        let has_results = self.tt.sig(sig).is_some_and(|s| !s.results.is_empty());
        if has_results && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        self.check_labels(body);
        self.fctx.pop();
        self.scope = saved_scope;
        // Unused variables of this function (not of nested literals,
        // which reported their own).
        if !self.opts.allow_unused {
            for i in first_local..self.objs.len() {
                let o = &self.objs[i];
                if o.kind == ObjKind::Var
                    && !o.used
                    && !o.global
                    && o.owner == idx
                    && o.decl == Some(u32::MAX)
                {
                    let (f, sp, n) = (o.file, o.span, o.name.clone());
                    self.diags.push(crate::diag::Diagnostic::new(
                        f,
                        sp,
                        format!("declared and not used: {}", n),
                    ));
                }
            }
        }
    }

    fn cur_func_idx(&self) -> u32 {
        self.fctx.last().map(|f| f.idx).unwrap_or(0)
    }

    /// A new local variable (reported if unused).
    pub fn new_local(&mut self, id: &ast::Ident, ty: TypeId) -> ObjId {
        let mut o = Object::new(ObjKind::Var, &id.name, Some(self.pkg), ty);
        o.file = self.file;
        o.span = id.span;
        o.owner = self.cur_func_idx();
        o.decl = if id.is_blank() { None } else { Some(u32::MAX) };
        o.used = id.is_blank();
        let oid = self.new_obj(o);
        self.facts.defs.insert((self.file, id.span.lo), oid);
        oid
    }

    pub fn stmt_list(&mut self, stmts: &[ast::Stmt], ctx: SCtx) {
        let n = stmts.len();
        // Index of the last non-empty statement (for fallthrough).
        let last = stmts
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty));
        for (i, s) in stmts.iter().enumerate() {
            let mut c = ctx;
            c.fallthrough_ok = ctx.fallthrough_ok && Some(i) == last;
            let _ = n;
            self.stmt(s, c);
        }
    }

    fn block(&mut self, b: &ast::Block, ctx: SCtx) {
        self.open_scope();
        self.stmt_list(&b.stmts, ctx);
        self.close_scope();
    }

    pub fn stmt(&mut self, s: &ast::Stmt, ctx: SCtx) {
        let inner = SCtx {
            fallthrough_ok: false,
            ..ctx
        };
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt, ctx),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value, .. } => self.send(s, ch, value),
            StmtKind::IncDec { x, inc, op_span } => {
                let one = ast::Expr {
                    id: u32::MAX,
                    span: *op_span,
                    kind: ExprKind::IntLit("1".into()),
                };
                let op = if *inc {
                    ast::BinOp::Add
                } else {
                    ast::BinOp::Sub
                };
                self.op_assign(s, x, op, &one, true);
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(lhs, rhs, *op_span),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            *op_span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    self.op_assign(s, &lhs[0], *bop, &rhs[0], false);
                }
            },
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => self.go_defer(e, "defer"),
            StmtKind::Return(vals) => self.return_stmt(s, vals),
            StmtKind::Break(label) => {
                if label.is_none() && !ctx.brk {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if label.is_none() && !ctx.cont {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            StmtKind::Goto(_) => {}
            StmtKind::Fallthrough => {
                if !ctx.fallthrough_ok {
                    if ctx.in_type_switch {
                        self.error(s.span, "cannot fallthrough in type switch");
                    } else if ctx.final_case {
                        self.error(s.span, "cannot fallthrough final case in switch");
                    } else {
                        self.error(s.span, "fallthrough statement out of place");
                    }
                }
            }
            StmtKind::Block(b) => self.block(b, inner),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                let x = self.expr(cond);
                if !x.is_invalid() && !self.all_types(x.ty, |k| k.is_boolean()) {
                    self.error(cond.span, "non-boolean condition in if statement");
                }
                if !x.is_invalid() && self.tt.is_untyped(x.ty) {
                    self.update_expr_type(cond, BOOL, 0);
                }
                self.block(then, inner);
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.close_scope();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !self.all_types(x.ty, |k| k.is_boolean()) {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                    if !x.is_invalid() && self.tt.is_untyped(x.ty) {
                        self.update_expr_type(c, BOOL, 0);
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = &p.kind
                    {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, inner);
                    }
                }
                let lc = SCtx {
                    brk: true,
                    cont: true,
                    ..SCtx::default()
                };
                self.block(body, lc);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                range_span,
            } => self.range_stmt(
                s,
                key.as_ref(),
                value.as_ref(),
                *define,
                x,
                body,
                *range_span,
            ),
            StmtKind::Switch {
                init, tag, cases, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), cases, inner),
            StmtKind::TypeSwitch {
                init,
                binding,
                x,
                cases,
                ..
            } => self.type_switch(s, init.as_deref(), binding.as_ref(), x, cases, inner),
            StmtKind::Select { cases, .. } => {
                let mut first_default: Option<Span> = None;
                for c in cases {
                    if c.comm.is_none() {
                        if let Some(f) = first_default {
                            let p = self.pos_str(self.file, f.lo);
                            self.error(c.head_span, format!("multiple defaults (first at {})", p));
                        }
                        first_default = Some(c.head_span);
                    }
                    self.open_scope();
                    if let Some(comm) = &c.comm {
                        let ok = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, op, .. } => {
                                rhs.len() == 1 && is_recv(&rhs[0]) && !matches!(op, AssignOp::Op(_))
                            }
                            _ => false,
                        };
                        if !ok {
                            self.error(
                                comm.span,
                                "select case must be receive, send or assign recv",
                            );
                        }
                        self.stmt(comm, inner);
                    }
                    let sc = SCtx {
                        brk: true,
                        cont: ctx.cont,
                        ..SCtx::default()
                    };
                    self.stmt_list(&c.body, sc);
                    self.close_scope();
                }
            }
        }
    }

    fn expr_stmt(&mut self, e: &ast::Expr) {
        let x = self.expr_or_type(e, false);
        let mut inner = e;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        let msg = match x.mode {
            Mode::Invalid => return,
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => {
                let is_stmt = match &inner.kind {
                    ExprKind::Call { .. } => match self.facts.calls.get(&(self.file, inner.id)) {
                        Some(super::CallKind::Conversion(_)) => false,
                        Some(super::CallKind::Builtin(b)) => matches!(
                            b,
                            Builtin::Copy
                                | Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Recover
                                | Builtin::Close
                                | Builtin::Delete
                                | Builtin::Clear
                        ),
                        _ => true,
                    },
                    ExprKind::Unary {
                        op: ast::UnOp::Recv,
                        ..
                    } => true,
                    _ => false,
                };
                if is_stmt {
                    return;
                }
                "is not used"
            }
        };
        let d = self.desc(e, &x);
        self.error(e.span, format!("{} {}", d, msg));
    }

    fn send(&mut self, _s: &ast::Stmt, ch: &ast::Expr, value: &ast::Expr) {
        let c = self.expr(ch);
        let mut v = self.expr(value);
        if c.is_invalid() || v.is_invalid() {
            return;
        }
        let core = self.core_type(c.ty).unwrap_or(INVALID);
        match self.tt.get(core).clone() {
            Type::Chan(dir, el) => {
                if dir == ast::ChanDir::Recv {
                    let d = self.desc(ch, &c);
                    let ts = self.tstr(c.ty);
                    self.error(
                        ch.span,
                        format!(
                            "invalid operation: cannot send to receive-only channel {} {}",
                            ts, d
                        ),
                    );
                    return;
                }
                self.assignment(&mut v, value, Some(el), "send");
            }
            _ => {
                let d = self.desc(ch, &c);
                let ts = self.tstr(c.ty);
                self.error(
                    ch.span,
                    format!("invalid operation: cannot send to non-channel {} {}", ts, d),
                );
            }
        }
    }

    fn op_assign(
        &mut self,
        s: &ast::Stmt,
        lhs: &ast::Expr,
        op: ast::BinOp,
        rhs: &ast::Expr,
        incdec: bool,
    ) {
        let mut x = self.expr(lhs);
        let y = if incdec {
            Operand {
                mode: Mode::Const,
                ty: UNTYPED_INT,
                val: Some(cval::int(1)),
                id: rhs.id,
                span: rhs.span,
            }
        } else {
            self.expr(rhs)
        };
        if x.is_invalid() || y.is_invalid() {
            return;
        }
        let mut y = y;
        if incdec {
            if !self.all_types(x.ty, |k| k.is_numeric()) {
                let s2 = self.exprstr(lhs);
                let op = if op == ast::BinOp::Add { "++" } else { "--" };
                self.error(
                    lhs.span,
                    format!(
                        "invalid operation: {}{} (non-numeric type {})",
                        s2,
                        op,
                        self.tstr(x.ty)
                    ),
                );
                return;
            }
        } else {
            let xt = x.ty;
            if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                if !self.all_types(xt, |k| k.is_integer()) {
                    let d = self.desc(lhs, &x);
                    self.error(
                        lhs.span,
                        format!("invalid operation: shifted operand {} must be integer", d),
                    );
                    return;
                }
                if self.tt.is_untyped(y.ty) {
                    self.convert_untyped(&mut y, rhs, UINT);
                } else if !self.all_types(y.ty, |k| k.is_integer()) {
                    let d = self.desc(rhs, &y);
                    self.error(
                        rhs.span,
                        format!("invalid operation: shift count {} must be integer", d),
                    );
                    return;
                }
            } else {
                self.match_types(&mut x, lhs, &mut y, rhs);
                if x.is_invalid() || y.is_invalid() {
                    return;
                }
                if !self.tt.identical(x.ty, y.ty) {
                    let (ls, rs) = (self.exprstr(lhs), self.exprstr(rhs));
                    self.error(
                        lhs.span,
                        format!(
                            "invalid operation: {} {}= {} (mismatched types {} and {})",
                            ls,
                            op.as_str(),
                            rs,
                            self.tstr(x.ty),
                            self.tstr(y.ty)
                        ),
                    );
                    return;
                }
                let ok = self.all_types(x.ty, |k| match op {
                    ast::BinOp::Add => k.is_numeric() || k.is_string(),
                    ast::BinOp::Sub | ast::BinOp::Mul | ast::BinOp::Div => k.is_numeric(),
                    _ => k.is_integer(),
                });
                if !ok {
                    let d = self.desc(lhs, &x);
                    self.error(
                        lhs.span,
                        format!(
                            "invalid operation: operator {} not defined on {}",
                            op.as_str(),
                            d
                        ),
                    );
                    return;
                }
                if matches!(op, ast::BinOp::Div | ast::BinOp::Rem)
                    && y.mode == Mode::Const
                    && y.val.as_ref().is_some_and(super::expr::is_zero)
                    && self.all_types(x.ty, |k| k.is_integer())
                {
                    self.error(rhs.span, "invalid operation: division by zero");
                    return;
                }
            }
        }
        let _ = s;
        self.check_lhs_assignable(lhs, &x);
    }

    fn check_lhs_assignable(&mut self, lhs: &ast::Expr, x: &Operand) -> bool {
        match x.mode {
            Mode::Var | Mode::MapIndex => true,
            Mode::Invalid => false,
            _ => {
                let mut inner = lhs;
                while let ExprKind::Paren(i) = &inner.kind {
                    inner = i;
                }
                if let ExprKind::Selector(sx, _) = &inner.kind {
                    let m = self.facts.types.get(&(self.file, sx.id)).map(|f| f.mode);
                    if m == Some(Mode::MapIndex) {
                        let s = self.exprstr(lhs);
                        self.error(
                            lhs.span,
                            format!("cannot assign to struct field {} in map", s),
                        );
                        return false;
                    }
                }
                let s = self.exprstr(lhs);
                self.error(
                    lhs.span,
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        s
                    ),
                );
                false
            }
        }
    }

    /// The type of an assignment's left side (None for `_`).
    fn lhs_var(&mut self, lhs: &ast::Expr) -> Option<TypeId> {
        let mut inner = lhs;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        let mut restore = None;
        if let ExprKind::Ident(id) = &inner.kind {
            if id.name == "_" {
                return None;
            }
            if let Some(o) = self.lookup(&id.name) {
                if self.obj(o).kind == ObjKind::Var {
                    restore = Some((o, self.obj(o).used));
                }
            }
        }
        let x = self.expr(lhs);
        if let Some((o, u)) = restore {
            self.obj_mut(o).used = u;
        }
        if x.is_invalid() {
            return Some(INVALID);
        }
        if !self.check_lhs_assignable(lhs, &x) {
            return Some(INVALID);
        }
        Some(x.ty)
    }

    fn assign_vars(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && is_call(&rhs[0]);
        if l == r && !is_call {
            for (le, re) in lhs.iter().zip(rhs) {
                let t = self.lhs_var(le);
                if t == Some(INVALID) {
                    self.expr(re);
                    continue;
                }
                let mut x = self.expr_hint(re, t);
                let ctx = if t.is_none() {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                self.assignment(&mut x, re, t, ctx);
            }
            return;
        }
        if r != 1 {
            let mut ok = true;
            for le in lhs {
                ok &= self.lhs_var(le) != Some(INVALID);
            }
            for re in rhs {
                ok &= !self.expr(re).is_invalid();
            }
            if ok {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let ts: Vec<Option<TypeId>> = lhs.iter().map(|le| self.lhs_var(le)).collect();
        let ops = self.multi_values(&rhs[0], l == 2);
        if ops.len() == l {
            for (i, mut x) in ops.into_iter().enumerate() {
                if ts[i] == Some(INVALID) {
                    continue;
                }
                let ctx = if ts[i].is_none() {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                self.assignment(&mut x, &rhs[0], ts[i], ctx);
            }
            return;
        }
        if ops.first().is_some_and(|x| !x.is_invalid()) {
            self.assign_error(rhs, l, ops.len());
        }
    }

    fn assign_error(&mut self, rhs: &[ast::Expr], l: usize, r: usize) {
        if rhs.is_empty() {
            return;
        }
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let r0 = &rhs[0];
        if rhs.len() == 1 {
            let mut inner = r0;
            while let ExprKind::Paren(i) = &inner.kind {
                inner = i;
            }
            if let ExprKind::Call { func, .. } = &inner.kind {
                let f = self.exprstr(func);
                self.error(
                    r0.span,
                    format!("assignment mismatch: {} but {} returns {}", vars, f, vals),
                );
                return;
            }
        }
        self.error(
            r0.span,
            format!("assignment mismatch: {} but {}", vars, vals),
        );
    }

    /// Values of a single right-hand expression: a tuple's components,
    /// or one value (plus the untyped bool of a comma-ok form).
    fn multi_values(&mut self, e: &ast::Expr, allow_comma_ok: bool) -> Vec<Operand> {
        let mut x = self.expr_inner_raw(e);
        match x.mode {
            Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {
                self.single_value(e, &mut x);
                return vec![x];
            }
            _ => {}
        }
        if let Type::Tuple(ts) = self.tt.get(x.ty).clone() {
            if x.mode != Mode::Invalid {
                return ts
                    .iter()
                    .map(|&t| Operand {
                        mode: Mode::Value,
                        ty: t,
                        val: None,
                        id: e.id,
                        span: e.span,
                    })
                    .collect();
            }
        }
        let mut v = vec![x.clone()];
        if allow_comma_ok && matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
            v.push(Operand {
                mode: Mode::Value,
                ty: UNTYPED_BOOL,
                val: None,
                id: e.id,
                span: e.span,
            });
            self.facts.comma_ok.insert((self.file, e.id));
        }
        v
    }

    fn expr_inner_raw(&mut self, e: &ast::Expr) -> Operand {
        self.expr_or_type(e, false)
    }

    fn short_var_decl(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], op_span: Span) {
        let scope = self.scope;
        let mut seen: Vec<String> = Vec::new();
        let mut lhs_vars: Vec<Option<(ObjId, bool)>> = Vec::new();
        let mut new_vars = Vec::new();
        let mut has_err = false;
        for le in lhs {
            let ExprKind::Ident(id) = &le.kind else {
                self.expr(le);
                let s = self.exprstr(le);
                self.error(le.span, format!("non-name {} on left side of :=", s));
                has_err = true;
                lhs_vars.push(None);
                continue;
            };
            if id.name != "_" {
                if seen.contains(&id.name) {
                    self.error(le.span, format!("{} repeated on left side of :=", id.name));
                    has_err = true;
                    lhs_vars.push(None);
                    continue;
                }
                seen.push(id.name.clone());
            }
            if id.name != "_" {
                if let Some(alt) = self.lookup_in(scope, &id.name) {
                    self.record_use(le.id, alt);
                    if self.obj(alt).kind == ObjKind::Var {
                        lhs_vars.push(Some((alt, false)));
                    } else {
                        self.error(le.span, format!("cannot assign to {}", id.name));
                        has_err = true;
                        lhs_vars.push(None);
                    }
                    continue;
                }
            }
            let o = self.new_local(id, INVALID);
            if id.name != "_" {
                new_vars.push((o, id.clone()));
            }
            lhs_vars.push(Some((o, true)));
        }
        // Initialise: new vars have no type yet.
        let objs: Vec<(ObjId, Option<TypeId>)> = lhs_vars
            .iter()
            .map(|v| match v {
                Some((o, true)) => (*o, None),
                Some((o, false)) => (*o, Some(self.obj(*o).ty)),
                None => (ObjId(u32::MAX), Some(INVALID)),
            })
            .collect();
        self.init_vars(&objs, rhs, "assignment", None);
        if new_vars.is_empty() && !has_err {
            self.error(op_span, "no new variables on left side of :=");
            return;
        }
        for (o, id) in new_vars {
            self.insert(scope, &id.name, o);
        }
    }

    /// Go's initVars: `lhs` objects with their declared type (None: take
    /// the type of the value).
    pub fn init_vars(
        &mut self,
        lhs: &[(ObjId, Option<TypeId>)],
        rhs: &[ast::Expr],
        context: &str,
        ret: Option<Span>,
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && is_call(&rhs[0]);
        if l == r && !is_call {
            for (i, &(o, t)) in lhs.iter().enumerate() {
                let mut x = self.expr_hint(&rhs[i], t);
                self.init_var(o, t, &mut x, &rhs[i], context);
            }
            return;
        }
        if r != 1 {
            let mut ok = true;
            let mut ops = Vec::new();
            for re in rhs {
                let x = self.expr(re);
                ok &= !x.is_invalid();
                ops.push(x);
            }
            for &(o, t) in lhs {
                if t.is_none() && o.0 != u32::MAX {
                    self.obj_mut(o).ty = INVALID;
                }
            }
            if ok {
                if let Some(rs) = ret {
                    self.return_error(rs, lhs, &ops, rhs);
                } else {
                    self.assign_error(rhs, l, r);
                }
            }
            return;
        }
        let ops = self.multi_values(&rhs[0], l == 2 && ret.is_none());
        if ops.len() == l {
            for (i, mut x) in ops.into_iter().enumerate() {
                let (o, t) = lhs[i];
                self.init_var(o, t, &mut x, &rhs[0], context);
            }
            return;
        }
        if ops.first().is_some_and(|x| !x.is_invalid()) {
            if let Some(rs) = ret {
                self.return_error(rs, lhs, &ops, rhs);
            } else {
                self.assign_error(rhs, l, ops.len());
            }
        }
        for &(o, t) in lhs {
            if t.is_none() && o.0 != u32::MAX {
                self.obj_mut(o).ty = INVALID;
            }
        }
    }

    fn init_var(
        &mut self,
        o: ObjId,
        t: Option<TypeId>,
        x: &mut Operand,
        e: &ast::Expr,
        context: &str,
    ) {
        let valid_obj = o.0 != u32::MAX;
        if x.is_invalid() || self.tt.is_invalid(x.ty) || t.is_some_and(|t| self.tt.is_invalid(t)) {
            if t.is_none() && valid_obj {
                self.obj_mut(o).ty = INVALID;
            }
            x.mode = Mode::Invalid;
            return;
        }
        let t = match t {
            Some(t) => t,
            None => {
                let mut ty = x.ty;
                if self.tt.is_untyped(ty) {
                    if self.tt.canon(ty) == UNTYPED_NIL {
                        self.error(e.span, format!("use of untyped nil in {}", context));
                        if valid_obj {
                            self.obj_mut(o).ty = INVALID;
                        }
                        x.mode = Mode::Invalid;
                        return;
                    }
                    ty = self.default_type(ty);
                }
                if valid_obj {
                    self.obj_mut(o).ty = ty;
                }
                ty
            }
        };
        self.assignment(x, e, Some(t), context);
    }

    fn return_error(
        &mut self,
        at: Span,
        lhs: &[(ObjId, Option<TypeId>)],
        ops: &[Operand],
        rhs: &[ast::Expr],
    ) {
        if rhs.is_empty() {
            return;
        }
        let (l, r) = (lhs.len(), ops.len());
        let (q, pos) = if r > l {
            (
                "too many",
                rhs.get(l).map(|e| e.span).unwrap_or(rhs[0].span),
            )
        } else if r > 0 {
            (
                "not enough",
                rhs.get(r - 1).map(|e| e.span).unwrap_or(rhs[0].span),
            )
        } else {
            ("not enough", at)
        };
        let have = self.summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>());
        let want = self.summary(
            &lhs.iter()
                .map(|(_, t)| t.unwrap_or(INVALID))
                .collect::<Vec<_>>(),
        );
        let d = crate::diag::Diagnostic::new(self.file, pos, format!("{} return values", q))
            .with_note(format!("have {}", have))
            .with_note(format!("want {}", want));
        self.diags.push(d);
    }

    fn summary(&self, ts: &[TypeId]) -> String {
        let mut s = String::from("(");
        for (i, &t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if self.tt.is_untyped(t) && self.tt.is_kind(t, |k| k.is_numeric()) {
                s.push_str("number");
            } else if self.tt.canon(t) == UNTYPED_NIL {
                s.push_str("nil");
            } else if self.tt.is_untyped(t) {
                s.push_str(
                    self.tt
                        .basic_kind(t)
                        .map(|k| k.default_type().name())
                        .unwrap_or(""),
                );
            } else {
                s.push_str(&self.tstr(t));
            }
        }
        s.push(')');
        s
    }

    fn return_stmt(&mut self, s: &ast::Stmt, vals: &[ast::Expr]) {
        let Some(fc) = self.fctx.last().cloned() else {
            return;
        };
        let results = fc.results.clone();
        if vals.is_empty() {
            if !results.is_empty() && !fc.named_results {
                let want: Vec<TypeId> = results.iter().map(|&o| self.obj(o).ty).collect();
                let w = self.summary(&want);
                let d = crate::diag::Diagnostic::new(self.file, s.span, "not enough return values")
                    .with_note("have ()")
                    .with_note(format!("want {}", w));
                self.diags.push(d);
            }
            // A bare return with named results "uses" them? No: Go does
            // not count results as unused.
            return;
        }
        if results.is_empty() {
            let ops: Vec<Operand> = vals.iter().map(|v| self.expr(v)).collect();
            if ops.iter().any(|o| o.is_invalid()) {
                return;
            }
            let have = self.summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>());
            let d = crate::diag::Diagnostic::new(self.file, vals[0].span, "too many return values")
                .with_note(format!("have {}", have))
                .with_note("want ()");
            self.diags.push(d);
            return;
        }
        let lhs: Vec<(ObjId, Option<TypeId>)> = results
            .iter()
            .map(|&o| (ObjId(u32::MAX), Some(self.obj(o).ty)))
            .collect();
        self.init_vars(&lhs, vals, "return statement", Some(s.span));
    }

    fn go_defer(&mut self, e: &ast::Expr, what: &str) {
        let mut inner = e;
        if let ExprKind::Paren(_) = &e.kind {
            while let ExprKind::Paren(i) = &inner.kind {
                inner = i;
            }
            self.expr_or_type(e, false);
            self.error(
                e.span,
                format!("expression in {} must not be parenthesized", what),
            );
            return;
        }
        let ExprKind::Call { .. } = &inner.kind else {
            self.expr_or_type(e, false);
            self.error(
                e.span,
                format!("expression in {} must be function call", what),
            );
            return;
        };
        let x = self.expr_or_type(e, false);
        if x.is_invalid() {
            return;
        }
        match self.facts.calls.get(&(self.file, inner.id)).cloned() {
            Some(super::CallKind::Conversion(_)) => {
                let d = self.desc(e, &x);
                self.error(
                    e.span,
                    format!("{} requires function call, not conversion {}", what, d),
                );
            }
            Some(super::CallKind::Builtin(b)) => {
                let discards = !matches!(
                    b,
                    Builtin::Copy
                        | Builtin::Panic
                        | Builtin::Print
                        | Builtin::Println
                        | Builtin::Recover
                        | Builtin::Close
                        | Builtin::Delete
                        | Builtin::Clear
                );
                if discards {
                    let d = self.desc(e, &x);
                    self.error(e.span, format!("{} discards result of {}", what, d));
                }
            }
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        _s: &ast::Stmt,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        xe: &ast::Expr,
        body: &ast::Block,
        range_span: Span,
    ) {
        self.open_scope();
        let mut x = self.expr(xe);
        let x_desc = if x.is_invalid() {
            String::new()
        } else {
            self.desc(xe, &x)
        };
        let mut kt = INVALID;
        let mut vt = INVALID;
        let mut max_vars = 2;
        let mut ok = !x.is_invalid();
        if ok {
            let core = self.core_type(x.ty).unwrap_or(INVALID);
            match self.tt.get(core).clone() {
                Type::Basic(k) if k.is_string() => {
                    kt = INT;
                    vt = basic(super::basic::BasicKind::Int32);
                    if self.tt.is_untyped(x.ty) {
                        self.convert_untyped(&mut x, xe, STRING);
                    }
                }
                Type::Basic(k) if k.is_integer() => {
                    if self.tt.is_untyped(x.ty) {
                        self.convert_untyped(&mut x, xe, INT);
                    }
                    kt = x.ty;
                    max_vars = 1;
                }
                Type::Array(_, el) | Type::Slice(el) => {
                    kt = INT;
                    vt = el;
                }
                Type::Pointer(p) => match self.tt.under_type(p).clone() {
                    Type::Array(_, el) => {
                        kt = INT;
                        vt = el;
                    }
                    _ => ok = false,
                },
                Type::Map(k, v) => {
                    kt = k;
                    vt = v;
                }
                Type::Chan(dir, el) => {
                    kt = el;
                    max_vars = 1;
                    if dir == ast::ChanDir::Send {
                        let d = self.desc(xe, &x);
                        let ts = self.tstr(x.ty);
                        self.error(
                            xe.span,
                            format!(
                                "cannot range over {}: receive from send-only channel {}",
                                d, ts
                            ),
                        );
                        ok = false;
                        x.mode = Mode::Invalid;
                    }
                }
                Type::Func(sig) => {
                    // func(yield func(K, V) bool)
                    let yield_sig = (sig.params.len() == 1 && sig.results.is_empty())
                        .then(|| self.tt.sig(sig.params[0]).cloned())
                        .flatten();
                    match yield_sig {
                        Some(ys)
                            if ys.params.len() <= 2
                                && ys.results.len() == 1
                                && self.tt.is_kind(ys.results[0], |k| {
                                    k == super::basic::BasicKind::Bool
                                }) =>
                        {
                            max_vars = ys.params.len();
                            kt = ys.params.first().copied().unwrap_or(INVALID);
                            vt = ys.params.get(1).copied().unwrap_or(INVALID);
                        }
                        _ => ok = false,
                    }
                }
                _ => ok = false,
            }
            if !ok && !x.is_invalid() {
                let d = self.desc(xe, &x);
                self.error(xe.span, format!("cannot range over {}", d));
            }
        }
        let nvars = usize::from(key.is_some()) + usize::from(value.is_some());
        if ok && nvars > max_vars {
            let extra = if max_vars == 1 { value } else { None };
            if let Some(ex) = extra.or(value) {
                let d = x_desc.clone();
                let msg = if max_vars == 0 {
                    format!("range over {} permits no iteration variables", d)
                } else {
                    format!("range over {} permits only one iteration variable", d)
                };
                self.error(ex.span, msg);
            }
            ok = false;
        }
        let _ = range_span;
        let types = [kt, vt];
        let vars = [key, value];
        if define {
            let mut new = Vec::new();
            for (i, v) in vars.iter().enumerate() {
                let Some(v) = v else { continue };
                let ExprKind::Ident(id) = &v.kind else {
                    let s = self.exprstr(v);
                    self.error(v.span, format!("non-name {} on left side of :=", s));
                    continue;
                };
                let t = if ok { types[i] } else { INVALID };
                let o = self.new_local(id, t);
                new.push((o, id.clone()));
            }
            let sc = self.scope;
            for (o, id) in new {
                if !id.is_blank() {
                    self.insert(sc, &id.name, o);
                }
            }
        } else {
            for (i, v) in vars.iter().enumerate() {
                let Some(v) = v else { continue };
                let t = self.lhs_var(v);
                if ok {
                    if let Some(t) = t {
                        if !self.tt.is_invalid(t) {
                            let op = Operand {
                                mode: Mode::Value,
                                ty: types[i],
                                val: None,
                                id: xe.id,
                                span: xe.span,
                            };
                            if self.assignable(&op, t).is_err() {
                                let ts = self.tstr(types[i]);
                                let s = self.exprstr(v);
                                let _ = s;
                                self.error(
                                    v.span,
                                    format!(
                                        "cannot use {} (value of type {}) as {} value in range clause",
                                        self.exprstr(v),
                                        ts,
                                        self.tstr(t)
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }
        let lc = SCtx {
            brk: true,
            cont: true,
            ..SCtx::default()
        };
        self.block(body, lc);
        self.close_scope();
    }

    fn switch_stmt(
        &mut self,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        cases: &[ast::CaseClause],
        ctx: SCtx,
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i, ctx);
        }
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                if !x.is_invalid() {
                    // The tag's untyped constant takes its default type.
                    let dt = self.default_type(x.ty);
                    if self.tt.is_untyped(x.ty) {
                        if self.tt.canon(x.ty) == UNTYPED_NIL {
                            self.error(t.span, "use of untyped nil in switch expression");
                            x.mode = Mode::Invalid;
                        } else {
                            self.convert_untyped(&mut x, t, dt);
                        }
                    }
                    if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                        let d = self.desc(t, &x);
                        self.error(t.span, format!("cannot switch on {}", d));
                        x.mode = Mode::Invalid;
                    }
                }
                Some((x, t))
            }
            None => None,
        };
        let mut seen_default: Option<Span> = None;
        let mut seen_vals: Vec<(String, TypeId, Span)> = Vec::new();
        for (ci, c) in cases.iter().enumerate() {
            if c.default {
                if let Some(first) = seen_default {
                    let p = self.pos_str(self.file, first.lo);
                    self.error(c.head_span, format!("multiple defaults (first at {})", p));
                }
                seen_default = Some(c.head_span);
            }
            for ce in &c.exprs {
                let mut y = self.expr(ce);
                if y.is_invalid() {
                    continue;
                }
                match &mut x {
                    Some((xo, te)) => {
                        if xo.is_invalid() {
                            continue;
                        }
                        let mut xo2 = xo.clone();
                        if self.tt.is_untyped(y.ty) && !self.tt.is_untyped(xo2.ty) {
                            let t = xo2.ty;
                            self.convert_untyped(&mut y, ce, t);
                        }
                        if y.is_invalid() {
                            continue;
                        }
                        self.match_types(&mut y, ce, &mut xo2, te);
                        if y.is_invalid() {
                            continue;
                        }
                        let r = self.comparison(ce, ast::BinOp::Eq, ce, y.clone(), te, xo2, true);
                        if r.is_invalid() {
                            continue;
                        }
                        if y.mode == Mode::Const {
                            if let Some(v) = &y.val {
                                let key = cval::to_string(v);
                                let ty = self.tt.canon(y.ty);
                                if let Some((_, _, prev)) =
                                    seen_vals.iter().find(|(k, t, _)| *k == key && *t == ty)
                                {
                                    let _ = prev;
                                    let d = self.desc(ce, &y);
                                    self.error(
                                        ce.span,
                                        format!("duplicate case {} in expression switch", d),
                                    );
                                } else {
                                    seen_vals.push((key, ty, ce.span));
                                }
                            }
                        }
                    }
                    None => {
                        // switch { case cond: }
                        let mut yy = y.clone();
                        self.assignment(&mut yy, ce, Some(BOOL), "switch case");
                        if yy.is_invalid() {
                            continue;
                        }
                        let _ = &mut yy;
                    }
                }
            }
            self.open_scope();
            let cc = SCtx {
                brk: true,
                cont: ctx.cont,
                fallthrough_ok: ci + 1 < cases.len(),
                final_case: ci + 1 == cases.len(),
                in_type_switch: false,
            };
            self.stmt_list(&c.body, cc);
            self.close_scope();
        }
        self.close_scope();
    }

    fn type_switch(
        &mut self,
        _s: &ast::Stmt,
        init: Option<&ast::Stmt>,
        binding: Option<&ast::Ident>,
        xe: &ast::Expr,
        cases: &[ast::CaseClause],
        ctx: SCtx,
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i, ctx);
        }
        if let Some(b) = binding {
            if b.is_blank() {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        let x = self.expr(xe);
        let mut valid = !x.is_invalid();
        if valid && (self.tt.is_tparam(x.ty) || !self.tt.is_interface(x.ty)) {
            let d = self.desc(xe, &x);
            self.error(xe.span, format!("{} is not an interface", d));
            valid = false;
        }
        let mut seen: Vec<TypeId> = Vec::new();
        let mut seen_nil = false;
        let mut seen_default: Option<Span> = None;
        let mut bind_objs = Vec::new();
        for c in cases {
            if c.default {
                if let Some(first) = seen_default {
                    let p = self.pos_str(self.file, first.lo);
                    self.error(c.head_span, format!("multiple defaults (first at {})", p));
                }
                seen_default = Some(c.head_span);
            }
            let mut single: Option<TypeId> = None;
            for ce in &c.exprs {
                let is_nil = matches!(&ce.kind, ExprKind::Ident(id) if id.name == "nil"
                    && self.lookup("nil").is_some_and(|o| self.obj(o).kind == ObjKind::Nil));
                if is_nil {
                    self.expr(ce);
                    if seen_nil {
                        self.error(ce.span, "multiple nil cases in type switch (first at ...)");
                    }
                    seen_nil = true;
                    single = Some(UNTYPED_NIL);
                    continue;
                }
                let t = self.typexpr(ce);
                if self.tt.is_invalid(t) {
                    single = Some(INVALID);
                    continue;
                }
                single = Some(t);
                if !valid {
                    continue;
                }
                if seen.iter().any(|&p| self.tt.identical(p, t)) {
                    let ts = self.tstr(t);
                    self.error(ce.span, format!("duplicate case {} in type switch", ts));
                    continue;
                }
                seen.push(t);
                self.check_assert(ce, xe, x.ty, t, true);
            }
            self.open_scope();
            if let Some(b) = binding {
                if !b.is_blank() {
                    let t = if c.exprs.len() == 1 {
                        match single {
                            Some(t) if t != UNTYPED_NIL => t,
                            _ => x.ty,
                        }
                    } else {
                        x.ty
                    };
                    let t = if valid { t } else { INVALID };
                    let mut o = Object::new(ObjKind::Var, &b.name, Some(self.pkg), t);
                    o.file = self.file;
                    o.span = b.span;
                    o.owner = self.cur_func_idx();
                    let oid = self.new_obj(o);
                    self.facts
                        .case_objs
                        .insert((self.file, c.head_span.lo), oid);
                    let sc = self.scope;
                    self.insert(sc, &b.name, oid);
                    bind_objs.push(oid);
                }
            }
            let cc = SCtx {
                brk: true,
                cont: ctx.cont,
                fallthrough_ok: false,
                final_case: false,
                in_type_switch: true,
            };
            self.stmt_list(&c.body, cc);
            self.close_scope();
        }
        if let Some(b) = binding {
            if !b.is_blank() && !self.opts.allow_unused {
                let used = bind_objs.iter().any(|&o| self.obj(o).used);
                if !used {
                    self.error(b.span, format!("{} declared and not used", b.name));
                }
                for &o in &bind_objs {
                    self.obj_mut(o).used = true;
                }
            }
        }
        self.close_scope();
    }

    // ───────────────────────────── declarations ─────────────────────────

    fn local_decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Var(g) => {
                for spec in &g.specs {
                    let mut objs = Vec::new();
                    for n in &spec.names {
                        objs.push(self.new_local(n, INVALID));
                    }
                    self.var_decl(&objs, spec.typ.as_ref(), &spec.values, spec.span);
                    let sc = self.scope;
                    for (o, n) in objs.iter().zip(&spec.names) {
                        if !n.is_blank() && self.insert(sc, &n.name, *o).is_some() {
                            self.error(n.span, format!("{} redeclared in this block", n.name));
                        }
                    }
                }
            }
            ast::Decl::Const(g) => {
                let mut src = 0;
                for (si, spec) in g.specs.iter().enumerate() {
                    if !spec.values.is_empty() || si == 0 {
                        src = si;
                    }
                    let srcs = &g.specs[src];
                    let mut objs = Vec::new();
                    for (ni, n) in spec.names.iter().enumerate() {
                        let mut o = Object::new(ObjKind::Const, &n.name, Some(self.pkg), INVALID);
                        o.file = self.file;
                        o.span = n.span;
                        o.used = true;
                        let oid = self.new_obj(o);
                        self.facts.defs.insert((self.file, n.span.lo), oid);
                        let saved = self.iota;
                        self.iota = Some(spec.iota);
                        self.const_decl(
                            oid,
                            srcs.typ.as_ref(),
                            srcs.values.get(ni),
                            spec,
                            ni,
                            srcs,
                        );
                        self.iota = saved;
                        objs.push(oid);
                    }
                    let sc = self.scope;
                    for (o, n) in objs.iter().zip(&spec.names) {
                        if !n.is_blank() && self.insert(sc, &n.name, *o).is_some() {
                            self.error(n.span, format!("{} redeclared in this block", n.name));
                        }
                    }
                }
            }
            ast::Decl::Type(g) => {
                for spec in &g.specs {
                    let mut o =
                        Object::new(ObjKind::TypeName, &spec.name.name, Some(self.pkg), INVALID);
                    o.file = self.file;
                    o.span = spec.name.span;
                    let oid = self.new_obj(o);
                    let sc = self.scope;
                    // The type name is in scope in its own declaration.
                    self.declare(sc, &spec.name, oid);
                    self.local_type_decl(oid, spec);
                }
            }
            ast::Decl::Func(f) => {
                self.error(f.span, "function declaration not allowed inside a function");
            }
        }
    }

    fn local_type_decl(&mut self, oid: ObjId, spec: &ast::TypeSpec) {
        if spec.alias {
            let t = self.typexpr(&spec.typ);
            let a = self
                .tt
                .intern(Type::Alias(spec.name.name.clone(), Some(self.pkg), t));
            self.obj_mut(oid).ty = if self.tt.is_invalid(t) { INVALID } else { a };
            return;
        }
        if !spec.tparams.is_empty() {
            self.error(
                spec.name.span,
                "generic type cannot be declared inside a function",
            );
        }
        let named = self.tt.new_named(NamedInfo {
            name: spec.name.name.clone(),
            pkg: Some(self.pkg),
            obj: oid,
            underlying: INVALID,
            methods: vec![],
            tparams: vec![],
            origin: None,
            targs: vec![],
        });
        self.obj_mut(oid).ty = named;
        let rhs = self.typexpr(&spec.typ);
        let u = self.tt.under(rhs);
        if let Some(n) = self.tt.named_info_mut(named) {
            n.underlying = u;
        }
    }

    /// A var spec (package level or local): `lhs` objects already exist.
    pub fn var_decl(
        &mut self,
        lhs: &[ObjId],
        typ: Option<&ast::Expr>,
        values: &[ast::Expr],
        _span: Span,
    ) {
        let t = typ.map(|te| self.typexpr(te));
        if let Some(t) = t {
            for &o in lhs {
                self.obj_mut(o).ty = t;
            }
        }
        if values.is_empty() {
            return;
        }
        let (l, r) = (lhs.len(), values.len());
        if l == r {
            for (i, &o) in lhs.iter().enumerate() {
                let mut x = self.expr_hint(&values[i], t);
                self.init_var(o, t, &mut x, &values[i], "variable declaration");
            }
            return;
        }
        if r == 1 {
            let objs: Vec<(ObjId, Option<TypeId>)> = lhs.iter().map(|&o| (o, t)).collect();
            self.init_vars(&objs, values, "assignment", None);
            return;
        }
        for (i, &o) in lhs.iter().enumerate() {
            if let Some(v) = values.get(i) {
                let mut x = self.expr_hint(v, t);
                self.init_var(o, t, &mut x, v, "variable declaration");
            } else if t.is_none() {
                self.obj_mut(o).ty = INVALID;
            }
        }
        if l < r {
            let n = &values[l];
            let s = self.exprstr(n);
            self.error(n.span, format!("extra init expr {}", s));
            for v in &values[l + 1..] {
                self.expr(v);
            }
        } else {
            let o = lhs[r];
            let (sp, name) = (self.obj(o).span, self.obj(o).name.clone());
            self.error(sp, format!("missing init expr for {}", name));
        }
    }

    /// One constant: `value` is its init expression (from `src`, the spec
    /// providing values, possibly an earlier one in the group).
    pub fn const_decl(
        &mut self,
        oid: ObjId,
        typ: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        spec: &ast::ValueSpec,
        name_idx: usize,
        src: &ast::ValueSpec,
    ) {
        let inherited = !std::ptr::eq(spec, src);
        // Arity (reported once, at the first name).
        if name_idx == 0 {
            let (l, r) = (spec.names.len(), src.values.len());
            if l < r {
                let n = &src.values[l];
                if inherited {
                    let p = self.pos_str(self.file, n.span.lo);
                    self.error(spec.span, format!("extra init expr at {}", p));
                } else {
                    let s = self.exprstr(n);
                    self.error(n.span, format!("extra init expr {}", s));
                }
            } else if l > r {
                let n = &spec.names[r];
                self.error(n.span, format!("missing init expr for {}", n.name));
            }
        }
        let t = typ.map(|te| self.typexpr(te));
        if let Some(t) = t {
            if self.tt.is_invalid(t) {
                self.obj_mut(oid).ty = INVALID;
                return;
            }
            let ok = !self.tt.is_tparam(t) && matches!(self.tt.under_type(t), Type::Basic(_));
            if !ok {
                let ts = self.tstr(t);
                if let Some(te) = typ {
                    self.error(te.span, format!("invalid constant type {}", ts));
                }
                self.obj_mut(oid).ty = INVALID;
                return;
            }
        }
        let Some(ve) = value else {
            self.obj_mut(oid).ty = INVALID;
            return;
        };
        let mut x = self.expr(ve);
        if x.is_invalid() {
            self.obj_mut(oid).ty = INVALID;
            return;
        }
        if x.mode != Mode::Const {
            let d = self.desc(ve, &x);
            self.error(ve.span, format!("{} is not constant", d));
            self.obj_mut(oid).ty = INVALID;
            return;
        }
        let target = t.unwrap_or(x.ty);
        if !self.assignment(&mut x, ve, Some(target), "constant declaration") {
            self.obj_mut(oid).ty = INVALID;
            return;
        }
        let o = self.obj_mut(oid);
        o.ty = x.ty;
        o.val = x.val;
    }

    // ───────────────────────────── terminating ─────────────────────────

    pub fn is_terminating_list(&self, stmts: &[ast::Stmt], label: &str) -> bool {
        match stmts
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
        {
            Some(i) => self.is_terminating(&stmts[i], label),
            None => false,
        }
    }

    fn is_terminating(&self, s: &ast::Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                let mut inner = e;
                while let ExprKind::Paren(i) = &inner.kind {
                    inner = i;
                }
                matches!(
                    self.facts.calls.get(&(self.file, inner.id)),
                    Some(super::CallKind::Builtin(Builtin::Panic))
                )
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If {
                then, els: Some(e), ..
            } => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                let mut has_default = false;
                for c in cases {
                    if c.default {
                        has_default = true;
                    }
                    let ok = self.is_terminating_list(&c.body, "")
                        || c.body
                            .iter()
                            .rev()
                            .find(|s| !matches!(s.kind, StmtKind::Empty))
                            .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough));
                    if !ok || has_break(&c.body, label, true) {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select { cases, .. } => cases
                .iter()
                .all(|c| self.is_terminating_list(&c.body, "") && !has_break(&c.body, label, true)),
            _ => false,
        }
    }
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{} {}", n, unit)
    } else {
        format!("{} {}s", n, unit)
    }
}

fn is_call(e: &ast::Expr) -> bool {
    let mut inner = e;
    while let ExprKind::Paren(i) = &inner.kind {
        inner = i;
    }
    matches!(inner.kind, ExprKind::Call { .. })
}

fn is_recv(e: &ast::Expr) -> bool {
    let mut inner = e;
    while let ExprKind::Paren(i) = &inner.kind {
        inner = i;
    }
    matches!(
        inner.kind,
        ExprKind::Unary {
            op: ast::UnOp::Recv,
            ..
        }
    )
}

/// Whether `stmts` contain a break that targets the enclosing statement
/// (unlabelled at top nesting level, or labelled `label`).
fn has_break(stmts: &[ast::Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            !label.is_empty() && cases.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { cases, .. } => {
            !label.is_empty() && cases.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}
