//! The checker's state and its driver: loading packages (the user's main
//! package and, transitively, stdlib packages from embedded Go source),
//! checking each once, and recording facts for the compiler.
//!
//! Owns: `Checker` (all mutable state), `Operand`/`Mode`, error reporting,
//! context save/restore for lazy resolution of package-level objects.
//! Invariants: every error goes through `error`; after an error the
//! offending expression gets the invalid type, and operations on invalid
//! operands report nothing further.

use super::cval::Value;
use super::objects::*;
use super::types::*;
use super::{CheckOptions, ExprFact, Facts, FuncInfo, VarInit};
use crate::diag::{Diagnostic, FileId, SourceFile, SourceMap};
use crate::syntax::ast::{self, NodeId, Span};
use std::collections::{HashMap, HashSet};
use std::sync::Arc as Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Const,
    /// Addressable variable.
    Var,
    MapIndex,
    Value,
    /// A value that may also be used in a comma-ok assignment.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    pub id: NodeId,
    pub span: Span,
}

impl Operand {
    pub fn invalid(e: &ast::Expr) -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: INVALID,
            val: None,
            id: e.id,
            span: e.span,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
}

/// A package-level declaration awaiting (lazy) resolution.
#[derive(Clone)]
pub enum DeclKind {
    /// Const `name_idx` of spec `spec` in `decl`; `src_spec` is the spec
    /// providing type and values (itself, or the last one with values).
    Const {
        decl: usize,
        spec: usize,
        src_spec: usize,
        name_idx: usize,
    },
    /// All names of one var spec share one declaration.
    Var {
        decl: usize,
        spec: usize,
        lhs: Vec<ObjId>,
    },
    Type {
        decl: usize,
        spec: usize,
    },
    Func {
        decl: usize,
    },
}

#[derive(Clone)]
pub struct DeclInfo {
    pub file: FileId,
    pub scope: ScopeId,
    pub pkg: PkgId,
    pub kind: DeclKind,
    /// Package-level objects this declaration refers to (vars, funcs).
    pub deps: Vec<ObjId>,
}

/// Per-function context while checking a body.
#[derive(Clone)]
pub struct FuncCtx {
    pub idx: u32,
    pub sig: TypeId,
    pub results: Vec<ObjId>,
    pub named_results: bool,
    /// Scope depth marker: the function's outermost scope.
    pub scope: ScopeId,
    /// Closure node (for literal functions).
    pub lit: Option<(FileId, NodeId)>,
}

pub struct Checker<'a> {
    pub sources: &'a mut SourceMap,
    pub opts: CheckOptions,
    pub tt: TypeTable,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub pkgs: Vec<Package>,
    pub universe: ScopeId,
    pub pkg_by_path: HashMap<String, PkgId>,
    pub loading: HashSet<String>,
    pub files: HashMap<FileId, Rc<ast::File>>,
    pub decls: Vec<DeclInfo>,
    pub facts: Facts,
    pub diags: Vec<Diagnostic>,
    pub funcs: Vec<FuncInfo>,
    pub var_inits: Vec<VarInit>,
    pub instances: Vec<(ObjId, Vec<TypeId>)>,
    pub instance_set: HashSet<(ObjId, Vec<TypeId>)>,
    /// Methods declared for each base type name, per package.
    pub methods_by_base: HashMap<(PkgId, String), Vec<ObjId>>,
    // ── context ──
    pub pkg: PkgId,
    pub file: FileId,
    pub scope: ScopeId,
    pub iota: Option<u32>,
    pub cur_decl: Option<usize>,
    pub fctx: Vec<FuncCtx>,
    /// Function bodies to check once package-level objects are resolved.
    pub delayed: Vec<(ObjId, usize)>,
    pub err_file_count: usize,
    /// Universe objects by name (error, comparable, any...).
    pub univ_error: TypeId,
    pub univ_comparable: TypeId,
    pub univ_any: TypeId,
    /// Objects declared in local scopes that must be reported unused.
    pub locals: Vec<ObjId>,
    /// Shared empty interface.
    pub empty_iface: TypeId,
}

