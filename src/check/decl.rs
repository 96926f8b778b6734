//! Package-level declarations: collecting objects, lazy resolution in
//! dependency order, type declarations (with `invalid recursive type`
//! detection), function signatures, methods, and Go's initialisation
//! order for package-level variables (`initialization cycle`).
//!
//! Invariants: an object is resolved at most once (`ResState`); resolution
//! of one object may trigger resolution of others (a DFS over references),
//! and finding an object `InProgress` means a cycle.

use super::checker::*;
use super::objects::*;
use super::types::*;
use super::{FuncInfo, VarInit};
use crate::diag::FileId;
use crate::syntax::ast::{self, Span};
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::sync::Arc as Rc;

/// Function scopes prepared with the signature, used by the body check.
#[derive(Clone)]
pub struct FuncSetup {
    pub scope: ScopeId,
    pub results: Vec<ObjId>,
    pub named_results: bool,
    pub params: Vec<ObjId>,
    pub recv: Option<ObjId>,
}

impl Checker<'_> {
    pub fn collect_objects(&mut self, pid: PkgId, files: &[(FileId, Rc<ast::File>)]) {
        let pscope = self.pkgs[pid.0 as usize].scope;
        let is_main = self.pkgs[pid.0 as usize].path == "main";
        for (fi, (fid, f)) in files.iter().enumerate() {
            self.file = *fid;
            let fscope = self.pkgs[pid.0 as usize].file_scopes[fi];
            for (di, d) in f.decls.iter().enumerate() {
                match d {
                    ast::Decl::Const(g) => {
                        let mut src = 0;
                        for (si, spec) in g.specs.iter().enumerate() {
                            if !spec.values.is_empty() || si == 0 {
                                src = si;
                            }
                            for (ni, name) in spec.names.iter().enumerate() {
                                let decl = self.push_decl(
                                    *fid,
                                    fscope,
                                    pid,
                                    DeclKind::Const {
                                        decl: di,
                                        spec: si,
                                        src_spec: src,
                                        name_idx: ni,
                                    },
                                );
                                self.declare_global(pscope, name, ObjKind::Const, decl);
                            }
                        }
                    }
                    ast::Decl::Var(g) => {
                        for (si, spec) in g.specs.iter().enumerate() {
                            let decl = self.push_decl(
                                *fid,
                                fscope,
                                pid,
                                DeclKind::Var {
                                    decl: di,
                                    spec: si,
                                    lhs: vec![],
                                },
                            );
                            let mut lhs = Vec::new();
                            for name in &spec.names {
                                lhs.push(self.declare_global(pscope, name, ObjKind::Var, decl));
                            }
                            if let DeclKind::Var { lhs: l, .. } = &mut self.decls[decl].kind {
                                *l = lhs;
                            }
                        }
                    }
                    ast::Decl::Type(g) => {
                        for (si, spec) in g.specs.iter().enumerate() {
                            let decl = self.push_decl(
                                *fid,
                                fscope,
                                pid,
                                DeclKind::Type { decl: di, spec: si },
                            );
                            self.declare_global(pscope, &spec.name, ObjKind::TypeName, decl);
                        }
                    }
                    ast::Decl::Func(fd) => {
                        let decl = self.push_decl(*fid, fscope, pid, DeclKind::Func { decl: di });
                        let mut o = Object::new(ObjKind::Func, &fd.name.name, Some(pid), INVALID);
                        o.file = *fid;
                        o.span = fd.name.span;
                        o.global = true;
                        o.decl = Some(decl as u32);
                        o.state = ResState::Unresolved;
                        let oid = self.new_obj(o);
                        self.facts.defs.insert((*fid, fd.name.span.lo), oid);
                        if fd.body.is_none() && !self.pkgs[pid.0 as usize].is_stdlib {
                            self.error(fd.name.span, "missing function body");
                        }
                        if let Some(recv) = &fd.recv {
                            if let Some(base) = recv_base_name(&recv.typ) {
                                self.methods_by_base
                                    .entry((pid, base))
                                    .or_default()
                                    .push(oid);
                            }
                            self.pkgs[pid.0 as usize].funcs.push(oid);
                            continue;
                        }
                        self.pkgs[pid.0 as usize].funcs.push(oid);
                        if fd.name.name == "init" {
                            self.pkgs[pid.0 as usize].inits.push(oid);
                            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                self.error(
                                    fd.name.span,
                                    "func init must have no arguments and no return values",
                                );
                            }
                            if !fd.tparams.is_empty() {
                                self.error(fd.name.span, "func init must have no type parameters");
                            }
                            continue;
                        }
                        if is_main && fd.name.name == "main" {
                            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                self.error(
                                    fd.name.span,
                                    "func main must have no arguments and no return values",
                                );
                            }
                            if !fd.tparams.is_empty() {
                                self.error(fd.name.span, "func main must have no type parameters");
                            }
                        }
                        if fd.name.is_blank() {
                            continue;
                        }
                        if let Some(prev) = self.insert(pscope, &fd.name.name, oid) {
                            self.redeclared(&fd.name, prev);
                        }
                    }
                }
            }
        }
        if is_main && self.lookup_in(pscope, "main").is_none() {
            // Go: "function main is undeclared in the main package".
            if let Some((fid, _)) = files.first() {
                self.file = *fid;
                self.error(
                    Span::at(0),
                    "function main is undeclared in the main package",
                );
            }
        }
    }

    fn redeclared(&mut self, id: &ast::Ident, _prev: ObjId) {
        self.error(id.span, format!("{} redeclared in this block", id.name));
    }

    fn push_decl(&mut self, file: FileId, scope: ScopeId, pkg: PkgId, kind: DeclKind) -> usize {
        self.decls.push(DeclInfo {
            file,
            scope,
            pkg,
            kind,
            deps: Vec::new(),
        });
        self.decls.len() - 1
    }

    fn declare_global(
        &mut self,
        pscope: ScopeId,
        name: &ast::Ident,
        kind: ObjKind,
        decl: usize,
    ) -> ObjId {
        let mut o = Object::new(kind, &name.name, Some(self.pkg), INVALID);
        o.file = self.file;
        o.span = name.span;
        o.global = true;
        o.decl = Some(decl as u32);
        o.state = ResState::Unresolved;
        o.used = true;
        let oid = self.new_obj(o);
        self.facts.defs.insert((self.file, name.span.lo), oid);
        if name.is_blank() {
            return oid;
        }
        if name.name == "init" {
            self.error(name.span, "cannot declare init - must be func");
            return oid;
        }
        if name.name == "main" && self.pkgs[self.pkg.0 as usize].path == "main" {
            self.error(name.span, "cannot declare main - must be func");
            return oid;
        }
        if let Some(prev) = self.insert(pscope, &name.name, oid) {
            self.redeclared(name, prev);
        }
        oid
    }

    /// Resolves every package-level object of `pid`: types first, then
    /// everything else, in source order.
    pub fn resolve_all(&mut self, pid: PkgId) {
        let mut all: Vec<ObjId> = Vec::new();
        for (i, d) in self.decls.iter().enumerate() {
            if d.pkg != pid {
                continue;
            }
            let _ = i;
        }
        // Every object with a declaration in this package, in creation
        // (= source) order.
        for (i, o) in self.objs.iter().enumerate() {
            if o.pkg == Some(pid) && o.global && o.decl.is_some() {
                all.push(ObjId(i as u32));
            }
        }
        for &o in &all {
            if self.obj(o).kind == ObjKind::TypeName {
                self.obj_decl(o);
            }
        }
        self.valid_types(&all);
        for &o in &all {
            self.obj_decl(o);
        }
    }

    /// Resolves one package-level object (lazily, on first need).
    pub fn obj_decl(&mut self, oid: ObjId) {
        match self.obj(oid).state {
            ResState::Done => return,
            ResState::InProgress => {
                self.cycle(oid);
                return;
            }
            ResState::Unresolved => {}
        }
        let Some(d) = self.obj(oid).decl else {
            return;
        };
        let d = d as usize;
        self.obj_mut(oid).state = ResState::InProgress;
        let saved = self.save_ctx();
        let info = self.decls[d].clone();
        self.pkg = info.pkg;
        self.file = info.file;
        self.scope = info.scope;
        self.cur_decl = Some(d);
        self.fctx.clear();
        self.iota = None;
        if let Some(f) = self.ast(info.file) {
            match &info.kind {
                DeclKind::Const {
                    decl,
                    spec,
                    src_spec,
                    name_idx,
                } => {
                    if let ast::Decl::Const(g) = &f.decls[*decl] {
                        let s = &g.specs[*spec];
                        let src = &g.specs[*src_spec];
                        self.iota = Some(s.iota);
                        let value = src.values.get(*name_idx);
                        self.const_decl(oid, src.typ.as_ref(), value, s, *name_idx, src);
                    }
                }
                DeclKind::Var { decl, spec, lhs } => {
                    if let ast::Decl::Var(g) = &f.decls[*decl] {
                        let s = &g.specs[*spec];
                        for &o in lhs {
                            self.obj_mut(o).state = ResState::InProgress;
                        }
                        self.var_decl(lhs, s.typ.as_ref(), &s.values, s.span);
                        for &o in lhs {
                            self.obj_mut(o).state = ResState::Done;
                        }
                        if !s.values.is_empty() {
                            let idx = self.var_inits.len() as u32;
                            self.var_inits.push(VarInit {
                                lhs: lhs.clone(),
                                file: info.file,
                                decl: *decl as u32,
                                spec: *spec as u32,
                            });
                            self.facts.var_init_of.insert(d, idx);
                        }
                    }
                }
                DeclKind::Type { decl, spec } => {
                    if let ast::Decl::Type(g) = &f.decls[*decl] {
                        self.type_decl(oid, &g.specs[*spec]);
                    }
                }
                DeclKind::Func { decl } => {
                    if let ast::Decl::Func(fd) = &f.decls[*decl] {
                        self.func_decl(oid, fd, *decl);
                    }
                }
            }
        }
        self.restore_ctx(saved);
        self.obj_mut(oid).state = ResState::Done;
    }

    fn cycle(&mut self, oid: ObjId) {
        let o = self.obj(oid).clone();
        match o.kind {
            // A named type under construction may be referred to; an
            // alias may not.
            ObjKind::TypeName if self.tt.named_info(o.ty).is_none() => {
                let saved = self.file;
                self.file = o.file;
                self.error(o.span, format!("invalid recursive type {}", o.name));
                self.file = saved;
                self.obj_mut(oid).ty = INVALID;
            }
            ObjKind::Const | ObjKind::Var if o.ty == INVALID => {
                let saved = self.file;
                self.file = o.file;
                self.error(o.span, format!("initialization cycle for {}", o.name));
                self.file = saved;
            }
            _ => {}
        }
    }

    fn type_decl(&mut self, oid: ObjId, spec: &ast::TypeSpec) {
        if spec.alias {
            if !spec.tparams.is_empty() {
                self.error(spec.name.span, "generic type alias not supported");
            }
            let t = self.typexpr_allow_constraint(&spec.typ);
            let a = self
                .tt
                .intern(Type::Alias(spec.name.name.clone(), Some(self.pkg), t));
            self.obj_mut(oid).ty = if self.tt.is_invalid(t) { INVALID } else { a };
            return;
        }
        let all_methods = self
            .methods_by_base
            .get(&(self.pkg, spec.name.name.clone()))
            .cloned()
            .unwrap_or_default();
        let mut methods: Vec<ObjId> = Vec::new();
        for m in all_methods {
            let (name, file, span) = {
                let o = self.obj(m);
                (o.name.clone(), o.file, o.span)
            };
            if name != "_" {
                if let Some(&prev) = methods.iter().find(|&&p| self.obj(p).name == name) {
                    let pp = self.obj(prev).clone();
                    let p = self.pos_str(pp.file, pp.span.lo);
                    self.diags.push(crate::diag::Diagnostic::new(
                        file,
                        span,
                        format!(
                            "method {}.{} already declared at {}",
                            spec.name.name, name, p
                        ),
                    ));
                    continue;
                }
            }
            methods.push(m);
        }
        let named = self.tt.new_named(NamedInfo {
            name: spec.name.name.clone(),
            pkg: Some(self.pkg),
            obj: oid,
            underlying: INVALID,
            methods,
            tparams: vec![],
            origin: None,
            targs: vec![],
        });
        self.obj_mut(oid).ty = named;
        if !spec.tparams.is_empty() {
            self.open_scope();
            let tps = self.declare_tparams(&spec.tparams, oid);
            if let Some(n) = self.tt.named_info_mut(named) {
                n.tparams = tps;
            }
        }
        let rhs = self.typexpr_allow_constraint(&spec.typ);
        if self.tt.is_tparam(rhs) {
            self.error(
                spec.typ.span,
                "cannot use a type parameter as RHS in type declaration",
            );
        }
        let mut u = self.tt.under(rhs);
        if u == INVALID && !self.tt.is_invalid(rhs) {
            // `type A B` where B is still being declared: a cycle.
            if let Some(n) = self.tt.named_info(rhs) {
                let o = n.obj;
                if self.obj(o).state == ResState::InProgress {
                    self.error(
                        spec.name.span,
                        format!("invalid recursive type {}", spec.name.name),
                    );
                }
            }
            u = INVALID;
        }
        if let Some(n) = self.tt.named_info_mut(named) {
            n.underlying = u;
        }
        if !spec.tparams.is_empty() {
            self.close_scope();
        }
        // Methods must not clash with fields.
        if let Type::Struct(fs) = self.tt.get(u).clone() {
            let ms = self.tt.named_info(named).map(|n| n.methods.clone());
            for m in ms.unwrap_or_default() {
                let mo = self.obj(m);
                if fs.iter().any(|f| f.name == mo.name) {
                    let (f, sp, n) = (mo.file, mo.span, mo.name.clone());
                    let saved = self.file;
                    self.file = f;
                    self.error(sp, format!("field and method with the same name {}", n));
                    self.file = saved;
                }
            }
        }
    }

    /// Declares type parameters in the current scope; returns their types.
    pub fn declare_tparams(&mut self, fields: &[ast::Field], owner: ObjId) -> Vec<TypeId> {
        let mut tps = Vec::new();
        let mut idx = 0;
        for f in fields {
            for name in &f.names {
                let mut o = Object::new(ObjKind::TypeName, &name.name, Some(self.pkg), INVALID);
                o.file = self.file;
                o.span = name.span;
                let oid = self.new_obj(o);
                let tp = self.tt.new_tparam(TParamInfo {
                    name: name.name.clone(),
                    bound: self.empty_iface,
                    index: idx,
                    obj: owner,
                });
                idx += 1;
                self.obj_mut(oid).ty = tp;
                let sc = self.scope;
                self.declare(sc, name, oid);
                tps.push(tp);
            }
        }
        let mut k = 0;
        for f in fields {
            let b = self.constraint(&f.typ);
            for _ in &f.names {
                if let Some(&tp) = tps.get(k) {
                    if let Type::TypeParam(i) = self.tt.get(tp).clone() {
                        self.tt.tparams[i as usize].bound = b;
                    }
                }
                k += 1;
            }
        }
        tps
    }

    /// A type constraint: an interface, or a union/~T shorthand.
    pub fn constraint(&mut self, e: &ast::Expr) -> TypeId {
        let is_shorthand = matches!(
            &e.kind,
            ast::ExprKind::Unary {
                op: ast::UnOp::Tilde,
                ..
            } | ast::ExprKind::Binary {
                op: ast::BinOp::Or,
                ..
            }
        );
        if is_shorthand {
            let terms = self.union_terms(e);
            return self.tt.intern(Type::Interface(Iface {
                methods: vec![],
                terms: Some(terms),
                comparable: false,
            }));
        }
        let t = self.typexpr_allow_constraint(e);
        if self.tt.is_invalid(t) {
            return self.empty_iface;
        }
        if !self.tt.is_interface(t) {
            // `[T int]` means `[T interface{int}]`.
            return self.tt.intern(Type::Interface(Iface {
                methods: vec![],
                terms: Some(vec![Term {
                    tilde: false,
                    ty: t,
                }]),
                comparable: false,
            }));
        }
        t
    }

    fn func_decl(&mut self, oid: ObjId, fd: &ast::FuncDecl, decl: usize) {
        let fscope = self.new_scope(Some(self.scope), ScopeKind::Func);
        self.scope = fscope;
        let mut recv_obj = None;
        let mut recv_ty = None;
        if let Some(recv) = &fd.recv {
            let (rt, base, ptr) = self.receiver(recv);
            if let Some(b) = base {
                // Receivers named through an alias.
                let dup = self.tt.named_info(b).is_some_and(|n| {
                    n.methods.contains(&oid)
                        || n.methods
                            .iter()
                            .any(|&m| self.objs[m.0 as usize].name == fd.name.name)
                });
                if !dup {
                    if let Some(n) = self.tt.named_info_mut(b) {
                        n.methods.push(oid);
                    }
                }
            }
            recv_ty = Some(rt);
            let name = recv.names.first();
            let mut o = Object::new(
                ObjKind::Var,
                name.map(|n| n.name.as_str()).unwrap_or("_"),
                Some(self.pkg),
                rt,
            );
            o.file = self.file;
            o.span = name.map(|n| n.span).unwrap_or(recv.span);
            o.used = true;
            let ro = self.new_obj(o);
            if let Some(n) = name {
                self.declare(fscope, n, ro);
            }
            recv_obj = Some(ro);
            let o = self.obj_mut(oid);
            o.recv_base = base;
            o.ptr_recv = ptr;
        } else if !fd.tparams.is_empty() {
            let tps = self.declare_tparams(&fd.tparams, oid);
            self.obj_mut(oid).tparams = tps;
        }
        let (sig, params, results, named) = self.signature(&fd.sig, recv_ty);
        self.obj_mut(oid).ty = sig;
        let setup = FuncSetup {
            scope: fscope,
            results,
            named_results: named,
            params,
            recv: recv_obj,
        };
        self.facts.func_setups.insert(oid, setup);
        if fd.body.is_some() {
            self.delayed.push((oid, decl));
        }
    }

    /// Resolves a method receiver: its type, its base named type, and
    /// whether it is a pointer. Declares receiver type parameters.
    fn receiver(&mut self, recv: &ast::Field) -> (TypeId, Option<TypeId>, bool) {
        let mut e = &recv.typ;
        while let ast::ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let mut ptr = false;
        if let ast::ExprKind::Unary {
            op: ast::UnOp::Deref,
            x,
            ..
        } = &e.kind
        {
            ptr = true;
            e = x;
            while let ast::ExprKind::Paren(x) = &e.kind {
                e = x;
            }
            if let ast::ExprKind::Unary {
                op: ast::UnOp::Deref,
                ..
            } = &e.kind
            {
                let t = self.typexpr(&recv.typ);
                let s = self.tstr(t);
                self.error(e.span, format!("invalid receiver type {}", s));
                return (INVALID, None, ptr);
            }
        }
        let (base_e, targs): (&ast::Expr, &[ast::Expr]) = match &e.kind {
            ast::ExprKind::Index { x, indices, .. } => (x, indices),
            _ => (e, &[]),
        };
        let base = match &base_e.kind {
            ast::ExprKind::Ident(id) => {
                let Some(o) = self.lookup(&id.name) else {
                    self.error(id.span, format!("undefined: {}", id.name));
                    return (INVALID, None, ptr);
                };
                self.record_use(base_e.id, o);
                self.obj_decl(o);
                let ob = self.obj(o).clone();
                if ob.kind != ObjKind::TypeName {
                    self.error(id.span, format!("{} is not a type", id.name));
                    return (INVALID, None, ptr);
                }
                let t = ob.ty;
                if self.tt.is_invalid(t) {
                    return (INVALID, None, ptr);
                }
                let named = self.tt.named_info(t).cloned();
                match named {
                    Some(n) if n.pkg == Some(self.pkg) && ob.pkg == Some(self.pkg) => {
                        let u = self.tt.under(t);
                        if matches!(self.tt.get(u), Type::Pointer(_) | Type::Interface(_)) {
                            let what = if matches!(self.tt.get(u), Type::Pointer(_)) {
                                "pointer"
                            } else {
                                "interface"
                            };
                            self.error(
                                base_e.span,
                                format!(
                                    "invalid receiver type {} ({} or interface type)",
                                    id.name, what
                                ),
                            );
                            return (INVALID, None, ptr);
                        }
                        // Receiver type parameters name the type's own.
                        if !n.tparams.is_empty() {
                            if targs.len() != n.tparams.len() {
                                self.error(
                                    base_e.span,
                                    format!(
                                        "receiver declares {} type parameters, but receiver base type declares {}",
                                        targs.len(),
                                        n.tparams.len()
                                    ),
                                );
                            }
                            for (a, &tp) in targs.iter().zip(&n.tparams) {
                                if let ast::ExprKind::Ident(pid) = &a.kind {
                                    let mut o = Object::new(
                                        ObjKind::TypeName,
                                        &pid.name,
                                        Some(self.pkg),
                                        tp,
                                    );
                                    o.file = self.file;
                                    o.span = pid.span;
                                    let oid = self.new_obj(o);
                                    let sc = self.scope;
                                    self.declare(sc, pid, oid);
                                }
                            }
                        } else if !targs.is_empty() {
                            self.error(base_e.span, format!("{} is not a generic type", id.name));
                        }
                        t
                    }
                    _ => {
                        let s = self.tstr(t);
                        self.error(
                            base_e.span,
                            format!("cannot define new methods on non-local type {}", s),
                        );
                        return (INVALID, None, ptr);
                    }
                }
            }
            _ => {
                let t = self.typexpr(base_e);
                let s = self.tstr(t);
                if !self.tt.is_invalid(t) {
                    self.error(
                        base_e.span,
                        format!("cannot define new methods on non-local type {}", s),
                    );
                }
                return (INVALID, None, ptr);
            }
        };
        let rt = if ptr { self.tt.pointer(base) } else { base };
        (rt, Some(base), ptr)
    }

    /// Builds a signature in the current (function) scope, declaring
    /// parameters and results. Returns (func type, params, results,
    /// whether results are named).
    pub fn signature(
        &mut self,
        ft: &ast::FuncType,
        _recv: Option<TypeId>,
    ) -> (TypeId, Vec<ObjId>, Vec<ObjId>, bool) {
        let mut ptys = Vec::new();
        let mut pobjs = Vec::new();
        let mut variadic = false;
        let np = ft.params.len();
        let sc = self.scope;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.typexpr(&f.typ);
            if f.variadic {
                if i + 1 != np || f.names.len() > 1 {
                    self.error(f.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.tt.slice(t);
            }
            if f.names.is_empty() {
                ptys.push(t);
                let mut o = Object::new(ObjKind::Var, "_", Some(self.pkg), t);
                o.used = true;
                o.file = self.file;
                o.span = f.span;
                pobjs.push(self.new_obj(o));
            }
            for n in &f.names {
                ptys.push(t);
                let mut o = Object::new(ObjKind::Var, &n.name, Some(self.pkg), t);
                o.used = true;
                o.file = self.file;
                o.span = n.span;
                o.owner = self.funcs.len() as u32;
                let oid = self.new_obj(o);
                self.declare(sc, n, oid);
                pobjs.push(oid);
            }
        }
        let mut rtys = Vec::new();
        let mut robjs = Vec::new();
        let mut named = false;
        for f in &ft.results {
            let t = self.typexpr(&f.typ);
            if f.variadic {
                self.error(f.span, "can only use ... with final parameter in list");
            }
            if f.names.is_empty() {
                rtys.push(t);
                let mut o = Object::new(ObjKind::Var, "", Some(self.pkg), t);
                o.used = true;
                o.file = self.file;
                o.span = f.span;
                robjs.push(self.new_obj(o));
            }
            for n in &f.names {
                named = true;
                rtys.push(t);
                let mut o = Object::new(ObjKind::Var, &n.name, Some(self.pkg), t);
                o.used = true;
                o.file = self.file;
                o.span = n.span;
                let oid = self.new_obj(o);
                self.declare(sc, n, oid);
                robjs.push(oid);
            }
        }
        let mut names: Vec<String> = Vec::new();
        for &o in pobjs.iter().chain(&robjs) {
            let n = &self.obj(o).name;
            names.push(if n == "_" && self.obj(o).decl.is_none() && n.is_empty() {
                String::new()
            } else {
                n.clone()
            });
        }
        // Unnamed parameters are created with the name "_" or "": those
        // from a field without names print without a name.
        let any_named = ft
            .params
            .iter()
            .chain(&ft.results)
            .any(|f| !f.names.is_empty());
        if !any_named {
            names.clear();
        } else {
            // Unnamed results next to named params: blank out.
            let mut k = 0;
            for f in ft.params.iter().chain(&ft.results) {
                if f.names.is_empty() {
                    names[k] = String::new();
                    k += 1;
                } else {
                    k += f.names.len();
                }
            }
        }
        let sig = self.tt.func_named(ptys, rtys, variadic, names);
        (sig, pobjs, robjs, named)
    }

    /// Checks delayed function bodies (those of package-level functions).
    pub fn check_bodies(&mut self) {
        while let Some((oid, decl)) = self.delayed.pop() {
            let Some(d) = self.obj(oid).decl else {
                continue;
            };
            let info = self.decls[d as usize].clone();
            let Some(f) = self.ast(info.file) else {
                continue;
            };
            let ast::Decl::Func(fd) = &f.decls[decl] else {
                continue;
            };
            let Some(body) = &fd.body else { continue };
            let Some(setup) = self.facts.func_setups.get(&oid).cloned() else {
                continue;
            };
            let saved = self.save_ctx();
            self.pkg = info.pkg;
            self.file = info.file;
            self.cur_decl = Some(d as usize);
            let sig = self.obj(oid).ty;
            let idx = self.funcs.len() as u32;
            self.funcs.push(FuncInfo {
                obj: Some(oid),
                lit: None,
                file: info.file,
                captures: vec![],
                params: setup.params.clone(),
                results: setup.results.clone(),
                recv: setup.recv,
                sig,
            });
            for &p in setup.params.iter().chain(&setup.results) {
                self.obj_mut(p).owner = idx;
            }
            if let Some(r) = setup.recv {
                self.obj_mut(r).owner = idx;
            }
            self.func_body(
                idx,
                sig,
                setup.scope,
                &setup.results,
                setup.named_results,
                body,
                None,
            );
            self.restore_ctx(saved);
        }
    }

    /// Go's "invalid recursive type" for types that contain themselves
    /// (through struct fields and array elements).
    fn valid_types(&mut self, objs: &[ObjId]) {
        let mut reported: HashSet<TypeId> = HashSet::new();
        for &o in objs {
            if self.obj(o).kind != ObjKind::TypeName {
                continue;
            }
            let t = self.obj(o).ty;
            if self.tt.named_info(t).is_none() || reported.contains(&self.tt.canon(t)) {
                continue;
            }
            let mut path = vec![self.tt.canon(t)];
            if let Some(cyc) = self.find_cycle(self.tt.canon(t), &mut path, 0) {
                for &c in &cyc {
                    reported.insert(c);
                }
                let ob = self.obj(o).clone();
                let saved = self.file;
                self.file = ob.file;
                if cyc.len() == 1 {
                    self.error(
                        ob.span,
                        format!("invalid recursive type: {} refers to itself", ob.name),
                    );
                } else {
                    let mut d = crate::diag::Diagnostic::new(
                        ob.file,
                        ob.span,
                        format!("invalid recursive type {}", ob.name),
                    );
                    for i in 0..cyc.len() {
                        let a = self.tstr(cyc[i]);
                        let b = self.tstr(cyc[(i + 1) % cyc.len()]);
                        d = d.with_note(format!("{} refers to {}", a, b));
                    }
                    self.diags.push(d);
                }
                self.file = saved;
                if let Some(n) = self.tt.named_info_mut(t) {
                    n.underlying = INVALID;
                }
            }
        }
    }

    /// DFS from `path.last()` through direct containment; returns the
    /// cycle back to `path[0]` if one exists.
    fn find_cycle(&self, t: TypeId, path: &mut Vec<TypeId>, depth: u32) -> Option<Vec<TypeId>> {
        if depth > 64 {
            return None;
        }
        let u = self.tt.under(t);
        let mut children = Vec::new();
        self.contained(u, &mut children, 0);
        for c in children {
            if c == path[0] {
                return Some(path.clone());
            }
            if path.contains(&c) {
                continue;
            }
            if self
                .tt
                .named_info(c)
                .is_some_and(|n| n.pkg == self.tt.named_info(path[0]).and_then(|m| m.pkg))
            {
                path.push(c);
                if let Some(r) = self.find_cycle(c, path, depth + 1) {
                    return Some(r);
                }
                path.pop();
            }
        }
        None
    }

    /// Named types directly contained in `t` (struct fields, array elems).
    fn contained(&self, t: TypeId, out: &mut Vec<TypeId>, depth: u32) {
        if depth > 64 {
            return;
        }
        match self.tt.get(self.tt.canon(t)) {
            Type::Named(_) => out.push(self.tt.canon(t)),
            Type::Struct(fs) => {
                for f in fs {
                    self.contained(f.ty, out, depth + 1);
                }
            }
            Type::Array(_, e) => self.contained(*e, out, depth + 1),
            _ => {}
        }
    }

    /// Computes Go's initialisation order of package-level variables and
    /// reports initialisation cycles.
    pub fn init_order(&mut self, pid: PkgId) {
        // Dependencies per object, through functions.
        let mut var_decls: Vec<usize> = Vec::new();
        for (i, d) in self.decls.iter().enumerate() {
            if d.pkg == pid && matches!(d.kind, DeclKind::Var { .. }) {
                var_decls.push(i);
            }
        }
        let obj_decl: HashMap<ObjId, usize> = self
            .objs
            .iter()
            .enumerate()
            .filter(|(_, o)| o.pkg == Some(pid) && o.global)
            .filter_map(|(i, o)| o.decl.map(|d| (ObjId(i as u32), d as usize)))
            .collect();
        // Transitive var-decl dependencies of each var decl.
        let mut deps_of: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut cyc_reported = false;
        for &vd in &var_decls {
            let mut seen: HashSet<usize> = HashSet::new();
            let mut stack: Vec<usize> = vec![vd];
            let mut out = Vec::new();
            let mut self_cycle = false;
            while let Some(d) = stack.pop() {
                for &o in &self.decls[d].deps {
                    let Some(&od) = obj_decl.get(&o) else {
                        continue;
                    };
                    if od == vd {
                        self_cycle = true;
                        continue;
                    }
                    if !seen.insert(od) {
                        continue;
                    }
                    if matches!(self.decls[od].kind, DeclKind::Var { .. }) {
                        out.push(od);
                    } else {
                        stack.push(od);
                    }
                }
            }
            if self_cycle && !cyc_reported {
                if let DeclKind::Var { lhs, .. } = &self.decls[vd].kind {
                    if let Some(&o) = lhs.first() {
                        let ob = self.obj(o).clone();
                        self.file = ob.file;
                        self.error(ob.span, format!("initialization cycle for {}", ob.name));
                        cyc_reported = true;
                    }
                }
            }
            deps_of.insert(vd, out);
        }
        // Kahn's algorithm, earliest declaration first.
        let mut indeg: HashMap<usize, usize> = HashMap::new();
        let mut users: HashMap<usize, Vec<usize>> = HashMap::new();
        for &vd in &var_decls {
            let ds = &deps_of[&vd];
            indeg.insert(vd, ds.len());
            for &d in ds {
                users.entry(d).or_default().push(vd);
            }
        }
        let mut heap: BinaryHeap<std::cmp::Reverse<usize>> = BinaryHeap::new();
        for &vd in &var_decls {
            if indeg[&vd] == 0 {
                heap.push(std::cmp::Reverse(vd));
            }
        }
        let mut order = Vec::new();
        while let Some(std::cmp::Reverse(vd)) = heap.pop() {
            order.push(vd);
            if let Some(us) = users.get(&vd) {
                for &u in us {
                    if let Some(n) = indeg.get_mut(&u) {
                        *n -= 1;
                        if *n == 0 {
                            heap.push(std::cmp::Reverse(u));
                        }
                    }
                }
            }
        }
        if order.len() < var_decls.len() && !cyc_reported {
            if let Some(&vd) = var_decls.iter().find(|v| !order.contains(v)) {
                if let DeclKind::Var { lhs, .. } = &self.decls[vd].kind {
                    if let Some(&o) = lhs.first() {
                        let ob = self.obj(o).clone();
                        self.file = ob.file;
                        self.error(ob.span, format!("initialization cycle for {}", ob.name));
                    }
                }
            }
        }
        let inits: Vec<u32> = order
            .iter()
            .filter_map(|d| self.facts.var_init_of.get(d).copied())
            .collect();
        self.pkgs[pid.0 as usize].var_inits = inits;
    }
}

/// The base type name of a receiver expression (`T`, `*T`, `T[K]`).
fn recv_base_name(e: &ast::Expr) -> Option<String> {
    let mut e = e;
    loop {
        match &e.kind {
            ast::ExprKind::Paren(x) => e = x,
            ast::ExprKind::Unary {
                op: ast::UnOp::Deref,
                x,
                ..
            } => e = x,
            ast::ExprKind::Index { x, .. } => e = x,
            ast::ExprKind::Ident(id) => return Some(id.name.clone()),
            _ => return None,
        }
    }
}
