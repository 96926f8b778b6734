//! Goroutine descriptors, their status word and wait reasons.
//!
//! Owns: `G`, the scheduler-visible half of a goroutine (id, status, wait
//! reason, VM-filled location, and — outside loom — the VM's task object),
//! and the park/wake protocol on its status word.
//!
//! Invariants (the no-lost-wake-up protocol):
//! - Only the goroutine itself (code running inside its `Task::run`) moves
//!   Running → Parking, with `begin_park`, *before* it publishes itself in
//!   any wait queue (channel queue, timer heap, semaphore list), and while
//!   still holding that queue's lock.
//! - A waker first claims the waiter under the queue's lock (dequeue, or the
//!   select-done CAS), drops every lock, then calls `goready`, which makes
//!   exactly one CAS to Runnable: Waiting → Runnable (the waker enqueues it)
//!   or Parking → Runnable (the goroutine is still on its worker: that
//!   worker requeues it when `run` returns `Outcome::Park`).
//! - After `run` returns `Outcome::Park` the worker CASes Parking → Waiting;
//!   if that fails the goroutine was woken meanwhile and the worker requeues
//!   it. So a wake is never lost and a goroutine is never queued twice or
//!   run by two workers at once.
//! - Exactly one waker claims each park episode (queues are dequeued under
//!   their lock; select waiters share one done flag).

use super::sync::{AtomicU32, AtomicU64, AtomicU8, Ordering};
use std::fmt;

/// Goroutine status values (the registry and `:goroutines` show them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Status {
    /// In a run queue (or about to be).
    Runnable = 1,
    /// Its task is executing on a worker.
    Running = 2,
    /// Enqueued on a wait queue, still finishing its `run` call.
    Parking = 3,
    /// Off every worker, waiting for a waker.
    Waiting = 4,
    /// Finished; no longer in the registry.
    Dead = 5,
}

impl Status {
    fn from_u32(v: u32) -> Status {
        match v {
            1 => Status::Runnable,
            2 => Status::Running,
            3 => Status::Parking,
            4 => Status::Waiting,
            _ => Status::Dead,
        }
    }
}

/// Why a goroutine waits, spelled as Go's tracebacks spell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WaitReason {
    None = 0,
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    WaitGroupWait,
    MutexLock,
    RWMutexRLock,
    RWMutexLock,
    CondWait,
    SyncOnce,
    Semacquire,
    IoWait,
    Syscall,
    Sleeping,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::CondWait => "sync.Cond.Wait",
            WaitReason::SyncOnce => "sync.Once.Do",
            WaitReason::Semacquire => "semacquire",
            WaitReason::IoWait => "IO wait",
            WaitReason::Syscall => "syscall",
            WaitReason::Sleeping => "sleeping",
        }
    }

    fn from_u8(v: u8) -> WaitReason {
        use WaitReason::*;
        const ALL: [WaitReason; 18] = [
            None,
            ChanReceive,
            ChanSend,
            ChanReceiveNilChan,
            ChanSendNilChan,
            Select,
            SelectNoCases,
            Sleep,
            WaitGroupWait,
            MutexLock,
            RWMutexRLock,
            RWMutexLock,
            CondWait,
            SyncOnce,
            Semacquire,
            IoWait,
            Syscall,
            Sleeping,
        ];
        ALL.get(v as usize).copied().unwrap_or(None)
    }
}

impl fmt::Display for WaitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The scheduler-visible goroutine. Shared as `GRef` by the registry, run
/// queues and wait queues.
pub struct G {
    id: u64,
    status: AtomicU32,
    reason: AtomicU8,
    /// Opaque to the runtime: the VM stores where the goroutine waits
    /// (e.g. function id and pc) for deadlock reports and `:goroutines`.
    location: AtomicU64,
    /// The VM's goroutine (registers, frames, pending continuation). Locked
    /// only by the worker running it, or by an inspector while it is parked.
    #[cfg(not(loom))]
    pub(crate) task: parking_lot::Mutex<Option<Box<dyn super::sched::Task>>>,
}

pub type GRef = std::sync::Arc<G>;

