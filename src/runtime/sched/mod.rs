//! The M:N scheduler: worker threads, run queues, parking, GOMAXPROCS,
//! the goroutine registry and deadlock detection.
//!
//! Owns: `Runtime` (start/stop), `Shared` (global queue, stealers, budgets,
//! idle set, timers, registry), the worker loop, and `Cx`, the context a
//! goroutine's `Task::run` receives.
//!
//! Queue discipline (Go's, which fixes GOMAXPROCS=1 output order):
//! - `go` (Cx::spawn) puts the new goroutine in the creator's `runnext`;
//!   the old `runnext` goes to the tail of the creator's local FIFO.
//! - A goroutine readied by a channel, timer or semaphore goes to the
//!   readier's `runnext` (same displacement rule); readied from outside a
//!   worker, to the global `Injector`.
//! - `Outcome::Yield` (Gosched and preemption) goes to the Injector.
//! - A goroutine taken from `runnext` inherits the time slice (the budget
//!   is not refilled); the Injector is checked first every 61st schedule.
//! - An idle worker steals half of a random victim's local queue, spins
//!   briefly, then parks (see idle.rs for the no-lost-wake-up protocol).
//!
//! Invariants:
//! - A goroutine is in at most one run queue and run by at most one worker
//!   (see g.rs for the status protocol).
//! - A worker's `runnext` and local queue are empty whenever it is idle,
//!   disabled or in a syscall (they are moved to the Injector first).
//! - Deadlock is decided only under the scheduler lock, by a worker that
//!   finds every worker idle or disabled, no syscall, no external hold, no
//!   queued goroutine and no timer that can wake one.
//! - Lock order: scheduler lock → timer heap → channel locks; registry
//!   lock is a leaf. Nobody takes the scheduler lock holding another.

pub(crate) mod idle;

use super::chan::Chan;
use super::g::{goready, GRef, Readier, Status, WaitReason, G};
use super::rng::Rng;
use super::timer::{Kind, TaskFactory, Timer, Timers};
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use idle::{Back, Idle, Slot};
use std::collections::HashMap;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Most worker slots GOMAXPROCS can ask for.
pub const MAX_PROCS: usize = 256;
/// Default time slice, in budget ticks (back edges and calls).
pub const DEFAULT_SLICE: i64 = 20_000;
/// Rounds an idle worker tries to steal before parking.
const SPIN_ROUNDS: usize = 4;

/// What a goroutine's `run` returns to its worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Gosched or budget exhausted: requeue on the global queue.
    Yield,
    /// It called a blocking runtime op that returned Blocked / Forever (or
    /// `Cx::sleep` returned true): it is Parking; take it off the worker.
    Park,
    /// The goroutine finished.
    Exit,
}

/// A goroutine's code as the scheduler sees it: the VM's goroutine object
/// (registers, frames, pending continuation), or a test state machine.
pub trait Task: Send + 'static {
    /// Run until the budget is exhausted, the goroutine blocks or exits.
    fn run(&mut self, cx: &mut Cx<'_>) -> Outcome;
}

impl<F> Task for F
where
    F: FnMut(&mut Cx<'_>) -> Outcome + Send + 'static,
{
    fn run(&mut self, cx: &mut Cx<'_>) -> Outcome {
        self(cx)
    }
}

/// Per-worker instruction budget. The running goroutine ticks it; anyone
/// may zero it (preemption, the GC's stop-the-world safepoint request).
/// Cache-line aligned so workers never share a line; also carries the
/// worker's schedule-round counter (statistics).
#[repr(align(128))]
pub struct Budget {
    left: AtomicI64,
    rounds: AtomicU64,
}

impl Budget {
    fn new() -> Budget {
        Budget {
            left: AtomicI64::new(0),
            rounds: AtomicU64::new(0),
        }
    }
    /// Consumes `n` ticks; false once the slice is used up (or zeroed):
    /// the goroutine should save its pc and return `Outcome::Yield`.
    #[inline]
    pub fn tick(&self, n: i64) -> bool {
        self.left.fetch_sub(n, Ordering::Relaxed) > n
    }
    pub fn remaining(&self) -> i64 {
        self.left.load(Ordering::Relaxed)
    }
    /// Makes the running goroutine stop at its next tick.
    pub fn zero(&self) {
        self.left.store(0, Ordering::Relaxed);
    }
    fn refill(&self, n: i64) {
        self.left.store(n, Ordering::Relaxed);
    }
    fn count_round(&self) {
        // Only the owning worker writes: a plain load/store suffices.
        let r = self.rounds.load(Ordering::Relaxed);
        self.rounds.store(r + 1, Ordering::Relaxed);
    }
}

/// Worker states (for the future GC's stop-the-world).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WorkerState {
    Running = 0,
    Idle = 1,
    InSyscall = 2,
    Stopped = 3,
}

