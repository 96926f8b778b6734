//! Semaphore table and `sync` algorithm tests: hand-driven ones with bare
//! `G`s and a collecting `Readier`, and tiny Rust goroutines on a real
//! `Runtime` (mutual exclusion, fairness, deadlock reports, benchmark).

use super::*;
use crate::runtime::g::{Collect, Status, G};
use crate::runtime::gosync::*;
use crate::runtime::sched::{Config, Cx, Outcome, RunEnd, Runtime};
use std::sync::atomic::AtomicU64 as StdU64;
use std::sync::Mutex as StdMutex;
use std::time::{Duration, Instant};

fn g(id: u64) -> GRef {
    Arc::new(G::new_bare(id))
}

/// Simulates the worker after `run` returned Park.
fn park(g: &GRef) {
    assert!(g.commit_park(), "nobody woke it yet");
    assert_eq!(g.status(), Status::Waiting);
}

/// Simulates the woken goroutine being run again.
fn run_again(g: &GRef) {
    assert_eq!(g.status(), Status::Runnable);
    g.set_status(Status::Running);
}

fn ids(c: &Collect) -> Vec<u64> {
    c.0.iter().map(|g| g.id()).collect()
}

/// The Go structs, with keys derived from field addresses as the VM will.
#[derive(Default)]
struct Mx {
    state: AtomicU32,
    sema: AtomicU32,
}

impl Mx {
    fn r(&self) -> MutexRef<'_> {
        MutexRef {
            state: &self.state,
            sema: &self.sema as *const AtomicU32 as u64,
        }
    }
}

#[derive(Default)]
struct Rw {
    w: Mx,
    writer_sem: AtomicU32,
    reader_sem: AtomicU32,
    reader_count: AtomicU32,
    reader_wait: AtomicU32,
}

impl Rw {
    fn r(&self) -> RwRef<'_> {
        RwRef {
            w: self.w.r(),
            writer_sem: &self.writer_sem as *const AtomicU32 as u64,
            reader_sem: &self.reader_sem as *const AtomicU32 as u64,
            reader_count: &self.reader_count,
            reader_wait: &self.reader_wait,
        }
    }
}

#[derive(Default)]
struct Wg {
    state: AtomicU64,
    sema: AtomicU32,
}

impl Wg {
    fn r(&self) -> WgRef<'_> {
        WgRef {
            state: &self.state,
            sema: &self.sema as *const AtomicU32 as u64,
        }
    }
}

#[derive(Default)]
struct Cv {
    wait: AtomicU32,
    notify: AtomicU32,
}

impl Cv {
    fn r(&self) -> CondRef<'_> {
        CondRef {
            wait: &self.wait,
            notify: &self.notify,
            key: self as *const Cv as u64,
        }
    }
}

// ---------------------------------------------------------------- table

#[test]
fn sema_banks_units_and_wakes_fifo() {
    let t = SemaTable::new();
    let mut r = Collect::default();
    let key = 0x1000;
    // A release with nobody waiting is banked, not lost.
    assert!(!t.release(key, &mut r));
    assert_eq!(t.count(key), 1);
    assert!(matches!(
        t.acquire(key, &g(9), WaitReason::Semacquire, false),
        Acquire::Acquired
    ));
    assert!(!t.try_acquire(key));
    let gs: Vec<GRef> = (1..=3).map(g).collect();
    let mut waits = Vec::new();
    for x in &gs {
        match t.acquire(key, x, WaitReason::Semacquire, false) {
            Acquire::Blocked(w) => waits.push(w),
            Acquire::Acquired => panic!("no unit"),
        }
        assert_eq!(x.wait_reason(), WaitReason::Semacquire);
        park(x);
    }
    // A LIFO waiter (a woken mutex waiter that lost) goes first.
    let front = g(4);
    let Acquire::Blocked(wf) = t.acquire(key, &front, WaitReason::MutexLock, true) else {
        panic!()
    };
    park(&front);
    assert_eq!(t.waiters(key), 4);
    for _ in 0..4 {
        assert!(t.release(key, &mut r));
    }
    assert_eq!(ids(&r), vec![4, 1, 2, 3]);
    assert!(wf.is_woken() && waits.iter().all(|w| w.is_woken()));
    assert_eq!(t.waiters(key), 0);
    assert_eq!(t.count(key), 0);
    assert!(
        t.shard(key).lock().semas.is_empty(),
        "empty entries removed"
    );
}

