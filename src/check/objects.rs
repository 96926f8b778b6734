//! Objects (everything a name can denote), scopes and packages.
//!
//! Owns: `Object`, `ObjKind`, `Builtin`, `Scope`, `Package`.
//! Invariants: objects and scopes live in arenas (`Vec`) and are referred
//! to by index; a scope maps each name to at most one object; lookup walks
//! parent scopes outwards, ending at the universe.

use super::cval::Value;
use super::types::TypeId;
use crate::diag::FileId;
use crate::syntax::ast::Span;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    /// A variable: global, local, parameter, result, or struct field.
    Var,
    Const,
    TypeName,
    Func,
    /// An imported package name in a file scope.
    PkgName,
    Builtin(Builtin),
    Nil,
    Label,
}

/// Resolution state of a package-level object (for lazy, ordered
/// resolution and cycle detection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResState {
    Unresolved,
    InProgress,
    Done,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: String,
    /// The declaring package (`None` for universe objects).
    pub pkg: Option<PkgId>,
    pub ty: TypeId,
    pub file: FileId,
    /// Span of the declaring identifier.
    pub span: Span,
    /// The value of a constant.
    pub val: Option<Value>,
    /// Read somewhere (for "declared and not used").
    pub used: bool,
    /// Declared at package level.
    pub global: bool,
    /// For a local variable: the function (func decl or literal) it
    /// belongs to, as an index into `Program::funcs`.
    pub owner: u32,
    /// A local variable captured by a closure.
    pub captured: bool,
    /// A local variable whose address is taken (explicitly or implicitly).
    pub addr_taken: bool,
    /// For `PkgName`: the imported package.
    pub imported: Option<PkgId>,
    /// For a method: the receiver's base named type.
    pub recv_base: Option<TypeId>,
    /// For a method: its receiver is a pointer.
    pub ptr_recv: bool,
    /// For a generic function: its type parameters.
    pub tparams: Vec<TypeId>,
    /// Index of the package-level declaration (`decls`), if any.
    pub decl: Option<u32>,
    pub state: ResState,
    /// A struct field that is embedded.
    pub embedded: bool,
}

impl Object {
    pub fn new(kind: ObjKind, name: &str, pkg: Option<PkgId>, ty: TypeId) -> Object {
        Object {
            kind,
            name: name.to_string(),
            pkg,
            ty,
            file: 0,
            span: Span::default(),
            val: None,
            used: false,
            global: false,
            owner: 0,
            captured: false,
            addr_taken: false,
            imported: None,
            recv_base: None,
            ptr_recv: false,
            tparams: Vec::new(),
            decl: None,
            state: ResState::Done,
            embedded: false,
        }
    }
    pub fn exported(&self) -> bool {
        is_exported(&self.name)
    }
    /// A local variable that must live in a heap cell.
    pub fn escapes(&self) -> bool {
        self.captured || self.addr_taken
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Universe,
    Package,
    File,
    Func,
    Block,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub kind: ScopeKind,
    pub names: HashMap<String, ObjId>,
    /// Declaration order (for deterministic iteration).
    pub order: Vec<ObjId>,
}

/// One type-checked package.
#[derive(Clone, Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    /// The files, with their file scopes.
    pub files: Vec<FileId>,
    pub file_scopes: Vec<ScopeId>,
    /// Package-level variable initialisers in Go's initialisation order
    /// (indexes into `Program::var_inits`).
    pub var_inits: Vec<u32>,
    /// `init` functions in source order.
    pub inits: Vec<ObjId>,
    /// Every package-level function and method (generic ones included).
    pub funcs: Vec<ObjId>,
    /// Packages this one imports directly.
    pub imports: Vec<PkgId>,
    pub is_stdlib: bool,
}
