//! The bytecode compiler: `check::Program` → `bytecode::Module`.
//!
//! Owns: register allocation (a bump allocator per function: locals get
//! registers for the whole function, temporaries are released at the end
//! of each statement), instruction selection by static type, and the
//! lazy discovery of reachable functions (a worklist starting at the
//! entry; stdlib bodies are compiled only when called). Invariants: every
//! emitted register is below the function's `nregs`; a construct this
//! compiler does not support yet compiles to `Fail` (a Go panic naming
//! the feature at run time), never to a Rust panic.

pub mod bytecode;
mod chans;
mod closure;
mod defers;
pub mod iface;
pub mod maps;
mod place;

use crate::check::basic::BasicKind;
use crate::check::objects::{Builtin, ObjId, ObjKind};
use crate::check::types::{Type, TypeId};
use crate::check::{CallKind, Program, SelectionKind};
use crate::diag::FileId;
use crate::gc::{LayoutDesc, LayoutId, LayoutKind};
use crate::syntax::ast::{self, AssignOp, BinOp, Expr, ExprKind, Stmt, StmtKind, UnOp};
use bytecode::*;
use std::collections::HashMap;
use std::sync::Arc;

#[cfg(test)]
mod tests;

/// Why an expression or statement could not be compiled.
type CResult<T> = Result<T, String>;

enum Callee {
    Go(u32),
    Native(u32),
}

enum CallTarget {
    Static(Callee),
    /// A method: its receiver in registers, of the given type.
    Method(Callee, Reg, TypeId),
    /// A func value in a register.
    Value(Reg),
    /// Dynamic dispatch: the interface value's register, its interface
    /// type and the method's index.
    Iface(Reg, TypeId, u32),
}

struct Loop {
    label: Option<String>,
    breaks: Vec<usize>,
    conts: Vec<usize>,
    is_switch: bool,
}

#[derive(Default)]
struct FnState {
    code: Vec<Op>,
    lines: Vec<u32>,
    next: u32,
    max: u32,
    locals: HashMap<ObjId, Reg>,
    file: FileId,
    results: Reg,
    result_types: Vec<TypeId>,
    /// The result variables (named or not), in order.
    result_objs: Vec<ObjId>,
    named_results: bool,
    loops: Vec<Loop>,
    pending_label: Option<String>,
    span: u32,
    /// Locals living in heap cells: the register holding the cell pointer.
    cells: HashMap<ObjId, Reg>,
    /// Go's name of the function being compiled (for closure names).
    name: String,
    /// Function literals seen so far in this function.
    nlits: u32,
    /// Defers, the return epilogue, labels and gotos.
    dfr: defers::FnDefers,
}

struct Compiler {
    p: Program,
    funcs: Vec<Function>,
    fn_ids: HashMap<ObjId, u32>,
    natives: HashMap<String, u32>,
    native_names: Vec<String>,
    queue: Vec<(u32, ObjId)>,
    strings: Vec<Vec<u8>>,
    string_ids: HashMap<Vec<u8>, u32>,
    elems: Vec<ElemInfo>,
    elem_ids: HashMap<TypeId, u32>,
    maps: Vec<maps::MapInfo>,
    map_ids: HashMap<TypeId, u32>,
    globals: HashMap<ObjId, u32>,
    /// Heap shape of the globals object, grown as globals are assigned.
    global_shape: Vec<Slot>,
    closures: Vec<ClosureInfo>,
    selects: Vec<SelectInfo>,
    closure_ids: HashMap<(u32, Vec<Slot>), u32>,
    lit_queue: Vec<closure::LitJob>,
    /// Bound-method wrapper function per method object.
    wrappers: HashMap<ObjId, u32>,
    /// Library globals whose initialiser could not be compiled, and why.
    broken_globals: HashMap<ObjId, String>,
    file_pkg: HashMap<FileId, String>,
    /// (file, name span start) → index of the `Decl::Func` in the file.
    func_decls: HashMap<(FileId, u32), usize>,
    f: FnState,
    iface: iface::IfaceCtx,
}

/// Compiles a checked program. Never fails: unsupported constructs become
/// run-time failures at the point they are reached.
pub fn compile(p: Program) -> Module {
    let mut file_pkg = HashMap::new();
    for pk in &p.packages {
        for &f in &pk.files {
            let path = if pk.is_stdlib {
                pk.path.clone()
            } else {
                pk.name.clone()
            };
            file_pkg.insert(f, path);
        }
    }
    let mut func_decls = HashMap::new();
    for (&fid, file) in &p.files {
        for (i, d) in file.decls.iter().enumerate() {
            if let ast::Decl::Func(fd) = d {
                func_decls.insert((fid, fd.name.span.lo), i);
            }
        }
    }
    let mut c = Compiler {
        p,
        func_decls,
        funcs: Vec::new(),
        fn_ids: HashMap::new(),
        natives: HashMap::new(),
        native_names: Vec::new(),
        queue: Vec::new(),
        strings: Vec::new(),
        string_ids: HashMap::new(),
        elems: Vec::new(),
        elem_ids: HashMap::new(),
        maps: Vec::new(),
        map_ids: HashMap::new(),
        globals: HashMap::new(),
        global_shape: Vec::new(),
        closures: Vec::new(),
        selects: Vec::new(),
        closure_ids: HashMap::new(),
        lit_queue: Vec::new(),
        wrappers: HashMap::new(),
        broken_globals: HashMap::new(),
        file_pkg,
        f: FnState::default(),
        iface: iface::IfaceCtx::default(),
    };
    let entry = c.compile_entry();
    loop {
        if let Some((idx, obj)) = c.queue.pop() {
            let fun = c.compile_decl(obj);
            c.funcs[idx as usize] = fun;
        } else if !c.lit_queue.is_empty() {
            c.compile_lits();
        } else if !c.close_method_tables() {
            break;
        }
    }
    let methods = HashMap::new();
    let ptr_words: Vec<u32> = (0..c.global_shape.len() as u32)
        .filter(|&i| c.global_shape[i as usize] != Slot::S)
        .collect();
    let nglobals = c.global_shape.len().max(1) as u32;
    let globals_layout = LayoutId::register(&LayoutDesc {
        name: "globals".into(),
        kind: LayoutKind::Words,
        elem_words: nglobals,
        ptr_words,
        immutable: false,
    });
    Module {
        funcs: c.funcs,
        strings: c.strings,
        elems: c.elems,
        maps: c.maps,
        boxes: Vec::new(),
        natives: c.native_names,
        closures: c.closures,
        selects: c.selects,
        nglobals,
        globals_layout,
        entry,
        types: std::mem::take(&mut c.p.types),
        methods,
        pkg_paths: Vec::new(),
        iface: std::mem::take(&mut c.iface.tables),
    }
}

fn is_signed(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune
    )
}

fn ext_kind(k: BasicKind) -> Option<IntK> {
    use BasicKind::*;
    match k {
        Int8 => Some(IntK::I8),
        Int16 => Some(IntK::I16),
        Int32 | UntypedRune => Some(IntK::I32),
        Uint8 => Some(IntK::U8),
        Uint16 => Some(IntK::U16),
        Uint32 => Some(IntK::U32),
        _ => None,
    }
}

fn go_size_class(n: usize) -> usize {
    const CLASSES: [usize; 67] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768,
    ];
    if n <= 32768 {
        for &c in &CLASSES {
            if c >= n {
                return c;
            }
        }
    }
    n.div_ceil(8192).saturating_mul(8192)
}

/// Go's append growth (runtime.growslice + roundupsize): the new capacity
/// for `old` elements growing to at least `needed`, elements of `size`
/// bytes.
pub fn grow_cap(old: usize, needed: usize, size: usize) -> usize {
    let mut newcap = old;
    let double = old.saturating_add(old);
    if needed > double {
        newcap = needed;
    } else if old < 256 {
        newcap = double;
    } else {
        while newcap < needed {
            newcap = newcap.saturating_add((newcap + 768) / 4);
        }
    }
    if size == 0 {
        return newcap.max(needed);
    }
    let bytes = go_size_class(newcap.saturating_mul(size));
    (bytes / size).max(needed)
}

impl Compiler {
    // ───────────── types ─────────────

