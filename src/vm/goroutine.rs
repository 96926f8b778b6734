//! Goroutines: the VM side of the runtime (`src/runtime`).
//!
//! Owns: what every goroutine of a program shares (`Shared`: the heap, the
//! one stdout buffer, the channel table), the `Task` implementation that
//! lets the scheduler run a `Vm`, starting goroutines, channel operations
//! and select, the pending continuation of a blocked goroutine, requests
//! natives leave for the loop (sleep, yield), and process exit.
//! Invariants: a goroutine blocks only by returning `Stop::Park` from the
//! instruction loop with its pc saved after the blocking instruction and
//! its continuation in `Vm::pending` (the runtime already enqueued it);
//! it is resumed by the scheduler calling `run` again, which first
//! finishes the continuation. No OS thread ever waits on a goroutine
//! operation. Every exit of the process goes through `Shared::exit`,
//! which flushes stdout under its lock first.
//! GC note: values in channel buffers and in transit are register-form
//! words held by the runtime; when collection is wired (GC issue), the
//! channel table and pending continuations are roots to scan.

use super::{Fault, Vm, R};
use crate::compile::bytecode::{Module, NO_REG};
use crate::gc::{GcConfig, Heap, LayoutId, LocalCache, Ptr};
use crate::runtime::chan::{Chan, ChanWait, Recv, Send, SEND_ON_CLOSED};
use crate::runtime::sched::{Config, Cx, Handle, Outcome, RunEnd, Runtime, Task};
use crate::runtime::select::{Case, SelectWait, Selected};
use std::cell::RefCell;
use std::io::Write;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Back edges and calls between two looks at the worker's shared budget.
pub const TICK_CHUNK: i64 = 64;

/// Why the instruction loop returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The goroutine's entry function returned.
    Done,
    /// Time slice used up or Gosched: run again later.
    Yield,
    /// Blocked: the runtime holds it until a partner wakes it.
    Park,
}

/// A channel element in transit: its register-form words.
pub enum Val {
    W(u64),
    Ws(Box<[u64]>),
}

/// What a parked goroutine must finish when it resumes.
pub enum Pending {
    Recv {
        wait: ChanWait<Val>,
        d: usize,
        n: usize,
        ok: Option<usize>,
    },
    Send {
        wait: ChanWait<Val>,
    },
    Select {
        wait: SelectWait<Val>,
        sel: u32,
        base: usize,
    },
    /// A sync operation (Mutex, RWMutex, WaitGroup, Cond) on the struct
    /// pointer `p`.
    Sync {
        wait: super::syncops::SyncWait,
        p: u64,
    },
    /// Sleep or Gosched: nothing to finish.
    Nothing,
}

/// Something a native asks the instruction loop to do with the runtime.
pub enum Request {
    Sleep(Duration),
    Yield,
    /// time's timer hooks (arguments and results at the register).
    StartTimer(usize),
    StopTimer(usize),
    ResetTimer(usize),
    /// A sync operation with a copy of its arguments and the register for
    /// its result (None when the call was deferred: nothing to write).
    Sync(super::syncops::SyncOp, [u64; 2], Option<usize>),
    /// Write runtime.NumGoroutine() to the register.
    NumGoroutine(usize),
    /// runtime.GOMAXPROCS(n): write the previous setting to the register.
    Gomaxprocs(usize, i64),
}

/// State shared by all goroutines of one program.
pub struct Shared {
    pub heap: Arc<Heap>,
    out: parking_lot::Mutex<Vec<u8>>,
    chans: parking_lot::RwLock<Vec<Chan<Val>>>,
    chan_layout: LayoutId,
    pub handle: OnceLock<Handle>,
    timers: parking_lot::Mutex<Vec<TimerSlot>>,
}

impl Shared {
    pub(crate) fn new(heap: Arc<Heap>) -> Shared {
        Shared {
            heap,
            out: parking_lot::Mutex::new(Vec::with_capacity(1 << 16)),
            chans: parking_lot::RwLock::new(Vec::new()),
            chan_layout: LayoutId::SCALARS,
            handle: OnceLock::new(),
            timers: parking_lot::Mutex::new(Vec::new()),
        }
    }