#[test]
fn release_before_commit_is_requeued_by_owner() {
    let t = SemaTable::new();
    let a = g(1);
    let Acquire::Blocked(w) = t.acquire(7, &a, WaitReason::Semacquire, false) else {
        panic!()
    };
    let mut r = Collect::default();
    // The waker comes while the goroutine is still Parking on its worker.
    assert!(t.release(7, &mut r));
    assert!(r.0.is_empty(), "the owner requeues it");
    assert!(!a.commit_park());
    assert!(w.is_woken());
}

// ---------------------------------------------------------------- mutex

#[test]
fn mutex_trylock_and_unlock_of_unlocked_is_fatal() {
    let t = SemaTable::new();
    let m = Mx::default();
    let mut r = Collect::default();
    assert!(mutex_try_lock(m.r()));
    assert!(!mutex_try_lock(m.r()));
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    assert!(mutex_try_lock(m.r()));
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    let e = mutex_unlock(&t, m.r(), &mut r).unwrap_err();
    assert_eq!(e, UNLOCK_OF_UNLOCKED);
    assert_eq!(e.to_string(), "fatal error: sync: unlock of unlocked mutex");
    assert_eq!(m.state.load(Ordering::SeqCst), 0);
}

#[test]
fn mutex_normal_mode_wakes_one_waiter_which_competes() {
    let t = SemaTable::new();
    let m = Mx::default();
    let mut r = Collect::default();
    let (a, b, c) = (g(1), g(2), g(3));
    assert!(mutex_lock(&t, m.r(), &a, WaitReason::MutexLock)
        .unwrap()
        .is_acquired());
    let Lock::Blocked(wb) = mutex_lock(&t, m.r(), &b, WaitReason::MutexLock).unwrap() else {
        panic!()
    };
    assert_eq!(b.wait_reason().as_str(), "sync.Mutex.Lock");
    park(&b);
    let Lock::Blocked(wc) = mutex_lock(&t, m.r(), &c, WaitReason::MutexLock).unwrap() else {
        panic!()
    };
    park(&c);
    assert!(!mutex_try_lock(m.r()));
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    assert_eq!(ids(&r), vec![2], "one waiter woken, FIFO");
    // b is woken but a barges in first (normal mode).
    assert!(mutex_try_lock(m.r()));
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    assert_eq!(ids(&r), vec![2], "no second wake while one is woken");
    run_again(&b);
    assert!(wb.resume(&t, m.r(), &b).unwrap().is_acquired());
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    assert_eq!(ids(&r), vec![2, 3]);
    run_again(&c);
    assert!(wc.resume(&t, m.r(), &c).unwrap().is_acquired());
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    assert_eq!(m.state.load(Ordering::SeqCst), 0);
}

#[test]
fn mutex_starving_waiter_gets_direct_handoff() {
    let t = SemaTable::new();
    let m = Mx::default();
    let mut r = Collect::default();
    let (a, b) = (g(1), g(2));
    assert!(mutex_lock(&t, m.r(), &a, WaitReason::MutexLock)
        .unwrap()
        .is_acquired());
    let Lock::Blocked(wb) = mutex_lock(&t, m.r(), &b, WaitReason::MutexLock).unwrap() else {
        panic!()
    };
    park(&b);
    std::thread::sleep(STARVATION_THRESHOLD * 2);
    mutex_unlock(&t, m.r(), &mut r).unwrap();
    // a barges again before b runs...
    assert!(mutex_try_lock(m.r()));
    run_again(&b);
    // ...so b, having waited > 1 ms, turns the mutex FIFO and re-queues
    // at the head.
    let Lock::Blocked(wb) = wb.resume(&t, m.r(), &b).unwrap() else {
        panic!("a holds it")
    };
    park(&b);
    assert_ne!(m.state.load(Ordering::SeqCst) & STARVING, 0);
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::HandedOff));
    // Starving: new arrivals may not barge, even though `locked` is clear.
    assert!(!mutex_try_lock(m.r()));
    let c = g(3);
    let Lock::Blocked(wc) = mutex_lock(&t, m.r(), &c, WaitReason::MutexLock).unwrap() else {
        panic!("a new arrival queues behind the starving waiter")
    };
    park(&c);
    run_again(&b);
    assert!(wb.resume(&t, m.r(), &b).unwrap().is_acquired());
    // b is not the last waiter and waited > 1 ms: still starving, so the
    // next unlock hands off to c, which switches back to normal mode.
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::HandedOff));
    run_again(&c);
    assert!(wc.resume(&t, m.r(), &c).unwrap().is_acquired());
    assert_eq!(m.state.load(Ordering::SeqCst), LOCKED);
    assert_eq!(mutex_unlock(&t, m.r(), &mut r), Ok(Unlocked::Done));
    assert_eq!(m.state.load(Ordering::SeqCst), 0);
}

