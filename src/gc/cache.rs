//! Per-worker allocation caches: the allocation fast path.
//!
//! Owns `LocalCache`, which a VM worker thread creates once and passes to
//! every allocation (Go's mcache). For each size class it holds at most one
//! span, exclusively (the span's `Box` lives here while cached), and hands
//! out its free slots with a trailing-zeros scan of a 64-bit free mask: no
//! lock, no atomic RMW on the fast path. Invariants: a slot handed out was
//! free in the span's allocation bitmap; its memory is zeroed (if the span
//! may hold garbage) and its header written before the `ObjRef` is
//! returned; bits handed out are committed to the span's bitmap before the
//! span leaves the cache; after a collection (epoch change) the cache gives
//! back all its spans before allocating again, so they get swept, and new
//! objects are born marked with the current sense (they survive the sweep
//! of the cycle that just ended).

use std::sync::atomic::Ordering::{Relaxed, Release};
use std::sync::Arc;

use super::layout::{self, LayoutId, F_BYTES, F_NOSCAN};
use super::object::{hdr, init_bytes, init_bytes_mut, make_header, zero, Heap, MAX_LEN};
use super::pages::PAGE;
use super::ptr::{ObjRef, Ptr, BOXED_OFF, MAX_INLINE_OFF};
use super::span::{class_of, Span, NCLASSES};

#[derive(Default)]
struct ClassCache {
    span: Option<Span>,
    base: usize,
    size: usize,
    group: usize,
    /// Free slots of the current 64-slot group not yet handed out.
    free: u64,
    /// Slots of the current group handed out since the last commit.
    taken: u64,
    needzero: bool,
    /// Epoch when the span was taken (swept for that epoch).
    epoch: u64,
}

/// A worker's allocation cache. Not `Sync`: one per worker thread.
/// Protocol: a worker calls `release_all` when it stops for a collection
/// and before it parks idle, so that the collection can sweep (and count
/// as freed) the objects of the spans it held; a cache that skips it is
/// still safe, its spans are merely swept later.
pub struct LocalCache {
    heap: Arc<Heap>,
    epoch: u64,
    sense: u64,
    classes: Box<[ClassCache]>,
    mallocs: u64,
    bytes: u64,
}

/// Initialiser for a fresh object (used for immutable objects: interface
/// boxes, slice headers, pointer boxes). Checked like `Heap::store*`.
pub struct Init<'a> {
    heap: &'a Heap,
    obj: ObjRef,
}

impl Init<'_> {
    fn check(&self, i: usize, ptr: bool) {
        let h = self.heap.header(self.obj);
        let len = super::object::len_of(h);
        assert!(i < len, "gc: init index {i} out of range (len {len})");
        assert!(h & F_BYTES == 0, "gc: word init of a byte object");
        let is_ptr = h & F_NOSCAN == 0 && layout::get(super::object::layout_of(h)).is_ptr(i);
        assert!(is_ptr == ptr, "gc: init of word {i} with the wrong kind");
    }
    pub fn store(&mut self, i: usize, v: u64) {
        self.check(i, false);
        // SAFETY: checked index of a live, unpublished word object.
        unsafe { super::object::init_word(self.obj.addr(), i) }.store(v, Relaxed)
    }
    pub fn store_ptr(&mut self, i: usize, v: Option<Ptr>) {
        self.check(i, true);
        if self.heap.marking.load(Relaxed) {
            self.heap.write_barrier(0, Ptr::word(v));
        }
        // SAFETY: checked index of a live, unpublished word object.
        unsafe { super::object::init_word(self.obj.addr(), i) }.store(Ptr::word(v), Release)
    }
}

impl LocalCache {
    pub fn new(heap: &Arc<Heap>) -> LocalCache {
        let epoch = heap.epoch.load(Relaxed);
        LocalCache {
            heap: heap.clone(),
            epoch,
            sense: epoch & 1,
            classes: (0..NCLASSES).map(|_| ClassCache::default()).collect(),
            mallocs: 0,
            bytes: 0,
        }
    }

    pub fn heap(&self) -> &Arc<Heap> {
        &self.heap
    }