impl<'a> Checker<'a> {
    pub fn new(sources: &'a mut SourceMap, opts: CheckOptions) -> Checker<'a> {
        let mut c = Checker {
            sources,
            opts,
            tt: TypeTable::new(),
            objs: Vec::new(),
            scopes: Vec::new(),
            pkgs: Vec::new(),
            universe: ScopeId(0),
            pkg_by_path: HashMap::new(),
            loading: HashSet::new(),
            files: HashMap::new(),
            decls: Vec::new(),
            facts: Facts::default(),
            diags: Vec::new(),
            funcs: Vec::new(),
            var_inits: Vec::new(),
            instances: Vec::new(),
            instance_set: HashSet::new(),
            methods_by_base: HashMap::new(),
            pkg: PkgId(0),
            file: 0,
            scope: ScopeId(0),
            iota: None,
            cur_decl: None,
            fctx: Vec::new(),
            delayed: Vec::new(),
            err_file_count: 0,
            univ_error: INVALID,
            univ_comparable: INVALID,
            univ_any: INVALID,
            locals: Vec::new(),
            empty_iface: INVALID,
        };
        c.universe = c.new_scope(None, ScopeKind::Universe);
        c.setup_universe();
        c
    }

    // ───────────────────────────── errors ─────────────────────────────

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(self.file, span, msg));
    }
    pub fn error_at(&mut self, pos: u32, msg: impl Into<String>) {
        self.error(Span::at(pos), msg)
    }

    /// "./file.go:L:C" of a position, as Go prints declarations in notes.
    pub fn pos_str(&self, file: FileId, pos: u32) -> String {
        let f = self.sources.get(file);
        let (l, c) = f.line_col(pos);
        let name = f.name.rsplit('/').next().unwrap_or(&f.name);
        format!("./{}:{}:{}", name, l, c)
    }

    // ───────────────────────────── scopes ─────────────────────────────

    pub fn new_scope(&mut self, parent: Option<ScopeId>, kind: ScopeKind) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            kind,
            names: HashMap::new(),
            order: Vec::new(),
        });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn open_scope(&mut self) {
        self.scope = self.new_scope(Some(self.scope), ScopeKind::Block);
    }
    pub fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.scope.0 as usize].parent {
            self.scope = p;
        }
    }

    pub fn new_obj(&mut self, o: Object) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }
    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    /// Inserts into `scope`; returns the previous object of that name.
    pub fn insert(&mut self, scope: ScopeId, name: &str, obj: ObjId) -> Option<ObjId> {
        let s = &mut self.scopes[scope.0 as usize];
        if let Some(&prev) = s.names.get(name) {
            return Some(prev);
        }
        s.names.insert(name.to_string(), obj);
        s.order.push(obj);
        None
    }

    /// Declares an object in the current scope (blank names are not
    /// inserted), reporting `x redeclared in this block`.
    pub fn declare(&mut self, scope: ScopeId, id: &ast::Ident, obj: ObjId) {
        self.facts.defs.insert((self.file, id.span.lo), obj);
        if id.is_blank() {
            return;
        }
        if self.insert(scope, &id.name, obj).is_some() {
            self.error(id.span, format!("{} redeclared in this block", id.name));
        }
    }

    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let sc = &self.scopes[id.0 as usize];
            if let Some(&o) = sc.names.get(name) {
                return Some(o);
            }
            s = sc.parent;
        }
        None
    }

    pub fn lookup_in(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        self.scopes[scope.0 as usize].names.get(name).copied()
    }

    // ───────────────────────────── facts ─────────────────────────────

    pub fn record(&mut self, x: &Operand) {
        let ty = self.tt.canon(x.ty);
        self.facts.types.insert(
            (self.file, x.id),
            ExprFact {
                ty,
                mode: x.mode,
                val: x.val.clone(),
            },
        );
    }
    pub fn record_type(&mut self, id: NodeId, ty: TypeId) {
        let ty = self.tt.canon(ty);
        if let Some(f) = self.facts.types.get_mut(&(self.file, id)) {
            f.ty = ty;
        }
    }
    pub fn record_use(&mut self, id: NodeId, obj: ObjId) {
        self.facts.uses.insert((self.file, id), obj);
    }

    // ───────────────────────────── packages ─────────────────────────────

    pub fn cur_pkg(&self) -> Option<PkgId> {
        Some(self.pkg)
    }
    pub fn tstr(&self, t: TypeId) -> String {
        self.tt.str(t, Some(self.pkg))
    }

    pub fn is_stdlib_pkg(&self) -> bool {
        self.pkgs
            .get(self.pkg.0 as usize)
            .is_some_and(|p| p.is_stdlib)
    }

    /// Loads and checks stdlib package `path` (once). Returns `None` when
    /// golite's stdlib has no such package.
    pub fn import(&mut self, path: &str) -> Option<PkgId> {
        if let Some(&p) = self.pkg_by_path.get(path) {
            return Some(p);
        }
        if !crate::stdlib_src::has_package(path) || self.loading.contains(path) {
            return None;
        }
        self.loading.insert(path.to_string());
        let mut files = Vec::new();
        for (name, src) in crate::stdlib_src::package_files(path) {
            let fid = self.sources.add(SourceFile::new(
                format!("$GOROOT/src/{}/{}", path, name),
                src.to_string(),
            ));
            let (ast, errs) = crate::syntax::parse_file(fid, src);
            self.diags.extend(errs);
            if let Some(f) = ast {
                files.push((fid, f));
            }
        }
        let p = self.check_package(path, files, true);
        self.loading.remove(path);
        Some(p)
    }

    /// Type-checks one package: collects its declarations, resolves them,
    /// checks function bodies, reports unused imports and computes the
    /// initialisation order.
    pub fn check_package(
        &mut self,
        path: &str,
        files: Vec<(FileId, ast::File)>,
        is_stdlib: bool,
    ) -> PkgId {
        let saved = self.save_ctx();
        let name = files
            .first()
            .map(|(_, f)| f.package.name.clone())
            .unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path).to_string());
        let scope = self.new_scope(Some(self.universe), ScopeKind::Package);
        let pid = PkgId(self.pkgs.len() as u32);
        self.pkgs.push(Package {
            path: path.to_string(),
            name: name.clone(),
            scope,
            files: Vec::new(),
            file_scopes: Vec::new(),
            var_inits: Vec::new(),
            inits: Vec::new(),
            funcs: Vec::new(),
            imports: Vec::new(),
            is_stdlib,
        });
        self.tt.pkg_names.push(name);
        self.tt.pkg_paths.push(path.to_string());
        self.pkg_by_path.insert(path.to_string(), pid);
        self.pkg = pid;
        let mut rc_files = Vec::new();
        for (fid, f) in files {
            let f = Rc::new(f);
            self.files.insert(fid, f.clone());
            rc_files.push((fid, f));
        }
        // Imports and file scopes.
        let mut import_objs: Vec<(FileId, ObjId, String, Span)> = Vec::new();
        for (fid, f) in &rc_files {
            self.file = *fid;
            let fs = self.new_scope(Some(scope), ScopeKind::File);
            self.pkgs[pid.0 as usize].files.push(*fid);
            self.pkgs[pid.0 as usize].file_scopes.push(fs);
            for imp in &f.imports {
                let Some(ip) = self.import(&imp.path) else {
                    self.error(imp.path_span, format!("package {} is not in std", imp.path));
                    continue;
                };
                self.pkg = pid;
                self.file = *fid;
                if !self.pkgs[pid.0 as usize].imports.contains(&ip) {
                    self.pkgs[pid.0 as usize].imports.push(ip);
                }
                let pname = self.pkgs[ip.0 as usize].name.clone();
                match imp.alias.as_ref().map(|a| a.name.as_str()) {
                    Some("_") => {}
                    Some(".") => {
                        let pscope = self.pkgs[ip.0 as usize].scope;
                        let objs = self.scopes[pscope.0 as usize].order.clone();
                        for o in objs {
                            if self.obj(o).exported() {
                                let n = self.obj(o).name.clone();
                                self.insert(fs, &n, o);
                            }
                        }
                    }
                    alias => {
                        let local = alias.map(|s| s.to_string()).unwrap_or(pname.clone());
                        let mut o = Object::new(ObjKind::PkgName, &local, Some(pid), INVALID);
                        o.imported = Some(ip);
                        o.file = *fid;
                        o.span = imp.span;
                        let oid = self.new_obj(o);
                        if self.insert(fs, &local, oid).is_some() {
                            self.error(imp.span, format!("{} redeclared in this block", local));
                        }
                        let shown = if alias.is_some() {
                            format!("{:?} imported as {} and not used", imp.path, local)
                        } else {
                            format!("{:?} imported and not used", imp.path)
                        };
                        import_objs.push((*fid, oid, shown, imp.span));
                    }
                }
            }
        }
        self.pkg = pid;
        self.collect_objects(pid, &rc_files);
        self.resolve_all(pid);
        self.check_bodies();
        // Unused imports.
        if !self.opts.allow_unused {
            for (fid, oid, msg, span) in import_objs {
                if !self.obj(oid).used {
                    self.file = fid;
                    self.error(span, msg);
                }
            }
        }
        self.init_order(pid);
        self.restore_ctx(saved);
        pid
    }

    pub fn save_ctx(
        &self,
    ) -> (
        PkgId,
        FileId,
        ScopeId,
        Option<u32>,
        Option<usize>,
        Vec<FuncCtx>,
    ) {
        (
            self.pkg,
            self.file,
            self.scope,
            self.iota,
            self.cur_decl,
            self.fctx.clone(),
        )
    }
    pub fn restore_ctx(
        &mut self,
        s: (
            PkgId,
            FileId,
            ScopeId,
            Option<u32>,
            Option<usize>,
            Vec<FuncCtx>,
        ),
    ) {
        self.pkg = s.0;
        self.file = s.1;
        self.scope = s.2;
        self.iota = s.3;
        self.cur_decl = s.4;
        self.fctx = s.5;
    }

    /// The AST file of `fid`.
    pub fn ast(&self, fid: FileId) -> Option<Rc<ast::File>> {
        self.files.get(&fid).cloned()
    }

    /// Marks a use of a package-level object from the current declaration
    /// (initialisation dependencies).
    pub fn add_dep(&mut self, obj: ObjId) {
        if let Some(d) = self.cur_decl {
            let o = self.obj(obj);
            if o.global && matches!(o.kind, ObjKind::Var | ObjKind::Func) && o.pkg == Some(self.pkg)
            {
                self.decls[d].deps.push(obj);
            }
        }
    }
}
