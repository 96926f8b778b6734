//! The VM: runs a compiled `Module`, one `Vm` per goroutine.
//!
//! Owns: a goroutine's register stack, frame stack, defer/panic state and
//! pending runtime operation; the instruction loop; Go panics and their
//! reports; handles on what all goroutines share (module, heap, globals
//! object, string constants, natives, `goroutine::Shared`).
//! Invariants: a frame's registers are `regs[base .. base + nregs]`; Go
//! calls never recurse on the Rust stack (Call pushes a `Frame`, Ret pops
//! one); the register stack is bounded and exceeding it is Go's stack
//! overflow (exit 2). Every heap access goes through `gc::Heap` and is
//! bounds-checked there; the VM checks Go's bounds first so the heap's
//! checks never fire. The loop leaves only at a safe point: with its pc
//! saved in the top frame (yield, park, finish) or with a `Fault`. No
//! collection runs yet (the heap only grows; see ARCHITECTURE.md).

mod atomics;
mod fmtval;
mod goroutine;
mod iface;
mod maps;
mod mem;
mod natives;
mod panics;
mod report;
mod rtnatives;
mod syncops;

use crate::check::types::TypeId;
use crate::compile::bytecode::*;
use crate::gc::{Heap, LayoutDesc, LayoutId, LayoutKind, LocalCache, ObjRef, Ptr};
use crate::runtime::sched::Cx;
use std::sync::Arc;

/// Register stack limit in words (Go's 1 GB stack, roughly).
const MAX_REGS: usize = 1 << 26;
/// Frame stack limit.
const MAX_FRAMES: usize = 8_000_000;

#[derive(Clone, Copy, Debug)]
struct Frame {
    func: u32,
    pc: u32,
    base: u32,
    /// The closure object this frame runs (0 for a direct call).
    clo: u64,
}

/// A Go panic in flight.
#[derive(Debug)]
pub enum Fault {
    /// A runtime error (`panic: runtime error: MSG`).
    Runtime(String),
    /// `panic(v)` with interface word `v`.
    Value(u64),
    /// A golite limitation reached at run time.
    Unsupported(String),
    /// Go's unrecoverable `fatal error: MSG` (exit 2).
    Fatal(String),
    /// A runtime panic printed without the `runtime error: ` prefix
    /// (`send on closed channel`, `close of nil channel`).
    Plain(String),
    /// Stack overflow (fatal).
    StackOverflow,
    /// os.Exit(n).
    Exit(i32),
    /// A panic ran every deferred call and nothing recovered it: the
    /// report comes from the goroutine's panic records.
    Unwound,
    /// runtime.Goexit: runs the deferred calls, then ends the goroutine.
    Goexit,
}

type R<T> = Result<T, Fault>;

fn rt<T>(msg: impl Into<String>) -> R<T> {
    Err(Fault::Runtime(msg.into()))
}

/// One goroutine's VM: its registers, frames and pending runtime
/// operation, plus handles on what every goroutine shares.
pub struct Vm<'m> {
    m: &'m Module,
    heap: Arc<Heap>,
    /// The allocation cache of the worker running this goroutine (swapped
    /// in for each time slice; empty while parked).
    cache: LocalCache,
    regs: Vec<u64>,
    frames: Vec<Frame>,
    globals: ObjRef,
    strs: Arc<Vec<u64>>,
    hdr_layout: LayoutId,
    natives: Arc<Vec<Option<natives::NativeFn>>>,
    /// What every goroutine of the program shares.
    sh: Arc<goroutine::Shared>,
    /// Goroutine id (1 = main).
    gid: u64,
    /// A blocked operation to finish when the goroutine resumes.
    pending: Option<goroutine::Pending>,
    /// A request a native left for the instruction loop (sleep, yield...).
    req: Option<goroutine::Request>,
    pub args: Arc<Vec<String>>,
    iface: iface::IfaceState,
    /// Deferred calls and panics in flight (per goroutine).
    dfr: panics::DeferState,
}

/// What every goroutine's `Vm` shares with the others: enough to start a
/// new one.
#[derive(Clone)]
pub(crate) struct Parts<'m> {
    m: &'m Module,
    sh: Arc<goroutine::Shared>,
    globals: ObjRef,
    strs: Arc<Vec<u64>>,
    hdr_layout: LayoutId,
    natives: Arc<Vec<Option<natives::NativeFn>>>,
    args: Arc<Vec<String>>,
}

/// Runs `m` to completion and returns the process exit status.
pub fn run(m: Module, args: Vec<String>) -> i32 {
    goroutine::run_program(m, args)
}

impl<'m> Vm<'m> {
    /// The VM of goroutine 1 for module `m`: allocates the program's
    /// string constants and globals object and binds the natives.
    pub fn new_main(m: &'m Module, args: Vec<String>, sh: Arc<goroutine::Shared>) -> Vm<'m> {
        let mut cache = LocalCache::new(&sh.heap);
        let strs = m
            .strings
            .iter()
            .map(|s| {
                if s.is_empty() {
                    0
                } else {
                    cache.alloc_string(s).ptr().bits()
                }
            })
            .collect();
        let hdr_layout = LayoutId::register(&LayoutDesc {
            name: "slice header".into(),
            kind: LayoutKind::Words,
            elem_words: 4,
            ptr_words: vec![0],
            immutable: true,
        });
        let natives = m
            .natives
            .iter()
            .map(|n| {
                natives::lookup(n)
                    .or_else(|| rtnatives::lookup(n))
                    .or_else(|| syncops::lookup(n))
                    .or_else(|| atomics::lookup(n))
            })
            .collect();
        let globals = cache.alloc(m.globals_layout, 1);
        let parts = Parts {
            m,
            sh,
            globals,
            strs: Arc::new(strs),
            hdr_layout,
            natives: Arc::new(natives),
            args: Arc::new(args),
        };
        let mut vm = Vm::start(&parts, m.entry, 0, &[], cache);
        vm.gid = 1;
        vm
    }

    /// A goroutine's VM that will call function `f` (closure `clo`, or 0)
    /// with `args` (register form) as its first registers.
    pub(crate) fn start(
        p: &Parts<'m>,
        f: u32,
        clo: u64,
        args: &[u64],
        cache: LocalCache,
    ) -> Vm<'m> {
        let need = (p.m.funcs[f as usize].nregs as usize).max(args.len()) + 16;
        let mut regs = vec![0u64; need];
        regs[..args.len()].copy_from_slice(args);
        Vm {
            m: p.m,
            heap: p.sh.heap.clone(),
            cache,
            regs,
            frames: vec![Frame {
                func: f,
                pc: 0,
                base: 0,
                clo,
            }],
            globals: p.globals,
            strs: p.strs.clone(),
            hdr_layout: p.hdr_layout,
            natives: p.natives.clone(),
            sh: p.sh.clone(),
            gid: 0,
            pending: None,
            req: None,
            args: p.args.clone(),
            iface: iface::IfaceState::new(p.m),
            dfr: panics::DeferState::default(),
        }
    }