    /// Appends to the shared stdout buffer (whole writes stay together).
    pub fn write_out(&self, b: &[u8]) {
        let mut o = self.out.lock();
        o.extend_from_slice(b);
        if o.len() >= 1 << 16 {
            flush_into_stdout(&mut o);
        }
    }

    /// Writes the buffered stdout.
    pub fn flush_out(&self) {
        flush_into_stdout(&mut self.out.lock());
    }

    /// Writes to stderr after flushing stdout, keeping their order.
    pub fn write_err(&self, b: &[u8]) {
        let mut o = self.out.lock();
        flush_into_stdout(&mut o);
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(b);
        let _ = e.flush();
    }

    /// Ends the process with `code` after flushing stdout; the output lock
    /// is held so no other goroutine writes after the flush.
    pub fn exit(&self, code: i32) -> ! {
        let mut o = self.out.lock();
        flush_into_stdout(&mut o);
        let _ = std::io::stderr().flush();
        std::process::exit(code)
    }
}

fn flush_into_stdout(o: &mut Vec<u8>) {
    let mut so = std::io::stdout().lock();
    let _ = so.write_all(o);
    let _ = so.flush();
    o.clear();
}

thread_local! {
    /// The allocation cache of the worker thread (swapped into the Vm it
    /// runs).
    static WORKER_CACHE: RefCell<Option<LocalCache>> = const { RefCell::new(None) };
}

/// Runs module `m` (leaked: goroutines may outlive any frame) on the
/// scheduler; never returns normally (every end exits the process).
pub fn run_program(m: Module, args: Vec<String>) -> i32 {
    let m: &'static Module = Box::leak(Box::new(m));
    let heap = Heap::new(GcConfig::from_env());
    let sh = Arc::new(Shared::new(heap));
    let vm = Vm::new_main(m, args, sh.clone());
    let hook_sh = sh.clone();
    let cfg = Config {
        on_deadlock: Some(Box::new(move |rep| {
            let mut text = String::from("fatal error: all goroutines are asleep - deadlock!\n");
            for g in &rep.goroutines {
                text.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, g.reason));
                let f = (g.location >> 32) as usize;
                if let Some(func) = m.funcs.get(f) {
                    if g.location != 0 {
                        text.push_str(&format!("{}(...)\n", func.name));
                    }
                }
            }
            hook_sh.write_err(text.as_bytes());
            hook_sh.exit(2)
        })),
        ..Config::default()
    };
    let rt = Runtime::new(cfg);
    let _ = sh.handle.set(rt.handle());
    match rt.run(vm) {
        RunEnd::MainExited => sh.exit(0),
        RunEnd::Exit(n) => sh.exit(n),
        RunEnd::Deadlock(_) => sh.exit(2),
        RunEnd::Panicked(msg) => {
            sh.write_err(format!("golite: internal error: {msg}\n").as_bytes());
            sh.exit(2)
        }
    }
}

impl Task for Vm<'static> {
    fn run(&mut self, cx: &mut Cx<'_>) -> Outcome {
        if self.gid == 0 {
            self.gid = cx.id();
        }
        WORKER_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            let wc = c.get_or_insert_with(|| LocalCache::new(&self.heap));
            std::mem::swap(&mut self.cache, wc);
        });
        let r = match self.pending.take() {
            Some(p) => self.resume(p, cx),
            None => Ok(None),
        };
        let r = match r {
            Ok(Some(stop)) => Ok(stop),
            Ok(None) => self.exec(cx),
            Err(e) => Err(e),
        };
        WORKER_CACHE.with(|c| {
            if let Some(wc) = c.borrow_mut().as_mut() {
                std::mem::swap(&mut self.cache, wc);
            }
        });
        match r {
            Ok(Stop::Done) => {
                if self.gid == 1 {
                    // main returned: the program ends at once.
                    self.sh.exit(0)
                }
                Outcome::Exit
            }
            Ok(Stop::Yield) => Outcome::Yield,
            Ok(Stop::Park) => Outcome::Park,
            Err(f) => {
                let code = self.finish(Err(f));
                self.sh.exit(code)
            }
        }
    }
}