    /// Allocate a zeroed object of `n` elements of `layout` (for byte
    /// layouts, `n` bytes).
    #[inline]
    pub fn alloc(&mut self, layout: LayoutId, n: usize) -> ObjRef {
        let l = layout::get(layout.0);
        let (units, bytes) = if l.flags & F_BYTES != 0 {
            (n, 8usize.saturating_add(n.next_multiple_of(8)))
        } else {
            let u = n.saturating_mul(l.elem_words);
            (u, u.saturating_mul(8).saturating_add(8))
        };
        if units > MAX_LEN {
            panic!("runtime error: makeslice: len out of range");
        }
        let addr = self.alloc_slot(bytes);
        let h = make_header(units, layout.0, l.flags, self.sense);
        // SAFETY: `addr` is a slot we own that holds `bytes` bytes, zeroed.
        unsafe { hdr(addr) }.store(h, Release);
        ObjRef::from_addr(addr)
    }

    /// Allocate a zeroed `[]byte` backing array of `n` bytes.
    pub fn alloc_bytes(&mut self, n: usize) -> ObjRef {
        self.alloc(LayoutId::BYTES, n)
    }

    /// Allocate an immutable string object holding `s`.
    pub fn alloc_string(&mut self, s: &[u8]) -> ObjRef {
        let o = self.alloc(LayoutId::STRING, s.len());
        // SAFETY: `o` was just allocated with s.len() payload bytes and has
        // not left this function.
        unsafe { init_bytes(o.addr(), s) };
        o
    }

    /// Allocate a string of `len` bytes filled by `f` before publication.
    pub fn alloc_string_with(&mut self, len: usize, f: impl FnOnce(&mut [u8])) -> ObjRef {
        let o = self.alloc(LayoutId::STRING, len);
        // SAFETY: fresh, unpublished object with `len` zeroed payload
        // bytes; the slice does not outlive `f`.
        f(unsafe { init_bytes_mut(o.addr(), len) });
        o
    }

    /// Allocate and initialise an object (the way to fill immutable ones).
    pub fn alloc_init(&mut self, layout: LayoutId, n: usize, f: impl FnOnce(&mut Init)) -> ObjRef {
        let obj = self.alloc(layout, n);
        f(&mut Init {
            heap: &self.heap,
            obj,
        });
        obj
    }

    /// A pointer to payload offset `off` of `o` (`&s.f`, `&a[i]`): inline
    /// when the offset fits 16 bits, else a {base, off} box.
    pub fn interior(&mut self, o: ObjRef, off: usize) -> Ptr {
        let len = self.heap.len(o);
        assert!(
            off < len || off == 0,
            "gc: interior offset {off} out of range (len {len})"
        );
        if off <= MAX_INLINE_OFF {
            return Ptr::encode(o.addr(), off as u64);
        }
        let b = self.alloc_init(LayoutId::PTR_BOX, 1, |i| {
            i.store_ptr(0, Some(o.ptr()));
            i.store(1, off as u64);
        });
        Ptr::encode(b.addr(), BOXED_OFF)
    }

    /// Publish this cache's allocation counts to the heap statistics.
    pub fn flush_stats(&mut self) {
        let c = &self.heap.counters;
        c.mallocs.fetch_add(self.mallocs, Relaxed);
        c.total_alloc.fetch_add(self.bytes, Relaxed);
        self.mallocs = 0;
        self.bytes = 0;
    }

    /// Give back every cached span (they are swept before reuse).
    pub fn release_all(&mut self) {
        for class in 1..NCLASSES {
            self.release(class);
        }
        self.flush_stats();
    }

    #[inline]
    fn alloc_slot(&mut self, bytes: usize) -> usize {
        if self.epoch != self.heap.epoch.load(Relaxed) {
            self.new_cycle();
        }
        let class = class_of(bytes);
        if class == 0 {
            return self.alloc_large(bytes);
        }
        let c = &mut self.classes[class];
        if c.free == 0 && !self.next_group(class) {
            self.refill(class);
        }
        let c = &mut self.classes[class];
        let i = c.free.trailing_zeros() as usize;
        let bit = 1u64 << i;
        c.free ^= bit;
        c.taken |= bit;
        let addr = c.base + (c.group * 64 + i) * c.size;
        if c.needzero {
            // SAFETY: the slot's bit was free in the span we own exclusively,
            // so no object lives there and nobody else touches it.
            unsafe { zero(addr, bytes) };
        }
        self.mallocs += 1;
        self.bytes += c.size as u64;
        addr
    }

    fn new_cycle(&mut self) {
        self.release_all();
        self.epoch = self.heap.epoch.load(Relaxed);
        self.sense = self.epoch & 1;
    }

