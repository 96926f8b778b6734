//! Deferred calls, panics and recover for one goroutine.
//!
//! Owns: the goroutine's defer records, the panics in flight and the
//! deferred calls a panic has started (`DeferState`, a field of `Vm`).
//! Invariants: defer records are in LIFO order and their frame indexes
//! never decrease from bottom to top, so a frame's records are always on
//! top when it returns or is unwound; a deferred call runs as an ordinary
//! frame pushed above its deferring frame (no Rust recursion): on a normal
//! return `RunDefers` starts the calls one by one and is executed again
//! when each returns; while panicking, `continue_panic` unwinds to the
//! frame of the next record and starts its call, and the return of that
//! call (seen by `Ret` through `ret_hook`) either resumes the deferring
//! frame at its epilogue (recovered) or continues the panic.

use super::*;

/// One deferred call.
#[derive(Debug)]
pub(crate) struct DeferRec {
    /// Index of the deferring frame in `Vm::frames`.
    frame: u32,
    kind: DeferKind,
    /// Function or native index.
    f: u32,
    /// The closure word (`Clo`) or interface word (`Panic`).
    w: u64,
    args: Vec<u64>,
    /// The deferring function's epilogue.
    land: u32,
}

/// What a panic carries.
#[derive(Debug, Clone)]
pub(crate) enum PVal {
    /// `panic(v)` with interface word v (0: panic(nil)).
    Value(u64),
    /// A run-time error with Go's message (without "runtime error: ").
    Runtime(String),
    /// runtime.Goexit: runs deferred calls like a panic recover cannot stop.
    Goexit,
}

#[derive(Debug)]
pub(crate) struct PanicRec {
    id: u64,
    pub(crate) val: PVal,
    pub(crate) recovered: bool,
    /// Re-panicked with the value recover returned from the panic before.
    pub(crate) repanicked: bool,
    /// Not printed: a later panic re-panicked its value.
    pub(crate) hidden: bool,
    /// The value recover returned (0 until recovered).
    rbox: u64,
    /// Text of the value, once known (run-time errors re-panicked; String
    /// or Error methods run for the report).
    pub(crate) text: Option<String>,
    /// (function, pc) of each frame when the panic started, innermost first.
    pub(crate) trace: Vec<(u32, u32)>,
}

/// A deferred call started by a panic.
#[derive(Debug, Clone, Copy)]
struct Active {
    /// Index of the deferred call's frame.
    frame: u32,
    /// Index of the deferring frame.
    fd: u32,
    land: u32,
    panic: u64,
}

/// The per-goroutine defer and panic state.
#[derive(Debug, Default)]
pub(crate) struct DeferState {
    defers: Vec<DeferRec>,
    pub(crate) panics: Vec<PanicRec>,
    active: Vec<Active>,
    next_id: u64,
    /// Box words recover returned for run-time errors, with their text.
    rt_boxes: Vec<(u64, String)>,
    /// A report-time method call in flight: (frame index, panic index,
    /// its register base).
    pub(crate) report_call: Option<(u32, usize, u32)>,
}

impl DeferState {
    /// Whether the frame at index `top` returning needs `Vm::ret_hook`.
    #[inline]
    pub(crate) fn hooked(&self, top: usize) -> bool {
        self.active.last().is_some_and(|a| a.frame as usize == top)
            || self.report_call.is_some_and(|(f, _, _)| f as usize == top)
    }
}

/// Frames kept in a panic's trace.
const TRACE_FRAMES: usize = 100;

/// What `RunDefers` did.
pub(crate) enum RunStep {
    /// No record left for this frame.
    Done,
    /// A native ran inline; execute `RunDefers` again.
    Again,
    /// A Go frame was pushed.
    Pushed,
}

impl<'m> Vm<'m> {
    /// `Defer{k,f,base,n,land}` at absolute register `at`.
    pub(crate) fn op_defer(
        &mut self,
        k: DeferKind,
        f: u32,
        base: usize,
        at: usize,
        n: u32,
        land: u32,
    ) {
        let frame = self.frames.len().saturating_sub(1) as u32;
        let (w, args) = match k {
            DeferKind::Clo => (
                self.regs[base + f as usize],
                self.regs[at..at + n as usize].to_vec(),
            ),
            DeferKind::Panic => (self.regs[at], Vec::new()),
            _ => (0, self.regs[at..at + n as usize].to_vec()),
        };
        self.dfr.defers.push(DeferRec {
            frame,
            kind: k,
            f,
            w,
            args,
            land,
        });
    }