// --------------------------------------------------------------- rwmutex

#[test]
fn rwmutex_try_and_fatal_unlocks() {
    let t = SemaTable::new();
    let rw = Rw::default();
    let mut r = Collect::default();
    let a = g(1);
    assert!(rw_rlock(&t, rw.r(), &a).is_acquired());
    assert!(rw_try_rlock(rw.r()), "readers share");
    assert!(!rw_try_lock(&t, rw.r(), &mut r), "readers exclude writers");
    rw_runlock(&t, rw.r(), &mut r).unwrap();
    rw_runlock(&t, rw.r(), &mut r).unwrap();
    assert!(rw_try_lock(&t, rw.r(), &mut r));
    assert!(!rw_try_rlock(rw.r()));
    assert!(!rw_try_lock(&t, rw.r(), &mut r));
    assert_eq!(rw_runlock(&t, rw.r(), &mut r), Err(RUNLOCK_OF_UNLOCKED));
    rw_unlock(&t, rw.r(), &mut r).unwrap();
    assert_eq!(rw_runlock(&t, rw.r(), &mut r), Err(RUNLOCK_OF_UNLOCKED));
    assert_eq!(rw_unlock(&t, rw.r(), &mut r), Err(RW_UNLOCK_OF_UNLOCKED));
    assert_eq!(
        RW_UNLOCK_OF_UNLOCKED.to_string(),
        "fatal error: sync: Unlock of unlocked RWMutex"
    );
    assert_eq!(
        RUNLOCK_OF_UNLOCKED.to_string(),
        "fatal error: sync: RUnlock of unlocked RWMutex"
    );
    assert!(r.0.is_empty());
    // State is intact after the errors: a full cycle still works.
    assert!(rw_try_lock(&t, rw.r(), &mut r));
    rw_unlock(&t, rw.r(), &mut r).unwrap();
    assert_eq!(rw.reader_count.load(Ordering::SeqCst), 0);
}

#[test]
fn rwmutex_pending_writer_blocks_new_readers() {
    let t = SemaTable::new();
    let rw = Rw::default();
    let mut r = Collect::default();
    let (r1, w, r2, w2) = (g(1), g(2), g(3), g(4));
    assert!(rw_rlock(&t, rw.r(), &r1).is_acquired());
    let Lock::Blocked(ww) = rw_lock(&t, rw.r(), &w).unwrap() else {
        panic!()
    };
    assert_eq!(w.wait_reason().as_str(), "sync.RWMutex.Lock");
    park(&w);
    // A reader arriving after the writer waits (no writer starvation).
    let Lock::Blocked(wr2) = rw_rlock(&t, rw.r(), &r2) else {
        panic!("new reader must wait for the pending writer")
    };
    assert_eq!(r2.wait_reason().as_str(), "sync.RWMutex.RLock");
    park(&r2);
    // A second writer waits on the writer mutex.
    let Lock::Blocked(ww2) = rw_lock(&t, rw.r(), &w2).unwrap() else {
        panic!()
    };
    assert_eq!(w2.wait_reason().as_str(), "sync.Mutex.Lock");
    park(&w2);
    rw_runlock(&t, rw.r(), &mut r).unwrap();
    assert_eq!(ids(&r), vec![2], "last old reader lets the writer in");
    run_again(&w);
    assert!(ww.resume(&t, rw.r(), &w).unwrap().is_acquired());
    rw_unlock(&t, rw.r(), &mut r).unwrap();
    // Unlock releases the waiting reader, then the writer mutex.
    assert_eq!(ids(&r), vec![2, 3, 4]);
    run_again(&r2);
    wr2.resume();
    run_again(&w2);
    let Lock::Blocked(ww2) = ww2.resume(&t, rw.r(), &w2).unwrap() else {
        panic!("the reader is active: the writer waits for it")
    };
    park(&w2);
    rw_runlock(&t, rw.r(), &mut r).unwrap();
    assert_eq!(ids(&r), vec![2, 3, 4, 4]);
    run_again(&w2);
    assert!(ww2.resume(&t, rw.r(), &w2).unwrap().is_acquired());
    rw_unlock(&t, rw.r(), &mut r).unwrap();
    assert_eq!(rw.reader_count.load(Ordering::SeqCst), 0);
    assert_eq!(rw.w.state.load(Ordering::SeqCst), 0);
}

// ------------------------------------------------------------- waitgroup

