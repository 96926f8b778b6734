//! The checker: Go's static semantics. See ARCHITECTURE.md.
//!
//! Entry point: `check_program`. It checks the main package and every
//! stdlib package it imports (transitively, each once, from the embedded
//! Go sources), and returns either every error (sorted by position, at
//! most 10, as Go prints them) or a `Program` for the compiler.
//!
//! # What `Program` holds (the compiler's contract)
//!
//! - `packages`: every package in initialisation order (dependencies
//!   first, `main` last). Each `Package` (see `objects.rs`) lists its
//!   files, `var_inits` (indexes into `Program::var_inits`, already in
//!   Go's initialisation order), `init` functions in source order, `funcs`
//!   (every package-level function and method object, generic ones
//!   included) and its direct imports.
//! - `files`: the AST of every file (user and stdlib), by `FileId`.
//! - `objects` (indexed by `ObjId`): variables (global or local,
//!   parameters, results, receivers), constants (`val`), type names,
//!   functions and methods (`recv_base` = the receiver's base named type,
//!   `ptr_recv`, `tparams` for generic functions), package names. A local
//!   variable with `escapes()` (captured by a closure, or its address
//!   taken explicitly, by a pointer-method call on it, or by slicing an
//!   array) must live in a heap cell. `owner` is the index in `funcs` of
//!   the function whose frame declares a local.
//! - `types`: the `TypeTable` (`types.rs`). `TypeId`s are interned:
//!   identical types have equal canonical ids; `types.canon(t)` removes
//!   aliases (`byte`, `any`, `type A = B`). Every id stored in `facts` is
//!   canonical. `types.get(t)` gives the `Type` (basic, pointer, slice,
//!   array, map, chan, struct with fields in layout order and embedded
//!   flags, func `Sig` (variadic last parameter is a slice), interface
//!   (flattened, methods sorted by name: the method table order), tuple,
//!   named, type parameter). `types.under(t)`, `types.named_info(t)`
//!   (name, package, methods (objects), underlying, for instances `origin`
//!   and `targs`), `types.str(t, None)` (Go's type string, e.g. for `%T`;
//!   pass the package to leave it unqualified).
//! - `facts` (`Facts`), keyed by `(FileId, NodeId)` of an `ast::Expr`:
//!   - `types`: final type, `Mode` (Const, Var = addressable, MapIndex,
//!     Value, CommaOk, TypeExpr, Builtin, NoValue) and constant value of
//!     every expression. Untyped constants and untyped non-constant
//!     values (comparisons, shifts of untyped constants) carry the type
//!     the context converted them to (their default type when assigned to
//!     an interface). An operand assigned to an interface type keeps its
//!     concrete type here: the compiler boxes it when the fact type is not
//!     an interface and the target (variable, parameter, result, element,
//!     field, map key/value, channel element) is.
//!   - `uses`: the object an identifier (or qualified `pkg.Name`
//!     selector) denotes; `defs`: keyed by `(FileId, span.lo)` of each
//!     declaring identifier (params, `:=`, var/const/type/func names).
//!   - `selections`: for `x.f`: `Field` (path of field indexes through
//!     embedded fields; `indirect` when a pointer is followed), `Method`
//!     (method object, or `iface` for dynamic dispatch; `path` to the
//!     embedded receiver; `addr_recv`: take `&x` for a pointer method on
//!     an addressable value; `deref_recv`: dereference for a value method
//!     through a pointer), `MethodExpr` (`T.m`, `(*T).m`: a function whose
//!     first parameter is the receiver), `PkgMember`.
//!   - `calls`: per `Call` node: `Conversion(T)`, `Builtin(b)`, or `Call {
//!     variadic_pack }` (pack trailing arguments into a slice; false for
//!     `f(xs...)`). A single multi-value argument `f(g())` is spread.
//!   - `comma_ok`: the expressions used in a two-value assignment
//!     (`v, ok := m[k]`, `x.(T)`, `<-ch`).
//!   - `instances`: an identifier or selector denoting an instantiated
//!     generic function, with its canonical type arguments.
//!   - `closures`: each `FuncLit` node's index in `funcs`.
//!   - `case_objs`: the implicit variable of each type switch clause.
//! - `funcs`: each function body (package-level functions, methods,
//!   function literals): parameters, results, receiver, signature, and for
//!   literals the captured variables of enclosing functions.
//! - `instances`: every instantiation of a generic function (object,
//!   canonical type arguments), deduplicated. Generic bodies are checked
//!   once in terms of their type parameters; type arguments recorded
//!   inside a generic body may themselves mention that body's type
//!   parameters (substitute them with the enclosing instance's). Generic
//!   named types are instantiated in the type table (`origin`, `targs`).
//!   `Program::subst` substitutes type parameters for monomorphisation.

