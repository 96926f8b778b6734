//! Generics: substitution of type parameters, instantiation of generic
//! named types (cached by origin and canonical type arguments), and type
//! inference by unification of parameter and argument types (including
//! core-type inference from constraints like `S ~[]E`).
//!
//! Invariants: substitution never follows a named type's underlying type
//! eagerly except when creating a new instance (whose cache entry exists
//! before its underlying type is computed), so it terminates on recursive
//! generic types.

use super::checker::*;
use super::objects::ObjId;
use super::types::*;
use std::collections::HashMap;

/// Substitutes `tparams[i]` by `targs[i]` in `t`.
pub fn subst_table(tt: &mut TypeTable, t: TypeId, tparams: &[TypeId], targs: &[TypeId]) -> TypeId {
    if tparams.is_empty() {
        return t;
    }
    subst_rec(tt, t, tparams, targs, 0)
}

fn subst_rec(tt: &mut TypeTable, t: TypeId, tps: &[TypeId], targs: &[TypeId], d: u32) -> TypeId {
    if d > 100 {
        return t;
    }
    let d = d + 1;
    let ty = tt.get(t).clone();
    let s = |tt: &mut TypeTable, x: TypeId| subst_rec(tt, x, tps, targs, d);
    match ty {
        Type::Basic(_) => t,
        Type::TypeParam(_) => {
            let c = tt.canon(t);
            match tps.iter().position(|&p| tt.canon(p) == c) {
                Some(i) => targs.get(i).copied().unwrap_or(t),
                None => t,
            }
        }
        Type::Alias(n, p, target) => {
            let nt = s(tt, target);
            if nt == target {
                t
            } else {
                let _ = (n, p);
                nt
            }
        }
        Type::Pointer(e) => {
            let ne = s(tt, e);
            if ne == e {
                t
            } else {
                tt.pointer(ne)
            }
        }
        Type::Slice(e) => {
            let ne = s(tt, e);
            if ne == e {
                t
            } else {
                tt.slice(ne)
            }
        }
        Type::Array(n, e) => {
            let ne = s(tt, e);
            if ne == e {
                t
            } else {
                tt.intern(Type::Array(n, ne))
            }
        }
        Type::Map(k, v) => {
            let (nk, nv) = (s(tt, k), s(tt, v));
            if nk == k && nv == v {
                t
            } else {
                tt.intern(Type::Map(nk, nv))
            }
        }
        Type::Chan(dir, e) => {
            let ne = s(tt, e);
            if ne == e {
                t
            } else {
                tt.intern(Type::Chan(dir, ne))
            }
        }
        Type::Struct(fs) => {
            let mut changed = false;
            let mut nfs = fs.clone();
            for f in nfs.iter_mut() {
                let nt = s(tt, f.ty);
                changed |= nt != f.ty;
                f.ty = nt;
            }
            if changed {
                tt.intern(Type::Struct(nfs))
            } else {
                t
            }
        }
        Type::Func(sig) => {
            let mut changed = false;
            let mut ns = sig.clone();
            for p in ns.params.iter_mut().chain(ns.results.iter_mut()) {
                let nt = s(tt, *p);
                changed |= nt != *p;
                *p = nt;
            }
            if changed {
                tt.intern(Type::Func(ns))
            } else {
                t
            }
        }
        Type::Interface(i) => {
            let mut changed = false;
            let mut ni = i.clone();
            for m in ni.methods.iter_mut() {
                let nt = s(tt, m.sig);
                changed |= nt != m.sig;
                m.sig = nt;
            }
            if let Some(ts) = ni.terms.as_mut() {
                for x in ts.iter_mut() {
                    let nt = s(tt, x.ty);
                    changed |= nt != x.ty;
                    x.ty = nt;
                }
            }
            if changed {
                tt.intern(Type::Interface(ni))
            } else {
                t
            }
        }
        Type::Tuple(ts) => {
            let nts: Vec<TypeId> = ts.iter().map(|&x| s(tt, x)).collect();
            if nts == ts {
                t
            } else {
                tt.tuple(nts)
            }
        }
        Type::Named(i) => {
            let n = tt.named[i as usize].clone();
            if let Some(origin) = n.origin {
                let nargs: Vec<TypeId> = n.targs.iter().map(|&x| s(tt, x)).collect();
                if nargs == n.targs {
                    t
                } else {
                    instantiate_table(tt, origin, &nargs)
                }
            } else if !n.tparams.is_empty() {
                let nargs: Vec<TypeId> = n.tparams.iter().map(|&x| s(tt, x)).collect();
                if nargs == n.tparams {
                    t
                } else {
                    instantiate_table(tt, t, &nargs)
                }
            } else {
                t
            }
        }
    }
}

