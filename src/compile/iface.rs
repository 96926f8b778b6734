//! Interfaces in the compiler: dynamic dispatch, the method tables of the
//! program's dynamic types, type assertions and type switches, interface
//! and struct/array comparison, interface method values and expressions.
//!
//! Owns: `IfaceTables` (dynamic type → method name → callee) and the
//! wrapper functions dispatch calls when the method cannot take the boxed
//! value as is. Invariants: after compilation, every type boxed anywhere
//! in the program (and every type nested in one, for fmt) has an entry for
//! each method of its method set whose name some interface of the program
//! needs (an interface dispatched on or asserted to, and String, Error,
//! GoString for fmt). Entries are found as Go's method sets decide:
//! shallowest embedding depth, ambiguity hides, pointer-receiver methods
//! only through a pointer.
//!
//! A callee is either `direct` (the method's own function; the VM puts the
//! one-word dynamic value in place of the interface word) or a wrapper
//! that takes the interface word, unboxes it, follows the embedding path,
//! takes the receiver's address or dereferences it, and calls the method.

use super::place::Place;
use super::*;
use std::collections::HashSet;

/// One method of a dynamic type.
#[derive(Clone, Copy, Debug)]
pub struct MethodEntry {
    pub func: u32,
    /// The function takes the one-word dynamic value itself in place of
    /// the interface word.
    pub direct: bool,
    /// The method's signature (canonical, receiver excluded).
    pub sig: TypeId,
}

/// The method tables the VM dispatches with.
#[derive(Clone, Debug, Default)]
pub struct IfaceTables {
    pub methods: HashMap<TypeId, HashMap<String, MethodEntry>>,
}

/// The compiler's interface bookkeeping.
#[derive(Default)]
pub(super) struct IfaceCtx {
    pub tables: IfaceTables,
    done: HashSet<(TypeId, String)>,
    names: HashSet<String>,
    ifaces: HashSet<TypeId>,
    types: HashSet<TypeId>,
    /// Wrappers of interface method values (bound) and expressions.
    wrappers: HashMap<(TypeId, u32, bool), u32>,
    /// Method expressions `T.M` / `(*T).M` needing an adapter.
    adapters: HashMap<(TypeId, String), u32>,
}

/// How a dynamic type has a method.
enum Via {
    /// A declared method (object, pointer receiver).
    Method(ObjId, bool),
    /// A method of an embedded interface field (interface type, index).
    Iface(TypeId, u32),
}

struct Resolved {
    path: Vec<usize>,
    via: Via,
}

impl Compiler {
    // ───────────── method sets ─────────────

