//! The collector: roots, marking, verification, sweeping, the barrier.
//!
//! Owns the collection cycle. First version: stop the world, tri-colour
//! mark, lazy sweep.
//!
//! - Colours: white = header mark bit != sense, grey = marked and on the
//!   worklist, black = marked and scanned. The sense flips at the start of
//!   each mark (epoch + 1), which whitens every object at once; marks are
//!   set with an atomic RMW on the header (fetch_or for sense 1, fetch_and
//!   for sense 0), so the winner of a race is the one that greys it.
//! - Roots come only from the VM's callback (`RootSink`): globals, every
//!   goroutine's pointer registers, runtime structures. Nothing else is
//!   scanned; the marker reads only atomic words and takes no VM lock.
//! - Sweep is lazy (Go's sweepgen idea): after a mark, every span is moved
//!   to its class's `unswept` list; a cache never allocates from a span it
//!   has not swept for the current epoch (`take_span` sweeps first; caches
//!   give their spans back at the first allocation after a cycle). Sweeping
//!   frees allocated slots whose mark != sense. Large objects are swept
//!   eagerly at the end of the mark. Leftover spans are swept at the start
//!   of the next cycle (Go's sweep termination), by `finish_sweep`, or in
//!   the background by `sweep_some`. Objects are born with the current
//!   sense, i.e. marked: they survive the sweep of the cycle that made them.
//!   Sweeping at any time between two marks is therefore correct.
//! - Verify mode re-traverses from the same roots after marking and checks
//!   that every reachable object is marked and no marked object points to a
//!   white one; it panics with a report otherwise.
//!
//! Stage 2 (planned; the API is already final): incremental / concurrent
//! marking with Go's hybrid write barrier. `mark_start` (STW, short): finish
//! sweep, flip sense, set `marking`, grey the globals; from then on
//! `store_ptr`, `copy_words`, the atomics and `Init::store_ptr` call
//! `write_barrier`, which shades both the old and the new pointee into
//! `wb_grey`, and objects are born marked (already the case). Each
//! goroutine's registers are scanned once, at its own safepoint, claimed by
//! a CAS on a per-goroutine scan flag (epoch-stamped), so no stack is ever
//! rescanned. Mark work runs in `mark_step(budget)` at safepoints and on
//! allocation (assists proportional to allocation). `mark_done` (STW,
//! short): when every goroutine is scanned, the barrier queue and the
//! worklist are empty, clear `marking` and start the sweep. Pauses are then
//! bounded by root claiming, not heap size.

use std::collections::HashSet;
use std::sync::atomic::Ordering::{AcqRel, Acquire, Relaxed};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::layout::{self, F_ALLPTR, F_BYTES, F_NOSCAN};
use super::object::{hdr, layout_of, len_of, mark_of, Heap, HDR_FREE};
use super::pacer::{format_gctrace, goal, GcCycle, MemStats};
use super::ptr::{ObjRef, Ptr, ADDR_MASK};
use super::span::{rounded_size, Span, NCLASSES};

/// Where the VM reports roots during a collection.
#[derive(Default)]
pub struct RootSink {
    pub(crate) roots: Vec<usize>,
}

impl RootSink {
    #[inline]
    pub fn ptr(&mut self, p: Option<Ptr>) {
        if let Some(p) = p {
            self.roots.push(p.mark_target().addr());
        }
    }
    #[inline]
    pub fn obj(&mut self, o: ObjRef) {
        self.roots.push(o.addr());
    }
    pub fn ptrs(&mut self, ps: impl IntoIterator<Item = Option<Ptr>>) {
        for p in ps {
            self.ptr(p);
        }
    }
}

/// Bytes an object with header `h` occupies (its slot).
#[inline]
fn obj_size(h: u64) -> usize {
    let payload = if h & F_BYTES != 0 {
        len_of(h).next_multiple_of(8)
    } else {
        len_of(h) * 8
    };
    rounded_size(8 + payload)
}

#[cold]
fn free_object_found(addr: usize) -> ! {
    panic!("fatal error: gc: found pointer to free object {addr:#x} (a root or pointer outlived its object)")
}

/// A header word the marker can set the mark bit of (std's atomic in the
/// heap; loom's in the model test of `loom_tests.rs`).
pub(crate) trait MarkCell {
    fn load_relaxed(&self) -> u64;
    fn fetch_or_acqrel(&self, v: u64) -> u64;
    fn fetch_and_acqrel(&self, v: u64) -> u64;
}

