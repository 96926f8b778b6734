//! Interfaces in the VM: dynamic dispatch through per-(dynamic type,
//! interface) method tables (itabs, built on first use from
//! `Module::iface` and cached), type assertions with Go's failure texts,
//! interface and value equality, and the lazy fmt protocol: fmt natives
//! and panic reports that need a String/Error method ask the loop to call
//! it as a normal Go call (`call_req`) and are run again when it returns.
//!
//! Owns: `IfaceState`. Invariants: a pending fmt call is identified by the
//! frame depth and register base of the native that asked for it; the
//! loop re-runs that native's instruction when the method returns, and
//! the native finds its saved state (arguments, answered calls) on
//! `IfaceState::fmt`. Natives never run Go code themselves.

use super::{mem, Fault, Frame, Vm, MAX_FRAMES, MAX_REGS, R};
use crate::check::basic::BasicKind;
use crate::check::types::{Type, TypeId};
use crate::compile::iface::MethodEntry;
use crate::gc::Ptr;
use crate::natives::fmt as f;
use std::cell::RefCell;
use std::collections::HashMap;

/// Which fmt function a lazy fmt native runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FmtOp {
    Print,
    Println,
    Printf,
    Sprint,
    Sprintln,
    Sprintf,
    /// fmt.sprintfWrap (Errorf's text and %w operands).
    Wrap,
    Append,
    Appendf,
    Appendln,
}

struct FmtPending {
    /// The bytes an Append* call appends to.
    prefix: [u64; 4],
    depth: usize,
    base: usize,
    format: Vec<u8>,
    args: Vec<f::FmtValue>,
    recv: Vec<(TypeId, Vec<u64>)>,
    calls: Vec<f::MethodCall>,
    next: usize,
    rounds: u32,
}

/// The VM's interface state.
#[derive(Default)]
pub(crate) struct IfaceState {
    itab_ids: HashMap<(u32, u32), Result<usize, String>>,
    itabs: Vec<Vec<MethodEntry>>,
    elem_of: HashMap<u32, u32>,
    /// A Go call a native or the panic report asks the loop to make:
    /// (function, absolute register base).
    pub(crate) call_req: Option<(u32, usize)>,
    fmt: Vec<FmtPending>,
    /// Receivers of the fmt value tree being built (Methods::handle).
    recv: RefCell<Vec<(TypeId, Vec<u64>)>>,
    /// The Error/String text of panic values, computed before reporting.
    pub(crate) panic_texts: HashMap<u64, String>,
    panic_pending: Option<(usize, u64, usize)>,
}

impl IfaceState {
    pub(crate) fn new(m: &crate::compile::bytecode::Module) -> IfaceState {
        let mut st = IfaceState::default();
        for (i, e) in m.elems.iter().enumerate() {
            st.elem_of.entry(e.ty.0).or_insert(i as u32);
        }
        st
    }
}

/// A type name as Go's runtime prints it.
fn go_type_name(m: &crate::compile::bytecode::Module, t: TypeId) -> String {
    let s = m.types.str(t, None);
    if s == "any" {
        "interface {}".into()
    } else {
        s.replace("interface{}", "interface {}")
    }
}