    /// `RunDefers` in the top frame (its pc already saved, pointing at
    /// the `RunDefers` instruction).
    pub(crate) fn op_run_defers(&mut self) -> R<RunStep> {
        let top = self.frames.len().saturating_sub(1);
        match self.dfr.defers.last() {
            Some(r) if r.frame as usize == top => {}
            _ => return Ok(RunStep::Done),
        }
        let Some(rec) = self.dfr.defers.pop() else {
            return Ok(RunStep::Done);
        };
        if self.start_deferred(&rec)? {
            Ok(RunStep::Pushed)
        } else {
            Ok(RunStep::Again)
        }
    }

    /// Starts deferred call `rec` above its deferring frame (the top
    /// frame). Returns true if a Go frame was pushed, false if a native
    /// ran to completion.
    fn start_deferred(&mut self, rec: &DeferRec) -> R<bool> {
        let m = self.m;
        let Some(fr) = self.frames.last().copied() else {
            return Ok(false);
        };
        let nb = fr.base as usize + m.funcs[fr.func as usize].nregs as usize;
        let (func, clo) = match rec.kind {
            DeferKind::Panic => return Err(Fault::Value(rec.w)),
            DeferKind::Native => {
                self.put_args(nb, &rec.args, 8)?;
                return match self.natives.get(rec.f as usize).copied().flatten() {
                    Some(nf) => {
                        let r = nf(self, nb).map(|_| false);
                        // A deferred call's results are dropped; its
                        // registers may be reused before the loop serves a
                        // runtime request it left.
                        if let Some(super::goroutine::Request::Sync(_, _, out)) = &mut self.req {
                            *out = None;
                        }
                        r
                    }
                    None => Err(Fault::Unsupported(format!(
                        "native {}",
                        m.natives.get(rec.f as usize).cloned().unwrap_or_default()
                    ))),
                };
            }
            DeferKind::Go => (rec.f, 0),
            DeferKind::Clo => (self.closure_func(rec.w)?, rec.w),
        };
        let callee = &m.funcs[func as usize];
        if self.frames.len() >= MAX_FRAMES {
            return Err(Fault::StackOverflow);
        }
        self.put_args(nb, &rec.args, callee.nregs as usize)?;
        self.frames.push(Frame {
            func,
            pc: 0,
            base: nb as u32,
            clo,
        });
        Ok(true)
    }

    /// Makes room for `need` registers at `nb` and copies `args` there.
    fn put_args(&mut self, nb: usize, args: &[u64], need: usize) -> R<()> {
        let need = nb + need.max(args.len());
        if need > MAX_REGS {
            return Err(Fault::StackOverflow);
        }
        if self.regs.len() < need {
            let newlen = (need * 2).min(MAX_REGS).max(need);
            self.regs.resize(newlen, 0);
        }
        self.regs[nb..nb + args.len()].copy_from_slice(args);
        Ok(())
    }

    /// A fault left the instruction loop: a Go panic starts running
    /// deferred calls (Ok: resume at the top frame); anything else, or a
    /// panic nothing recovers, ends the program (Err).
    pub(crate) fn on_fault(&mut self, f: Fault) -> R<()> {
        let v = match f {
            Fault::Runtime(s) => PVal::Runtime(s),
            // Runtime panics without the "runtime error: " prefix, and
            // library panics whose value is a plain string.
            Fault::Plain(s) if is_plain(&s) => PVal::Runtime(s),
            Fault::Plain(s) => match self.boxed_string(&s) {
                0 => return Err(Fault::Plain(s)),
                w => PVal::Value(w),
            },
            Fault::Value(w) => PVal::Value(w),
            Fault::Goexit => PVal::Goexit,
            other => return Err(other),
        };
        self.push_panic(v);
        self.drive_panic()
    }

