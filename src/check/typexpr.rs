//! Type expressions: from AST to `TypeId` (arrays, slices, maps,
//! channels, pointers, functions, structs with embedding, interfaces with
//! methods, embedding and type-set terms, generic instantiation).
//!
//! Invariant: a type expression that is wrong reports once and yields
//! `INVALID`.

use super::checker::*;
use super::objects::*;
use super::types::*;
use crate::syntax::ast::{self, ExprKind, UnOp};

impl Checker<'_> {
    /// A type expression that must denote a value type.
    pub fn typexpr(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.typexpr_allow_constraint(e);
        if let Some(i) = self.tt.iface(t) {
            if i.is_constraint() && !self.tt.is_tparam(t) {
                let s = self.exprstr(e);
                let why = if i.comparable && i.terms.is_none() {
                    "interface is (or embeds) comparable"
                } else {
                    "interface contains type constraints"
                };
                self.error(
                    e.span,
                    format!("cannot use type {} outside a type constraint: {}", s, why),
                );
                return INVALID;
            }
        }
        t
    }

    /// A type expression that may also be a constraint interface.
    pub fn typexpr_allow_constraint(&mut self, e: &ast::Expr) -> TypeId {
        let x = self.expr_or_type(e, false);
        match x.mode {
            Mode::TypeExpr => x.ty,
            Mode::Invalid => INVALID,
            _ => {
                let s = self.exprstr(e);
                let mut what = String::new();
                if let ExprKind::Ident(_) = &e.kind {
                    if let Some(&o) = self.facts.uses.get(&(self.file, e.id)) {
                        let ob = self.obj(o);
                        what = match ob.kind {
                            ObjKind::Var if ob.global => " (package-level variable)".into(),
                            ObjKind::Var => " (local variable)".into(),
                            ObjKind::Const => " (constant)".into(),
                            ObjKind::Func => {
                                " (value of type ".to_string() + &self.tstr(ob.ty) + ")"
                            }
                            _ => String::new(),
                        };
                    }
                }
                self.error(e.span, format!("{}{} is not a type", s, what));
                INVALID
            }
        }
    }

    /// Syntactic type forms (everything but names, selectors, instances).
    pub fn type_literal(&mut self, e: &ast::Expr) -> TypeId {
        match &e.kind {
            ExprKind::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(
                        e.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    return INVALID;
                };
                let n = self.array_len(len);
                let el = self.typexpr(elem);
                match n {
                    Some(n) if !self.tt.is_invalid(el) => self.tt.intern(Type::Array(n, el)),
                    _ => INVALID,
                }
            }
            ExprKind::SliceType(elem) => {
                let el = self.typexpr(elem);
                if self.tt.is_invalid(el) {
                    return INVALID;
                }
                self.tt.slice(el)
            }
            ExprKind::MapType { key, value } => {
                let k = self.typexpr(key);
                let v = self.typexpr(value);
                if self.tt.is_invalid(k) || self.tt.is_invalid(v) {
                    return INVALID;
                }
                if !self.tt.is_tparam(k) && self.tt.under(k) != INVALID && !self.comparable(k) {
                    let s = self.tstr(k);
                    self.error(key.span, format!("invalid map key type {}", s));
                    return INVALID;
                }
                self.tt.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let el = self.typexpr(elem);
                if self.tt.is_invalid(el) {
                    return INVALID;
                }
                self.tt.intern(Type::Chan(*dir, el))
            }
            ExprKind::Unary {
                op: UnOp::Deref, x, ..
            } => {
                let el = self.typexpr(x);
                if self.tt.is_invalid(el) {
                    return INVALID;
                }
                self.tt.pointer(el)
            }
            ExprKind::FuncType(ft) => {
                let saved = self.scope;
                self.scope = self.new_scope(Some(saved), ScopeKind::Func);
                let (sig, ..) = self.signature(ft, None);
                self.scope = saved;
                sig
            }
            ExprKind::StructType(st) => self.struct_type(st),
            ExprKind::InterfaceType(it) => self.interface_type(it),
            _ => {
                let s = self.exprstr(e);
                self.error(e.span, format!("{} is not a type", s));
                INVALID
            }
        }
    }

    fn array_len(&mut self, e: &ast::Expr) -> Option<u64> {
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        if x.mode != Mode::Const {
            let s = self.exprstr(e);
            self.error(e.span, format!("invalid array length {}", s));
            return None;
        }
        if !self.tt.is_kind(x.ty, |k| k.is_integer()) && !self.tt.is_untyped(x.ty) {
            let s = self.exprstr(e);
            self.error(e.span, format!("array length {} must be integer", s));
            return None;
        }
        let v = x.val.as_ref()?;
        match super::cval::to_i64(v) {
            Some(n) if n >= 0 => Some(n as u64),
            Some(_) => {
                let s = self.exprstr(e);
                self.error(e.span, format!("invalid array length {}", s));
                None
            }
            None => {
                let s = self.exprstr(e);
                self.error(e.span, format!("array length {} must be integer", s));
                None
            }
        }
    }

    fn struct_type(&mut self, st: &ast::StructType) -> TypeId {
        let mut fields: Vec<Field> = Vec::new();
        let mut seen: std::collections::HashMap<String, ()> = Default::default();
        for f in &st.fields {
            let t = self.typexpr(&f.typ);
            if f.names.is_empty() {
                // Embedded: T, *T, pkg.T, T[args].
                let name = embedded_name(&f.typ).unwrap_or_default();
                let base = self.tt.deref(t).filter(|_| {
                    matches!(
                        f.typ.kind,
                        ExprKind::Unary {
                            op: UnOp::Deref,
                            ..
                        }
                    )
                });
                let bt = base.unwrap_or(t);
                if !self.tt.is_invalid(t) {
                    if self.tt.is_tparam(bt) {
                        self.error(
                            f.typ.span,
                            "embedded field type cannot be a (pointer to a) type parameter",
                        );
                    } else if base.is_some() && self.tt.is_interface(bt) {
                        self.error(
                            f.typ.span,
                            "embedded field type cannot be a pointer to an interface",
                        );
                    } else if base.is_some() && self.tt.deref(bt).is_some() {
                        self.error(f.typ.span, "embedded field type cannot be a pointer");
                    }
                }
                if seen.insert(name.clone(), ()).is_some() {
                    self.error(f.typ.span, format!("{} redeclared", name));
                }
                let pkg = if is_exported(&name) {
                    None
                } else {
                    Some(self.pkg)
                };
                fields.push(Field {
                    name,
                    ty: t,
                    embedded: true,
                    pkg,
                    tag: f.tag.clone(),
                });
                continue;
            }
            for n in &f.names {
                if n.name != "_" && seen.insert(n.name.clone(), ()).is_some() {
                    self.error(n.span, format!("{} redeclared", n.name));
                }
                let pkg = if is_exported(&n.name) {
                    None
                } else {
                    Some(self.pkg)
                };
                fields.push(Field {
                    name: n.name.clone(),
                    ty: t,
                    embedded: false,
                    pkg,
                    tag: f.tag.clone(),
                });
            }
        }
        self.tt.intern(Type::Struct(fields))
    }

    fn interface_type(&mut self, it: &ast::InterfaceType) -> TypeId {
        let mut methods: Vec<IMethod> = Vec::new();
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        for el in &it.elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let saved = self.scope;
                    self.scope = self.new_scope(Some(saved), ScopeKind::Func);
                    let (s, ..) = self.signature(sig, None);
                    self.scope = saved;
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    let pkg = if is_exported(&name.name) {
                        None
                    } else {
                        Some(self.pkg)
                    };
                    methods.push(IMethod {
                        name: name.name.clone(),
                        pkg,
                        sig: s,
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    let is_union = matches!(
                        &e.kind,
                        ExprKind::Unary {
                            op: UnOp::Tilde,
                            ..
                        } | ExprKind::Binary {
                            op: ast::BinOp::Or,
                            ..
                        }
                    );
                    if is_union {
                        let ts = self.union_terms(e);
                        terms = Some(intersect_terms(&self.tt, terms, ts));
                        continue;
                    }
                    let t = self.typexpr_allow_constraint(e);
                    if self.tt.is_invalid(t) {
                        continue;
                    }
                    if let Some(i) = self.tt.iface(t).cloned() {
                        for m in i.methods {
                            if let Some(prev) = methods.iter().find(|x| x.name == m.name) {
                                if !self.tt.identical(prev.sig, m.sig) {
                                    self.error(e.span, format!("duplicate method {}", m.name));
                                }
                                continue;
                            }
                            methods.push(m);
                        }
                        if let Some(ts) = i.terms {
                            terms = Some(intersect_terms(&self.tt, terms, ts));
                        }
                        comparable |= i.comparable;
                    } else {
                        let ts = vec![Term {
                            tilde: false,
                            ty: t,
                        }];
                        terms = Some(intersect_terms(&self.tt, terms, ts));
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.tt.intern(Type::Interface(Iface {
            methods,
            terms,
            comparable,
        }))
    }

    /// The terms of a union `~int | string | ...`.
    pub fn union_terms(&mut self, e: &ast::Expr) -> Vec<Term> {
        let mut out = Vec::new();
        let mut stack = vec![e];
        let mut list = Vec::new();
        while let Some(x) = stack.pop() {
            match &x.kind {
                ExprKind::Binary {
                    op: ast::BinOp::Or,
                    x: l,
                    y: r,
                    ..
                } => {
                    stack.push(r);
                    stack.push(l);
                }
                _ => list.push(x),
            }
        }
        for x in list {
            let (tilde, te) = match &x.kind {
                ExprKind::Unary {
                    op: UnOp::Tilde,
                    x: inner,
                    ..
                } => (true, &**inner),
                _ => (false, x),
            };
            let t = self.typexpr_allow_constraint(te);
            if self.tt.is_invalid(t) {
                continue;
            }
            if tilde && !self.tt.identical(self.tt.under(t), t) {
                let s = self.tstr(t);
                self.error(
                    x.span,
                    format!(
                        "invalid use of ~ ({} is not the underlying type of {})",
                        self.tstr(self.tt.under(t)),
                        s
                    ),
                );
                continue;
            }
            if let Some(i) = self.tt.iface(t).cloned() {
                if let Some(ts) = i.terms {
                    out.extend(ts);
                    continue;
                }
                if !i.methods.is_empty() {
                    let s = self.tstr(t);
                    self.error(
                        x.span,
                        format!("cannot use {} in union ({} contains methods)", s, s),
                    );
                    continue;
                }
                // `any` in a union: everything.
            }
            out.push(Term { tilde, ty: t });
        }
        out
    }
}

/// The intersection of two type sets given as unions.
fn intersect_terms(tt: &TypeTable, a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
    let Some(a) = a else { return b };
    let mut out = Vec::new();
    for x in &a {
        for y in &b {
            let (xu, yu) = (tt.under(x.ty), tt.under(y.ty));
            if x.tilde && y.tilde {
                if tt.identical(xu, yu) {
                    out.push(*x);
                }
            } else if x.tilde {
                if tt.identical(tt.under(y.ty), x.ty) {
                    out.push(*y);
                }
            } else if y.tilde {
                if tt.identical(xu, y.ty) {
                    out.push(*x);
                }
            } else if tt.identical(x.ty, y.ty) {
                out.push(*x);
            }
        }
    }
    out
}

/// The implicit field name of an embedded field type.
pub fn embedded_name(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id.name.clone()),
        ExprKind::Selector(_, sel) => Some(sel.name.clone()),
        ExprKind::Unary {
            op: UnOp::Deref, x, ..
        } => embedded_name(x),
        ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => None,
    }
}