#[test]
fn waitgroup_wait_reuse_and_negative_counter() {
    let t = SemaTable::new();
    let wg = Wg::default();
    let mut r = Collect::default();
    assert!(wg_wait(&t, wg.r(), &g(9)).is_acquired(), "zero: at once");
    for round in 0..3 {
        wg_add(&t, wg.r(), 2, &mut r).unwrap();
        let (a, b) = (g(10 * round + 1), g(10 * round + 2));
        let Lock::Blocked(wa) = wg_wait(&t, wg.r(), &a) else {
            panic!()
        };
        assert_eq!(a.wait_reason().as_str(), "sync.WaitGroup.Wait");
        park(&a);
        let Lock::Blocked(wb) = wg_wait(&t, wg.r(), &b) else {
            panic!()
        };
        park(&b);
        wg_add(&t, wg.r(), -1, &mut r).unwrap();
        assert_eq!(r.0.len(), 2 * round as usize);
        wg_add(&t, wg.r(), -1, &mut r).unwrap();
        assert_eq!(r.0.len(), 2 * round as usize + 2, "both waiters woken");
        run_again(&a);
        run_again(&b);
        wa.resume(wg.r()).unwrap();
        wb.resume(wg.r()).unwrap();
    }
    let e = wg_add(&t, wg.r(), -1, &mut r).unwrap_err();
    assert_eq!(e, NEGATIVE_WG);
    assert_eq!(e.to_string(), "panic: sync: negative WaitGroup counter");
}

#[test]
fn waitgroup_add_during_release_is_misuse() {
    let t = SemaTable::new();
    let wg = Wg::default();
    let mut r = Collect::default();
    wg_add(&t, wg.r(), 1, &mut r).unwrap();
    let a = g(1);
    let Lock::Blocked(wa) = wg_wait(&t, wg.r(), &a) else {
        panic!()
    };
    park(&a);
    wg_add(&t, wg.r(), -1, &mut r).unwrap();
    // Reused before the woken Wait returned.
    wg_add(&t, wg.r(), 1, &mut r).unwrap();
    run_again(&a);
    assert_eq!(wa.resume(wg.r()), Err(WG_REUSED));
}

// ------------------------------------------------------------------ cond

#[test]
fn cond_signal_in_ticket_order_and_broadcast() {
    let t = SemaTable::new();
    let c = Cv::default();
    let mut r = Collect::default();
    // Nobody waits: Signal and Broadcast are no-ops.
    cond_signal(&t, c.r(), &mut r);
    cond_broadcast(&t, c.r(), &mut r);
    let gs: Vec<GRef> = (1..=5).map(g).collect();
    let tickets: Vec<u32> = gs.iter().map(|_| cond_add(c.r())).collect();
    assert_eq!(tickets, vec![0, 1, 2, 3, 4]);
    // Park out of ticket order (L.Unlock happens between add and wait).
    let mut waits = Vec::new();
    for i in [1, 0, 3, 2] {
        let Lock::Blocked(w) = cond_wait(&t, c.r(), tickets[i], &gs[i]) else {
            panic!()
        };
        assert_eq!(gs[i].wait_reason().as_str(), "sync.Cond.Wait");
        park(&gs[i]);
        waits.push(w);
    }
    cond_signal(&t, c.r(), &mut r);
    cond_signal(&t, c.r(), &mut r);
    assert_eq!(ids(&r), vec![1, 2], "oldest tickets first");
    cond_broadcast(&t, c.r(), &mut r);
    assert_eq!(ids(&r), vec![1, 2, 3, 4]);
    // Goroutine 5 took its ticket before the Broadcast but parks after:
    // it must not sleep.
    assert!(cond_wait(&t, c.r(), tickets[4], &gs[4]).is_acquired());
    assert_eq!(t.list_waiters(c.r().key), 0);
    // A signal with no outstanding ticket is not saved for later.
    cond_signal(&t, c.r(), &mut r);
    let t6 = cond_add(c.r());
    assert!(!cond_wait(&t, c.r(), t6, &g(6)).is_acquired());
}

// ------------------------------------------------- goroutines on a runtime

enum Step<T> {
    Done(T),
    Park,
}

macro_rules! step {
    ($e:expr) => {
        match $e {
            Step::Done(v) => v,
            Step::Park => return Outcome::Park,
        }
    };
}

