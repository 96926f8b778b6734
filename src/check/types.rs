//! The type table: every Go type of a program, interned, with a `TypeId`.
//!
//! Owns: `Type`, `TypeTable`, type strings as Go prints them.
//! Invariants:
//! - Structural types are interned: building the same type twice gives the
//!   same `TypeId`. Named types and type parameters are unique per
//!   declaration (or per instantiation, for generic named types).
//! - Aliases (`byte`, `rune`, `any`, `type A = B`) are `Type::Alias` so that
//!   messages print the name the user wrote; every type has a canonical
//!   representative (`canon`) with aliases removed. Two types are identical
//!   exactly when their canonical ids are equal.
//! - Recursion over types only ever follows structure, never a named
//!   type's underlying type, so it is bounded by the source nesting.

use super::basic::BasicKind;
use super::objects::{ObjId, PkgId};
use crate::syntax::ast::ChanDir;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TypeId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The declaring package of an unexported field name (identity of
    /// unexported names depends on it).
    pub pkg: Option<PkgId>,
    pub tag: Option<Vec<u8>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
    /// Parameter and result names, for type strings only (empty when
    /// unnamed; canonical signatures have none).
    pub names: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMethod {
    pub name: String,
    pub pkg: Option<PkgId>,
    /// A `Type::Func`.
    pub sig: TypeId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// An interface, flattened: all methods (embedded ones included) sorted by
/// name, and its type set restriction.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Iface {
    pub methods: Vec<IMethod>,
    /// `None`: any type (subject to methods); `Some(terms)`: the union.
    pub terms: Option<Vec<Term>>,
    /// Embeds `comparable`.
    pub comparable: bool,
}

impl Iface {
    /// A constraint-only interface (cannot be used as a value type).
    pub fn is_constraint(&self) -> bool {
        self.terms.is_some() || self.comparable
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Sig),
    Interface(Iface),
    /// Results of a multi-value call.
    Tuple(Vec<TypeId>),
    /// Index into `TypeTable::named`.
    Named(u32),
    /// Index into `TypeTable::tparams`.
    TypeParam(u32),
    /// An alias name for `target` (`byte`, `rune`, `any`, `type A = B`).
    Alias(String, Option<PkgId>, TypeId),
}

/// A named (defined) type, or an instantiation of a generic one.
#[derive(Clone, Debug)]
pub struct NamedInfo {
    pub name: String,
    pub pkg: Option<PkgId>,
    pub obj: ObjId,
    /// `INVALID` until resolved.
    pub underlying: TypeId,
    /// Method objects (of the origin type, for instances).
    pub methods: Vec<ObjId>,
    /// Type parameters of a generic type (each a `Type::TypeParam`).
    pub tparams: Vec<TypeId>,
    /// For an instance: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub struct TParamInfo {
    pub name: String,
    /// The constraint (an interface type, possibly named).
    pub bound: TypeId,
    pub index: usize,
    pub obj: ObjId,
}

pub struct TypeTable {
    types: Vec<Type>,
    canon: Vec<TypeId>,
    map: HashMap<Type, TypeId>,
    pub named: Vec<NamedInfo>,
    pub tparams: Vec<TParamInfo>,
    pub inst_cache: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Package names for qualified type strings.
    pub pkg_names: Vec<String>,
    pub pkg_paths: Vec<String>,
    /// Nesting of instantiations in progress (bounds expanding cycles).
    pub inst_depth: u32,
}

pub const INVALID: TypeId = TypeId(0);

/// The TypeId of a basic kind (they are interned first, in enum order).
pub fn basic(k: BasicKind) -> TypeId {
    TypeId(BASIC_ORDER.iter().position(|&b| b == k).unwrap_or(0) as u32)
}

const BASIC_ORDER: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

pub const BOOL: TypeId = TypeId(1);
pub const INT: TypeId = TypeId(2);
pub const INT32: TypeId = TypeId(5);
pub const INT64: TypeId = TypeId(6);
pub const UINT: TypeId = TypeId(7);
pub const UINT8: TypeId = TypeId(8);
pub const FLOAT64: TypeId = TypeId(14);
pub const COMPLEX128: TypeId = TypeId(16);
pub const STRING: TypeId = TypeId(17);
pub const UNTYPED_BOOL: TypeId = TypeId(19);
pub const UNTYPED_INT: TypeId = TypeId(20);
pub const UNTYPED_RUNE: TypeId = TypeId(21);
pub const UNTYPED_FLOAT: TypeId = TypeId(22);
pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
pub const UNTYPED_STRING: TypeId = TypeId(24);
pub const UNTYPED_NIL: TypeId = TypeId(25);

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            canon: Vec::new(),
            map: HashMap::new(),
            named: Vec::new(),
            tparams: Vec::new(),
            inst_cache: HashMap::new(),
            pkg_names: Vec::new(),
            pkg_paths: Vec::new(),
            inst_depth: 0,
        };
        for k in BASIC_ORDER {
            t.intern(Type::Basic(k));
        }
        t
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn get(&self, t: TypeId) -> &Type {
        self.types
            .get(t.0 as usize)
            .unwrap_or(&Type::Basic(BasicKind::Invalid))
    }

    /// The canonical representative (aliases removed).
    pub fn canon(&self, t: TypeId) -> TypeId {
        self.canon.get(t.0 as usize).copied().unwrap_or(INVALID)
    }

    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.canon(a) == self.canon(b)
    }

    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.map.get(&t) {
            return id;
        }
        let c = self.canon_of(&t);
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.canon.push(id);
        self.map.insert(t, id);
        if let Some(c) = c {
            let cid = self.intern(c);
            let cc = self.canon(cid);
            self.canon[id.0 as usize] = cc;
        }
        id
    }

    /// The canonical form of `t` when it differs from `t`.
    fn canon_of(&self, t: &Type) -> Option<Type> {
        let c = |x: TypeId| self.canon(x);
        let r = match t {
            Type::Basic(_) | Type::Named(_) | Type::TypeParam(_) => return None,
            Type::Alias(_, _, target) => {
                let tc = self.canon(*target);
                return Some(self.get(tc).clone());
            }
            Type::Pointer(e) => Type::Pointer(c(*e)),
            Type::Slice(e) => Type::Slice(c(*e)),
            Type::Array(n, e) => Type::Array(*n, c(*e)),
            Type::Map(k, v) => Type::Map(c(*k), c(*v)),
            Type::Chan(d, e) => Type::Chan(*d, c(*e)),
            Type::Struct(fs) => Type::Struct(
                fs.iter()
                    .map(|f| Field {
                        ty: c(f.ty),
                        ..f.clone()
                    })
                    .collect(),
            ),
            Type::Func(s) => Type::Func(Sig {
                params: s.params.iter().map(|&p| c(p)).collect(),
                results: s.results.iter().map(|&p| c(p)).collect(),
                variadic: s.variadic,
                names: vec![],
            }),
            Type::Interface(i) => {
                let mut methods: Vec<IMethod> = i
                    .methods
                    .iter()
                    .map(|m| IMethod {
                        sig: c(m.sig),
                        ..m.clone()
                    })
                    .collect();
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                Type::Interface(Iface {
                    methods,
                    terms: i.terms.as_ref().map(|ts| {
                        ts.iter()
                            .map(|t| Term {
                                tilde: t.tilde,
                                ty: c(t.ty),
                            })
                            .collect()
                    }),
                    comparable: i.comparable,
                })
            }
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|&p| c(p)).collect()),
        };
        if &r == t {
            None
        } else {
            Some(r)
        }
    }

    pub fn new_named(&mut self, info: NamedInfo) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(info);
        self.intern(Type::Named(idx))
    }

    pub fn new_tparam(&mut self, info: TParamInfo) -> TypeId {
        let idx = self.tparams.len() as u32;
        self.tparams.push(info);
        self.intern(Type::TypeParam(idx))
    }

    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.get(self.canon(t)) {
            Type::Named(i) => self.named.get(*i as usize),
            _ => None,
        }
    }
    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match self.get(self.canon(t)).clone() {
            Type::Named(i) => self.named.get_mut(i as usize),
            _ => None,
        }
    }
    pub fn tparam_info(&self, t: TypeId) -> Option<&TParamInfo> {
        match self.get(self.canon(t)) {
            Type::TypeParam(i) => self.tparams.get(*i as usize),
            _ => None,
        }
    }

    /// The underlying type (canonical). Type parameters are their own
    /// underlying type (callers use `core_type` where Go does).
    pub fn under(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..64 {
            match self.get(t) {
                Type::Alias(_, _, target) => t = *target,
                Type::Named(i) => {
                    return self
                        .named
                        .get(*i as usize)
                        .map(|n| n.underlying)
                        .unwrap_or(INVALID)
                }
                _ => return t,
            }
        }
        INVALID
    }
    pub fn under_type(&self, t: TypeId) -> &Type {
        self.get(self.under(t))
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under_type(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(self.canon(t)), Type::Basic(k) if k.is_untyped())
    }
    pub fn is_invalid(&self, t: TypeId) -> bool {
        self.canon(t) == INVALID
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(
            self.get(self.canon(t)),
            Type::Named(_) | Type::TypeParam(_) | Type::Basic(_)
        )
    }
    pub fn is_tparam(&self, t: TypeId) -> bool {
        matches!(self.get(self.canon(t)), Type::TypeParam(_))
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        !self.is_tparam(t) && matches!(self.under_type(t), Type::Interface(_))
    }
    pub fn iface(&self, t: TypeId) -> Option<&Iface> {
        match self.under_type(t) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }
    pub fn sig(&self, t: TypeId) -> Option<&Sig> {
        match self.under_type(t) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }
    pub fn tuple_len(&self, t: TypeId) -> usize {
        match self.get(self.canon(t)) {
            Type::Tuple(ts) => ts.len(),
            _ => 1,
        }
    }
    pub fn is_kind(&self, t: TypeId, f: impl Fn(BasicKind) -> bool) -> bool {
        self.basic_kind(t).is_some_and(f)
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(ts))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Sig {
            params,
            results,
            variadic,
            names: vec![],
        }))
    }

    pub fn func_named(
        &mut self,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
        names: Vec<String>,
    ) -> TypeId {
        self.intern(Type::Func(Sig {
            params,
            results,
            variadic,
            names,
        }))
    }

    /// The pointed-to type when `t`'s underlying type is a pointer.
    pub fn deref(&self, t: TypeId) -> Option<TypeId> {
        match self.under_type(t) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// `compositeKind` of go/types: "struct", "slice", ..., "" for basic.
    pub fn composite_kind(&self, t: TypeId) -> &'static str {
        match self.under_type(t) {
            Type::Basic(_) => "",
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Func(_) => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Tuple(_) => "tuple",
            _ => "",
        }
    }

    // ───────────────────────────── type strings ─────────────────────────

    /// Go's type string; types of package `cur` are unqualified, others
    /// are qualified by package name.
    pub fn str(&self, t: TypeId, cur: Option<PkgId>) -> String {
        let mut s = String::new();
        self.write(&mut s, t, cur, 0);
        s
    }

    fn write(&self, s: &mut String, t: TypeId, cur: Option<PkgId>, depth: u32) {
        if depth > 200 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.get(t) {
            Type::Basic(k) => s.push_str(k.name()),
            Type::Alias(name, pkg, _) => {
                self.qualify(s, *pkg, cur);
                s.push_str(name);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e, cur, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, cur, d);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{}]", n));
                self.write(s, *e, cur, d);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k, cur, d);
                s.push(']');
                self.write(s, *v, cur, d);
            }
            Type::Chan(dir, e) => {
                match dir {
                    ChanDir::Both => s.push_str("chan "),
                    ChanDir::Send => s.push_str("chan<- "),
                    ChanDir::Recv => s.push_str("<-chan "),
                }
                // chan (<-chan T) needs parentheses.
                let paren =
                    *dir == ChanDir::Both && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write(s, *e, cur, d);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fs) => {
                s.push_str("struct{");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write(s, f.ty, cur, d);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&go_quote(tag));
                    }
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, cur, d);
            }
            Type::Interface(i) => {
                if i.methods.is_empty() && i.terms.is_none() && !i.comparable {
                    s.push_str("interface{}");
                    return;
                }
                s.push_str("interface{");
                let mut first = true;
                if i.comparable {
                    s.push_str("comparable");
                    first = false;
                }
                for m in &i.methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(s, sig, cur, d);
                    }
                }
                if let Some(terms) = &i.terms {
                    if !first {
                        s.push_str("; ");
                    }
                    self.write_terms(s, terms, cur, d);
                }
                s.push('}');
            }
            Type::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t, cur, d);
                }
                s.push(')');
            }
            Type::Named(i) => {
                let Some(n) = self.named.get(*i as usize) else {
                    return;
                };
                self.qualify(s, n.pkg, cur);
                s.push_str(&n.name);
                if !n.targs.is_empty() {
                    s.push('[');
                    for (i, t) in n.targs.iter().enumerate() {
                        if i > 0 {
                            s.push(',');
                        }
                        self.write(s, *t, cur, d);
                    }
                    s.push(']');
                }
            }
            Type::TypeParam(i) => {
                if let Some(p) = self.tparams.get(*i as usize) {
                    s.push_str(&p.name);
                }
            }
        }
    }

    pub fn write_terms(&self, s: &mut String, terms: &[Term], cur: Option<PkgId>, d: u32) {
        for (k, t) in terms.iter().enumerate() {
            if k > 0 {
                s.push_str(" | ");
            }
            if t.tilde {
                s.push('~');
            }
            self.write(s, t.ty, cur, d + 1);
        }
    }

    pub fn terms_str(&self, terms: &[Term], cur: Option<PkgId>) -> String {
        let mut s = String::new();
        self.write_terms(&mut s, terms, cur, 0);
        s
    }

    fn qualify(&self, s: &mut String, pkg: Option<PkgId>, cur: Option<PkgId>) {
        if let Some(p) = pkg {
            if Some(p) != cur {
                if let Some(name) = self.pkg_names.get(p.0 as usize) {
                    // Go quotes the path when two packages of the real
                    // dependency graph share the name (sync and
                    // internal/sync, ...).
                    if matches!(name.as_str(), "sync" | "atomic" | "strconv") {
                        if let Some(path) = self.pkg_paths.get(p.0 as usize) {
                            s.push_str(&format!("{:?}.", path));
                            return;
                        }
                    }
                    s.push_str(name);
                    s.push('.');
                }
            }
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Sig, cur: Option<PkgId>, d: u32) {
        let np = sig.params.len();
        let named = sig.names.len() == np + sig.results.len();
        let pname = |i: usize| -> Option<&str> {
            if named {
                sig.names
                    .get(i)
                    .map(|x| x.as_str())
                    .filter(|x| !x.is_empty())
            } else {
                None
            }
        };
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(n) = pname(i) {
                s.push_str(n);
                s.push(' ');
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                let e = match self.get(*p) {
                    Type::Slice(e) => *e,
                    _ => *p,
                };
                self.write(s, e, cur, d);
            } else {
                self.write(s, *p, cur, d);
            }
        }
        s.push(')');
        let rnamed = (0..sig.results.len()).any(|i| pname(np + i).is_some());
        match sig.results.len() {
            0 => {}
            1 if !rnamed => {
                s.push(' ');
                self.write(s, sig.results[0], cur, d);
            }
            _ => {
                s.push_str(" (");
                for (i, p) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if let Some(n) = pname(np + i) {
                        s.push_str(n);
                        s.push(' ');
                    }
                    self.write(s, *p, cur, d);
                }
                s.push(')');
            }
        }
    }
}