impl Vm<'static> {
    /// `go f(args)`: args in `n` registers at `at`.
    pub(super) fn go(&mut self, f: u32, clo: u64, at: usize, n: usize, cx: &mut Cx<'_>) {
        let cache = LocalCache::new(&self.heap);
        let g = Vm::start(&self.parts(), f, clo, &self.regs[at..at + n], cache);
        cx.spawn(g);
    }

    /// Finishes the operation the goroutine blocked in.
    /// Some(stop) when the goroutine must wait again.
    fn resume(&mut self, p: Pending, cx: &mut Cx<'_>) -> R<Option<Stop>> {
        match p {
            Pending::Recv { wait, d, n, ok } => {
                let c = wait.finish();
                self.put_val(d, n, c.value);
                if let Some(ok) = ok {
                    self.regs[ok] = c.ok as u64;
                }
                Ok(None)
            }
            Pending::Send { wait } => {
                let c = wait.finish();
                if c.ok {
                    Ok(None)
                } else {
                    Err(Fault::Plain(SEND_ON_CLOSED.into()))
                }
            }
            Pending::Select { wait, sel, base } => {
                let c = wait.finish();
                self.select_done(sel, base, c.case, c.value, c.ok, true)
                    .map(|()| None)
            }
            Pending::Sync { wait, p } => self.sync_resume(wait, p, cx),
            Pending::Nothing => Ok(None),
        }
    }
}

impl<'m> Vm<'m> {
    /// Reads `n` registers at `at` as a channel value.
    fn take_val(&self, at: usize, n: usize) -> Val {
        if n == 1 {
            Val::W(self.regs[at])
        } else {
            Val::Ws(self.regs[at..at + n].into())
        }
    }

    /// Writes a received value (zero when None) into `n` registers at `d`.
    fn put_val(&mut self, d: usize, n: usize, v: Option<Val>) {
        if d == NO_REG as usize || n == 0 {
            return;
        }
        match v {
            Some(Val::W(w)) => self.regs[d] = w,
            Some(Val::Ws(ws)) => self.regs[d..d + n].copy_from_slice(&ws[..n]),
            None => self.regs[d..d + n].fill(0),
        }
    }

    /// `make(chan T, cap)`.
    pub(super) fn make_chan(&mut self, cap: i64) -> R<u64> {
        if !(0..=1 << 40).contains(&cap) {
            return Err(Fault::Runtime("makechan: size out of range".into()));
        }
        Ok(self.chan_word(Chan::new(cap as usize)))
    }

    /// Registers `ch` in the channel table and returns the chan value (a
    /// heap object holding its table index).
    fn chan_word(&mut self, ch: Chan<Val>) -> u64 {
        let id = {
            let mut t = self.sh.chans.write();
            t.push(ch);
            t.len() - 1
        };
        let o = self.cache.alloc(self.sh.chan_layout, 1);
        self.heap.store(o, 0, id as u64);
        o.ptr().bits()
    }

    /// The channel a chan word designates (None for nil).
    fn chan(&self, w: u64) -> Option<Chan<Val>> {
        let o = Ptr::from_word(w)?.as_obj()?;
        let id = self.heap.load(o, 0) as usize;
        self.sh.chans.read().get(id).cloned()
    }

    pub(super) fn chan_len(&self, w: u64) -> u64 {
        self.chan(w).map_or(0, |c| c.len() as u64)
    }

    pub(super) fn chan_cap(&self, w: u64) -> u64 {
        self.chan(w).map_or(0, |c| c.cap() as u64)
    }

    pub(super) fn chan_close(&mut self, w: u64, cx: &mut Cx<'_>) -> R<()> {
        let ch = self.chan(w);
        Chan::close_opt(ch.as_ref(), cx).map_err(|e| Fault::Plain(e.message().into()))
    }

    /// `c <- v` (v in `n` registers at `v`). Some(Park) when blocked.
    pub(super) fn chan_send(
        &mut self,
        w: u64,
        v: usize,
        n: usize,
        cx: &mut Cx<'_>,
    ) -> R<Option<Stop>> {
        let ch = self.chan(w);
        let val = self.take_val(v, n);
        match cx.send(ch.as_ref(), val) {
            Send::Sent => Ok(None),
            Send::Closed(_) => Err(Fault::Plain(SEND_ON_CLOSED.into())),
            Send::Blocked(wait) => {
                self.pending = Some(Pending::Send { wait });
                Ok(Some(Stop::Park))
            }
            Send::WouldBlock(_) => {
                self.pending = Some(Pending::Nothing);
                Ok(Some(Stop::Park))
            }
        }
    }

