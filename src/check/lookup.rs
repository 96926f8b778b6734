//! Field and method lookup (with embedding and promotion), method sets,
//! interface satisfaction (`does not implement`), constraint
//! satisfaction, comparability and assignability.
//!
//! Invariants: lookup is a breadth-first search by embedding depth that
//! visits each named type once, so it terminates on recursive types; the
//! shallowest match wins and two matches at one depth are ambiguous.

use super::checker::*;
use super::objects::*;
use super::types::*;
use std::collections::HashSet;

#[derive(Clone, Debug)]
pub enum Found {
    Field {
        path: Vec<usize>,
        ty: TypeId,
        indirect: bool,
    },
    Method {
        path: Vec<usize>,
        /// The method object (None for interface methods).
        obj: Option<ObjId>,
        /// Signature (instantiated for generic receivers).
        sig: TypeId,
        /// The receiver reached through a pointer somewhere.
        indirect: bool,
        ptr_recv: bool,
        iface: bool,
    },
    NotFound,
    Ambiguous,
}

impl Checker<'_> {
    /// Looks up `name` in type `t` (Go's LookupFieldOrMethod).
    pub fn lookup_fm(&mut self, t: TypeId, name: &str, pkg: Option<PkgId>) -> Found {
        self.lookup_fm2(t, name, pkg, false)
    }

    pub fn lookup_fm2(
        &mut self,
        t: TypeId,
        name: &str,
        pkg: Option<PkgId>,
        any_pkg: bool,
    ) -> Found {
        if name == "_" {
            return Found::NotFound;
        }
        let mut typ = t;
        let mut indirect0 = false;
        // A named pointer type has no methods: look in its underlying
        // pointer type and discard methods.
        if self.tt.named_info(t).is_some() {
            let u = self.tt.under(t);
            if matches!(self.tt.get(self.tt.canon(u)), Type::Pointer(_)) {
                let r = self.lookup_fm2(u, name, pkg, any_pkg);
                return match r {
                    Found::Method { .. } => Found::NotFound,
                    r => r,
                };
            }
        }
        // *T: look in T (methods of T and *T, fields of T).
        if let Type::Pointer(e) = self.tt.get(self.tt.canon(t)).clone() {
            if !self.tt.is_interface(e) {
                typ = e;
                indirect0 = true;
            }
        }
        let matches = |fname: &str, fpkg: Option<PkgId>| -> bool {
            fname == name && (any_pkg || is_exported(name) || fpkg.is_none() || fpkg == pkg)
        };
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(typ, vec![], indirect0)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        let mut depth = 0;
        while !current.is_empty() && depth < 32 {
            depth += 1;
            let mut next = Vec::new();
            let mut found: Option<Found> = None;
            let mut count = 0;
            for (ty, path, indirect) in current {
                let cty = self.tt.canon(ty);
                if let Some(n) = self.tt.named_info(cty).cloned() {
                    if !seen.insert(cty) {
                        continue;
                    }
                    // Declared methods.
                    let origin_methods = match n.origin {
                        Some(o) => self
                            .tt
                            .named_info(o)
                            .map(|m| m.methods.clone())
                            .unwrap_or_default(),
                        None => n.methods.clone(),
                    };
                    for m in origin_methods {
                        let (mname, mpkg) = {
                            let o = self.obj(m);
                            (o.name.clone(), o.pkg)
                        };
                        if matches(&mname, mpkg) {
                            self.obj_decl(m);
                            let mut sig = self.obj(m).ty;
                            if let Some(o) = n.origin {
                                let tps = self
                                    .tt
                                    .named_info(o)
                                    .map(|x| x.tparams.clone())
                                    .unwrap_or_default();
                                sig = self.subst(sig, &tps, &n.targs);
                            }
                            count += 1;
                            found = Some(Found::Method {
                                path: path.clone(),
                                obj: Some(m),
                                sig,
                                indirect,
                                ptr_recv: self.obj(m).ptr_recv,
                                iface: false,
                            });
                        }
                    }
                }
                if let Some(tp) = self.tt.tparam_info(cty).cloned() {
                    if let Some(i) = self.tt.iface(tp.bound).cloned() {
                        for m in &i.methods {
                            if matches(&m.name, m.pkg) {
                                count += 1;
                                found = Some(Found::Method {
                                    path: path.clone(),
                                    obj: None,
                                    sig: m.sig,
                                    indirect,
                                    ptr_recv: false,
                                    iface: true,
                                });
                            }
                        }
                    }
                    continue;
                }
                match self.tt.under_type(cty).clone() {
                    Type::Struct(fs) => {
                        for (i, f) in fs.iter().enumerate() {
                            if matches(&f.name, f.pkg) {
                                count += 1;
                                let mut p = path.clone();
                                p.push(i);
                                found = Some(Found::Field {
                                    path: p,
                                    ty: f.ty,
                                    indirect,
                                });
                                continue;
                            }
                            if f.embedded {
                                let mut p = path.clone();
                                p.push(i);
                                match self.tt.get(self.tt.canon(f.ty)).clone() {
                                    Type::Pointer(e) => next.push((e, p, true)),
                                    _ => next.push((f.ty, p, indirect)),
                                }
                            }
                        }
                    }
                    Type::Interface(i) => {
                        for m in &i.methods {
                            if matches(&m.name, m.pkg) {
                                count += 1;
                                found = Some(Found::Method {
                                    path: path.clone(),
                                    obj: None,
                                    sig: m.sig,
                                    indirect,
                                    ptr_recv: false,
                                    iface: true,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return Found::Ambiguous;
            }
            if let Some(f) = found {
                // Methods of *T are not in the method set of a pointer
                // type that is itself named (handled by callers).
                return f;
            }
            current = next;
        }
        Found::NotFound
    }

    /// Why `v` does not implement interface `t`, or `None` if it does.
    /// `v` may be an interface.
    pub fn missing_method(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let ti = self.tt.iface(t).cloned()?;
        let vi = if self.tt.is_tparam(v) {
            None
        } else {
            self.tt.iface(v).cloned()
        };
        for m in &ti.methods {
            if let Some(vi) = &vi {
                match vi.methods.iter().find(|x| x.name == m.name) {
                    Some(x) if self.tt.identical(x.sig, m.sig) => continue,
                    Some(_) => return Some(format!("(wrong type for method {})", m.name)),
                    None => return Some(format!("(missing method {})", m.name)),
                }
            }
            match self.lookup_fm(v, &m.name, m.pkg) {
                Found::Method {
                    sig,
                    indirect,
                    ptr_recv,
                    ..
                } => {
                    if !self.tt.identical(sig, m.sig) {
                        return Some(format!("(wrong type for method {})", m.name));
                    }
                    let v_is_ptr = self.tt.deref(v).is_some();
                    if ptr_recv && !indirect && !v_is_ptr {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                _ => {
                    // Same name, other case?
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    /// Go's "V does not implement T (missing method M)" cause, or None.
    pub fn implements_cause(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        if self.tt.is_invalid(v) || self.tt.is_invalid(t) {
            return None;
        }
        let ti = self.tt.iface(t).cloned()?;
        if ti.is_constraint() {
            let s = self.tstr(t);
            return Some(format!(
                "cannot use type {} outside a type constraint: interface contains type constraints",
                s
            ));
        }
        let why = self.missing_method(v, t)?;
        Some(format!(
            "{} does not implement {} {}",
            self.tstr(v),
            self.tstr(t),
            why
        ))
    }

    /// Whether type argument `a` satisfies constraint `bound`; the error
    /// cause otherwise.
    pub fn satisfies(&mut self, a: TypeId, bound: TypeId) -> Option<String> {
        if self.tt.is_invalid(a) {
            return None;
        }
        let bi = self.tt.iface(bound).cloned()?;
        let bs = self.tstr(bound);
        let a_s = self.tstr(a);
        if let Some(terms) = &bi.terms {
            if self.tt.is_tparam(a) {
                // Every term of a's type set must be in bound's.
                let at = self
                    .tt
                    .tparam_info(a)
                    .and_then(|p| self.tt.iface(p.bound).cloned())
                    .and_then(|i| i.terms);
                match at {
                    Some(ats) => {
                        for x in ats {
                            if !self.term_in(x.ty, x.tilde, terms) {
                                return Some(format!(
                                    "{} does not satisfy {} ({} missing in {})",
                                    a_s,
                                    bs,
                                    self.tstr(x.ty),
                                    self.tt.terms_str(terms, Some(self.pkg))
                                ));
                            }
                        }
                    }
                    None => {
                        return Some(format!(
                            "{} does not satisfy {} ({} missing in {})",
                            a_s,
                            bs,
                            a_s,
                            self.tt.terms_str(terms, Some(self.pkg))
                        ))
                    }
                }
            } else if !self.term_in(a, false, terms) {
                return Some(format!(
                    "{} does not satisfy {} ({} missing in {})",
                    a_s,
                    bs,
                    a_s,
                    self.tt.terms_str(terms, Some(self.pkg))
                ));
            }
        }
        if bi.comparable && !self.comparable(a) {
            return Some(format!("{} does not satisfy comparable", a_s));
        }
        if !bi.methods.is_empty() {
            if let Some(why) = self.missing_method(a, bound) {
                return Some(format!("{} does not satisfy {} {}", a_s, bs, why));
            }
        }
        None
    }

    fn term_in(&self, t: TypeId, tilde: bool, terms: &[Term]) -> bool {
        terms.iter().any(|x| {
            if x.tilde {
                self.tt.identical(self.tt.under(t), self.tt.under(x.ty))
            } else {
                !tilde && self.tt.identical(t, x.ty)
            }
        })
    }

    /// Go's comparability (for ==, map keys, comparable).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, d: u32) -> bool {
        if d > 32 {
            return true;
        }
        if let Some(tp) = self.tt.tparam_info(t) {
            return match self.tt.iface(tp.bound) {
                Some(i) => {
                    i.comparable
                        || i.terms.as_ref().is_some_and(|ts| {
                            !ts.is_empty() && ts.iter().all(|x| self.comparable_depth(x.ty, d + 1))
                        })
                }
                None => false,
            };
        }
        match self.tt.under_type(t) {
            Type::Basic(k) => *k != super::basic::BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.ty, d + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, d + 1),
            _ => false,
        }
    }

    /// Whether values of `t` may be nil.
    pub fn has_nil(&self, t: TypeId) -> bool {
        if let Some(tp) = self.tt.tparam_info(t) {
            return self
                .tt
                .iface(tp.bound)
                .and_then(|i| i.terms.clone())
                .is_some_and(|ts| !ts.is_empty() && ts.iter().all(|x| self.has_nil(x.ty)));
        }
        matches!(
            self.tt.under_type(t),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Interface(_)
                | Type::Basic(super::basic::BasicKind::UnsafePointer)
        )
    }

    /// The core type of `t`: its underlying type, or for a type parameter
    /// the single underlying type of its type set (None if there is none).
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        if let Some(tp) = self.tt.tparam_info(t) {
            let i = self.tt.iface(tp.bound)?;
            let ts = i.terms.as_ref()?;
            let mut u: Option<TypeId> = None;
            for x in ts {
                let xu = self.tt.under(x.ty);
                match u {
                    None => u = Some(xu),
                    Some(p) if self.tt.identical(p, xu) => {}
                    Some(p) => {
                        // Channels with different directions: not handled.
                        let _ = p;
                        return None;
                    }
                }
            }
            return u;
        }
        Some(self.tt.under(t))
    }

    /// Underlying types of the type set of `t` (one for ordinary types).
    pub fn type_set(&self, t: TypeId) -> Vec<TypeId> {
        if let Some(tp) = self.tt.tparam_info(t) {
            if let Some(ts) = self.tt.iface(tp.bound).and_then(|i| i.terms.clone()) {
                return ts.iter().map(|x| self.tt.under(x.ty)).collect();
            }
            return vec![];
        }
        vec![self.tt.under(t)]
    }

    /// Whether a type is a named or predeclared type (or type parameter).
    pub fn has_name(&self, t: TypeId) -> bool {
        self.tt.is_named(t)
    }
}
