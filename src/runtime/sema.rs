//! The semaphore table and Cond's notify lists: where goroutines blocked on
//! `sync` primitives wait (Go's semacquire/semrelease and notifyList idea).
//!
//! Owns: `SemaTable`, a sharded map from an opaque `u64` key — the VM
//! derives it from the heap object and the offset of the `sema` /
//! `notifyList` field, so it plays the role of Go's semaphore address — to
//! (a) a counting semaphore: a count and a FIFO queue of parked
//! goroutines, and (b) a ticket list of goroutines parked in
//! `notifyListWait`. The `sema uint32` fields of the Go structs are never
//! read or written: only their address matters. The algorithms of Mutex,
//! RWMutex, WaitGroup and Cond on top of this live in `gosync.rs`.
//!
//! Invariants (per key, under its shard lock):
//! - `count > 0` implies the queue is empty: `acquire` takes a unit if
//!   there is one and parks only when there is none; `release` hands its
//!   unit straight to the first waiter (marking it granted) and only adds
//!   to `count` when nobody waits. So a release that races ahead of the
//!   acquire it is meant for is never lost: the acquire finds the unit.
//! - Park/wake follows g.rs: the acquirer calls `begin_park` and enqueues
//!   itself under the shard lock; the releaser dequeues (the claim), marks
//!   the waiter granted, drops the lock, then calls `goready`. Each waiter
//!   is dequeued by exactly one releaser, so it is woken exactly once.
//! - Notify lists: a ticket `t` is notified once `t < notify` (wrap-around
//!   order). `notify` is advanced only under the shard lock, and a waiter
//!   checks it and enqueues under the same lock, so Signal/Broadcast
//!   cannot slip between the check and the park.
//! - Empty entries (count 0, no waiters) are removed, so the table holds
//!   only keys with waiters or banked units.
//! - Lock order: a shard lock is a leaf (nothing else is taken under it).

use super::g::{goready, GRef, Readier, WaitReason};
use super::sync::{Arc, AtomicBool, AtomicU32, AtomicU64, Mutex, Ordering};
use std::collections::{HashMap, VecDeque};

/// Number of shards (Go's semtable uses 251). One under loom, to keep the
/// model small.
#[cfg(not(loom))]
const SHARDS: usize = 251;
#[cfg(loom)]
const SHARDS: usize = 1;

/// A 32-bit word of a Go struct in the VM's heap (Mutex.state,
/// RWMutex.readerCount, notifyList.wait, ...), accessed atomically
/// (sequentially consistent). Signed Go fields are used through their bit
/// pattern; arithmetic wraps.
pub trait Word32: Sync {
    fn load(&self) -> u32;
    fn store(&self, v: u32);
    /// Compare-and-swap; true if the word was `old` and is now `new`.
    fn cas(&self, old: u32, new: u32) -> bool;
    /// Wrapping add; returns the *new* value (Go's atomic.AddInt32).
    fn add(&self, delta: u32) -> u32;
}

/// A 64-bit word (WaitGroup.state).
pub trait Word64: Sync {
    fn load(&self) -> u64;
    fn store(&self, v: u64);
    fn cas(&self, old: u64, new: u64) -> bool;
    /// Wrapping add; returns the new value.
    fn add(&self, delta: u64) -> u64;
}

impl Word32 for AtomicU32 {
    fn load(&self) -> u32 {
        AtomicU32::load(self, Ordering::SeqCst)
    }
    fn store(&self, v: u32) {
        AtomicU32::store(self, v, Ordering::SeqCst)
    }
    fn cas(&self, old: u32, new: u32) -> bool {
        self.compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }
    fn add(&self, delta: u32) -> u32 {
        self.fetch_add(delta, Ordering::SeqCst).wrapping_add(delta)
    }
}

impl Word64 for AtomicU64 {
    fn load(&self) -> u64 {
        AtomicU64::load(self, Ordering::SeqCst)
    }
    fn store(&self, v: u64) {
        AtomicU64::store(self, v, Ordering::SeqCst)
    }
    fn cas(&self, old: u64, new: u64) -> bool {
        self.compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }
    fn add(&self, delta: u64) -> u64 {
        self.fetch_add(delta, Ordering::SeqCst).wrapping_add(delta)
    }
}

/// One parked goroutine (Go's sudog for semaphores and notify lists).
struct Waiter {
    g: GRef,
    /// Notify-list ticket (unused for semaphores).
    ticket: u32,
    /// Set by the one releaser/notifier that dequeued it, before goready.
    granted: AtomicBool,
}

