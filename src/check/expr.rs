//! Expressions: identifiers, literals, operators (with exact constant
//! folding), selectors, index and slice expressions, type assertions,
//! composite literals and function literals; implicit conversion of
//! untyped operands; assignability with Go's messages.
//!
//! Invariants: every evaluated expression's facts are recorded (type,
//! mode, constant value); an operand that failed is `Mode::Invalid` and
//! produces no further errors.

use super::basic::BasicKind;
use super::checker::*;
use super::cval::{self, ReprErr, VKind};
use super::exprstr::expr_string;
use super::lookup::Found;
use super::objects::*;
use super::types::*;
use super::{Selection, SelectionKind};
use crate::syntax::ast::{self, BinOp, ExprKind, UnOp};

impl Checker<'_> {
    pub fn exprstr(&self, e: &ast::Expr) -> String {
        expr_string(self.sources.get(self.file), e)
    }

    /// Go's operand description: `x (variable of type int)`.
    pub fn desc(&self, e: &ast::Expr, x: &Operand) -> String {
        let ex = self.exprstr(e);
        self.desc_str(&ex, x)
    }

    pub fn desc_str(&self, ex: &str, x: &Operand) -> String {
        if self.tt.canon(x.ty) == UNTYPED_NIL && x.mode != Mode::Invalid {
            return "nil".to_string();
        }
        let mut s = String::new();
        if !ex.is_empty() {
            s.push_str(ex);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.tt.is_untyped(x.ty) {
                    s.push_str(self.tt.basic_kind(x.ty).map(|k| k.name()).unwrap_or(""));
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Const => "constant",
            Mode::Var => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Const {
            if let Some(v) = &x.val {
                let vs = cval::to_string(v);
                if vs != ex {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            if self.tt.is_invalid(x.ty) {
                s.push_str(" with invalid type");
            } else {
                let mut d = String::new();
                let raw = self.tt.get(x.ty);
                let tparam = self.tt.is_tparam(x.ty);
                let universe_alias = matches!(raw, Type::Alias(_, None, _));
                if !tparam && !universe_alias && matches!(raw, Type::Named(_) | Type::Alias(..)) {
                    let generic = self
                        .tt
                        .named_info(x.ty)
                        .is_some_and(|n| !n.tparams.is_empty());
                    if generic {
                        d.push_str("generic ");
                    }
                    let what = self.tt.composite_kind(x.ty);
                    if what.is_empty() {
                        d.push_str(self.tt.basic_kind(x.ty).map(|k| k.name()).unwrap_or(""));
                    } else {
                        d.push_str(what);
                    }
                    d.push(' ');
                }
                s.push_str(" of ");
                s.push_str(&d);
                s.push_str("type ");
                s.push_str(&self.tstr(x.ty));
                if let Some(tp) = self.tt.tparam_info(x.ty) {
                    s.push_str(" constrained by ");
                    s.push_str(&self.tstr(tp.bound));
                }
            }
        }
        if !ex.is_empty() {
            s.push(')');
        }
        s
    }

    fn op(&self, e: &ast::Expr, mode: Mode, ty: TypeId) -> Operand {
        Operand {
            mode,
            ty,
            val: None,
            id: e.id,
            span: e.span,
        }
    }

    /// Evaluates an expression or type; records its facts.
    pub fn expr_or_type(&mut self, e: &ast::Expr, allow_generic: bool) -> Operand {
        let x = self.expr_inner(e, allow_generic, None);
        self.record(&x);
        x
    }

    /// A single value (not a type, not a tuple, not a builtin).
    pub fn expr(&mut self, e: &ast::Expr) -> Operand {
        self.expr_hint(e, None)
    }

    pub fn expr_hint(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.expr_inner(e, false, hint);
        self.record(&x);
        self.single_value(e, &mut x);
        x
    }

    /// An expression that may be multi-valued (a call).
    pub fn multi_expr(&mut self, e: &ast::Expr) -> Operand {
        let mut x = self.expr_inner(e, false, None);
        self.record(&x);
        if x.mode != Mode::Invalid && matches!(self.tt.get(x.ty), Type::Tuple(ts) if ts.len() > 1) {
            return x;
        }
        self.single_value(e, &mut x);
        x
    }

    pub fn single_value(&mut self, e: &ast::Expr, x: &mut Operand) {
        match x.mode {
            Mode::Invalid => {}
            Mode::NoValue => {
                let s = self.exprstr(e);
                self.error(e.span, format!("{} (no value) used as value", s));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin(b) => {
                self.error(e.span, format!("{} (built-in) must be called", b.name()));
                x.mode = Mode::Invalid;
            }
            Mode::TypeExpr => {
                let s = self.exprstr(e);
                self.error(e.span, format!("{} (type) is not an expression", s));
                x.mode = Mode::Invalid;
            }
            _ => {
                if let Type::Tuple(ts) = self.tt.get(x.ty) {
                    if ts.len() != 1 {
                        let d = self.desc(e, x);
                        self.error(
                            e.span,
                            format!("multiple-value {} in single-value context", d),
                        );
                        x.mode = Mode::Invalid;
                    }
                }
            }
        }
        if x.mode == Mode::Invalid {
            x.ty = INVALID;
        }
    }

    fn expr_inner(&mut self, e: &ast::Expr, allow_generic: bool, hint: Option<TypeId>) -> Operand {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(e, id, allow_generic),
            ExprKind::IntLit(s) => self.lit(e, cval::int_lit(s), UNTYPED_INT),
            ExprKind::FloatLit(s) => self.lit(e, cval::float_lit(s), UNTYPED_FLOAT),
            ExprKind::ImagLit(s) => self.lit(e, cval::imag_lit(s), UNTYPED_COMPLEX),
            ExprKind::RuneLit(c) => self.lit(e, Some(cval::rune(*c)), UNTYPED_RUNE),
            ExprKind::StringLit(b) => self.lit(e, Some(cval::string(b)), UNTYPED_STRING),
            ExprKind::Paren(x) => {
                let mut o = self.expr_inner(x, allow_generic, hint);
                self.record(&o);
                o.id = e.id;
                o.span = e.span;
                o
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::CompositeLit {
                typ, elems, rbrace, ..
            } => self.composite_lit(e, typ.as_deref(), elems, *rbrace, hint),
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, allow_generic),
            ExprKind::Index {
                x,
                indices,
                lbrack,
                rbrack,
            } => self.index_expr(e, x, indices, *lbrack, *rbrack),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
                ..
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert { x, typ, .. } => self.type_assert(e, x, typ.as_deref()),
            ExprKind::Call {
                func,
                args,
                ellipsis,
                lparen,
                rparen,
            } => self.call(e, func, args, *ellipsis, *lparen, *rparen),
            ExprKind::Unary { op, x, .. } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, op_span } => self.binary(e, *op, x, y, *op_span),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.type_literal(e);
                if self.tt.is_invalid(t) {
                    Operand::invalid(e)
                } else {
                    self.op(e, Mode::TypeExpr, t)
                }
            }
            ExprKind::Ellipsis => {
                self.error(e.span, "invalid use of ...");
                Operand::invalid(e)
            }
            ExprKind::Bad => Operand::invalid(e),
        }
    }

    fn lit(&mut self, e: &ast::Expr, v: Option<cval::Value>, ty: TypeId) -> Operand {
        match v {
            Some(v) => Operand {
                mode: Mode::Const,
                ty,
                val: Some(v),
                id: e.id,
                span: e.span,
            },
            None => {
                let s = self.exprstr(e);
                self.error(e.span, format!("malformed constant: {}", s));
                Operand::invalid(e)
            }
        }
    }

    /// Marks a use of a local variable from the current function,
    /// recording captures by closures.
    pub fn use_var(&mut self, o: ObjId) {
        let (global, owner) = {
            let ob = self.obj(o);
            (ob.global, ob.owner)
        };
        if global {
            self.add_dep(o);
            return;
        }
        let Some(cur) = self.fctx.last() else { return };
        if cur.idx == owner {
            return;
        }
        // Captured: record in every closure between here and the owner.
        self.obj_mut(o).captured = true;
        for i in (0..self.fctx.len()).rev() {
            let idx = self.fctx[i].idx;
            if idx == owner {
                break;
            }
            if let Some(f) = self.funcs.get_mut(idx as usize) {
                if !f.captures.contains(&o) {
                    f.captures.push(o);
                }
            }
        }
    }

    fn ident(&mut self, e: &ast::Expr, id: &ast::Ident, allow_generic: bool) -> Operand {
        if id.name == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return Operand::invalid(e);
        }
        let Some(o) = self.lookup(&id.name) else {
            self.error(e.span, format!("undefined: {}", id.name));
            return Operand::invalid(e);
        };
        self.record_use(e.id, o);
        self.obj_decl(o);
        self.obj_operand(e, o, allow_generic)
    }

    /// The operand an object denotes.
    pub fn obj_operand(&mut self, e: &ast::Expr, o: ObjId, allow_generic: bool) -> Operand {
        let ob = {
            let r = self.obj(o);
            ObjView {
                kind: r.kind,
                ty: r.ty,
                pkg: r.pkg,
                is_iota: r.pkg.is_none() && r.name == "iota",
                val: if r.kind == ObjKind::Const {
                    r.val.clone()
                } else {
                    None
                },
                generic: !r.tparams.is_empty(),
            }
        };
        let mut x = self.op(e, Mode::Value, ob.ty);
        match ob.kind {
            ObjKind::Var => {
                self.obj_mut(o).used = true;
                self.use_var(o);
                x.mode = Mode::Var;
            }
            ObjKind::Const => {
                if ob.is_iota {
                    match self.iota {
                        Some(i) => {
                            x.mode = Mode::Const;
                            x.val = Some(cval::int(i as i64));
                        }
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            return Operand::invalid(e);
                        }
                    }
                } else {
                    self.obj_mut(o).used = true;
                    x.mode = Mode::Const;
                    x.val = ob.val.clone();
                    if x.val.is_none() {
                        return Operand::invalid(e);
                    }
                }
            }
            ObjKind::TypeName => {
                x.mode = Mode::TypeExpr;
                if !allow_generic {
                    if let Some(n) = self.tt.named_info(ob.ty) {
                        if !n.tparams.is_empty() && n.origin.is_none() {
                            // Inside the generic type's own methods the
                            // bare name is not allowed either.
                            let mut s = format!("{}[", self.obj(o).name);
                            let tps = n.tparams.clone();
                            for (i, &tp) in tps.iter().enumerate() {
                                if i > 0 {
                                    s.push_str(", ");
                                }
                                s.push_str(&self.tstr(tp));
                                s.push(' ');
                                let b = self.tt.tparam_info(tp).map(|p| p.bound).unwrap_or(INVALID);
                                s.push_str(&self.tstr(b));
                            }
                            s.push(']');
                            self.error(
                                e.span,
                                format!("cannot use generic type {} without instantiation", s),
                            );
                            return Operand::invalid(e);
                        }
                    }
                }
            }
            ObjKind::Func => {
                self.obj_mut(o).used = true;
                self.add_dep(o);
                x.mode = Mode::Value;
                if !allow_generic && ob.generic {
                    let s = self.exprstr(e);
                    self.error(
                        e.span,
                        format!("cannot use generic function {} without instantiation", s),
                    );
                    return Operand::invalid(e);
                }
            }
            ObjKind::PkgName => {
                self.obj_mut(o).used = true;
                self.error(
                    e.span,
                    format!("use of package {} without selector", self.obj(o).name),
                );
                return Operand::invalid(e);
            }
            ObjKind::Builtin(b) => {
                x.mode = Mode::Builtin(b);
                x.ty = INVALID;
            }
            ObjKind::Nil => {
                x.mode = Mode::Value;
                x.ty = UNTYPED_NIL;
            }
            ObjKind::Label => return Operand::invalid(e),
        }
        if self.tt.is_invalid(x.ty) && !matches!(x.mode, Mode::Builtin(_)) {
            return Operand::invalid(e);
        }
        x
    }

    // ───────────────────────────── untyped conversion ─────────────────────

    /// Go's implicitTypeAndValue: the type (and rounded value) an untyped
    /// operand takes in a context of type `target`. `Err` with the kind of
    /// failure.
    pub fn implicit_type(
        &mut self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<cval::Value>), ReprErr> {
        if x.mode == Mode::Invalid || !self.tt.is_untyped(x.ty) || self.tt.is_invalid(target) {
            return Ok((x.ty, None));
        }
        let xk = self.tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
        if self.tt.is_untyped(target) {
            let tk = self.tt.basic_kind(target).unwrap_or(BasicKind::Invalid);
            if xk.is_numeric() && tk.is_numeric() {
                return Ok((if rank(xk) >= rank(tk) { x.ty } else { target }, None));
            }
            if xk == tk {
                return Ok((x.ty, None));
            }
            return Err(ReprErr::Invalid);
        }
        if xk == BasicKind::UntypedNil {
            if self.has_nil(target) {
                return Ok((target, None));
            }
            return Err(ReprErr::Invalid);
        }
        if self.tt.is_tparam(target) {
            let set = self.type_set(target);
            if set.is_empty() {
                return Err(ReprErr::Invalid);
            }
            for u in set {
                self.implicit_type(x, u)?;
            }
            return Ok((target, None));
        }
        match self.tt.under_type(target).clone() {
            Type::Basic(k) => {
                if x.mode == Mode::Const {
                    if let Some(v) = &x.val {
                        let r = cval::representable(v, k)?;
                        return Ok((target, Some(r)));
                    }
                    return Ok((target, None));
                }
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => k.is_numeric(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ReprErr::Invalid)
                }
            }
            Type::Interface(i) => {
                if !i.methods.is_empty() || i.is_constraint() {
                    return Err(ReprErr::Invalid);
                }
                Ok((basic(xk.default_type()), None))
            }
            _ => Err(ReprErr::Invalid),
        }
    }

    /// Converts an untyped operand to `target` (convertUntyped), with
    /// Go's "cannot use/truncated/overflows" errors.
    pub fn convert_untyped(&mut self, x: &mut Operand, e: &ast::Expr, target: TypeId) {
        match self.implicit_type(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = Some(v);
                }
                if t != x.ty {
                    x.ty = t;
                    self.update_expr_type(e, t, 0);
                }
            }
            Err(code) => {
                let t = if self.tt.is_tparam(target) {
                    target
                } else {
                    self.tt.under(target)
                };
                self.invalid_conversion(code, e, x, t);
                x.mode = Mode::Invalid;
            }
        }
    }

    pub fn invalid_conversion(&mut self, code: ReprErr, e: &ast::Expr, x: &Operand, t: TypeId) {
        let d = self.desc(e, x);
        let ts = self.tstr(t);
        let msg = match code {
            ReprErr::Truncated => format!("{} truncated to {}", d, ts),
            ReprErr::Overflow => format!("{} overflows {}", d, ts),
            ReprErr::Invalid => format!("cannot convert {} to type {}", d, ts),
        };
        self.error(e.span, msg);
    }

    /// Records the final type of an untyped expression tree.
    pub fn update_expr_type(&mut self, e: &ast::Expr, t: TypeId, d: u32) {
        if d > 200 {
            return;
        }
        let key = (self.file, e.id);
        match self.facts.types.get(&key) {
            Some(f) if self.tt.is_untyped(f.ty) => {}
            _ => return,
        }
        let final_t = if self.tt.is_untyped(t) || self.tt.is_interface(t) {
            let k = self.tt.basic_kind(t).unwrap_or(BasicKind::Invalid);
            if self.tt.is_interface(t) {
                let fk = self
                    .facts
                    .types
                    .get(&key)
                    .and_then(|f| self.tt.basic_kind(f.ty))
                    .unwrap_or(BasicKind::Invalid);
                basic(fk.default_type())
            } else {
                basic(k)
            }
        } else {
            t
        };
        let c = self.tt.canon(final_t);
        if let Some(f) = self.facts.types.get_mut(&key) {
            f.ty = c;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, d + 1),
            ExprKind::Unary { x, op, .. } if *op != UnOp::Recv && *op != UnOp::Addr => {
                self.update_expr_type(x, t, d + 1)
            }
            ExprKind::Binary { op, x, y, .. } => {
                if op.is_comparison() {
                    // Operands already have their own final types.
                } else if matches!(op, BinOp::Shl | BinOp::Shr) {
                    let is_const = self
                        .facts
                        .types
                        .get(&key)
                        .is_some_and(|f| f.mode == Mode::Const);
                    let final_ok = is_const
                        || self.tt.is_untyped(final_t)
                        || self.all_types(final_t, |k| k.is_integer());
                    if !final_ok {
                        let xs = self.exprstr(x);
                        let ts = self.tstr(final_t);
                        self.error(
                            x.span,
                            format!(
                                "invalid operation: shifted operand {} (type {}) must be integer",
                                xs, ts
                            ),
                        );
                        return;
                    }
                    self.update_expr_type(x, t, d + 1);
                } else {
                    self.update_expr_type(x, t, d + 1);
                    self.update_expr_type(y, t, d + 1);
                }
            }
            _ => {}
        }
    }

    /// Assigns operand `x` (from `e`) to a value of type `t` in `context`
    /// ("assignment", "argument to f", ...). Returns false on error.
    pub fn assignment(
        &mut self,
        x: &mut Operand,
        e: &ast::Expr,
        t: Option<TypeId>,
        context: &str,
    ) -> bool {
        match x.mode {
            Mode::Invalid => return false,
            Mode::Const | Mode::Var | Mode::MapIndex | Mode::Value | Mode::CommaOk => {}
            _ => {
                let d = self.desc(e, x);
                let ts = t.map(|t| self.tstr(t)).unwrap_or_default();
                self.error(
                    e.span,
                    format!("cannot assign {} to {} in {}", d, ts, context),
                );
                x.mode = Mode::Invalid;
                return false;
            }
        }
        if self.tt.is_untyped(x.ty) {
            let mut target = t;
            if self.tt.canon(x.ty) == UNTYPED_NIL {
                if t.is_none() {
                    self.error(e.span, format!("use of untyped nil in {}", context));
                    x.mode = Mode::Invalid;
                    return false;
                }
            } else if t.is_none_or(|t| self.tt.is_interface(t)) {
                let k = self.tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                target = Some(basic(k.default_type()));
            }
            if let Some(target) = target {
                match self.implicit_type(x, target) {
                    Ok((nt, v)) => {
                        if let Some(v) = v {
                            x.val = Some(v);
                        }
                        if nt != x.ty {
                            x.ty = nt;
                            self.update_expr_type(e, nt, 0);
                        }
                    }
                    Err(code) => {
                        let d = self.desc(e, x);
                        let ts = self.tstr(target);
                        let mut msg = if self.tt.canon(x.ty) == UNTYPED_NIL {
                            format!("cannot use nil as {} value in {}", ts, context)
                        } else {
                            format!("cannot use {} as {} value in {}", d, ts, context)
                        };
                        match code {
                            ReprErr::Truncated => msg.push_str(" (truncated)"),
                            ReprErr::Overflow => msg.push_str(" (overflows)"),
                            ReprErr::Invalid => {}
                        }
                        self.error(e.span, msg);
                        x.mode = Mode::Invalid;
                        return false;
                    }
                }
            }
        }
        let Some(t) = t else { return true };
        if let Err(cause) = self.assignable(x, t) {
            let d = self.desc(e, x);
            let ts = self.tstr(t);
            let msg = if cause.is_empty() {
                format!("cannot use {} as {} value in {}", d, ts, context)
            } else {
                format!("cannot use {} as {} value in {}: {}", d, ts, context, cause)
            };
            self.error(e.span, msg);
            x.mode = Mode::Invalid;
            return false;
        }
        true
    }

    /// Go's assignability of (typed or untyped) `x` to `t`; `Err(cause)`.
    pub fn assignable(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        if x.mode == Mode::Invalid || self.tt.is_invalid(t) || self.tt.is_invalid(x.ty) {
            return Ok(());
        }
        let v = x.ty;
        if self.tt.identical(v, t) {
            return Ok(());
        }
        let vu = self.tt.under(v);
        let tu = self.tt.under(t);
        let vp = self.tt.is_tparam(v);
        let tp = self.tt.is_tparam(t);
        if self.tt.is_untyped(v) {
            return match self.implicit_type(x, t) {
                Ok(_) => Ok(()),
                Err(_) => Err(String::new()),
            };
        }
        if self.tt.identical(vu, tu) && (!self.has_name(v) || !self.has_name(t)) && !vp && !tp {
            return Ok(());
        }
        if self.tt.is_interface(t) && !tp {
            match self.implements_cause(v, t) {
                None => return Ok(()),
                Some(c) => {
                    if !vp {
                        return Err(c);
                    }
                }
            }
        }
        if self.tt.is_interface(v)
            && !vp
            && !self.tt.is_interface(t)
            && self.implements_cause(t, v).is_none()
        {
            return Err("need type assertion".to_string());
        }
        if !self.has_name(v) && tp {
            let ts = self.type_set(t);
            if ts.is_empty() {
                return Err(String::new());
            }
            let terms = self
                .tt
                .tparam_info(t)
                .and_then(|p| self.tt.iface(p.bound))
                .and_then(|i| i.terms.clone())
                .unwrap_or_default();
            for term in terms {
                self.assignable(x, term.ty)?;
            }
            return Ok(());
        }
        if vp && !self.has_name(t) {
            let terms = self
                .tt
                .tparam_info(v)
                .and_then(|p| self.tt.iface(p.bound))
                .and_then(|i| i.terms.clone())
                .unwrap_or_default();
            if terms.is_empty() {
                return Err(String::new());
            }
            for term in terms {
                let mut y = x.clone();
                y.ty = term.ty;
                self.assignable(&y, t)?;
            }
            return Ok(());
        }
        if let (Type::Chan(ast::ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.tt.get(vu).clone(), self.tt.get(tu).clone())
        {
            if self.tt.identical(ve, te) {
                return if !self.has_name(v) || !self.has_name(t) {
                    Ok(())
                } else {
                    Err(String::new())
                };
            }
        }
        Err(String::new())
    }

    // ───────────────────────────── unary ─────────────────────────────

    fn unary(&mut self, e: &ast::Expr, op: UnOp, xe: &ast::Expr) -> Operand {
        match op {
            UnOp::Addr => {
                let mut inner = xe;
                while let ExprKind::Paren(i) = &inner.kind {
                    inner = i;
                }
                if let ExprKind::CompositeLit { .. } = &inner.kind {
                    let x = self.expr(xe);
                    if x.is_invalid() {
                        return Operand::invalid(e);
                    }
                    let p = self.tt.pointer(x.ty);
                    return self.op(e, Mode::Value, p);
                }
                let x = self.expr(xe);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                if x.mode != Mode::Var {
                    let d = self.desc(xe, &x);
                    self.error(
                        xe.span,
                        format!("invalid operation: cannot take address of {}", d),
                    );
                    return Operand::invalid(e);
                }
                self.mark_addr_taken(xe);
                let p = self.tt.pointer(x.ty);
                self.op(e, Mode::Value, p)
            }
            UnOp::Deref => {
                let x = self.expr_or_type(xe, false);
                match x.mode {
                    Mode::Invalid => Operand::invalid(e),
                    Mode::TypeExpr => {
                        let p = self.tt.pointer(x.ty);
                        self.op(e, Mode::TypeExpr, p)
                    }
                    _ => {
                        let mut x = x;
                        self.single_value(xe, &mut x);
                        if x.is_invalid() {
                            return Operand::invalid(e);
                        }
                        if self.tt.canon(x.ty) == UNTYPED_NIL {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                            return Operand::invalid(e);
                        }
                        let base = self.core_type(x.ty).and_then(|c| self.tt.deref(c));
                        match base {
                            Some(b) => self.op(e, Mode::Var, b),
                            None => {
                                let d = self.desc(xe, &x);
                                self.error(
                                    xe.span,
                                    format!("invalid operation: cannot indirect {}", d),
                                );
                                Operand::invalid(e)
                            }
                        }
                    }
                }
            }
            UnOp::Recv => {
                let x = self.expr(xe);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let core = self.core_type(x.ty);
                match core.map(|c| self.tt.get(c).clone()) {
                    Some(Type::Chan(dir, el)) => {
                        if dir == ast::ChanDir::Send {
                            let d = self.desc(xe, &x);
                            let ts = self.tstr(x.ty);
                            self.error(
                                xe.span,
                                format!(
                                    "invalid operation: cannot receive from send-only channel {} {}",
                                    ts, d
                                ),
                            );
                            return Operand::invalid(e);
                        }
                        self.op(e, Mode::CommaOk, el)
                    }
                    _ => {
                        let d = self.desc(xe, &x);
                        let ts = self.tstr(x.ty);
                        self.error(
                            xe.span,
                            format!(
                                "invalid operation: cannot receive from non-channel {} {}",
                                ts, d
                            ),
                        );
                        Operand::invalid(e)
                    }
                }
            }
            UnOp::Tilde => {
                self.error(e.span, "invalid use of ~ outside a type constraint");
                Operand::invalid(e)
            }
            UnOp::Pos | UnOp::Neg | UnOp::Not | UnOp::BitNot => {
                let x = self.expr(xe);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let ok = self.all_types(x.ty, |k| match op {
                    UnOp::Pos | UnOp::Neg => k.is_numeric(),
                    UnOp::Not => k.is_boolean(),
                    _ => k.is_integer(),
                });
                if !ok {
                    let d = self.desc(xe, &x);
                    self.error(
                        xe.span,
                        format!(
                            "invalid operation: operator {} not defined on {}",
                            op.as_str(),
                            d
                        ),
                    );
                    return Operand::invalid(e);
                }
                let mut r = self.op(
                    e,
                    if x.mode == Mode::Const {
                        Mode::Const
                    } else {
                        Mode::Value
                    },
                    x.ty,
                );
                if let (Mode::Const, Some(v)) = (x.mode, &x.val) {
                    let k = if self.tt.is_untyped(x.ty) {
                        None
                    } else {
                        self.tt.basic_kind(x.ty)
                    };
                    r.val = cval::unary(op, v, k);
                    if r.val.is_none() {
                        return Operand::invalid(e);
                    }
                    self.overflow(e, &mut r);
                }
                r
            }
        }
    }

    /// Marks the variable at the root of an addressable expression as
    /// having its address taken.
    pub fn mark_addr_taken(&mut self, e: &ast::Expr) {
        let mut cur = e;
        loop {
            match &cur.kind {
                ExprKind::Paren(x) => cur = x,
                ExprKind::Selector(x, _) => {
                    // Through a pointer the root does not escape.
                    let is_ptr = self
                        .facts
                        .types
                        .get(&(self.file, x.id))
                        .is_some_and(|f| self.tt.deref(f.ty).is_some());
                    if is_ptr {
                        return;
                    }
                    cur = x
                }
                ExprKind::Index { x, .. } => {
                    let is_array = self
                        .facts
                        .types
                        .get(&(self.file, x.id))
                        .is_some_and(|f| matches!(self.tt.under_type(f.ty), Type::Array(..)));
                    if !is_array {
                        return;
                    }
                    cur = x
                }
                ExprKind::Ident(_) => {
                    if let Some(&o) = self.facts.uses.get(&(self.file, cur.id)) {
                        if self.obj(o).kind == ObjKind::Var {
                            self.obj_mut(o).addr_taken = true;
                        }
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// Whether every type in `t`'s type set is basic and satisfies `f`.
    pub fn all_types(&self, t: TypeId, f: impl Fn(BasicKind) -> bool) -> bool {
        let set = self.type_set(t);
        !set.is_empty()
            && set
                .iter()
                .all(|&u| matches!(self.tt.get(u), Type::Basic(k) if f(*k)))
    }

    pub fn const_overflow_err(&mut self, at: ast::Span, name: &str) {
        if name.is_empty() {
            self.error(at, "constant overflow");
        } else {
            self.error(at, format!("constant {} overflow", name));
        }
    }

    /// Typed constants must be representable by their type; untyped ones
    /// must not grow without bound.
    pub fn overflow(&mut self, e: &ast::Expr, x: &mut Operand) {
        let Some(v) = x.val.clone() else { return };
        if cval::is_unknown(&v) {
            self.error(e.span, "constant result is not representable");
            x.mode = Mode::Invalid;
            return;
        }
        if self.tt.is_untyped(x.ty) {
            if cval::too_big(&v) {
                let (at, name) = match &e.kind {
                    ExprKind::Binary { op_span, op, .. } => (
                        *op_span,
                        match op {
                            BinOp::Add => "addition",
                            BinOp::Sub => "subtraction",
                            BinOp::Mul => "multiplication",
                            BinOp::Xor => "bitwise XOR",
                            BinOp::Shl => "shift",
                            _ => "",
                        },
                    ),
                    ExprKind::Unary { op_span, op, .. } => (
                        *op_span,
                        if *op == UnOp::BitNot {
                            "bitwise complement"
                        } else {
                            ""
                        },
                    ),
                    _ => (e.span, ""),
                };
                self.const_overflow_err(at, name);
                x.mode = Mode::Invalid;
            }
            return;
        }
        let Some(k) = self.tt.basic_kind(x.ty) else {
            return;
        };
        match cval::representable(&v, k) {
            Ok(r) => x.val = Some(r),
            Err(code) => {
                let t = x.ty;
                self.invalid_conversion(code, e, x, t);
                x.mode = Mode::Invalid;
            }
        }
    }

    // ───────────────────────────── binary ─────────────────────────────

    fn binary(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        xe: &ast::Expr,
        ye: &ast::Expr,
        _op_span: ast::Span,
    ) -> Operand {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if y.is_invalid() {
            return Operand::invalid(e);
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, xe, x, ye, y);
        }
        self.match_types(&mut x, xe, &mut y, ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if op.is_comparison() {
            return self.comparison(e, op, xe, x, ye, y, false);
        }
        if !self.tt.identical(x.ty, y.ty) {
            let (xs, ys) = (self.tstr(x.ty), self.tstr(y.ty));
            let s = self.exprstr(e);
            self.error(
                xe.span,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    s, xs, ys
                ),
            );
            return Operand::invalid(e);
        }
        if !self.op_allowed(op, &x, xe) {
            return Operand::invalid(e);
        }
        if matches!(op, BinOp::Div | BinOp::Rem)
            && (x.mode == Mode::Const || self.all_types(x.ty, |k| k.is_integer()))
            && y.mode == Mode::Const
            && y.val.as_ref().is_some_and(is_zero)
        {
            self.error(ye.span, "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if x.mode == Mode::Const && y.mode == Mode::Const {
            let (Some(a), Some(b)) = (&x.val, &y.val) else {
                return Operand::invalid(e);
            };
            let int_div = self.tt.is_kind(x.ty, |k| k.is_integer());
            let v = match cval::binary(op, a, b, int_div) {
                Ok(v) => v,
                Err(cval::OpErr::DivByZero) => {
                    self.error(ye.span, "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
                Err(cval::OpErr::Overflow(name)) => {
                    self.const_overflow_err(_op_span, name);
                    return Operand::invalid(e);
                }
                Err(cval::OpErr::Other) => return Operand::invalid(e),
            };
            let mut r = Operand {
                mode: Mode::Const,
                ty: x.ty,
                val: Some(v),
                id: e.id,
                span: e.span,
            };
            // Untyped results take the larger kind.
            if self.tt.is_untyped(x.ty) && self.tt.is_untyped(y.ty) {
                let (xk, yk) = (
                    self.tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid),
                    self.tt.basic_kind(y.ty).unwrap_or(BasicKind::Invalid),
                );
                r.ty = if rank(yk) > rank(xk) { y.ty } else { x.ty };
                if op == BinOp::Div && r.ty == UNTYPED_INT {
                    r.ty = UNTYPED_INT;
                }
            }
            self.overflow(e, &mut r);
            return r;
        }
        let mut r = self.op(e, Mode::Value, x.ty);
        if self.tt.is_untyped(y.ty) && self.tt.is_untyped(x.ty) {
            let (xk, yk) = (
                self.tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid),
                self.tt.basic_kind(y.ty).unwrap_or(BasicKind::Invalid),
            );
            if rank(yk) > rank(xk) {
                r.ty = y.ty;
            }
        }
        r
    }

    fn op_allowed(&mut self, op: BinOp, x: &Operand, xe: &ast::Expr) -> bool {
        let ok = self.all_types(x.ty, |k| match op {
            BinOp::Add => k.is_numeric() || k.is_string(),
            BinOp::Sub | BinOp::Mul | BinOp::Div => k.is_numeric(),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => k.is_integer(),
            BinOp::LAnd | BinOp::LOr => k.is_boolean(),
            _ => true,
        });
        if !ok {
            let d = self.desc(xe, x);
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    d
                ),
            );
        }
        ok
    }

    /// Go's matchTypes: converts an untyped operand to the other's type.
    pub fn match_types(
        &mut self,
        x: &mut Operand,
        xe: &ast::Expr,
        y: &mut Operand,
        ye: &ast::Expr,
    ) {
        if self.may_convert(x, y) {
            let yt = y.ty;
            self.convert_untyped(x, xe, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, ye, xt);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
            }
        }
    }

    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        let xu = self.tt.is_untyped(x.ty);
        let yu = self.tt.is_untyped(y.ty);
        if !xu && !yu {
            return false;
        }
        let numeric = |t: TypeId| self.all_types(t, |k| k.is_numeric());
        let boolean = |t: TypeId| self.all_types(t, |k| k.is_boolean());
        let string = |t: TypeId| self.all_types(t, |k| k.is_string());
        if numeric(x.ty) != numeric(y.ty) {
            return false;
        }
        if boolean(x.ty) != boolean(y.ty) {
            return false;
        }
        if string(x.ty) != string(y.ty) {
            return false;
        }
        if self.tt.canon(x.ty) == UNTYPED_NIL {
            return self.has_nil(y.ty);
        }
        if self.tt.canon(y.ty) == UNTYPED_NIL {
            return self.has_nil(x.ty);
        }
        if self.tt.deref(x.ty).is_some() || self.tt.deref(y.ty).is_some() {
            return false;
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    pub fn comparison(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        xe: &ast::Expr,
        x: Operand,
        ye: &ast::Expr,
        y: Operand,
        switch_case: bool,
    ) -> Operand {
        let mut err_on_y;
        let mut cause = String::new();
        let ok = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
        let xnil = self.tt.canon(x.ty) == UNTYPED_NIL || self.is_nil_expr(xe);
        let ynil = self.tt.canon(y.ty) == UNTYPED_NIL || self.is_nil_expr(ye);
        'check: {
            if !ok {
                err_on_y = true;
                cause = format!(
                    "mismatched types {} and {}",
                    self.tstr(x.ty),
                    self.tstr(y.ty)
                );
                break 'check;
            }
            err_on_y = false;
            match op {
                BinOp::Eq | BinOp::Ne => {
                    if xnil || ynil {
                        let t = if xnil { y.ty } else { x.ty };
                        if !self.has_nil(t) {
                            err_on_y = true;
                            break 'check;
                        }
                    } else if !self.comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        break 'check;
                    } else if !self.comparable(y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        break 'check;
                    }
                }
                _ => {
                    let ordered = |c: &Self, t: TypeId| {
                        c.all_types(t, |k| k.is_integer() || k.is_float() || k.is_string())
                    };
                    if !ordered(self, x.ty) {
                        break 'check;
                    }
                    if !ordered(self, y.ty) {
                        err_on_y = true;
                        break 'check;
                    }
                }
            }
            // OK.
            let mut r = self.op(e, Mode::Value, UNTYPED_BOOL);
            if x.mode == Mode::Const && y.mode == Mode::Const {
                if let (Some(a), Some(b)) = (&x.val, &y.val) {
                    r.mode = Mode::Const;
                    r.val = Some(cval::boolean(cval::compare(op, a, b)));
                }
            } else {
                let xt = self.default_type(x.ty);
                let yt = self.default_type(y.ty);
                self.update_expr_type(xe, xt, 0);
                self.update_expr_type(ye, yt, 0);
            }
            return r;
        }
        let (eop, eopnd) = if err_on_y { (ye, &y) } else { (xe, &x) };
        if cause.is_empty() {
            if self.tt.is_tparam(x.ty) || self.tt.is_tparam(y.ty) {
                let t = if !self.tt.is_tparam(x.ty) {
                    y.ty
                } else {
                    eopnd.ty
                };
                cause = format!(
                    "type parameter {} cannot use operator {}",
                    self.tstr(t),
                    op.as_str()
                );
            } else {
                let what = self.tt.composite_kind(eopnd.ty);
                let what = if what.is_empty() {
                    self.tstr(eopnd.ty)
                } else {
                    what.to_string()
                };
                cause = format!("operator {} not defined on {}", op.as_str(), what);
            }
        }
        let (xs, ys) = (self.exprstr(xe), self.exprstr(ye));
        if switch_case {
            self.error(
                xe.span,
                format!("invalid case {} in switch on {} ({})", xs, ys, cause),
            );
        } else {
            self.error(
                eop.span,
                format!(
                    "invalid operation: {} {} {} ({})",
                    xs,
                    op.as_str(),
                    ys,
                    cause
                ),
            );
        }
        Operand::invalid(e)
    }

    /// Whether `e` is the predeclared `nil` (possibly parenthesized).
    pub fn is_nil_expr(&self, e: &ast::Expr) -> bool {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        matches!(e.kind, ExprKind::Ident(_))
            && self
                .facts
                .uses
                .get(&(self.file, e.id))
                .is_some_and(|&o| self.obj(o).kind == ObjKind::Nil)
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt.under_type(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!("{} can only be compared to nil", self.tt.composite_kind(t))
            }
            Type::Struct(fs) => {
                for f in fs {
                    if !self.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.tstr(f.ty));
                    }
                }
                String::new()
            }
            Type::Array(..) => format!("{} cannot be compared", self.tstr(t)),
            _ => {
                if self.tt.is_tparam(t) {
                    return "incomparable types in type set".to_string();
                }
                String::new()
            }
        }
    }

    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.tt.get(self.tt.canon(t)) {
            Type::Basic(k) if k.is_untyped() => basic(k.default_type()),
            _ => t,
        }
    }

    fn shift(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        xe: &ast::Expr,
        mut x: Operand,
        ye: &ast::Expr,
        mut y: Operand,
    ) -> Operand {
        let xval = if x.mode == Mode::Const {
            x.val
                .as_ref()
                .filter(|v| cval::is_int_valued(v) && cval::kind(v) != VKind::String)
                .cloned()
        } else {
            None
        };
        let int_x = self.all_types(x.ty, |k| k.is_integer());
        if !(int_x || self.tt.is_untyped(x.ty) && xval.is_some()) {
            let d = self.desc(xe, &x);
            self.error(
                xe.span,
                format!("invalid operation: shifted operand {} must be integer", d),
            );
            return Operand::invalid(e);
        }
        let mut yval = None;
        if y.mode == Mode::Const {
            if let Some(v) = &y.val {
                if cval::is_int_valued(v) {
                    let n = cval::to_kind(v, BasicKind::UntypedInt);
                    if let Some(n) = &n {
                        if cval::compare(BinOp::Lt, n, &cval::int(0)) {
                            let d = self.desc(ye, &y);
                            self.error(
                                ye.span,
                                format!("invalid operation: negative shift count {}", d),
                            );
                            return Operand::invalid(e);
                        }
                    }
                    yval = n;
                }
            }
            if self.tt.is_untyped(y.ty) {
                match y
                    .val
                    .as_ref()
                    .map(|v| cval::representable(v, BasicKind::Uint))
                {
                    Some(Ok(_)) => {}
                    Some(Err(code)) => {
                        let t = UINT;
                        self.invalid_conversion(code, ye, &y, t);
                        return Operand::invalid(e);
                    }
                    None => {}
                }
            }
        } else if self.all_types(y.ty, |k| k.is_integer()) {
        } else if self.tt.is_untyped(y.ty) {
            self.convert_untyped(&mut y, ye, UINT);
            if y.is_invalid() {
                return Operand::invalid(e);
            }
        } else {
            let d = self.desc(ye, &y);
            self.error(
                ye.span,
                format!("invalid operation: shift count {} must be integer", d),
            );
            return Operand::invalid(e);
        }
        if x.mode == Mode::Const {
            if y.mode == Mode::Const {
                let s = yval.as_ref().and_then(cval::to_i64);
                let Some(s) = s.filter(|&s| (0..=1074).contains(&s)) else {
                    let d = self.desc(ye, &y);
                    self.error(
                        ye.span,
                        format!("invalid operation: invalid shift count {}", d),
                    );
                    return Operand::invalid(e);
                };
                if !self.tt.is_kind(x.ty, |k| k.is_integer()) {
                    x.ty = UNTYPED_INT;
                }
                let Some(xv) = xval
                    .as_ref()
                    .and_then(|v| cval::to_kind(v, BasicKind::UntypedInt))
                else {
                    return Operand::invalid(e);
                };
                let v = match cval::shift(op, &xv, s as u64) {
                    Ok(v) => v,
                    Err(cval::OpErr::Overflow(name)) => {
                        let at = match &e.kind {
                            ExprKind::Binary { op_span, .. } => *op_span,
                            _ => e.span,
                        };
                        self.const_overflow_err(at, name);
                        return Operand::invalid(e);
                    }
                    Err(_) => return Operand::invalid(e),
                };
                let mut r = Operand {
                    mode: Mode::Const,
                    ty: x.ty,
                    val: Some(v),
                    id: e.id,
                    span: e.span,
                };
                self.overflow(e, &mut r);
                return r;
            }
            if self.tt.is_untyped(x.ty) {
                // Delayed: the type comes from the context.
                return self.op(e, Mode::Value, UNTYPED_INT);
            }
        }
        if !int_x {
            let d = self.desc(xe, &x);
            self.error(
                xe.span,
                format!("invalid operation: shifted operand {} must be integer", d),
            );
            return Operand::invalid(e);
        }
        self.op(e, Mode::Value, x.ty)
    }

    // ───────────────────────────── selectors ─────────────────────────────

    fn selector(
        &mut self,
        e: &ast::Expr,
        xe: &ast::Expr,
        sel: &ast::Ident,
        allow_generic: bool,
    ) -> Operand {
        // Package-qualified identifier.
        if let ExprKind::Ident(id) = &xe.kind {
            if let Some(o) = self.lookup(&id.name) {
                if self.obj(o).kind == ObjKind::PkgName {
                    self.obj_mut(o).used = true;
                    self.record_use(xe.id, o);
                    let Some(p) = self.obj(o).imported else {
                        return Operand::invalid(e);
                    };
                    let pscope = self.pkgs[p.0 as usize].scope;
                    let member = self.lookup_in(pscope, &sel.name);
                    let m = match member {
                        Some(m) if is_exported(&sel.name) => m,
                        _ => {
                            let pname = id.name.clone();
                            let alt = self.scopes[pscope.0 as usize]
                                .names
                                .keys()
                                .find(|k| k.eq_ignore_ascii_case(&sel.name) && is_exported(k))
                                .cloned();
                            let msg = match (member, alt) {
                                (_, Some(a)) => {
                                    format!("undefined: {}.{} (but have {})", pname, sel.name, a)
                                }
                                (Some(_), None) => format!(
                                    "name {} not exported by package {}",
                                    sel.name, self.pkgs[p.0 as usize].name
                                ),
                                _ => format!("undefined: {}.{}", pname, sel.name),
                            };
                            self.error(sel.span, msg);
                            return Operand::invalid(e);
                        }
                    };
                    self.obj_decl(m);
                    self.record_use(e.id, m);
                    let ty = self.obj(m).ty;
                    self.facts.selections.insert(
                        (self.file, e.id),
                        Selection {
                            kind: SelectionKind::PkgMember,
                            obj: Some(m),
                            path: vec![],
                            indirect: false,
                            addr_recv: false,
                            deref_recv: false,
                            iface: false,
                            ty: self.tt.canon(ty),
                        },
                    );
                    return self.obj_operand(e, m, allow_generic);
                }
            }
        }
        let x = self.expr_or_type(xe, false);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if let Mode::Builtin(_) | Mode::NoValue = x.mode {
            let mut x = x;
            self.single_value(xe, &mut x);
            return Operand::invalid(e);
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, xe, &x, sel);
        }
        let mut x = x;
        self.single_value(xe, &mut x);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if self.tt.canon(x.ty) == UNTYPED_NIL {
            self.error(e.span, "invalid use of nil");
            return Operand::invalid(e);
        }
        let found = self.lookup_fm(x.ty, &sel.name, Some(self.pkg));
        match found {
            Found::Field { path, ty, indirect } => {
                let is_ptr = self.tt.deref(x.ty).is_some();
                let mode = if x.mode == Mode::Var || indirect || is_ptr {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.facts.selections.insert(
                    (self.file, e.id),
                    Selection {
                        kind: SelectionKind::Field,
                        obj: None,
                        path,
                        indirect: indirect || is_ptr,
                        addr_recv: false,
                        deref_recv: false,
                        iface: false,
                        ty: self.tt.canon(ty),
                    },
                );
                self.op(e, mode, ty)
            }
            Found::Method {
                path,
                obj,
                sig,
                indirect,
                ptr_recv,
                iface,
            } => {
                let is_ptr = self.tt.deref(x.ty).is_some() && !self.tt.is_interface(x.ty);
                let mut addr_recv = false;
                let mut deref_recv = false;
                if ptr_recv && !indirect && !is_ptr {
                    if x.mode != Mode::Var {
                        let d = self.desc(xe, &x);
                        let _ = d;
                        let xs = self.exprstr(xe);
                        self.error(
                            sel.span,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.tstr(x.ty)
                            ),
                        );
                        let _ = xs;
                        return Operand::invalid(e);
                    }
                    addr_recv = true;
                    self.mark_addr_taken(xe);
                }
                if !ptr_recv && (is_ptr || indirect) && !iface {
                    deref_recv = true;
                }
                self.facts.selections.insert(
                    (self.file, e.id),
                    Selection {
                        kind: SelectionKind::Method,
                        obj,
                        path,
                        indirect: indirect || is_ptr,
                        addr_recv,
                        deref_recv,
                        iface,
                        ty: self.tt.canon(sig),
                    },
                );
                if let Some(m) = obj {
                    self.add_dep(m);
                    self.record_use(e.id, m);
                }
                self.op(e, Mode::Value, sig)
            }
            Found::Ambiguous => {
                let s = self.exprstr(e);
                self.error(sel.span, format!("ambiguous selector {}", s));
                Operand::invalid(e)
            }
            Found::NotFound => {
                self.missing_field_error(e, xe, &x, sel);
                Operand::invalid(e)
            }
        }
    }

    fn missing_field_error(
        &mut self,
        e: &ast::Expr,
        _xe: &ast::Expr,
        x: &Operand,
        sel: &ast::Ident,
    ) {
        let s = self.exprstr(e);
        let ts = self.tstr_quoted(x.ty);
        // Pointer to pointer / interface.
        if let Some(b) = self.tt.deref(x.ty) {
            if self.tt.is_interface(b) && !self.tt.is_tparam(b) {
                self.error(
                    sel.span,
                    format!(
                        "{} undefined (type {} is pointer to interface, not interface)",
                        s, ts
                    ),
                );
                return;
            }
        }
        let other = self.lookup_fm2(x.ty, &sel.name, Some(self.pkg), true);
        let what = |f: &Found| {
            if matches!(f, Found::Field { .. }) {
                "field"
            } else {
                "method"
            }
        };
        if !matches!(other, Found::NotFound | Found::Ambiguous) {
            self.error(
                sel.span,
                format!(
                    "{} undefined (cannot refer to unexported {} {})",
                    s,
                    what(&other),
                    sel.name
                ),
            );
            return;
        }
        // Different capitalisation.
        let mut alt = None;
        let cands: Vec<String> = self
            .member_names(x.ty)
            .into_iter()
            .filter(|n| n.eq_ignore_ascii_case(&sel.name))
            .collect();
        for c in cands {
            if c == sel.name {
                continue;
            }
            let f = self.lookup_fm2(x.ty, &c, Some(self.pkg), false);
            if !matches!(f, Found::NotFound | Found::Ambiguous) {
                alt = Some((c, what(&f)));
                break;
            }
        }
        let msg = match alt {
            Some((c, w)) => format!(
                "{} undefined (type {} has no field or method {}, but does have {} {})",
                s, ts, sel.name, w, c
            ),
            None => format!(
                "{} undefined (type {} has no field or method {})",
                s, ts, sel.name
            ),
        };
        self.error(sel.span, msg);
    }

    /// Names of fields and methods directly in `t` (or `*t`).
    fn member_names(&self, t: TypeId) -> Vec<String> {
        let mut out = Vec::new();
        self.member_names_rec(t, &mut out, 0);
        out
    }

    fn member_names_rec(&self, t: TypeId, out: &mut Vec<String>, depth: u32) {
        if depth > 4 {
            return;
        }
        let base = if self.tt.named_info(t).is_none() {
            self.tt.deref(t).unwrap_or(t)
        } else {
            t
        };
        if let Some(n) = self.tt.named_info(base) {
            let ms = match n.origin.and_then(|o| self.tt.named_info(o)) {
                Some(o) => o.methods.clone(),
                None => n.methods.clone(),
            };
            for m in ms {
                out.push(self.obj(m).name.clone());
            }
        }
        match self.tt.under_type(base) {
            Type::Struct(fs) => {
                for f in fs {
                    out.push(f.name.clone());
                    if f.embedded {
                        self.member_names_rec(f.ty, out, depth + 1);
                    }
                }
            }
            Type::Interface(i) => {
                for m in &i.methods {
                    out.push(m.name.clone());
                }
            }
            _ => {}
        }
    }

    /// Type string for lookup errors.
    pub fn tstr_quoted(&self, t: TypeId) -> String {
        self.tstr(t)
    }

    fn method_expr(
        &mut self,
        e: &ast::Expr,
        _xe: &ast::Expr,
        x: &Operand,
        sel: &ast::Ident,
    ) -> Operand {
        let t = x.ty;
        match self.lookup_fm(t, &sel.name, Some(self.pkg)) {
            Found::Method {
                obj,
                sig,
                ptr_recv,
                indirect,
                path,
                iface,
            } => {
                if ptr_recv && !indirect && self.tt.deref(t).is_none() {
                    let s = self.exprstr(e);
                    self.error(
                        e.span,
                        format!(
                            "invalid method expression {} (needs pointer receiver (*{}).{})",
                            s,
                            self.tstr(t),
                            sel.name
                        ),
                    );
                    return Operand::invalid(e);
                }
                let Some(s) = self.tt.sig(sig).cloned() else {
                    return Operand::invalid(e);
                };
                let mut params = vec![t];
                params.extend(s.params.iter().copied());
                let ft = self.tt.func(params, s.results.clone(), s.variadic);
                self.facts.selections.insert(
                    (self.file, e.id),
                    Selection {
                        kind: SelectionKind::MethodExpr,
                        obj,
                        path,
                        indirect,
                        addr_recv: false,
                        deref_recv: false,
                        iface,
                        ty: self.tt.canon(ft),
                    },
                );
                if let Some(m) = obj {
                    self.add_dep(m);
                }
                self.op(e, Mode::Value, ft)
            }
            _ => {
                let s = self.exprstr(e);
                let ts = self.tstr(t);
                self.error(
                    sel.span,
                    format!("{} undefined (type {} has no method {})", s, ts, sel.name),
                );
                Operand::invalid(e)
            }
        }
    }

    // ───────────────────────────── index / slice ─────────────────────────

    fn index_expr(
        &mut self,
        e: &ast::Expr,
        xe: &ast::Expr,
        indices: &[ast::Expr],
        _lbrack: ast::Span,
        rbrack: ast::Span,
    ) -> Operand {
        let x = self.expr_or_type(xe, true);
        if x.is_invalid() {
            for i in indices {
                self.expr_or_type(i, false);
            }
            return Operand::invalid(e);
        }
        if x.mode == Mode::TypeExpr {
            // Generic type instantiation.
            return self.instantiate_type_expr(e, &x, indices, rbrack);
        }
        // Generic function instantiation.
        if let Some(o) = self.generic_func_obj(xe) {
            return self.instantiate_func_expr(e, o, &x, indices);
        }
        let mut x = x;
        self.single_value(xe, &mut x);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if indices.len() != 1 {
            self.error(e.span, "unexpected comma; expecting ]");
            return Operand::invalid(e);
        }
        let ie = &indices[0];
        let core = self.core_type(x.ty).unwrap_or(INVALID);
        let ct = self.tt.get(core).clone();
        match ct {
            Type::Basic(k) if k.is_string() => {
                let len = x.val.as_ref().and_then(cval::string_len);
                self.index(ie, len.map(|l| l as i64));
                let mut r = self.op(e, Mode::Value, UINT8);
                if x.mode == Mode::Const {
                    // Indexing a constant string is not a constant.
                    r.mode = Mode::Value;
                }
                r
            }
            Type::Array(n, el) => {
                self.index(ie, Some(n as i64));
                let mode = if x.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.op(e, mode, el)
            }
            Type::Pointer(p) => match self.tt.under_type(p).clone() {
                Type::Array(n, el) => {
                    self.index(ie, Some(n as i64));
                    self.op(e, Mode::Var, el)
                }
                _ => self.cannot_index(e, xe, &x),
            },
            Type::Slice(el) => {
                self.index(ie, None);
                self.op(e, Mode::Var, el)
            }
            Type::Map(k, v) => {
                let mut key = self.expr(ie);
                self.assignment(&mut key, ie, Some(k), "map index");
                self.op(e, Mode::MapIndex, v)
            }
            _ => self.cannot_index(e, xe, &x),
        }
    }

    fn cannot_index(&mut self, e: &ast::Expr, xe: &ast::Expr, x: &Operand) -> Operand {
        let d = self.desc(xe, x);
        let at = match &e.kind {
            ExprKind::Index { lbrack, .. } => *lbrack,
            _ => xe.span,
        };
        self.error(at, format!("cannot index {}", d));
        Operand::invalid(e)
    }

    /// Checks an index (or slice bound); returns its constant value.
    pub fn index(&mut self, ie: &ast::Expr, max: Option<i64>) -> Option<i64> {
        let mut x = self.expr(ie);
        if x.is_invalid() {
            return None;
        }
        self.convert_untyped(&mut x, ie, INT);
        if x.is_invalid() {
            return None;
        }
        if !self.all_types(x.ty, |k| k.is_integer()) {
            let d = self.desc(ie, &x);
            self.error(
                ie.span,
                format!("invalid argument: index {} must be integer", d),
            );
            return None;
        }
        if x.mode == Mode::Const {
            let v = x.val.as_ref().and_then(cval::to_i64)?;
            if v < 0 {
                let d = self.desc(ie, &x);
                self.error(
                    ie.span,
                    format!("invalid argument: index {} must not be negative", d),
                );
                return None;
            }
            if let Some(m) = max {
                if v >= m {
                    let s = self.exprstr(ie);
                    self.error(
                        ie.span,
                        format!("invalid argument: index {} out of bounds [0:{}]", s, m),
                    );
                    return None;
                }
            }
            return Some(v);
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &ast::Expr,
        xe: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
        three: bool,
    ) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return Operand::invalid(e);
        }
        let core = self.core_type(x.ty).unwrap_or(INVALID);
        let mut length: Option<i64> = None;
        let result = match self.tt.get(core).clone() {
            Type::Basic(k) if k.is_string() => {
                if three {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid(e);
                }
                if let Some(l) = x.val.as_ref().and_then(cval::string_len) {
                    length = Some(l as i64);
                }
                let t = if self.tt.is_untyped(x.ty) {
                    STRING
                } else {
                    x.ty
                };
                self.op(e, Mode::Value, t)
            }
            Type::Array(n, el) => {
                if x.mode != Mode::Var {
                    let d = self.desc(xe, &x);
                    self.error(
                        e.span,
                        format!("invalid operation: {} (slice of unaddressable value)", d),
                    );
                    return Operand::invalid(e);
                }
                self.mark_addr_taken(xe);
                length = Some(n as i64);
                let s = self.tt.slice(el);
                self.op(e, Mode::Value, s)
            }
            Type::Pointer(p) => match self.tt.under_type(p).clone() {
                Type::Array(n, el) => {
                    length = Some(n as i64);
                    let s = self.tt.slice(el);
                    self.op(e, Mode::Value, s)
                }
                _ => {
                    let d = self.desc(xe, &x);
                    self.error(xe.span, format!("cannot slice {}", d));
                    return Operand::invalid(e);
                }
            },
            Type::Slice(_) => self.op(e, Mode::Value, x.ty),
            _ => {
                let d = self.desc(xe, &x);
                self.error(xe.span, format!("cannot slice {}", d));
                return Operand::invalid(e);
            }
        };
        let cap = length.map(|l| l + 1);
        let mut vals = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            let v = self.index(i, cap);
            vals.push((i, v));
        }
        // Constant indices must be non-decreasing.
        for w in 0..vals.len() {
            for v2 in w + 1..vals.len() {
                if let (Some(a), Some(b)) = (vals[w].1, vals[v2].1) {
                    if a > b {
                        self.error(
                            vals[v2].0.span,
                            format!("invalid slice indices: {} < {}", b, a),
                        );
                        return result;
                    }
                }
            }
        }
        result
    }

    fn type_assert(&mut self, e: &ast::Expr, xe: &ast::Expr, te: Option<&ast::Expr>) -> Operand {
        let x = self.expr(xe);
        let Some(te) = te else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return Operand::invalid(e);
        };
        if x.is_invalid() {
            self.typexpr(te);
            return Operand::invalid(e);
        }
        if self.tt.is_tparam(x.ty) || !self.tt.is_interface(x.ty) {
            let d = self.desc(xe, &x);
            self.error(
                xe.span,
                format!("invalid operation: {} is not an interface", d),
            );
            self.typexpr(te);
            return Operand::invalid(e);
        }
        let t = self.typexpr(te);
        if self.tt.is_invalid(t) {
            return Operand::invalid(e);
        }
        self.check_assert(e, xe, x.ty, t, false);
        self.op(e, Mode::CommaOk, t)
    }

    /// Reports an impossible type assertion `x.(T)`.
    pub fn check_assert(
        &mut self,
        at: &ast::Expr,
        xe: &ast::Expr,
        iface: TypeId,
        t: TypeId,
        in_switch: bool,
    ) -> bool {
        if self.tt.is_interface(t) {
            return true;
        }
        if let Some(why) = self.missing_method(t, iface) {
            let ts = self.tstr(t);
            let is = self.tstr(iface);
            let msg = if in_switch {
                let xs = self.exprstr(xe);
                let cs = self.exprstr(at);
                format!(
                    "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                    cs, xs, ts, why
                )
            } else {
                let s = self.exprstr(at);
                let _ = is;
                format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {}",
                    s,
                    ts,
                    self.tstr(iface),
                    why
                )
            };
            let first = msg.lines().next().unwrap_or("").to_string();
            let rest: Vec<String> = msg.lines().skip(1).map(|s| s.trim().to_string()).collect();
            let mut d = crate::diag::Diagnostic::new(self.file, at.span, first);
            for r in rest {
                d = d.with_note(r);
            }
            self.diags.push(d);
            return false;
        }
        true
    }
}

struct ObjView {
    kind: ObjKind,
    ty: TypeId,
    #[allow(dead_code)]
    pkg: Option<PkgId>,
    is_iota: bool,
    val: Option<cval::Value>,
    generic: bool,
}

/// Rank of untyped numeric kinds (int < rune < float < complex).
pub fn rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}

pub fn is_zero(v: &cval::Value) -> bool {
    match cval::kind(v) {
        VKind::Int | VKind::Float | VKind::Complex => cval::compare(BinOp::Eq, v, &cval::int(0)),
        _ => false,
    }
}
