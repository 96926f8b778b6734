//! loom models of the runtime's cross-thread protocols. Run with
//! `RUSTFLAGS="--cfg loom" cargo test --release --lib runtime::loom_tests`.
//!
//! 1. Worker parking (idle.rs): a submitter's push + notify can never be
//!    lost against a worker going idle.
//! 2. Goroutine park/wake (g.rs): a waker racing with the worker committing
//!    the park queues the goroutine exactly once.
//! 3. Channel hand-off (chan.rs): an unbuffered send and receive on two
//!    threads deliver the value exactly once, whichever blocks.
//! 4. Select-done (select.rs): a send and a close racing to wake one
//!    blocked select: exactly one case wins, the loser sees a stale waiter.

use super::chan::{Chan, Recv, Send};
use super::g::{goready, Collect, GRef, Readier, Status, G};
use super::rng::Rng;
use super::sched_idle::{Back, Idle, Slot};
use super::select::{select, Case, Selected};
use super::sync::{fence, Arc, AtomicBool, Mutex, Ordering};
use loom::thread;

#[test]
fn worker_park_no_lost_wakeup() {
    loom::model(|| {
        let idle = Arc::new(Idle::new(1));
        {
            let mut st = idle.state();
            st.slots[0] = Slot::Active;
            idle.set_active(&mut st, 1);
        }
        let work = Arc::new(AtomicBool::new(false));
        let (i2, w2) = (idle.clone(), work.clone());
        let worker = thread::spawn(move || {
            // The worker loop: find work or go idle, exactly as sched does.
            let mut spinning = false;
            loop {
                if w2.swap(false, Ordering::SeqCst) {
                    if spinning {
                        i2.nspinning.fetch_sub(1, Ordering::SeqCst);
                    }
                    return;
                }
                i2.register_idle(0);
                if std::mem::take(&mut spinning) {
                    i2.nspinning.fetch_sub(1, Ordering::SeqCst);
                }
                fence(Ordering::SeqCst);
                // The re-check. (An RMW read: loom treats SeqCst loads as
                // Acquire and would report a false store-buffering race.)
                if w2.fetch_or(false, Ordering::SeqCst) {
                    spinning = i2.come_back(0) == Back::Woken;
                    continue;
                }
                i2.park(0);
                spinning = i2.come_back(0) == Back::Woken;
            }
        });
        work.swap(true, Ordering::SeqCst);
        idle.notify();
        worker.join().unwrap();
    });
}

/// A readier standing for a run queue.
struct Queue(Arc<Mutex<Vec<u64>>>);

impl Readier for Queue {
    fn enqueue(&mut self, g: GRef) {
        self.0.lock().push(g.id());
    }
}

#[test]
fn goroutine_park_wake_exactly_once() {
    loom::model(|| {
        let g: GRef = std::sync::Arc::new(G::new_bare(1));
        let waitq: Arc<Mutex<Option<GRef>>> = Arc::new(Mutex::new(None));
        let runq = Arc::new(Mutex::new(Vec::new()));
        // The goroutine parks: under the queue lock, begin_park + publish.
        let (g2, q2, r2) = (g.clone(), waitq.clone(), runq.clone());
        let parker = thread::spawn(move || {
            {
                let mut q = q2.lock();
                g2.begin_park(super::g::WaitReason::ChanReceive);
                *q = Some(g2.clone());
            }
            // Its worker, after run() returned Park:
            if !g2.commit_park() {
                r2.lock().push(g2.id()); // woken early: requeue locally
            }
        });
        let (q3, r3) = (waitq.clone(), runq.clone());
        let waker = thread::spawn(move || {
            let claimed = q3.lock().take();
            if let Some(g) = claimed {
                goready(&mut Queue(r3), g);
            }
        });
        parker.join().unwrap();
        waker.join().unwrap();
        let queued = runq.lock().len();
        if waitq.lock().is_some() {
            // The waker came first and found nothing: still parked.
            assert_eq!(queued, 0);
            assert_eq!(g.status(), Status::Waiting);
        } else {
            assert_eq!(queued, 1, "queued exactly once");
            assert_eq!(g.status(), Status::Runnable);
        }
    });
}

#[test]
fn unbuffered_handoff_delivers_once() {
    loom::model(|| {
        let ch: Chan<u64> = Chan::new(0);
        let (ga, gb): (GRef, GRef) = (
            std::sync::Arc::new(G::new_bare(1)),
            std::sync::Arc::new(G::new_bare(2)),
        );
        let runq = Arc::new(Mutex::new(Vec::new()));
        let (c1, g1, r1) = (ch.clone(), ga.clone(), runq.clone());
        let recv = thread::spawn(move || match c1.recv(&g1, &mut Queue(r1.clone())) {
            Recv::Value(v) => (Some(v), None),
            Recv::Blocked(w) => {
                if !g1.commit_park() {
                    r1.lock().push(g1.id());
                }
                (None, Some(w))
            }
            _ => unreachable!(),
        });
        let (c2, g2, r2) = (ch.clone(), gb.clone(), runq.clone());
        let send = thread::spawn(move || match c2.send(42, &g2, &mut Queue(r2.clone())) {
            Send::Sent => None,
            Send::Blocked(w) => {
                if !g2.commit_park() {
                    r2.lock().push(g2.id());
                }
                Some(w)
            }
            _ => unreachable!(),
        });
        let (got, rw) = recv.join().unwrap();
        let sw = send.join().unwrap();
        // Exactly one side blocked, and it was woken and queued once.
        let q = runq.lock().clone();
        match (got, rw, sw) {
            (Some(42), None, Some(w)) => {
                assert!(w.finish().ok);
                assert_eq!(q, vec![2]);
            }
            (None, Some(w), None) => {
                assert_eq!(w.finish().value, Some(42));
                assert_eq!(q, vec![1]);
            }
            _ => panic!("both or neither blocked"),
        }
    });
}

#[test]
fn select_done_cas_with_concurrent_close() {
    loom::model(|| {
        let (c1, c2): (Chan<u64>, Chan<u64>) = (Chan::new(0), Chan::new(0));
        let g: GRef = std::sync::Arc::new(G::new_bare(1));
        let mut rng = Rng::new(1);
        let mut none = Collect::default();
        let Selected::Blocked(w) = select(
            vec![Case::Recv(Some(c1.clone())), Case::Recv(Some(c2.clone()))],
            false,
            &g,
            &mut none,
            &mut rng,
        ) else {
            panic!("must block")
        };
        let runq = Arc::new(Mutex::new(Vec::new()));
        let (g2, r0) = (g.clone(), runq.clone());
        // The select's worker commits the park concurrently with the wakers.
        let committer = thread::spawn(move || {
            if !g2.commit_park() {
                r0.lock().push(g2.id());
            }
        });
        let (s1, r1) = (c1.clone(), runq.clone());
        let sender = thread::spawn(move || matches!(s1.try_send(7, &mut Queue(r1)), Send::Sent));
        let (s2, r2) = (c2.clone(), runq.clone());
        let closer = thread::spawn(move || s2.close(&mut Queue(r2)).unwrap());
        committer.join().unwrap();
        let sent = sender.join().unwrap();
        closer.join().unwrap();
        assert_eq!(runq.lock().len(), 1, "woken exactly once");
        let c = w.finish();
        if sent {
            assert_eq!((c.case, c.value, c.ok), (0, Some(7), true));
        } else {
            assert_eq!((c.case, c.value, c.ok), (1, None, false));
        }
        for ch in [&c1, &c2] {
            let st = ch.lock();
            assert!(st.recvq.is_empty() && st.sendq.is_empty());
        }
    });
}
