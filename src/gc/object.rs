//! Objects: the header word and every access to payload memory.
//!
//! Owns the `Heap` struct and the accessors the VM uses on objects. This is
//! where raw heap memory becomes `&AtomicU64` / `&AtomicU8`. Invariants
//! relied on (see `mod.rs`): an `ObjRef`'s address is an allocated object's
//! header in never-unmapped heap memory; the header says the payload length
//! and the layout, which never change while the object is live; the slot
//! holds at least 8 + payload bytes. Every accessor checks the index against
//! the header's length and the word kind against the layout before touching
//! memory: scalar stores never hit pointer words, pointer loads only decode
//! pointer words, and objects flagged immutable are written only while
//! being initialised (before their `ObjRef` escapes the allocator).
//!
//! Orderings: scalar words Relaxed; pointer words Release stores / Acquire
//! loads (plain moves on x86-64); sync/atomic operations SeqCst. Bulk copies
//! are atomic word loops (memmove semantics), never memcpy.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::layout::{self, LayoutId, F_ALLPTR, F_BYTES, F_IMMUTABLE, F_NOSCAN};
use super::pacer::{Counters, GcConfig, GcState};
use super::pages::PageHeap;
use super::ptr::{ObjRef, Ptr};
use super::span::{Span, NCLASSES};

use Ordering::{Acquire, Relaxed, Release, SeqCst};

// Header word: len:32 | layout:24 | flags:7 | mark:1.
pub(crate) const HDR_FREE: u64 = 0;
const MARK: u64 = 1;
pub(crate) const MAX_LEN: usize = u32::MAX as usize;

#[inline]
pub(crate) fn make_header(len: usize, id: u32, flags: u64, sense: u64) -> u64 {
    debug_assert!(len <= MAX_LEN && id < 1 << 24);
    (len as u64) << 32 | (id as u64) << 8 | flags | sense
}
#[inline]
pub(crate) fn mark_of(h: u64) -> u64 {
    h & MARK
}
#[inline]
pub(crate) fn len_of(h: u64) -> usize {
    (h >> 32) as usize
}
#[inline]
pub(crate) fn layout_of(h: u64) -> u32 {
    (h >> 8) as u32 & 0xFF_FFFF
}

/// The header cell of the slot at `addr`.
///
/// # Safety
/// `addr` must be the start of a slot of a span (or an object address from
/// an `ObjRef`/`Ptr`), i.e. 8-aligned memory inside a heap mapping.
#[inline]
pub(crate) unsafe fn hdr(addr: usize) -> &'static AtomicU64 {
    // SAFETY: by the caller's contract `addr` is an 8-aligned address in a
    // heap mapping, which is never unmapped (sys.rs), so the reference stays
    // valid for 'static; all accesses to heap words are atomic.
    unsafe { &*(addr as *const AtomicU64) }
}

/// Payload word `i` of the object at `addr`.
///
/// # Safety
/// As `hdr`, and `i` < the payload length in words of the object's slot.
#[inline]
unsafe fn word_at(addr: usize, i: usize) -> &'static AtomicU64 {
    // SAFETY: caller guarantees the word lies inside the object's slot in
    // never-unmapped heap memory; 8-aligned since slots and words are.
    unsafe { &*((addr + 8 + 8 * i) as *const AtomicU64) }
}

/// Payload word `i` of a fresh object being initialised.
///
/// # Safety
/// As `word_at`.
#[inline]
pub(crate) unsafe fn init_word(addr: usize, i: usize) -> &'static AtomicU64 {
    // SAFETY: forwarded contract of `word_at`.
    unsafe { word_at(addr, i) }
}

/// Payload byte `i` of the byte object at `addr`.
///
/// # Safety
/// As `hdr`, and `i` < the payload length in bytes of the object's slot.
#[inline]
unsafe fn byte_at(addr: usize, i: usize) -> &'static AtomicU8 {
    // SAFETY: caller guarantees the byte lies inside the object's slot in
    // never-unmapped heap memory.
    unsafe { &*((addr + 8 + i) as *const AtomicU8) }
}

/// Zero `bytes` bytes at `addr`.
///
/// # Safety
/// The range is a free slot (or free pages) owned exclusively by the
/// caller: no object lives there, so no other thread accesses it.
#[inline]
pub(crate) unsafe fn zero(addr: usize, bytes: usize) {
    // SAFETY: caller guarantees exclusive ownership of the free range, which
    // is mapped writable memory; a plain memset cannot race.
    unsafe { std::ptr::write_bytes(addr as *mut u8, 0, bytes) }
}