    fn push_panic(&mut self, val: PVal) {
        let id = self.dfr.next_id;
        self.dfr.next_id += 1;
        let mut repanicked = false;
        let mut text = None;
        if let PVal::Value(w) = val {
            if w != 0 {
                if let Some(last) = self.dfr.panics.last_mut() {
                    if last.recovered && last.rbox == w {
                        last.hidden = true;
                        repanicked = true;
                    }
                }
                if let Some((_, t)) = self.dfr.rt_boxes.iter().find(|(b, _)| *b == w) {
                    text = Some(t.clone());
                }
            }
        }
        let trace = self
            .frames
            .iter()
            .rev()
            .take(TRACE_FRAMES)
            .map(|f| (f.func, f.pc))
            .collect();
        self.dfr.panics.push(PanicRec {
            id,
            val,
            recovered: false,
            repanicked,
            hidden: false,
            rbox: 0,
            text,
            trace,
        });
    }

    /// Continues the newest panic; a deferred native that panics starts a
    /// newer one.
    fn drive_panic(&mut self) -> R<()> {
        loop {
            match self.continue_panic() {
                Ok(()) => return Ok(()),
                Err(Fault::Runtime(s)) => self.push_panic(PVal::Runtime(s)),
                Err(Fault::Plain(s)) if is_plain(&s) => self.push_panic(PVal::Runtime(s)),
                Err(Fault::Value(w)) => self.push_panic(PVal::Value(w)),
                Err(e) => return Err(e),
            }
        }
    }

    /// Unwinds to the next deferred call and starts it; Err(Unwound) when
    /// none is left.
    fn continue_panic(&mut self) -> R<()> {
        let pid = match self.dfr.panics.last() {
            Some(p) => p.id,
            None => return Err(Fault::Unwound),
        };
        while let Some(rec) = self.dfr.defers.pop() {
            let fd = rec.frame as usize;
            if fd >= self.frames.len() {
                continue;
            }
            self.frames.truncate(fd + 1);
            self.dfr.active.retain(|a| (a.frame as usize) <= fd);
            if self.start_deferred(&rec)? {
                self.dfr.active.push(Active {
                    frame: (self.frames.len() - 1) as u32,
                    fd: fd as u32,
                    land: rec.land,
                    panic: pid,
                });
                return Ok(());
            }
        }
        Err(Fault::Unwound)
    }

    /// The frame at index `self.frames.len()` (just popped by `Ret`, its
    /// results at its base) was a deferred call started by a panic or a
    /// report-time method call. Ok: resume at the top frame.
    pub(crate) fn ret_hook(&mut self) -> R<()> {
        let top = self.frames.len();
        if let Some((f, pi, nb)) = self.dfr.report_call {
            if f as usize == top {
                self.dfr.report_call = None;
                let w = self.regs[nb as usize];
                let s = String::from_utf8_lossy(&self.str_bytes(w)).into_owned();
                if let Some(p) = self.dfr.panics.get_mut(pi) {
                    p.text = Some(s);
                }
                return Err(Fault::Unwound);
            }
        }
        let Some(a) = self.dfr.active.pop() else {
            return Ok(());
        };
        let recovered = self
            .dfr
            .panics
            .iter()
            .any(|p| p.id == a.panic && p.recovered);
        if !recovered {
            return self.drive_panic();
        }
        let fd = a.fd as usize;
        self.frames.truncate(fd + 1);
        if let Some(fr) = self.frames.last_mut() {
            fr.pc = a.land;
        }
        self.dfr.panics.retain(|p| p.id != a.panic);
        let active = &self.dfr.active;
        self.dfr
            .panics
            .retain(|p| active.iter().any(|a| a.panic == p.id));
        Ok(())
    }

    /// `Recover{d}` at absolute register d.
    pub(crate) fn op_recover(&mut self, d: usize) {
        self.regs[d..d + 6].fill(0);
        let top = self.frames.len().saturating_sub(1);
        let Some(a) = self.dfr.active.last().copied() else {
            return;
        };
        if a.frame as usize != top {
            return;
        }
        let Some(p) = self.dfr.panics.iter_mut().find(|p| p.id == a.panic) else {
            return;
        };
        if p.recovered || matches!(p.val, PVal::Goexit) {
            return;
        }
        p.recovered = true;
        match p.val.clone() {
            PVal::Value(0) => {
                self.regs[d + 1] = 4;
            }
            PVal::Value(w) => {
                p.rbox = w;
                self.regs[d] = w;
            }
            PVal::Goexit => {}
            PVal::Runtime(msg) => {
                let (kind, x, y, code) = classify(&msg);
                self.regs[d + 1] = kind;
                self.regs[d + 2] = self.new_str(msg.as_bytes());
                self.regs[d + 3] = x as u64;
                self.regs[d + 4] = y as u64;
                self.regs[d + 5] = code;
            }
        }
    }