    /// Commit the current group and move to the next one with free slots.
    fn next_group(&mut self, class: usize) -> bool {
        let c = &mut self.classes[class];
        let Some(span) = c.span.as_mut() else {
            return false;
        };
        span.alloc_bits[c.group] |= c.taken;
        span.nalloc += c.taken.count_ones() as usize;
        c.taken = 0;
        while c.group + 1 < span.alloc_bits.len() {
            c.group += 1;
            let f = !span.alloc_bits[c.group];
            if f != 0 {
                c.free = f;
                return true;
            }
        }
        false
    }

    fn release(&mut self, class: usize) {
        let c = &mut self.classes[class];
        let Some(mut span) = c.span.take() else {
            return;
        };
        span.alloc_bits[c.group] |= c.taken;
        span.nalloc += c.taken.count_ones() as usize;
        c.taken = 0;
        c.free = 0;
        let same_epoch = c.epoch == self.heap.epoch.load(Relaxed);
        if same_epoch {
            // Unused slots were counted in heap_live when the span was taken.
            let unused = (span.free_slots() * span.size) as u64;
            let _ = self
                .heap
                .counters
                .heap_live
                .fetch_update(Relaxed, Relaxed, |v| Some(v.saturating_sub(unused)));
        }
        self.heap.put_span(span, same_epoch);
    }

    #[cold]
    fn refill(&mut self, class: usize) {
        self.release(class);
        self.flush_stats();
        let span = self.heap.take_span(class);
        let c = &mut self.classes[class];
        c.base = span.base;
        c.size = span.size;
        c.needzero = span.needzero;
        c.epoch = self.epoch;
        c.group = 0;
        c.free = !span.alloc_bits[0];
        c.span = Some(span);
        if c.free == 0 && !self.next_group(class) {
            unreachable!("gc: refilled span without free slots");
        }
    }

    #[cold]
    fn alloc_large(&mut self, bytes: usize) -> usize {
        let npages = bytes.div_ceil(PAGE);
        let addr = self.heap.alloc_large(npages);
        self.mallocs += 1;
        self.bytes += (npages * PAGE) as u64;
        addr
    }
}

impl Drop for LocalCache {
    fn drop(&mut self) {
        self.release_all();
    }
}

// Large objects and span traffic between caches and the central lists.
impl Heap {
    /// Count `bytes` as newly in use; set the collection flag past the
    /// trigger (never collects).
    pub(crate) fn note_alloc(&self, bytes: u64) {
        let live = self.counters.heap_live.fetch_add(bytes, Relaxed) + bytes;
        if live >= self.counters.trigger.load(Relaxed) {
            self.collect_needed.store(true, Relaxed);
        }
    }

    /// A swept span of `class` with free slots, for a cache.
    pub(crate) fn take_span(&self, class: usize) -> Span {
        let sense = self.sense();
        let span = loop {
            let mut c = self.central[class]
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if let Some(s) = c.partial.pop() {
                break s;
            }
            let Some(mut s) = c.unswept.pop() else {
                drop(c);
                // Before growing, sweep a few spans of other classes so that
                // their empty pages return to the page heap.
                for _ in 0..4 {
                    if !self.sweep_some_span() {
                        break;
                    }
                }
                let npages = super::span::SPAN_PAGES[class];
                let (addr, dirty) = self.pages().alloc(npages);
                break Span::new(addr, npages, class, dirty);
            };
            drop(c);
            self.sweep_span(&mut s, sense);
            if s.free_slots() > 0 {
                break s;
            }
            self.central[class]
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .full
                .push(s);
        };
        self.note_alloc((span.free_slots() * span.size) as u64);
        span
    }

    /// Take back a span from a cache.
    pub(crate) fn put_span(&self, span: Span, swept: bool) {
        let mut c = self.central[span.class]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if !swept {
            c.unswept.push(span);
        } else if span.free_slots() == 0 {
            c.full.push(span);
        } else {
            c.partial.push(span);
        }
    }

    pub(crate) fn pages(&self) -> std::sync::MutexGuard<'_, super::pages::PageHeap> {
        self.pages.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn alloc_large(&self, npages: usize) -> usize {
        let (addr, dirty) = self.pages().alloc(npages);
        let mut span = Span::new(addr, npages, 0, dirty);
        span.alloc_bits[0] |= 1;
        span.nalloc = 1;
        if dirty {
            // SAFETY: fresh pages from the page heap: no object, not shared.
            unsafe { zero(addr, npages * PAGE) };
        }
        self.large
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(span);
        self.note_alloc((npages * PAGE) as u64);
        addr
    }
}
