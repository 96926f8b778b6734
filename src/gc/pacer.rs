//! Pacing, statistics and the gctrace line.
//!
//! Owns GOGC / GOMEMLIMIT (`GcConfig`, `set_gc_percent`, `set_memory_limit`),
//! the trigger computation, the counters behind `runtime.ReadMemStats`
//! (`MemStats`) and the `GODEBUG=gctrace=1` formatter. Invariants: counters
//! only grow (Mallocs >= Frees because a span's allocations are counted
//! when it leaves its cache, before it can be swept); `heap_live` is reset
//! to the marked bytes at each mark and grows by whole spans as caches
//! take them; the trigger is recomputed after each mark and after each
//! setting change, and crossing it only SETS the "collection needed" flag.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Instant;

/// Go's heapminimum at GOGC=100.
pub(crate) const HEAP_MIN: u64 = 4 << 20;

/// Collector settings. `GcConfig::from_env()` reads GOGC, GOMEMLIMIT,
/// GODEBUG=gctrace=1, GOLITE_GCSTRESS=1 and GOLITE_GCVERIFY=1.
#[derive(Clone, Debug)]
pub struct GcConfig {
    /// GOGC; negative = off.
    pub gc_percent: i64,
    /// GOMEMLIMIT in bytes; `i64::MAX` = none.
    pub memory_limit: i64,
    pub gctrace: bool,
    /// Collect at every safepoint poll.
    pub stress: bool,
    /// Re-check marks after each mark phase; panic on violation.
    pub verify: bool,
    /// GOMAXPROCS, for the gctrace line.
    pub nprocs: usize,
}

impl Default for GcConfig {
    fn default() -> Self {
        GcConfig {
            gc_percent: 100,
            memory_limit: i64::MAX,
            gctrace: false,
            stress: false,
            verify: false,
            nprocs: 1,
        }
    }
}

/// Parse a GOMEMLIMIT value: bytes with an optional B, KiB, MiB, GiB, TiB
/// suffix, or "off".
pub fn parse_mem_limit(s: &str) -> Option<i64> {
    let s = s.trim();
    if s == "off" {
        return Some(i64::MAX);
    }
    let units = [
        ("TiB", 1i64 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
        ("B", 1),
    ];
    for (u, m) in units {
        if let Some(n) = s.strip_suffix(u) {
            return n.parse::<i64>().ok()?.checked_mul(m);
        }
    }
    s.parse().ok()
}

impl GcConfig {
    pub fn from_env() -> GcConfig {
        let mut c = GcConfig::default();
        if let Ok(v) = std::env::var("GOGC") {
            if v == "off" {
                c.gc_percent = -1;
            } else if let Ok(n) = v.parse() {
                c.gc_percent = n;
            }
        }
        if let Some(l) = std::env::var("GOMEMLIMIT")
            .ok()
            .and_then(|v| parse_mem_limit(&v))
        {
            c.memory_limit = l;
        }
        if let Ok(v) = std::env::var("GODEBUG") {
            c.gctrace = v.split(',').any(|kv| kv == "gctrace=1");
        }
        c.stress = std::env::var("GOLITE_GCSTRESS").is_ok_and(|v| v == "1");
        c.verify = std::env::var("GOLITE_GCVERIFY").is_ok_and(|v| v == "1");
        c.nprocs = std::thread::available_parallelism().map_or(1, |n| n.get());
        c
    }
}

#[derive(Default)]
pub(crate) struct Counters {
    pub mallocs: AtomicU64,
    pub frees: AtomicU64,
    pub total_alloc: AtomicU64,
    pub freed_bytes: AtomicU64,
    /// Bytes counted as in use for pacing since the last mark.
    pub heap_live: AtomicU64,
    pub trigger: AtomicU64,
}

impl Counters {
    pub fn init(&self, c: &GcConfig) {
        let t = goal(0, c.gc_percent, c.memory_limit);
        self.trigger.store(t, Relaxed);
    }
    pub fn heap_alloc(&self) -> u64 {
        self.total_alloc
            .load(Relaxed)
            .saturating_sub(self.freed_bytes.load(Relaxed))
    }
}

/// Heap goal after a mark that found `marked` live bytes.
pub(crate) fn goal(marked: u64, gc_percent: i64, limit: i64) -> u64 {
    let gogc = if gc_percent < 0 {
        u64::MAX
    } else {
        let p = gc_percent as u64;
        (marked + marked.saturating_mul(p) / 100).max(HEAP_MIN * p / 100)
    };
    let lim = if limit == i64::MAX {
        u64::MAX
    } else {
        // Leave ~5% of the limit for non-heap memory (metadata, stacks).
        (limit.max(0) as u64) / 20 * 19
    };
    // Under limit pressure, still let the heap grow a little so the program
    // makes progress (Go caps GC CPU instead).
    gogc.min(lim).max(marked + (256 << 10))
}

/// One finished collection, for gctrace and the pause records.
#[derive(Clone, Debug, Default)]
pub struct GcCycle {
    pub n: u64,
    /// Seconds since the heap was created, at the cycle start.
    pub at_secs: f64,
    /// Percent of wall time spent in GC since the heap was created.
    pub gc_percent_time: u64,
    pub sweep_term_ns: u64,
    pub mark_ns: u64,
    pub mark_term_ns: u64,
    pub heap_start: u64,
    pub heap_end: u64,
    pub heap_marked: u64,
    pub goal: u64,
    pub forced: bool,
    pub nprocs: usize,
}

/// Where gctrace lines go.
pub type TraceSink = Box<dyn Fn(&str) + Send>;

pub(crate) struct GcState {
    pub gc_percent: i64,
    pub memory_limit: i64,
    pub gctrace: bool,
    pub nprocs: usize,
    pub start: Instant,
    pub num_gc: u64,
    pub num_forced: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub last_gc_unix_ns: u64,
    pub gc_time_ns: u64,
    pub heap_marked: u64,
    pub heap_goal: u64,
    pub last: Option<GcCycle>,
    pub trace_sink: Option<TraceSink>,
}

impl GcState {
    pub fn new(c: &GcConfig) -> GcState {
        GcState {
            gc_percent: c.gc_percent,
            memory_limit: c.memory_limit,
            gctrace: c.gctrace,
            nprocs: c.nprocs,
            start: Instant::now(),
            num_gc: 0,
            num_forced: 0,
            pause_total_ns: 0,
            pause_ns: [0; 256],
            pause_end: [0; 256],
            last_gc_unix_ns: 0,
            gc_time_ns: 0,
            heap_marked: 0,
            heap_goal: goal(0, c.gc_percent, c.memory_limit),
            last: None,
            trace_sink: None,
        }
    }
}

/// What `runtime.ReadMemStats` reports (Go's field meanings).
#[derive(Clone, Debug)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
}