/// One goroutine in a deadlock report or a `:goroutines` listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GInfo {
    pub id: u64,
    pub status: Status,
    pub reason: WaitReason,
    /// The VM's opaque location (set with `G::set_location`).
    pub location: u64,
}

/// Go's deadlock report: `Display` prints the fatal error line and one
/// `goroutine N [reason]:` entry per goroutine (the VM adds locations).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlockReport {
    pub goroutines: Vec<GInfo>,
}

impl fmt::Display for DeadlockReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "fatal error: all goroutines are asleep - deadlock!")?;
        for g in &self.goroutines {
            writeln!(f)?;
            writeln!(f, "goroutine {} [{}]:", g.id, g.reason)?;
        }
        Ok(())
    }
}

/// Why `Runtime::run` returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunEnd {
    /// Goroutine 1 returned.
    MainExited,
    /// All goroutines are asleep.
    Deadlock(DeadlockReport),
    /// `Cx::exit` / `Handle::exit` (os.Exit, an unrecovered panic, ...).
    Exit(i32),
    /// A task panicked in Rust (a bug in the VM or a test).
    Panicked(String),
}

pub type DeadlockHook = Box<dyn Fn(&DeadlockReport) + Send + Sync>;

/// Runtime configuration.
pub struct Config {
    /// GOMAXPROCS (1..=MAX_PROCS).
    pub procs: usize,
    /// `--seed N`: one worker, seeded choices.
    pub seed: Option<u64>,
    /// Budget ticks per time slice.
    pub slice: i64,
    /// Called by the worker that detects a deadlock, before `run` returns
    /// (the VM prints the report and exits 2 here).
    pub on_deadlock: Option<DeadlockHook>,
}

impl Default for Config {
    fn default() -> Config {
        let procs = std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        Config {
            procs: procs.min(MAX_PROCS),
            seed: None,
            slice: DEFAULT_SLICE,
            on_deadlock: None,
        }
    }
}

impl Config {
    pub fn with_procs(procs: usize) -> Config {
        Config {
            procs: procs.clamp(1, MAX_PROCS),
            ..Config::default()
        }
    }
}

pub(crate) struct Shared {
    injector: Injector<GRef>,
    stealers: Vec<Stealer<GRef>>,
    deques: parking_lot::Mutex<Vec<Option<Worker<GRef>>>>,
    budgets: Vec<Budget>,
    wstate: Vec<AtomicU8>,
    pub(crate) idle: Idle,
    /// Worker slots in use (GOMAXPROCS as enforced).
    procs: AtomicUsize,
    /// GOMAXPROCS as reported (differs under --seed, which keeps one).
    procs_reported: AtomicUsize,
    started: AtomicUsize,
    threads: parking_lot::Mutex<Vec<std::thread::JoinHandle<()>>>,
    registry: parking_lot::Mutex<HashMap<u64, GRef>>,
    ngoroutines: AtomicUsize,
    next_id: AtomicU64,
    pub(crate) timers: Timers,
    /// Worker on timer duty (parks with a timeout), or usize::MAX.
    timer_duty: AtomicUsize,
    stop: AtomicBool,
    end: parking_lot::Mutex<Option<RunEnd>>,
    end_cv: parking_lot::Condvar,
    slice: i64,
    seed: Option<u64>,
    on_deadlock: Option<DeadlockHook>,
}

/// The runtime. Create, then `run` the main goroutine.
pub struct Runtime {
    sh: Arc<Shared>,
}

/// A cloneable handle for code outside the workers (the VM's driver, the
/// REPL, helper threads): spawn, ready, timers, GOMAXPROCS, registry.
#[derive(Clone)]
pub struct Handle {
    sh: Arc<Shared>,
}