/// Copy `src` into the payload of a fresh byte object at `addr`.
///
/// # Safety
/// The object was just allocated by the caller and not yet published, with
/// payload length >= `src.len()`.
#[inline]
pub(crate) unsafe fn init_bytes(addr: usize, src: &[u8]) {
    // SAFETY: unpublished object owned by the caller; the range is inside
    // its slot; `src` cannot overlap heap memory being initialised.
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), (addr + 8) as *mut u8, src.len()) }
}

/// Mutable view of a fresh byte object's payload.
///
/// # Safety
/// As `init_bytes`; the returned slice must not outlive the initialisation.
#[inline]
pub(crate) unsafe fn init_bytes_mut<'a>(addr: usize, len: usize) -> &'a mut [u8] {
    // SAFETY: the object is unpublished, owned by the caller, zeroed, and
    // its slot holds `len` payload bytes; nobody else can observe it.
    unsafe { std::slice::from_raw_parts_mut((addr + 8) as *mut u8, len) }
}

pub(crate) struct Central {
    pub partial: Vec<Span>,
    pub full: Vec<Span>,
    pub unswept: Vec<Span>,
}

/// The shared heap. One per process in golite (tests make several).
/// Create with `Heap::new`, give each worker thread a `LocalCache`.
pub struct Heap {
    pub(crate) pages: Mutex<PageHeap>,
    pub(crate) central: Box<[Mutex<Central>]>,
    pub(crate) large: Mutex<Vec<Span>>,
    /// Collection count since the start; mark sense = epoch & 1.
    pub(crate) epoch: AtomicU64,
    /// Marking in progress (write barrier on).
    pub(crate) marking: AtomicBool,
    pub(crate) collect_needed: AtomicBool,
    pub(crate) stress: AtomicBool,
    pub(crate) verify: AtomicBool,
    pub(crate) counters: Counters,
    pub(crate) gc: Mutex<GcState>,
    /// Objects shaded by the write barrier, waiting to be scanned.
    pub(crate) wb_grey: Mutex<Vec<usize>>,
    pub(crate) sweep_cursor: AtomicUsize,
    /// Test hook: clear this object's mark after marking (verify tests).
    #[cfg(test)]
    pub(crate) break_after_mark: Mutex<Option<ObjRef>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Any,
    Scalar,
    Pointer,
}

#[cold]
#[inline(never)]
fn bad_index(i: usize, len: usize) -> ! {
    panic!("gc: object index {i} out of range (len {len})")
}

#[cold]
#[inline(never)]
fn bad_access(what: &str, h: u64, i: usize) -> ! {
    let id = layout_of(h);
    let name = if id == 0 {
        "<freed object>".to_string()
    } else {
        layout::get(id).name.clone()
    };
    panic!("gc: {what} at word {i} of object with layout {name} (header {h:#x})")
}

impl Heap {
    pub fn new(config: GcConfig) -> Arc<Heap> {
        layout::init();
        let central = (0..NCLASSES)
            .map(|_| {
                Mutex::new(Central {
                    partial: Vec::new(),
                    full: Vec::new(),
                    unswept: Vec::new(),
                })
            })
            .collect();
        let h = Heap {
            pages: Mutex::new(PageHeap::default()),
            central,
            large: Mutex::new(Vec::new()),
            epoch: AtomicU64::new(0),
            marking: AtomicBool::new(false),
            collect_needed: AtomicBool::new(false),
            stress: AtomicBool::new(config.stress),
            verify: AtomicBool::new(config.verify),
            counters: Counters::default(),
            gc: Mutex::new(GcState::new(&config)),
            wb_grey: Mutex::new(Vec::new()),
            sweep_cursor: AtomicUsize::new(0),
            #[cfg(test)]
            break_after_mark: Mutex::new(None),
        };
        h.counters.init(&config);
        Arc::new(h)
    }

    #[inline]
    pub(crate) fn header(&self, o: ObjRef) -> u64 {
        // SAFETY: an ObjRef is an allocated object's address in heap memory
        // (ptr.rs / mod.rs invariant 2).
        unsafe { hdr(o.addr()) }.load(Relaxed)
    }

