//! sync's natives (Mutex, RWMutex, WaitGroup, Cond) over the runtime's
//! algorithms (`runtime::gosync`), which read and write the Go structs'
//! words in the heap through the `Word32`/`Word64` views defined here.
//!
//! Layouts (heap form, one word per field; empty fields take none):
//! Mutex {state int32, sema uint32}; RWMutex {w.state, w.sema, writerSem,
//! readerSem, readerCount int32, readerWait int32}; WaitGroup {state
//! (atomic.Uint64's v), sema}; notifyList {wait, notify}.
//! A semaphore's key is the address of its word (object address + 8 *
//! word index), unique while the struct lives.
//! Invariants: a goroutine that must wait parks through `Pending` and
//! resumes by calling the token's `resume`, which may park it again; an
//! unlock of an unlocked mutex is Go's unrecoverable fatal error.

use super::goroutine::{Pending, Request, Stop};
use super::natives::NativeFn;
use super::{Fault, Vm, R};
use crate::gc::{Heap, ObjRef};
use crate::runtime::g::WaitReason;
use crate::runtime::gosync::{self, CondRef, Lock, MutexRef, RwRef, SyncError, WgRef};
use crate::runtime::sched::Cx;
use crate::runtime::sema::{SemaTable, Word32, Word64};

/// Which sync operation a native asked for.
#[derive(Clone, Copy, Debug)]
pub enum SyncOp {
    Lock,
    Unlock,
    TryLock,
    RLock,
    RUnlock,
    WLock,
    WUnlock,
    TryRLock,
    TryWLock,
    WgAdd,
    WgWait,
    CondAdd,
    CondWait,
    Signal,
    Broadcast,
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    macro_rules! op {
        ($k:expr) => {
            |vm: &mut Vm, b: usize| {
                let args = [vm.regs[b], vm.regs[b + 1]];
                vm.req = Some(Request::Sync($k, args, Some(b)));
                Ok(())
            }
        };
    }
    Some(match name {
        "sync.Mutex.Lock" => op!(SyncOp::Lock),
        "sync.Mutex.Unlock" => op!(SyncOp::Unlock),
        "sync.Mutex.TryLock" => op!(SyncOp::TryLock),
        "sync.RWMutex.RLock" => op!(SyncOp::RLock),
        "sync.RWMutex.RUnlock" => op!(SyncOp::RUnlock),
        "sync.RWMutex.Lock" => op!(SyncOp::WLock),
        "sync.RWMutex.Unlock" => op!(SyncOp::WUnlock),
        "sync.RWMutex.TryRLock" => op!(SyncOp::TryRLock),
        "sync.RWMutex.TryLock" => op!(SyncOp::TryWLock),
        "sync.WaitGroup.Add" => op!(SyncOp::WgAdd),
        "sync.WaitGroup.Wait" => op!(SyncOp::WgWait),
        "sync.notifyListAdd" => op!(SyncOp::CondAdd),
        "sync.notifyListWait" => op!(SyncOp::CondWait),
        "sync.Cond.Signal" => op!(SyncOp::Signal),
        "sync.Cond.Broadcast" => op!(SyncOp::Broadcast),
        _ => return None,
    })
}

/// A 32- or 64-bit Go field stored in one heap word (32-bit ones sign- or
/// zero-extended as their type says).
pub struct HeapWord<'a> {
    heap: &'a Heap,
    o: ObjRef,
    i: usize,
    signed: bool,
}

impl HeapWord<'_> {
    fn ext(&self, v: u32) -> u64 {
        if self.signed {
            v as i32 as i64 as u64
        } else {
            v as u64
        }
    }
}

impl Word32 for HeapWord<'_> {
    fn load(&self) -> u32 {
        self.heap.atomic_load(self.o, self.i) as u32
    }
    fn store(&self, v: u32) {
        self.heap.atomic_store(self.o, self.i, self.ext(v))
    }
    fn cas(&self, old: u32, new: u32) -> bool {
        self.heap
            .atomic_cas(self.o, self.i, self.ext(old), self.ext(new))
    }
    fn add(&self, delta: u32) -> u32 {
        loop {
            let w = self.heap.atomic_load(self.o, self.i);
            let n = (w as u32).wrapping_add(delta);
            if self.heap.atomic_cas(self.o, self.i, w, self.ext(n)) {
                return n;
            }
        }
    }
}