    /// `v, ok := <-c` into `n` registers at `d` (and `ok`).
    pub(super) fn chan_recv(
        &mut self,
        w: u64,
        d: usize,
        n: usize,
        ok: Option<usize>,
        cx: &mut Cx<'_>,
    ) -> R<Option<Stop>> {
        let ch = self.chan(w);
        match cx.recv(ch.as_ref()) {
            Recv::Value(v) => {
                self.put_val(d, n, Some(v));
                if let Some(ok) = ok {
                    self.regs[ok] = 1;
                }
                Ok(None)
            }
            Recv::Closed => {
                self.put_val(d, n, None);
                if let Some(ok) = ok {
                    self.regs[ok] = 0;
                }
                Ok(None)
            }
            Recv::Blocked(wait) => {
                self.pending = Some(Pending::Recv { wait, d, n, ok });
                Ok(Some(Stop::Park))
            }
            Recv::WouldBlock => {
                self.pending = Some(Pending::Nothing);
                Ok(Some(Stop::Park))
            }
        }
    }

    /// A `select` statement described by `m.selects[sel]`, its operands
    /// in registers relative to `base`.
    pub(super) fn select(&mut self, sel: u32, base: usize, cx: &mut Cx<'_>) -> R<Option<Stop>> {
        let info = &self.m.selects[sel as usize];
        let mut cases = Vec::with_capacity(info.cases.len());
        for c in &info.cases {
            let ch = self.chan(self.regs[base + c.ch as usize]);
            let n = self.m.elems[c.e as usize].regs as usize;
            if c.send {
                cases.push(Case::Send(ch, self.take_val(base + c.val as usize, n)));
            } else {
                cases.push(Case::Recv(ch));
            }
        }
        let has_default = info.has_default;
        match cx.select(cases, has_default) {
            Selected::Recv { case, value, ok } => {
                self.select_done(sel, base, case, value, ok, false)?;
                Ok(None)
            }
            Selected::Sent { case } => {
                self.select_done(sel, base, case, None, true, false)?;
                Ok(None)
            }
            Selected::SendClosed { .. } => Err(Fault::Plain(SEND_ON_CLOSED.into())),
            Selected::Default => {
                let d = base + info.d as usize;
                self.regs[d] = info.cases.len() as u64;
                Ok(None)
            }
            Selected::Blocked(wait) => {
                self.pending = Some(Pending::Select { wait, sel, base });
                Ok(Some(Stop::Park))
            }
            Selected::Forever => {
                self.pending = Some(Pending::Nothing);
                Ok(Some(Stop::Park))
            }
        }
    }

    /// Records that case `case` of select `sel` fired: its index in the
    /// select's result register, a received value and ok flag in the
    /// case's registers.
    fn select_done(
        &mut self,
        sel: u32,
        base: usize,
        case: usize,
        value: Option<Val>,
        ok: bool,
        resumed: bool,
    ) -> R<()> {
        let info = &self.m.selects[sel as usize];
        let c = &info.cases[case];
        if c.send {
            if resumed && !ok {
                return Err(Fault::Plain(SEND_ON_CLOSED.into()));
            }
        } else {
            let n = self.m.elems[c.e as usize].regs as usize;
            if c.val != NO_REG {
                self.put_val(base + c.val as usize, n, value);
            }
            if c.ok != NO_REG {
                self.regs[base + c.ok as usize] = ok as u64;
            }
        }
        self.regs[base + info.d as usize] = case as u64;
        Ok(())
    }
}

impl Vm<'static> {
    /// Serves `self.req` after a native returned; Some(stop) to leave the
    /// loop.
    pub(super) fn serve_request(&mut self, cx: &mut Cx<'_>) -> R<Option<Stop>> {
        match self.req.take() {
            Some(Request::Sleep(d)) => {
                if cx.sleep(d) {
                    self.pending = Some(Pending::Nothing);
                    return Ok(Some(Stop::Park));
                }
                Ok(None)
            }
            Some(Request::Yield) => Ok(Some(Stop::Yield)),
            Some(Request::Sync(op, args, out)) => self.sync_op(op, args, out, cx),
            Some(Request::StartTimer(at)) => self.start_timer(at).map(|()| None),
            Some(Request::StopTimer(at)) => self.stop_reset_timer(at, false).map(|()| None),
            Some(Request::ResetTimer(at)) => self.stop_reset_timer(at, true).map(|()| None),
            Some(Request::NumGoroutine(at)) => {
                self.regs[at] = cx.num_goroutine() as u64;
                Ok(None)
            }
            Some(Request::Gomaxprocs(at, n)) => {
                let old = cx.gomaxprocs(0);
                if n >= 1 {
                    cx.gomaxprocs(n);
                }
                self.regs[at] = old as u64;
                Ok(None)
            }
            None => Ok(None),
        }
    }
}