impl Runtime {
    pub fn new(cfg: Config) -> Runtime {
        let procs = if cfg.seed.is_some() {
            1
        } else {
            cfg.procs.clamp(1, MAX_PROCS)
        };
        let deques: Vec<Worker<GRef>> = (0..MAX_PROCS).map(|_| Worker::new_fifo()).collect();
        let stealers = deques.iter().map(|w| w.stealer()).collect();
        let sh = Arc::new(Shared {
            injector: Injector::new(),
            stealers,
            deques: parking_lot::Mutex::new(deques.into_iter().map(Some).collect()),
            budgets: (0..MAX_PROCS).map(|_| Budget::new()).collect(),
            wstate: (0..MAX_PROCS)
                .map(|_| AtomicU8::new(WorkerState::Stopped as u8))
                .collect(),
            idle: Idle::new(MAX_PROCS),
            procs: AtomicUsize::new(procs),
            procs_reported: AtomicUsize::new(cfg.procs.clamp(1, MAX_PROCS)),
            started: AtomicUsize::new(0),
            threads: parking_lot::Mutex::new(Vec::new()),
            registry: parking_lot::Mutex::new(HashMap::new()),
            ngoroutines: AtomicUsize::new(0),
            next_id: AtomicU64::new(1),
            timers: Timers::new(),
            timer_duty: AtomicUsize::new(usize::MAX),
            stop: AtomicBool::new(false),
            end: parking_lot::Mutex::new(None),
            end_cv: parking_lot::Condvar::new(),
            slice: cfg.slice.max(1),
            seed: cfg.seed,
            on_deadlock: cfg.on_deadlock,
        });
        Runtime { sh }
    }

    pub fn handle(&self) -> Handle {
        Handle {
            sh: self.sh.clone(),
        }
    }

    /// Runs `main` as goroutine 1 on the worker threads; returns when it
    /// exits, on deadlock, on `exit`, or if a task panics. Joins the
    /// workers (a goroutine that never ticks its budget would hang this;
    /// the VM instead exits the process from its hooks).
    pub fn run(self, main: impl Task) -> RunEnd {
        let sh = self.sh;
        let g = sh.new_g(Box::new(main));
        sh.injector.push(g);
        let n = sh.procs.load(Ordering::SeqCst);
        {
            let mut st = sh.idle.state();
            for i in 0..n {
                st.slots[i] = Slot::Active;
                sh.idle.set_active(&mut st, 1);
            }
        }
        for i in 0..n {
            sh.start_thread(i);
        }
        let end = {
            let mut e = sh.end.lock();
            while e.is_none() {
                sh.end_cv.wait(&mut e);
            }
            e.clone().expect("checked")
        };
        let threads = std::mem::take(&mut *sh.threads.lock());
        for t in threads {
            let _ = t.join();
        }
        // Break G → task → channel → waiter → G cycles.
        let gs: Vec<GRef> = sh.registry.lock().drain().map(|(_, g)| g).collect();
        for g in gs {
            drop(g.task.lock().take());
        }
        while let Steal::Success(_) | Steal::Retry = sh.injector.steal() {}
        end
    }
}

impl Shared {
    fn new_g(&self, task: Box<dyn Task>) -> GRef {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let g = Arc::new(G::new(id, task));
        self.registry.lock().insert(id, g.clone());
        self.ngoroutines.fetch_add(1, Ordering::SeqCst);
        g
    }

    fn start_thread(self: &Arc<Self>, i: usize) {
        let q = self.deques.lock()[i].take().expect("slot deque unused");
        let sh = self.clone();
        self.started.fetch_max(i + 1, Ordering::SeqCst);
        let t = std::thread::Builder::new()
            .name(format!("golite-worker-{i}"))
            .spawn(move || worker_main(sh, i, q))
            .expect("spawn worker thread");
        self.threads.lock().push(t);
    }