impl Word64 for HeapWord<'_> {
    fn load(&self) -> u64 {
        self.heap.atomic_load(self.o, self.i)
    }
    fn store(&self, v: u64) {
        self.heap.atomic_store(self.o, self.i, v)
    }
    fn cas(&self, old: u64, new: u64) -> bool {
        self.heap.atomic_cas(self.o, self.i, old, new)
    }
    fn add(&self, delta: u64) -> u64 {
        self.heap.atomic_add(self.o, self.i, delta)
    }
}

/// A sync struct in the heap: its object and first word.
struct SyncStruct<'a> {
    heap: &'a Heap,
    o: ObjRef,
    at: usize,
}

impl<'a> SyncStruct<'a> {
    /// Field word `i` (32-bit fields `signed` or not).
    fn word(&self, i: usize, signed: bool) -> HeapWord<'a> {
        HeapWord {
            heap: self.heap,
            o: self.o,
            i: self.at + i,
            signed,
        }
    }

    /// The semaphore key of field word `i`.
    fn key(&self, i: usize) -> u64 {
        self.o.ptr().bits().wrapping_add(8 * (self.at + i) as u64)
    }

    /// The Mutex whose state word is `st` (its sema follows it).
    fn mutex<'b>(&self, st: &'b HeapWord<'a>) -> MutexRef<'b> {
        MutexRef {
            state: st,
            sema: self.key(1),
        }
    }

    /// The RWMutex over its [w.state, readerCount, readerWait] words.
    fn rw<'b>(&self, words: &'b [HeapWord<'a>; 3]) -> RwRef<'b> {
        RwRef {
            w: self.mutex(&words[0]),
            writer_sem: self.key(2),
            reader_sem: self.key(3),
            reader_count: &words[1],
            reader_wait: &words[2],
        }
    }
}

/// Park tokens of the sync operations.
pub enum SyncWait {
    Lock(gosync::MutexWait),
    RLock(gosync::RLockWait),
    WLock(gosync::RwLockWait),
    Wg(gosync::WgWait),
    Cond(gosync::CondWait),
}

fn sync_fault(e: SyncError) -> Fault {
    match e {
        SyncError::Fatal(m) => Fault::Fatal(m.to_string()),
        SyncError::Panic(m) => Fault::Plain(m.to_string()),
    }
}