impl MarkCell for std::sync::atomic::AtomicU64 {
    #[inline]
    fn load_relaxed(&self) -> u64 {
        self.load(Relaxed)
    }
    #[inline]
    fn fetch_or_acqrel(&self, v: u64) -> u64 {
        self.fetch_or(v, AcqRel)
    }
    #[inline]
    fn fetch_and_acqrel(&self, v: u64) -> u64 {
        self.fetch_and(v, AcqRel)
    }
}

/// Set the mark bit of header `h` to `sense`. Returns the previous header
/// iff this call made the object go from white to marked: of several
/// racing markers (collector, write barriers) exactly one wins and greys
/// it. A free header (0) is reported as won, so the caller can complain.
#[inline]
pub(crate) fn try_mark<C: MarkCell>(h: &C, sense: u64) -> Option<u64> {
    let cur = h.load_relaxed();
    if mark_of(cur) == sense {
        // Already marked, unless it is a free slot (header 0 or 1).
        return (cur & !1 == HDR_FREE).then_some(HDR_FREE);
    }
    let old = if sense == 1 {
        h.fetch_or_acqrel(1)
    } else {
        h.fetch_and_acqrel(!1)
    };
    (mark_of(old) != sense).then_some(old)
}

struct Marker {
    sense: u64,
    grey: Vec<usize>,
    bytes: u64,
    objects: u64,
}

impl Marker {
    /// Grey `addr` if white. Returns whether it was white.
    #[inline]
    fn shade(&mut self, addr: usize) -> bool {
        // SAFETY: `addr` comes from a root `Ptr`/`ObjRef` or from a word the
        // layout says is a pointer, so it addresses an object header in
        // heap memory (mod.rs invariant 2).
        let h = unsafe { hdr(addr) };
        let Some(old) = try_mark(h, self.sense) else {
            return false;
        };
        if layout_of(old) == 0 {
            free_object_found(addr)
        }
        self.bytes += obj_size(old) as u64;
        self.objects += 1;
        if old & F_NOSCAN == 0 {
            self.grey.push(addr);
        }
        true
    }

    /// Scan grey objects until none is left. Pointees go through a small
    /// FIFO whose entries are prefetched when they enter it, so the header
    /// read in `shade` rarely waits for memory (the mark is latency-bound).
    fn drain(&mut self) {
        const N: usize = 16;
        let mut fifo = [0usize; N];
        let (mut head, mut n) = (0usize, 0usize);
        loop {
            while let Some(a) = self.grey.pop() {
                for_each_ptr_word(a, |_, w| {
                    let t = (w & ADDR_MASK) as usize;
                    prefetch(t);
                    if n == N {
                        let old = fifo[head];
                        fifo[head] = t;
                        head = (head + 1) % N;
                        self.shade(old);
                    } else {
                        fifo[(head + n) % N] = t;
                        n += 1;
                    }
                });
            }
            if n == 0 {
                return;
            }
            while n > 0 {
                let a = fifo[head];
                head = (head + 1) % N;
                n -= 1;
                self.shade(a);
            }
        }
    }
}