    fn finish(&self, end: RunEnd) {
        {
            let mut e = self.end.lock();
            if e.is_some() {
                return;
            }
            *e = Some(end);
        }
        self.stop.store(true, Ordering::SeqCst);
        for b in &self.budgets {
            b.zero();
        }
        for p in &self.idle.parkers {
            p.unpark();
        }
        self.end_cv.notify_all();
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Queue a goroutine from outside a worker.
    fn inject(&self, g: GRef) {
        self.injector.push(g);
        self.idle.notify();
    }

    fn any_stealable(&self) -> bool {
        let n = self.started.load(Ordering::SeqCst);
        !self.injector.is_empty() || self.stealers[..n].iter().any(|s| !s.is_empty())
    }

    fn timer_due(&self) -> bool {
        let e = self.timers.earliest();
        e != u64::MAX && e <= self.timers.now()
    }

    /// After a timer became the earliest: re-arm the duty worker's timeout
    /// or wake an idle worker to take duty.
    fn timer_added(&self) {
        let d = self.timer_duty.load(Ordering::SeqCst);
        if d != usize::MAX {
            self.idle.parkers[d].unpark();
        } else {
            self.idle.notify();
        }
    }

    /// The deadlock check; call only when this worker saw `active == 0`.
    fn check_dead(&self) {
        let st = self.idle.state();
        if st.active != 0 || st.nsyscall != 0 || st.holds != 0 || self.stopping() {
            return;
        }
        if self.any_stealable() || self.timers.pending_wakeup() {
            return;
        }
        if self.ngoroutines.load(Ordering::SeqCst) == 0 {
            return;
        }
        let report = DeadlockReport {
            goroutines: self.snapshot(),
        };
        drop(st);
        if let Some(h) = &self.on_deadlock {
            h(&report);
        }
        self.finish(RunEnd::Deadlock(report));
    }

    fn snapshot(&self) -> Vec<GInfo> {
        let mut v: Vec<GInfo> = self
            .registry
            .lock()
            .values()
            .map(|g| GInfo {
                id: g.id(),
                status: g.status(),
                reason: g.wait_reason(),
                location: g.location(),
            })
            .collect();
        v.sort_by_key(|g| g.id);
        v
    }

    fn set_procs(self: &Arc<Self>, n: usize) -> usize {
        let n = n.clamp(1, MAX_PROCS);
        let old = self.procs_reported.swap(n, Ordering::SeqCst);
        if self.seed.is_some() {
            return old;
        }
        let mut to_start = Vec::new();
        let mut to_unpark = Vec::new();
        {
            let mut st = self.idle.state();
            let cur = self.procs.load(Ordering::SeqCst);
            self.procs.store(n, Ordering::SeqCst);
            for i in n..cur {
                match st.slots[i] {
                    Slot::Active => {
                        st.slots[i] = Slot::DisablePending;
                        self.budgets[i].zero();
                    }
                    Slot::Idle => {
                        let pos = st.idle.iter().position(|&x| x == i).expect("listed");
                        st.idle.swap_remove(pos);
                        self.idle_dec();
                        st.slots[i] = Slot::Disabled;
                    }
                    _ => {}
                }
            }
            for i in cur..n {
                match st.slots[i] {
                    Slot::DisablePending => st.slots[i] = Slot::Active,
                    Slot::Disabled => {
                        st.slots[i] = Slot::Active;
                        self.idle.set_active(&mut st, 1);
                        self.idle.nspinning.fetch_add(1, Ordering::SeqCst);
                        to_unpark.push(i);
                    }
                    Slot::Unstarted => {
                        st.slots[i] = Slot::Active;
                        self.idle.set_active(&mut st, 1);
                        to_start.push(i);
                    }
                    _ => {}
                }
            }
        }
        for i in to_unpark {
            self.idle.parkers[i].unpark();
        }
        for i in to_start {
            self.start_thread(i);
        }
        old
    }

    fn idle_dec(&self) {
        // Keep Idle's lock-free idle count in step with a list removal.
        self.idle.forget_idle();
    }

    fn make_timer<V: Send + 'static>(
        self: &Arc<Self>,
        d: Duration,
        period: Option<Duration>,
        make: Box<dyn Fn(SystemTime) -> V + Send + Sync>,
    ) -> Timer<V> {
        let t = Timer::with_chan(make);
        self.arm(&t.entry, d, period);
        t
    }

    fn arm(
        &self,
        e: &Arc<super::timer::TimerEntry>,
        d: Duration,
        period: Option<Duration>,
    ) -> bool {
        let when = self.timers.deadline_after(d);
        let p = period.map_or(0, |p| (p.as_nanos() as u64).max(1));
        let (was, earlier) = self.timers.arm(e, when, p);
        if earlier {
            self.timer_added();
        }
        was
    }
}

impl Handle {
    /// Starts a goroutine from outside the workers (global queue).
    pub fn spawn(&self, task: impl Task) -> GRef {
        let g = self.sh.new_g(Box::new(task));
        self.sh.inject(g.clone());
        g
    }

    /// GOMAXPROCS(n) for n ≥ 1; returns the previous setting.
    pub fn set_gomaxprocs(&self, n: usize) -> usize {
        self.sh.set_procs(n)
    }

    pub fn gomaxprocs(&self) -> usize {
        self.sh.procs_reported.load(Ordering::SeqCst)
    }

    /// runtime.NumGoroutine().
    pub fn num_goroutine(&self) -> usize {
        self.sh.ngoroutines.load(Ordering::SeqCst)
    }

    /// Every live goroutine (`:goroutines`, leak report).
    pub fn goroutines(&self) -> Vec<GInfo> {
        self.sh.snapshot()
    }

