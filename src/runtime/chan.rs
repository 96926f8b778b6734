//! Channels: Go's hchan.
//!
//! Owns: the channel object (`Chan<V>`): its lock, ring buffer, closed flag
//! and the queues of waiting senders and receivers (sudogs), plus the
//! locked-state primitives `select` reuses.
//!
//! Invariants (all under the channel lock):
//! - At most one of `recvq` (live waiters) and "buffer non-empty or sendq
//!   non-empty" holds: a receiver waits only on an empty buffer with no
//!   senders, a sender only on a full buffer with no receivers. Stale
//!   select waiters (whose select already won elsewhere) may linger in a
//!   queue; `dequeue` drops them (Go's waitq.dequeue).
//! - A waiter is claimed by exactly one waker through the CAS on its
//!   `Parking::done` flag (shared by all waiters of one select), done under
//!   the lock of the channel it is dequeued from. Only the claimer writes
//!   the waiter's slot and completion; then, after dropping the lock, it
//!   calls `goready` (see g.rs).
//! - Unbuffered hand-off writes the value straight into the partner's slot.
//!   A receive from a full buffer with a waiting sender takes the head and
//!   moves that sender's value to the tail, keeping FIFO order.
//! - Close wakes every waiter: receivers complete with ok=false and no value
//!   (the VM supplies the zero value), senders with ok=false (the VM panics
//!   `send on closed channel`). A closed channel never gets new waiters.
//! - Timer channels (Go 1.23) have an internal one-value buffer but report
//!   len = cap = 0; their timer sends without blocking and stop/reset drain
//!   the buffer, so no stale value is ever received.
//!
//! Values: `V` is whatever the VM moves through channels (its 8-byte words,
//! or a small array / boxed slice of words for multi-word element types).
//! A value in transit lives in a sudog slot, reachable from the blocked
//! goroutine's `ChanWait`/`SelectWait` token, which the VM keeps in the
//! goroutine's state (so the GC finds it through the goroutine).

use super::g::{goready, GRef, Readier, WaitReason};
use super::sync::{Arc, AtomicBool, AtomicUsize, Mutex, MutexGuard, Ordering};
use std::collections::VecDeque;
use std::fmt;

/// One park episode of one goroutine, shared by all its waiters (one for a
/// plain channel op, one per case for a select).
pub(crate) struct Parking {
    pub(crate) g: GRef,
    /// Select-done: set by the one waker that claims this episode.
    done: AtomicBool,
    case: AtomicUsize,
    ok: AtomicBool,
}

impl Parking {
    pub(crate) fn new(g: GRef) -> Parking {
        Parking {
            g,
            done: AtomicBool::new(false),
            case: AtomicUsize::new(usize::MAX),
            ok: AtomicBool::new(false),
        }
    }