    /// What a new goroutine shares with this one.
    pub(crate) fn parts(&self) -> Parts<'m> {
        Parts {
            m: self.m,
            sh: self.sh.clone(),
            globals: self.globals,
            strs: self.strs.clone(),
            hdr_layout: self.hdr_layout,
            natives: self.natives.clone(),
            args: self.args.clone(),
        }
    }

    /// A goroutine-1 VM with its own shared state, for unit tests that
    /// call natives directly.
    #[cfg(test)]
    pub(crate) fn new(m: &'m Module, args: Vec<String>) -> Vm<'m> {
        let heap = Heap::new(crate::gc::GcConfig::default());
        Vm::new_main(m, args, Arc::new(goroutine::Shared::new(heap)))
    }

    pub(crate) fn write_out(&mut self, b: &[u8]) {
        self.sh.write_out(b);
    }

    /// Flushes the shared stdout buffer (before a native writes a file
    /// descriptor directly).
    pub(crate) fn flush(&mut self) {
        self.sh.flush_out();
    }

    pub(crate) fn write_err(&mut self, b: &[u8]) {
        self.sh.write_err(b);
    }

    /// Reports fault `f` as Go does and returns the exit status.
    fn finish(&mut self, r: R<()>) -> i32 {
        match r {
            Ok(()) => 0,
            Err(Fault::Exit(n)) => n,
            Err(Fault::Fatal(msg)) => {
                let text = format!("fatal error: {msg}\n\ngoroutine {} [running]:\n", self.gid);
                self.write_err(text.as_bytes());
                2
            }
            Err(Fault::Unwound) => {
                let text = self.panic_report();
                self.write_err(text.as_bytes());
                2
            }
            Err(Fault::StackOverflow) => {
                self.write_err(
                    b"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n",
                );
                2
            }
            Err(f) => {
                let msg = match f {
                    Fault::Runtime(s) => {
                        let extra = if s.starts_with("invalid memory address") {
                            "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"
                        } else {
                            ""
                        };
                        format!("panic: runtime error: {s}{extra}\n")
                    }
                    Fault::Value(v) => format!("panic: {}\n", self.value_text(v)),
                    Fault::Unsupported(s) => format!("panic: golite: not supported yet: {s}\n"),
                    Fault::Plain(s) => format!("panic: {s}\n"),
                    _ => String::new(),
                };
                let mut text = msg;
                text.push_str(&format!("\ngoroutine {} [running]:\n", self.gid));
                for fr in self.frames.iter().rev().skip_while(|_| false) {
                    if fr.func == self.m.entry {
                        continue;
                    }
                    let f = &self.m.funcs[fr.func as usize];
                    text.push_str(&format!("{}()\n", f.name));
                }
                self.write_err(text.as_bytes());
                2
            }
        }
    }

    // ───────────── heap helpers ─────────────

    pub(crate) fn obj(w: u64) -> Option<ObjRef> {
        Ptr::from_word(w)?.as_obj()
    }

    pub(crate) fn str_bytes(&self, w: u64) -> Vec<u8> {
        match Self::obj(w) {
            Some(o) => self.heap.str_bytes(o).to_vec(),
            None => Vec::new(),
        }
    }

    fn str_len(&self, w: u64) -> usize {
        match Self::obj(w) {
            Some(o) => self.heap.len(o),
            None => 0,
        }
    }

    pub(crate) fn new_str(&mut self, b: &[u8]) -> u64 {
        if b.is_empty() {
            0
        } else {
            self.cache.alloc_string(b).ptr().bits()
        }
    }

    /// Loads element word-group `idx` (heap form) of `o` into register form.
    #[allow(clippy::explicit_counter_loop)]
    fn load_elem(&self, o: ObjRef, idx: usize, e: &ElemInfo, out: &mut [u64]) {
        let hw = e.shape.len();
        let mut w = idx * hw;
        let mut r = 0;
        for s in &e.shape {
            match s {
                Slot::S => {
                    out[r] = self.heap.load(o, w);
                    r += 1;
                }
                Slot::P => {
                    out[r] = Ptr::word(self.heap.load_ptr(o, w));
                    r += 1;
                }
                Slot::Sl => {
                    match self.heap.load_ptr(o, w).and_then(|p| p.as_obj()) {
                        Some(h) => {
                            out[r] = Ptr::word(self.heap.load_ptr(h, 0));
                            out[r + 1] = self.heap.load(h, 1);
                            out[r + 2] = self.heap.load(h, 2);
                            out[r + 3] = self.heap.load(h, 3);
                        }
                        None => out[r..r + 4].fill(0),
                    }
                    r += 4;
                }
            }
            w += 1;
        }
    }

    /// Stores register-form `v` as element `idx` of `o` (starting at heap
    /// word `idx * heap_words + skip`).
    #[allow(clippy::explicit_counter_loop)]
    fn store_elem(&mut self, o: ObjRef, idx: usize, skip: usize, e: &ElemInfo, v: &[u64]) {
        let hw = e.shape.len();
        let mut w = idx * hw + skip;
        let mut r = 0;
        for s in &e.shape {
            match s {
                Slot::S => {
                    self.heap.store(o, w, v[r]);
                    r += 1;
                }
                Slot::P => {
                    self.heap.store_ptr(o, w, Ptr::from_word(v[r]));
                    r += 1;
                }
                Slot::Sl => {
                    let h = if v[r + 2] == 0 && v[r] == 0 {
                        None
                    } else {
                        let (a, b, c, d) = (v[r], v[r + 1], v[r + 2], v[r + 3]);
                        let hl = self.hdr_layout;
                        Some(
                            self.cache
                                .alloc_init(hl, 1, |i| {
                                    i.store_ptr(0, Ptr::from_word(a));
                                    i.store(1, b);
                                    i.store(2, c);
                                    i.store(3, d);
                                })
                                .ptr(),
                        )
                    };
                    self.heap.store_ptr(o, w, h);
                    r += 4;
                }
            }
            w += 1;
        }
    }

    fn alloc_array(&mut self, e: &ElemInfo, n: usize) -> R<ObjRef> {
        let words = n.saturating_mul(e.shape.len().max(1));
        if words > (1 << 31) {
            return rt("makeslice: len out of range");
        }
        if e.shape.is_empty() {
            return Ok(self.cache.alloc(LayoutId::SCALARS, n.max(1)));
        }
        Ok(self.cache.alloc(e.layout, n.max(1)))
    }

    /// The heap form of register-form value `v`: (is pointer, word) per
    /// heap word; slices get a fresh immutable header.
    fn heap_form(&mut self, e: &ElemInfo, v: &[u64]) -> Vec<(bool, u64)> {
        let mut out = Vec::with_capacity(e.shape.len());
        let mut r = 0;
        for s in &e.shape {
            match s {
                Slot::S => {
                    out.push((false, v[r]));
                    r += 1;
                }
                Slot::P => {
                    out.push((true, v[r]));
                    r += 1;
                }
                Slot::Sl => {
                    let (a, b, c, d) = (v[r], v[r + 1], v[r + 2], v[r + 3]);
                    let w = if a == 0 && c == 0 {
                        0
                    } else {
                        let hl = self.hdr_layout;
                        self.cache
                            .alloc_init(hl, 1, |i| {
                                i.store_ptr(0, Ptr::from_word(a));
                                i.store(1, b);
                                i.store(2, c);
                                i.store(3, d);
                            })
                            .ptr()
                            .bits()
                    };
                    out.push((true, w));
                    r += 4;
                }
            }
        }
        out
    }

    pub(crate) fn box_value(&mut self, b: u32, v: &[u64]) -> u64 {
        let m = self.m;
        let e = &m.elems[b as usize];
        let ty = e.ty.0 as u64;
        let words = self.heap_form(e, v);
        let o = self.cache.alloc_init(e.box_layout, 1, |i| {
            i.store(0, ty);
            for (k, (p, w)) in words.iter().enumerate() {
                if *p {
                    i.store_ptr(k + 1, Ptr::from_word(*w));
                } else {
                    i.store(k + 1, *w);
                }
            }
        });
        o.ptr().bits()
    }

    /// The dynamic type and register-form words of a non-nil box.
    pub(crate) fn unbox(&self, w: u64) -> (TypeId, Vec<u64>) {
        let Some(o) = Self::obj(w) else {
            return (TypeId(0), vec![]);
        };
        let ty = TypeId(self.heap.load(o, 0) as u32);
        let e = self.elem_of_type(ty).map(|i| &self.m.elems[i as usize]);
        match e {
            Some(e) => {
                let mut out = vec![0u64; e.regs as usize];
                // element 0 starting at heap word 1
                let hw = e.shape.len();
                let mut tmp = vec![0u64; e.regs as usize];
                let _ = hw;
                self.load_elem_at(o, 1, e, &mut tmp);
                out.copy_from_slice(&tmp);
                (ty, out)
            }
            None => (ty, vec![]),
        }
    }

    #[allow(clippy::explicit_counter_loop)]
    fn load_elem_at(&self, o: ObjRef, start: usize, e: &ElemInfo, out: &mut [u64]) {
        let mut w = start;
        let mut r = 0;
        for s in &e.shape {
            match s {
                Slot::S => {
                    out[r] = self.heap.load(o, w);
                    r += 1;
                }
                Slot::P => {
                    out[r] = Ptr::word(self.heap.load_ptr(o, w));
                    r += 1;
                }
                Slot::Sl => {
                    if let Some(h) = self.heap.load_ptr(o, w).and_then(|p| p.as_obj()) {
                        out[r] = Ptr::word(self.heap.load_ptr(h, 0));
                        out[r + 1] = self.heap.load(h, 1);
                        out[r + 2] = self.heap.load(h, 2);
                        out[r + 3] = self.heap.load(h, 3);
                    }
                    r += 4;
                }
            }
            w += 1;
        }
    }

    /// Reads slice element `i` (no bounds check) into a new vector.
    pub(crate) fn slice_elem(&self, sl: [u64; 4], e: &ElemInfo, i: usize) -> Vec<u64> {
        let mut out = vec![0u64; e.regs as usize];
        if let Some(o) = Self::obj(sl[0]) {
            self.load_elem(o, sl[1] as usize + i, e, &mut out);
        }
        out
    }

    pub(crate) fn elem_index(&self, ty: TypeId) -> Option<usize> {
        self.elem_of_type(ty).map(|i| i as usize)
    }

    /// Makes a new slice from register-form elements.
    pub(crate) fn make_slice_of(&mut self, e: u32, items: &[Vec<u64>]) -> [u64; 4] {
        let info = self.m.elems[e as usize].clone();
        let n = items.len();
        if n == 0 {
            return [0; 4];
        }
        let o = match self.alloc_array(&info, n) {
            Ok(o) => o,
            Err(_) => return [0; 4],
        };
        for (i, it) in items.iter().enumerate() {
            self.store_elem(o, i, 0, &info, it);
        }
        [o.ptr().bits(), 0, n as u64, n as u64]
    }
}

