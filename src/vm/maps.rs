//! Go maps in the gc heap: the map object, hashing, lookups, inserts,
//! deletes, clear, iteration and the fmt view.
//!
//! Owns: the map representation. A map value is one word, a pointer to a
//! header object (0 = nil map):
//!   0 count (live entries), 1 seed, 2 table (P), 3 tombstones, 4 used
//!   (live + tombstone slots), 5 cap (slots of the table, a power of two),
//!   6 flags (reserved for concurrent-write detection), 7 the `MapInfo`
//!   index it was made with, 8 clear generation.
//! The table object is an array of `cap` slots of `stride` words:
//! {hash word, key words, value words} in heap form (its layout marks the
//! pointer words, so the collector traces keys and values). Open
//! addressing with linear probing from `hash & (cap - 1)`. The hash word is
//! 0 for an empty slot, `TOMB` for a deleted entry (probes go on past it)
//! and the key's hash with bit 63 set for a live entry. A table is rebuilt
//! (into a fresh object: same capacity when at most 3/8 of it is live,
//! else double) when an insert would fill more than 3/4 of its slots.
//!
//! Invariants: a table is never written again once the header points to a
//! newer one, so an iterator that started on it keeps reading it; it then
//! looks each key up in the current table, so deleted entries are not
//! produced, values are current and no entry is produced twice. Entries
//! never move within a table. A table always has empty slots (load <=
//! 3/4), so probing terminates. Only the `gc` safe API touches heap words;
//! no Rust collection holds heap pointers.

use super::{Fault, Vm, R};
use crate::check::basic::BasicKind;
use crate::check::types::{Type, TypeId};
use crate::compile::bytecode::Slot;
use crate::compile::maps::{KeyKind, KeyOp, MapInfo};
use crate::gc::{Heap, LayoutDesc, LayoutId, LayoutKind, ObjRef, Ptr};
use crate::natives::fmt::{FmtValue, Kind};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::OnceLock;

const H_COUNT: usize = 0;
const H_SEED: usize = 1;
const H_ENTRIES: usize = 2;
const H_TOMBS: usize = 3;
const H_USED: usize = 4;
const H_CAP: usize = 5;
#[allow(dead_code)]
const H_FLAGS: usize = 6;
const H_INFO: usize = 7;
const H_CLEARS: usize = 8;
const HDR_WORDS: u32 = 9;

// Iterator object words.
const I_MAP: usize = 0;
const I_ENTRIES: usize = 1;
const I_CAP: usize = 2;
const I_DONE: usize = 3;
const I_START: usize = 4;
const I_STEP: usize = 5;
const I_CLEARS: usize = 6;

const LIVE: u64 = 1 << 63;
/// Hash word of a deleted entry.
const TOMB: u64 = 1;
const MIN_CAP: usize = 8;
/// Largest table capacity.
const MAX_CAP: usize = 1 << 30;
/// Largest capacity a `make` hint reserves up front.
const MAX_HINT_CAP: usize = 1 << 22;

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xD1B5_4A32_D192_ED03;
const K3: u64 = 0x8CB9_2BA7_2F3D_8DD7;

fn hdr_layout() -> LayoutId {
    static L: OnceLock<LayoutId> = OnceLock::new();
    *L.get_or_init(|| {
        LayoutId::register(&LayoutDesc {
            name: "map header".into(),
            kind: LayoutKind::Words,
            elem_words: HDR_WORDS,
            ptr_words: vec![H_ENTRIES as u32],
            immutable: false,
        })
    })
}

fn iter_layout() -> LayoutId {
    static L: OnceLock<LayoutId> = OnceLock::new();
    *L.get_or_init(|| {
        LayoutId::register(&LayoutDesc {
            name: "map iterator".into(),
            kind: LayoutKind::Words,
            elem_words: 7,
            ptr_words: vec![I_MAP as u32, I_ENTRIES as u32],
            immutable: false,
        })
    })
}

/// A random word (map seeds, iteration starts, NaN hashes).
fn random() -> u64 {
    static BASE: OnceLock<u64> = OnceLock::new();
    static N: AtomicU64 = AtomicU64::new(0);
    let base = *BASE.get_or_init(|| {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(0x676f_6c69_7465);
        h.finish()
    });
    let n = N.fetch_add(1, Relaxed);
    let mut z = base.wrapping_add(n.wrapping_mul(K1));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Multiply two words to 128 bits and fold the halves together.
#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let p = (a as u128).wrapping_mul(b as u128);
    (p as u64) ^ ((p >> 64) as u64)
}