/// Instantiates generic named type `origin` with `targs` (cached).
pub fn instantiate_table(tt: &mut TypeTable, origin: TypeId, targs: &[TypeId]) -> TypeId {
    let origin = tt.canon(origin);
    let cargs: Vec<TypeId> = targs.iter().map(|&t| tt.canon(t)).collect();
    let Some(on) = tt.named_info(origin).cloned() else {
        return INVALID;
    };
    if cargs == on.tparams {
        return origin;
    }
    if let Some(&t) = tt.inst_cache.get(&(origin, cargs.clone())) {
        return t;
    }
    let inst = tt.new_named(NamedInfo {
        name: on.name.clone(),
        pkg: on.pkg,
        obj: on.obj,
        underlying: INVALID,
        methods: on.methods.clone(),
        tparams: vec![],
        origin: Some(origin),
        targs: targs.to_vec(),
    });
    tt.inst_cache.insert((origin, cargs), inst);
    if on.underlying != INVALID && tt.inst_depth < 32 {
        tt.inst_depth += 1;
        let u = subst_table(tt, on.underlying, &on.tparams, targs);
        tt.inst_depth -= 1;
        let u = tt.under(u);
        if let Some(n) = tt.named_info_mut(inst) {
            n.underlying = u;
        }
    }
    inst
}