    /// Ends the run (os.Exit, fatal panics).
    pub fn exit(&self, code: i32) {
        self.sh.finish(RunEnd::Exit(code));
    }

    /// Zeroes every worker's budget: each running goroutine stops at its
    /// next tick (preemption; the GC's safepoint request).
    pub fn preempt_all(&self) {
        for b in &self.sh.budgets {
            b.zero();
        }
    }

    /// While the guard lives, nothing is a deadlock (the REPL waiting for
    /// input; a helper thread that will ready a goroutine).
    pub fn hold(&self) -> HoldGuard {
        self.sh.idle.state().holds += 1;
        HoldGuard {
            sh: self.sh.clone(),
        }
    }

    /// A channel timer (`time.NewTimer`, `time.After`; with `period`,
    /// `time.NewTicker`/`time.Tick`). `make` builds the value sent.
    pub fn new_timer<V: Send + 'static>(
        &self,
        d: Duration,
        period: Option<Duration>,
        make: impl Fn(SystemTime) -> V + Send + Sync + 'static,
    ) -> Timer<V> {
        self.sh.make_timer(d, period, Box::new(make))
    }

    /// `time.AfterFunc(d, f)`: at expiry, `f()` builds the task that runs
    /// as a new goroutine.
    pub fn after_func(&self, d: Duration, f: TaskFactory) -> Timer<()> {
        let t = Timer::with_func(f);
        self.sh.arm(&t.entry, d, None);
        t
    }

    /// `t.Stop()`: true if the timer was pending (Go 1.23: an unreceived
    /// value counts, and is discarded).
    pub fn stop_timer<V>(&self, t: &Timer<V>) -> bool {
        let was = self.sh.timers.disarm(&t.entry);
        t.drain() || was
    }

    /// `t.Reset(d)` (for tickers pass the new period).
    pub fn reset_timer<V>(&self, t: &Timer<V>, d: Duration, period: Option<Duration>) -> bool {
        let was = self.sh.arm(&t.entry, d, period);
        t.drain() || was
    }

    /// Total scheduling rounds of all workers so far (schedtrace; tests
    /// use it to check that idle workers sleep instead of spinning).
    pub fn sched_rounds(&self) -> u64 {
        self.sh
            .budgets
            .iter()
            .map(|b| b.rounds.load(Ordering::Relaxed))
            .sum()
    }

    /// Live timers in the heap (tests, schedtrace).
    pub fn live_timers(&self) -> usize {
        self.sh.timers.live_count()
    }
}

impl Readier for Handle {
    fn enqueue(&mut self, g: GRef) {
        self.sh.inject(g);
    }
}

/// See `Handle::hold`.
pub struct HoldGuard {
    sh: Arc<Shared>,
}

impl Drop for HoldGuard {
    fn drop(&mut self) {
        let active = {
            let mut st = self.sh.idle.state();
            st.holds -= 1;
            st.active
        };
        if active == 0 {
            self.sh.check_dead();
        }
    }
}

/// A worker's private state.
struct Local {
    idx: usize,
    q: Worker<GRef>,
    runnext: Option<GRef>,
    tick: u64,
    rng: Rng,
    spinning: bool,
}

impl Local {
    fn put_runnext(&mut self, g: GRef) {
        if let Some(old) = self.runnext.replace(g) {
            self.q.push(old);
        }
    }
}

/// The context a goroutine's `run` gets: what it may do to the scheduler.
pub struct Cx<'a> {
    sh: &'a Arc<Shared>,
    w: &'a mut Local,
    g: &'a GRef,
}

