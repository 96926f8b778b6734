//! The algorithms behind golite's `sync` natives: Mutex, RWMutex,
//! WaitGroup and Cond, over the VM's struct words (`Word32`/`Word64`) and
//! the semaphore table (sema.rs). The VM's natives are thin: they build a
//! `MutexRef`/`RwRef`/`WgRef`/`CondRef` from the receiver object (atomic
//! views of its fields plus the keys of its `sema` fields) and call these.
//!
//! Owns: the meaning of the native state words declared in
//! stdlib/sync/mutex.go, and the resumable park tokens (`MutexWait`,
//! `RwLockWait`, `WgWait`, `CondWait`) the VM keeps in a blocked
//! goroutine's pending continuation. Blocking follows the channel
//! convention: `Blocked(token)` means the goroutine is already Parking —
//! the VM stores the token, leaves its pc after the call, sets the
//! location and returns `Outcome::Park`; when it runs again it calls
//! `token.resume(...)`, which either completes or parks again.
//!
//! # Mutex (`state int32`, `sema uint32`)
//! `state` bits: 1 = locked, 2 = woken (an unlocker has woken a waiter
//! that is now competing; others need not be woken), 4 = starving, and
//! the number of parked (or parking) waiters from bit 3 up.
//! - Normal mode: waiters queue FIFO on `sema`; Unlock clears `locked`,
//!   and if there are waiters and none already woken it wakes the first.
//!   The woken waiter does not own the mutex: it competes with running
//!   goroutines (which usually win; that is what makes an uncontended
//!   hand-over cost no context switch). A waiter that loses re-queues at
//!   the head of the queue.
//! - Starvation mode: a waiter that has waited more than 1 ms when it is
//!   woken sets `starving`. Then Unlock hands ownership directly to the
//!   first waiter (the `locked` bit is set by the new owner on wake-up;
//!   new arrivals see `starving` and queue instead of barging), and
//!   returns `Unlocked::HandedOff` so the VM can yield its slice to it
//!   (the waiter is in this worker's runnext). The new owner switches back
//!   to normal mode when it is the last waiter or waited less than 1 ms.
//! - Guarantees: mutual exclusion; no waiter waits unboundedly (after
//!   1 ms the mutex becomes FIFO); Unlock of an unlocked mutex is the
//!   unrecoverable `fatal error: sync: unlock of unlocked mutex`.
//!
//! # RWMutex (`w`, `writerSem`, `readerSem`, `readerCount`, `readerWait`)
//! Writers serialise on `w`; `readerCount` counts readers and is lowered
//! by `RW_MAX_READERS` while a writer is pending or active, so new readers
//! see a negative count and park on `readerSem` (a pending writer is not
//! starved by a stream of readers); `readerWait` counts the readers that
//! were active when the writer arrived; the last of them releases
//! `writerSem`. Unlock restores `readerCount` and releases `readerSem`
//! once per parked reader, then unlocks `w`.
//!
//! # WaitGroup (`state` = counter << 32 | waiters, `sema`)
//! Add changes the counter; when it reaches 0 with waiters, it zeroes the
//! state and releases `sema` once per waiter. Wait returns at once on a
//! zero counter, else counts itself as a waiter and parks. Reuse after
//! every Wait returned is fine.
//!
//! # Cond (`notify notifyList { wait, notify }`)
//! Wait is Go code: `t := notifyListAdd; L.Unlock(); notifyListWait(t);
//! L.Lock()`; Signal/Broadcast notify tickets in order (sema.rs).
//!
//! Invariant: every word is read and changed only with the word's atomic
//! operations; everything that must not race with parking happens in the
//! semaphore table under its shard lock (see sema.rs).

use super::g::{GRef, Readier, WaitReason};
use super::sema::{Acquire, SemaTable, SemaWait, Word32, Word64};
use std::fmt;
use std::time::{Duration, Instant};

pub(crate) const LOCKED: u32 = 1;
pub(crate) const WOKEN: u32 = 2;
pub(crate) const STARVING: u32 = 4;
const WAITER_SHIFT: u32 = 3;
const WAITER: u32 = 1 << WAITER_SHIFT;

