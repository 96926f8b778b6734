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
//!   Go's initialisation order), `init` functions in source order, and
//!   `funcs` (every package-level function and method object).
//! - `files`: the AST of every file, by `FileId`.
//! - `objects`: every object (`Object`): variables (global or local,
//!   parameters, results), constants (with `val`), type names, functions
//!   and methods (`recv_base`, `ptr_recv`, `tparams` for generic ones).
//!   A local variable with `escapes()` (captured by a closure, or its
//!   address taken explicitly or implicitly) must live in a heap cell.
//! - `types`: the `TypeTable`. `types.canon(t)` removes aliases; all
//!   facts below already hold canonical ids. `types.under(t)`,
//!   `types.named_info(t)` (name, methods, underlying, type arguments),
//!   `types.str(t, None)` (Go's type string, for `%T` use `type_string`).
//! - `facts` (`Facts`), keyed by `(FileId, NodeId)` of an `ast::Expr`:
//!   - `types`: the final type of every expression (untyped constants and
//!     untyped non-constant values such as comparisons and shifted
//!     constants carry the type they were converted to by context), its
//!     `Mode` (constant, variable = addressable, map index, value, type
//!     expression, builtin, novalue) and constant value if constant.
//!     The compiler inserts the implicit conversion of an operand to an
//!     assigned interface type by comparing the operand's fact type with
//!     the target type (given by the declared variable, parameter, result,
//!     element or field type).
//!   - `uses`: the object an identifier denotes; `defs`: keyed by
//!     `(FileId, span.lo)` of a declaring identifier.
//!   - `selections`: for `x.f`: field (path of field indexes through
//!     embedded fields, with implicit dereferences), method value (path
//!     to the embedded receiver, method object, whether the receiver must
//!     be addressed or dereferenced), method expression `T.m`, or a
//!     package member (then `uses` has the object too).
//!   - `calls`: for each `Call` node whether it is a conversion, a builtin
//!     call, or an ordinary call (with `variadic_pack` telling whether the
//!     trailing arguments are packed into a slice).
//!   - `instances`: an identifier or selector denoting a generic function
//!     instantiated with canonical type arguments.
//!   - `closures`: for each `FuncLit` node, its index in `funcs`.
//! - `funcs`: each function body (package-level functions and methods,
//!   and function literals): its parameter and result objects, receiver,
//!   signature, and for literals the captured variables.
//! - `instances`: every instantiation (generic function or method object,
//!   canonical type arguments), deduplicated; `subst` gives the compiler a
//!   substitution of type parameters (see `Program::subst`).

pub mod basic;
pub mod builtins;
pub mod call;
pub mod checker;
pub mod constant;
pub mod cval;
pub mod decl;
pub mod expr;
pub mod exprstr;
pub mod lookup;
pub mod objects;
pub mod stmt;
pub mod subst;
pub mod typexpr;
pub mod types;
pub mod universe;

use crate::diag::{Diagnostic, FileId, SourceMap};
use crate::syntax::ast::{self, NodeId};
use cval::Value;
use objects::*;
use std::collections::HashMap;
use std::rc::Rc;
use types::*;

pub use checker::Mode;

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
    Call { variadic_pack: bool },
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub obj: ObjId,
    pub targs: Vec<TypeId>,
}

#[derive(Default)]
pub struct Facts {
    pub types: HashMap<(FileId, NodeId), ExprFact>,
    pub uses: HashMap<(FileId, NodeId), ObjId>,
    pub defs: HashMap<(FileId, u32), ObjId>,
    pub selections: HashMap<(FileId, NodeId), Selection>,
    pub calls: HashMap<(FileId, NodeId), CallKind>,
    pub instances: HashMap<(FileId, NodeId), Instance>,
    pub closures: HashMap<(FileId, NodeId), u32>,
    /// Package-level var declaration index → `var_inits` index.
    pub var_init_of: HashMap<usize, u32>,
    pub func_setups: HashMap<ObjId, decl::FuncSetup>,
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
