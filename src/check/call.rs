//! Calls: ordinary and variadic calls, multi-value spreading, method
//! calls, conversions, generic function instantiation (explicit and
//! inferred), and generic type instantiation in type expressions.
//!
//! Invariants: arguments are always evaluated (so their variables count
//! as used) even when the callee is invalid; every Call node gets a
//! `CallKind` fact.

use super::checker::*;
use super::cval;
use super::objects::*;
use super::types::*;
use super::CallKind;
use crate::syntax::ast::{self, ExprKind};
use std::collections::HashMap;

impl Checker<'_> {
    pub fn call(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: Option<ast::Span>,
        lparen: ast::Span,
        rparen: ast::Span,
    ) -> Operand {
        // f[T1, T2](args): explicit (partial) instantiation.
        let mut explicit: Vec<TypeId> = Vec::new();
        let mut explicit_exprs: &[ast::Expr] = &[];
        let mut callee = fe;
        if let ExprKind::Index { x, indices, .. } = &fe.kind {
            if self.generic_func_obj(x).is_some() {
                callee = x;
                explicit_exprs = indices;
            }
        }
        let f = self.expr_or_type(callee, true);
        if !explicit_exprs.is_empty() {
            for ie in explicit_exprs {
                let t = self.typexpr(ie);
                explicit.push(t);
            }
        }
        match f.mode {
            Mode::Invalid => {
                self.use_args(args);
                return Operand::invalid(e);
            }
            Mode::TypeExpr => return self.conversion(e, f.ty, args, ellipsis, rparen),
            Mode::Builtin(b) => {
                self.facts
                    .calls
                    .insert((self.file, e.id), CallKind::Builtin(b));
                return self.builtin(e, b, args, ellipsis, rparen);
            }
            _ => {}
        }
        let sig_t = self.core_type(f.ty).unwrap_or(INVALID);
        let Some(sig) = self
            .tt
            .sig(sig_t)
            .cloned()
            .filter(|_| matches!(self.tt.get(sig_t), Type::Func(_)))
        else {
            let d = self.desc(callee, &f);
            let ts = self.tstr(f.ty);
            self.error(
                e.span,
                format!(
                    "invalid operation: cannot call {}: {} is not a function",
                    d, ts
                ),
            );
            self.use_args(args);
            return Operand::invalid(e);
        };
        // Evaluate arguments.
        let (ops, arg_exprs) = self.eval_args(args);
        let generic = self.generic_func_obj(callee);
        let mut sig = sig;
        if let Some(gobj) = generic {
            let tps = self.obj(gobj).tparams.clone();
            if explicit.len() > tps.len() {
                let at = &explicit_exprs[tps.len()];
                self.error(
                    at.span,
                    format!(
                        "got {} type arguments but want {}",
                        explicit.len(),
                        tps.len()
                    ),
                );
                return Operand::invalid(e);
            }
            let ddd = ellipsis.is_some();
            let Some(targs) = self.infer(e, callee, gobj, &tps, &explicit, &sig, &ops, ddd, lparen)
            else {
                return Operand::invalid(e);
            };
            let st = self.subst(sig_t, &tps, &targs);
            sig = self.tt.sig(st).cloned().unwrap_or(sig);
            self.record_instance(gobj, &targs);
            let ct: Vec<TypeId> = targs.iter().map(|&t| self.tt.canon(t)).collect();
            self.facts.instances.insert(
                (self.file, callee.id),
                super::Instance {
                    obj: gobj,
                    targs: ct,
                },
            );
            self.record_type(callee.id, st);
            self.record_type(fe.id, st);
            // Verify constraints.
            for (i, (&tp, &ta)) in tps.iter().zip(&targs).enumerate() {
                let b = self.tt.tparam_info(tp).map(|p| p.bound).unwrap_or(INVALID);
                let b = self.subst(b, &tps, &targs);
                if let Some(why) = self.satisfies(ta, b) {
                    let at = explicit_exprs.get(i).map(|x| x.span).unwrap_or(e.span);
                    let at = if explicit_exprs.get(i).is_none() {
                        // Go reports at the argument that fixed T.
                        let orig = self.obj(gobj).ty;
                        let osig = self.tt.sig(orig).cloned();
                        let mut pos = None;
                        if let Some(os) = osig {
                            for (k, &p) in os.params.iter().enumerate() {
                                if self.mentions(p, &[tp], 0) {
                                    if let Some(a) = args.get(k) {
                                        pos = Some(a.span);
                                    }
                                    break;
                                }
                            }
                        }
                        let _ = pos;
                        lparen
                    } else {
                        at
                    };
                    self.error(at, why);
                    return Operand::invalid(e);
                }
            }
        }
        let fname = self.exprstr(callee);
        let variadic_pack =
            self.check_args(e, &fname, &sig, ops, &arg_exprs, args, ellipsis, rparen);
        self.facts
            .calls
            .insert((self.file, e.id), CallKind::Call { variadic_pack });
        match sig.results.len() {
            0 => self.mk(e, Mode::NoValue, INVALID),
            1 => self.mk(e, Mode::Value, sig.results[0]),
            _ => {
                let t = self.tt.tuple(sig.results.clone());
                self.mk(e, Mode::Value, t)
            }
        }
    }

    pub fn mk(&self, e: &ast::Expr, mode: Mode, ty: TypeId) -> Operand {
        Operand {
            mode,
            ty,
            val: None,
            id: e.id,
            span: e.span,
        }
    }

    pub fn use_args(&mut self, args: &[ast::Expr]) {
        for a in args {
            self.expr_or_type(a, true);
        }
    }

    /// The generic function object an expression denotes, if any.
    pub fn generic_func_obj(&self, e: &ast::Expr) -> Option<ObjId> {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let o = match &e.kind {
            ExprKind::Ident(id) => self.lookup(&id.name)?,
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pid) = &x.kind else {
                    return None;
                };
                let p = self.lookup(&pid.name)?;
                let ob = self.obj(p);
                if ob.kind != ObjKind::PkgName {
                    return None;
                }
                let pk = ob.imported?;
                self.lookup_in(self.pkgs[pk.0 as usize].scope, &sel.name)?
            }
            _ => return None,
        };
        let ob = self.obj(o);
        (ob.kind == ObjKind::Func && !ob.tparams.is_empty()).then_some(o)
    }

    /// Evaluates call arguments; a single multi-value call is spread.
    pub fn eval_args(&mut self, args: &[ast::Expr]) -> (Vec<Operand>, Vec<usize>) {
        if args.len() == 1 {
            let x = self.multi_expr(&args[0]);
            if let Type::Tuple(ts) = self.tt.get(x.ty).clone() {
                if x.mode != Mode::Invalid {
                    let ops = ts
                        .iter()
                        .map(|&t| Operand {
                            mode: Mode::Value,
                            ty: t,
                            val: None,
                            id: x.id,
                            span: x.span,
                        })
                        .collect::<Vec<_>>();
                    let n = ops.len();
                    return (ops, vec![0; n]);
                }
            }
            return (vec![x], vec![0]);
        }
        let mut ops = Vec::new();
        for a in args {
            ops.push(self.expr(a));
        }
        (ops, (0..args.len()).collect())
    }

    /// Checks arguments against a signature. Returns whether trailing
    /// arguments are packed into a variadic slice.
    #[allow(clippy::too_many_arguments)]
    pub fn check_args(
        &mut self,
        call: &ast::Expr,
        fname: &str,
        sig: &Sig,
        mut ops: Vec<Operand>,
        arg_idx: &[usize],
        args: &[ast::Expr],
        ellipsis: Option<ast::Span>,
        rparen: ast::Span,
    ) -> bool {
        let spread = args.len() == 1 && ops.len() > 1;
        let nargs = ops.len();
        let npars = sig.params.len();
        if ops.iter().any(|o| o.is_invalid()) {
            return false;
        }
        let mut pack = false;
        if ellipsis.is_some() {
            if !sig.variadic {
                self.error(
                    call.span,
                    format!("cannot use ... in call to non-variadic {}", fname),
                );
                return false;
            }
            if spread {
                self.error(
                    args[0].span,
                    format!(
                        "cannot use ... with multi-valued {}",
                        self.exprstr(&args[0])
                    ),
                );
                return false;
            }
        }
        let ddd = ellipsis.is_some();
        let params: Vec<TypeId> = if sig.variadic && !ddd {
            if nargs + 1 >= npars {
                let mut p = sig.params[..npars - 1].to_vec();
                let last = sig.params[npars - 1];
                let el = match self.tt.under_type(last) {
                    Type::Slice(e) => *e,
                    _ => INVALID,
                };
                for _ in npars - 1..nargs {
                    p.push(el);
                }
                pack = true;
                p
            } else {
                sig.params.clone()
            }
        } else {
            sig.params.clone()
        };
        if nargs != params.len() {
            let too_many = nargs > params.len();
            let at = if too_many {
                if spread {
                    args[0].span
                } else {
                    args[arg_idx[params.len()]].span
                }
            } else if nargs > 0 {
                if spread {
                    args[0].span
                } else {
                    args[arg_idx[nargs - 1]].span
                }
            } else {
                let _ = rparen;
                call.span
            };
            let have =
                self.types_summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>(), false, ddd);
            let want = self.types_summary(&sig.params, sig.variadic, false);
            let q = if too_many { "too many" } else { "not enough" };
            let d = crate::diag::Diagnostic::new(
                self.file,
                at,
                format!("{} arguments in call to {}", q, fname),
            )
            .with_note(format!("have {}", have))
            .with_note(format!("want {}", want));
            self.diags.push(d);
            return false;
        }
        let ctx = format!("argument to {}", fname);
        for (i, x) in ops.iter_mut().enumerate() {
            let ae = if spread { &args[0] } else { &args[arg_idx[i]] };
            if spread {
                if let Err(cause) = self.assignable(x, params[i]) {
                    let ts = self.tstr(params[i]);
                    let xs = self.tstr(x.ty);
                    let s = self.exprstr(ae);
                    let mut msg = format!(
                        "cannot use {} (value of type {}) as {} value in {}",
                        s, xs, ts, ctx
                    );
                    if !cause.is_empty() {
                        msg.push_str(": ");
                        msg.push_str(&cause);
                    }
                    self.error(ae.span, msg);
                }
                continue;
            }
            let p = params[i];
            self.assignment(x, ae, Some(p), &ctx);
        }
        pack
    }

    /// "(int, string)" / "(number, ...string)" for argument-count errors.
    fn types_summary(&self, ts: &[TypeId], variadic: bool, ddd: bool) -> String {
        let mut s = String::from("(");
        for (i, &t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let last = i + 1 == ts.len();
            if self.tt.is_untyped(t) {
                if self.tt.canon(t) == UNTYPED_NIL {
                    s.push_str("nil");
                } else if self.tt.is_kind(t, |k| k.is_numeric()) {
                    s.push_str("number");
                } else {
                    let k = self
                        .tt
                        .basic_kind(t)
                        .map(|k| k.default_type().name())
                        .unwrap_or("");
                    s.push_str(k);
                }
            } else if variadic && last {
                s.push_str("...");
                let el = match self.tt.under_type(t) {
                    Type::Slice(e) => *e,
                    _ => t,
                };
                s.push_str(&self.tstr(el));
            } else {
                s.push_str(&self.tstr(t));
            }
            if ddd && last {
                s.push_str("...");
            }
        }
        s.push(')');
        s
    }

    /// Infers the type arguments of a generic call.
    #[allow(clippy::too_many_arguments)]
    fn infer(
        &mut self,
        call: &ast::Expr,
        callee: &ast::Expr,
        gobj: ObjId,
        tps: &[TypeId],
        explicit: &[TypeId],
        sig: &Sig,
        ops: &[Operand],
        ddd: bool,
        lparen: ast::Span,
    ) -> Option<Vec<TypeId>> {
        let mut bind: HashMap<TypeId, TypeId> = HashMap::new();
        for (i, &t) in explicit.iter().enumerate() {
            if self.tt.is_invalid(t) {
                return None;
            }
            bind.insert(self.tt.canon(tps[i]), t);
        }
        if explicit.len() < tps.len() {
            // Parameter types for each argument (variadic expanded).
            let n = sig.params.len();
            let ptype = |i: usize, c: &Self| -> TypeId {
                if sig.variadic && i + 1 >= n && !ddd {
                    let last = sig.params[n - 1];
                    match c.tt.get(c.tt.canon(last)) {
                        Type::Slice(e) => *e,
                        _ => last,
                    }
                } else {
                    sig.params.get(i).copied().unwrap_or(INVALID)
                }
            };
            // Typed arguments first.
            for (i, x) in ops.iter().enumerate() {
                if x.is_invalid() || self.tt.is_untyped(x.ty) {
                    continue;
                }
                let p = ptype(i, self);
                if p == INVALID {
                    continue;
                }
                let before = bind.clone();
                if !self.unify(p, x.ty, tps, &mut bind, 0) {
                    // Find the type parameter that mismatched.
                    let pc = self.tt.canon(p);
                    let msg = if let (true, Some(&b)) = (tps.contains(&pc), before.get(&pc)) {
                        let s = self.tstr(x.ty);
                        let fname = self.exprstr(callee);
                        let ae = self.arg_text(call, i);
                        format!(
                            "in call to {}, type {} of {} does not match inferred type {} for {}",
                            fname,
                            s,
                            ae,
                            self.tstr(b),
                            self.tstr(p)
                        )
                    } else {
                        let fname = self.exprstr(callee);
                        let ae = self.arg_text(call, i);
                        format!(
                            "in call to {}, type {} of {} does not match {}",
                            fname,
                            self.tstr(x.ty),
                            ae,
                            self.tstr(p)
                        )
                    };
                    self.error(x.span, msg);
                    return None;
                }
            }
            self.infer_from_constraints(tps, &mut bind);
            // Untyped constants: the default type of the largest kind.
            let mut untyped: HashMap<TypeId, (TypeId, usize)> = HashMap::new();
            for (i, x) in ops.iter().enumerate() {
                if x.is_invalid() || !self.tt.is_untyped(x.ty) {
                    continue;
                }
                let p = self.tt.canon(ptype(i, self));
                if !tps.contains(&p) || bind.contains_key(&p) {
                    continue;
                }
                if self.tt.canon(x.ty) == UNTYPED_NIL {
                    continue;
                }
                let e = untyped.entry(p).or_insert((x.ty, i));
                let (a, b) = (
                    self.tt
                        .basic_kind(e.0)
                        .unwrap_or(super::basic::BasicKind::Invalid),
                    self.tt
                        .basic_kind(x.ty)
                        .unwrap_or(super::basic::BasicKind::Invalid),
                );
                if a.is_numeric() && b.is_numeric() {
                    if super::expr::rank(b) > super::expr::rank(a) {
                        *e = (x.ty, i);
                    }
                } else if a != b {
                    let fname = self.exprstr(callee);
                    self.error(
                        x.span,
                        format!(
                            "mismatched types {} and {} (cannot infer {} in call to {})",
                            a.name(),
                            b.name(),
                            self.tstr(p),
                            fname
                        ),
                    );
                    return None;
                }
            }
            for (p, (t, _)) in untyped {
                let d = self.default_type(t);
                bind.insert(p, d);
            }
            self.infer_from_constraints(tps, &mut bind);
        }
        let mut targs = Vec::new();
        for &tp in tps {
            match bind.get(&self.tt.canon(tp)) {
                Some(&t) => targs.push(t),
                None => {
                    let o = self.obj(gobj).clone();
                    let name = self.tstr(tp);
                    let fname = self.exprstr(callee);
                    // Position of the type parameter's declaration.
                    let tpos = self
                        .tt
                        .tparam_info(tp)
                        .map(|_| ())
                        .and_then(|_| self.tparam_decl_pos(gobj, tp));
                    let declared = tpos.unwrap_or_else(|| self.pos_str(o.file, o.span.lo));
                    self.error(
                        lparen,
                        format!(
                            "in call to {}, cannot infer {} (declared at {})",
                            fname, name, declared
                        ),
                    );
                    return None;
                }
            }
        }
        // Substitute bindings that mention other type parameters.
        let targs2: Vec<TypeId> = targs.iter().map(|&t| self.subst(t, tps, &targs)).collect();
        Some(targs2)
    }

    fn arg_text(&self, call: &ast::Expr, i: usize) -> String {
        if let ExprKind::Call { args, .. } = &call.kind {
            if let Some(a) = args.get(i) {
                return self.exprstr(a);
            }
        }
        String::new()
    }

    fn tparam_decl_pos(&self, gobj: ObjId, tp: TypeId) -> Option<String> {
        let name = self.tt.tparam_info(tp)?.name.clone();
        // Type parameter objects are created right after the function's
        // declaration is resolved; find by name and type.
        let o = self.objs.iter().find(|o| {
            o.kind == ObjKind::TypeName
                && o.name == name
                && self.tt.canon(o.ty) == self.tt.canon(tp)
        })?;
        let _ = gobj;
        Some(self.pos_str(o.file, o.span.lo))
    }

    /// `f[int]` without a call.
    pub fn instantiate_func_expr(
        &mut self,
        e: &ast::Expr,
        gobj: ObjId,
        x: &Operand,
        indices: &[ast::Expr],
    ) -> Operand {
        let tps = self.obj(gobj).tparams.clone();
        let mut targs = Vec::new();
        for ie in indices {
            targs.push(self.typexpr(ie));
        }
        if targs.iter().any(|&t| self.tt.is_invalid(t)) {
            return Operand::invalid(e);
        }
        if targs.len() > tps.len() {
            self.error(
                indices[tps.len()].span,
                format!("got {} type arguments but want {}", targs.len(), tps.len()),
            );
            return Operand::invalid(e);
        }
        if targs.len() < tps.len() {
            let s = self.exprstr(e);
            self.error(
                e.span,
                format!(
                    "not enough type arguments for {}: have {}, want {}",
                    s,
                    targs.len(),
                    tps.len()
                ),
            );
            return Operand::invalid(e);
        }
        for (i, (&tp, &ta)) in tps.iter().zip(&targs).enumerate() {
            let b = self.tt.tparam_info(tp).map(|p| p.bound).unwrap_or(INVALID);
            let b = self.subst(b, &tps, &targs);
            if let Some(why) = self.satisfies(ta, b) {
                self.error(indices[i].span, why);
                return Operand::invalid(e);
            }
        }
        let t = self.subst(x.ty, &tps, &targs);
        self.record_instance(gobj, &targs);
        let ct: Vec<TypeId> = targs.iter().map(|&t| self.tt.canon(t)).collect();
        self.facts.instances.insert(
            (self.file, e.id),
            super::Instance {
                obj: gobj,
                targs: ct,
            },
        );
        self.mk(e, Mode::Value, t)
    }

    /// `List[int]` in a type expression.
    pub fn instantiate_type_expr(
        &mut self,
        e: &ast::Expr,
        x: &Operand,
        indices: &[ast::Expr],
        _rbrack: ast::Span,
    ) -> Operand {
        let Some(n) = self.tt.named_info(x.ty).cloned() else {
            let s = self.tstr(x.ty);
            self.error(e.span, format!("{} is not a generic type", s));
            return Operand::invalid(e);
        };
        if n.tparams.is_empty() || n.origin.is_some() {
            let s = self.tstr(x.ty);
            self.error(e.span, format!("{} is not a generic type", s));
            return Operand::invalid(e);
        }
        let mut targs = Vec::new();
        for ie in indices {
            targs.push(self.typexpr(ie));
        }
        if targs.iter().any(|&t| self.tt.is_invalid(t)) {
            return Operand::invalid(e);
        }
        if targs.len() != n.tparams.len() {
            if targs.len() > n.tparams.len() {
                self.error(
                    indices[n.tparams.len()].span,
                    format!(
                        "got {} type arguments but want {}",
                        targs.len(),
                        n.tparams.len()
                    ),
                );
            } else {
                let s = self.exprstr(e);
                self.error(
                    e.span,
                    format!(
                        "not enough type arguments for type {}: have {}, want {}",
                        s.split('[').next().unwrap_or(""),
                        targs.len(),
                        n.tparams.len()
                    ),
                );
            }
            return Operand::invalid(e);
        }
        // Constraint satisfaction (bounds may mention the parameters).
        for (i, (&tp, &ta)) in n.tparams.iter().zip(&targs).enumerate() {
            let b = self.tt.tparam_info(tp).map(|p| p.bound).unwrap_or(INVALID);
            let b = self.subst(b, &n.tparams, &targs);
            if let Some(why) = self.satisfies(ta, b) {
                self.error(indices[i].span, why);
                return Operand::invalid(e);
            }
        }
        let t = self.instantiate(x.ty, &targs);
        self.complete(t);
        self.mk(e, Mode::TypeExpr, t)
    }

    // ───────────────────────────── conversions ─────────────────────────

    fn conversion(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        args: &[ast::Expr],
        ellipsis: Option<ast::Span>,
        rparen: ast::Span,
    ) -> Operand {
        self.facts
            .calls
            .insert((self.file, e.id), CallKind::Conversion(self.tt.canon(t)));
        let ts = self.tstr(t);
        if args.len() != 1 {
            if args.is_empty() {
                self.error(rparen, format!("missing argument in conversion to {}", ts));
            } else {
                self.error(
                    args[1].span,
                    format!("too many arguments in conversion to {}", ts),
                );
                self.use_args(args);
            }
            return Operand::invalid(e);
        }
        if let Some(el) = ellipsis {
            self.error(el, format!("invalid use of ... in conversion to {}", ts));
            return Operand::invalid(e);
        }
        let ae = &args[0];
        let mut x = self.expr(ae);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let const_type = !self.tt.is_tparam(t)
            && matches!(self.tt.under_type(t), Type::Basic(k) if !k.is_untyped());
        if x.mode == Mode::Const && const_type {
            let tk = self
                .tt
                .basic_kind(t)
                .unwrap_or(super::basic::BasicKind::Invalid);
            let xk = self
                .tt
                .basic_kind(x.ty)
                .unwrap_or(super::basic::BasicKind::Invalid);
            let v = x.val.clone();
            let Some(v) = v else {
                return Operand::invalid(e);
            };
            // Integer → string: the rune's UTF-8.
            if tk.is_string() && xk.is_integer() {
                let mut r = self.mk(e, Mode::Const, t);
                r.val = cval::int_to_string(&v);
                self.update_expr_type(ae, self.default_type(x.ty), 0);
                return r;
            }
            let ok_kind = (tk.is_numeric() && xk.is_numeric())
                || (tk.is_string() && xk.is_string())
                || (tk.is_boolean() && xk.is_boolean());
            if ok_kind {
                match cval::representable(&v, tk) {
                    Ok(nv) => {
                        let mut r = self.mk(e, Mode::Const, t);
                        r.val = Some(nv);
                        let ft = if self.tt.is_untyped(x.ty) { t } else { x.ty };
                        self.update_expr_type(ae, ft, 0);
                        return r;
                    }
                    Err(_) if xk.is_integer() && tk.is_integer() => {
                        self.error(
                            ae.span,
                            format!("constant {} overflows {}", cval::to_string(&v), ts),
                        );
                        return Operand::invalid(e);
                    }
                    Err(_) => {}
                }
            }
            let d = self.desc(ae, &x);
            self.error(ae.span, format!("cannot convert {} to type {}", d, ts));
            return Operand::invalid(e);
        }
        if self.convertible(&mut x, ae, t) {
            // Untyped operands take their final type.
            if self.tt.is_untyped(x.ty) {
                let ft = if self.tt.is_interface(t) || self.tt.canon(x.ty) == UNTYPED_NIL {
                    if self.tt.canon(x.ty) == UNTYPED_NIL {
                        t
                    } else {
                        self.default_type(x.ty)
                    }
                } else {
                    // Non-constant conversion of an untyped constant
                    // (e.g. []byte("x")): the default type.
                    let ok = self.implicit_type(&x, t).is_ok();
                    if ok {
                        t
                    } else {
                        self.default_type(x.ty)
                    }
                };
                self.update_expr_type(ae, ft, 0);
            }
            return self.mk(e, Mode::Value, t);
        }
        let d = self.desc(ae, &x);
        self.error(ae.span, format!("cannot convert {} to type {}", d, ts));
        Operand::invalid(e)
    }

    /// Go's convertibleTo for non-constant conversions.
    fn convertible(&mut self, x: &mut Operand, _ae: &ast::Expr, t: TypeId) -> bool {
        if self.assignable(x, t).is_ok() {
            return true;
        }
        let v = if self.tt.is_untyped(x.ty) {
            if self.tt.canon(x.ty) == UNTYPED_NIL {
                return self.has_nil(t);
            }
            self.default_type(x.ty)
        } else {
            x.ty
        };
        self.convertible_types(v, t)
    }

    pub fn convertible_types(&self, v: TypeId, t: TypeId) -> bool {
        let vs = self.type_set(v);
        let ts = self.type_set(t);
        if self.tt.is_tparam(v) || self.tt.is_tparam(t) {
            if vs.is_empty() || ts.is_empty() {
                return false;
            }
            return vs
                .iter()
                .all(|&a| ts.iter().all(|&b| self.convertible_under(a, b)));
        }
        let vu = self.tt.under(v);
        let tu = self.tt.under(t);
        self.convertible_under(vu, tu)
    }

    fn convertible_under(&self, vu: TypeId, tu: TypeId) -> bool {
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        let vt = self.tt.get(vu).clone();
        let tt = self.tt.get(tu).clone();
        match (&vt, &tt) {
            (Type::Pointer(a), Type::Pointer(b)) => {
                self.identical_ignore_tags(self.tt.under(*a), self.tt.under(*b))
            }
            (Type::Basic(a), Type::Basic(b)) => {
                (a.is_numeric() && b.is_numeric())
                    || (b.is_string() && a.is_integer())
                    || (a.is_string() && b.is_string())
            }
            (Type::Slice(el), Type::Basic(b)) if b.is_string() => {
                matches!(
                    self.tt.basic_kind(*el),
                    Some(super::basic::BasicKind::Uint8) | Some(super::basic::BasicKind::Int32)
                )
            }
            (Type::Basic(a), Type::Slice(el)) if a.is_string() => {
                matches!(
                    self.tt.basic_kind(*el),
                    Some(super::basic::BasicKind::Uint8) | Some(super::basic::BasicKind::Int32)
                )
            }
            (Type::Slice(a), Type::Array(_, b)) => self.tt.identical(*a, *b),
            (Type::Slice(a), Type::Pointer(p)) => match self.tt.under_type(*p) {
                Type::Array(_, b) => self.tt.identical(*a, *b),
                _ => false,
            },
            _ => false,
        }
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if self.tt.identical(a, b) {
            return true;
        }
        match (self.tt.get(self.tt.canon(a)), self.tt.get(self.tt.canon(b))) {
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.pkg == y.pkg
                            && self.identical_ignore_tags(x.ty, y.ty)
                    })
            }
            _ => false,
        }
    }
}