#[inline]
fn hash_word(seed: u64, w: u64) -> u64 {
    fold(fold(w ^ seed, K1), seed ^ K2)
}

fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = seed ^ (b.len() as u64).wrapping_mul(K3);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut x = [0u8; 8];
        x.copy_from_slice(c);
        h = fold(h ^ u64::from_le_bytes(x), K1);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut x = [0u8; 8];
        x[..rest.len()].copy_from_slice(rest);
        h = fold(h ^ u64::from_le_bytes(x), K1);
    }
    fold(h, seed ^ K2)
}

fn hash_float(seed: u64, w: u64) -> u64 {
    let f = f64::from_bits(w);
    if f.is_nan() {
        random()
    } else if f == 0.0 {
        hash_word(seed, 0)
    } else {
        hash_word(seed, w)
    }
}

#[inline]
fn combine(h: u64, x: u64) -> u64 {
    fold(h ^ x, K3)
}

/// A key copied out of the registers (no allocation for small keys).
enum KeyBuf {
    Small([u64; 8], usize),
    Big(Vec<u64>),
}

impl KeyBuf {
    fn new(src: &[u64]) -> KeyBuf {
        if src.len() <= 8 {
            let mut b = [0u64; 8];
            b[..src.len()].copy_from_slice(src);
            KeyBuf::Small(b, src.len())
        } else {
            KeyBuf::Big(src.to_vec())
        }
    }
    fn get(&self) -> &[u64] {
        match self {
            KeyBuf::Small(b, n) => &b[..*n],
            KeyBuf::Big(v) => v,
        }
    }
}

/// One table.
#[derive(Clone, Copy)]
struct Tab {
    entries: ObjRef,
    mask: usize,
}