// ───────────── the instruction loop ─────────────

impl Vm<'static> {
    /// Runs this goroutine from its saved pc until it finishes, blocks,
    /// or uses up its time slice.
    fn exec(&mut self, cx: &mut Cx<'_>) -> R<goroutine::Stop> {
        loop {
            let mut f = match self.interp(cx) {
                Ok(stop) => return Ok(stop),
                Err(f) => f,
            };
            if self.dfr.report_call.take().is_some() {
                // A String/Error method run for the report failed.
                f = Fault::Unwound;
            }
            loop {
                if let Fault::Unwound = f {
                    if self.report_prepare() {
                        break;
                    }
                    return Err(f);
                }
                if !matches!(
                    f,
                    Fault::Runtime(_) | Fault::Value(_) | Fault::Plain(_) | Fault::Goexit
                ) {
                    return Err(f);
                }
                match self.on_fault(f) {
                    Ok(()) => break,
                    Err(e) => f = e,
                }
            }
        }
    }

    /// The instruction loop: runs from the top frame's saved pc until the
    /// bottom frame returns or a fault leaves it.
    fn interp(&mut self, cx: &mut Cx<'_>) -> R<goroutine::Stop> {
        use goroutine::Stop;
        let m = self.m;
        let Some(top) = self.frames.last().copied() else {
            return Ok(Stop::Done);
        };
        let mut fi = top.func as usize;
        let mut code: &[Op] = &m.funcs[fi].code;
        let mut pc: usize = top.pc as usize;
        let mut base: usize = top.base as usize;
        // Back edges and calls left before the shared budget is consulted.
        let mut ticks: i64 = goroutine::TICK_CHUNK;
        macro_rules! save_pc {
            () => {
                if let Some(fr) = self.frames.last_mut() {
                    fr.pc = pc as u32;
                }
            };
        }
        // Preemption point: on yield the goroutine resumes at `$resume`.
        macro_rules! tick {
            ($resume:expr) => {
                ticks -= 1;
                if ticks <= 0 {
                    ticks = goroutine::TICK_CHUNK;
                    if !cx.budget().tick(goroutine::TICK_CHUNK) {
                        pc = $resume;
                        save_pc!();
                        return Ok(Stop::Yield);
                    }
                }
            };
        }
        // A native run outside CallNative (a deferred call) may have left
        // a runtime request: serve it with the goroutine at `pc`.
        macro_rules! serve_req {
            () => {
                if self.req.is_some() {
                    save_pc!();
                    match self.serve_request(cx) {
                        Ok(Some(stop)) => return Ok(stop),
                        Ok(None) => {}
                        Err(e) => fault!(e),
                    }
                }
            };
        }
        macro_rules! r {
            ($x:expr) => {
                self.regs[base + $x as usize]
            };
        }
        macro_rules! bin {
            ($d:expr, $a:expr, $b:expr, $f:expr) => {{
                let x = r!($a);
                let y = r!($b);
                r!($d) = $f(x, y);
            }};
        }
        macro_rules! fbin {
            ($d:expr, $a:expr, $b:expr, $f:expr) => {{
                let x = f64::from_bits(r!($a));
                let y = f64::from_bits(r!($b));
                r!($d) = ($f(x, y) as f64).to_bits();
            }};
        }
        macro_rules! fault {
            ($e:expr) => {{
                if let Some(fr) = self.frames.last_mut() {
                    fr.pc = pc as u32;
                }
                return Err($e);
            }};
        }
        // Enters function f with registers at absolute nb (after saving
        // this frame's pc).
        macro_rules! enter {
            ($f:expr, $nb:expr, $clo:expr) => {{
                let (f, nb): (u32, usize) = ($f, $nb);
                if let Some(fr) = self.frames.last_mut() {
                    fr.pc = pc as u32;
                }
                if let Err(e) = self.push_frame(f, nb, $clo) {
                    fault!(e)
                }
                fi = f as usize;
                code = &m.funcs[fi].code;
                pc = 0;
                base = nb;
            }};
        }
        serve_req!();
        loop {
            let Some(&op) = code.get(pc) else {
                fault!(Fault::Unsupported("fell off the end of a function".into()))
            };
            pc += 1;
            match op {
                Op::Nop => {}
                Op::LoadInt { d, v } => r!(d) = v as u64,
                Op::LoadStr { d, k } => r!(d) = self.strs[k as usize],
                Op::Move { d, s } => r!(d) = r!(s),
                Op::MoveN { d, s, n } => {
                    let (d, s, n) = (base + d as usize, base + s as usize, n as usize);
                    self.regs.copy_within(s..s + n, d);
                }
                Op::Zero { d, n } => {
                    let d = base + d as usize;
                    self.regs[d..d + n as usize].fill(0);
                }
                Op::LoadGlobal { d, g, e } => self.op_load_global(base + d as usize, g, e),
                Op::StoreGlobal { g, s, e } => self.op_store_global(g, base + s as usize, e),
                Op::AddI { d, a, b } => bin!(d, a, b, u64::wrapping_add),
                Op::SubI { d, a, b } => bin!(d, a, b, u64::wrapping_sub),
                Op::MulI { d, a, b } => bin!(d, a, b, u64::wrapping_mul),
                Op::DivI { d, a, b } => {
                    let y = r!(b) as i64;
                    if y == 0 {
                        fault!(Fault::Runtime("integer divide by zero".into()))
                    }
                    r!(d) = (r!(a) as i64).wrapping_div(y) as u64;
                }
                Op::RemI { d, a, b } => {
                    let y = r!(b) as i64;
                    if y == 0 {
                        fault!(Fault::Runtime("integer divide by zero".into()))
                    }
                    r!(d) = (r!(a) as i64).wrapping_rem(y) as u64;
                }
                Op::DivU { d, a, b } => {
                    let y = r!(b);
                    if y == 0 {
                        fault!(Fault::Runtime("integer divide by zero".into()))
                    }
                    r!(d) = r!(a) / y;
                }
                Op::RemU { d, a, b } => {
                    let y = r!(b);
                    if y == 0 {
                        fault!(Fault::Runtime("integer divide by zero".into()))
                    }
                    r!(d) = r!(a) % y;
                }
                Op::AndI { d, a, b } => bin!(d, a, b, |x, y| x & y),
                Op::OrI { d, a, b } => bin!(d, a, b, |x, y| x | y),
                Op::XorI { d, a, b } => bin!(d, a, b, |x, y| x ^ y),
                Op::AndNotI { d, a, b } => bin!(d, a, b, |x: u64, y: u64| x & !y),
                Op::Shl { d, a, b, bu } => {
                    let c = r!(b);
                    if !bu && (c as i64) < 0 {
                        fault!(Fault::Runtime("negative shift amount".into()))
                    }
                    r!(d) = if c >= 64 { 0 } else { r!(a) << c };
                }
                Op::ShrS { d, a, b, bu } => {
                    let c = r!(b);
                    if !bu && (c as i64) < 0 {
                        fault!(Fault::Runtime("negative shift amount".into()))
                    }
                    r!(d) = ((r!(a) as i64) >> c.min(63)) as u64;
                }
                Op::ShrU { d, a, b, bu } => {
                    let c = r!(b);
                    if !bu && (c as i64) < 0 {
                        fault!(Fault::Runtime("negative shift amount".into()))
                    }
                    r!(d) = if c >= 64 { 0 } else { r!(a) >> c };
                }
                Op::AddIK { d, a, k } => r!(d) = r!(a).wrapping_add(k as i64 as u64),
                Op::NegI { d, a } => r!(d) = r!(a).wrapping_neg(),
                Op::ComI { d, a } => r!(d) = !r!(a),
                Op::Ext { d, a, k } => {
                    let x = r!(a);
                    r!(d) = match k {
                        IntK::I8 => x as i8 as i64 as u64,
                        IntK::I16 => x as i16 as i64 as u64,
                        IntK::I32 => x as i32 as i64 as u64,
                        IntK::U8 => x as u8 as u64,
                        IntK::U16 => x as u16 as u64,
                        IntK::U32 => x as u32 as u64,
                    };
                }
                Op::AddF { d, a, b } => fbin!(d, a, b, |x: f64, y: f64| x + y),
                Op::SubF { d, a, b } => fbin!(d, a, b, |x: f64, y: f64| x - y),
                Op::MulF { d, a, b } => fbin!(d, a, b, |x: f64, y: f64| x * y),
                Op::DivF { d, a, b } => fbin!(d, a, b, |x: f64, y: f64| x / y),
                Op::NegF { d, a } => r!(d) = (-f64::from_bits(r!(a))).to_bits(),
                Op::F32 { d, a } => r!(d) = (f64::from_bits(r!(a)) as f32 as f64).to_bits(),
                Op::EqI { d, a, b } => bin!(d, a, b, |x, y| (x == y) as u64),
                Op::NeI { d, a, b } => bin!(d, a, b, |x, y| (x != y) as u64),
                Op::LtI { d, a, b } => bin!(d, a, b, |x, y| ((x as i64) < (y as i64)) as u64),
                Op::LeI { d, a, b } => bin!(d, a, b, |x, y| ((x as i64) <= (y as i64)) as u64),
                Op::LtU { d, a, b } => bin!(d, a, b, |x, y| (x < y) as u64),
                Op::LeU { d, a, b } => bin!(d, a, b, |x, y| (x <= y) as u64),
                Op::EqF { d, a, b } => fbin!(d, a, b, |x: f64, y: f64| (x == y) as u64 as f64),
                Op::NeF { d, a, b } => {
                    let x = f64::from_bits(r!(a));
                    let y = f64::from_bits(r!(b));
                    r!(d) = (x != y) as u64;
                }
                Op::LtF { d, a, b } => {
                    let x = f64::from_bits(r!(a));
                    let y = f64::from_bits(r!(b));
                    r!(d) = (x < y) as u64;
                }
                Op::LeF { d, a, b } => {
                    let x = f64::from_bits(r!(a));
                    let y = f64::from_bits(r!(b));
                    r!(d) = (x <= y) as u64;
                }
                Op::EqS { d, a, b }
                | Op::NeS { d, a, b }
                | Op::LtS { d, a, b }
                | Op::LeS { d, a, b } => {
                    let (x, y) = (r!(a), r!(b));
                    let ord = if x == y {
                        std::cmp::Ordering::Equal
                    } else {
                        let (oa, ob) = (Self::obj(x), Self::obj(y));
                        let sa: &[u8] = match oa {
                            Some(o) => self.heap.str_bytes(o),
                            None => &[],
                        };
                        let sb: &[u8] = match ob {
                            Some(o) => self.heap.str_bytes(o),
                            None => &[],
                        };
                        sa.cmp(sb)
                    };
                    use std::cmp::Ordering::*;
                    r!(d) = match op {
                        Op::EqS { .. } => ord == Equal,
                        Op::NeS { .. } => ord != Equal,
                        Op::LtS { .. } => ord == Less,
                        _ => ord != Greater,
                    } as u64;
                }
                Op::Not { d, a } => r!(d) = (r!(a) == 0) as u64,
                Op::Jmp { to } => {
                    let back = (to as usize) < pc;
                    pc = to as usize;
                    if back {
                        tick!(pc);
                    }
                }
                Op::JmpT { c, to } => {
                    if r!(c) != 0 {
                        pc = to as usize
                    }
                }
                Op::JmpF { c, to } => {
                    if r!(c) == 0 {
                        pc = to as usize
                    }
                }
                Op::JLtI { a, b, to } => {
                    if (r!(a) as i64) < (r!(b) as i64) {
                        pc = to as usize
                    }
                }
                Op::JGeI { a, b, to } => {
                    if (r!(a) as i64) >= (r!(b) as i64) {
                        pc = to as usize
                    }
                }
                Op::JLeI { a, b, to } => {
                    if (r!(a) as i64) <= (r!(b) as i64) {
                        pc = to as usize
                    }
                }
                Op::JGtI { a, b, to } => {
                    if (r!(a) as i64) > (r!(b) as i64) {
                        pc = to as usize
                    }
                }
                Op::I2F { d, a } => r!(d) = (r!(a) as i64 as f64).to_bits(),
                Op::U2F { d, a } => r!(d) = (r!(a) as f64).to_bits(),
                Op::F2I { d, a } => {
                    let x = f64::from_bits(r!(a));
                    r!(d) = if x.is_nan()
                        || !(-9.223372036854776e18..9.223372036854776e18).contains(&x)
                    {
                        0x8000_0000_0000_0000
                    } else {
                        x as i64 as u64
                    };
                }
                Op::F2U { d, a } => {
                    let x = f64::from_bits(r!(a));
                    r!(d) = if x < 0.0 { x as i64 as u64 } else { x as u64 };
                }
                Op::RuneToS { d, a } => {
                    let x = r!(a) as i64;
                    let c = if (0..=0x10FFFF).contains(&x) {
                        char::from_u32(x as u32).unwrap_or('\u{FFFD}')
                    } else {
                        '\u{FFFD}'
                    };
                    let mut buf = [0u8; 4];
                    let s = c.encode_utf8(&mut buf);
                    let w = self.new_str(s.as_bytes());
                    r!(d) = w;
                }
                Op::BytesToS { d, s } => {
                    let sl = self.slice_regs(base + s as usize);
                    let e = self.byte_elem();
                    let mut b = Vec::with_capacity(sl[2] as usize);
                    if let Some(o) = Self::obj(sl[0]) {
                        for i in 0..sl[2] as usize {
                            b.push(self.heap.load(o, sl[1] as usize + i) as u8);
                        }
                    }
                    let _ = e;
                    let w = self.new_str(&b);
                    r!(d) = w;
                }
                Op::RunesToS { d, s } => {
                    let sl = self.slice_regs(base + s as usize);
                    let mut b = String::new();
                    if let Some(o) = Self::obj(sl[0]) {
                        for i in 0..sl[2] as usize {
                            let x = self.heap.load(o, sl[1] as usize + i) as i64;
                            let c = if (0..=0x10FFFF).contains(&x) {
                                char::from_u32(x as u32).unwrap_or('\u{FFFD}')
                            } else {
                                '\u{FFFD}'
                            };
                            b.push(c);
                        }
                    }
                    let w = self.new_str(b.as_bytes());
                    r!(d) = w;
                }
                Op::SToBytes { d, a } => {
                    let b = self.str_bytes(r!(a));
                    let sl = self.words_slice(b.iter().map(|&x| x as u64), b.len(), true);
                    let d = base + d as usize;
                    self.regs[d..d + 4].copy_from_slice(&sl);
                }
                Op::SToRunes { d, a } => {
                    let b = self.str_bytes(r!(a));
                    let rs: Vec<u64> = decode_runes(&b).map(|(r, _)| r as i64 as u64).collect();
                    let n = rs.len();
                    let sl = self.words_slice(rs.into_iter(), n, false);
                    let d = base + d as usize;
                    self.regs[d..d + 4].copy_from_slice(&sl);
                }
                Op::Concat { d, a, b } => {
                    let (x, y) = (r!(a), r!(b));
                    let w = if x == 0 {
                        y
                    } else if y == 0 {
                        x
                    } else {
                        let (ox, oy) = (Self::obj(x), Self::obj(y));
                        let heap = self.heap.clone();
                        let sa: &[u8] = ox.map(|o| heap.str_bytes(o)).unwrap_or(&[]);
                        let sb: &[u8] = oy.map(|o| heap.str_bytes(o)).unwrap_or(&[]);
                        self.cache
                            .alloc_string_with(sa.len() + sb.len(), |buf| {
                                buf[..sa.len()].copy_from_slice(sa);
                                buf[sa.len()..].copy_from_slice(sb);
                            })
                            .ptr()
                            .bits()
                    };
                    r!(d) = w;
                }
                Op::LenS { d, a } => r!(d) = self.str_len(r!(a)) as u64,
                Op::IndexS { d, a, i } => {
                    let s = r!(a);
                    let n = self.str_len(s);
                    let i = r!(i) as i64;
                    if i < 0 || i as usize >= n {
                        fault!(index_out_of_range(i, n as u64))
                    }
                    let o = Self::obj(s).ok_or(Fault::Runtime("nil string".into()))?;
                    r!(d) = self.heap.str_bytes(o)[i as usize] as u64;
                }
                Op::SliceS { d, a, lo, hi } => {
                    let s = r!(a);
                    let n = self.str_len(s) as i64;
                    let l = if lo == NO_REG { 0 } else { r!(lo) as i64 };
                    let h = if hi == NO_REG { n } else { r!(hi) as i64 };
                    if h < 0 || h > n {
                        fault!(Fault::Runtime(format!(
                            "slice bounds out of range [:{h}] with length {n}"
                        )))
                    }
                    if l < 0 || l > h {
                        fault!(Fault::Runtime(format!(
                            "slice bounds out of range [{l}:{h}]"
                        )))
                    }
                    let w = if l == 0 && h == n {
                        s
                    } else {
                        let b = self.str_bytes(s);
                        self.new_str(&b[l as usize..h as usize])
                    };
                    r!(d) = w;
                }
                Op::DecodeRune { d, a, i } => {
                    let s = r!(a);
                    let i = r!(i) as usize;
                    let (c, w) = match Self::obj(s) {
                        Some(o) => {
                            let b = self.heap.str_bytes(o);
                            decode_rune(&b[i.min(b.len())..])
                        }
                        None => (0xFFFD, 1),
                    };
                    r!(d) = c as u64;
                    r!(d + 1) = w as u64;
                }
                Op::MakeSlice { d, len, cap, e } => {
                    let l = r!(len) as i64;
                    let c = r!(cap) as i64;
                    if !(0..=1 << 40).contains(&l) {
                        fault!(Fault::Runtime("makeslice: len out of range".into()))
                    }
                    if c < l || c > 1 << 40 {
                        fault!(Fault::Runtime("makeslice: cap out of range".into()))
                    }
                    let info = &m.elems[e as usize];
                    let arr = if c == 0 {
                        0
                    } else {
                        match self.alloc_array(info, c as usize) {
                            Ok(o) => o.ptr().bits(),
                            Err(f) => fault!(f),
                        }
                    };
                    let d = base + d as usize;
                    self.regs[d] = arr;
                    self.regs[d + 1] = 0;
                    self.regs[d + 2] = l as u64;
                    self.regs[d + 3] = c as u64;
                }
                Op::IndexSl { d, s, i, e } => {
                    let s = base + s as usize;
                    let n = self.regs[s + 2];
                    let ix = r!(i);
                    if ix >= n {
                        fault!(index_out_of_range(ix as i64, n))
                    }
                    let info = &m.elems[e as usize];
                    let o = Self::obj(self.regs[s]).ok_or(Fault::Runtime("nil slice".into()))?;
                    let idx = self.regs[s + 1] as usize + ix as usize;
                    if info.shape.len() == 1 && info.shape[0] == Slot::S {
                        r!(d) = self.heap.load(o, idx);
                    } else {
                        let mut tmp = [0u64; 64];
                        let nr = info.regs as usize;
                        if nr <= 64 {
                            self.load_elem(o, idx, info, &mut tmp[..nr]);
                            let d = base + d as usize;
                            self.regs[d..d + nr].copy_from_slice(&tmp[..nr]);
                        } else {
                            let mut v = vec![0u64; nr];
                            self.load_elem(o, idx, info, &mut v);
                            let d = base + d as usize;
                            self.regs[d..d + nr].copy_from_slice(&v);
                        }
                    }
                }
                Op::StoreSl { s, i, v, e } => {
                    let s = base + s as usize;
                    let n = self.regs[s + 2];
                    let ix = r!(i);
                    if ix >= n {
                        fault!(index_out_of_range(ix as i64, n))
                    }
                    let info = &m.elems[e as usize];
                    let o = Self::obj(self.regs[s]).ok_or(Fault::Runtime("nil slice".into()))?;
                    let idx = self.regs[s + 1] as usize + ix as usize;
                    if info.shape.len() == 1 && info.shape[0] == Slot::S {
                        self.heap.store(o, idx, r!(v));
                    } else {
                        let v = base + v as usize;
                        let vals: Vec<u64> = self.regs[v..v + info.regs as usize].to_vec();
                        self.store_elem(o, idx, 0, info, &vals);
                    }
                }
                Op::AppendSl { d, s, v, e } => {
                    let info = &m.elems[e as usize];
                    let s = base + s as usize;
                    let mut sl = self.slice_regs(s);
                    let v = base + v as usize;
                    let vals: Vec<u64> = self.regs[v..v + info.regs as usize].to_vec();
                    if let Err(f) = self.grow(&mut sl, 1, info) {
                        fault!(f)
                    }
                    if let Some(o) = Self::obj(sl[0]) {
                        let idx = sl[1] as usize + sl[2] as usize;
                        self.store_elem(o, idx, 0, info, &vals);
                    }
                    sl[2] += 1;
                    let d = base + d as usize;
                    self.regs[d..d + 4].copy_from_slice(&sl);
                }
                Op::AppendSlSl { d, s, t, e } => {
                    let info = &m.elems[e as usize];
                    let mut sl = self.slice_regs(base + s as usize);
                    let tl = self.slice_regs(base + t as usize);
                    let k = tl[2] as usize;
                    let items: Vec<Vec<u64>> =
                        (0..k).map(|i| self.slice_elem(tl, info, i)).collect();
                    if k > 0 {
                        if let Err(f) = self.grow(&mut sl, k, info) {
                            fault!(f)
                        }
                        if let Some(o) = Self::obj(sl[0]) {
                            for (j, it) in items.iter().enumerate() {
                                let idx = sl[1] as usize + sl[2] as usize + j;
                                self.store_elem(o, idx, 0, info, it);
                            }
                        }
                        sl[2] += k as u64;
                    }
                    let d = base + d as usize;
                    self.regs[d..d + 4].copy_from_slice(&sl);
                }
                Op::SliceSl { d, s, lo, hi, max } => {
                    let sl = self.slice_regs(base + s as usize);
                    let cap = sl[3] as i64;
                    let l = if lo == NO_REG { 0 } else { r!(lo) as i64 };
                    let h = if hi == NO_REG {
                        sl[2] as i64
                    } else {
                        r!(hi) as i64
                    };
                    let mx = if max == NO_REG { cap } else { r!(max) as i64 };
                    if let Err(f) = check_slice_bounds(l, h, mx, cap, max != NO_REG) {
                        fault!(f)
                    }
                    let d = base + d as usize;
                    self.regs[d] = if mx - l == 0 && sl[0] == 0 { 0 } else { sl[0] };
                    self.regs[d + 1] = sl[1] + l as u64;
                    self.regs[d + 2] = (h - l) as u64;
                    self.regs[d + 3] = (mx - l) as u64;
                }
                Op::CopySl { d, a, b, e } => {
                    let info = &m.elems[e as usize];
                    let x = self.slice_regs(base + a as usize);
                    let y = self.slice_regs(base + b as usize);
                    let n = x[2].min(y[2]) as usize;
                    let items: Vec<Vec<u64>> =
                        (0..n).map(|i| self.slice_elem(y, info, i)).collect();
                    if let Some(o) = Self::obj(x[0]) {
                        for (i, it) in items.iter().enumerate() {
                            self.store_elem(o, x[1] as usize + i, 0, info, it);
                        }
                    }
                    r!(d) = n as u64;
                }
                Op::IndexR {
                    d,
                    base: b,
                    i,
                    len,
                    stride,
                    n,
                } => {
                    let ix = r!(i);
                    if ix >= len as u64 {
                        fault!(index_out_of_range(ix as i64, len as u64))
                    }
                    let src = base + b as usize + ix as usize * stride as usize;
                    let d = base + d as usize;
                    self.regs.copy_within(src..src + n as usize, d);
                }
                Op::StoreR {
                    base: b,
                    i,
                    v,
                    len,
                    stride,
                    n,
                } => {
                    let ix = r!(i);
                    if ix >= len as u64 {
                        fault!(index_out_of_range(ix as i64, len as u64))
                    }
                    let dst = base + b as usize + ix as usize * stride as usize;
                    let v = base + v as usize;
                    self.regs.copy_within(v..v + n as usize, dst);
                }
                Op::Box { d, s, b } => {
                    let n = m.elems[b as usize].regs as usize;
                    let s = base + s as usize;
                    let vals: Vec<u64> = self.regs[s..s + n].to_vec();
                    let w = self.box_value(b, &vals);
                    r!(d) = w;
                }
                Op::Unbox { d, s, n } => {
                    let (_, words) = self.unbox(r!(s));
                    let d = base + d as usize;
                    for k in 0..n as usize {
                        self.regs[d + k] = words.get(k).copied().unwrap_or(0);
                    }
                }
                Op::Call { f, base: b } => {
                    tick!(pc - 1);
                    enter!(f, base + b as usize, 0);
                }
                Op::CallNative { f, base: b } => {
                    if let Some(fr) = self.frames.last_mut() {
                        fr.pc = pc as u32;
                    }
                    match self.natives.get(f as usize).copied().flatten() {
                        Some(nf) => {
                            if let Err(e) = nf(self, base + b as usize) {
                                fault!(e)
                            }
                            if let Some((f, nb)) = self.iface.call_req.take() {
                                pc -= 1; // run this native again when f returns
                                enter!(f, nb, 0);
                            } else if self.req.is_some() {
                                match self.serve_request(cx) {
                                    Ok(Some(stop)) => return Ok(stop),
                                    Ok(None) => {}
                                    Err(e) => fault!(e),
                                }
                            }
                        }
                        None => fault!(Fault::Unsupported(format!(
                            "native {}",
                            m.natives.get(f as usize).cloned().unwrap_or_default()
                        ))),
                    }
                }
                Op::Ret { s, n } => {
                    if s != 0 {
                        let s = base + s as usize;
                        self.regs.copy_within(s..s + n as usize, base);
                    }
                    self.frames.pop();
                    if self.dfr.hooked(self.frames.len()) {
                        self.ret_hook()?;
                    }
                    match self.frames.last() {
                        Some(fr) => {
                            fi = fr.func as usize;
                            code = &m.funcs[fi].code;
                            pc = fr.pc as usize;
                            base = fr.base as usize;
                        }
                        None => return Ok(Stop::Done),
                    }
                }
                Op::New { d, e } => {
                    let o = self.new_elem(&m.elems[e as usize]);
                    r!(d) = o.ptr().bits();
                }
                Op::Load { d, p, off, e } => {
                    if let Err(f) = self.op_load(base + d as usize, r!(p), off, e) {
                        fault!(f)
                    }
                }
                Op::Store { p, off, v, e } => {
                    if let Err(f) = self.op_store(r!(p), off, base + v as usize, e) {
                        fault!(f)
                    }
                }
                Op::Addr { d, p, off } => match self.deref(r!(p)) {
                    Ok((o, at)) => {
                        let w = self.interior_word(o, at + off as usize);
                        r!(d) = w;
                    }
                    Err(f) => fault!(f),
                },
                Op::AddrIdx {
                    d,
                    p,
                    i,
                    len,
                    stride,
                } => match self.op_addr_idx(r!(p), r!(i), len, stride) {
                    Ok(w) => r!(d) = w,
                    Err(f) => fault!(f),
                },
                Op::AddrSl { d, s, i, e } => match self.op_addr_sl(base + s as usize, r!(i), e) {
                    Ok(w) => r!(d) = w,
                    Err(f) => fault!(f),
                },
                Op::AddrG { d, g } => {
                    let w = self.interior_word(self.globals, g as usize);
                    r!(d) = w;
                }
                Op::SliceArr {
                    d,
                    p,
                    lo,
                    hi,
                    max,
                    len,
                    e,
                } => {
                    let opt = |x: Reg| (x != NO_REG).then(|| self.regs[base + x as usize]);
                    let (lo, hi, max) = (opt(lo), opt(hi), opt(max));
                    match self.op_slice_arr(r!(p), lo, hi, max, len, e) {
                        Ok(sl) => {
                            let d = base + d as usize;
                            self.regs[d..d + 4].copy_from_slice(&sl);
                        }
                        Err(f) => fault!(f),
                    }
                }
                Op::CloneCell { d, s, e } => match self.op_clone_cell(r!(s), e) {
                    Ok(w) => r!(d) = w,
                    Err(f) => fault!(f),
                },
                Op::EqP { d, a, b } => {
                    let eq = self
                        .heap
                        .ptr_eq(Ptr::from_word(r!(a)), Ptr::from_word(r!(b)));
                    r!(d) = eq as u64;
                }
                Op::Closure { d, c, s } => {
                    let w = self.op_closure(c, base + s as usize);
                    r!(d) = w;
                }
                Op::LoadEnv { d, off, e } => {
                    let clo = self.frames.last().map(|f| f.clo).unwrap_or(0);
                    if let Err(f) = self.op_load_env(clo, base + d as usize, off, e) {
                        fault!(f)
                    }
                }
                Op::CallClo { c, base: b } => {
                    tick!(pc - 1);
                    let w = r!(c);
                    let f = match self.closure_func(w) {
                        Ok(f) => f,
                        Err(e) => fault!(e),
                    };
                    enter!(f, base + b as usize, w);
                }
                Op::Go { f, base: b, n } => {
                    self.go(f, 0, base + b as usize, n as usize, cx);
                }
                Op::GoClo { c, base: b, n } => {
                    let w = r!(c);
                    let f = match self.closure_func(w) {
                        Ok(f) => f,
                        Err(e) => fault!(e),
                    };
                    self.go(f, w, base + b as usize, n as usize, cx);
                }
                Op::MakeChan { d, cap } => {
                    let c = if cap == NO_REG { 0 } else { r!(cap) as i64 };
                    match self.make_chan(c) {
                        Ok(w) => r!(d) = w,
                        Err(e) => fault!(e),
                    }
                }
                Op::Send { c, v, e } => {
                    let n = m.elems[e as usize].regs as usize;
                    save_pc!();
                    match self.chan_send(r!(c), base + v as usize, n, cx) {
                        Ok(None) => {}
                        Ok(Some(stop)) => return Ok(stop),
                        Err(e) => fault!(e),
                    }
                }
                Op::Recv { d, c, e, ok } => {
                    let n = m.elems[e as usize].regs as usize;
                    let ok = (ok != NO_REG).then_some(base + ok as usize);
                    save_pc!();
                    match self.chan_recv(r!(c), base + d as usize, n, ok, cx) {
                        Ok(None) => {}
                        Ok(Some(stop)) => return Ok(stop),
                        Err(e) => fault!(e),
                    }
                }
                Op::Close { c } => {
                    if let Err(e) = self.chan_close(r!(c), cx) {
                        fault!(e)
                    }
                }
                Op::LenCh { d, c } => r!(d) = self.chan_len(r!(c)),
                Op::CapCh { d, c } => r!(d) = self.chan_cap(r!(c)),
                Op::Select { s } => {
                    save_pc!();
                    match self.select(s, base, cx) {
                        Ok(None) => {}
                        Ok(Some(stop)) => return Ok(stop),
                        Err(e) => fault!(e),
                    }
                }
                // ── defer/panic ──
                Op::Defer {
                    k,
                    f,
                    base: b,
                    n,
                    land,
                } => self.op_defer(k, f, base, base + b as usize, n, land),
                Op::RunDefers => {
                    if let Some(fr) = self.frames.last_mut() {
                        fr.pc = pc as u32 - 1;
                    }
                    match self.op_run_defers() {
                        Ok(panics::RunStep::Done) => {
                            serve_req!();
                        }
                        Ok(panics::RunStep::Again) => {
                            pc -= 1;
                            serve_req!();
                        }
                        Ok(panics::RunStep::Pushed) => {
                            if let Some(fr) = self.frames.last() {
                                fi = fr.func as usize;
                                code = &m.funcs[fi].code;
                                pc = 0;
                                base = fr.base as usize;
                            }
                        }
                        Err(e) => return Err(e),
                    }
                }
                Op::Recover { d } => self.op_recover(base + d as usize),
                Op::RecoverBox { s } => self.op_recover_box(r!(s)),
                // ── end defer/panic ──
                Op::Panic { s } => {
                    let v = r!(s);
                    if self.panic_method(v, base + m.funcs[fi].nregs as usize) {
                        if let Some((f, nb)) = self.iface.call_req.take() {
                            pc -= 1; // report the panic when the method returns
                            enter!(f, nb, 0);
                            continue;
                        }
                    }
                    if v == 0 {
                        fault!(Fault::Value(0))
                    }
                    fault!(Fault::Value(v))
                }
                // ── interfaces ──
                Op::CallIface { it, m: mi, base: b } => {
                    let nb = base + b as usize;
                    match self.iface_callee(self.regs[nb], it, mi) {
                        Ok((f, direct)) => {
                            if let Some(w) = direct {
                                self.regs[nb] = w;
                            }
                            enter!(f, nb, 0);
                        }
                        Err(e) => fault!(e),
                    }
                }
                Op::AssertT { d, x, e, ok, src } => {
                    if let Err(f) = self.op_assert_t(base, d, x, e, ok, src) {
                        fault!(f)
                    }
                }
                Op::AssertI { d, x, it, ok, src } => {
                    if let Err(f) = self.op_assert_i(base, d, x, it, ok, src) {
                        fault!(f)
                    }
                }
                Op::EqIface { d, a, b } => match self.iface_eq(r!(a), r!(b)) {
                    Ok(v) => r!(d) = v as u64,
                    Err(f) => fault!(f),
                },
                Op::EqV { d, a, b, e } => {
                    match self.op_eq_v(base + a as usize, base + b as usize, e) {
                        Ok(v) => r!(d) = v as u64,
                        Err(f) => fault!(f),
                    }
                }
                Op::NilCheck { x } => {
                    if r!(x) == 0 {
                        fault!(mem::nil_deref())
                    }
                }
                // ── end interfaces ──
                Op::Fail { k } => {
                    let msg = String::from_utf8_lossy(&m.strings[k as usize]).into_owned();
                    fault!(Fault::Unsupported(msg))
                }
                // ── maps ──
                Op::MakeMap { d, hint, mi } => {
                    let n = if hint == NO_REG { 0 } else { r!(hint) as i64 };
                    match self.map_make(mi, n) {
                        Ok(w) => r!(d) = w,
                        Err(f) => fault!(f),
                    }
                }
                Op::MapGet { d, m: mr, k, mi } | Op::MapGetOk { d, m: mr, k, mi } => {
                    let ok = matches!(op, Op::MapGetOk { .. });
                    let (d, k) = (base + d as usize, base + k as usize);
                    if let Err(f) = self.map_get(d, r!(mr), k, mi, ok) {
                        fault!(f)
                    }
                }
                Op::MapSet { m: mr, k, v, mi } => {
                    let (k, v) = (base + k as usize, base + v as usize);
                    if let Err(f) = self.map_set(r!(mr), k, v, mi) {
                        fault!(f)
                    }
                }
                Op::MapGetSlot { d, m: mr, k, mi, s } => {
                    let (d, k, s) = (base + d as usize, base + k as usize, base + s as usize);
                    if let Err(f) = self.map_get_slot(d, r!(mr), k, mi, s) {
                        fault!(f)
                    }
                }
                Op::MapSetSlot { m: mr, k, v, mi, s } => {
                    let (k, v, s) = (base + k as usize, base + v as usize, r!(s));
                    if let Err(f) = self.map_set_slot(r!(mr), k, v, mi, s) {
                        fault!(f)
                    }
                }
                Op::MapDel { m: mr, k, mi } => {
                    if let Err(f) = self.map_delete(r!(mr), base + k as usize, mi) {
                        fault!(f)
                    }
                }
                Op::MapLen { d, m: mr } => r!(d) = self.map_len(r!(mr)),
                Op::MapClear { m: mr } => self.map_clear(r!(mr)),
                Op::MapIter { d, m: mr, mi } => r!(d) = self.map_iter(r!(mr), mi),
                Op::MapNext { it, k, v, mi, to } => {
                    let reg = |x: Reg| (x != NO_REG).then(|| base + x as usize);
                    match self.map_next(r!(it), reg(k), reg(v), mi) {
                        Ok(true) => {}
                        Ok(false) => pc = to as usize,
                        Err(f) => fault!(f),
                    }
                }
            }
            let _ = fi;
        }
    }
}