#[derive(Default)]
struct Root {
    count: u32,
    q: VecDeque<Arc<Waiter>>,
}

#[derive(Default)]
struct Shard {
    semas: HashMap<u64, Root>,
    lists: HashMap<u64, VecDeque<Arc<Waiter>>>,
}

/// Park token of a semaphore acquire or notify-list wait. The VM keeps it
/// in the goroutine's pending continuation (inside the `gosync` tokens).
pub struct SemaWait {
    w: Arc<Waiter>,
}

impl SemaWait {
    /// Whether a releaser has granted this wait (the goroutine may resume).
    pub fn is_woken(&self) -> bool {
        self.w.granted.load(Ordering::SeqCst)
    }

    /// Called when the goroutine runs again: it now holds the unit (or was
    /// notified).
    pub fn finish(self) {
        debug_assert!(self.is_woken(), "resumed before a release granted it");
    }
}

/// Outcome of `acquire` / `notify_list_wait`.
pub enum Acquire {
    /// Got it without parking.
    Acquired,
    /// The goroutine is now Parking: return `Outcome::Park`; on resume call
    /// `SemaWait::finish`.
    Blocked(SemaWait),
}

/// Semaphores and notify lists keyed by the address of a Go struct field.
pub struct SemaTable {
    shards: Box<[Mutex<Shard>]>,
}

impl Default for SemaTable {
    fn default() -> Self {
        Self::new()
    }
}

/// `a < b` in wrap-around ticket order.
pub(crate) fn ticket_less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

impl SemaTable {
    pub fn new() -> SemaTable {
        SemaTable {
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
        }
    }