/// How long a waiter may wait before the mutex turns FIFO (Go: 1 ms).
pub const STARVATION_THRESHOLD: Duration = Duration::from_millis(1);

/// Go's rwmutexMaxReaders.
pub const RW_MAX_READERS: u32 = 1 << 30;

/// A `sync` misuse: `Fatal` is Go's unrecoverable `fatal error: <msg>`
/// (exit 2); `Panic` is an ordinary, recoverable Go panic whose value is
/// the string `<msg>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncError {
    Fatal(&'static str),
    Panic(&'static str),
}

impl SyncError {
    pub fn message(self) -> &'static str {
        match self {
            SyncError::Fatal(m) | SyncError::Panic(m) => m,
        }
    }
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::Fatal(m) => write!(f, "fatal error: {m}"),
            SyncError::Panic(m) => write!(f, "panic: {m}"),
        }
    }
}

pub const UNLOCK_OF_UNLOCKED: SyncError = SyncError::Fatal("sync: unlock of unlocked mutex");
pub const INCONSISTENT_MUTEX: SyncError = SyncError::Fatal("sync: inconsistent mutex state");
pub const RUNLOCK_OF_UNLOCKED: SyncError = SyncError::Fatal("sync: RUnlock of unlocked RWMutex");
pub const RW_UNLOCK_OF_UNLOCKED: SyncError = SyncError::Fatal("sync: Unlock of unlocked RWMutex");
pub const NEGATIVE_WG: SyncError = SyncError::Panic("sync: negative WaitGroup counter");
pub const WG_MISUSE: SyncError =
    SyncError::Panic("sync: WaitGroup misuse: Add called concurrently with Wait");
pub const WG_REUSED: SyncError =
    SyncError::Panic("sync: WaitGroup is reused before previous Wait has returned");

/// Result of a blocking acquisition.
pub enum Lock<W> {
    /// Done: continue after the call.
    Acquired,
    /// Parking: store the token, return `Outcome::Park`, and call
    /// `resume` when run again.
    Blocked(W),
}

impl<W> Lock<W> {
    pub fn is_acquired(&self) -> bool {
        matches!(self, Lock::Acquired)
    }
}

/// What Unlock did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unlocked {
    /// Nobody woken, or a waiter woken to compete (normal mode).
    Done,
    /// Starvation mode: ownership went to a waiter now in this worker's
    /// runnext; the VM may yield (`Outcome::Yield`) after the call so it
    /// runs at once, as Go's handoff does.
    HandedOff,
}

/// A Mutex in the VM's heap: its `state` word and the key of its `sema`.
#[derive(Clone, Copy)]
pub struct MutexRef<'a> {
    pub state: &'a dyn Word32,
    pub sema: u64,
}

/// Park token of Mutex.Lock.
pub struct MutexWait {
    sema: SemaWait,
    since: Instant,
    starving: bool,
    reason: WaitReason,
}

/// `m.Lock()` by `g`. `reason` is `WaitReason::MutexLock` (also for the
/// writer mutex inside RWMutex.Lock, as in Go).
pub fn mutex_lock(
    t: &SemaTable,
    m: MutexRef<'_>,
    g: &GRef,
    reason: WaitReason,
) -> Result<Lock<MutexWait>, SyncError> {
    if m.state.cas(0, LOCKED) {
        return Ok(Lock::Acquired);
    }
    lock_slow(t, m, g, reason, None, false, false)
}

impl MutexWait {
    /// Continue `Lock` after a wake-up.
    pub fn resume(
        self,
        t: &SemaTable,
        m: MutexRef<'_>,
        g: &GRef,
    ) -> Result<Lock<MutexWait>, SyncError> {
        self.sema.finish();
        woken(t, m, g, self.reason, self.since, self.starving)
    }

    pub fn is_woken(&self) -> bool {
        self.sema.is_woken()
    }
}