pub mod basic;
pub mod builtins;
pub mod call;
pub mod checker;
pub mod complit;
pub mod constant;
pub mod cval;
pub mod decl;
pub mod expr;
pub mod exprstr;
pub mod labels;
pub mod lookup;
pub mod objects;
pub mod stmt;
pub mod subst;
#[cfg(test)]
mod tests;
pub mod types;
pub mod typexpr;
pub mod universe;

use crate::diag::{Diagnostic, FileId, SourceMap};
use crate::syntax::ast::{self, NodeId};
use cval::Value;
use objects::*;
use std::collections::HashMap;
use std::sync::Arc as Rc;
use types::*;

pub use checker::Mode;

/// A fast hasher for the small integer keys of the fact tables.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;

/// Facts about one expression.
#[derive(Clone, Debug)]
pub struct ExprFact {
    pub ty: TypeId,
    pub mode: Mode,
    pub val: Option<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`, a struct field.
    Field,
    /// `x.m`, a method value or call receiver.
    Method,
    /// `T.m` or `(*T).m`.
    MethodExpr,
    /// `pkg.Name`.
    PkgMember,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The field, method or package member.
    pub obj: Option<ObjId>,
    /// Field indexes through embedded fields; for a field, the last index
    /// is the field itself; for a method, the path to the embedded value
    /// whose method it is.
    pub path: Vec<usize>,
    /// Some step of `path` (or `x` itself) goes through a pointer.
    pub indirect: bool,
    /// For methods: the receiver value's address must be taken (pointer
    /// method on an addressable value) or the receiver dereferenced
    /// (value method through a pointer).
    pub addr_recv: bool,
    pub deref_recv: bool,
    /// For methods on interfaces: dynamic dispatch.
    pub iface: bool,
    /// Type of the selector expression.
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub enum CallKind {
    Conversion(TypeId),
    Builtin(Builtin),
    /// An ordinary call; `variadic_pack` when the trailing arguments are
    /// packed into a `[]T` (false for `f(xs...)`).
    Call {
        variadic_pack: bool,
    },
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub obj: ObjId,
    pub targs: Vec<TypeId>,
}

#[derive(Default)]
pub struct Facts {
    pub types: FastMap<(FileId, NodeId), ExprFact>,
    pub uses: FastMap<(FileId, NodeId), ObjId>,
    pub defs: FastMap<(FileId, u32), ObjId>,
    pub selections: FastMap<(FileId, NodeId), Selection>,
    pub calls: FastMap<(FileId, NodeId), CallKind>,
    pub instances: FastMap<(FileId, NodeId), Instance>,
    pub closures: FastMap<(FileId, NodeId), u32>,
    /// Package-level var declaration index → `var_inits` index.
    pub var_init_of: HashMap<usize, u32>,
    pub func_setups: HashMap<ObjId, decl::FuncSetup>,
    /// Expressions used in a comma-ok assignment (`v, ok := m[k]`).
    pub comma_ok: std::collections::HashSet<(FileId, NodeId)>,
    /// The implicit variable of each type switch clause, keyed by the
    /// clause's `head_span.lo`.
    pub case_objs: FastMap<(FileId, u32), ObjId>,
}

/// One function body.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// The function or method object (None for a literal).
    pub obj: Option<ObjId>,
    /// The literal's node.
    pub lit: Option<(FileId, NodeId)>,
    pub file: FileId,
    /// Variables of enclosing functions used by this literal.
    pub captures: Vec<ObjId>,
    pub params: Vec<ObjId>,
    pub results: Vec<ObjId>,
    pub recv: Option<ObjId>,
    pub sig: TypeId,
}

/// A package-level `var` spec with initial values.
#[derive(Clone, Debug)]
pub struct VarInit {
    pub lhs: Vec<ObjId>,
    pub file: FileId,
    /// Indexes of the `Decl::Var` and its spec in the file.
    pub decl: u32,
    pub spec: u32,
}

/// The checked program handed to the compiler.
pub struct Program {
    pub packages: Vec<Package>,
    pub files: HashMap<FileId, Rc<ast::File>>,
    pub objects: Vec<Object>,
    pub types: TypeTable,
    pub facts: Facts,
    pub funcs: Vec<FuncInfo>,
    pub var_inits: Vec<VarInit>,
    pub instances: Vec<(ObjId, Vec<TypeId>)>,
}

impl Program {
    /// Substitutes type parameters in `t` (`tparams[i]` → `targs[i]`).
    pub fn subst(&mut self, t: TypeId, tparams: &[TypeId], targs: &[TypeId]) -> TypeId {
        subst::subst_table(&mut self.types, t, tparams, targs)
    }
    /// The type of an expression.
    pub fn type_of(&self, file: FileId, id: NodeId) -> Option<TypeId> {
        self.facts.types.get(&(file, id)).map(|f| f.ty)
    }
}

/// Options that relax Go's rules (the REPL drops the "unused" errors).
#[derive(Clone, Copy, Default)]
pub struct CheckOptions {
    pub allow_unused: bool,
}

/// Type-checks the main package (its files already parsed) together with
/// every package it imports, loaded from the embedded stdlib. Errors come
/// back sorted by position.
pub fn check_program(
    sources: &mut SourceMap,
    main_files: Vec<(FileId, ast::File)>,
    opts: CheckOptions,
) -> Result<Program, Vec<Diagnostic>> {
    let mut c = checker::Checker::new(sources, opts);
    let main_ids: Vec<FileId> = main_files.iter().map(|(f, _)| *f).collect();
    // The runtime package is always loaded: recover builds its run-time
    // error values (golite's runtime.makePanicError).
    let runtime = c.import("runtime");
    let main = c.check_package("main", main_files, false);
    c.finish_instances();
    let mut diags = std::mem::take(&mut c.diags);
    // Errors in stdlib packages are golite bugs; they still stop the
    // program, but user errors come first.
    diags.sort_by_key(|d| (!main_ids.contains(&d.file), d.file, d.span.lo));
    diags.dedup_by(|a, b| a.file == b.file && a.span.lo == b.span.lo);
    if !diags.is_empty() {
        return Err(diags);
    }
    // Packages in initialisation order: dependencies first.
    let mut order = Vec::new();
    let mut seen = std::collections::HashSet::new();
    fn visit(
        p: PkgId,
        pkgs: &[Package],
        seen: &mut std::collections::HashSet<PkgId>,
        order: &mut Vec<PkgId>,
    ) {
        if !seen.insert(p) {
            return;
        }
        for &i in &pkgs[p.0 as usize].imports {
            visit(i, pkgs, seen, order);
        }
        order.push(p);
    }
    if let Some(rt) = runtime {
        visit(rt, &c.pkgs, &mut seen, &mut order);
    }
    visit(main, &c.pkgs, &mut seen, &mut order);
    let packages = order.iter().map(|p| c.pkgs[p.0 as usize].clone()).collect();
    Ok(Program {
        packages,
        files: std::mem::take(&mut c.files),
        objects: std::mem::take(&mut c.objs),
        types: std::mem::take(&mut c.tt),
        facts: std::mem::take(&mut c.facts),
        funcs: std::mem::take(&mut c.funcs),
        var_inits: std::mem::take(&mut c.var_inits),
        instances: std::mem::take(&mut c.instances),
    })
}
