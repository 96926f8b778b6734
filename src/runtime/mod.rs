//! The runtime core: scheduler, goroutine descriptors, channels, select,
//! timers and deadlock detection — everything the VM's instruction loop
//! drives, and nothing that knows about bytecode.
//!
//! # Module map
//! - `sync`   — atomics/Mutex/Parker shim (`--cfg loom` swaps in loom's).
//! - `rng`    — seeded xorshift used for select order and steal victims.
//! - `g`      — `G` (id, status word, wait reason, location, task), the
//!   park/wake protocol (`begin_park`, `commit_park`, `goready`), `Readier`.
//! - `chan`   — `Chan<V>`: buffer, wait queues (sudogs), send/recv/close,
//!   Go 1.23 timer channels.
//! - `select` — `select` over `Case`s, `SelectWait`.
//! - `timer`  — the timer heap; Sleep, timers, tickers, AfterFunc.
//! - `sema`   — `SemaTable`: semaphores keyed by the address of a `sema`
//!   field (Go's semacquire/semrelease) and Cond's ticket notify lists;
//!   the `Word32`/`Word64` traits through which the runtime reads the
//!   VM's struct words.
//! - `gosync` — the algorithms of the `sync` natives (Mutex, RWMutex,
//!   WaitGroup, Cond) over those words and the table, with resumable
//!   park tokens.
//! - `sched`  — `Runtime`, workers, run queues, GOMAXPROCS, registry,
//!   deadlock detection, `Cx` (what a running goroutine may do).
//!
//! # The API the VM uses
//!
//! **Goroutines.** The VM's goroutine object (register stack, frames, pc,
//! a "pending continuation" slot) implements [`Task`]:
//! `fn run(&mut self, cx: &mut Cx) -> Outcome`. Its instruction loop calls
//! `cx.tick()` (or `cx.budget().tick(n)` every n back edges/calls) and, when
//! it returns false, saves its pc and returns `Outcome::Yield` (preemption;
//! also the GC safepoint: `Handle::preempt_all` zeroes every budget).
//! `go f(x)` is `cx.spawn(task)` (new goroutine → this worker's runnext);
//! `runtime.Gosched()` returns `Outcome::Yield`; returning from the
//! goroutine's entry function returns `Outcome::Exit` (goroutine 1 ending
//! ends `Runtime::run` with `RunEnd::MainExited`). `os.Exit(n)` is
//! `cx.exit(n)` then `Outcome::Exit`.
//!
//! **Blocking mid-instruction.** A blocking instruction (`ChanRecv`,
//! `ChanSend`, `Select`, `Sleep`, later Mutex/WaitGroup/Cond semaphores)
//! calls the runtime op with `cx` as the [`Readier`]:
//! - `cx.recv(Some(&ch))` / `ch.recv(cx.g(), cx)` → `Recv::Value(v)`
//!   (write v and ok=true into the destination registers, continue),
//!   `Recv::Closed` (zero value, ok=false), or `Recv::Blocked(wait)`.
//! - `cx.send(Some(&ch), v)` → `Send::Sent`, `Send::Closed(_)` (raise the
//!   panic `SEND_ON_CLOSED`), or `Send::Blocked(wait)`.
//! - `cx.select(cases, has_default)` → `Selected::{Recv, Sent, SendClosed,
//!   Default, Blocked(wait), Forever}`.
//! - `cx.sleep(d)` → true if parked. Nil channels: `cx.recv(None)` /
//!   `cx.send(None, v)` park forever with Go's nil-chan wait reason.
//!
//! On `Blocked`, the goroutine is already `Parking` and enqueued (the op set
//! its wait reason). The VM stores the token (`ChanWait`/`SelectWait`) in
//! the goroutine's pending-continuation slot together with the destination
//! registers, leaves its pc *after* the instruction, sets
//! `cx.g().set_location(..)` for deadlock reports, and returns
//! `Outcome::Park` at once — without touching the channel again. The worker
//! then commits the park (Parking → Waiting), or, if a waker already came,
//! requeues the goroutine. When `run` is next called, the VM first sees the
//! pending continuation and calls `wait.finish()`, which returns a
//! [`Completion`] `{ case, value, ok }`: the partner or the closer has
//! written the value into the waiter's slot, and `finish` moves it out,
//! so the VM copies it into its registers (recv: value or zero if `None`,
//! plus ok; send: ok=false means panic `send on closed channel`; select:
//! jump to the body of `case`). For `sleep` there is no token. Values in
//! transit are reachable from the token held by the goroutine, so the GC
//! finds them by scanning the goroutine.
//!
//! **Values.** Channels are generic: `Chan<V>`. The VM uses its 8-byte word
//! for one-word element types and a boxed word slice (or small array) for
//! multi-word ones; the runtime never inspects values, and receivers of a
//! closed channel get `None` so the VM writes the zero value of the type.
//!
//! **Timers.** `Handle::new_timer(d, period, make)` gives a [`Timer`] whose
//! `chan()` is a Go 1.23 timer channel (len = cap = 0, no stale value after
//! `stop_timer`/`reset_timer`); `after_func(d, factory)` starts
//! `factory()` as a new goroutine at expiry.
//!
//! **sync natives.** Each native builds a view of its receiver — e.g.
//! `MutexRef { state: &dyn Word32, sema: key }` where `state` gives atomic
//! access to the `state` field and `key` is derived from the object and
//! the offset of its `sema` field — and calls `gosync`:
//! `mutex_lock(table, m, cx.g(), WaitReason::MutexLock)` →
//! `Ok(Lock::Acquired)` or `Ok(Lock::Blocked(token))` (park exactly as for
//! channels; on resume `token.resume(table, m, g)`, which may block again);
//! `mutex_unlock(table, m, cx)` → `Err(SyncError::Fatal(msg))` is Go's
//! unrecoverable `fatal error: msg` (exit 2), `SyncError::Panic(msg)` an
//! ordinary panic with string value `msg` (WaitGroup). Likewise
//! `mutex_try_lock`, `rw_rlock`/`rw_runlock`/`rw_lock`/`rw_unlock`/
//! `rw_try_lock`/`rw_try_rlock`, `wg_add`/`wg_wait`, `cond_add`/
//! `cond_wait`/`cond_signal`/`cond_broadcast`. Goroutines parked there are
//! plain Waiting goroutines with Go's wait reasons (`sync.Mutex.Lock`,
//! `sync.RWMutex.RLock`, `sync.RWMutex.Lock`, `sync.WaitGroup.Wait`,
//! `sync.Cond.Wait`), so deadlock detection counts them as asleep.
//! `SemaTable::global()` is one process-wide table; a VM may own its own.
//!
//! **Blocking natives.** `cx.enter_syscall()` before blocking the OS thread
//! (stdin), `cx.exit_syscall()` after; `Handle::hold()` keeps a REPL waiting
//! for input from being called a deadlock.
//!
//! **Deadlock.** When every goroutine is asleep, the last worker to go idle
//! builds a [`DeadlockReport`] (goroutines sorted by id with Go's wait
//! reasons and the VM's locations), calls `Config::on_deadlock` (the VM
//! prints `report` — its `Display` is Go's text — and exits 2) and `run`
//! returns `RunEnd::Deadlock`.
//!
//! **Registry.** `Handle::goroutines()`, `num_goroutine()`,
//! `set_gomaxprocs(n)`, `gomaxprocs()`; `Config { procs, seed, slice,
//! on_deadlock }` (`seed` = `--seed N`: one worker, seeded choices).