/// The waiter holds a semaphore unit: either take the handed-off mutex
/// (starvation mode) or compete again as the woken waiter.
fn woken(
    t: &SemaTable,
    m: MutexRef<'_>,
    g: &GRef,
    reason: WaitReason,
    since: Instant,
    starving: bool,
) -> Result<Lock<MutexWait>, SyncError> {
    let starving = starving || since.elapsed() > STARVATION_THRESHOLD;
    let old = m.state.load();
    if old & STARVING != 0 {
        // Ownership was handed to us: nobody may hold it or be "woken".
        if old & (LOCKED | WOKEN) != 0 || old >> WAITER_SHIFT == 0 {
            return Err(INCONSISTENT_MUTEX);
        }
        let mut delta = LOCKED.wrapping_sub(WAITER);
        if !starving || old >> WAITER_SHIFT == 1 {
            delta = delta.wrapping_sub(STARVING);
        }
        m.state.add(delta);
        return Ok(Lock::Acquired);
    }
    lock_slow(t, m, g, reason, Some(since), starving, true)
}

fn lock_slow(
    t: &SemaTable,
    m: MutexRef<'_>,
    g: &GRef,
    reason: WaitReason,
    since: Option<Instant>,
    starving: bool,
    awoke: bool,
) -> Result<Lock<MutexWait>, SyncError> {
    let mut old = m.state.load();
    loop {
        let mut new = old;
        // Barge unless starving (then the mutex belongs to the queue).
        if old & STARVING == 0 {
            new |= LOCKED;
        }
        if old & (LOCKED | STARVING) != 0 {
            new = new.wrapping_add(WAITER);
        }
        if starving && old & LOCKED != 0 {
            new |= STARVING;
        }
        if awoke {
            if new & WOKEN == 0 {
                return Err(INCONSISTENT_MUTEX);
            }
            new &= !WOKEN;
        }
        if !m.state.cas(old, new) {
            old = m.state.load();
            continue;
        }
        if old & (LOCKED | STARVING) == 0 {
            return Ok(Lock::Acquired);
        }
        // Counted as a waiter: park (a woken waiter re-queues at the head).
        let since_now = since.unwrap_or_else(Instant::now);
        return match t.acquire(m.sema, g, reason, since.is_some()) {
            Acquire::Acquired => woken(t, m, g, reason, since_now, starving),
            Acquire::Blocked(sema) => Ok(Lock::Blocked(MutexWait {
                sema,
                since: since_now,
                starving,
                reason,
            })),
        };
    }
}

/// `m.TryLock()`.
pub fn mutex_try_lock(m: MutexRef<'_>) -> bool {
    let old = m.state.load();
    if old & (LOCKED | STARVING) != 0 {
        return false;
    }
    m.state.cas(old, old | LOCKED)
}

/// `m.Unlock()`. Wakes (normal mode) or hands the mutex to (starvation
/// mode) the first waiter, readied through `r`.
pub fn mutex_unlock(
    t: &SemaTable,
    m: MutexRef<'_>,
    r: &mut dyn Readier,
) -> Result<Unlocked, SyncError> {
    let new = m.state.add(LOCKED.wrapping_neg());
    if new.wrapping_add(LOCKED) & LOCKED == 0 {
        // Undo, so a recovered-from state stays sane for the report.
        m.state.add(LOCKED);
        return Err(UNLOCK_OF_UNLOCKED);
    }
    if new == 0 {
        return Ok(Unlocked::Done);
    }
    if new & STARVING != 0 {
        t.release(m.sema, r);
        return Ok(Unlocked::HandedOff);
    }
    let mut old = new;
    loop {
        // No waiters, or someone already took it / was woken / starving.
        if old >> WAITER_SHIFT == 0 || old & (LOCKED | WOKEN | STARVING) != 0 {
            return Ok(Unlocked::Done);
        }
        let n = old.wrapping_sub(WAITER) | WOKEN;
        if m.state.cas(old, n) {
            t.release(m.sema, r);
            return Ok(Unlocked::Done);
        }
        old = m.state.load();
    }
}

/// An RWMutex in the VM's heap.
#[derive(Clone, Copy)]
pub struct RwRef<'a> {
    /// The writer mutex `w` (its state word and sema key).
    pub w: MutexRef<'a>,
    pub writer_sem: u64,
    pub reader_sem: u64,
    pub reader_count: &'a dyn Word32,
    pub reader_wait: &'a dyn Word32,
}

/// Park token of RWMutex.RLock (woken by the writer's Unlock).
pub struct RLockWait(SemaWait);

impl RLockWait {
    /// RLock is complete once woken.
    pub fn resume(self) {
        self.0.finish()
    }
}