impl Checker<'_> {
    pub fn subst(&mut self, t: TypeId, tparams: &[TypeId], targs: &[TypeId]) -> TypeId {
        subst_table(&mut self.tt, t, tparams, targs)
    }

    pub fn instantiate(&mut self, origin: TypeId, targs: &[TypeId]) -> TypeId {
        instantiate_table(&mut self.tt, origin, targs)
    }

    /// Fills in underlying types of instances created before their
    /// origin was resolved.
    pub fn finish_instances(&mut self) {
        for _ in 0..4 {
            let mut changed = false;
            for i in 0..self.tt.named.len() {
                let n = self.tt.named[i].clone();
                if n.underlying != INVALID {
                    continue;
                }
                let Some(o) = n.origin else { continue };
                let Some(on) = self.tt.named_info(o).cloned() else {
                    continue;
                };
                if on.underlying == INVALID {
                    continue;
                }
                let u = self.subst(on.underlying, &on.tparams, &n.targs);
                let u = self.tt.under(u);
                self.tt.named[i].underlying = u;
                changed = true;
            }
            if !changed {
                break;
            }
        }
    }

    /// Makes sure an instance's underlying type is known (its origin may
    /// have been resolved after it was created).
    pub fn complete(&mut self, t: TypeId) {
        let Some(n) = self.tt.named_info(t).cloned() else {
            return;
        };
        if n.underlying != INVALID {
            return;
        }
        if let Some(o) = n.origin {
            let Some(on) = self.tt.named_info(o).cloned() else {
                return;
            };
            if on.underlying == INVALID {
                return;
            }
            let u = self.subst(on.underlying, &on.tparams, &n.targs);
            let u = self.tt.under(u);
            if let Some(m) = self.tt.named_info_mut(t) {
                m.underlying = u;
            }
        }
    }

    /// Records an instantiation of a generic function.
    pub fn record_instance(&mut self, obj: ObjId, targs: &[TypeId]) {
        let c: Vec<TypeId> = targs.iter().map(|&t| self.tt.canon(t)).collect();
        if self.instance_set.insert((obj, c.clone())) {
            self.instances.push((obj, c));
        }
    }

    /// Unifies parameter type `p` with argument type `a`, binding type
    /// parameters of `tps` in `bind`. Returns false on a mismatch.
    pub fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tps: &[TypeId],
        bind: &mut HashMap<TypeId, TypeId>,
        d: u32,
    ) -> bool {
        if d > 64 {
            return true;
        }
        let pc = self.tt.canon(p);
        let ac = self.tt.canon(a);
        if tps.contains(&pc) {
            if let Some(&b) = bind.get(&pc) {
                if self.tt.identical(b, ac) {
                    return true;
                }
                // Inexact: a named type and its underlying literal.
                if self.tt.identical(self.tt.under(b), self.tt.under(ac))
                    && (!self.tt.is_named(b) || !self.tt.is_named(ac))
                {
                    if !self.tt.is_named(b) {
                        bind.insert(pc, ac);
                    }
                    return true;
                }
                return false;
            }
            bind.insert(pc, ac);
            return true;
        }
        if pc == ac && !self.mentions(pc, tps, 0) {
            return true;
        }
        let pt = self.tt.get(pc).clone();
        let mut at = self.tt.get(ac).clone();
        // A named argument against a literal parameter type: use the
        // argument's underlying type.
        if !matches!(pt, Type::Named(_)) && matches!(at, Type::Named(_)) {
            at = self.tt.get(self.tt.under(ac)).clone();
        }
        // A type parameter argument unifies through its core type.
        if !matches!(pt, Type::TypeParam(_)) && matches!(at, Type::TypeParam(_)) {
            if let Some(c) = self.core_type(ac) {
                at = self.tt.get(c).clone();
            }
        }
        match (pt, at) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tps, bind, d + 1)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, tps, bind, d + 1),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tps, bind, d + 1) && self.unify(v1, v2, tps, bind, d + 1)
            }
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tps, bind, d + 1),
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .all(|(&x, &y)| self.unify(x, y, tps, bind, d + 1))
                    && s1
                        .results
                        .iter()
                        .zip(&s2.results)
                        .all(|(&x, &y)| self.unify(x, y, tps, bind, d + 1))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(&f2)
                        .all(|(x, y)| x.name == y.name && self.unify(x.ty, y.ty, tps, bind, d + 1))
            }
            (Type::Named(_), Type::Named(_)) => {
                let (Some(n1), Some(n2)) = (self.tt.named_info(pc), self.tt.named_info(ac)) else {
                    return false;
                };
                let o1 = n1.origin.unwrap_or(pc);
                let o2 = n2.origin.unwrap_or(ac);
                if o1 != o2 {
                    return false;
                }
                let a1 = if n1.origin.is_some() {
                    n1.targs.clone()
                } else {
                    n1.tparams.clone()
                };
                let a2 = if n2.origin.is_some() {
                    n2.targs.clone()
                } else {
                    n2.tparams.clone()
                };
                a1.len() == a2.len()
                    && a1
                        .iter()
                        .zip(&a2)
                        .all(|(&x, &y)| self.unify(x, y, tps, bind, d + 1))
            }
            (Type::Interface(_), _) => true,
            _ => false,
        }
    }

    /// Whether `t` mentions any of `tps`.
    pub fn mentions(&self, t: TypeId, tps: &[TypeId], d: u32) -> bool {
        if d > 64 {
            return false;
        }
        let c = self.tt.canon(t);
        if tps.contains(&c) {
            return true;
        }
        let m = |x: TypeId| self.mentions(x, tps, d + 1);
        match self.tt.get(c) {
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => m(*x),
            Type::Map(k, v) => m(*k) || m(*v),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|&x| m(x)),
            Type::Struct(fs) => fs.iter().any(|f| m(f.ty)),
            Type::Tuple(ts) => ts.iter().any(|&x| m(x)),
            Type::Named(i) => self.tt.named[*i as usize].targs.iter().any(|&x| m(x)),
            Type::Interface(i) => i.methods.iter().any(|x| m(x.sig)),
            _ => false,
        }
    }

    /// Core-type inference: for each type parameter whose constraint has
    /// a single term, unify the term with the bound type argument, or
    /// bind the parameter to the term when its arguments are known.
    pub fn infer_from_constraints(&mut self, tps: &[TypeId], bind: &mut HashMap<TypeId, TypeId>) {
        for _ in 0..3 {
            for &tp in tps {
                let Some(info) = self.tt.tparam_info(tp).cloned() else {
                    continue;
                };
                let Some(terms) = self.tt.iface(info.bound).and_then(|i| i.terms.clone()) else {
                    continue;
                };
                if terms.len() != 1 {
                    continue;
                }
                let term = terms[0];
                let c = self.tt.canon(tp);
                if let Some(&b) = bind.get(&c) {
                    let u = if term.tilde { self.tt.under(b) } else { b };
                    self.unify(term.ty, u, tps, bind, 0);
                } else {
                    let targs: Vec<TypeId> = tps
                        .iter()
                        .map(|t| bind.get(&self.tt.canon(*t)).copied().unwrap_or(*t))
                        .collect();
                    let s = self.subst(term.ty, tps, &targs);
                    if !self.mentions(s, tps, 0) {
                        bind.insert(c, s);
                    }
                }
            }
        }
    }
}