    fn canon(&self, t: TypeId) -> TypeId {
        self.p.types.canon(t)
    }
    fn under(&self, t: TypeId) -> Type {
        let u = self.p.types.under(self.canon(t));
        self.p.types.get(u).clone()
    }
    fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(k),
            _ => None,
        }
    }
    fn is_iface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }
    fn shape(&self, t: TypeId, out: &mut Vec<Slot>) {
        match self.under(t) {
            Type::Basic(k) => match k {
                BasicKind::String | BasicKind::UntypedString => out.push(Slot::P),
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    out.push(Slot::S);
                    out.push(Slot::S)
                }
                _ => out.push(Slot::S),
            },
            Type::Slice(_) => out.push(Slot::Sl),
            Type::Struct(fs) => {
                for f in fs {
                    self.shape(f.ty, out)
                }
            }
            Type::Array(n, e) => {
                for _ in 0..n.min(1 << 20) {
                    self.shape(e, out)
                }
            }
            Type::Tuple(ts) => {
                for t in ts {
                    self.shape(t, out)
                }
            }
            _ => out.push(Slot::P),
        }
    }
    fn nregs(&self, t: TypeId) -> u32 {
        let mut v = Vec::new();
        self.shape(t, &mut v);
        v.iter().map(|s| if *s == Slot::Sl { 4 } else { 1 }).sum()
    }
    fn go_size(&self, t: TypeId) -> usize {
        match self.under(t) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => 1,
                BasicKind::Int16 | BasicKind::Uint16 => 2,
                BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => 4,
                BasicKind::String | BasicKind::Complex128 => 16,
                _ => 8,
            },
            Type::Slice(_) => 24,
            Type::Interface(_) => 16,
            Type::Struct(fs) => {
                let mut s = 0usize;
                let mut al = 1usize;
                for f in fs {
                    let fs = self.go_size(f.ty);
                    let a = self.go_align(f.ty);
                    al = al.max(a);
                    s = s.next_multiple_of(a) + fs;
                }
                s.next_multiple_of(al)
            }
            Type::Array(n, e) => (n as usize).saturating_mul(self.go_size(e)),
            _ => 8,
        }
    }
    fn go_align(&self, t: TypeId) -> usize {
        match self.under(t) {
            Type::Struct(fs) => fs.iter().map(|f| self.go_align(f.ty)).max().unwrap_or(1),
            Type::Array(_, e) => self.go_align(e),
            _ => self.go_size(t).clamp(1, 8),
        }
    }
    fn elem(&mut self, t: TypeId) -> u32 {
        let t = self.canon(t);
        if let Some(&i) = self.elem_ids.get(&t) {
            return i;
        }
        let mut shape = Vec::new();
        self.shape(t, &mut shape);
        let regs = shape
            .iter()
            .map(|s| if *s == Slot::Sl { 4 } else { 1 })
            .sum();
        let ptr_words: Vec<u32> = (0..shape.len() as u32)
            .filter(|&i| shape[i as usize] != Slot::S)
            .collect();
        let layout = if shape.is_empty() {
            LayoutId::SCALARS
        } else {
            LayoutId::register(&LayoutDesc {
                name: self.p.types.str(t, None),
                kind: LayoutKind::Words,
                elem_words: shape.len() as u32,
                ptr_words: ptr_words.clone(),
                immutable: false,
            })
        };
        let box_layout = LayoutId::register(&LayoutDesc {
            name: format!("box {}", self.p.types.str(t, None)),
            kind: LayoutKind::Words,
            elem_words: shape.len() as u32 + 1,
            ptr_words: ptr_words.iter().map(|i| i + 1).collect(),
            immutable: true,
        });
        let info = ElemInfo {
            ty: t,
            shape,
            regs,
            layout,
            box_layout,
            go_size: self.go_size(t),
        };
        let i = self.elems.len() as u32;
        self.elems.push(info);
        self.elem_ids.insert(t, i);
        i
    }

    // ───────────── facts ─────────────

    fn ty(&self, e: &Expr) -> TypeId {
        let t = self
            .p
            .facts
            .types
            .get(&(self.f.file, e.id))
            .map(|f| f.ty)
            .unwrap_or_default();
        self.canon(t)
    }
    fn cval(&self, e: &Expr) -> Option<crate::check::cval::Value> {
        self.p
            .facts
            .types
            .get(&(self.f.file, e.id))
            .and_then(|f| f.val.clone())
    }
    fn use_of(&self, e: &Expr) -> Option<ObjId> {
        self.p.facts.uses.get(&(self.f.file, e.id)).copied()
    }
    fn def_of(&self, id: &ast::Ident) -> Option<ObjId> {
        self.p.facts.defs.get(&(self.f.file, id.span.lo)).copied()
    }

    // ───────────── emission ─────────────

    fn emit(&mut self, op: Op) -> usize {
        self.f.code.push(op);
        self.f.lines.push(self.f.span);
        self.f.code.len() - 1
    }
    fn pc(&self) -> u32 {
        self.f.code.len() as u32
    }
    fn patch(&mut self, at: usize, to: u32) {
        match &mut self.f.code[at] {
            Op::Jmp { to: t }
            | Op::JmpT { to: t, .. }
            | Op::JmpF { to: t, .. }
            | Op::JLtI { to: t, .. }
            | Op::JGeI { to: t, .. }
            | Op::JLeI { to: t, .. }
            | Op::JGtI { to: t, .. } => *t = to,
            _ => {}
        }
    }
    fn alloc(&mut self, n: u32) -> Reg {
        let r = self.f.next;
        self.f.next += n;
        self.f.max = self.f.max.max(self.f.next);
        r
    }
    fn str_const(&mut self, s: &[u8]) -> u32 {
        if let Some(&i) = self.string_ids.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_vec());
        self.string_ids.insert(s.to_vec(), i);
        i
    }
    fn fail(&mut self, msg: &str) {
        let k = self.str_const(msg.as_bytes());
        self.emit(Op::Fail { k });
    }

    // ───────────── functions ─────────────

    fn callee(&mut self, obj: ObjId) -> CResult<Callee> {
        if let Some(&i) = self.fn_ids.get(&obj) {
            return Ok(Callee::Go(i));
        }
        let o = &self.p.objects[obj.0 as usize];
        if !o.tparams.is_empty() {
            return Err("generic functions".into());
        }
        let pkg = self.file_pkg.get(&o.file).cloned().unwrap_or_default();
        let body = self.decl_of(obj).is_some();
        if !body {
            let mut name = pkg.clone();
            if let Some(rb) = o.recv_base {
                if let Some(ni) = self.p.types.named_info(rb) {
                    name = format!("{name}.{}", ni.name);
                }
            }
            let name = format!("{name}.{}", o.name);
            let n = self.native_names.len() as u32;
            let id = *self.natives.entry(name.clone()).or_insert(n);
            if id == n {
                self.native_names.push(name);
            }
            return Ok(Callee::Native(id));
        }
        let idx = self.funcs.len() as u32;
        self.funcs.push(Function::default());
        self.fn_ids.insert(obj, idx);
        self.queue.push((idx, obj));
        Ok(Callee::Go(idx))
    }

    /// The file and declaration index of a function object with a body.
    fn decl_of(&self, obj: ObjId) -> Option<(Arc<ast::File>, usize)> {
        let o = &self.p.objects[obj.0 as usize];
        let file = self.p.files.get(&o.file)?.clone();
        let d = *self.func_decls.get(&(o.file, o.span.lo))?;
        match file.decls.get(d) {
            Some(ast::Decl::Func(fd)) if fd.body.is_some() => Some((file, d)),
            _ => None,
        }
    }

    fn compile_entry(&mut self) -> u32 {
        let idx = self.funcs.len() as u32;
        self.funcs.push(Function::default());
        self.f = FnState {
            name: "golite.init".into(),
            ..FnState::default()
        };
        // Every package in initialisation order: its variable initialisers
        // (already in Go's order), then its init functions; then main.main.
        let pkgs = self.p.packages.clone();
        for pk in &pkgs {
            for &vi in &pk.var_inits {
                let init = self.p.var_inits[vi as usize].clone();
                self.f.file = init.file;
                let file = self.p.files.get(&init.file).cloned();
                let Some(file) = file else { continue };
                if let Some(ast::Decl::Var(g)) = file.decls.get(init.decl as usize) {
                    if let Some(spec) = g.specs.get(init.spec as usize) {
                        let save = self.f.next;
                        let at = self.f.code.len();
                        if let Err(e) = self.var_spec_globals(&init.lhs, spec) {
                            if pk.is_stdlib {
                                // A library variable whose initialiser uses
                                // what the compiler lacks fails where used.
                                self.f.code.truncate(at);
                                self.f.lines.truncate(at);
                                for &l in &init.lhs {
                                    self.broken_globals.insert(l, e.clone());
                                }
                            } else {
                                self.fail(&e);
                            }
                        }
                        self.f.next = save;
                    }
                }
            }
            for &i in &pk.inits {
                if let Ok(Callee::Go(f)) = self.callee(i) {
                    let base = self.f.next;
                    self.emit(Op::Call { f, base });
                }
            }
            let is_main = !pk.is_stdlib && pk.name == "main";
            if !is_main {
                continue;
            }
            let scope = &self.p_scope_main(pk);
            if let Some(m) = scope {
                if let Ok(Callee::Go(f)) = self.callee(*m) {
                    let base = self.f.next;
                    self.emit(Op::Call { f, base });
                }
            }
        }
        self.emit(Op::Ret { s: 0, n: 0 });
        let f = std::mem::take(&mut self.f);
        self.funcs[idx as usize] = Function {
            name: "golite.init".into(),
            nparams: 0,
            nresults: 0,
            nregs: f.max + 1,
            code: f.code,
            lines: f.lines,
            file: String::new(),
        };
        idx
    }

    fn p_scope_main(&self, pk: &crate::check::objects::Package) -> Option<ObjId> {
        pk.funcs.iter().copied().find(|&o| {
            let ob = &self.p.objects[o.0 as usize];
            ob.name == "main" && ob.recv_base.is_none()
        })
    }

    fn var_spec_globals(&mut self, lhs: &[ObjId], spec: &ast::ValueSpec) -> CResult<()> {
        if spec.values.len() == lhs.len() {
            for (i, v) in spec.values.iter().enumerate() {
                let t = self.p.objects[lhs[i].0 as usize].ty;
                let n = self.nregs(t);
                let r = self.alloc(n.max(1));
                self.expr_as(v, t, r)?;
                if self.p.objects[lhs[i].0 as usize].name == "_" {
                    continue;
                }
                if let Some(pl) = self.var_place(lhs[i]) {
                    self.store_place(&pl, r)?;
                }
            }
        } else if spec.values.len() == 1 {
            let base = self.multi(&spec.values[0])?;
            let mut off = 0;
            for &l in lhs {
                let t = self.p.objects[l.0 as usize].ty;
                let n = self.nregs(t);
                if self.p.objects[l.0 as usize].name != "_" {
                    if let Some(pl) = self.var_place(l) {
                        self.store_place(&pl, base + off)?;
                    }
                }
                off += n;
            }
        }
        Ok(())
    }

    fn compile_decl(&mut self, obj: ObjId) -> Function {
        let o = self.p.objects[obj.0 as usize].clone();
        let name = match o.recv_base.and_then(|rb| self.p.types.named_info(rb)) {
            Some(ni) => format!(
                "{}.{}{}.{}",
                self.file_pkg.get(&o.file).cloned().unwrap_or_default(),
                if o.ptr_recv { "(*" } else { "" },
                ni.name.clone() + if o.ptr_recv { ")" } else { "" },
                o.name
            ),
            None => format!(
                "{}.{}",
                self.file_pkg.get(&o.file).cloned().unwrap_or_default(),
                o.name
            ),
        };
        let info = self.p.funcs.iter().find(|f| f.obj == Some(obj)).cloned();
        let file = self.decl_of(obj);
        self.f = FnState {
            file: o.file,
            name: name.clone(),
            ..FnState::default()
        };
        match (info, file) {
            (Some(info), Some((file, di))) => {
                let fd = match &file.decls[di] {
                    ast::Decl::Func(fd) => fd.clone(),
                    _ => unreachable_decl(),
                };
                self.compile_body(name, &info, fd.body.as_ref(), |_| {})
            }
            _ => {
                self.fail("function without body");
                let f = std::mem::take(&mut self.f);
                Function {
                    name,
                    nregs: f.max + 1,
                    code: f.code,
                    lines: f.lines,
                    ..Function::default()
                }
            }
        }
    }

    /// Compiles one function body into a `Function`; `self.f` is already
    /// set up (file, name). `prologue` runs after the parameters and
    /// results have registers and before escaping ones move to cells.
    fn compile_body(
        &mut self,
        name: String,
        info: &crate::check::FuncInfo,
        body: Option<&ast::Block>,
        prologue: impl FnOnce(&mut Compiler),
    ) -> Function {
        let mut nparams = 0;
        let mut nresults = 0;
        let mut params = Vec::new();
        for &p in info.recv.iter().chain(info.params.iter()) {
            let n = self.nregs(self.p.objects[p.0 as usize].ty);
            let r = self.alloc(n);
            params.push((p, r));
            nparams += n;
        }
        self.f.results = self.f.next;
        let mut results = Vec::new();
        for &p in &info.results {
            let po = self.p.objects[p.0 as usize].clone();
            let n = self.nregs(po.ty);
            let r = self.alloc(n);
            self.f.result_types.push(po.ty);
            self.f.result_objs.push(p);
            if !po.name.is_empty() && po.name != "_" {
                self.f.named_results = true;
            }
            results.push((p, r, n));
            nresults += n;
        }
        prologue(self);
        for (p, r) in params {
            if self.in_cell(p) {
                self.declare_local(p, Some(r));
            } else {
                self.f.locals.insert(p, r);
            }
        }
        for (p, r, n) in results {
            if self.in_cell(p) {
                self.declare_local(p, None);
            } else {
                self.emit(Op::Zero { d: r, n });
                self.f.locals.insert(p, r);
            }
        }
        self.f.dfr.has_defer = body.is_some_and(|b| defers::stmts_have_defer(&b.stmts));
        match body {
            Some(body) => {
                if let Err(e) = self.block(&body.stmts) {
                    self.fail(&e);
                }
            }
            None => self.fail("function without body"),
        }
        if !self.finish_body(info.results.is_empty()) {
            if info.results.is_empty() {
                self.emit(Op::Ret { s: 0, n: 0 });
            } else {
                self.fail("missing return");
            }
        }
        let f = std::mem::take(&mut self.f);
        Function {
            name,
            nparams,
            nresults,
            nregs: f.max + 1,
            code: f.code,
            lines: f.lines,
            file: String::new(),
        }
    }

    // ───────────── statements ─────────────

    fn block(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.f.span = s.span.lo;
        let save = self.f.next;
        let start = self.f.code.len();
        let r = self.stmt_inner(s);
        if let Err(e) = &r {
            // Drop the partial code (its jumps are unpatched): the
            // statement fails where it starts.
            self.f.code.truncate(start);
            self.f.lines.truncate(start);
            self.f.dfr.truncate(start);
            let e = e.clone();
            self.fail(&e);
        }
        // Temporaries die at the end of the statement; locals declared by it
        // stay (they were allocated below any later temporaries).
        let locals_top = self
            .f
            .locals
            .values()
            .copied()
            .max()
            .map(|r| r + 8)
            .unwrap_or(0);
        let _ = locals_top;
        if !matches!(
            s.kind,
            StmtKind::Assign {
                op: AssignOp::Define,
                ..
            } | StmtKind::Decl(_)
        ) {
            self.f.next = self.f.next.min(save.max(self.f.next));
            self.f.next = save;
        }
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Expr(e) => {
                self.expr_discard(e)?;
                Ok(())
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Decl(d) => match d {
                ast::Decl::Var(g) => {
                    for spec in &g.specs {
                        let objs: Vec<Option<ObjId>> =
                            spec.names.iter().map(|n| self.def_of(n)).collect();
                        let is_blank =
                            |c: &Compiler, o: ObjId| c.p.objects[o.0 as usize].name == "_";
                        if spec.values.is_empty() {
                            for o in objs.into_iter().flatten() {
                                if !is_blank(self, o) {
                                    self.declare_local(o, None);
                                }
                            }
                        } else if spec.values.len() == objs.len() {
                            let mut regs = Vec::new();
                            for (i, v) in spec.values.iter().enumerate() {
                                let t = match objs[i] {
                                    Some(o) => self.p.objects[o.0 as usize].ty,
                                    None => self.ty(v),
                                };
                                let n = self.nregs(t);
                                let r = self.alloc(n.max(1));
                                self.expr_as(v, t, r)?;
                                regs.push(r);
                            }
                            for (i, o) in objs.into_iter().enumerate() {
                                if let Some(o) = o {
                                    if !is_blank(self, o) {
                                        self.declare_local(o, Some(regs[i]));
                                    }
                                }
                            }
                        } else {
                            let base = self.multi(&spec.values[0])?;
                            let mut off = 0;
                            for o in objs.into_iter().flatten() {
                                let t = self.p.objects[o.0 as usize].ty;
                                let n = self.nregs(t);
                                if !is_blank(self, o) {
                                    self.declare_local(o, Some(base + off));
                                }
                                off += n;
                            }
                        }
                    }
                    Ok(())
                }
                _ => Ok(()),
            },
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(lhs, *op, rhs),
            StmtKind::IncDec { x, inc, .. } => {
                let t = self.ty(x);
                let one = self.alloc(1);
                match self.basic(t) {
                    Some(BasicKind::Float64) | Some(BasicKind::Float32) => {
                        self.emit(Op::LoadInt {
                            d: one,
                            v: 1f64.to_bits() as i64,
                        });
                    }
                    _ => {
                        self.emit(Op::LoadInt { d: one, v: 1 });
                    }
                }
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                self.op_assign(x, op, None, Some(one))
            }
            StmtKind::Return(es) => self.ret(es),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let jf = self.cond_jump_false(cond)?;
                self.block(&then.stmts)?;
                if let Some(e) = els {
                    let j = self.emit(Op::Jmp { to: 0 });
                    let here = self.pc();
                    self.patch(jf, here);
                    self.stmt(e)?;
                    let here = self.pc();
                    self.patch(j, here);
                } else {
                    let here = self.pc();
                    self.patch(jf, here);
                }
                Ok(())
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let label = self.f.pending_label.take();
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                // Go 1.22: each iteration has its own copy of the variables
                // the init statement declares; those in cells get a fresh
                // cell before the post statement.
                let mut per_iter = Vec::new();
                if let Some(i) = init {
                    if let StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        ..
                    } = &i.kind
                    {
                        for l in lhs {
                            if let ExprKind::Ident(id) = &l.kind {
                                if let Some(o) = self.def_of(id) {
                                    if let Some(&p) = self.f.cells.get(&o) {
                                        let t = self.p.objects[o.0 as usize].ty;
                                        per_iter.push((p, self.elem(t)));
                                    }
                                }
                            }
                        }
                    }
                }
                let top = self.pc();
                let jf = match cond {
                    Some(c) => Some(self.cond_jump_false(c)?),
                    None => None,
                };
                self.f.loops.push(Loop {
                    label,
                    breaks: vec![],
                    conts: vec![],
                    is_switch: false,
                });
                self.block(&body.stmts)?;
                let l = self.f.loops.pop().unwrap_or(Loop {
                    label: None,
                    breaks: vec![],
                    conts: vec![],
                    is_switch: false,
                });
                let cont = self.pc();
                for c in l.conts {
                    self.patch(c, cont);
                }
                for &(p, e) in &per_iter {
                    self.emit(Op::CloneCell { d: p, s: p, e });
                }
                if let Some(p) = post {
                    self.stmt(p)?;
                }
                self.emit(Op::Jmp { to: top });
                let end = self.pc();
                if let Some(j) = jf {
                    self.patch(j, end);
                }
                for b in l.breaks {
                    self.patch(b, end);
                }
                Ok(())
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Switch {
                init, tag, cases, ..
            } => self.switch(init.as_deref(), tag.as_ref(), cases),
            StmtKind::Labeled { label, stmt } => {
                self.label_here(&label.name);
                self.f.pending_label = Some(label.name.clone());
                let r = self.stmt(stmt);
                self.f.pending_label = None;
                r
            }
            StmtKind::Break(l) => {
                let j = self.emit(Op::Jmp { to: 0 });
                let idx = self.find_loop(l.as_ref(), true)?;
                self.f.loops[idx].breaks.push(j);
                Ok(())
            }
            StmtKind::Continue(l) => {
                let j = self.emit(Op::Jmp { to: 0 });
                let idx = self.find_loop(l.as_ref(), false)?;
                self.f.loops[idx].conts.push(j);
                Ok(())
            }
            StmtKind::Fallthrough => Ok(()),
            StmtKind::Go(e) => self.go_stmt(e),
            StmtKind::Defer(e) => self.defer_stmt(e),
            StmtKind::Goto(l) => {
                self.goto_stmt(l);
                Ok(())
            }
            StmtKind::Select { cases, .. } => self.select_stmt(cases),
            StmtKind::Send { ch, value, .. } => self.send_stmt(ch, value),
            StmtKind::TypeSwitch {
                init,
                binding,
                x,
                cases,
                ..
            } => self.type_switch(init.as_deref(), binding.as_ref(), x, cases),
        }
    }

    fn find_loop(&self, l: Option<&ast::Ident>, brk: bool) -> CResult<usize> {
        for i in (0..self.f.loops.len()).rev() {
            let lp = &self.f.loops[i];
            match l {
                Some(id) => {
                    if lp.label.as_deref() == Some(&id.name) {
                        return Ok(i);
                    }
                }
                None => {
                    if brk || !lp.is_switch {
                        return Ok(i);
                    }
                }
            }
        }
        Err("bad branch".into())
    }

    fn ret(&mut self, es: &[Expr]) -> CResult<()> {
        if self.f.dfr.has_defer {
            return self.ret_deferred(es);
        }
        let rts = self.f.result_types.clone();
        let n: u32 = rts.iter().map(|&t| self.nregs(t)).sum();
        if es.is_empty() {
            // Bare return: the result variables, wherever they live.
            let s = self.f.results;
            let objs = self.f.result_objs.clone();
            let mut off = 0;
            for o in objs {
                if let Some(&p) = self.f.cells.get(&o) {
                    let t = self.p.objects[o.0 as usize].ty;
                    let e = self.elem(t);
                    self.emit(Op::Load {
                        d: s + off,
                        p,
                        off: 0,
                        e,
                    });
                }
                off += self.nregs(self.p.objects[o.0 as usize].ty);
            }
            self.emit(Op::Ret { s, n });
            return Ok(());
        }
        if es.len() == 1 && rts.len() > 1 {
            let b = self.multi(&es[0])?;
            self.emit(Op::Ret { s: b, n });
            return Ok(());
        }
        let base = self.alloc(n.max(1));
        let mut off = 0;
        for (i, e) in es.iter().enumerate() {
            let t = rts.get(i).copied().unwrap_or_default();
            self.expr_as(e, t, base + off)?;
            off += self.nregs(t);
        }
        self.emit(Op::Ret { s: base, n });
        Ok(())
    }

    fn cond_jump_false(&mut self, c: &Expr) -> CResult<usize> {
        if let ExprKind::Binary { op, x, y, .. } = &c.kind {
            let t = self.ty(x);
            if let Some(k) = self.basic(t) {
                if is_signed(k) && matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
                    let a = self.expr(x)?;
                    let b = self.expr(y)?;
                    let op = match op {
                        BinOp::Lt => Op::JGeI { a, b, to: 0 },
                        BinOp::Le => Op::JGtI { a, b, to: 0 },
                        BinOp::Gt => Op::JLeI { a, b, to: 0 },
                        _ => Op::JLtI { a, b, to: 0 },
                    };
                    return Ok(self.emit(op));
                }
            }
        }
        let r = self.expr(c)?;
        Ok(self.emit(Op::JmpF { c: r, to: 0 }))
    }

    fn switch(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        cases: &[ast::CaseClause],
    ) -> CResult<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let label = self.f.pending_label.take();
        let tagr = match tag {
            Some(t) => {
                let ty = self.ty(t);
                let n = self.nregs(ty);
                let r = self.alloc(n);
                self.expr_into(t, r)?;
                Some((r, ty))
            }
            None => None,
        };
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for cc in cases {
            let mut js = Vec::new();
            for e in &cc.exprs {
                let c = match tagr {
                    Some((r, ty)) => {
                        let v = self.alloc(self.nregs(ty));
                        self.expr_as(e, ty, v)?;
                        let d = self.alloc(1);
                        self.compare(BinOp::Eq, ty, r, v, d)?;
                        d
                    }
                    None => self.expr(e)?,
                };
                js.push(self.emit(Op::JmpT { c, to: 0 }));
            }
            body_jumps.push(js);
        }
        let default_jump = self.emit(Op::Jmp { to: 0 });
        self.begin_switch(label);
        let mut ends = Vec::new();
        let mut default_pc = None;
        for (i, cc) in cases.iter().enumerate() {
            let here = self.pc();
            for &j in &body_jumps[i] {
                self.patch(j, here);
            }
            if cc.default {
                default_pc = Some(here);
            }
            self.block(&cc.body)?;
            let falls = matches!(cc.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough));
            if !falls {
                ends.push(self.emit(Op::Jmp { to: 0 }));
            }
        }
        let end = self.end_switch(ends)?;
        self.patch(default_jump, default_pc.unwrap_or(end));
        Ok(())
    }

    /// Opens a switch-like statement (switch, type switch, select):
    /// `break` leaves it, `continue` belongs to the enclosing loop.
    fn begin_switch(&mut self, label: Option<String>) {
        self.f.loops.push(Loop {
            label,
            breaks: vec![],
            conts: vec![],
            is_switch: true,
        });
    }

    /// Closes the statement opened by `begin_switch`: the clause-end
    /// jumps `ends` and every `break` go here; returns this pc.
    fn end_switch(&mut self, ends: Vec<usize>) -> CResult<u32> {
        let end = self.pc();
        for j in ends {
            self.patch(j, end);
        }
        if let Some(l) = self.f.loops.pop() {
            for b in l.breaks {
                self.patch(b, end);
            }
            if !l.conts.is_empty() {
                let outer = self.f.loops.len().checked_sub(1).ok_or("bad continue")?;
                self.f.loops[outer].conts.extend(l.conts);
            }
        }
        Ok(end)
    }

    /// A register for the iteration value of range variable `e` (None
    /// when absent or blank).
    fn range_temp(&mut self, e: Option<&Expr>, t: TypeId) -> Option<Reg> {
        let e = e?;
        if let ExprKind::Ident(id) = &e.kind {
            if id.name == "_" {
                return None;
            }
        }
        Some(self.alloc(self.nregs(t).max(1)))
    }

    /// Assigns iteration value `r` to range variable `e` (declaring it
    /// afresh each iteration when `define`).
    fn range_assign(&mut self, e: Option<&Expr>, r: Option<Reg>, define: bool) -> CResult<()> {
        let (Some(e), Some(r)) = (e, r) else {
            return Ok(());
        };
        if define {
            if let ExprKind::Ident(id) = &e.kind {
                if let Some(o) = self.def_of(id) {
                    match self.f.locals.get(&o) {
                        Some(&d) => {
                            let n = self.nregs(self.p.objects[o.0 as usize].ty);
                            self.emit(Op::MoveN { d, s: r, n });
                        }
                        None => self.declare_local(o, Some(r)),
                    }
                    return Ok(());
                }
            }
        }
        let pl = self.lvalue(e)?;
        self.store_place(&pl, r)
    }

    /// The body of a range-style loop: `continue` and the back edge go
    /// to `top`; `break` and the exit jump `jend` (patched with
    /// `patch_exit`) go past the loop.
    fn range_body(
        &mut self,
        label: Option<String>,
        body: &ast::Block,
        top: u32,
        jend: usize,
        patch_exit: fn(&mut Compiler, usize, u32),
    ) -> CResult<()> {
        self.f.loops.push(Loop {
            label,
            breaks: vec![],
            conts: vec![],
            is_switch: false,
        });
        self.block(&body.stmts)?;
        let l = self.f.loops.pop().ok_or("loop")?;
        for c in l.conts {
            self.patch(c, top);
        }
        self.emit(Op::Jmp { to: top });
        let end = self.pc();
        patch_exit(self, jend, end);
        for b in l.breaks {
            self.patch(b, end);
        }
        Ok(())
    }

    fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) -> CResult<()> {
        let label = self.f.pending_label.take();
        if self.is_map(self.ty(x)) {
            return self.range_map(key, value, define, x, body, label);
        }
        let xt = self.ty(x);
        let mut u = self.under(xt);
        if let Type::Chan(..) = u {
            return self.range_chan(key, define, x, body, label);
        }
        let i = self.alloc(1);
        let lim = self.alloc(1);
        self.emit(Op::LoadInt { d: i, v: -1 });
        enum K {
            Int,
            Slice(u32, Reg),
            Str(Reg, Reg),
            RegArr(Reg, u32, u32),
            MemArr(Reg, u32, u32, TypeId),
        }
        let int_t = self.p.types.intern(Type::Basic(BasicKind::Int));
        let mut vt = int_t;
        let mut kt = int_t;
        let mut via_ptr = false;
        if let Type::Pointer(at) = u {
            if let Type::Array(..) = self.under(at) {
                u = self.under(at);
                via_ptr = true;
            }
        }
        let kind = match &u {
            Type::Basic(BasicKind::String) | Type::Basic(BasicKind::UntypedString) => {
                let s = self.alloc(1);
                self.expr_into(x, s)?;
                self.emit(Op::LenS { d: lim, a: s });
                self.emit(Op::LoadInt { d: i, v: 0 });
                let w = self.alloc(2);
                self.emit(Op::LoadInt { d: w + 1, v: 0 });
                vt = self.p.types.intern(Type::Basic(BasicKind::Int32));
                K::Str(s, w)
            }
            Type::Basic(_) => {
                self.expr_as(x, xt, lim)?;
                kt = xt;
                K::Int
            }
            Type::Slice(e) => {
                let s = self.alloc(4);
                self.expr_into(x, s)?;
                self.emit(Op::Move { d: lim, s: s + 2 });
                let ei = self.elem(*e);
                vt = *e;
                K::Slice(ei, s)
            }
            Type::Array(n, e) => {
                vt = *e;
                self.emit(Op::LoadInt {
                    d: lim,
                    v: *n as i64,
                });
                let in_regs = !via_ptr && self.nregs(xt) <= 64;
                if in_regs {
                    let r = self.alloc(self.nregs(xt).max(1));
                    self.expr_into(x, r)?;
                    K::RegArr(r, *n as u32, self.nregs(*e))
                } else {
                    let p = if via_ptr {
                        self.expr(x)?
                    } else if value.is_none() {
                        // Only the indexes are used: no copy needed.
                        let z = self.alloc(1);
                        self.emit(Op::LoadInt { d: z, v: 0 });
                        z
                    } else {
                        // Range over a copy of the array.
                        let e = self.elem(xt);
                        let r = self.alloc(self.nregs(xt).max(1));
                        self.expr_into(x, r)?;
                        let p = self.alloc(1);
                        self.emit(Op::New { d: p, e });
                        self.emit(Op::Store { p, off: 0, v: r, e });
                        p
                    };
                    K::MemArr(p, *n as u32, self.heap_words(*e), *e)
                }
            }
            _ => return Err("range over this type".into()),
        };
        let kr = self.range_temp(key, kt);
        let vr = self.range_temp(value, vt);
        let top = self.pc();
        let jend;
        match kind {
            K::Str(s, w) => {
                // i += width of previous rune
                self.emit(Op::AddI {
                    d: i,
                    a: i,
                    b: w + 1,
                });
                jend = self.emit(Op::JGeI {
                    a: i,
                    b: lim,
                    to: 0,
                });
                self.emit(Op::DecodeRune { d: w, a: s, i });
                if let Some(k) = kr {
                    self.emit(Op::Move { d: k, s: i });
                }
                if let Some(v) = vr {
                    self.emit(Op::Move { d: v, s: w });
                }
            }
            K::Int => {
                self.emit(Op::AddIK { d: i, a: i, k: 1 });
                jend = self.emit(Op::JGeI {
                    a: i,
                    b: lim,
                    to: 0,
                });
                if let Some(k) = kr {
                    self.emit(Op::Move { d: k, s: i });
                }
            }
            K::Slice(e, s) => {
                self.emit(Op::AddIK { d: i, a: i, k: 1 });
                jend = self.emit(Op::JGeI {
                    a: i,
                    b: lim,
                    to: 0,
                });
                if let Some(k) = kr {
                    self.emit(Op::Move { d: k, s: i });
                }
                if let Some(v) = vr {
                    self.emit(Op::IndexSl { d: v, s, i, e });
                }
            }
            K::RegArr(base, len, n) => {
                self.emit(Op::AddIK { d: i, a: i, k: 1 });
                jend = self.emit(Op::JGeI {
                    a: i,
                    b: lim,
                    to: 0,
                });
                if let Some(k) = kr {
                    self.emit(Op::Move { d: k, s: i });
                }
                if let Some(v) = vr {
                    self.emit(Op::IndexR {
                        d: v,
                        base,
                        i,
                        len,
                        stride: n,
                        n,
                    });
                }
            }
            K::MemArr(p, len, stride, et) => {
                self.emit(Op::AddIK { d: i, a: i, k: 1 });
                jend = self.emit(Op::JGeI {
                    a: i,
                    b: lim,
                    to: 0,
                });
                if let Some(k) = kr {
                    self.emit(Op::Move { d: k, s: i });
                }
                if let Some(v) = vr {
                    let a = self.alloc(1);
                    self.emit(Op::AddrIdx {
                        d: a,
                        p,
                        i,
                        len,
                        stride,
                    });
                    let e = self.elem(et);
                    self.emit(Op::Load {
                        d: v,
                        p: a,
                        off: 0,
                        e,
                    });
                }
            }
        }
        self.range_assign(key, kr, define)?;
        self.range_assign(value, vr, define)?;
        self.range_body(label, body, top, jend, Compiler::patch)
    }

    /// The new variable a `:=` target declares, if it is one.
    fn new_var(&self, l: &Expr, define: bool) -> Option<ObjId> {
        if !define {
            return None;
        }
        let ExprKind::Ident(id) = &l.kind else {
            return None;
        };
        let o = self.def_of(id)?;
        if self.f.locals.contains_key(&o) || self.f.cells.contains_key(&o) {
            return None;
        }
        Some(o)
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) -> CResult<()> {
        match op {
            AssignOp::Op(bop) => self.op_assign(&lhs[0], bop, Some(&rhs[0]), None),
            AssignOp::Define | AssignOp::Assign => {
                let define = op == AssignOp::Define;
                // Phase 1: the operands of the left sides, then every right
                // side, in order.
                enum Target {
                    New(ObjId),
                    At(place::Place),
                }
                let mut targets = Vec::new();
                for l in lhs {
                    match self.new_var(l, define) {
                        Some(o) => targets.push(Target::New(o)),
                        None => {
                            // A register variable's own register is safe to
                            // write only after all right sides are read.
                            targets.push(Target::At(self.lvalue(l)?));
                        }
                    }
                }
                let mut vals: Vec<Reg> = Vec::new();
                if rhs.len() == lhs.len() {
                    for (i, r) in rhs.iter().enumerate() {
                        let lt = self.lhs_type(&lhs[i], define, r);
                        let n = self.nregs(lt);
                        let d = self.alloc(n.max(1));
                        self.expr_as(r, lt, d)?;
                        vals.push(d);
                    }
                } else if let Some(base) = self.comma_ok(&rhs[0])? {
                    let t0 = self.lhs_type(&lhs[0], define, &rhs[0]);
                    vals.push(base);
                    vals.push(base + self.nregs(t0));
                } else {
                    let base = self.multi(&rhs[0])?;
                    let tt = self.ty(&rhs[0]);
                    let ts = match self.p.types.get(tt).clone() {
                        Type::Tuple(ts) => ts,
                        _ if lhs.len() == 2 && self.is_map_index(&rhs[0]) => {
                            self.map_index_ok_types(&rhs[0]).ok_or("comma-ok forms")?
                        }
                        _ => self.comma_ok_types(&rhs[0])?,
                    };
                    let mut off = 0;
                    for (i, t) in ts.into_iter().enumerate() {
                        // Values assigned to interface variables are boxed.
                        let lt = self.lhs_type(&lhs[i], define, &rhs[0]);
                        let n = self.nregs(t);
                        if self.is_iface(lt) && !self.is_iface(t) {
                            let b = self.elem(t);
                            let d = self.alloc(1);
                            self.emit(Op::Box {
                                d,
                                s: base + off,
                                b,
                            });
                            vals.push(d);
                        } else {
                            vals.push(base + off);
                        }
                        off += n;
                    }
                }
                // Phase 2: the stores, left to right.
                for (i, t) in targets.into_iter().enumerate() {
                    match t {
                        Target::New(o) => {
                            if self.p.objects[o.0 as usize].name != "_" {
                                self.declare_local(o, Some(vals[i]));
                            }
                        }
                        Target::At(pl) => self.store_place(&pl, vals[i])?,
                    }
                }
                Ok(())
            }
        }
    }

    /// The two-value forms `v, ok := <-ch / m[k] / x.(T)`: registers of
    /// the value, followed by ok. None when `e` is a multi-value call.
    fn comma_ok(&mut self, e: &Expr) -> CResult<Option<Reg>> {
        if !self.p.facts.comma_ok.contains(&(self.f.file, e.id)) {
            return Ok(None);
        }
        match &chans::strip_parens(e).kind {
            ExprKind::Unary { op: UnOp::Recv, .. } => self.recv_comma_ok(e),
            ExprKind::Index { .. } => self.map_index_ok(chans::strip_parens(e)),
            ExprKind::TypeAssert { .. } => self.type_assert_ok(chans::strip_parens(e)).map(Some),
            _ => Ok(None),
        }
    }

    fn chan_elem_of(&self, t: TypeId) -> CResult<TypeId> {
        match self.under(t) {
            Type::Chan(_, e) => Ok(e),
            _ => Err("not a channel".into()),
        }
    }

    fn lhs_type(&self, l: &Expr, define: bool, r: &Expr) -> TypeId {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name == "_" {
                return self.ty(r);
            }
            if define {
                if let Some(o) = self.def_of(id) {
                    return self.p.objects[o.0 as usize].ty;
                }
            }
        }
        let t = self.ty(l);
        if t == TypeId::default() {
            self.ty(r)
        } else {
            t
        }
    }

    /// `x op= y` (or `x++` with `one`): x's operands are evaluated once.
    fn op_assign(
        &mut self,
        x: &Expr,
        op: BinOp,
        y: Option<&Expr>,
        one: Option<Reg>,
    ) -> CResult<()> {
        if self.map_op_assign(x, op, y, one)? {
            return Ok(());
        }
        if self.map_op_assign(x, op, y, one)? {
            return Ok(());
        }
        let t = self.ty(x);
        let pl = self.lvalue(x)?;
        let cur = match pl {
            place::Place::Reg(r, _) => r,
            _ => {
                let r = self.alloc(self.nregs(t).max(1));
                self.load_place(&pl, r)?;
                r
            }
        };
        let yr = match (y, one) {
            (_, Some(o)) => o,
            (Some(y), None) => {
                let yt = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.ty(y)
                } else {
                    t
                };
                let r = self.alloc(self.nregs(yt).max(1));
                self.expr_as(y, yt, r)?;
                r
            }
            _ => return Err("op assign".into()),
        };
        let ytype = match y {
            Some(y) if matches!(op, BinOp::Shl | BinOp::Shr) => self.ty(y),
            _ => t,
        };
        if let place::Place::Reg(r, _) = pl {
            return self.arith(op, t, ytype, r, yr, r);
        }
        let d = self.alloc(self.nregs(t).max(1));
        self.arith(op, t, ytype, cur, yr, d)?;
        self.store_place(&pl, d)
    }

    // ───────────── expressions ─────────────

    /// Registers of an addressable register-resident expression.
    fn place(&mut self, e: &Expr) -> Option<Reg> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) => {
                let o = self.use_of(e)?;
                self.f.locals.get(&o).copied()
            }
            ExprKind::Selector(x, _) => {
                let sel = self.p.facts.selections.get(&(self.f.file, e.id))?.clone();
                if sel.kind != SelectionKind::Field || sel.indirect {
                    return None;
                }
                let base = self.place(x)?;
                Some(base + self.field_offset(self.ty(x), &sel.path))
            }
            _ => None,
        }
    }

    /// Whether addressable `x` lives in memory (a cell, a global, behind
    /// a pointer or in a slice) rather than in registers.
    fn in_memory(&mut self, x: &Expr) -> bool {
        let addressable = matches!(
            self.p
                .facts
                .types
                .get(&(self.f.file, x.id))
                .map(|f| &f.mode),
            Some(crate::check::Mode::Var)
        );
        addressable && self.place(x).is_none()
    }

    fn field_offset(&self, mut t: TypeId, path: &[usize]) -> u32 {
        let mut off = 0;
        for &i in path {
            if let Type::Struct(fs) = self.under(t) {
                for f in fs.iter().take(i) {
                    off += self.nregs(f.ty);
                }
                t = fs.get(i).map(|f| f.ty).unwrap_or_default();
            }
        }
        off
    }

    /// Compiles `e` and returns the register holding it (may be a local's
    /// own register: read only).
    fn expr(&mut self, e: &Expr) -> CResult<Reg> {
        if self.cval(e).is_none() {
            if let Some(r) = self.place(e) {
                return Ok(r);
            }
        }
        let t = self.ty(e);
        let d = self.alloc(self.nregs(t).max(1));
        self.expr_into(e, d)?;
        Ok(d)
    }

    fn expr_discard(&mut self, e: &Expr) -> CResult<()> {
        if let ExprKind::Call { .. } = &e.kind {
            self.call(e, None)?;
            return Ok(());
        }
        self.expr(e).map(|_| ())
    }

    /// Compiles `e` converted (boxed) to type `t` into `d`.
    fn expr_as(&mut self, e: &Expr, t: TypeId, d: Reg) -> CResult<()> {
        let et = self.ty(e);
        if self.is_iface(t) && !self.is_iface(et) {
            if self.is_nil(e) {
                self.emit(Op::LoadInt { d, v: 0 });
                return Ok(());
            }
            let r = self.expr(e)?;
            let b = self.elem(et);
            self.emit(Op::Box { d, s: r, b });
            return Ok(());
        }
        self.expr_into(e, d)
    }

    /// A composite literal element of type `t` into `d`: an elided `&T{}`
    /// (element type *T, literal of type T) allocates.
    fn elem_value(&mut self, e: &Expr, t: TypeId, d: Reg) -> CResult<()> {
        if let (ExprKind::CompositeLit { .. }, Type::Pointer(_)) = (&e.kind, self.under(t)) {
            if !matches!(self.under(self.ty(e)), Type::Pointer(_)) {
                return self.addr_of(e, d);
            }
        }
        self.expr_as(e, t, d)
    }

    fn is_nil(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_nil(x),
            ExprKind::Ident(_) => self
                .use_of(e)
                .map(|o| self.p.objects[o.0 as usize].kind == ObjKind::Nil)
                .unwrap_or(false),
            _ => false,
        }
    }

    fn load_const(&mut self, t: TypeId, v: &crate::check::cval::Value, d: Reg) -> CResult<()> {
        use crate::check::constant::ValueKind as VK;
        let k = self.basic(t);
        match v.kind() {
            VK::Bool => {
                self.emit(Op::LoadInt {
                    d,
                    v: v.as_bool().unwrap_or(false) as i64,
                });
            }
            VK::String => {
                let k = self.str_const(v.as_bytes().unwrap_or(&[]));
                self.emit(Op::LoadStr { d, k });
            }
            _ => match k {
                Some(BasicKind::Float64) | Some(BasicKind::UntypedFloat) => {
                    self.emit(Op::LoadInt {
                        d,
                        v: v.to_float().as_f64().to_bits() as i64,
                    });
                }
                Some(BasicKind::Float32) => {
                    self.emit(Op::LoadInt {
                        d,
                        v: (v.to_float().as_f32() as f64).to_bits() as i64,
                    });
                }
                Some(BasicKind::Complex64) | Some(BasicKind::Complex128) => {
                    return Err("complex numbers".into())
                }
                Some(BasicKind::String) => {
                    return Err("string constant kind".into());
                }
                _ => {
                    let iv = v.to_int();
                    let x = iv
                        .as_i64()
                        .or_else(|| iv.as_u64().map(|u| u as i64))
                        .unwrap_or(0);
                    self.emit(Op::LoadInt { d, v: x });
                }
            },
        }
        Ok(())
    }

    fn expr_into(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        let t = self.ty(e);
        if let Some(v) = self.cval(e) {
            return self.load_const(t, &v, d);
        }
        if let Some(r) = self.place(e) {
            let n = self.nregs(t);
            self.emit(Op::MoveN { d, s: r, n });
            return Ok(());
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(x, d),
            ExprKind::Ident(_) => {
                let o = self.use_of(e).ok_or("unresolved identifier")?;
                let ob = &self.p.objects[o.0 as usize];
                if ob.kind == ObjKind::Nil {
                    let n = self.nregs(t);
                    self.emit(Op::Zero { d, n });
                    return Ok(());
                }
                if ob.kind == ObjKind::Func {
                    return self.func_value(o, d);
                }
                let name = ob.name.clone();
                if let Some(why) = self.broken_globals.get(&o) {
                    return Err(why.clone());
                }
                match self.var_place(o) {
                    Some(pl) => self.load_place(&pl, d),
                    None => Err(format!("use of {name}")),
                }
            }
            ExprKind::Selector(x, _) => {
                let sel = self
                    .p
                    .facts
                    .selections
                    .get(&(self.f.file, e.id))
                    .cloned()
                    .ok_or("selector")?;
                match sel.kind {
                    SelectionKind::Field => {
                        let pl = self.field_place(x, &sel.path)?;
                        self.load_place(&pl, d)
                    }
                    SelectionKind::PkgMember => {
                        let o = sel.obj.ok_or("member")?;
                        if self.p.objects[o.0 as usize].kind == ObjKind::Func {
                            return self.func_value(o, d);
                        }
                        if let Some(why) = self.broken_globals.get(&o) {
                            return Err(why.clone());
                        }
                        match self.var_place(o) {
                            Some(pl) => self.load_place(&pl, d),
                            None => Err("package member value".into()),
                        }
                    }
                    SelectionKind::Method if !sel.iface => self.method_value(e, d),
                    SelectionKind::MethodExpr if self.is_iface(self.ty(x)) => {
                        self.iface_method_expr(e, d)
                    }
                    SelectionKind::MethodExpr => {
                        let o = sel.obj.ok_or("method")?;
                        let ptr_recv = self.p.objects[o.0 as usize].ptr_recv;
                        let recv_ptr = matches!(self.under(self.ty(x)), Type::Pointer(_));
                        if ptr_recv == recv_ptr && sel.path.is_empty() {
                            self.func_value(o, d)
                        } else {
                            self.method_expr_adapter(e, d)
                        }
                    }
                    _ => self.iface_method_value(e, d),
                }
            }
            ExprKind::Unary { op, x, .. } => {
                if *op == UnOp::Addr {
                    return self.addr_of(x, d);
                }
                let xt = self.ty(x);
                let k = self.basic(xt);
                let a = self.expr(x)?;
                match op {
                    UnOp::Pos => {
                        self.emit(Op::Move { d, s: a });
                    }
                    UnOp::Not => {
                        self.emit(Op::Not { d, a });
                    }
                    UnOp::Neg => {
                        match k {
                            Some(BasicKind::Float64) | Some(BasicKind::Float32) => {
                                self.emit(Op::NegF { d, a })
                            }
                            Some(BasicKind::Complex64) | Some(BasicKind::Complex128) => {
                                return Err("complex numbers".into())
                            }
                            _ => self.emit(Op::NegI { d, a }),
                        };
                        self.norm(d, k);
                    }
                    UnOp::BitNot => {
                        self.emit(Op::ComI { d, a });
                        self.norm(d, k);
                    }
                    UnOp::Addr => return self.addr_of(x, d),
                    UnOp::Deref => {
                        let e = self.elem(t);
                        self.emit(Op::Load { d, p: a, off: 0, e });
                    }
                    UnOp::Recv => {
                        let et = self.chan_elem_of(xt)?;
                        let e = self.elem(et);
                        self.emit(Op::Recv {
                            d,
                            c: a,
                            e,
                            ok: NO_REG,
                        });
                    }
                    _ => return Err("pointers and channels".into()),
                }
                Ok(())
            }
            ExprKind::Binary { op, x, y, .. } => {
                match op {
                    BinOp::LAnd | BinOp::LOr => {
                        self.expr_into(x, d)?;
                        let j = if *op == BinOp::LAnd {
                            self.emit(Op::JmpF { c: d, to: 0 })
                        } else {
                            self.emit(Op::JmpT { c: d, to: 0 })
                        };
                        self.expr_into(y, d)?;
                        let here = self.pc();
                        self.patch(j, here);
                        return Ok(());
                    }
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                        let mut xt = self.ty(x);
                        let yt = self.ty(y);
                        if self.is_nil(x) {
                            xt = yt;
                        }
                        let (a, b) = if self.is_iface(xt) != self.is_iface(yt)
                            && !self.is_nil(x)
                            && !self.is_nil(y)
                        {
                            return self.mixed_compare(*op, x, y, d);
                        } else {
                            let a = self.alloc(self.nregs(xt));
                            self.expr_as(x, xt, a)?;
                            let b = self.alloc(self.nregs(xt));
                            self.expr_as(y, xt, b)?;
                            (a, b)
                        };
                        return self.compare(*op, xt, a, b, d);
                    }
                    _ => {}
                }
                let a = self.expr(x)?;
                let b = self.expr(y)?;
                let yt = self.ty(y);
                self.arith(*op, t, yt, a, b, d)
            }
            ExprKind::Call { .. } => {
                let r = self.call(e, Some(d))?;
                if r != d {
                    let n = self.nregs(t);
                    self.emit(Op::MoveN { d, s: r, n });
                }
                Ok(())
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                match self.under(xt) {
                    Type::Basic(_) => {
                        let a = self.expr(x)?;
                        let i = self.expr(&indices[0])?;
                        self.emit(Op::IndexS { d, a, i });
                        Ok(())
                    }
                    Type::Slice(el) => {
                        let s = self.expr(x)?;
                        let i = self.expr(&indices[0])?;
                        let e = self.elem(el);
                        self.emit(Op::IndexSl { d, s, i, e });
                        Ok(())
                    }
                    Type::Array(len, el) if self.place(x).is_some() || !self.in_memory(x) => {
                        let base = self.expr(x)?;
                        let i = self.expr(&indices[0])?;
                        let n = self.nregs(el);
                        self.emit(Op::IndexR {
                            d,
                            base,
                            i,
                            len: len as u32,
                            stride: n,
                            n,
                        });
                        Ok(())
                    }
                    Type::Array(..) | Type::Pointer(_) => {
                        let pl = self.lvalue(e)?;
                        self.load_place(&pl, d)
                    }
                    Type::Map(..) => self.map_index(x, &indices[0], d),
                    _ => Err("maps and pointers".into()),
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let xt = self.ty(x);
                let opt = |c: &mut Compiler, v: &Option<Box<Expr>>| -> CResult<Reg> {
                    match v {
                        Some(v) => c.expr(v),
                        None => Ok(NO_REG),
                    }
                };
                match self.under(xt) {
                    Type::Basic(_) => {
                        let a = self.expr(x)?;
                        let lo = opt(self, lo)?;
                        let hi = opt(self, hi)?;
                        self.emit(Op::SliceS { d, a, lo, hi });
                        Ok(())
                    }
                    Type::Slice(_) => {
                        let s = self.expr(x)?;
                        let lo = opt(self, lo)?;
                        let hi = opt(self, hi)?;
                        let max = opt(self, max)?;
                        self.emit(Op::SliceSl { d, s, lo, hi, max });
                        Ok(())
                    }
                    Type::Array(..) | Type::Pointer(_) => {
                        let (p, at) = if let Type::Pointer(at) = self.under(xt) {
                            (self.expr(x)?, at)
                        } else {
                            let pl = self.lvalue(x)?;
                            (self.addr_of_place(pl)?, xt)
                        };
                        let Type::Array(len, el) = self.under(at) else {
                            return Err("slice of array".into());
                        };
                        let lo = opt(self, lo)?;
                        let hi = opt(self, hi)?;
                        let max = opt(self, max)?;
                        let e = self.elem(el);
                        self.emit(Op::SliceArr {
                            d,
                            p,
                            lo,
                            hi,
                            max,
                            len: len as u32,
                            e,
                        });
                        Ok(())
                    }
                    _ => Err("slicing arrays".into()),
                }
            }
            ExprKind::CompositeLit { .. } => self.composite_lit(e, t, d),
            ExprKind::FuncLit { .. } => self.func_lit(e, d),
            ExprKind::TypeAssert { .. } => self.type_assert(e, d, false),
            _ => Err("expression form".into()),
        }
    }

    /// Composite literal `e` built as type `t` into `d`.
    fn composite_lit(&mut self, e: &Expr, t: TypeId, d: Reg) -> CResult<()> {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            return Err("composite literal".into());
        };
        match self.under(t) {
            Type::Slice(el) => {
                let n = elems.len() as i64;
                let len = self.alloc(1);
                self.emit(Op::LoadInt { d: len, v: n });
                let e = self.elem(el);
                self.emit(Op::MakeSlice {
                    d,
                    len,
                    cap: len,
                    e,
                });
                let idx = self.alloc(1);
                let mut next = 0i64;
                let en = self.nregs(el);
                for el_ in elems {
                    if let Some(k) = &el_.key {
                        let kv = self.cval(k).and_then(|v| crate::check::cval::to_i64(&v));
                        next = kv.ok_or("slice literal key")?;
                    }
                    let v = self.alloc(en);
                    self.elem_value(&el_.value, el, v)?;
                    self.emit(Op::LoadInt { d: idx, v: next });
                    self.emit(Op::StoreSl { s: d, i: idx, v, e });
                    next += 1;
                }
                if elems.iter().any(|e| e.key.is_some()) {
                    return Err("keyed slice literals".into());
                }
                Ok(())
            }
            Type::Struct(fs) => {
                let n = self.nregs(t);
                self.emit(Op::Zero { d, n });
                for (i, el_) in elems.iter().enumerate() {
                    let fi = match &el_.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(id) => fs
                                .iter()
                                .position(|f| f.name == id.name)
                                .ok_or("field name")?,
                            _ => return Err("field key".into()),
                        },
                        None => i,
                    };
                    let off = self.field_offset(t, &[fi]);
                    self.elem_value(&el_.value, fs[fi].ty, d + off)?;
                }
                Ok(())
            }
            Type::Array(_, el) => {
                let n = self.nregs(t);
                self.emit(Op::Zero { d, n });
                let en = self.nregs(el);
                let mut next = 0u32;
                for el_ in elems {
                    if let Some(k) = &el_.key {
                        let kv = self.cval(k).and_then(|v| crate::check::cval::to_i64(&v));
                        next = kv.ok_or("array literal key")? as u32;
                    }
                    self.elem_value(&el_.value, el, d + next * en)?;
                    next += 1;
                }
                Ok(())
            }
            Type::Pointer(bt) => {
                // An elided `&T{...}` whose fact type is *T.
                let be = self.elem(bt);
                let v = self.alloc(self.nregs(bt).max(1));
                self.composite_lit(e, bt, v)?;
                self.emit(Op::New { d, e: be });
                self.emit(Op::Store {
                    p: d,
                    off: 0,
                    v,
                    e: be,
                });
                Ok(())
            }
            Type::Map(..) => self.map_lit(t, elems, d),
            _ => Err("map and pointer literals".into()),
        }
    }

    fn norm(&mut self, d: Reg, k: Option<BasicKind>) {
        if let Some(k) = k {
            if let Some(ek) = ext_kind(k) {
                self.emit(Op::Ext { d, a: d, k: ek });
            } else if k == BasicKind::Float32 {
                self.emit(Op::F32 { d, a: d });
            }
        }
    }

    fn arith(&mut self, op: BinOp, t: TypeId, yt: TypeId, a: Reg, b: Reg, d: Reg) -> CResult<()> {
        let k = self.basic(t).ok_or("arithmetic on this type")?;
        use BasicKind::*;
        if matches!(k, String | UntypedString) {
            if op == BinOp::Add {
                self.emit(Op::Concat { d, a, b });
                return Ok(());
            }
            return Err("string op".into());
        }
        if matches!(k, Complex64 | Complex128 | UntypedComplex) {
            return Err("complex numbers".into());
        }
        if matches!(k, Float32 | Float64 | UntypedFloat) {
            let o = match op {
                BinOp::Add => Op::AddF { d, a, b },
                BinOp::Sub => Op::SubF { d, a, b },
                BinOp::Mul => Op::MulF { d, a, b },
                BinOp::Div => Op::DivF { d, a, b },
                _ => return Err("float op".into()),
            };
            self.emit(o);
            self.norm(d, Some(k));
            return Ok(());
        }
        let signed = is_signed(k);
        let bu = self.basic(yt).map(|k| !is_signed(k)).unwrap_or(false);
        let o = match op {
            BinOp::Add => Op::AddI { d, a, b },
            BinOp::Sub => Op::SubI { d, a, b },
            BinOp::Mul => Op::MulI { d, a, b },
            BinOp::Div if signed => Op::DivI { d, a, b },
            BinOp::Div => Op::DivU { d, a, b },
            BinOp::Rem if signed => Op::RemI { d, a, b },
            BinOp::Rem => Op::RemU { d, a, b },
            BinOp::And => Op::AndI { d, a, b },
            BinOp::Or => Op::OrI { d, a, b },
            BinOp::Xor => Op::XorI { d, a, b },
            BinOp::AndNot => Op::AndNotI { d, a, b },
            BinOp::Shl => Op::Shl { d, a, b, bu },
            BinOp::Shr if signed => Op::ShrS { d, a, b, bu },
            BinOp::Shr => Op::ShrU { d, a, b, bu },
            _ => return Err("int op".into()),
        };
        self.emit(o);
        self.norm(d, Some(k));
        Ok(())
    }

    fn compare(&mut self, op: BinOp, t: TypeId, a: Reg, b: Reg, d: Reg) -> CResult<()> {
        let (a, b, op) = match op {
            BinOp::Gt => (b, a, BinOp::Lt),
            BinOp::Ge => (b, a, BinOp::Le),
            _ => (a, b, op),
        };
        let k = self.basic(t);
        use BasicKind::*;
        let o = match k {
            Some(String | UntypedString) => match op {
                BinOp::Eq => Op::EqS { d, a, b },
                BinOp::Ne => Op::NeS { d, a, b },
                BinOp::Lt => Op::LtS { d, a, b },
                _ => Op::LeS { d, a, b },
            },
            Some(Float32 | Float64 | UntypedFloat) => match op {
                BinOp::Eq => Op::EqF { d, a, b },
                BinOp::Ne => Op::NeF { d, a, b },
                BinOp::Lt => Op::LtF { d, a, b },
                _ => Op::LeF { d, a, b },
            },
            Some(Complex64 | Complex128 | UntypedComplex) => return Err("complex".into()),
            Some(kk) => {
                let s = is_signed(kk) || matches!(kk, Bool | UntypedBool);
                match op {
                    BinOp::Eq => Op::EqI { d, a, b },
                    BinOp::Ne => Op::NeI { d, a, b },
                    BinOp::Lt if s => Op::LtI { d, a, b },
                    BinOp::Lt => Op::LtU { d, a, b },
                    _ if s => Op::LeI { d, a, b },
                    _ => Op::LeU { d, a, b },
                }
            }
            None => {
                if self.compare_iface(op, t, a, b, d) {
                    return Ok(());
                }
                match op {
                    BinOp::Eq => Op::EqI { d, a, b },
                    _ => Op::NeI { d, a, b },
                }
            }
        };
        self.emit(o);
        Ok(())
    }

    /// Compiles a multi-value call; returns the base of its results.
    fn multi(&mut self, e: &Expr) -> CResult<Reg> {
        match &e.kind {
            ExprKind::Paren(x) => self.multi(x),
            ExprKind::Call { .. } => self.call(e, None),
            ExprKind::Index { .. } => self.map_index_ok(e)?.ok_or_else(|| "comma-ok forms".into()),
            ExprKind::TypeAssert { .. } => self.type_assert_ok(e),
            _ => Err("comma-ok forms".into()),
        }
    }

    /// Compiles a call; returns the register of its (first) result.
    fn call(&mut self, e: &Expr, d: Option<Reg>) -> CResult<Reg> {
        let ExprKind::Call { func, args, .. } = &e.kind else {
            return Err("call".into());
        };
        let ck = self
            .p
            .facts
            .calls
            .get(&(self.f.file, e.id))
            .cloned()
            .ok_or("call kind")?;
        match ck {
            CallKind::Conversion(to) => {
                let d = match d {
                    Some(d) => d,
                    None => self.alloc(self.nregs(to)),
                };
                self.conversion(&args[0], to, d)?;
                Ok(d)
            }
            CallKind::Builtin(b) => self.builtin(b, e, args, d),
            CallKind::Call { variadic_pack } => {
                // The function value and receiver first, then the arguments.
                let target = self.call_target(func)?;
                let (base, _) = self.call_args(e, &target, variadic_pack)?;
                match target {
                    CallTarget::Static(Callee::Go(f)) | CallTarget::Method(Callee::Go(f), ..) => {
                        self.emit(Op::Call { f, base })
                    }
                    CallTarget::Static(Callee::Native(f))
                    | CallTarget::Method(Callee::Native(f), ..) => {
                        self.emit(Op::CallNative { f, base })
                    }
                    CallTarget::Value(c) => self.emit(Op::CallClo { c, base }),
                    CallTarget::Iface(_, it, m) => self.emit(Op::CallIface { it: it.0, m, base }),
                };
                Ok(base)
            }
        }
    }

    /// Evaluates the receiver and arguments of call `e` into a fresh
    /// register window; returns its base and the argument register count.
    /// The window is big enough for the results too.
    fn call_args(
        &mut self,
        e: &Expr,
        target: &CallTarget,
        variadic_pack: bool,
    ) -> CResult<(Reg, u32)> {
        let ExprKind::Call { func, args, .. } = &e.kind else {
            return Err("call".into());
        };
        let ft = self.ty(func);
        let sig = self.p.types.sig(ft).cloned().ok_or("signature")?;
        let mut nargs: u32 = sig.params.iter().map(|&t| self.nregs(t)).sum();
        let mut recv = None;
        if let CallTarget::Method(_, r, rt) = target {
            let n = self.nregs(*rt);
            nargs += n;
            recv = Some((*r, n));
        }
        if let CallTarget::Iface(r, ..) = target {
            nargs += 1;
            recv = Some((*r, 1));
        }
        let nres: u32 = sig.results.iter().map(|&t| self.nregs(t)).sum();
        let base = self.alloc(nargs.max(nres).max(1));
        let mut off = 0;
        if let Some((r, n)) = recv {
            self.emit(Op::MoveN { d: base, s: r, n });
            off += n;
        }
        let np = sig.params.len();
        let spread = args.len() == 1 && np > 1;
        if spread {
            self.spread_args(&args[0], &sig.params, variadic_pack, base + off)?;
        } else {
            for (i, &pt) in sig.params.iter().enumerate() {
                if variadic_pack && i == np - 1 {
                    let et = match self.under(pt) {
                        Type::Slice(et) => et,
                        _ => return Err("variadic".into()),
                    };
                    let rest = &args[i.min(args.len())..];
                    self.pack(rest, et, base + off)?;
                } else {
                    self.expr_as(&args[i], pt, base + off)?;
                }
                off += self.nregs(pt);
            }
        }
        Ok((base, nargs))
    }

    fn pack(&mut self, rest: &[Expr], et: TypeId, d: Reg) -> CResult<()> {
        if self.pack_tuple(rest, et, d)? {
            return Ok(());
        }
        let len = self.alloc(1);
        self.emit(Op::LoadInt {
            d: len,
            v: rest.len() as i64,
        });
        if rest.is_empty() {
            self.emit(Op::Zero { d, n: 4 });
            return Ok(());
        }
        let e = self.elem(et);
        self.emit(Op::MakeSlice {
            d,
            len,
            cap: len,
            e,
        });
        let en = self.nregs(et);
        let idx = self.alloc(1);
        for (i, a) in rest.iter().enumerate() {
            let v = self.alloc(en);
            self.expr_as(a, et, v)?;
            self.emit(Op::LoadInt {
                d: idx,
                v: i as i64,
            });
            self.emit(Op::StoreSl { s: d, i: idx, v, e });
        }
        Ok(())
    }

    /// What a call calls: a known function, a method with its receiver
    /// already evaluated, or a func value (evaluated into a register).
    fn call_target(&mut self, func: &Expr) -> CResult<CallTarget> {
        match &func.kind {
            ExprKind::Paren(x) => return self.call_target(x),
            ExprKind::Ident(_) => {
                let o = self.use_of(func).ok_or("callee")?;
                if self.p.objects[o.0 as usize].kind == ObjKind::Func
                    && !self.p.facts.instances.contains_key(&(self.f.file, func.id))
                {
                    return Ok(CallTarget::Static(self.callee(o)?));
                }
            }
            ExprKind::Selector(x, _) => {
                let sel = self
                    .p
                    .facts
                    .selections
                    .get(&(self.f.file, func.id))
                    .cloned()
                    .ok_or("selector")?;
                match sel.kind {
                    SelectionKind::PkgMember => {
                        let o = sel.obj.ok_or("member")?;
                        if self.p.objects[o.0 as usize].kind == ObjKind::Func
                            && !self.p.facts.instances.contains_key(&(self.f.file, func.id))
                        {
                            return Ok(CallTarget::Static(self.callee(o)?));
                        }
                    }
                    SelectionKind::Method if !sel.iface => {
                        let o = sel.obj.ok_or("method")?;
                        let callee = self.callee(o)?;
                        let (r, rt) = self.receiver(x, &sel, o)?;
                        return Ok(CallTarget::Method(callee, r, rt));
                    }
                    SelectionKind::Method => return self.iface_call_target(func),
                    _ => {}
                }
            }
            _ => {}
        }
        let c = self.alloc(1);
        self.expr_into(func, c)?;
        Ok(CallTarget::Value(c))
    }

    fn conversion(&mut self, x: &Expr, to: TypeId, d: Reg) -> CResult<()> {
        let from = self.ty(x);
        if let Some(v) = self.cval(x) {
            // Constant conversions are folded by the checker when typed.
            if self.basic(to) == Some(BasicKind::String)
                && !matches!(v.kind(), crate::check::constant::ValueKind::String)
            {
                let r = self.alloc(1);
                self.load_const(from, &v, r)?;
                self.emit(Op::RuneToS { d, a: r });
                return Ok(());
            }
        }
        if self.is_iface(to) {
            return self.expr_as(x, to, d);
        }
        let fk = self.basic(from);
        let tk = self.basic(to);
        use BasicKind::*;
        match (fk, tk) {
            (Some(f), Some(t)) => {
                let a = self.expr(x)?;
                let ff = matches!(f, Float32 | Float64 | UntypedFloat);
                let tf = matches!(t, Float32 | Float64);
                let fs = matches!(f, String | UntypedString);
                let ts = t == String;
                if fs && ts {
                    self.emit(Op::Move { d, s: a });
                } else if ts {
                    self.emit(Op::RuneToS { d, a });
                } else if ff && tf {
                    self.emit(Op::Move { d, s: a });
                    self.norm(d, Some(t));
                } else if ff {
                    if is_signed(t) {
                        self.emit(Op::F2I { d, a });
                    } else {
                        self.emit(Op::F2U { d, a });
                    }
                    self.norm(d, Some(t));
                } else if tf {
                    if is_signed(f) {
                        self.emit(Op::I2F { d, a });
                    } else {
                        self.emit(Op::U2F { d, a });
                    }
                    self.norm(d, Some(t));
                } else {
                    self.emit(Op::Move { d, s: a });
                    self.norm(d, Some(t));
                }
                Ok(())
            }
            (Some(String | UntypedString), None) => {
                let a = self.expr(x)?;
                match self.under(to) {
                    Type::Slice(e) if self.basic(e) == Some(Uint8) => {
                        self.emit(Op::SToBytes { d, a });
                    }
                    Type::Slice(_) => {
                        self.emit(Op::SToRunes { d, a });
                    }
                    _ => return Err("conversion".into()),
                }
                Ok(())
            }
            (None, Some(String)) => {
                let s = self.expr(x)?;
                match self.under(from) {
                    Type::Slice(e) if self.basic(e) == Some(Uint8) => {
                        self.emit(Op::BytesToS { d, s });
                    }
                    Type::Slice(_) => {
                        self.emit(Op::RunesToS { d, s });
                    }
                    _ => return Err("conversion".into()),
                }
                Ok(())
            }
            _ => {
                let n = self.nregs(to);
                let a = self.expr(x)?;
                self.emit(Op::MoveN { d, s: a, n });
                Ok(())
            }
        }
    }

    fn builtin(&mut self, b: Builtin, e: &Expr, args: &[Expr], d: Option<Reg>) -> CResult<Reg> {
        let t = self.ty(e);
        let d = match d {
            Some(d) => d,
            None => self.alloc(self.nregs(t).max(1)),
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty(&args[0]);
                match self.under(xt) {
                    Type::Basic(_) => {
                        let a = self.expr(&args[0])?;
                        self.emit(Op::LenS { d, a });
                    }
                    Type::Slice(_) => {
                        let s = self.expr(&args[0])?;
                        let off = if b == Builtin::Len { 2 } else { 3 };
                        self.emit(Op::Move { d, s: s + off });
                    }
                    Type::Array(n, _) => {
                        self.emit(Op::LoadInt { d, v: n as i64 });
                    }
                    Type::Chan(..) => {
                        let c = self.expr(&args[0])?;
                        if b == Builtin::Len {
                            self.emit(Op::LenCh { d, c });
                        } else {
                            self.emit(Op::CapCh { d, c });
                        }
                    }
                    Type::Map(..) => self.map_len(&args[0], d)?,
                    _ => return Err("len of maps/channels".into()),
                }
            }
            Builtin::Append => {
                let st = t;
                let et = match self.under(st) {
                    Type::Slice(et) => et,
                    _ => return Err("append".into()),
                };
                let el = self.elem(et);
                let s = self.alloc(4);
                self.expr_into(&args[0], s)?;
                let ExprKind::Call { ellipsis, .. } = &e.kind else {
                    return Err("append".into());
                };
                if ellipsis.is_some() {
                    let at = self.ty(&args[1]);
                    let tr = if self.basic(at).is_some() {
                        let a = self.expr(&args[1])?;
                        let r = self.alloc(4);
                        self.emit(Op::SToBytes { d: r, a });
                        r
                    } else {
                        self.expr(&args[1])?
                    };
                    self.emit(Op::AppendSlSl {
                        d: s,
                        s,
                        t: tr,
                        e: el,
                    });
                } else {
                    let en = self.nregs(et);
                    for a in &args[1..] {
                        let v = self.alloc(en);
                        self.expr_as(a, et, v)?;
                        self.emit(Op::AppendSl { d: s, s, v, e: el });
                    }
                }
                self.emit(Op::MoveN { d, s, n: 4 });
            }
            Builtin::Make => {
                let et = match self.under(t) {
                    Type::Slice(et) => et,
                    Type::Chan(..) => {
                        self.make_chan(args, d)?;
                        return Ok(d);
                    }
                    Type::Map(..) => {
                        self.map_make(t, args, d)?;
                        return Ok(d);
                    }
                    _ => return Err("make of maps/channels".into()),
                };
                let e = self.elem(et);
                let len = self.expr(&args[1])?;
                let cap = if args.len() > 2 {
                    self.expr(&args[2])?
                } else {
                    len
                };
                self.emit(Op::MakeSlice { d, len, cap, e });
            }
            Builtin::Copy => {
                let at = self.ty(&args[0]);
                let et = match self.under(at) {
                    Type::Slice(et) => et,
                    _ => return Err("copy".into()),
                };
                let e = self.elem(et);
                let a = self.expr(&args[0])?;
                let bt = self.ty(&args[1]);
                let bb = if self.basic(bt).is_some() {
                    let s = self.expr(&args[1])?;
                    let r = self.alloc(4);
                    self.emit(Op::SToBytes { d: r, a: s });
                    r
                } else {
                    self.expr(&args[1])?
                };
                self.emit(Op::CopySl { d, a, b: bb, e });
            }
            Builtin::Panic => {
                let any = self.alloc(1);
                let at = self.ty(&args[0]);
                if self.is_nil(&args[0]) {
                    self.emit(Op::LoadInt { d: any, v: 0 });
                } else if self.is_iface(at) {
                    self.expr_into(&args[0], any)?;
                } else {
                    let r = self.expr(&args[0])?;
                    let b = self.elem(at);
                    self.emit(Op::Box { d: any, s: r, b });
                }
                self.emit(Op::Panic { s: any });
            }
            Builtin::Print | Builtin::Println => {
                // print/println write to stderr; box args and call the hook.
                let f = {
                    let name = if b == Builtin::Print {
                        "builtin.print"
                    } else {
                        "builtin.println"
                    };
                    let n = self.native_names.len() as u32;
                    let id = *self.natives.entry(name.into()).or_insert(n);
                    if id == n {
                        self.native_names.push(name.into());
                    }
                    id
                };
                let base = self.alloc(4);
                let any = self.p.types.canon(crate::check::types::TypeId(0));
                let _ = any;
                // Pack as []any using each argument's own type.
                let len = self.alloc(1);
                self.emit(Op::LoadInt {
                    d: len,
                    v: args.len() as i64,
                });
                let anyt = self.any_type();
                let e_ = self.elem(anyt);
                self.emit(Op::MakeSlice {
                    d: base,
                    len,
                    cap: len,
                    e: e_,
                });
                let idx = self.alloc(1);
                for (i, a) in args.iter().enumerate() {
                    let v = self.alloc(1);
                    self.expr_as(a, anyt, v)?;
                    self.emit(Op::LoadInt {
                        d: idx,
                        v: i as i64,
                    });
                    self.emit(Op::StoreSl {
                        s: base,
                        i: idx,
                        v,
                        e: e_,
                    });
                }
                self.emit(Op::CallNative { f, base });
            }
            Builtin::Close => {
                let c = self.expr(&args[0])?;
                self.emit(Op::Close { c });
            }
            Builtin::New => {
                let et = self.p.types.deref(t).ok_or("new")?;
                let e = self.elem(et);
                self.emit(Op::New { d, e });
            }
            Builtin::Min | Builtin::Max => {
                let k = self.basic(t).ok_or("min/max")?;
                self.expr_as(&args[0], t, d)?;
                for a in &args[1..] {
                    let r = self.alloc(1);
                    self.expr_as(a, t, r)?;
                    let c = self.alloc(1);
                    if b == Builtin::Min {
                        self.compare(BinOp::Lt, t, r, d, c)?;
                    } else {
                        self.compare(BinOp::Lt, t, d, r, c)?;
                    }
                    let _ = k;
                    let j = self.emit(Op::JmpF { c, to: 0 });
                    self.emit(Op::Move { d, s: r });
                    let here = self.pc();
                    self.patch(j, here);
                }
            }
            Builtin::Delete => self.map_delete(args)?,
            Builtin::Clear if self.map_clear(args)? => {}
            Builtin::Recover => self.recover_call(d)?,
            _ => return Err(format!("builtin {}", b.name())),
        }
        Ok(d)
    }

    fn any_type(&mut self) -> TypeId {
        self.p
            .types
            .intern(Type::Interface(crate::check::types::Iface {
                methods: vec![],
                terms: None,
                comparable: false,
            }))
    }
}