    /// `RecoverBox{s}`: the value recover built for a run-time panic.
    pub(crate) fn op_recover_box(&mut self, w: u64) {
        let top = self.frames.len().saturating_sub(1);
        let Some(a) = self.dfr.active.last().copied() else {
            return;
        };
        if a.frame as usize != top {
            return;
        }
        if let Some(p) = self.dfr.panics.iter_mut().find(|p| p.id == a.panic) {
            p.rbox = w;
            let text = match &p.val {
                PVal::Runtime(m) => runtime_text(m),
                _ => "runtime error: panic called with nil argument".into(),
            };
            self.dfr.rt_boxes.push((w, text));
        }
    }
}

/// Go's text of a run-time error message.
pub(crate) fn runtime_text(msg: &str) -> String {
    if is_plain(msg) {
        msg.to_string()
    } else {
        format!("runtime error: {msg}")
    }
}

/// Run-time errors Go prints without "runtime error: ".
fn is_plain(msg: &str) -> bool {
    matches!(
        msg,
        "assignment to entry in nil map"
            | "send on closed channel"
            | "close of closed channel"
            | "close of nil channel"
            | "all goroutines are asleep - deadlock!"
    ) || msg.starts_with("plain: ")
}

/// (kind, x, y, code) of a run-time error message, for
/// runtime.makePanicError: 1 errorString, 2 plainError, 3 boundsError.
fn classify(msg: &str) -> (u64, i64, i64, u64) {
    if is_plain(msg) {
        return (2, 0, 0, 0);
    }
    if let Some((x, y, code)) = parse_bounds(msg) {
        return (3, x, y, code);
    }
    (1, 0, 0, 0)
}

/// The boundsError fields of a bounds-check message.
fn parse_bounds(msg: &str) -> Option<(i64, i64, u64)> {
    let num = |s: &str| s.trim().parse::<i64>().ok();
    if let Some(rest) = msg.strip_prefix("index out of range [") {
        let (x, tail) = rest.split_once(']')?;
        let y = match tail.strip_prefix(" with length ") {
            Some(y) => num(y)?,
            None => 0,
        };
        return Some((num(x)?, y, 0));
    }
    if let Some(rest) = msg.strip_prefix("cannot convert slice with length ") {
        let (y, x) = rest.split_once(" to array or pointer to array with length ")?;
        return Some((num(x)?, num(y)?, 8));
    }
    let rest = msg.strip_prefix("slice bounds out of range [")?;
    let (inner, tail) = rest.split_once(']')?;
    let with = |t: &str| -> Option<(i64, bool)> {
        if let Some(y) = t.strip_prefix(" with length ") {
            Some((num(y)?, true))
        } else if let Some(y) = t.strip_prefix(" with capacity ") {
            Some((num(y)?, false))
        } else {
            None
        }
    };
    let parts: Vec<&str> = inner.split(':').collect();
    match parts.as_slice() {
        // [:x] with length/capacity y, or [:x] negative
        ["", x] => match with(tail) {
            Some((y, true)) => Some((num(x)?, y, 1)),
            Some((y, false)) => Some((num(x)?, y, 2)),
            None => Some((num(x)?, 0, 1)),
        },
        // [x:y] or [x:] negative
        [x, y] => Some((num(x)?, if y.is_empty() { 0 } else { num(y)? }, 3)),
        ["", "", x] => match with(tail) {
            Some((y, true)) => Some((num(x)?, y, 4)),
            Some((y, false)) => Some((num(x)?, y, 5)),
            None => Some((num(x)?, 0, 4)),
        },
        ["", x, y] => Some((num(x)?, if y.is_empty() { 0 } else { num(y)? }, 6)),
        [x, y, ""] => Some((num(x)?, if y.is_empty() { 0 } else { num(y)? }, 7)),
        _ => None,
    }
}

/// runtime.Goexit.
pub(crate) fn native_goexit(_vm: &mut Vm, _base: usize) -> R<()> {
    Err(Fault::Goexit)
}