    #[inline]
    pub(crate) fn sense(&self) -> u64 {
        self.epoch.load(Relaxed) & 1
    }

    /// Payload length: words for word objects, bytes for byte objects.
    #[inline]
    pub fn len(&self, o: ObjRef) -> usize {
        len_of(self.header(o))
    }

    pub fn layout(&self, o: ObjRef) -> LayoutId {
        LayoutId(layout_of(self.header(o)))
    }

    pub fn is_bytes(&self, o: ObjRef) -> bool {
        self.header(o) & F_BYTES != 0
    }

    /// Check index and kind of word `i`; return its cell.
    #[inline]
    fn cell(&self, o: ObjRef, i: usize, kind: Kind, write: bool) -> &'static AtomicU64 {
        let h = self.header(o);
        if i >= len_of(h) {
            bad_index(i, len_of(h))
        }
        let bad_flags = if write {
            F_BYTES | F_IMMUTABLE
        } else {
            F_BYTES
        };
        if h & bad_flags != 0 {
            bad_access(if write { "write" } else { "word read" }, h, i)
        }
        if kind != Kind::Any {
            let is_ptr = if h & F_NOSCAN != 0 {
                false
            } else if h & F_ALLPTR != 0 {
                true
            } else {
                layout::get(layout_of(h)).is_ptr(i)
            };
            if is_ptr != (kind == Kind::Pointer) {
                bad_access(
                    if is_ptr {
                        "scalar access to a pointer word"
                    } else {
                        "pointer access to a scalar word"
                    },
                    h,
                    i,
                )
            }
        }
        // SAFETY: `o` is a live object (ObjRef invariant) and i < len, the
        // payload length its slot was allocated for; it is a word object.
        unsafe { word_at(o.addr(), i) }
    }

    /// Read word `i` (any kind; a pointer word reads as its encoding).
    #[inline]
    pub fn load(&self, o: ObjRef, i: usize) -> u64 {
        self.cell(o, i, Kind::Any, false).load(Relaxed)
    }

    /// Write scalar word `i`. Panics if the layout says it is a pointer.
    #[inline]
    pub fn store(&self, o: ObjRef, i: usize, v: u64) {
        self.cell(o, i, Kind::Scalar, true).store(v, Relaxed)
    }

    /// Read pointer word `i`.
    #[inline]
    pub fn load_ptr(&self, o: ObjRef, i: usize) -> Option<Ptr> {
        Ptr::from_word(self.cell(o, i, Kind::Pointer, false).load(Acquire))
    }

    /// Write pointer word `i`, through the write barrier.
    #[inline]
    pub fn store_ptr(&self, o: ObjRef, i: usize, v: Option<Ptr>) {
        let c = self.cell(o, i, Kind::Pointer, true);
        let new = Ptr::word(v);
        if self.marking.load(Relaxed) {
            self.write_barrier(c.load(Acquire), new);
        }
        c.store(new, Release)
    }

    // ---- sync/atomic (SeqCst RMWs on the same words) ----

    pub fn atomic_load(&self, o: ObjRef, i: usize) -> u64 {
        self.cell(o, i, Kind::Scalar, false).load(SeqCst)
    }
    pub fn atomic_store(&self, o: ObjRef, i: usize, v: u64) {
        self.cell(o, i, Kind::Scalar, true).store(v, SeqCst)
    }
    /// Returns the new value (Go's AddInt64).
    pub fn atomic_add(&self, o: ObjRef, i: usize, delta: u64) -> u64 {
        self.cell(o, i, Kind::Scalar, true)
            .fetch_add(delta, SeqCst)
            .wrapping_add(delta)
    }
    pub fn atomic_swap(&self, o: ObjRef, i: usize, v: u64) -> u64 {
        self.cell(o, i, Kind::Scalar, true).swap(v, SeqCst)
    }
    pub fn atomic_cas(&self, o: ObjRef, i: usize, old: u64, new: u64) -> bool {
        self.cell(o, i, Kind::Scalar, true)
            .compare_exchange(old, new, SeqCst, SeqCst)
            .is_ok()
    }
    pub fn atomic_load_ptr(&self, o: ObjRef, i: usize) -> Option<Ptr> {
        Ptr::from_word(self.cell(o, i, Kind::Pointer, false).load(SeqCst))
    }
    pub fn atomic_swap_ptr(&self, o: ObjRef, i: usize, v: Option<Ptr>) -> Option<Ptr> {
        let c = self.cell(o, i, Kind::Pointer, true);
        if self.marking.load(Relaxed) {
            self.write_barrier(c.load(Acquire), Ptr::word(v));
        }
        Ptr::from_word(c.swap(Ptr::word(v), SeqCst))
    }
    pub fn atomic_cas_ptr(&self, o: ObjRef, i: usize, old: Option<Ptr>, new: Option<Ptr>) -> bool {
        let c = self.cell(o, i, Kind::Pointer, true);
        if self.marking.load(Relaxed) {
            self.write_barrier(c.load(Acquire), Ptr::word(new));
        }
        c.compare_exchange(Ptr::word(old), Ptr::word(new), SeqCst, SeqCst)
            .is_ok()
    }

    /// Copy `n` words from `src[si..]` to `dst[di..]` (memmove semantics).
    /// Word kinds must agree position by position (else panic); pointer
    /// words go through the write barrier.
    pub fn copy_words(&self, dst: ObjRef, di: usize, src: ObjRef, si: usize, n: usize) {
        let hd = self.header(dst);
        let hs = self.header(src);
        let (ld, ls) = (len_of(hd), len_of(hs));
        if di.checked_add(n).is_none_or(|e| e > ld) {
            bad_index(di.saturating_add(n), ld)
        }
        if si.checked_add(n).is_none_or(|e| e > ls) {
            bad_index(si.saturating_add(n), ls)
        }
        if hd & (F_BYTES | F_IMMUTABLE) != 0 {
            bad_access("copy into", hd, di)
        }
        if hs & F_BYTES != 0 {
            bad_access("word copy from", hs, si)
        }
        if n == 0 {
            return;
        }
        let backwards = dst == src && di > si;
        let idx = |k: usize| if backwards { n - 1 - k } else { k };
        // SAFETY (all word_at below): both objects are live (ObjRef
        // invariant), word objects, and di+n <= ld, si+n <= ls were checked.
        if hd & hs & F_NOSCAN != 0 {
            for k in 0..n {
                let k = idx(k);
                let v = unsafe { word_at(src.addr(), si + k) }.load(Relaxed);
                unsafe { word_at(dst.addr(), di + k) }.store(v, Relaxed);
            }
            return;
        }
        let kind = |h: u64, i: usize| -> bool {
            if h & F_NOSCAN != 0 {
                false
            } else if h & F_ALLPTR != 0 {
                true
            } else {
                layout::get(layout_of(h)).is_ptr(i)
            }
        };
        let marking = self.marking.load(Relaxed);
        for k in 0..n {
            let k = idx(k);
            let ps = kind(hs, si + k);
            if ps != kind(hd, di + k) {
                bad_access("copy between words of different kinds", hd, di + k)
            }
            let s = unsafe { word_at(src.addr(), si + k) };
            let d = unsafe { word_at(dst.addr(), di + k) };
            if ps {
                let v = s.load(Acquire);
                if marking {
                    self.write_barrier(d.load(Acquire), v);
                }
                d.store(v, Release);
            } else {
                d.store(s.load(Relaxed), Relaxed);
            }
        }
    }

    // ---- byte objects ----

    #[inline]
    fn byte_cell(&self, o: ObjRef, i: usize, write: bool) -> &'static AtomicU8 {
        let h = self.header(o);
        if i >= len_of(h) {
            bad_index(i, len_of(h))
        }
        if h & F_BYTES == 0 || (write && h & F_IMMUTABLE != 0) {
            bad_access(if write { "byte write" } else { "byte read" }, h, i)
        }
        // SAFETY: live byte object (ObjRef invariant), i < its byte length.
        unsafe { byte_at(o.addr(), i) }
    }

    #[inline]
    pub fn load_byte(&self, o: ObjRef, i: usize) -> u8 {
        self.byte_cell(o, i, false).load(Relaxed)
    }

    #[inline]
    pub fn store_byte(&self, o: ObjRef, i: usize, v: u8) {
        self.byte_cell(o, i, true).store(v, Relaxed)
    }

    /// Copy bytes (memmove semantics); `src` may be a string.
    pub fn copy_bytes(&self, dst: ObjRef, di: usize, src: ObjRef, si: usize, n: usize) {
        if n == 0 {
            return;
        }
        // Checks both ends (bounds, kinds, mutability) once.
        self.byte_cell(dst, di + n - 1, true);
        self.byte_cell(dst, di, true);
        self.byte_cell(src, si + n - 1, false);
        self.byte_cell(src, si, false);
        let backwards = dst == src && di > si;
        for k in 0..n {
            let k = if backwards { n - 1 - k } else { k };
            // SAFETY: both are live byte objects and the end indices were
            // bounds-checked above.
            let v = unsafe { byte_at(src.addr(), si + k) }.load(Relaxed);
            unsafe { byte_at(dst.addr(), di + k) }.store(v, Relaxed);
        }
    }

    /// Read bytes [start, start+out.len()) into `out`.
    pub fn read_bytes(&self, o: ObjRef, start: usize, out: &mut [u8]) {
        if out.is_empty() {
            return;
        }
        self.byte_cell(o, start + out.len() - 1, false);
        self.byte_cell(o, start, false);
        for (k, b) in out.iter_mut().enumerate() {
            // SAFETY: live byte object, range end checked above.
            *b = unsafe { byte_at(o.addr(), start + k) }.load(Relaxed);
        }
    }

    /// Write `data` at byte `start` of a mutable byte object.
    pub fn write_bytes(&self, o: ObjRef, start: usize, data: &[u8]) {
        if data.is_empty() {
            return;
        }
        self.byte_cell(o, start + data.len() - 1, true);
        self.byte_cell(o, start, true);
        for (k, &b) in data.iter().enumerate() {
            // SAFETY: live mutable byte object, range end checked above.
            unsafe { byte_at(o.addr(), start + k) }.store(b, Relaxed);
        }
    }

    /// The bytes of a string object (immutable, so a plain slice is sound).
    pub fn str_bytes(&self, o: ObjRef) -> &[u8] {
        let h = self.header(o);
        if h & (F_BYTES | F_IMMUTABLE) != F_BYTES | F_IMMUTABLE {
            bad_access("string read", h, 0)
        }
        // SAFETY: a live string object (ObjRef invariant) whose `len` bytes
        // were written before the ObjRef left the allocator and are never
        // written again (no API writes F_IMMUTABLE objects), in heap memory
        // that is never unmapped; so no write can race with this shared view.
        unsafe { std::slice::from_raw_parts((o.addr() + 8) as *const u8, len_of(h)) }
    }

    // ---- pointers ----

    /// The object and payload offset a pointer designates.
    #[inline]
    pub fn resolve(&self, p: Ptr) -> (ObjRef, usize) {
        match p.inline_offset() {
            Some(off) => (p.mark_target(), off),
            None => {
                let b = p.mark_target();
                let h = self.header(b);
                if layout_of(h) != LayoutId::PTR_BOX.0 {
                    bad_access("boxed pointer decode", h, 0)
                }
                let base = self.load_ptr(b, 0).and_then(Ptr::as_obj);
                let base = base.unwrap_or_else(|| bad_access("empty pointer box", h, 0));
                (base, self.load(b, 1) as usize)
            }
        }
    }

    /// Go's `==` on pointers (boxes compare by what they designate).
    pub fn ptr_eq(&self, a: Option<Ptr>, b: Option<Ptr>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) if a.is_boxed() || b.is_boxed() => {
                self.resolve(a) == self.resolve(b)
            }
            _ => a == b,
        }
    }

    /// `*p` for a scalar word.
    pub fn load_at(&self, p: Ptr) -> u64 {
        let (o, i) = self.resolve(p);
        self.load(o, i)
    }
    pub fn store_at(&self, p: Ptr, v: u64) {
        let (o, i) = self.resolve(p);
        self.store(o, i, v)
    }
    pub fn load_ptr_at(&self, p: Ptr) -> Option<Ptr> {
        let (o, i) = self.resolve(p);
        self.load_ptr(o, i)
    }
    pub fn store_ptr_at(&self, p: Ptr, v: Option<Ptr>) {
        let (o, i) = self.resolve(p);
        self.store_ptr(o, i, v)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Memory stays mapped (stale references must still read mapped,
        // zeroed memory: invariant 1); give the pages back to the OS.
        let pages = self.pages.get_mut().unwrap_or_else(|e| e.into_inner());
        for &(a, n) in &pages.chunks {
            super::sys::release(a, n);
        }
    }
}