fn lock(cx: &mut Cx<'_>, t: &SemaTable, m: &Mx, pend: &mut Option<MutexWait>) -> Step<()> {
    let g = cx.g().clone();
    let res = match pend.take() {
        Some(w) => w.resume(t, m.r(), &g),
        None => mutex_lock(t, m.r(), &g, WaitReason::MutexLock),
    };
    match res.unwrap() {
        Lock::Acquired => Step::Done(()),
        Lock::Blocked(w) => {
            *pend = Some(w);
            Step::Park
        }
    }
}

fn rlock(cx: &mut Cx<'_>, t: &SemaTable, rw: &Rw, pend: &mut Option<RLockWait>) -> Step<()> {
    if let Some(w) = pend.take() {
        w.resume();
        return Step::Done(());
    }
    let g = cx.g().clone();
    match rw_rlock(t, rw.r(), &g) {
        Lock::Acquired => Step::Done(()),
        Lock::Blocked(w) => {
            *pend = Some(w);
            Step::Park
        }
    }
}

fn wlock(cx: &mut Cx<'_>, t: &SemaTable, rw: &Rw, pend: &mut Option<RwLockWait>) -> Step<()> {
    let g = cx.g().clone();
    let res = match pend.take() {
        Some(w) => w.resume(t, rw.r(), &g),
        None => rw_lock(t, rw.r(), &g),
    };
    match res.unwrap() {
        Lock::Acquired => Step::Done(()),
        Lock::Blocked(w) => {
            *pend = Some(w);
            Step::Park
        }
    }
}

fn wait(cx: &mut Cx<'_>, t: &SemaTable, wg: &Wg, pend: &mut Option<WgWait>) -> Step<()> {
    if let Some(w) = pend.take() {
        w.resume(wg.r()).unwrap();
        return Step::Done(());
    }
    let g = cx.g().clone();
    match wg_wait(t, wg.r(), &g) {
        Lock::Acquired => Step::Done(()),
        Lock::Blocked(w) => {
            *pend = Some(w);
            Step::Park
        }
    }
}

struct Shared {
    t: SemaTable,
    m: Mx,
    rw: Rw,
    wg: Wg,
    counter: StdU64,
    /// Times a Lock parked (contention actually happened).
    parks: StdU64,
}

fn shared() -> Arc<Shared> {
    Arc::new(Shared {
        t: SemaTable::new(),
        m: Mx::default(),
        rw: Rw::default(),
        wg: Wg::default(),
        counter: StdU64::new(0),
        parks: StdU64::new(0),
    })
}

/// Runs `main` after spawning `workers` (each gets its index); main waits
/// for them on the WaitGroup. Returns the run's end and wall time.
fn run_group<F, T>(
    procs: usize,
    slice: i64,
    sh: &Arc<Shared>,
    workers: usize,
    mk: F,
) -> (RunEnd, Duration)
where
    F: Fn(usize, Arc<Shared>) -> T + Send + 'static,
    T: crate::runtime::sched::Task,
{
    let mut cfg = Config::with_procs(procs);
    cfg.slice = slice;
    let sh = sh.clone();
    let (mut started, mut pend) = (false, None);
    let t0 = Instant::now();
    let end = Runtime::new(cfg).run(move |cx: &mut Cx<'_>| {
        if !started {
            started = true;
            wg_add(&sh.t, sh.wg.r(), workers as i64, cx).unwrap();
            for i in 0..workers {
                cx.spawn(mk(i, sh.clone()));
            }
        }
        step!(wait(cx, &sh.t, &sh.wg, &mut pend));
        Outcome::Exit
    });
    (end, t0.elapsed())
}

/// A worker doing `n` times { Lock; v := counter; (maybe preempted); counter
/// = v+1; Unlock }: lost updates if exclusion fails. With `yield_every`
/// = k > 0 it is descheduled holding the lock every k-th time (and when
/// its slice runs out there), so the others really block.
fn incrementer(n: u64, sh: Arc<Shared>, yield_every: u64) -> impl crate::runtime::sched::Task {
    let (mut i, mut held, mut saved, mut pend) = (0u64, false, None::<u64>, None);
    move |cx: &mut Cx<'_>| loop {
        if i == n {
            wg_add(&sh.t, sh.wg.r(), -1, cx).unwrap();
            return Outcome::Exit;
        }
        if !held {
            if !cx.tick() {
                return Outcome::Yield;
            }
            let r = lock(cx, &sh.t, &sh.m, &mut pend);
            if matches!(r, Step::Park) {
                sh.parks.fetch_add(1, Ordering::Relaxed);
            }
            step!(r);
            held = true;
        }
        let first = saved.is_none();
        let v = *saved.get_or_insert_with(|| sh.counter.load(Ordering::Relaxed));
        if yield_every > 0 && first && (i % yield_every == 0 || !cx.tick()) {
            return Outcome::Yield; // preempted holding the lock
        }
        sh.counter.store(v + 1, Ordering::Relaxed);
        saved = None;
        held = false;
        let h = mutex_unlock(&sh.t, sh.m.r(), cx).unwrap();
        i += 1;
        if h == Unlocked::HandedOff {
            return Outcome::Yield;
        }
    }
}

