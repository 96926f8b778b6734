//! Loom model tests of the mark bit and the hybrid write barrier.
//! Run: `RUSTFLAGS="--cfg loom" cargo test --release --lib gc::loom_tests`.
//!
//! The heap itself lives in mmap'd memory that loom cannot model, so the
//! model uses loom atomics for headers and pointer slots and the real
//! `try_mark` (generic over `MarkCell`) with the barrier rule of
//! `Heap::write_barrier`: while marking, a pointer store shades the old and
//! the new pointee.

use loom::sync::atomic::{AtomicU64, Ordering::*};
use loom::sync::{Arc, Mutex};

use super::collect::{try_mark, MarkCell};

impl MarkCell for AtomicU64 {
    fn load_relaxed(&self) -> u64 {
        self.load(Relaxed)
    }
    fn fetch_or_acqrel(&self, v: u64) -> u64 {
        self.fetch_or(v, AcqRel)
    }
    fn fetch_and_acqrel(&self, v: u64) -> u64 {
        self.fetch_and(v, AcqRel)
    }
}

/// A live header (layout 1) with mark bit clear.
const WHITE: u64 = 1 << 8;

#[test]
fn racing_markers_grey_an_object_exactly_once() {
    for sense in [0u64, 1] {
        loom::model(move || {
            let start = if sense == 1 { WHITE } else { WHITE | 1 };
            let h = Arc::new(AtomicU64::new(start));
            let h2 = h.clone();
            let t = loom::thread::spawn(move || try_mark(&*h2, sense).is_some());
            let a = try_mark(&*h, sense).is_some();
            let b = t.join().unwrap();
            assert!(a ^ b, "exactly one marker wins");
            assert_eq!(h.load(Relaxed) & 1, sense);
            assert_eq!(h.load(Relaxed) & !1, WHITE & !1, "other header bits kept");
        });
    }
}

struct Obj {
    hdr: AtomicU64,
    /// Pointer slot: 0 = nil, else index + 1 of the pointee.
    slot: AtomicU64,
}

struct Model {
    objs: Vec<Obj>,
    grey: Mutex<Vec<usize>>,
    barrier: bool,
}

const A: usize = 0;
const B: usize = 1;
const C: usize = 2;

impl Model {
    fn shade(&self, i: usize) {
        if try_mark(&self.objs[i].hdr, 1).is_some() {
            self.grey.lock().unwrap().push(i);
        }
    }
    fn store_ptr(&self, i: usize, v: u64) {
        let s = &self.objs[i].slot;
        if self.barrier {
            let old = s.load(Acquire);
            for w in [old, v] {
                if w != 0 {
                    self.shade(w as usize - 1);
                }
            }
        }
        s.store(v, Release);
    }
    fn drain(&self) {
        loop {
            let Some(i) = self.grey.lock().unwrap().pop() else {
                return;
            };
            let w = self.objs[i].slot.load(Acquire);
            if w != 0 {
                self.shade(w as usize - 1);
            }
        }
    }
}

/// The mutator moves the only reference to C from B to A while the marker
/// scans A and B (both roots): with the barrier C is always marked.
fn run(barrier: bool) -> bool {
    let m = Arc::new(Model {
        objs: (0..3)
            .map(|i| Obj {
                hdr: AtomicU64::new(WHITE),
                slot: AtomicU64::new(if i == B { C as u64 + 1 } else { 0 }),
            })
            .collect(),
        grey: Mutex::new(Vec::new()),
        barrier,
    });
    let mm = m.clone();
    let mutator = loom::thread::spawn(move || {
        let c = mm.objs[B].slot.load(Acquire); // into a register
        mm.store_ptr(A, c);
        mm.store_ptr(B, 0);
    });
    // Grey B then A: the LIFO worklist scans A first, then B.
    m.shade(B);
    m.shade(A);
    m.drain();
    mutator.join().unwrap();
    // Mark termination (world stopped): drain what the barrier shaded.
    m.drain();
    m.objs[C].hdr.load(Relaxed) & 1 == 1
}

#[test]
fn hybrid_barrier_keeps_moved_pointee_marked() {
    loom::model(|| assert!(run(true), "C reachable from A but white"));
}

#[test]
fn without_barrier_the_model_loses_an_object() {
    // The checker above must be able to fail: without the barrier some
    // interleaving leaves C white.
    static LOST: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    loom::model(|| {
        if !run(false) {
            LOST.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    });
    assert!(LOST.load(std::sync::atomic::Ordering::Relaxed) > 0);
}