impl<'m> Vm<'m> {
    fn byte_elem(&self) -> Option<usize> {
        None
    }

    pub(crate) fn slice_regs(&self, at: usize) -> [u64; 4] {
        [
            self.regs[at],
            self.regs[at + 1],
            self.regs[at + 2],
            self.regs[at + 3],
        ]
    }

    /// A new slice of scalar words.
    fn words_slice(&mut self, it: impl Iterator<Item = u64>, n: usize, _bytes: bool) -> [u64; 4] {
        if n == 0 {
            return [0; 4];
        }
        let o = self.cache.alloc(LayoutId::SCALARS, n);
        for (i, w) in it.enumerate() {
            self.heap.store(o, i, w);
        }
        let cap = crate::compile::grow_cap(0, n, 1);
        let _ = cap;
        [o.ptr().bits(), 0, n as u64, n as u64]
    }

    /// Makes room for `k` more elements, reallocating with Go's growth.
    fn grow(&mut self, sl: &mut [u64; 4], k: usize, info: &ElemInfo) -> R<()> {
        let len = sl[2] as usize;
        let cap = sl[3] as usize;
        let need = len
            .checked_add(k)
            .ok_or(Fault::Runtime("growslice: len out of range".into()))?;
        if need <= cap {
            return Ok(());
        }
        let newcap = crate::compile::grow_cap(cap, need, info.go_size);
        let o = self.alloc_array(info, newcap)?;
        if let Some(old) = Self::obj(sl[0]) {
            let hw = info.shape.len();
            self.heap
                .copy_words(o, 0, old, sl[1] as usize * hw, len * hw);
        }
        *sl = [o.ptr().bits(), 0, len as u64, newcap as u64];
        Ok(())
    }
}

