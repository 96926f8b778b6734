//! Readers and writers of register-form values shared by the bindings:
//! scalars, strings, `[]byte` (one scalar word per byte today, or a byte
//! object), `[]string` and `[][]byte` (arrays of pointer words, the
//! latter to immutable slice headers), and Go's append growth for the
//! natives that append to a byte slice.

use super::super::{Fault, Vm, R};
use crate::gc::{LayoutId, ObjRef, Ptr};

/// The largest object payload the heap can hold (u32 length).
const MAX_OBJ: usize = u32::MAX as usize;

pub(super) fn int(vm: &Vm, at: usize) -> i64 {
    vm.regs[at] as i64
}

pub(super) fn word(vm: &Vm, at: usize) -> u64 {
    vm.regs[at]
}

pub(super) fn float(vm: &Vm, at: usize) -> f64 {
    f64::from_bits(vm.regs[at])
}

/// A rune argument (int32 in register form).
pub(super) fn rune(vm: &Vm, at: usize) -> i32 {
    vm.regs[at] as i64 as i32
}

pub(super) fn put_int(vm: &mut Vm, at: usize, v: i64) {
    vm.regs[at] = v as u64;
}

pub(super) fn put_word(vm: &mut Vm, at: usize, v: u64) {
    vm.regs[at] = v;
}

pub(super) fn put_bool(vm: &mut Vm, at: usize, v: bool) {
    vm.regs[at] = v as u64;
}

pub(super) fn put_float(vm: &mut Vm, at: usize, v: f64) {
    vm.regs[at] = v.to_bits();
}

pub(super) fn string(vm: &Vm, at: usize) -> Vec<u8> {
    vm.str_bytes(vm.regs[at])
}

/// Writes a new string; a string past the heap's object limit is Go's
/// out-of-memory death.
pub(super) fn put_str(vm: &mut Vm, at: usize, s: &[u8]) -> R<()> {
    if s.len() > MAX_OBJ {
        return Err(out_of_memory());
    }
    vm.regs[at] = vm.new_str(s);
    Ok(())
}

/// Whether `count` copies of `len` bytes are too many for one heap
/// object although Go would not call it an overflow (so the natives fail
/// before allocating).
pub(super) fn repeat_too_big(len: usize, count: i64) -> bool {
    let total = len as u128 * count.max(0) as u128;
    total > MAX_OBJ as u128 && total <= i64::MAX as u128
}

pub(super) fn out_of_memory() -> Fault {
    Fault::Runtime("makeslice: len out of range".into())
}

pub(super) fn slice(vm: &Vm, at: usize) -> [u64; 4] {
    vm.slice_regs(at)
}

pub(super) fn put_slice(vm: &mut Vm, at: usize, sl: [u64; 4]) {
    vm.regs[at..at + 4].copy_from_slice(&sl);
}

/// The bytes of a `[]byte` slice.
pub(super) fn bytes_of(vm: &Vm, sl: [u64; 4]) -> Vec<u8> {
    let (off, n) = (sl[1] as usize, sl[2] as usize);
    match Vm::obj(sl[0]) {
        None => Vec::new(),
        Some(o) if vm.heap.is_bytes(o) => {
            let mut b = vec![0; n];
            vm.heap.read_bytes(o, off, &mut b);
            b
        }
        Some(o) => (0..n).map(|i| vm.heap.load(o, off + i) as u8).collect(),
    }
}

/// The `[]byte` argument at `at`.
pub(super) fn bytes(vm: &Vm, at: usize) -> Vec<u8> {
    bytes_of(vm, vm.slice_regs(at))
}

fn store_byte(vm: &Vm, o: ObjRef, i: usize, b: u8) {
    if vm.heap.is_bytes(o) {
        vm.heap.store_byte(o, i, b);
    } else {
        vm.heap.store(o, i, u64::from(b));
    }
}

/// A new non-nil `[]byte` holding `data`, with capacity `cap` (at least
/// the length).
pub(super) fn new_bytes(vm: &mut Vm, data: &[u8], cap: usize) -> R<[u64; 4]> {
    let cap = cap.max(data.len());
    if cap > MAX_OBJ {
        return Err(out_of_memory());
    }
    let o = vm.cache.alloc(LayoutId::SCALARS, cap.max(1));
    for (i, &b) in data.iter().enumerate() {
        store_byte(vm, o, i, b);
    }
    Ok([o.ptr().bits(), 0, data.len() as u64, cap as u64])
}

/// `append(sl, data...)` for a `[]byte`, growing as Go's append does.
pub(crate) fn append_bytes(vm: &mut Vm, mut sl: [u64; 4], data: &[u8]) -> R<[u64; 4]> {
    let (len, cap) = (sl[2] as usize, sl[3] as usize);
    let need = len.checked_add(data.len()).ok_or_else(out_of_memory)?;
    if data.is_empty() {
        return Ok(sl);
    }
    if need > cap {
        let old = bytes_of(vm, sl);
        let newcap = crate::compile::grow_cap(cap, need, 1);
        sl = new_bytes(vm, &old, newcap)?;
    }
    if let Some(o) = Vm::obj(sl[0]) {
        let at = sl[1] as usize + len;
        for (i, &b) in data.iter().enumerate() {
            store_byte(vm, o, at + i, b);
        }
    }
    sl[2] = need as u64;
    Ok(sl)
}