    /// The select-done CAS: true for exactly one caller.
    pub(crate) fn claim(&self) -> bool {
        self.done
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    pub(crate) fn is_done(&self) -> bool {
        self.done.load(Ordering::SeqCst)
    }

    /// Records the outcome; only the claimer calls it, before `goready`.
    fn complete(&self, case: usize, ok: bool) {
        self.case.store(case, Ordering::SeqCst);
        self.ok.store(ok, Ordering::SeqCst);
    }

    pub(crate) fn outcome(&self) -> (usize, bool) {
        (
            self.case.load(Ordering::SeqCst),
            self.ok.load(Ordering::SeqCst),
        )
    }
}

/// A waiter in a channel queue (Go's sudog).
pub(crate) struct Sudog<V> {
    pub(crate) park: Arc<Parking>,
    /// Case index within the select (0 for a plain op).
    pub(crate) case: usize,
    /// Sender: the value to send (taken by the receiver). Receiver: the slot
    /// the sender or buffer fills.
    pub(crate) elem: Mutex<Option<V>>,
}

impl<V> Sudog<V> {
    pub(crate) fn new(park: Arc<Parking>, case: usize, elem: Option<V>) -> Arc<Sudog<V>> {
        Arc::new(Sudog {
            park,
            case,
            elem: Mutex::new(elem),
        })
    }
}

pub(crate) type WaitQ<V> = VecDeque<Arc<Sudog<V>>>;

/// Pops the first waiter that can still be claimed, dropping stale ones.
pub(crate) fn dequeue<V>(q: &mut WaitQ<V>) -> Option<Arc<Sudog<V>>> {
    while let Some(sg) = q.pop_front() {
        if sg.park.claim() {
            return Some(sg);
        }
    }
    None
}

/// Removes `sg` from `q` if it is still there.
pub(crate) fn unlink<V>(q: &mut WaitQ<V>, sg: &Arc<Sudog<V>>) {
    if let Some(i) = q.iter().position(|x| Arc::ptr_eq(x, sg)) {
        q.remove(i);
    }
}

pub(crate) struct ChanState<V> {
    pub(crate) buf: VecDeque<V>,
    pub(crate) closed: bool,
    pub(crate) recvq: WaitQ<V>,
    pub(crate) sendq: WaitQ<V>,
}

pub(crate) struct ChanInner<V> {
    /// Buffer capacity used by the algorithm (1 for timer channels).
    pub(crate) cap: usize,
    timer: bool,
    pub(crate) st: Mutex<ChanState<V>>,
}

/// Result of polling a receive with the lock held.
pub(crate) enum PollRecv<V> {
    /// A value, and the sender to wake if one was waiting.
    Value(V, Option<GRef>),
    /// Closed and drained: zero value, ok = false.
    Closed,
    /// Would block.
    Empty,
}

/// Why a send could not complete at once (lock held).
pub(crate) enum PollSendFail<V> {
    Closed(V),
    Full(V),
}

impl<V> ChanInner<V> {
    pub(crate) fn poll_recv(&self, st: &mut ChanState<V>) -> PollRecv<V> {
        if let Some(sg) = dequeue(&mut st.sendq) {
            let sent = sg.elem.lock().take().expect("waiting sender has a value");
            let v = if self.cap == 0 {
                sent
            } else {
                // Full buffer: take the head, the sender's value goes to the tail.
                let head = st
                    .buf
                    .pop_front()
                    .expect("sender waits only on a full buffer");
                st.buf.push_back(sent);
                head
            };
            sg.park.complete(sg.case, true);
            return PollRecv::Value(v, Some(sg.park.g.clone()));
        }
        if let Some(v) = st.buf.pop_front() {
            return PollRecv::Value(v, None);
        }
        if st.closed {
            return PollRecv::Closed;
        }
        PollRecv::Empty
    }

    /// On success returns the receiver to wake, if any.
    pub(crate) fn poll_send(
        &self,
        st: &mut ChanState<V>,
        v: V,
    ) -> Result<Option<GRef>, PollSendFail<V>> {
        if st.closed {
            return Err(PollSendFail::Closed(v));
        }
        if let Some(sg) = dequeue(&mut st.recvq) {
            *sg.elem.lock() = Some(v);
            sg.park.complete(sg.case, true);
            return Ok(Some(sg.park.g.clone()));
        }
        if st.buf.len() < self.cap {
            st.buf.push_back(v);
            return Ok(None);
        }
        Err(PollSendFail::Full(v))
    }
}

/// A channel handle (cheap to clone; identity = the shared object).
pub struct Chan<V>(pub(crate) Arc<ChanInner<V>>);

impl<V> Clone for Chan<V> {
    fn clone(&self) -> Self {
        Chan(self.0.clone())
    }
}

impl<V> PartialEq for Chan<V> {
    fn eq(&self, o: &Self) -> bool {
        Arc::ptr_eq(&self.0, &o.0)
    }
}

impl<V> Eq for Chan<V> {}

impl<V> fmt::Debug for Chan<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "chan@{:#x}", self.addr())
    }
}

/// Outcome of a blocking or non-blocking receive.
pub enum Recv<V> {
    /// Received a value (ok = true).
    Value(V),
    /// Closed and empty: the zero value with ok = false.
    Closed,
    /// Non-blocking receive found nothing.
    WouldBlock,
    /// The goroutine is now Parking: return `Outcome::Park`, and on resume
    /// call `ChanWait::finish`.
    Blocked(ChanWait<V>),
}