impl Cx<'_> {
    /// The running goroutine.
    pub fn g(&self) -> &GRef {
        self.g
    }

    pub fn id(&self) -> u64 {
        self.g.id()
    }

    /// The worker's budget; tick it at back edges and calls.
    pub fn budget(&self) -> &Budget {
        &self.sh.budgets[self.w.idx]
    }

    /// Shorthand for `budget().tick(1)`.
    #[inline]
    pub fn tick(&self) -> bool {
        self.budget().tick(1)
    }

    /// The worker's RNG (select order; seeded under --seed).
    pub fn rng(&mut self) -> &mut Rng {
        &mut self.w.rng
    }

    pub fn handle(&self) -> Handle {
        Handle {
            sh: self.sh.clone(),
        }
    }

    pub fn worker(&self) -> usize {
        self.w.idx
    }

    /// `go f()`: the new goroutine goes to this worker's runnext.
    pub fn spawn(&mut self, task: impl Task) -> GRef {
        self.spawn_boxed(Box::new(task))
    }

    pub fn spawn_boxed(&mut self, task: Box<dyn Task>) -> GRef {
        let g = self.sh.new_g(task);
        self.w.put_runnext(g.clone());
        self.sh.idle.notify();
        g
    }

    /// time.Sleep(d). Returns true if the goroutine is now Parking (return
    /// `Outcome::Park`; it resumes after `d`), false for d ≤ 0.
    pub fn sleep(&mut self, d: Duration) -> bool {
        if d.is_zero() {
            return false;
        }
        let e = Timers::new_entry(Kind::Wake(self.g.clone()));
        self.g.begin_park(WaitReason::Sleep);
        self.sh.arm(&e, d, None);
        true
    }

    /// Parks forever with `reason` (nil channel ops, `select {}`); return
    /// `Outcome::Park`.
    pub fn block_forever(&mut self, reason: WaitReason) {
        self.g.begin_park(reason);
    }

    /// `select` over `cases` with this worker's RNG and readier.
    pub fn select<V>(
        &mut self,
        cases: Vec<super::select::Case<V>>,
        has_default: bool,
    ) -> super::select::Selected<V> {
        let mut rng = self.w.rng.clone();
        let g = self.g.clone();
        let r = super::select::select(cases, has_default, &g, self, &mut rng);
        self.w.rng = rng;
        r
    }

    /// Blocking receive on a possibly-nil channel (a nil one parks forever
    /// with Go's wait reason).
    pub fn recv<V>(&mut self, ch: Option<&Chan<V>>) -> super::chan::Recv<V> {
        match ch {
            Some(c) => {
                let g = self.g.clone();
                c.recv(&g, self)
            }
            None => {
                self.block_forever(WaitReason::ChanReceiveNilChan);
                super::chan::Recv::WouldBlock
            }
        }
    }

    /// Blocking send on a possibly-nil channel.
    pub fn send<V>(&mut self, ch: Option<&Chan<V>>, v: V) -> super::chan::Send<V> {
        match ch {
            Some(c) => {
                let g = self.g.clone();
                c.send(v, &g, self)
            }
            None => {
                self.block_forever(WaitReason::ChanSendNilChan);
                super::chan::Send::WouldBlock(v)
            }
        }
    }

    /// runtime.GOMAXPROCS(n) (n < 1 only queries).
    pub fn gomaxprocs(&mut self, n: i64) -> usize {
        if n < 1 {
            return self.sh.procs_reported.load(Ordering::SeqCst);
        }
        self.sh.set_procs(n as usize)
    }

    pub fn num_goroutine(&self) -> usize {
        self.sh.ngoroutines.load(Ordering::SeqCst)
    }

    /// Before a native blocks this OS thread (stdin): hand this worker's
    /// queued goroutines to the others and wake a spare worker.
    pub fn enter_syscall(&mut self) {
        if let Some(g) = self.w.runnext.take() {
            self.sh.injector.push(g);
        }
        while let Some(g) = self.w.q.pop() {
            self.sh.injector.push(g);
        }
        self.sh.idle.state().nsyscall += 1;
        self.sh.wstate[self.w.idx].store(WorkerState::InSyscall as u8, Ordering::SeqCst);
        self.sh.idle.notify();
    }

    pub fn exit_syscall(&mut self) {
        self.sh.idle.state().nsyscall -= 1;
        self.sh.wstate[self.w.idx].store(WorkerState::Running as u8, Ordering::SeqCst);
    }

    /// os.Exit(code) (also used for fatal panics).
    pub fn exit(&mut self, code: i32) {
        self.sh.finish(RunEnd::Exit(code));
    }
}

impl Readier for Cx<'_> {
    /// A readied goroutine goes to the readier's runnext.
    fn enqueue(&mut self, g: GRef) {
        self.w.put_runnext(g);
        self.sh.idle.notify();
    }
}

/// Readier used while firing timers between goroutines.
struct LocalReadier<'a> {
    sh: &'a Arc<Shared>,
    w: &'a mut Local,
}

impl Readier for LocalReadier<'_> {
    fn enqueue(&mut self, g: GRef) {
        self.w.put_runnext(g);
        self.sh.idle.notify();
    }
}

fn steal_injector(sh: &Shared, w: &Local) -> Option<GRef> {
    loop {
        match sh.injector.steal_batch_and_pop(&w.q) {
            Steal::Success(g) => return Some(g),
            Steal::Empty => return None,
            Steal::Retry => std::hint::spin_loop(),
        }
    }
}