#[test]
fn mutex_eight_goroutines_count_exactly() {
    for procs in [1, 2] {
        let sh = shared();
        let (end, d) = run_group(procs, 97, &sh, 8, |_, sh| incrementer(10_000, sh, 7));
        assert_eq!(end, RunEnd::MainExited);
        assert_eq!(
            sh.counter.load(Ordering::SeqCst),
            80_000,
            "GOMAXPROCS={procs}"
        );
        assert_eq!(sh.m.state.load(Ordering::SeqCst), 0);
        assert_eq!(sh.t.count(sh.m.r().sema), 0);
        let parks = sh.parks.load(Ordering::SeqCst);
        println!("8x10k increments, GOMAXPROCS={procs}: {d:?}, {parks} parks");
        assert!(parks > 100, "no contention: the test would prove nothing");
    }
}

#[test]
fn contended_mutex_benchmark() {
    let n = if cfg!(debug_assertions) {
        100_000
    } else {
        1_000_000
    };
    // yield_every 0: plain Lock/Unlock loops (contention only from truly
    // parallel workers); 100: the holder is descheduled every 100th time,
    // so every goroutine regularly parks and is woken.
    for yield_every in [0, 100] {
        for procs in [1, 2, 4] {
            let sh = shared();
            let (end, d) = run_group(
                procs,
                crate::runtime::sched::DEFAULT_SLICE,
                &sh,
                4,
                move |_, sh| incrementer(n, sh, yield_every),
            );
            assert_eq!(end, RunEnd::MainExited);
            assert_eq!(sh.counter.load(Ordering::SeqCst), 4 * n);
            let parks = sh.parks.load(Ordering::SeqCst);
            println!(
                "mutex GOMAXPROCS={procs} yield_every={yield_every}: 4 goroutines x {n} \
                 Lock/Unlock in {d:?} ({:.1} ns/op, {parks} parks)",
                d.as_nanos() as f64 / (4 * n) as f64,
            );
            if yield_every > 0 {
                assert!(parks > 1000, "expected real contention");
            }
            if !cfg!(debug_assertions) {
                assert!(d < Duration::from_secs(10), "too slow: {d:?}");
            }
        }
    }
}

/// Readers hold the read lock across a yield; writers check exclusion.
#[test]
fn rwmutex_readers_overlap_writers_exclusive() {
    for procs in [1, 2] {
        let sh = shared();
        let active = Arc::new(StdMutex::new((0i64, 0i64, 0i64))); // readers, writers, max readers
        let a2 = active.clone();
        let (end, _) = run_group(procs, 50, &sh, 8, move |idx, sh| {
            let active = a2.clone();
            let writer = idx % 4 == 0;
            let (mut i, mut held, mut rp, mut wp, mut yielded) = (0, false, None, None, false);
            move |cx: &mut Cx<'_>| loop {
                if i == 2_000 {
                    wg_add(&sh.t, sh.wg.r(), -1, cx).unwrap();
                    return Outcome::Exit;
                }
                if !held {
                    if writer {
                        step!(wlock(cx, &sh.t, &sh.rw, &mut wp));
                    } else {
                        step!(rlock(cx, &sh.t, &sh.rw, &mut rp));
                    }
                    held = true;
                    let mut a = active.lock().unwrap();
                    if writer {
                        a.1 += 1;
                        assert!(a.0 == 0 && a.1 == 1, "writer not exclusive: {a:?}");
                    } else {
                        a.0 += 1;
                        assert_eq!(a.1, 0, "reader with a writer");
                        a.2 = a.2.max(a.0);
                    }
                }
                if !std::mem::replace(&mut yielded, true) {
                    return Outcome::Yield; // hold the lock across a switch
                }
                yielded = false;
                {
                    let mut a = active.lock().unwrap();
                    if writer {
                        a.1 -= 1;
                    } else {
                        a.0 -= 1;
                    }
                }
                held = false;
                i += 1;
                if writer {
                    rw_unlock(&sh.t, sh.rw.r(), cx).unwrap();
                } else {
                    rw_runlock(&sh.t, sh.rw.r(), cx).unwrap();
                }
            }
        });
        assert_eq!(end, RunEnd::MainExited);
        let a = *active.lock().unwrap();
        assert_eq!((a.0, a.1), (0, 0));
        assert!(a.2 > 1, "readers never overlapped (GOMAXPROCS={procs})");
    }
}