    /// A process-wide table (Go has one). Prefer one table per `Runtime`
    /// (owned by the VM next to it): goroutines still parked when a run
    /// ends stay in their table, and a later program reusing the address
    /// of a key must not find them. Keys need only be unique among live
    /// objects of one program.
    #[cfg(not(loom))]
    pub fn global() -> &'static SemaTable {
        static T: std::sync::OnceLock<SemaTable> = std::sync::OnceLock::new();
        T.get_or_init(SemaTable::new)
    }

    fn shard(&self, key: u64) -> &Mutex<Shard> {
        // Keys are addresses: drop alignment bits, then spread.
        let h = (key >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
        &self.shards[(h as usize) % self.shards.len()]
    }

    /// Go's semacquire: takes a unit of semaphore `key` if there is one,
    /// else parks `g` (which must be the running goroutine) with `reason`
    /// at the tail of the queue, or at the head if `lifo` (a woken mutex
    /// waiter that lost the race re-queues first, as in Go).
    pub fn acquire(&self, key: u64, g: &GRef, reason: WaitReason, lifo: bool) -> Acquire {
        let mut sh = self.shard(key).lock();
        let root = sh.semas.entry(key).or_default();
        if root.count > 0 {
            root.count -= 1;
            if root.count == 0 && root.q.is_empty() {
                sh.semas.remove(&key);
            }
            return Acquire::Acquired;
        }
        let w = Arc::new(Waiter {
            g: g.clone(),
            ticket: 0,
            granted: AtomicBool::new(false),
        });
        g.begin_park(reason);
        if lifo {
            root.q.push_front(w.clone());
        } else {
            root.q.push_back(w.clone());
        }
        drop(sh);
        Acquire::Blocked(SemaWait { w })
    }

    /// Takes a unit without parking; false if none is available.
    pub fn try_acquire(&self, key: u64) -> bool {
        let mut sh = self.shard(key).lock();
        match sh.semas.get_mut(&key) {
            Some(root) if root.count > 0 => {
                root.count -= 1;
                if root.count == 0 && root.q.is_empty() {
                    sh.semas.remove(&key);
                }
                true
            }
            _ => false,
        }
    }

    /// Go's semrelease: hands one unit to the first waiter of `key` (which
    /// goes to `r`, i.e. the releasing worker's runnext) or banks it.
    /// Returns whether a goroutine was woken.
    pub fn release(&self, key: u64, r: &mut dyn Readier) -> bool {
        let mut sh = self.shard(key).lock();
        let root = sh.semas.entry(key).or_default();
        let woke = match root.q.pop_front() {
            Some(w) => {
                w.granted.store(true, Ordering::SeqCst);
                Some(w)
            }
            None => {
                root.count += 1;
                None
            }
        };
        if root.count == 0 && root.q.is_empty() {
            sh.semas.remove(&key);
        }
        drop(sh);
        match woke {
            Some(w) => {
                goready(r, w.g.clone());
                true
            }
            None => false,
        }
    }

    /// Goroutines parked on semaphore `key` (tests, `:goroutines`).
    pub fn waiters(&self, key: u64) -> usize {
        self.shard(key)
            .lock()
            .semas
            .get(&key)
            .map_or(0, |r| r.q.len())
    }

    /// Banked units of semaphore `key`.
    pub fn count(&self, key: u64) -> u32 {
        self.shard(key)
            .lock()
            .semas
            .get(&key)
            .map_or(0, |r| r.count)
    }

    /// `notifyListAdd`: takes the next ticket (`wait++`, returns the old
    /// value). Lock-free; the caller then unlocks `c.L`.
    pub fn notify_list_add(wait: &dyn Word32) -> u32 {
        wait.add(1).wrapping_sub(1)
    }

    /// `notifyListWait(l, t)`: returns at once if ticket `t` was already
    /// notified (`t < notify`), else parks `g` on list `key` with reason
    /// `sync.Cond.Wait`.
    pub fn notify_list_wait(&self, key: u64, notify: &dyn Word32, t: u32, g: &GRef) -> Acquire {
        let mut sh = self.shard(key).lock();
        if ticket_less(t, notify.load()) {
            return Acquire::Acquired;
        }
        let w = Arc::new(Waiter {
            g: g.clone(),
            ticket: t,
            granted: AtomicBool::new(false),
        });
        g.begin_park(WaitReason::CondWait);
        sh.lists.entry(key).or_default().push_back(w.clone());
        drop(sh);
        Acquire::Blocked(SemaWait { w })
    }

    /// `Cond.Signal`: notifies the oldest outstanding ticket and wakes its
    /// goroutine if it is already parked (else its `notify_list_wait` will
    /// return at once). Returns whether a goroutine was woken.
    pub fn notify_one(
        &self,
        key: u64,
        wait: &dyn Word32,
        notify: &dyn Word32,
        r: &mut dyn Readier,
    ) -> bool {
        // Fast path: no ticket outstanding since the last notification.
        if wait.load() == notify.load() {
            return false;
        }
        let mut sh = self.shard(key).lock();
        let t = notify.load();
        if t == wait.load() {
            return false;
        }
        notify.store(t.wrapping_add(1));
        let mut woke = None;
        if let Some(q) = sh.lists.get_mut(&key) {
            if let Some(i) = q.iter().position(|w| w.ticket == t) {
                let w = q.remove(i).expect("position is in range");
                w.granted.store(true, Ordering::SeqCst);
                woke = Some(w);
            }
            if q.is_empty() {
                sh.lists.remove(&key);
            }
        }
        drop(sh);
        match woke {
            Some(w) => {
                goready(r, w.g.clone());
                true
            }
            None => false,
        }
    }

    /// `Cond.Broadcast`: notifies every outstanding ticket and wakes every
    /// parked goroutine, in ticket order. Returns how many were woken.
    pub fn notify_all(
        &self,
        key: u64,
        wait: &dyn Word32,
        notify: &dyn Word32,
        r: &mut dyn Readier,
    ) -> usize {
        if wait.load() == notify.load() {
            return 0;
        }
        let mut sh = self.shard(key).lock();
        notify.store(wait.load());
        let mut q = sh.lists.remove(&key).unwrap_or_default();
        drop(sh);
        // Tickets are taken in order but goroutines may park out of order.
        let base = q_base(&q);
        q.make_contiguous()
            .sort_by_key(|w| w.ticket.wrapping_sub(base));
        let n = q.len();
        for w in q {
            w.granted.store(true, Ordering::SeqCst);
            goready(r, w.g.clone());
        }
        n
    }

    /// Goroutines parked on notify list `key`.
    pub fn list_waiters(&self, key: u64) -> usize {
        self.shard(key)
            .lock()
            .lists
            .get(&key)
            .map_or(0, |q| q.len())
    }
}

/// The smallest ticket of a non-empty list in wrap-around order (tickets
/// of live waiters span far less than 2^31).
fn q_base(q: &VecDeque<Arc<Waiter>>) -> u32 {
    q.iter()
        .map(|w| w.ticket)
        .reduce(|a, b| if ticket_less(b, a) { b } else { a })
        .unwrap_or(0)
}

#[cfg(all(test, not(loom)))]
mod tests;