/// Park token of RWMutex.Lock: waiting for `w`, or for active readers.
pub enum RwLockWait {
    Writer(MutexWait),
    Readers(SemaWait),
}

/// `rw.RLock()`.
pub fn rw_rlock(t: &SemaTable, rw: RwRef<'_>, g: &GRef) -> Lock<RLockWait> {
    if (rw.reader_count.add(1) as i32) < 0 {
        // A writer is pending or active: wait for its Unlock.
        match t.acquire(rw.reader_sem, g, WaitReason::RWMutexRLock, false) {
            Acquire::Acquired => {}
            Acquire::Blocked(w) => return Lock::Blocked(RLockWait(w)),
        }
    }
    Lock::Acquired
}

/// `rw.TryRLock()`.
pub fn rw_try_rlock(rw: RwRef<'_>) -> bool {
    loop {
        let c = rw.reader_count.load();
        if (c as i32) < 0 {
            return false;
        }
        if rw.reader_count.cas(c, c.wrapping_add(1)) {
            return true;
        }
    }
}

/// `rw.RUnlock()`.
pub fn rw_runlock(t: &SemaTable, rw: RwRef<'_>, r: &mut dyn Readier) -> Result<(), SyncError> {
    let n = rw.reader_count.add(u32::MAX) as i32;
    if n >= 0 {
        return Ok(());
    }
    if n + 1 == 0 || n + 1 == -(RW_MAX_READERS as i32) {
        rw.reader_count.add(1);
        return Err(RUNLOCK_OF_UNLOCKED);
    }
    // A writer is pending: the last departing reader lets it in.
    if rw.reader_wait.add(u32::MAX) == 0 {
        t.release(rw.writer_sem, r);
    }
    Ok(())
}

/// `rw.Lock()`.
pub fn rw_lock(t: &SemaTable, rw: RwRef<'_>, g: &GRef) -> Result<Lock<RwLockWait>, SyncError> {
    match mutex_lock(t, rw.w, g, WaitReason::MutexLock)? {
        Lock::Acquired => Ok(rw_lock_readers(t, rw, g)),
        Lock::Blocked(w) => Ok(Lock::Blocked(RwLockWait::Writer(w))),
    }
}

/// Holding `w`: announce the writer and wait for active readers.
fn rw_lock_readers(t: &SemaTable, rw: RwRef<'_>, g: &GRef) -> Lock<RwLockWait> {
    let active = rw
        .reader_count
        .add(RW_MAX_READERS.wrapping_neg())
        .wrapping_add(RW_MAX_READERS);
    if active != 0 && rw.reader_wait.add(active) != 0 {
        match t.acquire(rw.writer_sem, g, WaitReason::RWMutexLock, false) {
            Acquire::Acquired => {}
            Acquire::Blocked(w) => return Lock::Blocked(RwLockWait::Readers(w)),
        }
    }
    Lock::Acquired
}

impl RwLockWait {
    /// Continue `Lock` after a wake-up.
    pub fn resume(
        self,
        t: &SemaTable,
        rw: RwRef<'_>,
        g: &GRef,
    ) -> Result<Lock<RwLockWait>, SyncError> {
        match self {
            RwLockWait::Writer(w) => match w.resume(t, rw.w, g)? {
                Lock::Acquired => Ok(rw_lock_readers(t, rw, g)),
                Lock::Blocked(w) => Ok(Lock::Blocked(RwLockWait::Writer(w))),
            },
            RwLockWait::Readers(w) => {
                w.finish();
                Ok(Lock::Acquired)
            }
        }
    }
}

/// `rw.TryLock()`.
pub fn rw_try_lock(t: &SemaTable, rw: RwRef<'_>, r: &mut dyn Readier) -> bool {
    if !mutex_try_lock(rw.w) {
        return false;
    }
    if !rw.reader_count.cas(0, RW_MAX_READERS.wrapping_neg()) {
        // Cannot fail: we hold w.
        let _ = mutex_unlock(t, rw.w, r);
        return false;
    }
    true
}