/// Outcome of a send.
pub enum Send<V> {
    Sent,
    /// The channel is closed: panic `send on closed channel`.
    Closed(V),
    /// Non-blocking send could not proceed.
    WouldBlock(V),
    /// Parked; see `Recv::Blocked`.
    Blocked(ChanWait<V>),
}

/// Errors of `close`, with Go's panic messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseError {
    NilChannel,
    ClosedChannel,
}

impl CloseError {
    pub fn message(self) -> &'static str {
        match self {
            CloseError::NilChannel => "close of nil channel",
            CloseError::ClosedChannel => "close of closed channel",
        }
    }
}

/// The panic message of a send on a closed channel.
pub const SEND_ON_CLOSED: &str = "send on closed channel";

/// What a woken goroutine gets back from its channel op or select.
#[derive(Debug, PartialEq, Eq)]
pub struct Completion<V> {
    /// The case that fired (0 for a plain op).
    pub case: usize,
    /// Receive: the value, or `None` for the zero value (closed).
    /// Send that failed (closed): the unsent value. Otherwise `None`.
    pub value: Option<V>,
    /// Receive: true for a real value, false if woken by close.
    /// Send: true if delivered, false if closed (panic).
    pub ok: bool,
}

/// Park token of a plain channel op; kept by the VM in the goroutine state
/// while it is blocked.
pub struct ChanWait<V> {
    sg: Arc<Sudog<V>>,
}

impl<V> ChanWait<V> {
    /// Called once the goroutine runs again (it was woken by exactly one
    /// waker, which already dequeued this waiter).
    pub fn finish(self) -> Completion<V> {
        debug_assert!(self.sg.park.is_done(), "resumed before a waker claimed it");
        let (_, ok) = self.sg.park.outcome();
        let value = self.sg.elem.lock().take();
        Completion { case: 0, value, ok }
    }

    /// Whether a waker has claimed this wait (for assertions and tests).
    pub fn is_woken(&self) -> bool {
        self.sg.park.is_done()
    }
}

impl<V> Chan<V> {
    /// `make(chan T, cap)`.
    pub fn new(cap: usize) -> Chan<V> {
        Self::build(cap, false)
    }

    /// A Go 1.23 timer channel: len = cap = 0, one hidden slot.
    pub fn new_timer_chan() -> Chan<V> {
        Self::build(1, true)
    }

