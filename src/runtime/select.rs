//! `select`: Go's selectgo.
//!
//! Owns: polling a set of channel cases, choosing one uniformly at random
//! among the ready ones, and parking on all of them otherwise.
//!
//! Invariants:
//! - Channels are locked in address order, each once even if it appears in
//!   several cases; nil channels are ignored.
//! - Cases are polled in a fresh random permutation (the worker's seeded
//!   RNG under `--seed`); `default` runs only if none is ready.
//! - To block, one `Parking` (the select-done flag) is shared by one waiter
//!   per case; all are enqueued and the goroutine is marked Parking while
//!   every lock is held, so no waker can see a half-enqueued select.
//! - Exactly one waker wins the select-done CAS; losers drop the stale
//!   waiter. After waking, `SelectWait::finish` re-locks the other
//!   channels (one at a time: its waiters can no longer be claimed) and
//!   unlinks them.

use super::chan::{unlink, Chan, ChanState, Completion, Parking, PollRecv, PollSendFail, Sudog};
use super::g::{goready, GRef, Readier, WaitReason};
use super::rng::Rng;
use super::sync::{Arc, MutexGuard};

/// One case of a select statement. `None` is a nil channel.
pub enum Case<V> {
    Recv(Option<Chan<V>>),
    Send(Option<Chan<V>>, V),
}

/// What a select did.
#[derive(Debug)]
pub enum Selected<V> {
    /// A receive case fired at once: `value` is `None` (zero) when `ok` is
    /// false (closed).
    Recv {
        case: usize,
        value: Option<V>,
        ok: bool,
    },
    /// A send case fired at once.
    Sent { case: usize },
    /// A send case found its channel closed: panic `send on closed channel`.
    SendClosed { case: usize, value: V },
    /// No case was ready and the select has a default.
    Default,
    /// Parked on every case: return `Outcome::Park`; on resume call
    /// `SelectWait::finish`.
    Blocked(SelectWait<V>),
    /// No non-nil case and no default: parked forever (`select {}` or only
    /// nil channels). Return `Outcome::Park`; it is never resumed.
    Forever,
}

/// Park token of a blocked select.
pub struct SelectWait<V> {
    park: Arc<Parking>,
    waiters: Vec<(Chan<V>, Arc<Sudog<V>>, bool)>,
}

impl<V> std::fmt::Debug for SelectWait<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SelectWait({} waiters)", self.waiters.len())
    }
}

impl<V> SelectWait<V> {
    /// After the goroutine was woken: the fired case, its value (receive:
    /// the value or `None` for zero; failed send: the unsent value) and ok
    /// (receive: value vs closed; send: delivered vs closed → panic).
    pub fn finish(self) -> Completion<V> {
        debug_assert!(self.park.is_done(), "select resumed before a case fired");
        let (case, ok) = self.park.outcome();
        let mut value = None;
        for (ch, sg, is_send) in &self.waiters {
            if sg.case == case {
                value = sg.elem.lock().take();
            } else {
                let mut st = ch.lock();
                if *is_send {
                    unlink(&mut st.sendq, sg);
                } else {
                    unlink(&mut st.recvq, sg);
                }
            }
        }
        Completion { case, value, ok }
    }

    pub fn is_woken(&self) -> bool {
        self.park.is_done()
    }
}

/// Runs a select for goroutine `g`. `has_default` tells whether the
/// statement has a `default` clause (its index is the VM's business).
pub fn select<V>(
    cases: Vec<Case<V>>,
    has_default: bool,
    g: &GRef,
    r: &mut dyn Readier,
    rng: &mut Rng,
) -> Selected<V> {
    let n = cases.len();
    let mut chans: Vec<Option<Chan<V>>> = Vec::with_capacity(n);
    let mut sendv: Vec<Option<V>> = Vec::with_capacity(n);
    let mut is_send: Vec<bool> = Vec::with_capacity(n);
    for c in cases {
        match c {
            Case::Recv(ch) => {
                chans.push(ch);
                sendv.push(None);
                is_send.push(false);
            }
            Case::Send(ch, v) => {
                chans.push(ch);
                sendv.push(Some(v));
                is_send.push(true);
            }
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| chans[i].is_some()).collect();
    if order.is_empty() {
        if has_default {
            return Selected::Default;
        }
        let reason = if n == 0 {
            WaitReason::SelectNoCases
        } else {
            WaitReason::Select
        };
        g.begin_park(reason);
        return Selected::Forever;
    }
    rng.shuffle(&mut order);

    // Lock order: distinct channels by address.
    let mut lockv: Vec<&Chan<V>> = order.iter().filter_map(|&i| chans[i].as_ref()).collect();
    lockv.sort_by_key(|c| c.addr());
    lockv.dedup_by_key(|c| c.addr());
    let mut guards: Vec<MutexGuard<'_, ChanState<V>>> = lockv.iter().map(|c| c.lock()).collect();
    let slot = |c: &Chan<V>| {
        lockv
            .binary_search_by_key(&c.addr(), |x| x.addr())
            .expect("every case channel is locked")
    };

    // Pass 1: poll in random order.
    for &i in &order {
        let ch = chans[i].as_ref().expect("non-nil case");
        let st = &mut guards[slot(ch)];
        if is_send[i] {
            let v = sendv[i].take().expect("send value");
            match ch.0.poll_send(st, v) {
                Ok(wake) => {
                    drop(guards);
                    if let Some(w) = wake {
                        goready(r, w);
                    }
                    return Selected::Sent { case: i };
                }
                Err(PollSendFail::Closed(v)) => {
                    drop(guards);
                    return Selected::SendClosed { case: i, value: v };
                }
                Err(PollSendFail::Full(v)) => sendv[i] = Some(v),
            }
        } else {
            match ch.0.poll_recv(st) {
                PollRecv::Value(v, wake) => {
                    drop(guards);
                    if let Some(w) = wake {
                        goready(r, w);
                    }
                    return Selected::Recv {
                        case: i,
                        value: Some(v),
                        ok: true,
                    };
                }
                PollRecv::Closed => {
                    drop(guards);
                    return Selected::Recv {
                        case: i,
                        value: None,
                        ok: false,
                    };
                }
                PollRecv::Empty => {}
            }
        }
    }
    if has_default {
        drop(guards);
        return Selected::Default;
    }

    // Pass 2: enqueue on every case, all locks held.
    let park = Arc::new(Parking::new(g.clone()));
    let mut waiters = Vec::with_capacity(order.len());
    for &i in &order {
        let ch = chans[i].as_ref().expect("non-nil case");
        let sg = Sudog::new(park.clone(), i, sendv[i].take());
        let st = &mut guards[slot(ch)];
        if is_send[i] {
            st.sendq.push_back(sg.clone());
        } else {
            st.recvq.push_back(sg.clone());
        }
        waiters.push((ch.clone(), sg, is_send[i]));
    }
    g.begin_park(WaitReason::Select);
    drop(guards);
    Selected::Blocked(SelectWait { park, waiters })
}