/// `sl[lo:hi:max]` (bounds already valid).
pub(super) fn sub(sl: [u64; 4], lo: usize, hi: usize, max: usize) -> [u64; 4] {
    [
        sl[0],
        sl[1] + lo as u64,
        (hi - lo) as u64,
        (max - lo) as u64,
    ]
}

/// Offset of `part` inside `whole` (`part` borrowed from `whole`; were
/// it not, the result is still a valid offset for its length).
pub(super) fn offset_in(whole: &[u8], part: &[u8]) -> usize {
    let off = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    off.min(whole.len().saturating_sub(part.len()))
}

/// A new slice of capacity `cap` (at least the length) over an array of
/// pointer words starting with `words` (non-nil even when empty).
fn pointer_array(vm: &mut Vm, words: &[u64], cap: usize) -> [u64; 4] {
    let cap = cap.max(words.len());
    let o = vm.cache.alloc(LayoutId::POINTERS, cap.max(1));
    for (i, &w) in words.iter().enumerate() {
        vm.heap.store_ptr(o, i, Ptr::from_word(w));
    }
    [o.ptr().bits(), 0, words.len() as u64, cap as u64]
}

/// A new non-nil `[]string` (with the program's own string array layout
/// when it has one).
pub(super) fn new_strings<S: AsRef<[u8]>>(vm: &mut Vm, items: &[S]) -> [u64; 4] {
    new_strings_cap(vm, items, 0)
}

/// `new_strings` with capacity `cap` (at least the length).
pub(super) fn new_strings_cap<S: AsRef<[u8]>>(vm: &mut Vm, items: &[S], cap: usize) -> [u64; 4] {
    let words: Vec<u64> = items.iter().map(|s| vm.new_str(s.as_ref())).collect();
    let st = crate::check::types::basic(crate::check::basic::BasicKind::String);
    match vm.elem_index(st) {
        Some(e) if !words.is_empty() && cap <= words.len() => {
            let items: Vec<Vec<u64>> = words.iter().map(|&w| vec![w]).collect();
            vm.make_slice_of(e as u32, &items)
        }
        _ => pointer_array(vm, &words, cap),
    }
}

/// A new non-nil `[][]byte` of capacity `cap` (at least the length)
/// from register-form slices.
pub(super) fn new_slices(vm: &mut Vm, items: &[[u64; 4]], cap: usize) -> [u64; 4] {
    let words: Vec<u64> = items.iter().map(|&sl| slice_header(vm, sl)).collect();
    pointer_array(vm, &words, cap)
}

/// The elements of a `[]string` argument.
pub(super) fn strings(vm: &Vm, at: usize) -> Vec<Vec<u8>> {
    let sl = vm.slice_regs(at);
    let Some(o) = Vm::obj(sl[0]) else {
        return Vec::new();
    };
    (0..sl[2] as usize)
        .map(|i| vm.str_bytes(Ptr::word(vm.heap.load_ptr(o, sl[1] as usize + i))))
        .collect()
}

/// The elements of a `[][]byte` argument, in register form.
pub(super) fn slices(vm: &Vm, at: usize) -> Vec<[u64; 4]> {
    let sl = vm.slice_regs(at);
    let Some(o) = Vm::obj(sl[0]) else {
        return Vec::new();
    };
    (0..sl[2] as usize)
        .map(|i| {
            match vm
                .heap
                .load_ptr(o, sl[1] as usize + i)
                .and_then(|p| p.as_obj())
            {
                Some(h) => [
                    Ptr::word(vm.heap.load_ptr(h, 0)),
                    vm.heap.load(h, 1),
                    vm.heap.load(h, 2),
                    vm.heap.load(h, 3),
                ],
                None => [0; 4],
            }
        })
        .collect()
}

/// A new non-nil slice of scalar words (`[]int`, `[]uint32`...).
pub(super) fn new_words(vm: &mut Vm, words: &[u64]) -> [u64; 4] {
    let o = vm.cache.alloc(LayoutId::SCALARS, words.len().max(1));
    for (i, &w) in words.iter().enumerate() {
        vm.heap.store(o, i, w);
    }
    let n = words.len() as u64;
    [o.ptr().bits(), 0, n, n]
}

/// Overwrites the first bytes of `[]byte` `sl` with `data` (at most its
/// length).
pub(super) fn write_bytes(vm: &Vm, sl: [u64; 4], data: &[u8]) {
    if let Some(o) = Vm::obj(sl[0]) {
        for (i, &b) in data.iter().take(sl[2] as usize).enumerate() {
            store_byte(vm, o, sl[1] as usize + i, b);
        }
    }
}

/// The heap form of slice `sl`: a pointer word to a new immutable header
/// {array, off, len, cap}, or 0 for a nil slice.
pub(super) fn slice_header(vm: &mut Vm, [a, b, c, d]: [u64; 4]) -> u64 {
    if a == 0 && c == 0 {
        return 0;
    }
    let hl = vm.hdr_layout;
    vm.cache
        .alloc_init(hl, 1, |i| {
            i.store_ptr(0, Ptr::from_word(a));
            i.store(1, b);
            i.store(2, c);
            i.store(3, d);
        })
        .ptr()
        .bits()
}