impl Vm<'static> {
    /// The struct a pointer receiver designates: object and first word.
    fn sync_target(&self, p: u64) -> R<(ObjRef, usize)> {
        self.deref(p)
    }

    /// Runs sync operation `op` with its arguments (receiver pointer, then
    /// delta or ticket); a result goes to register `out` (None: dropped,
    /// as for a deferred call).
    pub(super) fn sync_op(
        &mut self,
        op: SyncOp,
        args: [u64; 2],
        out: Option<usize>,
        cx: &mut Cx<'_>,
    ) -> R<Option<Stop>> {
        let t = SemaTable::global();
        let p = args[0];
        let mut result = None;
        let (o, at) = self.sync_target(p)?;
        let heap = self.heap.clone();
        let sv = SyncStruct { heap: &heap, o, at };
        let g = cx.g().clone();
        let wait = match op {
            SyncOp::Lock => {
                let st = sv.word(0, true);
                let m = sv.mutex(&st);
                match gosync::mutex_lock(t, m, &g, WaitReason::MutexLock).map_err(sync_fault)? {
                    Lock::Acquired => None,
                    Lock::Blocked(k) => Some(SyncWait::Lock(k)),
                }
            }
            SyncOp::Unlock => {
                let st = sv.word(0, true);
                let m = sv.mutex(&st);
                gosync::mutex_unlock(t, m, cx).map_err(sync_fault)?;
                None
            }
            SyncOp::TryLock => {
                let st = sv.word(0, true);
                let m = sv.mutex(&st);
                result = Some(gosync::mutex_try_lock(m) as u64);
                None
            }
            SyncOp::RLock
            | SyncOp::RUnlock
            | SyncOp::WLock
            | SyncOp::WUnlock
            | SyncOp::TryRLock
            | SyncOp::TryWLock => {
                let words = [sv.word(0, true), sv.word(4, true), sv.word(5, true)];
                let rw = sv.rw(&words);
                match op {
                    SyncOp::RLock => match gosync::rw_rlock(t, rw, &g) {
                        Lock::Acquired => None,
                        Lock::Blocked(k) => Some(SyncWait::RLock(k)),
                    },
                    SyncOp::RUnlock => {
                        gosync::rw_runlock(t, rw, cx).map_err(sync_fault)?;
                        None
                    }
                    SyncOp::WLock => match gosync::rw_lock(t, rw, &g).map_err(sync_fault)? {
                        Lock::Acquired => None,
                        Lock::Blocked(k) => Some(SyncWait::WLock(k)),
                    },
                    SyncOp::WUnlock => {
                        gosync::rw_unlock(t, rw, cx).map_err(sync_fault)?;
                        None
                    }
                    SyncOp::TryRLock => {
                        result = Some(gosync::rw_try_rlock(rw) as u64);
                        None
                    }
                    _ => {
                        result = Some(gosync::rw_try_lock(t, rw, cx) as u64);
                        None
                    }
                }
            }
            SyncOp::WgAdd | SyncOp::WgWait => {
                let st = sv.word(0, false);
                let wg = WgRef {
                    state: &st,
                    sema: sv.key(1),
                };
                if let SyncOp::WgAdd = op {
                    let delta = args[1] as i64;
                    gosync::wg_add(t, wg, delta, cx).map_err(sync_fault)?;
                    None
                } else {
                    match gosync::wg_wait(t, wg, &g) {
                        Lock::Acquired => None,
                        Lock::Blocked(k) => Some(SyncWait::Wg(k)),
                    }
                }
            }
            SyncOp::CondAdd | SyncOp::CondWait | SyncOp::Signal | SyncOp::Broadcast => {
                // Signal/Broadcast get *Cond: its notifyList follows the
                // L interface word.
                let skip = if matches!(op, SyncOp::Signal | SyncOp::Broadcast) {
                    1
                } else {
                    0
                };
                let (wa, no) = (sv.word(skip, false), sv.word(skip + 1, false));
                let c = CondRef {
                    wait: &wa,
                    notify: &no,
                    key: sv.key(skip),
                };
                match op {
                    SyncOp::CondAdd => {
                        result = Some(gosync::cond_add(c) as u64);
                        None
                    }
                    SyncOp::CondWait => {
                        let ticket = args[1] as u32;
                        match gosync::cond_wait(t, c, ticket, &g) {
                            Lock::Acquired => None,
                            Lock::Blocked(k) => Some(SyncWait::Cond(k)),
                        }
                    }
                    SyncOp::Signal => {
                        gosync::cond_signal(t, c, cx);
                        None
                    }
                    _ => {
                        gosync::cond_broadcast(t, c, cx);
                        None
                    }
                }
            }
        };
        if let (Some(v), Some(at)) = (result, out) {
            self.regs[at] = v;
        }
        match wait {
            None => Ok(None),
            Some(k) => {
                self.pending = Some(Pending::Sync { wait: k, p });
                Ok(Some(Stop::Park))
            }
        }
    }

    /// Continues a sync wait after a wake-up; Some(Park) if it must wait
    /// again.
    pub(super) fn sync_resume(&mut self, k: SyncWait, p: u64, cx: &mut Cx<'_>) -> R<Option<Stop>> {
        let t = SemaTable::global();
        let (o, at) = self.sync_target(p)?;
        let heap = self.heap.clone();
        let sv = SyncStruct { heap: &heap, o, at };
        let g = cx.g().clone();
        let again = match k {
            SyncWait::Lock(k) => {
                let st = sv.word(0, true);
                let m = sv.mutex(&st);
                match k.resume(t, m, &g).map_err(sync_fault)? {
                    Lock::Acquired => None,
                    Lock::Blocked(k) => Some(SyncWait::Lock(k)),
                }
            }
            SyncWait::RLock(k) => {
                k.resume();
                None
            }
            SyncWait::WLock(k) => {
                let words = [sv.word(0, true), sv.word(4, true), sv.word(5, true)];
                let rw = sv.rw(&words);
                match k.resume(t, rw, &g).map_err(sync_fault)? {
                    Lock::Acquired => None,
                    Lock::Blocked(k) => Some(SyncWait::WLock(k)),
                }
            }
            SyncWait::Wg(k) => {
                let st = sv.word(0, false);
                let wg = WgRef {
                    state: &st,
                    sema: sv.key(1),
                };
                k.resume(wg).map_err(sync_fault)?;
                None
            }
            SyncWait::Cond(k) => {
                k.resume();
                None
            }
        };
        match again {
            None => Ok(None),
            Some(k) => {
                self.pending = Some(Pending::Sync { wait: k, p });
                Ok(Some(Stop::Park))
            }
        }
    }
}
