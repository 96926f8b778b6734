//! Composite literals (structs, arrays, slices, maps, elided inner types)
//! and function literals (closures).
//!
//! Invariants: every element expression is evaluated, even after an
//! error; a function literal gets its own `FuncInfo` whose `captures` are
//! filled while its body is checked.

use super::checker::*;
use super::cval;
use super::objects::*;
use super::types::*;
use super::FuncInfo;
use crate::syntax::ast::{self, ExprKind};
use std::collections::HashSet;

impl Checker<'_> {
    pub fn composite_lit(
        &mut self,
        e: &ast::Expr,
        typ: Option<&ast::Expr>,
        elems: &[ast::Element],
        rbrace: ast::Span,
        hint: Option<TypeId>,
    ) -> Operand {
        let (t, base, open_array) = match (typ, hint) {
            (Some(te), _) => {
                let open = match &te.kind {
                    ExprKind::ArrayType { len: None, elem } => Some(elem),
                    ExprKind::ArrayType { len: Some(l), elem }
                        if matches!(l.kind, ExprKind::Ellipsis) =>
                    {
                        Some(elem)
                    }
                    _ => None,
                };
                if let Some(elem) = open {
                    let el = self.typexpr(elem);
                    if self.tt.is_invalid(el) {
                        self.use_elems(elems);
                        return Operand::invalid(e);
                    }
                    (INVALID, el, true)
                } else {
                    let t = self.typexpr(te);
                    (t, t, false)
                }
            }
            (None, Some(h)) => {
                let mut base = h;
                if let Some(c) = self.core_type(h) {
                    if let Some(b) = self.tt.deref(c) {
                        base = b;
                    }
                }
                (h, base, false)
            }
            (None, None) => {
                self.error(e.span, "invalid composite literal type: missing type");
                self.use_elems(elems);
                return Operand::invalid(e);
            }
        };
        if open_array {
            let n = self.indexed_elts(elems, base, None);
            let at = self.tt.intern(Type::Array(n as u64, base));
            if let Some(te) = typ {
                self.facts.types.insert(
                    (self.file, te.id),
                    super::ExprFact {
                        ty: self.tt.canon(at),
                        mode: Mode::TypeExpr,
                        val: None,
                    },
                );
            }
            return self.mk(e, Mode::Value, at);
        }
        if self.tt.is_invalid(t) {
            self.use_elems(elems);
            return Operand::invalid(e);
        }
        self.complete(base);
        let core = self.core_type(base).unwrap_or(INVALID);
        match self.tt.get(core).clone() {
            Type::Struct(fields) => {
                if elems.is_empty() {
                    return self.mk(e, Mode::Value, t);
                }
                let bs = self.tstr(base);
                if elems[0].key.is_some() {
                    let mut visited = vec![false; fields.len()];
                    for el in elems {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            self.expr(&el.value);
                            let ks = self.exprstr(k);
                            self.error(
                                k.span,
                                format!("invalid field name {} in struct literal", ks),
                            );
                            continue;
                        };
                        let fty = fields.iter().position(|f| {
                            f.name == kid.name
                                && (is_exported(&f.name)
                                    || f.pkg.is_none()
                                    || f.pkg == Some(self.pkg))
                        });
                        let Some(i) = fty else {
                            self.expr_hint(&el.value, None);
                            let exists = fields.iter().any(|f| f.name == kid.name);
                            let msg = if exists {
                                format!(
                                    "cannot refer to unexported field {} in struct literal of type {}",
                                    kid.name, bs
                                )
                            } else {
                                format!(
                                    "unknown field {} in struct literal of type {}",
                                    kid.name, bs
                                )
                            };
                            self.error(k.span, msg);
                            continue;
                        };
                        let ft = fields[i].ty;
                        let mut x = self.expr_hint(&el.value, Some(ft));
                        self.assignment(&mut x, &el.value, Some(ft), "struct literal");
                        if visited[i] {
                            self.error(
                                k.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                            continue;
                        }
                        visited[i] = true;
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(
                                k.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(&el.value);
                            continue;
                        }
                        let hint = fields.get(i).map(|f| f.ty);
                        let mut x = self.expr_hint(&el.value, hint);
                        if i >= fields.len() {
                            self.error(
                                el.value.span,
                                format!("too many values in struct literal of type {}", bs),
                            );
                            break;
                        }
                        let f = &fields[i];
                        if !is_exported(&f.name) && f.pkg.is_some() && f.pkg != Some(self.pkg) {
                            self.error(
                                el.value.span,
                                format!(
                                    "implicit assignment to unexported field {} in struct literal of type {}",
                                    f.name, bs
                                ),
                            );
                            continue;
                        }
                        let ft = f.ty;
                        self.assignment(&mut x, &el.value, Some(ft), "struct literal");
                    }
                    if elems.len() < fields.len() {
                        self.error(
                            rbrace,
                            format!("too few values in struct literal of type {}", bs),
                        );
                    }
                }
            }
            Type::Array(n, el) => {
                self.indexed_elts(elems, el, Some(n as i64));
            }
            Type::Slice(el) => {
                self.indexed_elts(elems, el, None);
            }
            Type::Map(k, v) => {
                let mut seen: HashSet<String> = HashSet::new();
                for el in elems {
                    let Some(ke) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        self.expr(&el.value);
                        continue;
                    };
                    let mut kx = self.expr_hint(ke, Some(k));
                    self.assignment(&mut kx, ke, Some(k), "map literal");
                    if kx.mode == Mode::Const {
                        if let Some(val) = &kx.val {
                            let key =
                                format!("{}:{}", self.tt.canon(kx.ty).0, cval::to_string(val));
                            if !seen.insert(key) {
                                self.error(
                                    ke.span,
                                    format!(
                                        "duplicate key {} in map literal",
                                        cval::to_string(val)
                                    ),
                                );
                                continue;
                            }
                        }
                    }
                    let mut vx = self.expr_hint(&el.value, Some(v));
                    self.assignment(&mut vx, &el.value, Some(v), "map literal");
                }
            }
            _ => {
                self.use_elems(elems);
                if !self.tt.is_invalid(core) {
                    let ts = self.tstr(t);
                    let what = if typ.is_none() { " element" } else { "" };
                    self.error(
                        e.span,
                        format!("invalid composite literal{} type {}", what, ts),
                    );
                }
                return Operand::invalid(e);
            }
        }
        self.mk(e, Mode::Value, t)
    }

    fn use_elems(&mut self, elems: &[ast::Element]) {
        for el in elems {
            if let Some(k) = &el.key {
                if !matches!(k.kind, ExprKind::Ident(_)) {
                    self.expr_or_type(k, true);
                }
            }
            if !matches!(el.value.kind, ExprKind::CompositeLit { typ: None, .. }) {
                self.expr_or_type(&el.value, true);
            }
        }
    }

    /// Elements of an array or slice literal; returns the length.
    fn indexed_elts(&mut self, elems: &[ast::Element], el: TypeId, length: Option<i64>) -> i64 {
        let mut visited: HashSet<i64> = HashSet::new();
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        for e in elems {
            let mut valid = false;
            if let Some(k) = &e.key {
                match self.index(k, length) {
                    Some(i) => {
                        index = i;
                        valid = true;
                    }
                    None => {
                        let f = self.facts.types.get(&(self.file, k.id)).cloned();
                        if f.is_some_and(|f| f.mode != Mode::Const && f.mode != Mode::Invalid) {
                            let ks = self.exprstr(k);
                            self.error(k.span, format!("index {} must be integer constant", ks));
                        }
                    }
                }
            } else if length.is_some_and(|l| index >= l) {
                self.error(
                    e.value.span,
                    format!(
                        "index {} is out of bounds (>= {})",
                        index,
                        length.unwrap_or(0)
                    ),
                );
            } else {
                valid = true;
            }
            if valid && !visited.insert(index) {
                self.error(
                    e.key.as_ref().map(|k| k.span).unwrap_or(e.value.span),
                    format!("duplicate index {} in array or slice literal", index),
                );
            }
            index += 1;
            if index > max {
                max = index;
            }
            let mut x = self.expr_hint(&e.value, Some(el));
            self.assignment(&mut x, &e.value, Some(el), "array or slice literal");
        }
        max
    }

    pub fn func_lit(&mut self, e: &ast::Expr, sig: &ast::FuncType, body: &ast::Block) -> Operand {
        let saved_scope = self.scope;
        let fscope = self.new_scope(Some(saved_scope), ScopeKind::Func);
        self.scope = fscope;
        let idx = self.funcs.len() as u32;
        self.funcs.push(FuncInfo {
            obj: None,
            lit: Some((self.file, e.id)),
            file: self.file,
            captures: vec![],
            params: vec![],
            results: vec![],
            recv: None,
            sig: INVALID,
        });
        let (st, params, results, named) = self.signature(sig, None);
        for &p in params.iter().chain(&results) {
            self.obj_mut(p).owner = idx;
        }
        if let Some(f) = self.funcs.get_mut(idx as usize) {
            f.params = params;
            f.results = results.clone();
            f.sig = st;
        }
        self.facts.closures.insert((self.file, e.id), idx);
        self.func_body(
            idx,
            st,
            fscope,
            &results,
            named,
            body,
            Some((self.file, e.id)),
        );
        self.scope = saved_scope;
        self.mk(e, Mode::Value, st)
    }
}