fn unreachable_decl() -> Box<ast::FuncDecl> {
    Box::new(ast::FuncDecl {
        recv: None,
        name: ast::Ident {
            name: String::new(),
            span: Default::default(),
        },
        tparams: vec![],
        sig: ast::FuncType {
            params: vec![],
            results: vec![],
            span: Default::default(),
        },
        body: None,
        span: Default::default(),
    })
}

/// Renders a module's bytecode, one function after another.
pub fn disasm(m: &Module) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for (i, f) in m.funcs.iter().enumerate() {
        let _ = writeln!(
            s,
            "func #{i} {} (params {}, results {}, regs {})",
            f.name, f.nparams, f.nresults, f.nregs
        );
        for (pc, op) in f.code.iter().enumerate() {
            let text = match op {
                Op::LoadStr { d, k } => format!(
                    "LoadStr {{ d: {d}, k: {k} }}  ; {:?}",
                    String::from_utf8_lossy(&m.strings[*k as usize])
                ),
                Op::CallNative { f, base } => format!(
                    "CallNative {{ f: {f}, base: {base} }}  ; {}",
                    m.natives[*f as usize]
                ),
                Op::Call { f, base } => format!(
                    "Call {{ f: {f}, base: {base} }}  ; {}",
                    m.funcs[*f as usize].name
                ),
                Op::Fail { k } => format!(
                    "Fail  ; {}",
                    String::from_utf8_lossy(&m.strings[*k as usize])
                ),
                Op::MakeMap { mi, .. }
                | Op::MapGet { mi, .. }
                | Op::MapGetOk { mi, .. }
                | Op::MapSet { mi, .. }
                | Op::MapDel { mi, .. }
                | Op::MapIter { mi, .. }
                | Op::MapNext { mi, .. }
                | Op::MapGetSlot { mi, .. }
                | Op::MapSetSlot { mi, .. } => format!(
                    "{op:?}  ; {}",
                    m.maps
                        .get(*mi as usize)
                        .map(|i| m.types.str(i.ty, None))
                        .unwrap_or_default()
                ),
                other => format!("{other:?}"),
            };
            let _ = writeln!(s, "  {pc:4}  {text}");
        }
    }
    s
}