/// `rw.Unlock()`.
pub fn rw_unlock(t: &SemaTable, rw: RwRef<'_>, r: &mut dyn Readier) -> Result<(), SyncError> {
    let n = rw.reader_count.add(RW_MAX_READERS);
    if n >= RW_MAX_READERS {
        rw.reader_count.add(RW_MAX_READERS.wrapping_neg());
        return Err(RW_UNLOCK_OF_UNLOCKED);
    }
    // Readers that arrived while the writer held the lock.
    for _ in 0..n {
        t.release(rw.reader_sem, r);
    }
    mutex_unlock(t, rw.w, r)?;
    Ok(())
}

/// A WaitGroup in the VM's heap: `state.v` and the key of `sema`.
#[derive(Clone, Copy)]
pub struct WgRef<'a> {
    pub state: &'a dyn Word64,
    pub sema: u64,
}

/// Park token of WaitGroup.Wait.
pub struct WgWait(SemaWait);

impl WgWait {
    /// Wait is complete once woken (a panic if the group was reused by an
    /// Add before this Wait returned).
    pub fn resume(self, wg: WgRef<'_>) -> Result<(), SyncError> {
        self.0.finish();
        if wg.state.load() != 0 {
            return Err(WG_REUSED);
        }
        Ok(())
    }
}

/// `wg.Add(delta)`.
pub fn wg_add(
    t: &SemaTable,
    wg: WgRef<'_>,
    delta: i64,
    r: &mut dyn Readier,
) -> Result<(), SyncError> {
    let state = wg.state.add((delta as u64) << 32);
    let v = (state >> 32) as i32;
    let waiters = state as u32;
    if v < 0 {
        // Go leaves the state negative; the panic is what matters.
        return Err(NEGATIVE_WG);
    }
    if waiters != 0 && delta > 0 && i64::from(v) == delta {
        return Err(WG_MISUSE);
    }
    if v > 0 || waiters == 0 {
        return Ok(());
    }
    // Counter hit zero with waiters: nobody may change the state now.
    if wg.state.load() != state {
        return Err(WG_MISUSE);
    }
    wg.state.store(0);
    for _ in 0..waiters {
        t.release(wg.sema, r);
    }
    Ok(())
}

/// `wg.Wait()`.
pub fn wg_wait(t: &SemaTable, wg: WgRef<'_>, g: &GRef) -> Lock<WgWait> {
    loop {
        let s = wg.state.load();
        if s >> 32 == 0 {
            return Lock::Acquired;
        }
        if wg.state.cas(s, s + 1) {
            return match t.acquire(wg.sema, g, WaitReason::WaitGroupWait, false) {
                // Add already released us (it zeroed the state).
                Acquire::Acquired => Lock::Acquired,
                Acquire::Blocked(w) => Lock::Blocked(WgWait(w)),
            };
        }
    }
}

/// A Cond's notifyList in the VM's heap: its words and its key (the
/// address of the notifyList field).
#[derive(Clone, Copy)]
pub struct CondRef<'a> {
    pub wait: &'a dyn Word32,
    pub notify: &'a dyn Word32,
    pub key: u64,
}

/// Park token of notifyListWait.
pub struct CondWait(SemaWait);

impl CondWait {
    pub fn resume(self) {
        self.0.finish()
    }
}

/// The `notifyListAdd` hook: take a ticket.
pub fn cond_add(c: CondRef<'_>) -> u32 {
    SemaTable::notify_list_add(c.wait)
}

/// The `notifyListWait` hook (reason `sync.Cond.Wait`).
pub fn cond_wait(t: &SemaTable, c: CondRef<'_>, ticket: u32, g: &GRef) -> Lock<CondWait> {
    match t.notify_list_wait(c.key, c.notify, ticket, g) {
        Acquire::Acquired => Lock::Acquired,
        Acquire::Blocked(w) => Lock::Blocked(CondWait(w)),
    }
}

/// `c.Signal()`: wakes the waiter with the oldest ticket.
pub fn cond_signal(t: &SemaTable, c: CondRef<'_>, r: &mut dyn Readier) {
    t.notify_one(c.key, c.wait, c.notify, r);
}

/// `c.Broadcast()`: wakes every waiter.
pub fn cond_broadcast(t: &SemaTable, c: CondRef<'_>, r: &mut dyn Readier) {
    t.notify_all(c.key, c.wait, c.notify, r);
}