/// Go's strconv.Quote of a byte string (as used for tags and constants).
pub fn go_quote(b: &[u8]) -> String {
    let mut s = String::from("\"");
    let text = String::from_utf8_lossy(b);
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                s.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_strings() {
        let mut t = TypeTable::new();
        assert_eq!(basic(BasicKind::String), STRING);
        assert_eq!(basic(BasicKind::UntypedNil), UNTYPED_NIL);
        let s1 = t.slice(INT);
        let s2 = t.slice(INT);
        assert_eq!(s1, s2);
        let m = t.intern(Type::Map(STRING, s1));
        assert_eq!(t.str(m, None), "map[string][]int");
        let byte = t.intern(Type::Alias("byte".into(), None, UINT8));
        let bs = t.slice(byte);
        assert_eq!(t.str(bs, None), "[]byte");
        let us = t.slice(UINT8);
        assert!(t.identical(bs, us));
        assert_ne!(bs, us);
        let f = t.func(vec![INT], vec![STRING], false);
        assert_eq!(t.str(f, None), "func(int) string");
        let f2 = t.func(vec![INT, s1], vec![INT, STRING], true);
        assert_eq!(t.str(f2, None), "func(int, ...int) (int, string)");
        let c = t.intern(Type::Chan(ChanDir::Send, INT));
        assert_eq!(t.str(c, None), "chan<- int");
    }
}
