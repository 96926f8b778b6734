//! The page heap: runs of 8 KB pages carved from chunks mapped from the OS.
//!
//! Owns the free-page index (behind the heap's page lock; never on the
//! allocation fast path). Invariants: free runs never overlap, are
//! coalesced with adjacent free runs, and hold no object; a run is `dirty`
//! unless all of its pages are known to be zero (fresh or released). Chunks
//! are never unmapped (`sys.rs`); idle dirty pages beyond a retained budget
//! are released with MADV_DONTNEED (`scavenge`), which bounds RSS by the
//! live heap plus the budget.

use std::collections::{BTreeMap, BTreeSet};

use super::sys;

pub(crate) const PAGE_SHIFT: usize = 13;
pub(crate) const PAGE: usize = 1 << PAGE_SHIFT;
pub(crate) const CHUNK: usize = 4 << 20;

#[derive(Clone, Copy)]
struct Run {
    npages: usize,
    dirty: bool,
}

#[derive(Default)]
pub(crate) struct PageHeap {
    free: BTreeMap<usize, Run>,
    by_size: BTreeSet<(usize, usize)>,
    /// Bytes mapped from the OS.
    pub sys: usize,
    /// Every mapping (address, bytes), for releasing on heap drop.
    pub chunks: Vec<(usize, usize)>,
    /// Bytes in free runs.
    pub free_bytes: usize,
    /// Bytes in free runs that may be resident (not released).
    pub dirty_bytes: usize,
}

impl PageHeap {
    fn insert(&mut self, addr: usize, run: Run) {
        self.free.insert(addr, run);
        self.by_size.insert((run.npages, addr));
        self.free_bytes += run.npages * PAGE;
        if run.dirty {
            self.dirty_bytes += run.npages * PAGE;
        }
    }
    fn remove(&mut self, addr: usize) -> Run {
        let run = self.free.remove(&addr).expect("gc: page run");
        self.by_size.remove(&(run.npages, addr));
        self.free_bytes -= run.npages * PAGE;
        if run.dirty {
            self.dirty_bytes -= run.npages * PAGE;
        }
        run
    }

    /// Take `npages` contiguous pages. Returns (address, needs zeroing).
    pub fn alloc(&mut self, npages: usize) -> (usize, bool) {
        let found = self.by_size.range((npages, 0)..).next().copied();
        let (addr, run) = match found {
            Some((_, a)) => (a, self.remove(a)),
            None => {
                let bytes = (npages * PAGE).max(CHUNK).next_multiple_of(CHUNK);
                let a = sys::map(bytes);
                self.sys += bytes;
                self.chunks.push((a, bytes));
                (
                    a,
                    Run {
                        npages: bytes / PAGE,
                        dirty: false,
                    },
                )
            }
        };
        if run.npages > npages {
            self.insert(
                addr + npages * PAGE,
                Run {
                    npages: run.npages - npages,
                    dirty: run.dirty,
                },
            );
        }
        (addr, run.dirty)
    }

    /// Give back pages [addr, addr + npages*PAGE) (dirty).
    pub fn free(&mut self, mut addr: usize, mut npages: usize) {
        let mut dirty = true;
        if let Some((&pa, &pr)) = self.free.range(..addr).next_back() {
            if pa + pr.npages * PAGE == addr {
                self.remove(pa);
                addr = pa;
                npages += pr.npages;
                dirty |= pr.dirty;
            }
        }
        let end = addr + npages * PAGE;
        if let Some(&nr) = self.free.get(&end) {
            self.remove(end);
            npages += nr.npages;
            dirty |= nr.dirty;
        }
        self.insert(addr, Run { npages, dirty });
    }

    /// Release dirty free runs to the OS until at most `keep` dirty bytes
    /// remain. Returns bytes released.
    pub fn scavenge(&mut self, keep: usize) -> usize {
        let mut released = 0;
        if self.dirty_bytes <= keep {
            return 0;
        }
        // Largest runs first: fewest syscalls per byte.
        let order: Vec<(usize, usize)> = self.by_size.iter().rev().copied().collect();
        for (np, a) in order {
            if self.dirty_bytes <= keep {
                break;
            }
            let run = self.free[&a];
            if !run.dirty {
                continue;
            }
            sys::release(a, np * PAGE);
            self.remove(a);
            self.insert(
                a,
                Run {
                    npages: np,
                    dirty: false,
                },
            );
            released += np * PAGE;
        }
        released
    }

    /// Bytes of free runs already released to the OS.
    pub fn released_bytes(&self) -> usize {
        self.free_bytes - self.dirty_bytes
    }
}