/// Decodes one rune (Go's rules: invalid → U+FFFD width 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 0);
    }
    let n = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().map(|c| c as u32).unwrap_or(0xFFFD), n),
        Err(_) => (0xFFFD, 1),
    }
}

fn decode_runes(b: &[u8]) -> impl Iterator<Item = (u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, w) = decode_rune(&b[i..]);
        i += w.max(1);
        Some((r, w))
    })
}

/// Go's print/println float format (`+1.500000e+000`).
pub fn print_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let s = format!("{:.6e}", v);
    // Rust: 1.500000e0 → Go: +1.500000e+000
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if v.is_sign_negative() { "" } else { "+" };
    let es = if exp < 0 { '-' } else { '+' };
    format!("{sign}{mant}e{es}{:03}", exp.abs())
}

/// Go's checks of `x[l:h:mx]` on something of capacity `cap` (`three`:
/// a 3-index slice expression).
pub(crate) fn check_slice_bounds(l: i64, h: i64, mx: i64, cap: i64, three: bool) -> R<()> {
    if mx < 0 || mx > cap {
        return rt(format!(
            "slice bounds out of range [::{mx}] with capacity {cap}"
        ));
    }
    if h < 0 || h > mx {
        if !three {
            return rt(format!(
                "slice bounds out of range [:{h}] with capacity {cap}"
            ));
        }
        return rt(format!("slice bounds out of range [:{h}:{mx}]"));
    }
    if l < 0 || l > h {
        return rt(format!("slice bounds out of range [{l}:{h}]"));
    }
    Ok(())
}

/// Go's bounds-check panic for `x[i]` with `len(x) == len`.
fn index_out_of_range(i: i64, len: u64) -> Fault {
    Fault::Runtime(format!("index out of range [{i}] with length {len}"))
}
