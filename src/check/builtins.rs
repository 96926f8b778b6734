//! Built-in functions: len cap append copy delete make new panic recover
//! print println close min max clear complex real imag.
//!
//! Invariant: every argument is evaluated once; errors use Go's wording
//! (`invalid argument: x (variable of type int) for built-in len`).

use super::basic::BasicKind;
use super::checker::*;
use super::cval;
use super::objects::Builtin;
use super::types::*;
use crate::syntax::ast::{self, BinOp, ExprKind};

impl Checker<'_> {
    pub fn builtin(
        &mut self,
        e: &ast::Expr,
        b: Builtin,
        args: &[ast::Expr],
        ellipsis: Option<ast::Span>,
        rparen: ast::Span,
    ) -> Operand {
        use Builtin::*;
        let (min, variadic) = match b {
            Append => (1, true),
            Cap | Len | Close | Clear | New | Panic | Real | Imag => (1, false),
            Complex | Copy | Delete => (2, false),
            Make => (1, true),
            Max | Min => (1, true),
            Print | Println => (0, true),
            Recover => (0, false),
        };
        let n = args.len();
        if ellipsis.is_some() && b != Append {
            let s = self.exprstr(e);
            self.error(
                e.span,
                format!("invalid operation: invalid use of ... with built-in {}", s),
            );
            self.use_args(args);
            return Operand::invalid(e);
        }
        let msg = if n < min {
            "not enough"
        } else if !variadic && n > min {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            let s = self.exprstr(e);
            self.error(
                rparen,
                format!(
                    "{} arguments for {} (expected {}, found {})",
                    msg, s, min, n
                ),
            );
            self.use_args(args);
            return Operand::invalid(e);
        }
        let name = b.name();
        match b {
            Len | Cap => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let mut constant = None;
                let set = self.type_set(x.ty);
                let mut ok = !set.is_empty();
                for &u in &set {
                    let u = match self.tt.get(u).clone() {
                        Type::Pointer(p) => {
                            let pu = self.tt.under(p);
                            if matches!(self.tt.get(pu), Type::Array(..)) {
                                pu
                            } else {
                                u
                            }
                        }
                        _ => u,
                    };
                    match self.tt.get(u).clone() {
                        Type::Basic(k) if k.is_string() && b == Len => {
                            if x.mode == Mode::Const {
                                constant =
                                    x.val.as_ref().and_then(cval::string_len).map(|l| l as i64);
                            }
                        }
                        Type::Array(len, _) => {
                            if !self.tt.is_tparam(x.ty) && !has_call_or_recv(&args[0]) {
                                constant = Some(len as i64);
                            }
                        }
                        Type::Slice(_) | Type::Chan(..) => {}
                        Type::Map(..) if b == Len => {}
                        _ => ok = false,
                    }
                }
                if !ok {
                    let d = self.desc(&args[0], &x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} for built-in {}", d, name),
                    );
                    return Operand::invalid(e);
                }
                if x.mode != Mode::Const && self.tt.is_untyped(x.ty) {
                    let mut x = x;
                    self.convert_untyped(&mut x, &args[0], STRING);
                }
                let mut r = self.mk(e, Mode::Value, INT);
                if let Some(c) = constant {
                    r.mode = Mode::Const;
                    r.val = Some(cval::int(c));
                }
                r
            }
            Append => {
                let mut s = self.expr(&args[0]);
                if s.is_invalid() {
                    self.use_args(&args[1..]);
                    return Operand::invalid(e);
                }
                if self.tt.canon(s.ty) == UNTYPED_NIL {
                    let d = self.desc(&args[0], &s);
                    self.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} (untyped nil) is not a typed slice",
                            d.trim_end_matches(" (untyped nil)")
                        ),
                    );
                    self.use_args(&args[1..]);
                    return Operand::invalid(e);
                }
                let core = self.core_type(s.ty).unwrap_or(INVALID);
                let Type::Slice(el) = self.tt.get(core).clone() else {
                    let d = self.desc(&args[0], &s);
                    self.error(
                        args[0].span,
                        format!("invalid append: argument must be a slice; have {}", d),
                    );
                    self.use_args(&args[1..]);
                    return Operand::invalid(e);
                };
                let _ = &mut s;
                if ellipsis.is_some() {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        self.use_args(&args[1..]);
                        return Operand::invalid(e);
                    }
                    let mut y = self.expr(&args[1]);
                    if y.is_invalid() {
                        return self.mk(e, Mode::Value, s.ty);
                    }
                    // append([]byte, string...)
                    if self.tt.basic_kind(el) == Some(BasicKind::Uint8)
                        && self.all_types(y.ty, |k| k.is_string())
                    {
                        if self.tt.is_untyped(y.ty) {
                            self.convert_untyped(&mut y, &args[1], STRING);
                        }
                        return self.mk(e, Mode::Value, s.ty);
                    }
                    let st = self.tt.slice(el);
                    self.assignment(&mut y, &args[1], Some(st), "argument to append");
                    return self.mk(e, Mode::Value, s.ty);
                }
                let mut ops = Vec::new();
                for a in &args[1..] {
                    ops.push((self.expr(a), a));
                }
                for (mut x, a) in ops {
                    self.assignment(&mut x, a, Some(el), "argument to append");
                }
                self.mk(e, Mode::Value, s.ty)
            }
            Copy => {
                let d = self.expr(&args[0]);
                let mut s = self.expr(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid(e);
                }
                let dc = self.core_type(d.ty).unwrap_or(INVALID);
                let Type::Slice(del) = self.tt.get(dc).clone() else {
                    let ds = self.desc(&args[0], &d);
                    self.error(
                        args[0].span,
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            ds,
                            self.desc(&args[1], &s)
                        ),
                    );
                    return Operand::invalid(e);
                };
                if self.tt.is_untyped(s.ty) {
                    self.convert_untyped(&mut s, &args[1], STRING);
                }
                let sc = self.core_type(s.ty).unwrap_or(INVALID);
                let sel_t = match self.tt.get(sc).clone() {
                    Type::Slice(sel) => sel,
                    _ => s.ty,
                };
                let ok = match self.tt.get(sc).clone() {
                    Type::Slice(sel) => self.tt.identical(del, sel),
                    Type::Basic(k) if k.is_string() => {
                        self.tt.basic_kind(del) == Some(BasicKind::Uint8)
                    }
                    _ => false,
                };
                if !ok {
                    let ds = self.desc(&args[0], &d);
                    let ss = self.desc(&args[1], &s);
                    self.error(
                        args[0].span,
                        format!("invalid copy: arguments {} and {} have different element types {} and {}", ds, ss, self.tstr(del), self.tstr(sel_t)),
                    );
                    return Operand::invalid(e);
                }
                self.mk(e, Mode::Value, INT)
            }
            Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return self.mk(e, Mode::NoValue, INVALID);
                }
                let mc = self.core_type(m.ty).unwrap_or(INVALID);
                let Type::Map(kt, _) = self.tt.get(mc).clone() else {
                    let d = self.desc(&args[0], &m);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} is not a map", d),
                    );
                    return Operand::invalid(e);
                };
                self.assignment(&mut k, &args[1], Some(kt), "argument to delete");
                self.mk(e, Mode::NoValue, INVALID)
            }
            Make => {
                let t = self.typexpr(&args[0]);
                if self.tt.is_invalid(t) {
                    self.use_args(&args[1..]);
                    return Operand::invalid(e);
                }
                let core = self.core_type(t).unwrap_or(INVALID);
                let min_args = match self.tt.get(core) {
                    Type::Slice(_) => 2,
                    Type::Map(..) | Type::Chan(..) => 1,
                    _ => {
                        let s = self.exprstr(&args[0]);
                        self.error(
                            args[0].span,
                            format!("invalid argument: cannot make {}: type must be slice, map, or channel", s),
                        );
                        self.use_args(&args[1..]);
                        return Operand::invalid(e);
                    }
                };
                let max_args = if min_args == 2 { 3 } else { 2 };
                if n < min_args || n > max_args {
                    let s = self.exprstr(e);
                    let ts = self.tstr(t);
                    let _ = ts;
                    let msg = if min_args == 2 && n < 2 {
                        format!(
                            "invalid operation: {} expects 2 or 3 arguments; found {}",
                            s, n
                        )
                    } else {
                        format!(
                            "invalid operation: {} expects {} or {} arguments; found {}",
                            s, min_args, max_args, n
                        )
                    };
                    self.error(e.span, msg);
                    self.use_args(&args[1..]);
                    return Operand::invalid(e);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    let v = self.size_arg(a);
                    sizes.push((v, a));
                }
                if sizes.len() == 2 {
                    if let (Some(l), Some(c)) = (sizes[0].0, sizes[1].0) {
                        if l > c {
                            self.error(
                                sizes[0].1.span,
                                "invalid argument: length and capacity swapped",
                            );
                        }
                    }
                }
                self.mk(e, Mode::Value, t)
            }
            New => {
                let t = self.typexpr(&args[0]);
                if self.tt.is_invalid(t) {
                    return Operand::invalid(e);
                }
                let p = self.tt.pointer(t);
                self.mk(e, Mode::Value, p)
            }
            Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.empty_iface;
                self.assignment(&mut x, &args[0], Some(any), "argument to panic");
                self.mk(e, Mode::NoValue, INVALID)
            }
            Print | Println => {
                for a in args {
                    let mut x = self.expr(a);
                    self.assignment(&mut x, a, None, &format!("argument to built-in {}", name));
                }
                self.mk(e, Mode::NoValue, INVALID)
            }
            Recover => {
                let any = self.univ_any;
                self.mk(e, Mode::Value, any)
            }
            Close => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return self.mk(e, Mode::NoValue, INVALID);
                }
                let core = self.core_type(x.ty).unwrap_or(INVALID);
                match self.tt.get(core).clone() {
                    Type::Chan(dir, _) => {
                        if dir == ast::ChanDir::Recv {
                            let d = self.desc(&args[0], &x);
                            self.error(
                                args[0].span,
                                format!(
                                    "invalid operation: cannot close receive-only channel {}",
                                    d
                                ),
                            );
                            return Operand::invalid(e);
                        }
                    }
                    _ => {
                        let d = self.desc(&args[0], &x);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {}", d),
                        );
                        return Operand::invalid(e);
                    }
                }
                self.mk(e, Mode::NoValue, INVALID)
            }
            Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return self.mk(e, Mode::NoValue, INVALID);
                }
                let set = self.type_set(x.ty);
                let ok = !set.is_empty()
                    && set
                        .iter()
                        .all(|&u| matches!(self.tt.get(u), Type::Map(..) | Type::Slice(_)));
                if !ok {
                    let d = self.desc(&args[0], &x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} must be a map or slice", d),
                    );
                    return Operand::invalid(e);
                }
                self.mk(e, Mode::NoValue, INVALID)
            }
            Min | Max => {
                let mut ops = Vec::new();
                for a in args {
                    let x = self.expr(a);
                    if x.is_invalid() {
                        self.use_args(args);
                        return Operand::invalid(e);
                    }
                    ops.push(x);
                }
                let mut acc = ops[0].clone();
                let ordered = |c: &Self, t: TypeId| {
                    c.all_types(t, |k| k.is_integer() || k.is_float() || k.is_string())
                };
                if !ordered(self, acc.ty) {
                    let d = self.desc(&args[0], &acc);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {} cannot be ordered", d),
                    );
                    return Operand::invalid(e);
                }
                for (i, y) in ops.iter().enumerate().skip(1) {
                    let mut y = y.clone();
                    let mut x = acc.clone();
                    self.match_types(&mut x, &args[0], &mut y, &args[i]);
                    if x.is_invalid() || y.is_invalid() {
                        return Operand::invalid(e);
                    }
                    if !self.tt.identical(x.ty, y.ty) {
                        let s = self.exprstr(&args[i]);
                        self.error(
                            args[i].span,
                            format!(
                                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                self.tstr(x.ty),
                                self.tstr(y.ty),
                                s
                            ),
                        );
                        return Operand::invalid(e);
                    }
                    if !ordered(self, y.ty) {
                        let d = self.desc(&args[i], &y);
                        self.error(
                            args[i].span,
                            format!("invalid argument: {} cannot be ordered", d),
                        );
                        return Operand::invalid(e);
                    }
                    if let (Mode::Const, Mode::Const, Some(a), Some(bv)) =
                        (x.mode, y.mode, x.val.clone(), y.val.clone())
                    {
                        let take_y = if b == Min {
                            cval::compare(BinOp::Lt, &bv, &a)
                        } else {
                            cval::compare(BinOp::Gt, &bv, &a)
                        };
                        let ty = if self.tt.is_untyped(x.ty) && self.tt.is_untyped(y.ty) {
                            let (xk, yk) = (
                                self.tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid),
                                self.tt.basic_kind(y.ty).unwrap_or(BasicKind::Invalid),
                            );
                            if super::expr::rank(yk) > super::expr::rank(xk) {
                                y.ty
                            } else {
                                x.ty
                            }
                        } else {
                            x.ty
                        };
                        acc = Operand {
                            mode: Mode::Const,
                            ty,
                            val: Some(if take_y { bv } else { a }),
                            id: e.id,
                            span: e.span,
                        };
                    } else {
                        acc = Operand {
                            mode: Mode::Value,
                            ty: x.ty,
                            val: None,
                            id: e.id,
                            span: e.span,
                        };
                    }
                }
                // Untyped non-constant operands get the result type.
                let mut r = acc;
                r.id = e.id;
                r.span = e.span;
                if r.mode != Mode::Const {
                    r.mode = Mode::Value;
                    for (i, x) in ops.iter().enumerate() {
                        if self.tt.is_untyped(x.ty) && !self.tt.is_untyped(r.ty) {
                            let mut x = x.clone();
                            let t = r.ty;
                            self.convert_untyped(&mut x, &args[i], t);
                        }
                    }
                }
                r
            }
            Complex => {
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(e);
                }
                self.match_types(&mut x, &args[0], &mut y, &args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(e);
                }
                if x.mode == Mode::Const && y.mode == Mode::Const && self.tt.is_untyped(x.ty) {
                    let v = match (&x.val, &y.val) {
                        (Some(a), Some(b)) => cval::make_complex(a, b),
                        _ => None,
                    };
                    let mut r = self.mk(e, Mode::Const, UNTYPED_COMPLEX);
                    r.val = v;
                    return r;
                }
                if self.tt.is_untyped(x.ty) {
                    self.convert_untyped(&mut x, &args[0], FLOAT64);
                    self.convert_untyped(&mut y, &args[1], FLOAT64);
                }
                if !self.tt.identical(x.ty, y.ty) {
                    let s = self.exprstr(e);
                    self.error(
                        args[0].span,
                        format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            s,
                            self.tstr(x.ty),
                            self.tstr(y.ty)
                        ),
                    );
                    return Operand::invalid(e);
                }
                let rt = match self.tt.basic_kind(x.ty) {
                    Some(BasicKind::Float32) => basic(BasicKind::Complex64),
                    Some(BasicKind::Float64) => COMPLEX128,
                    _ => {
                        let d = self.desc(&args[0], &x);
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.tstr(x.ty)
                            ),
                        );
                        let _ = d;
                        return Operand::invalid(e);
                    }
                };
                let mut r = self.mk(e, Mode::Value, rt);
                if let (Mode::Const, Mode::Const, Some(a), Some(b)) =
                    (x.mode, y.mode, &x.val, &y.val)
                {
                    r.mode = Mode::Const;
                    r.val = cval::make_complex(a, b);
                }
                r
            }
            Real | Imag => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                if x.mode == Mode::Const && self.tt.is_untyped(x.ty) {
                    let v = x.val.as_ref().and_then(|v| {
                        if b == Real {
                            cval::real(v)
                        } else {
                            cval::imag(v)
                        }
                    });
                    let mut r = self.mk(e, Mode::Const, UNTYPED_FLOAT);
                    r.val = v;
                    return r;
                }
                if self.tt.is_untyped(x.ty) {
                    self.convert_untyped(&mut x, &args[0], COMPLEX128);
                }
                let rt = match self.tt.basic_kind(x.ty) {
                    Some(BasicKind::Complex64) => basic(BasicKind::Float32),
                    Some(BasicKind::Complex128) => FLOAT64,
                    _ => {
                        let d = self.desc(&args[0], &x);
                        self.error(
                            args[0].span,
                            format!("invalid argument: {} must be of complex type", d),
                        );
                        return Operand::invalid(e);
                    }
                };
                let mut r = self.mk(e, Mode::Value, rt);
                if x.mode == Mode::Const {
                    r.mode = Mode::Const;
                    r.val = x.val.as_ref().and_then(|v| {
                        if b == Real {
                            cval::real(v)
                        } else {
                            cval::imag(v)
                        }
                    });
                }
                r
            }
        }
    }

    /// A make size argument; its constant value if constant.
    fn size_arg(&mut self, a: &ast::Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.tt.is_untyped(x.ty) {
            if x.mode == Mode::Const {
                if let Some(v) = &x.val {
                    if !cval::is_int_valued(v) {
                        let d = self.desc(a, &x);
                        self.error(a.span, format!("{} truncated to int", d));
                        return None;
                    }
                }
            }
            self.convert_untyped(&mut x, a, INT);
            if x.is_invalid() {
                return None;
            }
        }
        if !self.all_types(x.ty, |k| k.is_integer()) {
            let d = self.desc(a, &x);
            self.error(a.span, format!("cannot convert {} to type int", d));
            return None;
        }
        if x.mode == Mode::Const {
            let v = x.val.as_ref().and_then(cval::to_i64)?;
            if v < 0 {
                let d = self.desc(a, &x);
                self.error(
                    a.span,
                    format!("invalid argument: index {} must not be negative", d),
                );
                return None;
            }
            return Some(v);
        }
        None
    }
}

/// Whether an expression contains a (non-constant) call or a receive.
fn has_call_or_recv(e: &ast::Expr) -> bool {
    let mut stack = vec![e];
    while let Some(x) = stack.pop() {
        match &x.kind {
            ExprKind::Call { .. } => return true,
            ExprKind::Unary {
                op: ast::UnOp::Recv,
                ..
            } => return true,
            ExprKind::Paren(y) | ExprKind::Selector(y, _) => stack.push(y),
            ExprKind::Unary { x: y, .. } => stack.push(y),
            ExprKind::Index { x: y, indices, .. } => {
                stack.push(y);
                stack.extend(indices.iter());
            }
            ExprKind::Binary { x: a, y: b, .. } => {
                stack.push(a);
                stack.push(b);
            }
            _ => {}
        }
    }
    false
}