impl Vm<'_> {
    // ───────────── frames ─────────────

    /// Pushes a frame for function `f` with registers at `nb`.
    pub(super) fn push_frame(&mut self, f: u32, nb: usize, clo: u64) -> R<()> {
        let callee = &self.m.funcs[f as usize];
        let need = nb + callee.nregs as usize;
        if need > MAX_REGS || self.frames.len() >= MAX_FRAMES {
            return Err(Fault::StackOverflow);
        }
        if self.regs.len() < need {
            let newlen = (need * 2).min(MAX_REGS).max(need);
            self.regs.resize(newlen, 0);
        }
        self.frames.push(Frame {
            func: f,
            pc: 0,
            base: nb as u32,
            clo,
        });
        Ok(())
    }

    // ───────────── boxes ─────────────

    /// The element info index of type `t` (the one boxes of `t` use).
    pub(super) fn elem_of_type(&self, t: TypeId) -> Option<u32> {
        self.iface.elem_of.get(&t.0).copied()
    }

    /// The dynamic type of non-nil interface word `w`.
    fn box_type(&self, w: u64) -> TypeId {
        match Self::obj(w) {
            Some(o) => TypeId(self.heap.load(o, 0) as u32),
            None => TypeId(0),
        }
    }

    /// The value words (register form) of non-nil box `w`.
    fn box_words(&mut self, w: u64) -> (TypeId, Vec<u64>) {
        let ty = self.box_type(w);
        let Some(o) = Self::obj(w) else {
            return (ty, vec![]);
        };
        match self.elem_of_type(ty) {
            Some(e) => {
                let info = &self.m.elems[e as usize];
                let mut out = vec![0u64; info.regs as usize];
                mem::load_into(&self.heap, o, 1, &info.shape, &mut out);
                (ty, out)
            }
            None => (ty, vec![]),
        }
    }

    /// Boxes register-form `words` of type `t`.
    fn box_of(&mut self, t: TypeId, words: &[u64]) -> Option<u64> {
        let e = self.elem_of_type(t)?;
        Some(self.box_value(e, words))
    }

    pub(crate) fn boxed_string(&mut self, s: &str) -> u64 {
        let w = self.new_str(s.as_bytes());
        let st = crate::check::types::basic(BasicKind::String);
        self.box_of(st, &[w]).unwrap_or(0)
    }

    /// A panic with a Go string value (interface conversion failures).
    fn panic_str(&mut self, s: String) -> Fault {
        let v = self.boxed_string(&s);
        if v == 0 {
            return Fault::Unsupported(s);
        }
        self.iface.panic_texts.insert(v, s);
        Fault::Value(v)
    }

    // ───────────── itabs and dispatch ─────────────

    /// The itab of dynamic type `ty` for interface `it`, or the first
    /// missing method's name.
    fn itab(&mut self, ty: TypeId, it: u32) -> Result<usize, String> {
        if let Some(r) = self.iface.itab_ids.get(&(ty.0, it)) {
            return r.clone();
        }
        let m = self.m;
        let r = match m.types.under_type(TypeId(it)) {
            Type::Interface(i) => {
                let tab = m.iface.methods.get(&ty);
                let mut entries = Vec::with_capacity(i.methods.len());
                let mut missing = None;
                for im in &i.methods {
                    let e = tab.and_then(|t| t.get(&im.name)).filter(|e| {
                        m.types.canon(e.sig) == m.types.canon(im.sig)
                            || m.types.identical(e.sig, im.sig)
                    });
                    match e {
                        Some(e) => entries.push(*e),
                        None => {
                            missing = Some(im.name.clone());
                            break;
                        }
                    }
                }
                match missing {
                    Some(n) => Err(n),
                    None => {
                        self.iface.itabs.push(entries);
                        Ok(self.iface.itabs.len() - 1)
                    }
                }
            }
            _ => Err(String::new()),
        };
        self.iface.itab_ids.insert((ty.0, it), r.clone());
        r
    }

    /// The function a `CallIface` runs and, for a direct entry, the word
    /// to put in place of the interface value.
    pub(super) fn iface_callee(&mut self, w: u64, it: u32, mi: u32) -> R<(u32, Option<u64>)> {
        if w == 0 {
            return Err(mem::nil_deref());
        }
        let ty = self.box_type(w);
        let e = match self.itab(ty, it) {
            Ok(t) => self.iface.itabs[t].get(mi as usize).copied(),
            Err(_) => None,
        };
        let Some(e) = e else {
            return Err(Fault::Unsupported(format!(
                "method of {} through an interface",
                go_type_name(self.m, ty)
            )));
        };
        if e.direct {
            let (_, words) = self.box_words(w);
            return Ok((e.func, Some(words.first().copied().unwrap_or(0))));
        }
        Ok((e.func, None))
    }

    // ───────────── assertions ─────────────

    pub(super) fn op_assert_t(
        &mut self,
        base: usize,
        d: u32,
        x: u32,
        e: u32,
        ok: u32,
        src: u32,
    ) -> R<()> {
        let m = self.m;
        let info = &m.elems[e as usize];
        let n = info.regs as usize;
        let w = self.regs[base + x as usize];
        let d = base + d as usize;
        let hit = w != 0 && self.box_type(w) == info.ty;
        if hit {
            let (_, words) = self.box_words(w);
            for k in 0..n {
                self.regs[d + k] = words.get(k).copied().unwrap_or(0);
            }
        } else if ok == crate::compile::bytecode::NO_REG {
            let inter = go_type_name(m, TypeId(src));
            let want = go_type_name(m, info.ty);
            let msg = if w == 0 {
                format!("interface conversion: {inter} is nil, not {want}")
            } else {
                let have = go_type_name(m, self.box_type(w));
                let mut s = format!("interface conversion: {inter} is {have}, not {want}");
                if have == want {
                    s.push_str(" (types from different scopes)");
                }
                s
            };
            return Err(self.panic_str(msg));
        } else {
            self.regs[d..d + n].fill(0);
        }
        if ok != crate::compile::bytecode::NO_REG {
            self.regs[base + ok as usize] = hit as u64;
        }
        Ok(())
    }

    pub(super) fn op_assert_i(
        &mut self,
        base: usize,
        d: u32,
        x: u32,
        it: u32,
        ok: u32,
        _src: u32,
    ) -> R<()> {
        let w = self.regs[base + x as usize];
        let has_ok = ok != crate::compile::bytecode::NO_REG;
        let r = if w == 0 {
            Err(None)
        } else {
            let ty = self.box_type(w);
            self.itab(ty, it).map_err(Some)
        };
        let hit = r.is_ok();
        if let Err(missing) = r {
            if !has_ok {
                let want = go_type_name(self.m, TypeId(it));
                let msg = match missing {
                    None => format!("interface conversion: interface is nil, not {want}"),
                    Some(name) => format!(
                        "interface conversion: {} is not {want}: missing method {name}",
                        go_type_name(self.m, self.box_type(w))
                    ),
                };
                return Err(self.panic_str(msg));
            }
        }
        self.regs[base + d as usize] = if hit { w } else { 0 };
        if has_ok {
            self.regs[base + ok as usize] = hit as u64;
        }
        Ok(())
    }

    // ───────────── equality ─────────────

    fn nregs_of(&self, t: TypeId) -> usize {
        let tt = &self.m.types;
        match tt.get(tt.under(tt.canon(t))) {
            Type::Slice(_) => 4,
            Type::Struct(fs) => fs.iter().map(|f| self.nregs_of(f.ty)).sum(),
            Type::Array(n, e) => (*n as usize).saturating_mul(self.nregs_of(*e)),
            Type::Basic(BasicKind::Complex128 | BasicKind::Complex64) => 2,
            _ => 1,
        }
    }

    fn comparable(&self, t: TypeId) -> bool {
        let tt = &self.m.types;
        match tt.get(tt.under(tt.canon(t))) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            Type::Array(_, e) => self.comparable(*e),
            _ => true,
        }
    }

    /// Go's `==` on two values of type `t` in register form.
    pub(super) fn values_equal(&mut self, t: TypeId, a: &[u64], b: &[u64]) -> R<bool> {
        let mut work: Vec<(TypeId, Vec<u64>, Vec<u64>)> = vec![(t, a.to_vec(), b.to_vec())];
        while let Some((t, a, b)) = work.pop() {
            let g = |v: &[u64], i: usize| v.get(i).copied().unwrap_or(0);
            let tt = &self.m.types;
            let u = tt.get(tt.under(tt.canon(t))).clone();
            let eq = match u {
                Type::Basic(k) => {
                    use BasicKind::*;
                    match k {
                        Float32 | Float64 | UntypedFloat => {
                            f64::from_bits(g(&a, 0)) == f64::from_bits(g(&b, 0))
                        }
                        Complex64 | Complex128 | UntypedComplex => {
                            f64::from_bits(g(&a, 0)) == f64::from_bits(g(&b, 0))
                                && f64::from_bits(g(&a, 1)) == f64::from_bits(g(&b, 1))
                        }
                        String | UntypedString => {
                            g(&a, 0) == g(&b, 0)
                                || self.str_bytes(g(&a, 0)) == self.str_bytes(g(&b, 0))
                        }
                        _ => g(&a, 0) == g(&b, 0),
                    }
                }
                Type::Pointer(_) | Type::Chan(..) => self
                    .heap
                    .ptr_eq(Ptr::from_word(g(&a, 0)), Ptr::from_word(g(&b, 0))),
                Type::Interface(_) => {
                    let (x, y) = (g(&a, 0), g(&b, 0));
                    if x == 0 || y == 0 {
                        x == y
                    } else {
                        let (tx, ty) = (self.box_type(x), self.box_type(y));
                        if tx != ty {
                            false
                        } else if !self.comparable(tx) {
                            return Err(Fault::Runtime(format!(
                                "comparing uncomparable type {}",
                                go_type_name(self.m, tx)
                            )));
                        } else {
                            let (_, wa) = self.box_words(x);
                            let (_, wb) = self.box_words(y);
                            work.push((tx, wa, wb));
                            true
                        }
                    }
                }
                Type::Struct(fs) => {
                    let mut off = 0;
                    let mut parts = Vec::new();
                    for f in &fs {
                        let n = self.nregs_of(f.ty);
                        if f.name != "_" {
                            let sa = a.get(off..off + n).unwrap_or(&[]).to_vec();
                            let sb = b.get(off..off + n).unwrap_or(&[]).to_vec();
                            parts.push((f.ty, sa, sb));
                        }
                        off += n;
                    }
                    work.extend(parts.into_iter().rev());
                    true
                }
                Type::Array(n, e) => {
                    let k = self.nregs_of(e);
                    let mut parts = Vec::new();
                    for i in 0..n as usize {
                        let sa = a.get(i * k..(i + 1) * k).unwrap_or(&[]).to_vec();
                        let sb = b.get(i * k..(i + 1) * k).unwrap_or(&[]).to_vec();
                        parts.push((e, sa, sb));
                    }
                    work.extend(parts.into_iter().rev());
                    true
                }
                Type::Slice(_) | Type::Map(..) | Type::Func(_) => {
                    return Err(Fault::Runtime(format!(
                        "comparing uncomparable type {}",
                        go_type_name(self.m, t)
                    )));
                }
                _ => g(&a, 0) == g(&b, 0),
            };
            if !eq {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub(super) fn iface_eq(&mut self, a: u64, b: u64) -> R<bool> {
        let any = self.any_iface_type();
        self.values_equal(any, &[a], &[b])
    }

    fn any_iface_type(&self) -> TypeId {
        // Any interface type id works for `values_equal`: find one.
        self.m
            .elems
            .iter()
            .map(|e| e.ty)
            .find(|&t| matches!(self.m.types.under_type(t), Type::Interface(_)))
            .unwrap_or(TypeId(u32::MAX))
    }

    pub(super) fn op_eq_v(&mut self, a: usize, b: usize, e: u32) -> R<bool> {
        let info = &self.m.elems[e as usize];
        let n = info.regs as usize;
        let t = info.ty;
        let va = self.regs[a..a + n].to_vec();
        let vb = self.regs[b..b + n].to_vec();
        self.values_equal(t, &va, &vb)
    }

    // ───────────── fmt methods ─────────────

    fn is_text_method(&self, e: &MethodEntry) -> bool {
        match self.m.types.get(self.m.types.canon(e.sig)) {
            Type::Func(s) => {
                s.params.is_empty()
                    && s.results.len() == 1
                    && self.m.types.canon(s.results[0])
                        == crate::check::types::basic(BasicKind::String)
            }
            _ => false,
        }
    }

    /// The fmt methods of a value of type `t` (None if it has none).
    pub(super) fn fmt_methods(&self, t: TypeId, w: &[u64]) -> Option<Box<f::Methods>> {
        let t = self.m.types.canon(t);
        let tab = self.m.iface.methods.get(&t)?;
        let get = |n: &str| match tab.get(n) {
            Some(e) if self.is_text_method(e) => f::Method::Pending,
            _ => f::Method::Absent,
        };
        let ms = f::Methods {
            handle: 0,
            error: get("Error"),
            string: get("String"),
            go_string: get("GoString"),
        };
        if !ms.error.is_present() && !ms.string.is_present() && !ms.go_string.is_present() {
            return None;
        }
        let mut recv = self.iface.recv.borrow_mut();
        let handle = recv.len() as u64;
        recv.push((t, w.to_vec()));
        Some(Box::new(f::Methods { handle, ..ms }))
    }

    /// Sets up the call of text method `name` on (t, words) with the
    /// window at `at`; false if there is no such method.
    fn request_text_call(&mut self, t: TypeId, words: &[u64], name: &str, at: usize) -> bool {
        let Some(e) = self
            .m
            .iface
            .methods
            .get(&t)
            .and_then(|tab| tab.get(name))
            .copied()
        else {
            return false;
        };
        let w = if e.direct {
            words.first().copied().unwrap_or(0)
        } else {
            match self.box_of(t, words) {
                Some(b) => b,
                None => return false,
            }
        };
        if self.regs.len() <= at {
            self.regs.resize(at + 1, 0);
        }
        self.regs[at] = w;
        self.iface.call_req = Some((e.func, at));
        true
    }

    fn fmt_args(&mut self, at: usize) -> Vec<f::FmtValue> {
        let sl = self.slice_regs(at);
        let mut out = Vec::with_capacity(sl[2] as usize);
        if let Some(o) = Self::obj(sl[0]) {
            for i in 0..sl[2] as usize {
                let w = Ptr::word(self.heap.load_ptr(o, sl[1] as usize + i));
                let mut v = self.fmt_iface(w);
                if w != 0 {
                    let t = self.box_type(w);
                    self.fmt_pointer_target(t, &mut v);
                }
                out.push(v);
            }
        }
        out
    }

    /// A top-level pointer to a struct, array, slice or map argument
    /// gets its target (fmt prints `&{...}`).
    fn fmt_pointer_target(&mut self, t: TypeId, v: &mut f::FmtValue) {
        let m = self.m;
        let f::Kind::Pointer { addr, target } = &mut v.kind else {
            return;
        };
        let Type::Pointer(e) = m.types.under_type(t) else {
            return;
        };
        let e = m.types.canon(*e);
        let composite = matches!(
            m.types.under_type(e),
            Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..)
        );
        if !composite || *addr == 0 {
            return;
        }
        let p = *addr;
        let Some(ei) = self.elem_of_type(e) else {
            return;
        };
        let Ok((o, at)) = self.deref(p) else {
            return;
        };
        let info = &m.elems[ei as usize];
        let mut words = vec![0u64; info.regs as usize];
        mem::load_into(&self.heap, o, at, &info.shape, &mut words);
        *target = Some(Box::new(self.fmt_value(e, &words)));
    }

    /// A fmt native (see the module comment).
    pub(crate) fn fmt_lazy(&mut self, base: usize, op: FmtOp) -> R<()> {
        let depth = self.frames.len();
        while self.iface.fmt.last().is_some_and(|p| p.depth > depth) {
            self.iface.fmt.pop();
        }
        let resume = self
            .iface
            .fmt
            .last()
            .is_some_and(|p| p.depth == depth && p.base == base);
        let mut st = match (resume, self.iface.fmt.pop()) {
            (true, Some(mut st)) => {
                let s = self.str_bytes(self.regs[base]);
                if let Some(c) = st.calls.get(st.next).cloned() {
                    f::set_method_result(&mut st.args, &c, f::Method::Returned(s));
                }
                st.next += 1;
                st
            }
            (_, prev) => {
                if let Some(p) = prev {
                    self.iface.fmt.push(p);
                }
                let mut prefix = [0u64; 4];
                let mut at = base;
                if matches!(op, FmtOp::Append | FmtOp::Appendf | FmtOp::Appendln) {
                    prefix = self.slice_regs(base);
                    at += 4;
                }
                let with_format = matches!(
                    op,
                    FmtOp::Printf | FmtOp::Sprintf | FmtOp::Wrap | FmtOp::Appendf
                );
                let format = if with_format {
                    at += 1;
                    self.str_bytes(self.regs[at - 1])
                } else {
                    Vec::new()
                };
                self.iface.recv.borrow_mut().clear();
                let args = self.fmt_args(at);
                let recv = std::mem::take(&mut *self.iface.recv.borrow_mut());
                FmtPending {
                    prefix,
                    depth,
                    base,
                    format,
                    args,
                    recv,
                    calls: Vec::new(),
                    next: 0,
                    rounds: 0,
                }
            }
        };
        loop {
            while st.next < st.calls.len() {
                let c = st.calls[st.next].clone();
                let (t, words) = match st.recv.get(c.handle as usize) {
                    Some((t, w)) => (*t, w.clone()),
                    None => (TypeId(0), vec![]),
                };
                if self.request_text_call(t, &words, c.method.name(), base) {
                    self.iface.fmt.push(st);
                    return Ok(());
                }
                f::set_method_result(&mut st.args, &c, f::Method::Absent);
                st.next += 1;
            }
            st.rounds += 1;
            let lazy = st.rounds < 8;
            let (text, wrapped) = match op {
                FmtOp::Print | FmtOp::Sprint | FmtOp::Append => match lazy {
                    true => (f::try_sprint(&st.args), None),
                    false => (f::Outcome::Done(f::sprint(&st.args)), None),
                },
                FmtOp::Println | FmtOp::Sprintln | FmtOp::Appendln => match lazy {
                    true => (f::try_sprintln(&st.args), None),
                    false => (f::Outcome::Done(f::sprintln(&st.args)), None),
                },
                FmtOp::Printf | FmtOp::Sprintf | FmtOp::Appendf => match lazy {
                    true => (f::try_sprintf(&st.format, &st.args), None),
                    false => (f::Outcome::Done(f::sprintf(&st.format, &st.args)), None),
                },
                FmtOp::Wrap => {
                    let r = if lazy {
                        f::try_errorf(&st.format, &st.args)
                    } else {
                        f::Outcome::Done(f::errorf(&st.format, &st.args))
                    };
                    match r {
                        f::Outcome::Done(r) => {
                            let w = match r.wrapped {
                                f::Wrapped::None => vec![],
                                f::Wrapped::One(i) => vec![i],
                                f::Wrapped::Many(v) => v,
                            };
                            (f::Outcome::Done(r.text), Some(w))
                        }
                        f::Outcome::NeedCalls(c) => (f::Outcome::NeedCalls(c), None),
                        f::Outcome::Panic(c) => (f::Outcome::Panic(c), None),
                    }
                }
            };
            let out = match text {
                f::Outcome::NeedCalls(cs) => {
                    st.calls = cs;
                    st.next = 0;
                    continue;
                }
                f::Outcome::Done(t) => t,
                f::Outcome::Panic(_) => f::sprint(&st.args),
            };
            match op {
                FmtOp::Print | FmtOp::Println | FmtOp::Printf => {
                    self.write_out(&out);
                    self.regs[base] = out.len() as u64;
                    self.regs[base + 1] = 0;
                }
                FmtOp::Sprint | FmtOp::Sprintln | FmtOp::Sprintf => {
                    self.regs[base] = self.new_str(&out);
                }
                FmtOp::Append | FmtOp::Appendf | FmtOp::Appendln => {
                    // Appends in place while the capacity lasts, else
                    // grows as append does.
                    let sl = super::natives::append_bytes(self, st.prefix, &out)?;
                    self.regs[base..base + 4].copy_from_slice(&sl);
                }
                FmtOp::Wrap => {
                    let w = wrapped.unwrap_or_default();
                    let n = w.len();
                    let sl = self.words_slice(w.into_iter().map(|i| i as u64), n, false);
                    self.regs[base] = self.new_str(&out);
                    self.regs[base + 1..base + 5].copy_from_slice(&sl);
                }
            }
            return Ok(());
        }
    }

    // ───────────── errors.As ─────────────

    /// errors.asTarget(err error, target any) bool (see stdlib/errors).
    pub(crate) fn errors_as_target(&mut self, base: usize) -> R<()> {
        let (err, target) = (self.regs[base], self.regs[base + 1]);
        let m = self.m;
        let (tt, tw) = self.box_words(target);
        let p = tw.first().copied().unwrap_or(0);
        let x = match m.types.under_type(tt) {
            Type::Pointer(x) if target != 0 && p != 0 => m.types.canon(*x),
            _ => return Err(self.panic_str("errors: target must be a non-nil pointer".into())),
        };
        let mut hit = false;
        if err != 0 {
            let et = self.box_type(err);
            let words = if matches!(m.types.under_type(x), Type::Interface(_)) {
                self.itab(et, x.0).is_ok().then(|| vec![err])
            } else if et == x {
                Some(self.box_words(err).1)
            } else {
                None
            };
            if let Some(words) = words {
                let Some(e) = self.elem_of_type(x) else {
                    return Err(Fault::Unsupported("errors.As target type".into()));
                };
                let (o, at) = self.deref(p)?;
                let info = m.elems[e as usize].clone();
                self.store_elem(o, 0, at, &info, &words);
                hit = true;
            }
        }
        self.regs[base] = hit as u64;
        Ok(())
    }

    // ───────────── panic values ─────────────

    /// Before `panic(v)` is reported: if v's dynamic type has an Error (or
    /// else String) method whose text is not known yet, asks for the call
    /// with its window at `top` (the loop re-runs the Panic instruction).
    pub(super) fn panic_method(&mut self, v: u64, top: usize) -> bool {
        if v == 0 {
            return false;
        }
        let depth = self.frames.len();
        if let Some((d, pv, at)) = self.iface.panic_pending.take() {
            if d == depth && pv == v {
                let s = String::from_utf8_lossy(&self.str_bytes(self.regs[at])).into_owned();
                self.iface.panic_texts.insert(v, s);
                return false;
            }
        }
        if self.iface.panic_texts.contains_key(&v) {
            return false;
        }
        let (t, words) = self.box_words(v);
        let Some(tab) = self.m.iface.methods.get(&t) else {
            return false;
        };
        let name = ["Error", "String"]
            .into_iter()
            .find(|n| tab.get(*n).is_some_and(|e| self.is_text_method(e)));
        let Some(name) = name else {
            return false;
        };
        if self.request_text_call(t, &words, name, top) {
            self.iface.panic_pending = Some((depth, v, top));
            return true;
        }
        false
    }
}