// `cfg(loom)` is set by RUSTFLAGS for the model-checked tests only; Cargo's
// check-cfg does not know it.
#![allow(unexpected_cfgs)]

pub mod chan;
pub mod g;
pub mod gosync;
pub mod rng;
pub mod select;
pub mod sema;
pub mod sync;

#[cfg(not(loom))]
pub mod sched;
#[cfg(not(loom))]
pub mod timer;

// Under loom only the protocol cores are compiled; the idle-worker
// protocol is reached directly (the rest of `sched` needs real threads).
#[cfg(loom)]
#[path = "sched/idle.rs"]
pub(crate) mod sched_idle;

#[cfg(all(test, loom))]
mod loom_tests;
#[cfg(all(test, loom))]
mod sema_loom_tests;

pub use chan::{Chan, CloseError, Completion, Recv, Send, SEND_ON_CLOSED};
pub use g::{goready, GRef, Readier, Status, WaitReason, G};
pub use select::{select, Case, SelectWait, Selected};
pub use sema::{Acquire, SemaTable, SemaWait, Word32, Word64};

#[cfg(not(loom))]
pub use sched::{
    Budget, Config, Cx, DeadlockReport, GInfo, Handle, Outcome, RunEnd, Runtime, Task, WorkerState,
};
#[cfg(not(loom))]
pub use timer::Timer;