/// Six readers keep the read lock always held by someone (each yields
/// while holding it, so they overlap) until the writer is done; a writer
/// arriving later must still get in promptly.
#[test]
fn rwmutex_writer_not_starved_by_reader_stream() {
    const GIVE_UP: Duration = Duration::from_secs(3);
    for procs in [1, 2] {
        let sh = shared();
        let reads = Arc::new(StdU64::new(0));
        let waited = Arc::new(StdMutex::new(None::<Duration>));
        let (r2, w2) = (reads.clone(), waited.clone());
        let t0 = Instant::now();
        let (end, _) = run_group(procs, 10, &sh, 7, move |idx, sh| {
            let (reads, waited) = (r2.clone(), w2.clone());
            let (mut held, mut rp, mut wp, mut arrived) = (false, None, None, None);
            move |cx: &mut Cx<'_>| {
                if idx == 6 {
                    // The writer: arrive once the readers are streaming.
                    if arrived.is_none() {
                        arrived = Some(None);
                        assert!(cx.sleep(Duration::from_millis(5)));
                        return Outcome::Park;
                    }
                    let since = *arrived.as_mut().unwrap().get_or_insert_with(Instant::now);
                    step!(wlock(cx, &sh.t, &sh.rw, &mut wp));
                    *waited.lock().unwrap() = Some(since.elapsed());
                    rw_unlock(&sh.t, sh.rw.r(), cx).unwrap();
                    wg_add(&sh.t, sh.wg.r(), -1, cx).unwrap();
                    return Outcome::Exit;
                }
                loop {
                    if waited.lock().unwrap().is_some() || t0.elapsed() > GIVE_UP {
                        wg_add(&sh.t, sh.wg.r(), -1, cx).unwrap();
                        return Outcome::Exit;
                    }
                    if !held {
                        step!(rlock(cx, &sh.t, &sh.rw, &mut rp));
                        held = true;
                        if !cx.tick() {
                            return Outcome::Yield; // preempted holding it
                        }
                    }
                    held = false;
                    reads.fetch_add(1, Ordering::SeqCst);
                    rw_runlock(&sh.t, sh.rw.r(), cx).unwrap();
                }
            }
        });
        assert_eq!(end, RunEnd::MainExited);
        let w = *waited.lock().unwrap();
        let n = reads.load(Ordering::SeqCst);
        println!("GOMAXPROCS={procs}: writer waited {w:?} while {n} reads went on");
        let w = w.expect("writer starved by readers");
        assert!(w < Duration::from_millis(500), "writer waited {w:?}");
        assert!(n > 1000, "readers were not streaming");
    }
}

#[test]
fn cond_producer_consumers_on_runtime() {
    // Consumers wait on the Cond until `ready`; main Broadcasts once all
    // are parked, and every consumer wakes and re-acquires the mutex.
    for procs in [1, 2] {
        let sh = shared();
        let cv = Arc::new(Cv::default());
        let ready = Arc::new(AtomicBool::new(false));
        let woke = Arc::new(StdU64::new(0));
        let (c2, r2, w2) = (cv.clone(), ready.clone(), woke.clone());
        let mut cfg = Config::with_procs(procs);
        cfg.slice = 1000;
        let (mut phase, mut lp, mut wp, mut cp) = (0, None, None, None::<CondWait>);
        let sh2 = sh.clone();
        let end = Runtime::new(cfg).run(move |cx: &mut Cx<'_>| loop {
            let sh = &sh2;
            match phase {
                0 => {
                    wg_add(&sh.t, sh.wg.r(), 4, cx).unwrap();
                    for _ in 0..4 {
                        let (sh, cv, ready, woke) =
                            (sh2.clone(), c2.clone(), r2.clone(), w2.clone());
                        let (mut st, mut lp, mut cp, mut ticket) = (0, None, None::<CondWait>, 0);
                        cx.spawn(move |cx: &mut Cx<'_>| loop {
                            match st {
                                0 => {
                                    step!(lock(cx, &sh.t, &sh.m, &mut lp));
                                    st = 1;
                                }
                                1 => {
                                    if ready.load(Ordering::SeqCst) {
                                        woke.fetch_add(1, Ordering::SeqCst);
                                        mutex_unlock(&sh.t, sh.m.r(), cx).unwrap();
                                        wg_add(&sh.t, sh.wg.r(), -1, cx).unwrap();
                                        return Outcome::Exit;
                                    }
                                    // c.Wait(): add, Unlock, wait, Lock.
                                    ticket = cond_add(cv.r());
                                    mutex_unlock(&sh.t, sh.m.r(), cx).unwrap();
                                    st = 2;
                                }
                                2 => {
                                    if let Some(w) = cp.take() {
                                        w.resume();
                                    } else {
                                        let g = cx.g().clone();
                                        if let Lock::Blocked(w) =
                                            cond_wait(&sh.t, cv.r(), ticket, &g)
                                        {
                                            cp = Some(w);
                                            return Outcome::Park;
                                        }
                                    }
                                    st = 0;
                                }
                                _ => unreachable!(),
                            }
                        });
                    }
                    phase = 1;
                }
                1 => {
                    // Spin (yielding) until all four hold tickets.
                    if cv.wait.load(Ordering::SeqCst) < 4 {
                        return Outcome::Yield;
                    }
                    step!(lock(cx, &sh.t, &sh.m, &mut lp));
                    ready.store(true, Ordering::SeqCst);
                    cond_broadcast(&sh.t, cv.r(), cx);
                    mutex_unlock(&sh.t, sh.m.r(), cx).unwrap();
                    phase = 2;
                }
                _ => {
                    let _ = &mut cp;
                    step!(wait(cx, &sh.t, &sh.wg, &mut wp));
                    return Outcome::Exit;
                }
            }
        });
        assert_eq!(end, RunEnd::MainExited);
        assert_eq!(woke.load(Ordering::SeqCst), 4);
    }
}

