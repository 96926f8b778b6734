//! Layout descriptors: which words of a heap object are pointers.
//!
//! Owns the process-wide, append-only layout registry. A layout is
//! registered once (`LayoutId::register`, deduplicated by shape) and never
//! changes or goes away, so a `LayoutId` read from any header is valid for
//! the life of the process and readers need no lock (one Acquire load).
//! Invariants: id 0 is "free slot" and never registered; ids 1..=5 are the
//! builtin layouts, registered first in a fixed order;
//! a layout's element has at least one word (Words kind) and its pointer
//! bitmap covers exactly `elem_words` bits.

use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::{Mutex, Once};

/// Header flag: the layout has no pointer words (never scanned).
pub(crate) const F_NOSCAN: u64 = 1 << 1;
/// Header flag: every payload word is a pointer.
pub(crate) const F_ALLPTR: u64 = 1 << 2;
/// Header flag: payload is bytes (`AtomicU8`), `len` counts bytes.
pub(crate) const F_BYTES: u64 = 1 << 3;
/// Header flag: payload is immutable after allocation (strings, boxes).
pub(crate) const F_IMMUTABLE: u64 = 1 << 4;

const MAX_LAYOUTS: usize = 1 << 16;

/// What a layout's payload is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LayoutKind {
    /// `AtomicU64` words; some of them pointers, as the bitmap says.
    Words,
    /// Mutable bytes (`[]byte` backing arrays), `AtomicU8`.
    Bytes,
    /// Immutable bytes (string data).
    String,
}

/// What the VM gives to register a layout.
#[derive(Clone, Debug)]
pub struct LayoutDesc {
    /// For reports (verify, debugging) only.
    pub name: String,
    pub kind: LayoutKind,
    /// Words per element (ignored for byte kinds). An array of N elements
    /// is one object of N * elem_words words.
    pub elem_words: u32,
    /// Indices (< elem_words) of the pointer words of one element.
    pub ptr_words: Vec<u32>,
    /// Payload never written after allocation (boxes, immutable headers).
    pub immutable: bool,
}

/// A registered layout. Only `register` and the builtins make one, so it is
/// always valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayoutId(pub(crate) u32);

pub(crate) struct Layout {
    pub name: String,
    pub elem_words: usize,
    /// Pointer bitmap of one element (bit i = word i is a pointer).
    pub bitmap: Box<[u64]>,
    /// Indices of pointer words in one element, ascending.
    pub ptr_offs: Box<[u32]>,
    /// F_* header flags implied by the layout.
    pub flags: u64,
}

impl Layout {
    /// Is payload word `i` a pointer word?
    #[inline]
    pub fn is_ptr(&self, i: usize) -> bool {
        let j = if i < self.elem_words {
            i
        } else {
            i % self.elem_words
        };
        self.bitmap[j / 64] >> (j % 64) & 1 != 0
    }
}

static TABLE: [AtomicPtr<Layout>; MAX_LAYOUTS] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; MAX_LAYOUTS];
static COUNT: AtomicU32 = AtomicU32::new(1);
static INIT: Once = Once::new();
type Key = (LayoutKind, u32, Vec<u32>, bool);
static DEDUP: Mutex<Option<HashMap<Key, u32>>> = Mutex::new(None);

impl LayoutId {
    /// Byte array (`[]byte` backing store): mutable bytes.
    pub const BYTES: LayoutId = LayoutId(1);
    /// String data: immutable bytes.
    pub const STRING: LayoutId = LayoutId(2);
    /// Boxed interior pointer {base: ptr, off: scalar}, immutable.
    pub const PTR_BOX: LayoutId = LayoutId(3);
    /// Array of scalar words.
    pub const SCALARS: LayoutId = LayoutId(4);
    /// Array of pointer words.
    pub const POINTERS: LayoutId = LayoutId(5);

