//! Synchronisation shim for the runtime core.
//!
//! Owns: the choice of atomics, mutexes and the thread parker. Normal builds
//! use `std` atomics and `parking_lot`; `--cfg loom` builds use loom's
//! model-checked types so the park/unpark, channel hand-off and select-done
//! protocols can be explored exhaustively. Every runtime module that takes
//! part in a cross-thread protocol imports its primitives from here and
//! nowhere else. `Arc` is always `std`'s: reference counting is not what the
//! models check.

pub use std::sync::Arc;

#[cfg(not(loom))]
pub use std::sync::atomic::{fence, AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize};

#[cfg(loom)]
pub use loom::sync::atomic::{fence, AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize};

pub use std::sync::atomic::Ordering;

#[cfg(not(loom))]
pub use parking_lot::{Mutex, MutexGuard};

#[cfg(loom)]
pub use self::loom_mutex::{Mutex, MutexGuard};

#[cfg(loom)]
mod loom_mutex {
    /// loom's mutex with parking_lot's panic-free `lock()` signature.
    #[derive(Debug)]
    pub struct Mutex<T>(loom::sync::Mutex<T>);
    pub type MutexGuard<'a, T> = loom::sync::MutexGuard<'a, T>;
    impl<T> Mutex<T> {
        pub fn new(t: T) -> Self {
            Mutex(loom::sync::Mutex::new(t))
        }
        pub fn lock(&self) -> MutexGuard<'_, T> {
            self.0.lock().unwrap()
        }
    }
}

/// A one-token parker (like `std::thread::park`, but owned by a worker
/// slot rather than a thread, and with a timeout). `unpark` stores the token;
/// `park` consumes it, returning at once if it was already there, so an
/// unpark that races ahead of the park is never lost.
pub struct Parker {
    token: StdMutexBool,
}

#[cfg(not(loom))]
struct StdMutexBool {
    m: parking_lot::Mutex<bool>,
    cv: parking_lot::Condvar,
}

#[cfg(loom)]
struct StdMutexBool {
    m: loom::sync::Mutex<bool>,
    cv: loom::sync::Condvar,
}

impl Default for Parker {
    fn default() -> Self {
        Self::new()
    }
}

impl Parker {
    pub fn new() -> Parker {
        Parker {
            token: StdMutexBool {
                m: Default::default(),
                cv: Default::default(),
            },
        }
    }

    /// Blocks until the token is available, then consumes it.
    #[cfg(not(loom))]
    pub fn park(&self) {
        let mut t = self.token.m.lock();
        while !*t {
            self.token.cv.wait(&mut t);
        }
        *t = false;
    }

    /// Blocks until the token is available or `dur` passed; consumes the
    /// token if present. Returns whether it was unparked.
    #[cfg(not(loom))]
    pub fn park_timeout(&self, dur: std::time::Duration) -> bool {
        let deadline = std::time::Instant::now() + dur;
        let mut t = self.token.m.lock();
        while !*t {
            if self.token.cv.wait_until(&mut t, deadline).timed_out() {
                break;
            }
        }
        std::mem::replace(&mut *t, false)
    }

    #[cfg(not(loom))]
    pub fn unpark(&self) {
        *self.token.m.lock() = true;
        self.token.cv.notify_one();
    }

    #[cfg(loom)]
    pub fn park(&self) {
        let mut t = self.token.m.lock().unwrap();
        while !*t {
            t = self.token.cv.wait(t).unwrap();
        }
        *t = false;
    }

    #[cfg(loom)]
    pub fn unpark(&self) {
        *self.token.m.lock().unwrap() = true;
        self.token.cv.notify_one();
    }
}
