//! Pointer words: the one-word encoding of a Go pointer value.
//!
//! Owns the encoding and the two newtypes the rest of golite uses to name
//! heap objects. Encoding of a non-nil pointer word (0 is nil):
//!
//! ```text
//!   63            48 47                                  0
//!  +----------------+-------------------------------------+
//!  |  off (16 bits) |  object address (48 bits)           |
//!  +----------------+-------------------------------------+
//! ```
//! `address` is the object's header address (8-aligned, never 0); `off` is
//! the payload offset the pointer designates (words for word objects, bytes
//! for byte objects), so `&s.f` and `&a[i]` keep the whole object alive.
//! User-space addresses on x86-64 and aarch64 (4-level paging, or 5-level
//! without a high mmap hint) are below 2^47; the allocator checks every
//! mapped chunk against 2^48 and retries with a low hint otherwise
//! (`sys.rs`). An offset >= 0xFFFF is boxed: `off` field = 0xFFFF and the
//! address is that of an immutable `PTR_BOX` object {base: ptr, off: word}.
//! The marker needs no special case: the box is an object whose word 0 is a
//! pointer to the base.
//!
//! Invariant: values of these types are only made inside gc/ (allocation,
//! or decoding a word the layout says is a pointer), never from an
//! arbitrary integer, so a scalar can never be used as a pointer.

use std::num::{NonZeroU64, NonZeroUsize};

pub(crate) const ADDR_BITS: u32 = 48;
pub(crate) const ADDR_MASK: u64 = (1 << ADDR_BITS) - 1;
/// Offset field value meaning "the address is a {base, off} box".
pub const BOXED_OFF: u64 = 0xFFFF;
/// Largest offset stored inline in the pointer word.
pub const MAX_INLINE_OFF: usize = 0xFFFE;

/// A reference to a whole heap object (its header address).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ObjRef(NonZeroUsize);

/// A Go pointer value: object plus payload offset, in one word.
/// `==` on `Ptr` compares words; Go's `==` on pointers is `Heap::ptr_eq`
/// (two boxes may designate the same place).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct Ptr(NonZeroU64);

impl ObjRef {
    /// Only for addresses of allocated objects (allocator, decoding).
    #[inline]
    pub(crate) fn from_addr(addr: usize) -> ObjRef {
        debug_assert!(addr != 0 && addr.is_multiple_of(8) && (addr as u64) <= ADDR_MASK);
        ObjRef(NonZeroUsize::new(addr).expect("gc: null object address"))
    }
    #[inline]
    pub(crate) fn addr(self) -> usize {
        self.0.get()
    }
    /// Pointer to the object itself (offset 0).
    #[inline]
    pub fn ptr(self) -> Ptr {
        Ptr::encode(self.addr(), 0)
    }
    /// The address as a number (for printing `%p`, hashing identity).
    pub fn addr_bits(self) -> u64 {
        self.0.get() as u64
    }
}

impl Ptr {
    #[inline]
    pub(crate) fn encode(addr: usize, off: u64) -> Ptr {
        debug_assert!(off <= BOXED_OFF && (addr as u64) <= ADDR_MASK);
        Ptr(NonZeroU64::new(addr as u64 | off << ADDR_BITS).expect("gc: null pointer"))
    }
    /// Decode a word read from a pointer slot (0 = nil). Crate-private: only
    /// words that the layout says are pointers may be decoded.
    #[inline]
    pub(crate) fn from_word(w: u64) -> Option<Ptr> {
        NonZeroU64::new(w).map(Ptr)
    }
    /// The word stored in a heap slot or register for this pointer.
    #[inline]
    pub fn bits(self) -> u64 {
        self.0.get()
    }
    /// The word for a nullable pointer (nil = 0).
    #[inline]
    pub fn word(p: Option<Ptr>) -> u64 {
        p.map_or(0, Ptr::bits)
    }
    /// Address part: the target object, or the box when `is_boxed`.
    #[inline]
    pub(crate) fn addr(self) -> usize {
        (self.0.get() & ADDR_MASK) as usize
    }
    #[inline]
    pub fn is_boxed(self) -> bool {
        self.0.get() >> ADDR_BITS == BOXED_OFF
    }
    /// Offset when stored inline (`None` when boxed: use `Heap::resolve`).
    #[inline]
    pub fn inline_offset(self) -> Option<usize> {
        let off = self.0.get() >> ADDR_BITS;
        (off != BOXED_OFF).then_some(off as usize)
    }
    /// The object, when this pointer designates offset 0 of it inline.
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        (self.0.get() >> ADDR_BITS == 0).then(|| ObjRef::from_addr(self.addr()))
    }
    /// The object holding the word this pointer was encoded from, i.e. the
    /// object (or box) the marker shades.
    #[inline]
    pub(crate) fn mark_target(self) -> ObjRef {
        ObjRef::from_addr(self.addr())
    }
}