    fn build(cap: usize, timer: bool) -> Chan<V> {
        Chan(Arc::new(ChanInner {
            cap,
            timer,
            st: Mutex::new(ChanState {
                buf: VecDeque::with_capacity(cap.min(64)),
                closed: false,
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
        }))
    }

    /// The object's address: select locks channels in this order.
    pub fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as *const u8 as usize
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, ChanState<V>> {
        self.0.st.lock()
    }

    pub fn cap(&self) -> usize {
        if self.0.timer {
            0
        } else {
            self.0.cap
        }
    }

    pub fn len(&self) -> usize {
        if self.0.timer {
            0
        } else {
            self.lock().buf.len()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn is_timer(&self) -> bool {
        self.0.timer
    }

    /// `ch <- v` by goroutine `g` (currently running). Blocks (parks `g`)
    /// if no receiver or buffer space is available.
    pub fn send(&self, v: V, g: &GRef, r: &mut dyn Readier) -> Send<V> {
        self.send_impl(v, Some(g), r)
    }

    /// Non-blocking send (`select` with one send case and `default`).
    pub fn try_send(&self, v: V, r: &mut dyn Readier) -> Send<V> {
        self.send_impl(v, None, r)
    }

    fn send_impl(&self, v: V, g: Option<&GRef>, r: &mut dyn Readier) -> Send<V> {
        let mut st = self.lock();
        match self.0.poll_send(&mut st, v) {
            Ok(wake) => {
                drop(st);
                if let Some(w) = wake {
                    goready(r, w);
                }
                Send::Sent
            }
            Err(PollSendFail::Closed(v)) => Send::Closed(v),
            Err(PollSendFail::Full(v)) => match g {
                None => Send::WouldBlock(v),
                Some(g) => {
                    let sg = Sudog::new(Arc::new(Parking::new(g.clone())), 0, Some(v));
                    st.sendq.push_back(sg.clone());
                    g.begin_park(WaitReason::ChanSend);
                    drop(st);
                    Send::Blocked(ChanWait { sg })
                }
            },
        }
    }

    /// `<-ch` by goroutine `g`. Blocks (parks `g`) if nothing is available.
    pub fn recv(&self, g: &GRef, r: &mut dyn Readier) -> Recv<V> {
        self.recv_impl(Some(g), r)
    }

    /// Non-blocking receive.
    pub fn try_recv(&self, r: &mut dyn Readier) -> Recv<V> {
        self.recv_impl(None, r)
    }

    fn recv_impl(&self, g: Option<&GRef>, r: &mut dyn Readier) -> Recv<V> {
        let mut st = self.lock();
        match self.0.poll_recv(&mut st) {
            PollRecv::Value(v, wake) => {
                drop(st);
                if let Some(w) = wake {
                    goready(r, w);
                }
                Recv::Value(v)
            }
            PollRecv::Closed => Recv::Closed,
            PollRecv::Empty => match g {
                None => Recv::WouldBlock,
                Some(g) => {
                    let sg = Sudog::new(Arc::new(Parking::new(g.clone())), 0, None);
                    st.recvq.push_back(sg.clone());
                    g.begin_park(WaitReason::ChanReceive);
                    drop(st);
                    Recv::Blocked(ChanWait { sg })
                }
            },
        }
    }

    /// `close(ch)`: wakes every waiter.
    pub fn close(&self, r: &mut dyn Readier) -> Result<(), CloseError> {
        let mut st = self.lock();
        if st.closed {
            return Err(CloseError::ClosedChannel);
        }
        st.closed = true;
        let mut wake = Vec::new();
        while let Some(sg) = dequeue(&mut st.recvq) {
            *sg.elem.lock() = None;
            sg.park.complete(sg.case, false);
            wake.push(sg.park.g.clone());
        }
        while let Some(sg) = dequeue(&mut st.sendq) {
            sg.park.complete(sg.case, false);
            wake.push(sg.park.g.clone());
        }
        drop(st);
        for g in wake {
            goready(r, g);
        }
        Ok(())
    }

    /// `close(ch)` where `ch` may be nil.
    pub fn close_opt(ch: Option<&Chan<V>>, r: &mut dyn Readier) -> Result<(), CloseError> {
        match ch {
            None => Err(CloseError::NilChannel),
            Some(c) => c.close(r),
        }
    }

    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }

    /// Timer send: never blocks; drops the value if the hidden slot is
    /// full (ticker semantics). `still_valid` runs under the channel lock, so
    /// a concurrent stop/reset (which drains after invalidating) cannot
    /// leave a stale value. Returns whether the value was delivered.
    pub(crate) fn timer_send(
        &self,
        v: V,
        still_valid: &dyn Fn() -> bool,
        r: &mut dyn Readier,
    ) -> bool {
        let mut st = self.lock();
        if !still_valid() {
            return false;
        }
        match self.0.poll_send(&mut st, v) {
            Ok(wake) => {
                drop(st);
                if let Some(w) = wake {
                    goready(r, w);
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Empties the hidden timer slot; true if a value was discarded.
    pub(crate) fn drain(&self) -> bool {
        let mut st = self.lock();
        let had = !st.buf.is_empty();
        st.buf.clear();
        had
    }

    /// Whether some goroutine is blocked receiving on this channel (a
    /// channel timer counts as pending for deadlock detection only then).
    pub(crate) fn has_live_receivers(&self) -> bool {
        self.lock().recvq.iter().any(|sg| !sg.park.is_done())
    }
}

/// Parks `g` forever (nil channel ops, `select {}`): it sets the wait reason
/// and Parking status; the VM returns `Outcome::Park` and is never resumed.
pub fn block_forever(g: &GRef, reason: WaitReason) {
    g.begin_park(reason);
}

#[cfg(all(test, not(loom)))]
mod tests;