    /// Finds method `name` in the method set of dynamic type `t`.
    fn resolve_method(&self, t: TypeId, name: &str) -> Option<Resolved> {
        let t = self.canon(t);
        let tt = &self.p.types;
        if self.is_iface(t) {
            return None;
        }
        let (start, ptr0) = match tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => {
                if tt.named_info(t).is_some() && matches!(self.under(t), Type::Pointer(_)) {
                    return None;
                }
                (t, false)
            }
        };
        enum Hit {
            Field,
            M(Resolved, bool),
        }
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(start, vec![], ptr0)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        for depth in 0..32 {
            if current.is_empty() {
                break;
            }
            let mut next = Vec::new();
            let mut hits: Vec<Hit> = Vec::new();
            for (ty, path, ind) in current {
                let cty = self.canon(ty);
                if let Some(ni) = tt.named_info(cty) {
                    if !seen.insert(cty) {
                        continue;
                    }
                    let methods = match ni.origin.and_then(|o| tt.named_info(o)) {
                        Some(o) => o.methods.clone(),
                        None => ni.methods.clone(),
                    };
                    for m in methods {
                        let o = &self.p.objects[m.0 as usize];
                        if o.name == name {
                            hits.push(Hit::M(
                                Resolved {
                                    path: path.clone(),
                                    via: Via::Method(m, o.ptr_recv),
                                },
                                ind || !o.ptr_recv,
                            ));
                        }
                    }
                }
                match self.under(cty) {
                    Type::Struct(fs) => {
                        for (i, f) in fs.iter().enumerate() {
                            if f.name == name {
                                hits.push(Hit::Field);
                                continue;
                            }
                            if f.embedded {
                                let mut p = path.clone();
                                p.push(i);
                                match tt.get(self.canon(f.ty)) {
                                    Type::Pointer(e) => next.push((*e, p, true)),
                                    _ => next.push((f.ty, p, ind)),
                                }
                            }
                        }
                    }
                    Type::Interface(i) if depth > 0 => {
                        if let Some(k) = i.methods.iter().position(|m| m.name == name) {
                            hits.push(Hit::M(
                                Resolved {
                                    path: path.clone(),
                                    via: Via::Iface(cty, k as u32),
                                },
                                true,
                            ));
                        }
                    }
                    _ => {}
                }
            }
            if hits.len() > 1 {
                return None;
            }
            if let Some(h) = hits.pop() {
                return match h {
                    Hit::M(r, true) => Some(r),
                    _ => None,
                };
            }
            current = next;
        }
        None
    }

    /// The dispatch entry of method `name` of dynamic type `t`.
    fn method_entry(&mut self, t: TypeId, name: &str) -> Option<MethodEntry> {
        let r = self.resolve_method(t, name)?;
        let is_ptr = matches!(self.p.types.get(t), Type::Pointer(_));
        let sig = match &r.via {
            Via::Method(m, _) => self.p.objects[m.0 as usize].ty,
            Via::Iface(it, k) => match self.under(*it) {
                Type::Interface(i) => i.methods.get(*k as usize)?.sig,
                _ => return None,
            },
        };
        let sig = self.canon(sig);
        if let Via::Method(m, ptr_recv) = r.via {
            if r.path.is_empty() && ptr_recv == is_ptr && self.nregs(t) == 1 {
                if let Ok(Callee::Go(f)) = self.callee(m) {
                    return Some(MethodEntry {
                        func: f,
                        direct: true,
                        sig,
                    });
                }
            }
        }
        let saved = std::mem::take(&mut self.f);
        let f = self.dispatch_wrapper(t, name, &r, sig, true);
        self.f = saved;
        Some(MethodEntry {
            func: f.ok()?,
            direct: false,
            sig,
        })
    }

    /// Go's name of method `name` of type `t` (`main.T.M`, `main.(*T).M`).
    fn method_name(&self, t: TypeId, name: &str) -> String {
        let ts = self.p.types.str(t, None);
        match ts.strip_prefix('*') {
            Some(base) => match base.rsplit_once('.') {
                Some((pkg, n)) => format!("{pkg}.(*{n}).{name}"),
                None => format!("(*{base}).{name}"),
            },
            None => format!("{ts}.{name}"),
        }
    }

    /// Builds the wrapper: interface word (`boxed`; else the receiver
    /// value of type `t` itself) and arguments in, results out.
    fn dispatch_wrapper(
        &mut self,
        t: TypeId,
        name: &str,
        r: &Resolved,
        sig: TypeId,
        boxed: bool,
    ) -> CResult<u32> {
        let s = self.p.types.sig(sig).cloned().ok_or("method signature")?;
        let np: u32 = s.params.iter().map(|&t| self.nregs(t)).sum();
        let nres: u32 = s.results.iter().map(|&t| self.nregs(t)).sum();
        let fname = self.method_name(t, name);
        self.f = FnState {
            name: fname.clone(),
            ..FnState::default()
        };
        let n = self.nregs(t);
        let nrecv = if boxed { 1 } else { n };
        let x = self.alloc(nrecv);
        let args = self.alloc(np);
        let v = if boxed {
            let v = self.alloc(n.max(1));
            self.emit(Op::Unbox { d: v, s: x, n });
            v
        } else {
            x
        };
        let mut pl = match self.p.types.get(t).clone() {
            Type::Pointer(e) => Place::Mem { p: v, off: 0, t: e },
            _ => Place::Reg(v, t),
        };
        for &idx in &r.path {
            let cur = self.place_type(&pl);
            if let Type::Pointer(et) = self.under(cur) {
                let p = self.alloc(1);
                self.load_place(&pl, p)?;
                pl = Place::Mem { p, off: 0, t: et };
            }
            pl = self.field_of(pl, idx)?;
        }
        let cur = self.place_type(&pl);
        let cur_ptr = matches!(self.under(cur), Type::Pointer(_));
        match r.via {
            Via::Method(m, ptr_recv) => {
                let (rr, rn) = if ptr_recv {
                    if cur_ptr {
                        let q = self.alloc(1);
                        self.load_place(&pl, q)?;
                        (q, 1)
                    } else {
                        (self.addr_of_place(pl)?, 1)
                    }
                } else if cur_ptr {
                    let et = self.p.types.deref(cur).ok_or("deref")?;
                    let p = self.alloc(1);
                    self.load_place(&pl, p)?;
                    let k = self.nregs(et);
                    let q = self.alloc(k.max(1));
                    let e = self.elem(et);
                    self.emit(Op::Load { d: q, p, off: 0, e });
                    (q, k)
                } else {
                    let k = self.nregs(cur);
                    let q = self.alloc(k.max(1));
                    self.load_place(&pl, q)?;
                    (q, k)
                };
                let base = self.alloc((rn + np).max(nres).max(1));
                if rn > 0 {
                    self.emit(Op::MoveN {
                        d: base,
                        s: rr,
                        n: rn,
                    });
                }
                if np > 0 {
                    self.emit(Op::MoveN {
                        d: base + rn,
                        s: args,
                        n: np,
                    });
                }
                match self.callee(m)? {
                    Callee::Go(f) => self.emit(Op::Call { f, base }),
                    Callee::Native(f) => self.emit(Op::CallNative { f, base }),
                };
                self.emit(Op::Ret { s: base, n: nres });
            }
            Via::Iface(it, k) => {
                let q = self.alloc(1);
                self.load_place(&pl, q)?;
                let base = self.alloc((1 + np).max(nres));
                self.emit(Op::Move { d: base, s: q });
                if np > 0 {
                    self.emit(Op::MoveN {
                        d: base + 1,
                        s: args,
                        n: np,
                    });
                }
                self.emit(Op::CallIface {
                    it: it.0,
                    m: k,
                    base,
                });
                self.emit(Op::Ret { s: base, n: nres });
            }
        }
        Ok(self.finish_generated(fname, nrecv + np, nres))
    }

    /// Turns `self.f` into a new function and returns its index.
    fn finish_generated(&mut self, name: String, nparams: u32, nresults: u32) -> u32 {
        let f = std::mem::take(&mut self.f);
        let idx = self.funcs.len() as u32;
        self.funcs.push(Function {
            name,
            nparams,
            nresults,
            nregs: f.max + 1,
            code: f.code,
            lines: f.lines,
            file: String::new(),
        });
        idx
    }

    /// Completes the method tables for the code compiled so far; true if
    /// that queued more work (or added entries, so another round may find
    /// more).
    pub(super) fn close_method_tables(&mut self) -> bool {
        let mut roots = Vec::new();
        for f in &self.funcs {
            for op in &f.code {
                match *op {
                    Op::Box { b, .. } => {
                        let t = self.elems[b as usize].ty;
                        // errors.As targets: *I for an interface I.
                        if let Type::Pointer(e) = self.p.types.get(t) {
                            if self.is_iface(*e) {
                                self.iface.ifaces.insert(self.canon(*e));
                            }
                        }
                        roots.push(t);
                    }
                    Op::CallIface { it, .. } | Op::AssertI { it, .. } => {
                        self.iface.ifaces.insert(TypeId(it));
                    }
                    _ => {}
                }
            }
        }
        for n in ["String", "Error", "GoString"] {
            self.iface.names.insert(n.to_string());
        }
        let ifaces: Vec<TypeId> = self.iface.ifaces.iter().copied().collect();
        for it in ifaces {
            if let Type::Interface(i) = self.under(it) {
                for m in i.methods {
                    self.iface.names.insert(m.name);
                }
            }
        }
        // Boxed types and, for fmt, the types nested in them.
        let mut work: Vec<TypeId> = roots;
        while let Some(t) = work.pop() {
            let t = self.canon(t);
            if !self.iface.types.insert(t) {
                continue;
            }
            match self.under(t) {
                Type::Struct(fs) => work.extend(fs.iter().map(|f| f.ty)),
                Type::Array(_, e) | Type::Slice(e) | Type::Pointer(e) => work.push(e),
                Type::Map(k, v) => {
                    work.push(k);
                    work.push(v)
                }
                _ => {}
            }
            if !self.is_iface(t) && !matches!(self.p.types.get(t), Type::Pointer(_)) {
                let pt = self.p.types.intern(Type::Pointer(t));
                if self.p.types.named_info(t).is_some() {
                    work.push(pt);
                }
            }
        }
        let mut pairs = Vec::new();
        for &t in &self.iface.types {
            for n in &self.iface.names {
                if !self.iface.done.contains(&(t, n.clone())) {
                    pairs.push((t, n.clone()));
                }
            }
        }
        let mut added = false;
        for (t, n) in pairs {
            self.iface.done.insert((t, n.clone()));
            if let Some(e) = self.method_entry(t, &n) {
                self.elem(t);
                self.iface.tables.methods.entry(t).or_default().insert(n, e);
                added = true;
            }
        }
        added || !self.queue.is_empty() || !self.lit_queue.is_empty()
    }

    // ───────────── calls, method values, method expressions ─────────────

    /// The interface value a method selection `x.M` dispatches on, and its
    /// interface type.
    fn iface_recv(&mut self, x: &Expr, sel: &crate::check::Selection) -> CResult<(Reg, TypeId)> {
        if sel.path.is_empty() {
            let r = self.expr(x)?;
            return Ok((r, self.ty(x)));
        }
        let pl = self.field_place(x, &sel.path)?;
        let t = self.canon(self.place_type(&pl));
        let r = self.alloc(1);
        self.load_place(&pl, r)?;
        Ok((r, t))
    }

    fn method_index(&self, it: TypeId, name: &str) -> CResult<u32> {
        match self.under(it) {
            Type::Interface(i) => i
                .methods
                .iter()
                .position(|m| m.name == name)
                .map(|k| k as u32)
                .ok_or_else(|| "interface method".to_string()),
            _ => Err("interface method on a non-interface".into()),
        }
    }

    fn selection_of(&self, e: &Expr) -> CResult<crate::check::Selection> {
        self.p
            .facts
            .selections
            .get(&(self.f.file, e.id))
            .cloned()
            .ok_or_else(|| "selector".to_string())
    }

    /// The target of a call `x.M(...)` with dynamic dispatch.
    pub(super) fn iface_call_target(&mut self, func: &Expr) -> CResult<CallTarget> {
        let ExprKind::Selector(x, id) = &func.kind else {
            return Err("interface method call".into());
        };
        let sel = self.selection_of(func)?;
        let (r, it) = self.iface_recv(x, &sel)?;
        let it = self.canon(it);
        let m = self.method_index(it, &id.name)?;
        Ok(CallTarget::Iface(r, it, m))
    }

    /// The function calling method m of interface it on an interface value
    /// held in its closure environment (`bound`) or passed first.
    fn iface_fn_wrapper(&mut self, it: TypeId, m: u32, bound: bool) -> CResult<u32> {
        if let Some(&w) = self.iface.wrappers.get(&(it, m, bound)) {
            return Ok(w);
        }
        let Type::Interface(i) = self.under(it) else {
            return Err("interface method".into());
        };
        let im = i.methods.get(m as usize).cloned().ok_or("method index")?;
        let s = self
            .p
            .types
            .sig(im.sig)
            .cloned()
            .ok_or("method signature")?;
        let np: u32 = s.params.iter().map(|&t| self.nregs(t)).sum();
        let nres: u32 = s.results.iter().map(|&t| self.nregs(t)).sum();
        let saved = std::mem::take(&mut self.f);
        let name = format!(
            "{}.{}{}",
            self.p.types.str(it, None),
            im.name,
            if bound { "-fm" } else { "" }
        );
        self.f = FnState {
            name: name.clone(),
            ..FnState::default()
        };
        let nparams = if bound { np } else { np + 1 };
        let params = self.alloc(nparams);
        let base = self.alloc((np + 1).max(nres).max(1));
        if bound {
            let any = self.any_type();
            let e = self.elem(any);
            self.emit(Op::LoadEnv { d: base, off: 0, e });
            if np > 0 {
                self.emit(Op::MoveN {
                    d: base + 1,
                    s: params,
                    n: np,
                });
            }
        } else {
            self.emit(Op::MoveN {
                d: base,
                s: params,
                n: np + 1,
            });
        }
        self.emit(Op::CallIface { it: it.0, m, base });
        self.emit(Op::Ret { s: base, n: nres });
        let w = self.finish_generated(name, nparams, nres);
        self.f = saved;
        self.iface.wrappers.insert((it, m, bound), w);
        Ok(w)
    }

    /// `i.M` as a func value: the interface value is evaluated (nil
    /// panics) and bound now.
    pub(super) fn iface_method_value(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        let ExprKind::Selector(x, id) = &e.kind else {
            return Err("method value".into());
        };
        let sel = self.selection_of(e)?;
        if sel.kind != SelectionKind::Method || !sel.iface {
            return Err("selector form".into());
        }
        let (r, it) = self.iface_recv(x, &sel)?;
        let it = self.canon(it);
        let m = self.method_index(it, &id.name)?;
        self.emit(Op::NilCheck { x: r });
        let w = self.iface_fn_wrapper(it, m, true)?;
        let any = self.any_type();
        let c = self.closure_info(w, &[any]);
        self.emit(Op::Closure { d, c, s: r });
        Ok(())
    }

    /// `I.M` as a func value taking the interface value first.
    pub(super) fn iface_method_expr(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        let ExprKind::Selector(x, id) = &e.kind else {
            return Err("method expression".into());
        };
        let it = self.ty(x);
        let m = self.method_index(it, &id.name)?;
        let w = self.iface_fn_wrapper(it, m, false)?;
        let c = self.closure_info(w, &[]);
        self.emit(Op::Closure { d, c, s: 0 });
        Ok(())
    }

    /// A method expression `T.M` / `(*T).M` whose method needs its
    /// receiver adapted (dereferenced, or reached through embedded fields).
    pub(super) fn method_expr_adapter(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        let ExprKind::Selector(x, id) = &e.kind else {
            return Err("method expression".into());
        };
        let t = self.canon(self.ty(x));
        let key = (t, id.name.clone());
        let w = match self.iface.adapters.get(&key) {
            Some(&w) => w,
            None => {
                let r = self
                    .resolve_method(t, &id.name)
                    .ok_or("method expression")?;
                let sig = match &r.via {
                    Via::Method(m, _) => self.p.objects[m.0 as usize].ty,
                    Via::Iface(..) => {
                        return Err("method expressions of embedded interfaces".into())
                    }
                };
                let sig = self.canon(sig);
                let saved = std::mem::take(&mut self.f);
                let w = self.dispatch_wrapper(t, &id.name, &r, sig, false);
                self.f = saved;
                let w = w?;
                self.iface.adapters.insert(key, w);
                w
            }
        };
        let c = self.closure_info(w, &[]);
        self.emit(Op::Closure { d, c, s: 0 });
        Ok(())
    }

    // ───────────── assertions and type switches ─────────────

    /// `x.(T)` into `d..`; with `ok`, the flag follows the value.
    pub(super) fn type_assert(&mut self, e: &Expr, d: Reg, with_ok: bool) -> CResult<()> {
        let ExprKind::TypeAssert {
            x, typ: Some(typ), ..
        } = &e.kind
        else {
            return Err("type assertion".into());
        };
        let xt = self.ty(x);
        let t = self.ty(typ);
        let xr = self.expr(x)?;
        let n = if self.is_iface(t) { 1 } else { self.nregs(t) };
        let ok = if with_ok { d + n } else { NO_REG };
        self.emit_assert(d, xr, t, ok, xt);
        Ok(())
    }

    fn emit_assert(&mut self, d: Reg, x: Reg, t: TypeId, ok: Reg, src: TypeId) {
        // Make sure the panic text can be boxed.
        let st = self.p.types.intern(Type::Basic(BasicKind::String));
        self.elem(st);
        if self.is_iface(t) {
            let it = self.canon(t);
            self.emit(Op::AssertI {
                d,
                x,
                it: it.0,
                ok,
                src: src.0,
            });
        } else {
            let e = self.elem(t);
            self.emit(Op::AssertT {
                d,
                x,
                e,
                ok,
                src: src.0,
            });
        }
    }

    /// `v, ok := x.(T)`: the base of the value and flag registers.
    pub(super) fn type_assert_ok(&mut self, e: &Expr) -> CResult<Reg> {
        let ExprKind::TypeAssert { typ: Some(typ), .. } = &e.kind else {
            return Err("type assertion".into());
        };
        let t = self.ty(typ);
        let n = self.nregs(t);
        let d = self.alloc(n + 1);
        self.type_assert(e, d, true)?;
        Ok(d)
    }

    /// The value types of a two-value expression whose fact type is not a
    /// tuple (`x.(T)`).
    pub(super) fn comma_ok_types(&mut self, e: &Expr) -> CResult<Vec<TypeId>> {
        match &e.kind {
            ExprKind::Paren(x) => self.comma_ok_types(x),
            ExprKind::TypeAssert { typ: Some(typ), .. } => {
                let t = self.ty(typ);
                let b = self.p.types.intern(Type::Basic(BasicKind::Bool));
                Ok(vec![t, b])
            }
            _ => Err("comma-ok forms".into()),
        }
    }

    pub(super) fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        binding: Option<&ast::Ident>,
        x: &Expr,
        cases: &[ast::CaseClause],
    ) -> CResult<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let label = self.f.pending_label.take();
        let xt = self.ty(x);
        let xr = self.alloc(1);
        self.expr_into(x, xr)?;
        let ok = self.alloc(1);
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for cc in cases {
            let mut js = Vec::new();
            for e in &cc.exprs {
                if self.is_nil(e) {
                    let z = self.alloc(1);
                    self.emit(Op::LoadInt { d: z, v: 0 });
                    self.emit(Op::EqI { d: ok, a: xr, b: z });
                } else {
                    let t = self.ty(e);
                    let n = self.nregs(t);
                    let d = self.alloc(n.max(1));
                    self.emit_assert(d, xr, t, ok, xt);
                }
                js.push(self.emit(Op::JmpT { c: ok, to: 0 }));
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
            if binding.is_some() {
                let key = (self.f.file, cc.head_span.lo);
                if let Some(&obj) = self.p.facts.case_objs.get(&key) {
                    let vt = self.p.objects[obj.0 as usize].ty;
                    let n = self.nregs(vt);
                    let v = self.alloc(n.max(1));
                    if self.is_iface(vt) {
                        self.emit(Op::Move { d: v, s: xr });
                    } else {
                        self.emit(Op::Unbox { d: v, s: xr, n });
                    }
                    if self.p.objects[obj.0 as usize].name != "_" {
                        self.declare_local(obj, Some(v));
                    }
                }
            }
            self.block(&cc.body)?;
            ends.push(self.emit(Op::Jmp { to: 0 }));
        }
        let end = self.end_switch(ends)?;
        self.patch(default_jump, default_pc.unwrap_or(end));
        Ok(())
    }

    // ───────────── multi-value arguments ─────────────

    /// Register `s` (type `from`) as type `to` into `d`: boxed when `to` is
    /// an interface and `from` is not.
    fn convert_reg(&mut self, s: Reg, from: TypeId, to: TypeId, d: Reg) {
        if self.is_iface(to) && !self.is_iface(from) {
            let b = self.elem(from);
            self.emit(Op::Box { d, s, b });
        } else {
            let n = self.nregs(to);
            if n > 0 && s != d {
                self.emit(Op::MoveN { d, s, n });
            }
        }
    }

    /// A new `[]et` in `d..d+4` holding the values in `items`.
    fn pack_regs(&mut self, items: &[(Reg, TypeId)], et: TypeId, d: Reg) {
        if items.is_empty() {
            self.emit(Op::Zero { d, n: 4 });
            return;
        }
        let len = self.alloc(1);
        self.emit(Op::LoadInt {
            d: len,
            v: items.len() as i64,
        });
        let e = self.elem(et);
        self.emit(Op::MakeSlice {
            d,
            len,
            cap: len,
            e,
        });
        let idx = self.alloc(1);
        let v = self.alloc(self.nregs(et).max(1));
        for (i, &(r, t)) in items.iter().enumerate() {
            self.convert_reg(r, t, et, v);
            self.emit(Op::LoadInt {
                d: idx,
                v: i as i64,
            });
            self.emit(Op::StoreSl { s: d, i: idx, v, e });
        }
    }

    /// The results of multi-value call `e`: registers and types.
    fn tuple_items(&mut self, e: &Expr) -> CResult<Option<Vec<(Reg, TypeId)>>> {
        let Type::Tuple(ts) = self.p.types.get(self.ty(e)).clone() else {
            return Ok(None);
        };
        let mut r = self.multi(e)?;
        let mut out = Vec::new();
        for t in ts {
            out.push((r, t));
            r += self.nregs(t);
        }
        Ok(Some(out))
    }

    /// `f(g())` with g's results passed as f's parameters at `d`.
    pub(super) fn spread_args(
        &mut self,
        e: &Expr,
        params: &[TypeId],
        variadic: bool,
        mut d: Reg,
    ) -> CResult<()> {
        let np = params.len();
        let Some(items) = self.tuple_items(e)? else {
            // One ordinary argument and an empty variadic list.
            let &p0 = params.first().ok_or("spread arguments")?;
            self.expr_as(e, p0, d)?;
            d += self.nregs(p0);
            if variadic && np == 2 {
                self.emit(Op::Zero { d, n: 4 });
                return Ok(());
            }
            return Err("spread arguments".into());
        };
        for (i, &pt) in params.iter().enumerate() {
            if variadic && i + 1 == np {
                let Type::Slice(et) = self.under(pt) else {
                    return Err("variadic".into());
                };
                let rest = items.get(i..).unwrap_or(&[]).to_vec();
                self.pack_regs(&rest, et, d);
                break;
            }
            let &(r, t) = items.get(i).ok_or("spread arguments")?;
            self.convert_reg(r, t, pt, d);
            d += self.nregs(pt);
        }
        Ok(())
    }

    /// `f(xs...)`-less packing of one multi-value call `g()` into a
    /// variadic `[]et`; false if `rest` is not that.
    pub(super) fn pack_tuple(&mut self, rest: &[Expr], et: TypeId, d: Reg) -> CResult<bool> {
        if rest.len() != 1 {
            return Ok(false);
        }
        match self.tuple_items(&rest[0])? {
            Some(items) => {
                self.pack_regs(&items, et, d);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    // ───────────── comparison ─────────────

    /// `x op y` where one side is an interface and the other is not: the
    /// other is converted to the interface type.
    pub(super) fn mixed_compare(&mut self, op: BinOp, x: &Expr, y: &Expr, d: Reg) -> CResult<()> {
        let xt = self.ty(x);
        let it = if self.is_iface(xt) { xt } else { self.ty(y) };
        let a = self.alloc(1);
        self.expr_as(x, it, a)?;
        let b = self.alloc(1);
        self.expr_as(y, it, b)?;
        self.compare(op, it, a, b, d)
    }

    /// Equality of interfaces, structs, arrays and pointers; false if `t`
    /// is none of them (one-word identity comparison applies).
    pub(super) fn compare_iface(&mut self, op: BinOp, t: TypeId, a: Reg, b: Reg, d: Reg) -> bool {
        match self.under(t) {
            Type::Interface(_) => {
                self.emit(Op::EqIface { d, a, b });
            }
            Type::Struct(_) | Type::Array(..) => {
                let e = self.elem(t);
                self.emit(Op::EqV { d, a, b, e });
            }
            Type::Pointer(_) => {
                self.emit(Op::EqP { d, a, b });
            }
            _ => return false,
        }
        if op == BinOp::Ne {
            self.emit(Op::Not { d, a: d });
        }
        true
    }
}