impl Vm<'_> {
    // ───────────── hashing and equality ─────────────

    fn sbytes(&self, w: u64) -> &[u8] {
        match Self::obj(w) {
            Some(o) => self.heap.str_bytes(o),
            None => &[],
        }
    }

    /// A pointer word made canonical (boxed interior pointers resolved).
    fn canon_ptr(&self, w: u64) -> u64 {
        match Ptr::from_word(w) {
            Some(p) if p.is_boxed() => {
                let (o, off) = self.heap.resolve(p);
                o.addr_bits() ^ (off as u64).rotate_left(48)
            }
            _ => w,
        }
    }

    fn unhashable(&self, t: TypeId) -> Fault {
        Fault::Runtime(format!(
            "hash of unhashable type {}",
            self.m.types.str(t, None)
        ))
    }

    fn key_comparable(&self, t: TypeId) -> bool {
        let tt = &self.m.types;
        match tt.get(tt.under(t)) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.key_comparable(f.ty)),
            Type::Array(_, e) => self.key_comparable(*e),
            _ => true,
        }
    }

    /// Registers of a value of type `t`.
    fn type_regs(&self, t: TypeId) -> usize {
        if let Some(i) = self.elem_index(t) {
            return self.m.elems[i].regs as usize;
        }
        let tt = &self.m.types;
        match tt.get(tt.under(t)) {
            Type::Slice(_) => 4,
            Type::Struct(fs) => fs.iter().map(|f| self.type_regs(f.ty)).sum(),
            Type::Array(n, e) => (*n as usize).saturating_mul(self.type_regs(*e)),
            Type::Basic(BasicKind::Complex128) | Type::Basic(BasicKind::Complex64) => 2,
            _ => 1,
        }
    }

    fn hash_iface(&self, seed: u64, w: u64) -> R<u64> {
        if w == 0 {
            return Ok(hash_word(seed, 0x006e_696c));
        }
        let (ty, words) = self.unbox(w);
        if !self.key_comparable(ty) {
            return Err(self.unhashable(ty));
        }
        let mut h = hash_word(seed, ty.0 as u64);
        let mut pos = 0;
        self.hash_typed(seed, ty, &words, &mut pos, &mut h)?;
        Ok(h)
    }

    /// Hashes the value of type `t` at `w[*pos..]` into `h`.
    fn hash_typed(&self, seed: u64, t: TypeId, w: &[u64], pos: &mut usize, h: &mut u64) -> R<()> {
        let tt = &self.m.types;
        let g = |p: usize| w.get(p).copied().unwrap_or(0);
        match tt.get(tt.under(t)).clone() {
            Type::Basic(k) => {
                use BasicKind::*;
                match k {
                    String | UntypedString => {
                        *h = combine(*h, hash_bytes(seed, self.sbytes(g(*pos))));
                        *pos += 1;
                    }
                    Float32 | Float64 | UntypedFloat => {
                        *h = combine(*h, hash_float(seed, g(*pos)));
                        *pos += 1;
                    }
                    Complex64 | Complex128 | UntypedComplex => {
                        *h = combine(*h, hash_float(seed, g(*pos)));
                        *h = combine(*h, hash_float(seed, g(*pos + 1)));
                        *pos += 2;
                    }
                    _ => {
                        *h = combine(*h, hash_word(seed, g(*pos)));
                        *pos += 1;
                    }
                }
            }
            Type::Struct(fs) => {
                for f in fs {
                    self.hash_typed(seed, f.ty, w, pos, h)?;
                }
            }
            Type::Array(n, e) => {
                for _ in 0..n {
                    self.hash_typed(seed, e, w, pos, h)?;
                }
            }
            Type::Interface(_) => {
                *h = combine(*h, self.hash_iface(seed, g(*pos))?);
                *pos += 1;
            }
            Type::Pointer(_) => {
                *h = combine(*h, hash_word(seed, self.canon_ptr(g(*pos))));
                *pos += 1;
            }
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => return Err(self.unhashable(t)),
            _ => {
                *h = combine(*h, hash_word(seed, g(*pos)));
                *pos += 1;
            }
        }
        Ok(())
    }

    fn key_iface_eq(&self, a: u64, b: u64) -> bool {
        if a == 0 || b == 0 {
            return a == b;
        }
        let (ta, wa) = self.unbox(a);
        let (tb, wb) = self.unbox(b);
        if ta != tb {
            return false;
        }
        let (mut pa, mut pb) = (0, 0);
        self.typed_eq(ta, &wa, &mut pa, &wb, &mut pb)
    }

    fn typed_eq(&self, t: TypeId, a: &[u64], pa: &mut usize, b: &[u64], pb: &mut usize) -> bool {
        let tt = &self.m.types;
        let ga = |p: usize| a.get(p).copied().unwrap_or(0);
        let gb = |p: usize| b.get(p).copied().unwrap_or(0);
        match tt.get(tt.under(t)).clone() {
            Type::Basic(k) => {
                use BasicKind::*;
                let n = match k {
                    Complex64 | Complex128 | UntypedComplex => 2,
                    _ => 1,
                };
                let mut eq = true;
                for i in 0..n {
                    let (x, y) = (ga(*pa + i), gb(*pb + i));
                    eq &= match k {
                        String | UntypedString => x == y || self.sbytes(x) == self.sbytes(y),
                        Float32 | Float64 | UntypedFloat | Complex64 | Complex128
                        | UntypedComplex => f64::from_bits(x) == f64::from_bits(y),
                        _ => x == y,
                    };
                }
                *pa += n;
                *pb += n;
                eq
            }
            Type::Struct(fs) => {
                let mut eq = true;
                for f in fs {
                    eq &= self.typed_eq(f.ty, a, pa, b, pb);
                }
                eq
            }
            Type::Array(n, e) => {
                let mut eq = true;
                for _ in 0..n {
                    eq &= self.typed_eq(e, a, pa, b, pb);
                }
                eq
            }
            Type::Interface(_) => {
                let eq = self.key_iface_eq(ga(*pa), gb(*pb));
                *pa += 1;
                *pb += 1;
                eq
            }
            Type::Pointer(_) => {
                let eq = self
                    .heap
                    .ptr_eq(Ptr::from_word(ga(*pa)), Ptr::from_word(gb(*pb)));
                *pa += 1;
                *pb += 1;
                eq
            }
            _ => {
                let n = self.type_regs(t);
                let eq = (0..n).all(|i| ga(*pa + i) == gb(*pb + i));
                *pa += n;
                *pb += n;
                eq
            }
        }
    }

    #[inline]
    fn word_eq(&self, op: KeyOp, a: u64, b: u64) -> bool {
        match op {
            KeyOp::Word => a == b,
            KeyOp::Float => f64::from_bits(a) == f64::from_bits(b),
            KeyOp::Str => a == b || self.sbytes(a) == self.sbytes(b),
            KeyOp::Ptr => self.heap.ptr_eq(Ptr::from_word(a), Ptr::from_word(b)),
            KeyOp::Iface => self.key_iface_eq(a, b),
        }
    }

    /// The live-marked hash of a key in register form.
    fn key_hash(&self, mi: &MapInfo, seed: u64, key: &[u64]) -> R<u64> {
        let h = match mi.kind {
            KeyKind::Word => hash_word(seed, key[0]),
            KeyKind::Str => hash_bytes(seed, self.sbytes(key[0])),
            KeyKind::Other => {
                let mut h = seed ^ K2;
                for (i, op) in mi.kops.iter().enumerate() {
                    let w = key[i];
                    let x = match op {
                        KeyOp::Word => hash_word(seed, w),
                        KeyOp::Float => hash_float(seed, w),
                        KeyOp::Str => hash_bytes(seed, self.sbytes(w)),
                        KeyOp::Ptr => hash_word(seed, self.canon_ptr(w)),
                        KeyOp::Iface => self.hash_iface(seed, w)?,
                    };
                    h = combine(h, x);
                }
                h
            }
        };
        Ok(h | LIVE)
    }

    /// Does the key equal itself (no NaN in a float word)?
    fn key_reflexive(mi: &MapInfo, key: &[u64]) -> bool {
        mi.kops
            .iter()
            .zip(key)
            .all(|(op, w)| *op != KeyOp::Float || !f64::from_bits(*w).is_nan())
    }

    /// For a lookup or delete on an empty or nil map: Go still reports an
    /// unhashable interface key, with a plain (non-runtime-error) message.
    fn check_hashable_empty(&mut self, mi: &MapInfo, key_at: usize) -> R<()> {
        if !mi.kops.contains(&KeyOp::Iface) {
            return Ok(());
        }
        let n = mi.kops.len();
        let key = KeyBuf::new(&self.regs[key_at..key_at + n]);
        match self.key_hash(mi, 0, key.get()) {
            Ok(_) => Ok(()),
            Err(Fault::Runtime(msg)) => {
                let ty = msg.trim_start_matches("hash of unhashable type ");
                Err(self.plain_panic(&format!("hash of unhashable type: {ty}")))
            }
            Err(f) => Err(f),
        }
    }

    /// A panic whose message Go prints without "runtime error: ".
    pub(crate) fn plain_panic(&mut self, msg: &str) -> Fault {
        let st = crate::check::types::basic(BasicKind::String);
        match self.elem_index(st) {
            Some(b) => {
                let s = self.new_str(msg.as_bytes());
                Fault::Value(self.box_value(b as u32, &[s]))
            }
            None => Fault::Runtime(msg.into()),
        }
    }

    // ───────────── tables ─────────────

    /// The current table of `h`. Its capacity comes from the table
    /// object's own (immutable) length, never from a second header word,
    /// so a racing writer cannot pair a table with another one's size.
    fn tab(&self, h: ObjRef, stride: u32) -> Option<Tab> {
        let entries = self.heap.load_ptr(h, H_ENTRIES)?.as_obj()?;
        let cap = self.heap.len(entries) / (stride.max(1) as usize);
        if !cap.is_power_of_two() {
            return None;
        }
        Some(Tab {
            entries,
            mask: cap - 1,
        })
    }

    /// The slot holding `key` (hash `hash`), if any.
    #[inline]
    fn find(&self, mi: &MapInfo, t: Tab, hash: u64, key: &[u64]) -> Option<usize> {
        let heap = &*self.heap;
        let stride = mi.stride as usize;
        let mut i = hash as usize & t.mask;
        // Bounded by the table size: a table always has empty slots unless
        // racing writers broke the count (then the key is just not found).
        for _ in 0..=t.mask {
            let base = i * stride;
            let w = heap.load(t.entries, base);
            if w == 0 {
                return None;
            }
            if w == hash {
                let eq = match mi.kind {
                    KeyKind::Word => heap.load(t.entries, base + 1) == key[0],
                    _ => mi.kops.iter().enumerate().all(|(j, op)| {
                        self.word_eq(*op, key[j], heap.load(t.entries, base + 1 + j))
                    }),
                };
                if eq {
                    return Some(i);
                }
            }
            i = (i + 1) & t.mask;
        }
        None
    }

    /// The first free (empty or deleted) slot on `hash`'s probe path.
    fn free_slot(heap: &Heap, t: Tab, stride: usize, hash: u64) -> Option<usize> {
        let mut i = hash as usize & t.mask;
        for _ in 0..=t.mask {
            let w = heap.load(t.entries, i * stride);
            if w == 0 || w == TOMB {
                return Some(i);
            }
            i = (i + 1) & t.mask;
        }
        None
    }

    /// Moves the live entries of `h` into a fresh table of `cap` slots.
    fn rebuild(&mut self, mi: &MapInfo, h: ObjRef, cap: usize) -> R<()> {
        if cap > MAX_CAP || cap.saturating_mul(mi.stride as usize) > (1 << 31) {
            return Err(Fault::Runtime("map too large (out of memory)".into()));
        }
        let stride = mi.stride as usize;
        let entries = self.cache.alloc(mi.entry_layout, cap);
        let nt = Tab {
            entries,
            mask: cap - 1,
        };
        let heap = self.heap.clone();
        let mut live = 0;
        if let Some(old) = self.tab(h, mi.stride) {
            for e in 0..=old.mask {
                let hw = heap.load(old.entries, e * stride);
                if hw & LIVE == 0 {
                    continue;
                }
                let Some(j) = Self::free_slot(&heap, nt, stride, hw) else {
                    continue;
                };
                heap.copy_words(entries, j * stride, old.entries, e * stride, stride);
                live += 1;
            }
        }
        heap.store_ptr(h, H_ENTRIES, Some(entries.ptr()));
        heap.store(h, H_TOMBS, 0);
        heap.store(h, H_USED, live);
        heap.store(h, H_CAP, cap as u64);
        Ok(())
    }

    // ───────────── operations ─────────────

    /// `make(map[K]V, hint)`: a new map header word.
    pub(crate) fn map_make(&mut self, mi: u32, hint: i64) -> R<u64> {
        let m = self.m;
        let info = &m.maps[mi as usize];
        let h = self.cache.alloc(hdr_layout(), 1);
        self.heap.store(h, H_SEED, random());
        self.heap.store(h, H_INFO, mi as u64);
        if hint > (MIN_CAP * 3 / 4) as i64 {
            let want = (hint as usize).min(MAX_HINT_CAP);
            let cap = (want + want / 3 + 1).next_power_of_two();
            self.rebuild(info, h, cap)?;
        }
        Ok(h.ptr().bits())
    }

    /// `len(m)`.
    pub(crate) fn map_len(&self, m: u64) -> u64 {
        match Self::obj(m) {
            Some(h) => self.heap.load(h, H_COUNT),
            None => 0,
        }
    }

    /// `m[k]` into registers `d..` (and the found flag after them when
    /// `ok`); `k` is the absolute register of the key.
    pub(crate) fn map_get(&mut self, d: usize, m: u64, k: usize, mi: u32, ok: bool) -> R<()> {
        let found = self.map_lookup(d, m, k, mi)?;
        if ok {
            let vn = self.m.maps[mi as usize].vregs as usize;
            self.regs[d + vn] = found.is_some() as u64;
        }
        Ok(())
    }

    /// `m[k]` into `d..`, and the entry's slot + 1 (0 when absent) into `s`.
    pub(crate) fn map_get_slot(&mut self, d: usize, m: u64, k: usize, mi: u32, s: usize) -> R<()> {
        let found = self.map_lookup(d, m, k, mi)?;
        self.regs[s] = found.map_or(0, |e| e as u64 + 1);
        Ok(())
    }

    /// `m[k] = v` where `s` is what `map_get_slot` found for the same map
    /// and key with nothing but register arithmetic in between.
    pub(crate) fn map_set_slot(&mut self, m: u64, k: usize, v: usize, mi: u32, s: u64) -> R<()> {
        let mm = self.m;
        let info = &mm.maps[mi as usize];
        if let (Some(h), Some(slot)) = (Self::obj(m), (s as usize).checked_sub(1)) {
            if let Some(t) = self.tab(h, info.stride) {
                let base = slot.wrapping_mul(info.stride as usize);
                if slot <= t.mask && self.heap.load(t.entries, base) & LIVE != 0 {
                    let kn = info.kops.len();
                    if info.kind == KeyKind::Other {
                        let key = KeyBuf::new(&self.regs[k..k + kn]);
                        self.store_key(info, t.entries, base + 1, key.get());
                    }
                    self.store_value(info, t.entries, base + 1 + kn, v);
                    return Ok(());
                }
            }
        }
        self.map_set(m, k, v, mi)
    }

    /// Loads `m[k]` (zero value when absent) into `d..`; returns the slot.
    fn map_lookup(&mut self, d: usize, m: u64, k: usize, mi: u32) -> R<Option<usize>> {
        let mm = self.m;
        let info = &mm.maps[mi as usize];
        let vn = info.vregs as usize;
        let found = match Self::obj(m) {
            Some(h) if self.heap.load(h, H_COUNT) != 0 => match self.tab(h, info.stride) {
                Some(t) => {
                    let key = &self.regs[k..k + info.kops.len()];
                    let seed = self.heap.load(h, H_SEED);
                    let hash = self.key_hash(info, seed, key)?;
                    self.find(info, t, hash, key).map(|e| (t, e))
                }
                None => None,
            },
            _ => {
                self.check_hashable_empty(info, k)?;
                None
            }
        };
        match found {
            Some((t, e)) => {
                let base = e * info.stride as usize + 1 + info.kops.len();
                if info.vshape.len() == 1 && info.vshape[0] == Slot::S {
                    self.regs[d] = self.heap.load(t.entries, base);
                } else {
                    super::mem::load_into(
                        &self.heap,
                        t.entries,
                        base,
                        &info.vshape,
                        &mut self.regs[d..d + vn],
                    );
                }
            }
            None => self.regs[d..d + vn].fill(0),
        }
        Ok(found.map(|(_, e)| e))
    }

    /// `m[k] = v` (`k`, `v` absolute registers).
    pub(crate) fn map_set(&mut self, m: u64, k: usize, v: usize, mi: u32) -> R<()> {
        let mm = self.m;
        let info = &mm.maps[mi as usize];
        let Some(h) = Self::obj(m) else {
            return Err(self.plain_panic("assignment to entry in nil map"));
        };
        let kn = info.kops.len();
        let key = KeyBuf::new(&self.regs[k..k + kn]);
        let key = key.get();
        let seed = self.heap.load(h, H_SEED);
        let hash = self.key_hash(info, seed, key)?;
        let stride = info.stride as usize;
        let mut t = self.tab(h, info.stride);
        if let Some(tb) = t {
            if let Some(e) = self.find(info, tb, hash, key) {
                // Go overwrites the key too: a -0 key replaces +0, and an
                // interface key takes the new dynamic value.
                if info.kind == KeyKind::Other {
                    self.store_key(info, tb.entries, e * stride + 1, key);
                }
                self.store_value(info, tb.entries, e * stride + 1 + kn, v);
                return Ok(());
            }
        }
        let used = self.heap.load(h, H_USED) as usize;
        let cap = t.map_or(0, |t| t.mask + 1);
        if t.is_none() || (used + 1) * 4 > cap * 3 {
            let count = self.heap.load(h, H_COUNT) as usize;
            let newcap = if t.is_none() {
                cap.max(MIN_CAP)
            } else if (count + 1) * 8 <= cap * 3 {
                cap
            } else {
                cap * 2
            };
            self.rebuild(info, h, newcap)?;
            t = self.tab(h, info.stride);
        }
        let Some(t) = t else {
            return Err(Fault::Runtime("map table missing".into()));
        };
        let heap = &*self.heap;
        let Some(e) = Self::free_slot(heap, t, stride, hash) else {
            return Err(Fault::Runtime("concurrent map writes".into()));
        };
        let base = e * stride;
        if heap.load(t.entries, base) == TOMB {
            heap.store(h, H_TOMBS, heap.load(h, H_TOMBS).saturating_sub(1));
        } else {
            heap.store(h, H_USED, heap.load(h, H_USED) + 1);
        }
        heap.store(t.entries, base, hash);
        heap.store(h, H_COUNT, heap.load(h, H_COUNT) + 1);
        self.store_key(info, t.entries, base + 1, key);
        self.store_value(info, t.entries, base + 1 + kn, v);
        Ok(())
    }

    fn store_key(&self, info: &MapInfo, o: ObjRef, start: usize, key: &[u64]) {
        let kshape = &self.m.elems[info.key as usize].shape;
        for (j, s) in kshape.iter().enumerate() {
            if *s == Slot::S {
                self.heap.store(o, start + j, key[j]);
            } else {
                self.heap.store_ptr(o, start + j, Ptr::from_word(key[j]));
            }
        }
    }

    fn store_value(&mut self, info: &MapInfo, o: ObjRef, start: usize, v: usize) {
        let vn = info.vregs as usize;
        if info.vshape.len() == 1 && info.vshape[0] == Slot::S {
            self.heap.store(o, start, self.regs[v]);
            return;
        }
        let hl = self.hdr_layout;
        let Vm {
            heap, cache, regs, ..
        } = self;
        super::mem::store_from(heap, cache, hl, o, start, &info.vshape, &regs[v..v + vn]);
    }

    /// `delete(m, k)`.
    pub(crate) fn map_delete(&mut self, m: u64, k: usize, mi: u32) -> R<()> {
        let mm = self.m;
        let info = &mm.maps[mi as usize];
        let h = match Self::obj(m) {
            Some(h) if self.heap.load(h, H_COUNT) != 0 => h,
            _ => return self.check_hashable_empty(info, k),
        };
        let Some(t) = self.tab(h, info.stride) else {
            return Ok(());
        };
        let kn = info.kops.len();
        let key = &self.regs[k..k + kn];
        let seed = self.heap.load(h, H_SEED);
        let hash = self.key_hash(info, seed, key)?;
        let Some(e) = self.find(info, t, hash, key) else {
            return Ok(());
        };
        let stride = info.stride as usize;
        let base = e * stride;
        let heap = &self.heap;
        heap.store(t.entries, base, TOMB);
        // Drop what the entry references, so the collector can free it.
        let kshape = &mm.elems[info.key as usize].shape;
        for (j, s) in kshape.iter().chain(info.vshape.iter()).enumerate() {
            if *s == Slot::S {
                heap.store(t.entries, base + 1 + j, 0);
            } else {
                heap.store_ptr(t.entries, base + 1 + j, None);
            }
        }
        heap.store(h, H_COUNT, heap.load(h, H_COUNT).saturating_sub(1));
        heap.store(h, H_TOMBS, heap.load(h, H_TOMBS) + 1);
        Ok(())
    }

    /// `clear(m)`.
    pub(crate) fn map_clear(&mut self, m: u64) {
        let Some(h) = Self::obj(m) else { return };
        let heap = &self.heap;
        heap.store_ptr(h, H_ENTRIES, None);
        heap.store(h, H_TOMBS, 0);
        heap.store(h, H_USED, 0);
        heap.store(h, H_CAP, 0);
        heap.store(h, H_COUNT, 0);
        heap.store(h, H_CLEARS, heap.load(h, H_CLEARS).wrapping_add(1));
    }

    /// A new iterator object over `m` (random start and stride).
    pub(crate) fn map_iter(&mut self, m: u64, mi: u32) -> u64 {
        let info = &self.m.maps[mi as usize];
        let it = self.cache.alloc(iter_layout(), 1);
        let heap = &*self.heap;
        let Some(h) = Self::obj(m) else {
            return it.ptr().bits();
        };
        heap.store_ptr(it, I_MAP, Some(h.ptr()));
        heap.store(it, I_CLEARS, heap.load(h, H_CLEARS));
        if heap.load(h, H_COUNT) == 0 {
            return it.ptr().bits();
        }
        if let Some(t) = self.tab(h, info.stride) {
            let cap = (t.mask + 1) as u64;
            let r = random();
            heap.store_ptr(it, I_ENTRIES, Some(t.entries.ptr()));
            heap.store(it, I_CAP, cap);
            heap.store(it, I_START, r & (cap.max(1) - 1));
            heap.store(it, I_STEP, (r >> 40) % 8 * 2 + 1);
        }
        it.ptr().bits()
    }

    /// Advances iterator `it`: writes the key to registers `k..` and the
    /// value to `v..` (when given); false when the iteration is over.
    pub(crate) fn map_next(
        &mut self,
        it: u64,
        k: Option<usize>,
        v: Option<usize>,
        mi: u32,
    ) -> R<bool> {
        let mm = self.m;
        let info = &mm.maps[mi as usize];
        let heap = &*self.heap;
        let Some(it) = Self::obj(it) else {
            return Ok(false);
        };
        let Some(ents) = heap.load_ptr(it, I_ENTRIES).and_then(|p| p.as_obj()) else {
            return Ok(false);
        };
        let Some(h) = heap.load_ptr(it, I_MAP).and_then(|p| p.as_obj()) else {
            return Ok(false);
        };
        let stride = info.stride as usize;
        // The table's own length, not the saved word, bounds the walk.
        let cap = (heap.len(ents) / stride.max(1)) as u64;
        if !cap.is_power_of_two() {
            return Ok(false);
        }
        let mut done = heap.load(it, I_DONE);
        if heap.load(h, H_CLEARS) != heap.load(it, I_CLEARS) {
            heap.store(it, I_DONE, cap);
            return Ok(false);
        }
        let start = heap.load(it, I_START);
        let step = heap.load(it, I_STEP);
        let kn = info.kops.len();
        let vn = info.vregs as usize;
        let same = heap.load_ptr(h, H_ENTRIES).and_then(|p| p.as_obj()) == Some(ents);
        // (key base in `ents`, object and word of the current value)
        let mut found = None;
        while done < cap {
            let slot = (start.wrapping_add(done.wrapping_mul(step)) & (cap - 1)) as usize;
            done += 1;
            let base = slot * stride;
            let hw = heap.load(ents, base);
            if hw & LIVE == 0 {
                continue;
            }
            if same {
                found = Some((base, ents, base + 1 + kn));
                break;
            }
            // The table was replaced: produce the entry only if its key is
            // still in the map, with the current value.
            let kb = if kn <= 8 {
                let mut b = [0u64; 8];
                for (j, x) in b.iter_mut().enumerate().take(kn) {
                    *x = heap.load(ents, base + 1 + j);
                }
                KeyBuf::Small(b, kn)
            } else {
                KeyBuf::Big((0..kn).map(|j| heap.load(ents, base + 1 + j)).collect())
            };
            let key = kb.get();
            if !Self::key_reflexive(info, key) {
                found = Some((base, ents, base + 1 + kn));
                break;
            }
            let Some(t) = self.tab(h, info.stride) else {
                continue;
            };
            if let Some(e) = self.find(info, t, hw, key) {
                found = Some((base, t.entries, e * stride + 1 + kn));
                break;
            }
        }
        heap.store(it, I_DONE, done);
        let Some((kbase, vobj, vbase)) = found else {
            return Ok(false);
        };
        let Vm { heap, regs, .. } = self;
        if let Some(k) = k {
            for j in 0..kn {
                regs[k + j] = heap.load(ents, kbase + 1 + j);
            }
        }
        if let Some(v) = v {
            super::mem::load_into(heap, vobj, vbase, &info.vshape, &mut regs[v..v + vn]);
        }
        Ok(true)
    }

    // ───────────── fmt ─────────────

    /// The fmt view of map value `w` of map type `t`.
    pub(crate) fn fmt_map(&self, t: TypeId, w: u64) -> Kind {
        let tt = &self.m.types;
        let (kt, vt) = match tt.get(tt.under(t)) {
            Type::Map(k, v) => (*k, *v),
            _ => (t, t),
        };
        let mut entries: Vec<(FmtValue, FmtValue)> = Vec::new();
        if let Some(h) = Self::obj(w) {
            let mi = self.heap.load(h, H_INFO) as usize;
            if let (Some(info), Some(tb)) = (
                self.m.maps.get(mi),
                self.tab(h, self.m.maps.get(mi).map_or(1, |i| i.stride)),
            ) {
                let stride = info.stride as usize;
                let kn = info.kops.len();
                for e in 0..=tb.mask {
                    let base = e * stride;
                    if self.heap.load(tb.entries, base) & LIVE == 0 {
                        continue;
                    }
                    let kw: Vec<u64> = (0..kn)
                        .map(|j| self.heap.load(tb.entries, base + 1 + j))
                        .collect();
                    let mut vw = vec![0u64; info.vregs as usize];
                    super::mem::load_into(
                        &self.heap,
                        tb.entries,
                        base + 1 + kn,
                        &info.vshape,
                        &mut vw,
                    );
                    entries.push((self.fmt_value(kt, &kw), self.fmt_value(vt, &vw)));
                }
            }
        }
        Kind::Map {
            entries,
            nil: w == 0,
            addr: w,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hash_rules() {
        let seed = 12345;
        assert_eq!(
            hash_float(seed, 0.0f64.to_bits()),
            hash_float(seed, (-0.0f64).to_bits())
        );
        let nan = f64::NAN.to_bits();
        assert_ne!(hash_float(seed, nan), hash_float(seed, nan));
        assert_eq!(
            hash_float(seed, 1.5f64.to_bits()),
            hash_float(seed, 1.5f64.to_bits())
        );
    }

    #[test]
    fn byte_hash_depends_on_every_byte_and_length() {
        let seed = 99;
        let base = hash_bytes(seed, b"hello, world!");
        assert_eq!(base, hash_bytes(seed, b"hello, world!"));
        assert_ne!(base, hash_bytes(seed, b"hello, world?"));
        assert_ne!(base, hash_bytes(seed, b"Hello, world!"));
        assert_ne!(hash_bytes(seed, b"a"), hash_bytes(seed, b"a\0"));
        assert_ne!(hash_bytes(seed, b""), hash_bytes(seed + 1, b""));
    }

    #[test]
    fn word_hash_spreads_low_bits() {
        // Consecutive integers must not pile into a few slots of a small
        // power-of-two table.
        let seed = random();
        let mut used = [0u32; 64];
        for i in 0..64u64 {
            used[(hash_word(seed, i) & 63) as usize] += 1;
        }
        assert!(used.iter().filter(|&&c| c > 0).count() > 30);
    }
}