/// Next goroutine to run, and whether it inherits the time slice.
fn find_runnable(sh: &Shared, w: &mut Local) -> Option<(GRef, bool)> {
    w.tick += 1;
    if w.tick.is_multiple_of(61) {
        loop {
            match sh.injector.steal() {
                Steal::Success(g) => return Some((g, false)),
                Steal::Empty => break,
                Steal::Retry => std::hint::spin_loop(),
            }
        }
    }
    if let Some(g) = w.runnext.take() {
        return Some((g, true));
    }
    if let Some(g) = w.q.pop() {
        return Some((g, false));
    }
    if let Some(g) = steal_injector(sh, w) {
        return Some((g, false));
    }
    let n = sh.started.load(Ordering::SeqCst);
    if n > 1 {
        let start = w.rng.below(n);
        for k in 0..n {
            let v = (start + k) % n;
            if v == w.idx {
                continue;
            }
            loop {
                match sh.stealers[v].steal_batch_and_pop(&w.q) {
                    Steal::Success(g) => return Some((g, false)),
                    Steal::Empty => break,
                    Steal::Retry => std::hint::spin_loop(),
                }
            }
        }
    }
    None
}

fn fire_timers(sh: &Arc<Shared>, w: &mut Local) {
    let now = sh.timers.now();
    let e = sh.timers.earliest();
    if e == u64::MAX || e > now {
        return;
    }
    for due in sh.timers.take_due(now) {
        let mut r = LocalReadier { sh, w };
        match &due.entry.kind {
            Kind::Wake(g) => goready(&mut r, g.clone()),
            Kind::Chan(c) => c.fire(&|| due.still_valid(), &mut r),
            Kind::Func(f) => {
                let g = sh.new_g(f());
                r.enqueue(g);
            }
        }
    }
}

fn worker_main(sh: Arc<Shared>, idx: usize, q: Worker<GRef>) {
    let sh2 = sh.clone();
    if catch_unwind(AssertUnwindSafe(move || worker_loop(sh, idx, q))).is_err() {
        sh2.finish(RunEnd::Panicked(format!("worker {idx} panicked")));
    }
}

fn worker_loop(sh: Arc<Shared>, idx: usize, q: Worker<GRef>) {
    let rng = match sh.seed {
        Some(s) => Rng::new(s),
        None => Rng::from_entropy(idx as u64),
    };
    let mut w = Local {
        idx,
        q,
        runnext: None,
        tick: 0,
        rng,
        spinning: false,
    };
    sh.wstate[idx].store(WorkerState::Running as u8, Ordering::SeqCst);
    while !sh.stopping() {
        if idx >= sh.procs.load(Ordering::Relaxed) && disable(&sh, &mut w) {
            continue;
        }
        sh.budgets[idx].count_round();
        fire_timers(&sh, &mut w);
        match find_runnable(&sh, &mut w) {
            Some((g, inherit)) => {
                if w.spinning {
                    w.spinning = false;
                    if sh.idle.nspinning.fetch_sub(1, Ordering::SeqCst) == 1 {
                        sh.idle.notify();
                    }
                }
                run_g(&sh, &mut w, g, inherit);
            }
            None => go_idle(&sh, &mut w),
        }
    }
    sh.wstate[idx].store(WorkerState::Stopped as u8, Ordering::SeqCst);
}

fn run_g(sh: &Arc<Shared>, w: &mut Local, g: GRef, inherit: bool) {
    if !inherit {
        sh.budgets[w.idx].refill(sh.slice);
    }
    g.set_status(Status::Running);
    let out = {
        let mut task = g.task.lock();
        let Some(t) = task.as_mut() else {
            return;
        };
        let mut cx = Cx { sh, w, g: &g };
        catch_unwind(AssertUnwindSafe(|| t.run(&mut cx)))
    };
    match out {
        Ok(Outcome::Yield) => {
            g.set_status(Status::Runnable);
            sh.injector.push(g);
            sh.idle.notify();
        }
        Ok(Outcome::Park) => {
            if !g.commit_park() {
                // Woken while still parking: requeue it here.
                w.put_runnext(g);
            }
        }
        Ok(Outcome::Exit) => exit_g(sh, g),
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "task panicked".into());
            sh.finish(RunEnd::Panicked(msg));
            exit_g(sh, g);
        }
    }
}