/// The monotonic clock: nanoseconds since the process started, plus one
/// so a reading is never 0 (0 means "no monotonic reading" in time.Time).
pub fn mono_now() -> i64 {
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_nanos() as i64
        + 1
}

/// The register form of a time.Time {sec since year 1, nsec, mono, loc}
/// for wall time `t` (loc nil = UTC).
fn time_value(t: std::time::SystemTime) -> Val {
    let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    // Seconds from January 1, year 1 to the Unix epoch.
    const UNIX_TO_INTERNAL: i64 = 62_135_596_800;
    Val::Ws(Box::new([
        (d.as_secs() as i64 + UNIX_TO_INTERNAL) as u64,
        d.subsec_nanos() as u64,
        mono_now() as u64,
        0,
    ]))
}

/// A runtime timer the program made (time.NewTimer, NewTicker, After,
/// Tick, AfterFunc), by handle id - 1.
pub enum TimerSlot {
    Chan(crate::runtime::timer::Timer<Val>),
    Func(crate::runtime::timer::Timer<()>),
}

impl Vm<'static> {
    /// time's startTimer hook: (d, period, f, withChan) at `base`; writes
    /// (c, id) there.
    pub(super) fn start_timer(&mut self, base: usize) -> R<()> {
        let d = Duration::from_nanos((self.regs[base] as i64).max(0) as u64);
        let p = self.regs[base + 1] as i64;
        let period = (p > 0).then(|| Duration::from_nanos(p as u64));
        let f = self.regs[base + 2];
        let with_chan = self.regs[base + 3] != 0;
        let Some(h) = self.sh.handle.get().cloned() else {
            return Err(Fault::Unsupported("timers before the scheduler".into()));
        };
        let (slot, cw) = if with_chan {
            let t = h.new_timer(d, period, time_value);
            let ch = t
                .chan()
                .cloned()
                .ok_or(Fault::Unsupported("timer".into()))?;
            let w = self.chan_word(ch);
            (TimerSlot::Chan(t), w)
        } else {
            let fi = self.closure_func(f)?;
            let parts = self.parts();
            let factory: crate::runtime::timer::TaskFactory = Arc::new(move || {
                let cache = LocalCache::new(&parts.sh.heap);
                Box::new(Vm::start(&parts, fi, f, &[], cache)) as Box<dyn Task>
            });
            (TimerSlot::Func(h.after_func(d, factory)), 0)
        };
        let id = {
            let mut tt = self.sh.timers.lock();
            tt.push(slot);
            tt.len()
        };
        self.regs[base] = cw;
        self.regs[base + 1] = id as u64;
        Ok(())
    }

    /// time's stopTimer / resetTimer hooks (`reset`: d, period follow id).
    pub(super) fn stop_reset_timer(&mut self, base: usize, reset: bool) -> R<()> {
        let id = self.regs[base] as usize;
        let Some(h) = self.sh.handle.get().cloned() else {
            return Err(Fault::Unsupported("timers before the scheduler".into()));
        };
        let d = Duration::from_nanos((self.regs[base + 1] as i64).max(0) as u64);
        let p = self.regs[base + 2] as i64;
        let period = (p > 0).then(|| Duration::from_nanos(p as u64));
        let tt = self.sh.timers.lock();
        let r = match tt.get(id.wrapping_sub(1)) {
            Some(TimerSlot::Chan(t)) => {
                if reset {
                    h.reset_timer(t, d, period)
                } else {
                    h.stop_timer(t)
                }
            }
            Some(TimerSlot::Func(t)) => {
                if reset {
                    h.reset_timer(t, d, period)
                } else {
                    h.stop_timer(t)
                }
            }
            None => false,
        };
        drop(tt);
        self.regs[base] = r as u64;
        Ok(())
    }
}