/// Go's fmtNSAsMS: whole ms from 10 ms up, else two significant digits
/// with at most three decimals.
fn fmt_ns_as_ms(ns: u64) -> String {
    if ns >= 10_000_000 {
        return (ns / 1_000_000).to_string();
    }
    let mut x = ns / 1000;
    if x == 0 {
        return "0".into();
    }
    let mut dec = 3;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    itoa_div(x, dec)
}

/// `val / 10^dec` printed with `dec` decimals (Go's itoaDiv).
fn itoa_div(val: u64, dec: usize) -> String {
    let mut s = val.to_string();
    if dec == 0 {
        return s;
    }
    while s.len() <= dec {
        s.insert(0, '0');
    }
    s.insert(s.len() - dec, '.');
    s
}

/// The `GODEBUG=gctrace=1` line for one cycle, in Go 1.23's format (no
/// trailing newline). A stop-the-world cycle reports its finishing sweep
/// as sweep termination, its mark as the (background) mark phase.
pub fn format_gctrace(c: &GcCycle) -> String {
    let p = c.nprocs.max(1) as u64;
    let mb = |b: u64| b >> 20;
    format!(
        "gc {} @{}s {}%: {}+{}+{} ms clock, {}+0/{}/0+{} ms cpu, {}->{}->{} MB, {} MB goal, 0 MB stacks, 0 MB globals, {} P{}",
        c.n,
        itoa_div((c.at_secs * 1000.0) as u64, 3),
        c.gc_percent_time,
        fmt_ns_as_ms(c.sweep_term_ns),
        fmt_ns_as_ms(c.mark_ns),
        fmt_ns_as_ms(c.mark_term_ns),
        fmt_ns_as_ms(c.sweep_term_ns * p),
        fmt_ns_as_ms(c.mark_ns),
        fmt_ns_as_ms(c.mark_term_ns * p),
        mb(c.heap_start),
        mb(c.heap_end),
        mb(c.heap_marked),
        mb(c.goal),
        c.nprocs,
        if c.forced { " (forced)" } else { "" }
    )
}
