//! Size classes and spans.
//!
//! Owns the size-class table and the `Span` (a run of pages cut into equal
//! slots of one class, or one large object). Invariants: a span is in
//! exactly one place at a time (one `LocalCache`, or one central list of its
//! class, or the large list), which Rust enforces by moving its `Box`; only
//! that owner reads or writes its allocation bitmap. Bits of `alloc_bits`
//! at or beyond `nslots` are always 1 (never handed out). A slot whose bit
//! is 0 holds no object (its memory is garbage until zeroed at allocation).

use super::object::{hdr, mark_of, HDR_FREE};
use super::pages::PAGE;

/// Slot sizes in bytes, header included (index 0 = large object).
pub(crate) const CLASS_SIZES: [usize; 67] = [
    0, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];
pub(crate) const NCLASSES: usize = CLASS_SIZES.len();
pub(crate) const MAX_SMALL: usize = 32768;

const fn span_pages_table() -> [usize; NCLASSES] {
    let mut t = [0; NCLASSES];
    let mut c = 1;
    while c < NCLASSES {
        let size = CLASS_SIZES[c];
        let mut n = size.div_ceil(PAGE);
        // Waste at most 1/8 of the span, and at least 8 objects when small.
        while (n * PAGE) % size > n * PAGE / 8 || (size <= 1024 && n * PAGE / size < 8) {
            n += 1;
        }
        t[c] = n;
        c += 1;
    }
    t
}
pub(crate) const SPAN_PAGES: [usize; NCLASSES] = span_pages_table();

const fn size_tables() -> ([u8; 129], [u8; 249]) {
    let mut s8 = [0u8; 129];
    let mut s128 = [0u8; 249];
    let mut c = 1;
    let mut i = 0;
    while i < 129 {
        while CLASS_SIZES[c] < i * 8 {
            c += 1;
        }
        s8[i] = c as u8;
        i += 1;
    }
    i = 0;
    while i < 249 {
        while CLASS_SIZES[c] < 1024 + i * 128 {
            c += 1;
        }
        s128[i] = c as u8;
        i += 1;
    }
    (s8, s128)
}
const SIZE_TABLES: ([u8; 129], [u8; 249]) = size_tables();

/// Size class for an object of `bytes` (header included), 0 = large.
#[inline]
pub(crate) fn class_of(bytes: usize) -> usize {
    if bytes <= 1024 {
        SIZE_TABLES.0[(bytes + 7) >> 3] as usize
    } else if bytes <= MAX_SMALL {
        SIZE_TABLES.1[(bytes - 1024 + 127) >> 7] as usize
    } else {
        0
    }
}

/// Bytes of heap an object of `bytes` (header included) really occupies.
#[inline]
pub(crate) fn rounded_size(bytes: usize) -> usize {
    match class_of(bytes) {
        0 => bytes.next_multiple_of(PAGE),
        c => CLASS_SIZES[c],
    }
}

pub(crate) struct Span {
    pub base: usize,
    pub npages: usize,
    /// Size class, 0 for a large-object span.
    pub class: usize,
    pub size: usize,
    pub nslots: usize,
    pub alloc_bits: Box<[u64]>,
    /// Allocated slots (as of the last sweep or cache release).
    pub nalloc: usize,
    /// Free slots may hold garbage (zero them at allocation).
    pub needzero: bool,
}

impl Span {
    pub fn new(base: usize, npages: usize, class: usize, needzero: bool) -> Span {
        let size = if class == 0 {
            npages * PAGE
        } else {
            CLASS_SIZES[class]
        };
        let nslots = npages * PAGE / size;
        let ngroups = nslots.div_ceil(64);
        let mut alloc_bits = vec![0u64; ngroups].into_boxed_slice();
        if !nslots.is_multiple_of(64) {
            alloc_bits[ngroups - 1] = !0u64 << (nslots % 64);
        }
        Span {
            base,
            npages,
            class,
            size,
            nslots,
            alloc_bits,
            nalloc: 0,
            needzero,
        }
    }

    pub fn free_slots(&self) -> usize {
        self.nslots - self.nalloc
    }

    /// Free every allocated slot whose mark bit is not `sense`. Returns the
    /// number of objects freed. Freed headers are zeroed.
    pub fn sweep(&mut self, sense: u64) -> usize {
        let mut freed = 0;
        for g in 0..self.alloc_bits.len() {
            let valid = if (g + 1) * 64 <= self.nslots {
                !0u64
            } else {
                !(!0u64 << (self.nslots % 64))
            };
            let mut bits = self.alloc_bits[g] & valid;
            let mut keep = !valid;
            while bits != 0 {
                let i = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                // SAFETY: slot g*64+i < nslots of this span, whose pages are
                // heap memory; its alloc bit is set so it holds an object.
                let h = unsafe { hdr(self.base + (g * 64 + i) * self.size) };
                if mark_of(h.load(std::sync::atomic::Ordering::Relaxed)) == sense {
                    keep |= 1 << i;
                } else {
                    h.store(HDR_FREE, std::sync::atomic::Ordering::Relaxed);
                    freed += 1;
                }
            }
            self.alloc_bits[g] = keep;
        }
        self.nalloc -= freed;
        if freed > 0 {
            self.needzero = true;
        }
        freed
    }
}