    /// Register (or find, if the same shape exists) a layout.
    /// Panics on a malformed descriptor or when 65535 layouts exist.
    pub fn register(desc: &LayoutDesc) -> LayoutId {
        init();
        register_inner(desc)
    }

    pub fn index(self) -> u32 {
        self.0
    }
}

pub(crate) fn init() {
    INIT.call_once(|| {
        let b = |name: &str, kind, ew, ptrs: Vec<u32>, imm| LayoutDesc {
            name: name.to_string(),
            kind,
            elem_words: ew,
            ptr_words: ptrs,
            immutable: imm,
        };
        let ids = [
            register_inner(&b("[]byte", LayoutKind::Bytes, 0, vec![], false)),
            register_inner(&b("string", LayoutKind::String, 0, vec![], true)),
            register_inner(&b("ptrbox", LayoutKind::Words, 2, vec![0], true)),
            register_inner(&b("[]word", LayoutKind::Words, 1, vec![], false)),
            register_inner(&b("[]ptr", LayoutKind::Words, 1, vec![0], false)),
        ];
        assert_eq!(ids.map(|i| i.0), [1, 2, 3, 4, 5], "builtin layout ids");
    });
}

fn register_inner(desc: &LayoutDesc) -> LayoutId {
    let mut ptrs = desc.ptr_words.clone();
    ptrs.sort_unstable();
    ptrs.dedup();
    let ew = match desc.kind {
        LayoutKind::Words => desc.elem_words,
        _ => 0,
    };
    if desc.kind == LayoutKind::Words {
        assert!(ew >= 1, "layout {}: element of 0 words", desc.name);
        assert!(
            ptrs.iter().all(|&p| p < ew),
            "layout {}: pointer word out of element",
            desc.name
        );
    } else {
        assert!(ptrs.is_empty(), "byte layout with pointers");
    }
    let immutable = desc.immutable || desc.kind == LayoutKind::String;
    let key = (desc.kind, ew, ptrs.clone(), immutable);
    let mut guard = DEDUP.lock().unwrap_or_else(|e| e.into_inner());
    let map = guard.get_or_insert_with(HashMap::new);
    if let Some(&id) = map.get(&key) {
        return LayoutId(id);
    }
    let id = COUNT.load(Ordering::Relaxed);
    assert!((id as usize) < MAX_LAYOUTS, "too many layouts");
    let mut bitmap = vec![0u64; (ew as usize).div_ceil(64).max(1)];
    for &p in &ptrs {
        bitmap[p as usize / 64] |= 1 << (p % 64);
    }
    let mut flags = 0;
    if ptrs.is_empty() {
        flags |= F_NOSCAN;
    }
    if ew > 0 && ptrs.len() == ew as usize {
        flags |= F_ALLPTR;
    }
    if desc.kind != LayoutKind::Words {
        flags |= F_BYTES;
    }
    if immutable {
        flags |= F_IMMUTABLE;
    }
    let layout = Box::new(Layout {
        name: desc.name.clone(),
        elem_words: ew as usize,
        bitmap: bitmap.into_boxed_slice(),
        ptr_offs: ptrs.into_boxed_slice(),
        flags,
    });
    TABLE[id as usize].store(Box::into_raw(layout), Ordering::Release);
    COUNT.store(id + 1, Ordering::Release);
    map.insert(key, id);
    LayoutId(id)
}

/// The layout of a registered id (ids come only from `register`/builtins or
/// from headers written with one). Panics on an unknown id.
#[inline]
pub(crate) fn get(id: u32) -> &'static Layout {
    let p = TABLE
        .get(id as usize)
        .map(|a| a.load(Ordering::Acquire))
        .unwrap_or(std::ptr::null_mut());
    assert!(!p.is_null(), "gc: unknown layout id {id}");
    // SAFETY: non-null entries come from `Box::into_raw` in `register_inner`,
    // published with Release after full initialisation (paired with the
    // Acquire load above) and never freed or overwritten, so the pointee is
    // a valid, immutable `Layout` for the rest of the process.
    unsafe { &*p }
}