/// Hint the CPU to fetch the cache line at `addr` (never faults).
#[inline(always)]
fn prefetch(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetch is a hint; it never faults, whatever the address,
    // and SSE is part of the x86-64 baseline.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(addr as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// Call `f(index, word)` for every non-nil pointer word of the object at
/// `addr` (which must be an object address, as for `hdr`).
#[inline]
fn for_each_ptr_word(addr: usize, mut f: impl FnMut(usize, u64)) {
    // SAFETY: callers pass object addresses taken from roots or pointer
    // words (invariant 2).
    let h = unsafe { hdr(addr) }.load(Relaxed);
    if h & (F_NOSCAN | F_BYTES) != 0 {
        return;
    }
    let len = len_of(h);
    let word = |i: usize| {
        // SAFETY: i < len, the payload length in words of this live word
        // object's slot.
        unsafe { &*((addr + 8 + 8 * i) as *const std::sync::atomic::AtomicU64) }.load(Acquire)
    };
    if h & F_ALLPTR != 0 {
        for i in 0..len {
            let w = word(i);
            if w != 0 {
                f(i, w);
            }
        }
        return;
    }
    let l = layout::get(layout_of(h));
    let mut base = 0;
    while base < len {
        for &o in l.ptr_offs.iter() {
            let i = base + o as usize;
            if i >= len {
                break;
            }
            let w = word(i);
            if w != 0 {
                f(i, w);
            }
        }
        base += l.elem_words;
    }
}

fn layout_name(addr: usize) -> String {
    // SAFETY: object address from a root or pointer word (invariant 2).
    let id = layout_of(unsafe { hdr(addr) }.load(Relaxed));
    if id == 0 {
        "<free>".into()
    } else {
        layout::get(id).name.clone()
    }
}

impl Heap {
    /// Should the VM stop the world and call `collect` at this safepoint?
    /// (Always true in stress mode.)
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.collect_needed.load(Relaxed) || self.stress.load(Relaxed)
    }

    /// Ask for a collection at the next safepoint.
    pub fn request_collection(&self) {
        self.collect_needed.store(true, Relaxed);
    }

    pub fn set_stress(&self, on: bool) {
        self.stress.store(on, Relaxed);
    }
    pub fn set_verify(&self, on: bool) {
        self.verify.store(on, Relaxed);
    }
    pub fn set_gctrace(&self, on: bool) {
        self.gc_state().gctrace = on;
    }
    /// Where gctrace lines go (default: stderr).
    pub fn set_gctrace_sink(&self, f: super::pacer::TraceSink) {
        self.gc_state().trace_sink = Some(f);
    }
    pub fn set_nprocs(&self, n: usize) {
        self.gc_state().nprocs = n;
    }

    /// debug.SetGCPercent: returns the previous value; negative = off.
    pub fn set_gc_percent(&self, p: i64) -> i64 {
        let mut g = self.gc_state();
        let old = g.gc_percent;
        g.gc_percent = p.max(-1);
        self.retrigger(&mut g);
        old
    }

    /// debug.SetMemoryLimit: returns the previous limit; a negative
    /// argument only reads it.
    pub fn set_memory_limit(&self, limit: i64) -> i64 {
        let mut g = self.gc_state();
        let old = g.memory_limit;
        if limit >= 0 {
            g.memory_limit = limit;
            self.retrigger(&mut g);
        }
        old
    }

    fn retrigger(&self, g: &mut super::pacer::GcState) {
        g.heap_goal = goal(g.heap_marked, g.gc_percent, g.memory_limit);
        self.counters.trigger.store(g.heap_goal, Relaxed);
        if self.counters.heap_live.load(Relaxed) >= g.heap_goal {
            self.collect_needed.store(true, Relaxed);
        }
    }

    pub(crate) fn gc_state(&self) -> std::sync::MutexGuard<'_, super::pacer::GcState> {
        self.gc.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A paced collection (the VM calls it with the world stopped when
    /// `should_collect`). Sweeping is left lazy.
    pub fn collect(&self, roots: &mut dyn FnMut(&mut RootSink)) {
        self.cycle(roots, false)
    }

    /// runtime.GC(): a full collection, sweep included (world stopped).
    pub fn collect_now(&self, roots: &mut dyn FnMut(&mut RootSink)) {
        self.cycle(roots, true)
    }

    fn cycle(&self, roots: &mut dyn FnMut(&mut RootSink), forced: bool) {
        let mut g = self.gc_state();
        let t0 = Instant::now();
        let heap_start = self.counters.heap_alloc();
        // Sweep termination: the previous cycle's sweep must end first.
        self.finish_sweep();
        let t1 = Instant::now();
        let mut sink = RootSink::default();
        roots(&mut sink);
        let epoch = self.epoch.load(Relaxed) + 1;
        self.epoch.store(epoch, Relaxed);
        let sense = epoch & 1;
        let mut m = Marker {
            sense,
            grey: Vec::with_capacity(1024),
            bytes: 0,
            objects: 0,
        };
        for &r in &sink.roots {
            m.shade(r);
        }
        m.drain();
        // Objects the barrier shaded (only non-empty in stage 2).
        let wb = std::mem::take(&mut *self.wb_grey.lock().unwrap_or_else(|e| e.into_inner()));
        m.grey.extend(wb);
        m.drain();
        let t2 = Instant::now();
        #[cfg(test)]
        if let Some(o) = self.break_after_mark.lock().unwrap().take() {
            // SAFETY: test hook; `o` is a live object from the test.
            let h = unsafe { hdr(o.addr()) };
            h.fetch_xor(1, Relaxed);
        }
        if self.verify.load(Relaxed) {
            if let Err(report) = self.verify_marks(&sink.roots, sense) {
                panic!("GC verify failed after mark {epoch}:\n{report}");
            }
        }
        self.start_sweep(sense);
        g.heap_marked = m.bytes;
        g.heap_goal = goal(m.bytes, g.gc_percent, g.memory_limit);
        self.counters.heap_live.store(m.bytes, Relaxed);
        self.counters.trigger.store(g.heap_goal, Relaxed);
        self.collect_needed.store(false, Relaxed);
        if forced {
            self.finish_sweep();
        }
        let keep = (16 << 20).max(g.heap_goal as usize / 4);
        self.pages().scavenge(keep);
        let t3 = Instant::now();

        let pause = (t3 - t0).as_nanos() as u64;
        let n = g.num_gc as usize;
        g.pause_ns[n % 256] = pause;
        let now_unix = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        g.pause_end[n % 256] = now_unix;
        g.last_gc_unix_ns = now_unix;
        g.pause_total_ns += pause;
        g.gc_time_ns += pause;
        g.num_gc += 1;
        if forced {
            g.num_forced += 1;
        }
        let since = t0.duration_since(g.start).as_secs_f64();
        let total = t3.duration_since(g.start).as_nanos().max(1) as u64;
        let cyc = GcCycle {
            n: g.num_gc,
            at_secs: since,
            gc_percent_time: g.gc_time_ns * 100 / total,
            sweep_term_ns: (t1 - t0).as_nanos() as u64,
            mark_ns: (t2 - t1).as_nanos() as u64,
            mark_term_ns: (t3 - t2).as_nanos() as u64,
            heap_start,
            heap_end: self.counters.heap_alloc(),
            heap_marked: m.bytes,
            goal: g.heap_goal,
            forced,
            nprocs: g.nprocs,
        };
        if g.gctrace {
            let line = format_gctrace(&cyc);
            match &g.trace_sink {
                Some(f) => f(&line),
                None => eprintln!("{line}"),
            }
        }
        g.last = Some(cyc);
    }

    /// Check the marks against reachability from `roots` (call right after
    /// a mark): every reachable object must be marked with `sense` and no
    /// marked object may point to a white one. Returns a report of the
    /// first violations.
    pub(crate) fn verify_marks(&self, roots: &[usize], sense: u64) -> Result<(), String> {
        let mut errs = Vec::new();
        let marked = |a: usize| {
            // SAFETY: object address from a root or pointer word.
            mark_of(unsafe { hdr(a) }.load(Relaxed)) == sense
        };
        let mut seen = HashSet::new();
        let mut stack = Vec::new();
        for &r in roots {
            if !marked(r) {
                errs.push(format!("root {r:#x} ({}) is white", layout_name(r)));
            }
            if seen.insert(r) {
                stack.push(r);
            }
        }
        while let Some(a) = stack.pop() {
            // SAFETY: as above.
            if unsafe { hdr(a) }.load(Relaxed) == HDR_FREE {
                errs.push(format!("reachable object {a:#x} is free"));
                continue;
            }
            let black = marked(a);
            for_each_ptr_word(a, |i, w| {
                let t = (w & ADDR_MASK) as usize;
                if black && !marked(t) {
                    errs.push(format!(
                        "black object {a:#x} ({}) word {i} points to white object {t:#x} ({})",
                        layout_name(a),
                        layout_name(t)
                    ));
                }
                if seen.insert(t) {
                    stack.push(t);
                }
            });
            if errs.len() >= 20 {
                break;
            }
        }
        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs.join("\n"))
        }
    }

    /// Test/diagnostic entry: mark from `roots` as a cycle would, then run
    /// the verifier; returns its report. Leaves the heap in a consistent
    /// state (a full cycle).
    #[cfg(test)]
    pub(crate) fn verify_now(&self, roots: &mut dyn FnMut(&mut RootSink)) -> Result<(), String> {
        let verify = self.verify.swap(false, Relaxed);
        let mut sink = RootSink::default();
        roots(&mut sink);
        self.collect_now(&mut |s| s.roots.extend_from_slice(&sink.roots));
        self.verify.store(verify, Relaxed);
        self.verify_marks(&sink.roots, self.sense())
    }

    /// Move every span to the unswept lists; sweep large objects now.
    fn start_sweep(&self, sense: u64) {
        for c in self.central.iter() {
            let mut c = c.lock().unwrap_or_else(|e| e.into_inner());
            let c = &mut *c;
            c.unswept.append(&mut c.partial);
            c.unswept.append(&mut c.full);
        }
        let mut large = self.large.lock().unwrap_or_else(|e| e.into_inner());
        let mut freed = Vec::new();
        large.retain_mut(|s| {
            if s.sweep(sense) == 0 {
                return true;
            }
            freed.push((s.base, s.npages, s.size));
            false
        });
        drop(large);
        let mut pages = self.pages();
        for &(base, np, size) in &freed {
            pages.free(base, np);
            self.counters.frees.fetch_add(1, Relaxed);
            self.counters.freed_bytes.fetch_add(size as u64, Relaxed);
        }
    }

    /// Sweep one span (owned by the caller); count frees.
    pub(crate) fn sweep_span(&self, s: &mut Span, sense: u64) {
        let freed = s.sweep(sense);
        if freed > 0 {
            self.counters.frees.fetch_add(freed as u64, Relaxed);
            self.counters
                .freed_bytes
                .fetch_add((freed * s.size) as u64, Relaxed);
        }
    }

    /// Sweep a span taken from an unswept list and put it where it belongs
    /// (empty spans go back to the page heap).
    fn sweep_and_file(&self, mut s: Span, sense: u64) {
        self.sweep_span(&mut s, sense);
        if s.nalloc == 0 {
            self.pages().free(s.base, s.npages);
            return;
        }
        let mut c = self.central[s.class]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if s.free_slots() == 0 {
            c.full.push(s);
        } else {
            c.partial.push(s);
        }
    }

    /// Sweep one unswept span of any class (round robin). Returns false
    /// when nothing is left to sweep.
    pub(crate) fn sweep_some_span(&self) -> bool {
        let sense = self.sense();
        let start = self.sweep_cursor.fetch_add(1, Relaxed);
        for k in 0..NCLASSES {
            let class = (start + k) % NCLASSES;
            let s = self.central[class]
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .unswept
                .pop();
            if let Some(s) = s {
                self.sweep_and_file(s, sense);
                return true;
            }
        }
        false
    }

    /// Background sweeping for an idle worker: sweep up to `n` spans.
    /// Returns how many were swept.
    pub fn sweep_some(&self, n: usize) -> usize {
        (0..n).take_while(|_| self.sweep_some_span()).count()
    }

    /// Sweep every unswept span now.
    pub fn finish_sweep(&self) {
        let sense = self.sense();
        for class in 0..NCLASSES {
            loop {
                let s = self.central[class]
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .unswept
                    .pop();
                match s {
                    Some(s) => self.sweep_and_file(s, sense),
                    None => break,
                }
            }
        }
    }

    /// The hybrid write barrier: while marking, shade the overwritten and
    /// the stored pointee. A no-op (one Relaxed load at the caller) while
    /// not marking, which is always the case in the stop-the-world version.
    #[cold]
    pub(crate) fn write_barrier(&self, old: u64, new: u64) {
        if !self.marking.load(Relaxed) {
            return;
        }
        let sense = self.sense();
        let mut m = Marker {
            sense,
            grey: Vec::new(),
            bytes: 0,
            objects: 0,
        };
        for w in [old, new] {
            if w != 0 {
                m.shade((w & ADDR_MASK) as usize);
            }
        }
        if !m.grey.is_empty() {
            self.wb_grey
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend(m.grey);
        }
    }

    /// runtime.ReadMemStats. Counts from other workers' caches are
    /// published when they refill or `flush_stats`.
    pub fn read_mem_stats(&self) -> MemStats {
        let g = self.gc_state();
        let c = &self.counters;
        let (sys, free, released) = {
            let p = self.pages();
            (p.sys as u64, p.free_bytes as u64, p.released_bytes() as u64)
        };
        let mallocs = c.mallocs.load(Relaxed);
        let frees = c.frees.load(Relaxed).min(mallocs);
        let heap_alloc = c.heap_alloc();
        let elapsed = g.start.elapsed().as_nanos().max(1) as f64;
        MemStats {
            alloc: heap_alloc,
            total_alloc: c.total_alloc.load(Relaxed),
            sys,
            mallocs,
            frees,
            heap_alloc,
            heap_sys: sys,
            heap_idle: free,
            heap_inuse: sys - free,
            heap_released: released,
            heap_objects: mallocs - frees,
            next_gc: g.heap_goal,
            last_gc: g.last_gc_unix_ns,
            pause_total_ns: g.pause_total_ns,
            pause_ns: g.pause_ns,
            pause_end: g.pause_end,
            num_gc: g.num_gc as u32,
            num_forced_gc: g.num_forced as u32,
            gc_cpu_fraction: g.gc_time_ns as f64 / elapsed,
        }
    }

    /// The last finished cycle (for gctrace and tests).
    pub fn last_cycle(&self) -> Option<GcCycle> {
        self.gc_state().last.clone()
    }

    /// Number of finished collections.
    pub fn num_gc(&self) -> u64 {
        self.gc_state().num_gc
    }
}
