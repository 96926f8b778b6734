//! loom models of the semaphore table's park/wake races. Run with
//! `RUSTFLAGS="--cfg loom" cargo test --release --lib runtime::sema_loom`.
//!
//! 1. Acquire racing release: the unit is never lost — either the acquire
//!    finds it banked, or the release wakes the parked goroutine exactly
//!    once (also when it comes before the worker commits the park).
//! 2. Mutex Unlock racing a blocking Lock: the waiter is woken exactly
//!    once and then acquires the mutex.
//! 3. Cond Signal racing notifyListWait: the waiter never sleeps through
//!    the signal of its ticket.

use super::g::{GRef, Readier, Status, WaitReason, G};
use super::gosync::{mutex_lock, mutex_unlock, Lock, MutexRef};
use super::sema::{Acquire, SemaTable, Word32};
use super::sync::{Arc, AtomicU32, Mutex};
use loom::thread;

/// A readier standing for a run queue.
struct Queue(Arc<Mutex<Vec<u64>>>);

impl Readier for Queue {
    fn enqueue(&mut self, g: GRef) {
        self.0.lock().push(g.id());
    }
}

/// The worker's side after `run` returned Park.
fn commit(g: &GRef, runq: &Arc<Mutex<Vec<u64>>>) {
    if !g.commit_park() {
        runq.lock().push(g.id());
    }
}

fn bare(id: u64) -> GRef {
    std::sync::Arc::new(G::new_bare(id))
}

#[test]
fn acquire_release_race_loses_no_wakeup() {
    loom::model(|| {
        let t = Arc::new(SemaTable::new());
        let g = bare(1);
        let runq = Arc::new(Mutex::new(Vec::new()));
        let (t1, g1, r1) = (t.clone(), g.clone(), runq.clone());
        let acq = thread::spawn(
            move || match t1.acquire(8, &g1, WaitReason::Semacquire, false) {
                Acquire::Acquired => None,
                Acquire::Blocked(w) => {
                    commit(&g1, &r1);
                    Some(w)
                }
            },
        );
        let (t2, r2) = (t.clone(), runq.clone());
        let rel = thread::spawn(move || t2.release(8, &mut Queue(r2)));
        let wait = acq.join().unwrap();
        let woke = rel.join().unwrap();
        assert_eq!(t.count(8), 0, "the unit was consumed");
        assert_eq!(t.waiters(8), 0);
        match wait {
            None => {
                assert!(!woke);
                assert!(runq.lock().is_empty());
            }
            Some(w) => {
                assert!(woke && w.is_woken());
                assert_eq!(*runq.lock(), vec![1], "queued exactly once");
                assert_eq!(g.status(), Status::Runnable);
            }
        }
    });
}

#[test]
fn mutex_unlock_races_blocking_lock() {
    loom::model(|| {
        let t = Arc::new(SemaTable::new());
        let state = Arc::new(AtomicU32::new(0));
        let key = 16;
        let a = bare(1);
        let b = bare(2);
        let m = MutexRef {
            state: &*state,
            sema: key,
        };
        assert!(mutex_lock(&t, m, &a, WaitReason::MutexLock)
            .unwrap()
            .is_acquired());
        let runq = Arc::new(Mutex::new(Vec::new()));
        let (t1, s1, b1, r1) = (t.clone(), state.clone(), b.clone(), runq.clone());
        let locker = thread::spawn(move || {
            let m = MutexRef {
                state: &*s1,
                sema: key,
            };
            match mutex_lock(&t1, m, &b1, WaitReason::MutexLock).unwrap() {
                Lock::Acquired => None,
                Lock::Blocked(w) => {
                    commit(&b1, &r1);
                    Some(w)
                }
            }
        });
        let (t2, s2, r2) = (t.clone(), state.clone(), runq.clone());
        let unlocker = thread::spawn(move || {
            let m = MutexRef {
                state: &*s2,
                sema: key,
            };
            mutex_unlock(&t2, m, &mut Queue(r2)).unwrap();
        });
        let w = locker.join().unwrap();
        unlocker.join().unwrap();
        if let Some(w) = w {
            assert_eq!(*runq.lock(), vec![2], "woken exactly once");
            b.set_status(Status::Running);
            assert!(w.resume(&t, m, &b).unwrap().is_acquired());
        } else {
            assert!(runq.lock().is_empty());
        }
        assert_eq!(Word32::load(&*state), 1, "b holds it, no waiters left");
        assert_eq!(t.waiters(key), 0);
    });
}

#[test]
fn cond_signal_races_wait() {
    loom::model(|| {
        let t = Arc::new(SemaTable::new());
        let wait = Arc::new(AtomicU32::new(0));
        let notify = Arc::new(AtomicU32::new(0));
        let ticket = SemaTable::notify_list_add(&*wait);
        let g = bare(1);
        let runq = Arc::new(Mutex::new(Vec::new()));
        let (t1, n1, g1, r1) = (t.clone(), notify.clone(), g.clone(), runq.clone());
        let waiter = thread::spawn(move || match t1.notify_list_wait(32, &*n1, ticket, &g1) {
            Acquire::Acquired => false,
            Acquire::Blocked(_) => {
                commit(&g1, &r1);
                true
            }
        });
        let (t2, w2, n2, r2) = (t.clone(), wait.clone(), notify.clone(), runq.clone());
        let signaler = thread::spawn(move || {
            t2.notify_one(32, &*w2, &*n2, &mut Queue(r2));
        });
        let parked = waiter.join().unwrap();
        signaler.join().unwrap();
        let q = runq.lock().clone();
        assert_eq!(q, if parked { vec![1] } else { vec![] });
        assert_eq!(t.list_waiters(32), 0);
        assert_eq!(Word32::load(&*notify), 1);
    });
}