fn exit_g(sh: &Shared, g: GRef) {
    g.set_status(Status::Dead);
    drop(g.task.lock().take());
    sh.registry.lock().remove(&g.id());
    sh.ngoroutines.fetch_sub(1, Ordering::SeqCst);
    if g.id() == 1 {
        sh.finish(RunEnd::MainExited);
    }
}

/// Handles a GOMAXPROCS shrink that removed this slot. Returns true if it
/// acted (the caller restarts its loop).
fn disable(sh: &Arc<Shared>, w: &mut Local) -> bool {
    {
        let mut st = sh.idle.state();
        if st.slots[w.idx] != Slot::DisablePending {
            return false;
        }
        if let Some(g) = w.runnext.take() {
            sh.injector.push(g);
        }
        while let Some(g) = w.q.pop() {
            sh.injector.push(g);
        }
        st.slots[w.idx] = Slot::Disabled;
        sh.idle.set_active(&mut st, -1);
    }
    if w.spinning {
        w.spinning = false;
        sh.idle.nspinning.fetch_sub(1, Ordering::SeqCst);
    }
    sh.idle.notify();
    wait_enabled(sh, w);
    true
}

/// Parks a disabled worker until GOMAXPROCS gives its slot back. It may
/// have been the last active worker, so it runs the deadlock check first.
fn wait_enabled(sh: &Arc<Shared>, w: &mut Local) {
    sh.wstate[w.idx].store(WorkerState::Idle as u8, Ordering::SeqCst);
    if sh.idle.state().active == 0 {
        sh.check_dead();
    }
    loop {
        if sh.stopping() {
            return;
        }
        let mut st = sh.idle.state();
        match st.slots[w.idx] {
            Slot::Active => {
                // The enabler counted us active and spinning.
                drop(st);
                w.spinning = true;
                sh.wstate[w.idx].store(WorkerState::Running as u8, Ordering::SeqCst);
                return;
            }
            Slot::DisablePending => {
                // Enabled (counted active and spinning), then removed again
                // before this thread ran: undo both counts.
                st.slots[w.idx] = Slot::Disabled;
                sh.idle.set_active(&mut st, -1);
                let active = st.active;
                drop(st);
                sh.idle.nspinning.fetch_sub(1, Ordering::SeqCst);
                if active == 0 {
                    sh.check_dead();
                }
                continue;
            }
            _ => drop(st),
        }
        sh.idle.park(w.idx);
    }
}

fn go_idle(sh: &Arc<Shared>, w: &mut Local) {
    let idx = w.idx;
    // Short spin: a few steal rounds, yielding the CPU between them.
    if !w.spinning && sh.seed.is_none() && sh.idle.may_spin() {
        w.spinning = true;
        sh.idle.nspinning.fetch_add(1, Ordering::SeqCst);
    }
    if w.spinning {
        for _ in 0..SPIN_ROUNDS {
            if sh.any_stealable() || sh.timer_due() || sh.stopping() {
                return;
            }
            std::thread::yield_now();
        }
    }
    let active = sh.idle.register_idle(idx);
    if w.spinning {
        w.spinning = false;
        sh.idle.nspinning.fetch_sub(1, Ordering::SeqCst);
    }
    std::sync::atomic::fence(Ordering::SeqCst);
    if sh.any_stealable()
        || sh.timer_due()
        || sh.stopping()
        || idx >= sh.procs.load(Ordering::SeqCst)
    {
        come_back(sh, w);
        return;
    }
    if active == 0 {
        sh.check_dead();
    }
    sh.wstate[idx].store(WorkerState::Idle as u8, Ordering::SeqCst);
    // Park, on timer duty if nobody else is.
    let duty = sh
        .timer_duty
        .compare_exchange(usize::MAX, idx, Ordering::SeqCst, Ordering::SeqCst)
        .is_ok();
    if duty {
        let e = sh.timers.earliest();
        if e == u64::MAX {
            sh.idle.park(idx);
        } else {
            let now = sh.timers.now();
            if e > now {
                sh.idle.park_timeout(idx, Duration::from_nanos(e - now));
            }
        }
        sh.timer_duty.store(usize::MAX, Ordering::SeqCst);
    } else {
        sh.idle.park(idx);
    }
    sh.wstate[idx].store(WorkerState::Running as u8, Ordering::SeqCst);
    come_back(sh, w);
}

fn come_back(sh: &Arc<Shared>, w: &mut Local) {
    match sh.idle.come_back(w.idx) {
        Back::Reactivated => {}
        Back::Woken => w.spinning = true,
        Back::Disabled => wait_enabled(sh, w),
    }
}

#[cfg(test)]
mod tests;