fn deadlock_report(main: impl crate::runtime::sched::Task) -> String {
    let reported = Arc::new(StdMutex::new(String::new()));
    let r2 = reported.clone();
    let mut cfg = Config::with_procs(2);
    cfg.on_deadlock = Some(Box::new(move |rep| *r2.lock().unwrap() = rep.to_string()));
    let end = Runtime::new(cfg).run(main);
    assert!(matches!(end, RunEnd::Deadlock(_)), "{end:?}");
    let s = reported.lock().unwrap().clone();
    s
}

#[test]
fn deadlock_double_lock_reports_mutex_wait() {
    let sh = shared();
    let mut pend = None;
    let mut locked = false;
    let rep = deadlock_report(move |cx: &mut Cx<'_>| {
        if !locked {
            step!(lock(cx, &sh.t, &sh.m, &mut pend));
            locked = true;
        }
        step!(lock(cx, &sh.t, &sh.m, &mut pend));
        unreachable!("second Lock returned")
    });
    assert_eq!(
        rep,
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 1 [sync.Mutex.Lock]:\n"
    );
}

#[test]
fn deadlock_waitgroup_never_done_and_rwmutex_reasons() {
    let sh = shared();
    let (mut started, mut pend) = (false, None);
    let rep = deadlock_report(move |cx: &mut Cx<'_>| {
        if !started {
            started = true;
            wg_add(&sh.t, sh.wg.r(), 1, cx).unwrap();
            // A writer holds rw; a reader and a second writer block on it.
            let g = cx.g().clone();
            assert!(rw_lock(&sh.t, sh.rw.r(), &g).unwrap().is_acquired());
            let s2 = sh.clone();
            cx.spawn(move |cx: &mut Cx<'_>| {
                let g = cx.g().clone();
                assert!(!rw_rlock(&s2.t, s2.rw.r(), &g).is_acquired());
                Outcome::Park
            });
            let s3 = sh.clone();
            cx.spawn(move |cx: &mut Cx<'_>| {
                let g = cx.g().clone();
                assert!(!rw_lock(&s3.t, s3.rw.r(), &g).unwrap().is_acquired());
                Outcome::Park
            });
            let (s4, cv) = (sh.clone(), Arc::new(Cv::default()));
            cx.spawn(move |cx: &mut Cx<'_>| {
                let g = cx.g().clone();
                let t = cond_add(cv.r());
                assert!(!cond_wait(&s4.t, cv.r(), t, &g).is_acquired());
                Outcome::Park
            });
        }
        step!(wait(cx, &sh.t, &sh.wg, &mut pend));
        unreachable!("Wait returned")
    });
    assert_eq!(
        rep,
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 1 [sync.WaitGroup.Wait]:\n\n\
         goroutine 2 [sync.RWMutex.RLock]:\n\n\
         goroutine 3 [sync.Mutex.Lock]:\n\n\
         goroutine 4 [sync.Cond.Wait]:\n"
    );
}
