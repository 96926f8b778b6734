//! Idle workers: the scheduler lock, spinning, parking and waking.
//!
//! Owns: the scheduler lock (`Idle::lock`) and the state of every worker
//! slot (Active, Idle, DisablePending, Disabled), the count of active
//! workers, spinning workers, workers in syscalls and external holds, and
//! the per-slot parkers.
//!
//! No lost wake-ups (Go's "spinning M" protocol, a Dekker pattern):
//! - A worker about to sleep registers as idle (under the lock), stops
//!   spinning, issues a SeqCst fence, then re-checks every work source
//!   (global queue, every stealer, timers, stop requests). Only if all are
//!   empty does it park.
//! - A submitter pushes work, issues a SeqCst fence, then wakes an idle
//!   worker unless one is spinning (a spinning worker will find the work
//!   before it sleeps, because its re-check follows its own fence).
//! - A woken worker is counted active and spinning by its waker, so wakers
//!   do not wake a thundering herd.
//!
//! Lock order: the scheduler lock may be taken before the timer heap, the
//! registry and channel locks; never while holding any of them.

use crate::runtime::sync::{fence, AtomicUsize, Mutex, MutexGuard, Ordering, Parker};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    /// Running or spinning; counted in `active`.
    Active,
    /// In the idle list, parked or about to park; not counted.
    Idle,
    /// Removed by GOMAXPROCS but still running; counted until it notices.
    DisablePending,
    /// Removed by GOMAXPROCS and parked; not counted.
    Disabled,
    /// No thread yet.
    Unstarted,
}

pub(crate) struct IdleState {
    pub(crate) idle: Vec<usize>,
    pub(crate) slots: Vec<Slot>,
    /// Workers not idle and not disabled.
    pub(crate) active: usize,
    /// Workers blocked in a native (stdin, ...).
    pub(crate) nsyscall: usize,
    /// External holds (a REPL waiting for input is never a deadlock).
    pub(crate) holds: usize,
}

/// How a parked worker came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Back {
    /// It took itself out of the idle list (timeout, spurious, found work).
    Reactivated,
    /// A waker took it out and counted it active and spinning.
    Woken,
    /// GOMAXPROCS removed its slot.
    Disabled,
}

pub(crate) struct Idle {
    pub(crate) lock: Mutex<IdleState>,
    nidle: AtomicUsize,
    pub(crate) nspinning: AtomicUsize,
    /// Mirror of `IdleState::active` for lock-free heuristics.
    active_hint: AtomicUsize,
    pub(crate) parkers: Vec<Parker>,
}

impl Idle {
    pub(crate) fn new(slots: usize) -> Idle {
        Idle {
            lock: Mutex::new(IdleState {
                idle: Vec::new(),
                slots: vec![Slot::Unstarted; slots],
                active: 0,
                nsyscall: 0,
                holds: 0,
            }),
            nidle: AtomicUsize::new(0),
            nspinning: AtomicUsize::new(0),
            active_hint: AtomicUsize::new(0),
            parkers: (0..slots).map(|_| Parker::new()).collect(),
        }
    }

    pub(crate) fn state(&self) -> MutexGuard<'_, IdleState> {
        self.lock.lock()
    }

    pub(crate) fn set_active(&self, st: &mut IdleState, delta: isize) {
        st.active = (st.active as isize + delta) as usize;
        self.active_hint.store(st.active, Ordering::Relaxed);
    }

    /// Submitter side, after pushing work: wake an idle worker unless one
    /// is spinning. Returns whether it woke one.
    pub(crate) fn notify(&self) -> bool {
        fence(Ordering::SeqCst);
        if self.nspinning.load(Ordering::SeqCst) != 0 || self.nidle.load(Ordering::SeqCst) == 0 {
            return false;
        }
        self.wake_one()
    }

    /// Takes one idle worker out of the idle list (counted active and
    /// spinning) and unparks it.
    pub(crate) fn wake_one(&self) -> bool {
        let mut st = self.lock.lock();
        let Some(i) = st.idle.pop() else {
            return false;
        };
        self.nidle.fetch_sub(1, Ordering::SeqCst);
        st.slots[i] = Slot::Active;
        self.set_active(&mut st, 1);
        self.nspinning.fetch_add(1, Ordering::SeqCst);
        drop(st);
        self.parkers[i].unpark();
        true
    }

    /// Worker `i` registers as idle (or, if its slot was removed by
    /// GOMAXPROCS, as disabled). Returns the active count after.
    /// The caller then stops spinning, fences and re-checks for work.
    pub(crate) fn register_idle(&self, i: usize) -> usize {
        let mut st = self.lock.lock();
        match st.slots[i] {
            Slot::Active => {
                st.slots[i] = Slot::Idle;
                st.idle.push(i);
                self.nidle.fetch_add(1, Ordering::SeqCst);
            }
            // GOMAXPROCS removed this slot meanwhile: leave disabled.
            Slot::DisablePending => st.slots[i] = Slot::Disabled,
            s => unreachable!("worker {i} going idle in state {s:?}"),
        }
        self.set_active(&mut st, -1);
        st.active
    }

    /// Worker `i` leaves the idle state (after its re-check found work, or
    /// after waking from `park`).
    pub(crate) fn come_back(&self, i: usize) -> Back {
        let mut st = self.lock.lock();
        match st.slots[i] {
            Slot::Idle => {
                let pos = st
                    .idle
                    .iter()
                    .position(|&x| x == i)
                    .expect("idle slot is listed");
                st.idle.swap_remove(pos);
                self.nidle.fetch_sub(1, Ordering::SeqCst);
                st.slots[i] = Slot::Active;
                self.set_active(&mut st, 1);
                Back::Reactivated
            }
            Slot::Active | Slot::DisablePending => Back::Woken,
            Slot::Disabled | Slot::Unstarted => Back::Disabled,
        }
    }

    /// Keeps the lock-free idle count in step when a slot is removed from
    /// the idle list by someone else than `wake_one`/`come_back`.
    pub(crate) fn forget_idle(&self) {
        self.nidle.fetch_sub(1, Ordering::SeqCst);
    }

    /// May a worker start spinning? (At most half the active workers spin.)
    pub(crate) fn may_spin(&self) -> bool {
        2 * self.nspinning.load(Ordering::SeqCst) < self.active_hint.load(Ordering::Relaxed).max(1)
    }

    pub(crate) fn park(&self, i: usize) {
        self.parkers[i].park();
    }

    #[cfg(not(loom))]
    pub(crate) fn park_timeout(&self, i: usize, d: std::time::Duration) {
        self.parkers[i].park_timeout(d);
    }
}