/// What `G::wake` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Woken {
    /// It was Waiting: the caller must put it in a run queue.
    Enqueue,
    /// It was still Parking: its worker will requeue it.
    OwnerRequeues,
    /// It was not parked (a protocol bug); nothing done.
    NotParked,
}

impl G {
    #[cfg(not(loom))]
    pub(crate) fn new(id: u64, task: Box<dyn super::sched::Task>) -> G {
        G {
            id,
            status: AtomicU32::new(Status::Runnable as u32),
            reason: AtomicU8::new(0),
            location: AtomicU64::new(0),
            task: parking_lot::Mutex::new(Some(task)),
        }
    }

    /// A task-less descriptor (tests and loom models drive these by hand).
    /// Starts Running, as if a worker were executing it.
    pub fn new_bare(id: u64) -> G {
        G {
            id,
            status: AtomicU32::new(Status::Running as u32),
            reason: AtomicU8::new(0),
            location: AtomicU64::new(0),
            #[cfg(not(loom))]
            task: parking_lot::Mutex::new(None),
        }
    }

    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn status(&self) -> Status {
        Status::from_u32(self.status.load(Ordering::SeqCst))
    }

    pub(crate) fn set_status(&self, s: Status) {
        self.status.store(s as u32, Ordering::SeqCst);
    }

    pub fn wait_reason(&self) -> WaitReason {
        WaitReason::from_u8(self.reason.load(Ordering::Relaxed))
    }

    pub fn location(&self) -> u64 {
        self.location.load(Ordering::Relaxed)
    }

    /// The VM records where this goroutine is (e.g. before a blocking op).
    pub fn set_location(&self, loc: u64) {
        self.location.store(loc, Ordering::Relaxed);
    }

    /// Running → Parking. Called by the goroutine itself before it becomes
    /// visible to any waker (under the wait queue's lock).
    pub fn begin_park(&self, reason: WaitReason) {
        self.reason.store(reason as u8, Ordering::Relaxed);
        self.status.store(Status::Parking as u32, Ordering::SeqCst);
    }

    /// Worker side, after `run` returned `Outcome::Park`: Parking → Waiting.
    /// `false` means a waker already made it Runnable: requeue it.
    pub fn commit_park(&self) -> bool {
        self.status
            .compare_exchange(
                Status::Parking as u32,
                Status::Waiting as u32,
                Ordering::SeqCst,
                Ordering::SeqCst,
            )
            .is_ok()
    }

    /// Waker side: the single CAS to Runnable.
    pub fn wake(&self) -> Woken {
        let mut s = self.status.load(Ordering::SeqCst);
        loop {
            let from = if s == Status::Waiting as u32 {
                Woken::Enqueue
            } else if s == Status::Parking as u32 {
                Woken::OwnerRequeues
            } else {
                return Woken::NotParked;
            };
            match self.status.compare_exchange(
                s,
                Status::Runnable as u32,
                Ordering::SeqCst,
                Ordering::SeqCst,
            ) {
                Ok(_) => {
                    self.reason.store(0, Ordering::Relaxed);
                    return from;
                }
                Err(now) => s = now,
            }
        }
    }
}

impl fmt::Debug for G {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "G{}[{:?} {}]",
            self.id,
            self.status(),
            self.wait_reason()
        )
    }
}

/// Something that can put a woken goroutine into a run queue: a worker
/// (the readier's `runnext`, as Go's `ready`), the runtime handle from
/// outside (the global queue), or a test double.
pub trait Readier {
    /// Queue `g`, which the caller has just made Runnable with `G::wake`.
    fn enqueue(&mut self, g: GRef);
}

/// Wakes `g` (one CAS) and queues it if it was fully parked. Call only
/// after dropping the wait queue's lock.
pub fn goready(r: &mut dyn Readier, g: GRef) {
    if g.wake() == Woken::Enqueue {
        r.enqueue(g);
    }
}

/// A `Readier` that just collects woken goroutines (tests, loom models).
#[derive(Default)]
pub struct Collect(pub Vec<GRef>);

impl Readier for Collect {
    fn enqueue(&mut self, g: GRef) {
        self.0.push(g);
    }
}
