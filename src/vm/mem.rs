//! Memory instructions: cells, pointers, globals and closures.
//!
//! Owns: moving values between register form and heap form (`load_into`,
//! `store_from`: a slice is four registers but one heap word, a pointer to
//! an immutable header), pointer arithmetic on `gc::Ptr` words, closure
//! objects (word 0 = function index, then the environment's heap form).
//! Invariants: every heap access goes through `gc::Heap` (bounds checked,
//! atomic words); Go's checks (nil, bounds) are made here first so the
//! heap's own checks never fire on a valid program.

use super::{index_out_of_range, Fault, Vm, R};
use crate::compile::bytecode::{ElemInfo, Slot};
use crate::gc::{Heap, LayoutId, LocalCache, ObjRef, Ptr};

/// Go's nil-pointer panic.
pub(super) fn nil_deref() -> Fault {
    Fault::Runtime("invalid memory address or nil pointer dereference".into())
}

/// Loads heap-form words of `shape` at word `start` of `o` into `out`
/// (register form).
pub(super) fn load_into(heap: &Heap, o: ObjRef, start: usize, shape: &[Slot], out: &mut [u64]) {
    let mut r = 0;
    for (w, s) in (start..).zip(shape) {
        match s {
            Slot::S => {
                out[r] = heap.load(o, w);
                r += 1;
            }
            Slot::P => {
                out[r] = Ptr::word(heap.load_ptr(o, w));
                r += 1;
            }
            Slot::Sl => {
                match heap.load_ptr(o, w).and_then(|p| p.as_obj()) {
                    Some(h) => {
                        out[r] = Ptr::word(heap.load_ptr(h, 0));
                        out[r + 1] = heap.load(h, 1);
                        out[r + 2] = heap.load(h, 2);
                        out[r + 3] = heap.load(h, 3);
                    }
                    None => out[r..r + 4].fill(0),
                }
                r += 4;
            }
        }
    }
}

/// A new immutable slice header for register-form slice `v` (None for a
/// nil slice).
pub(super) fn slice_header(cache: &mut LocalCache, hdr: LayoutId, v: &[u64]) -> Option<Ptr> {
    if v[0] == 0 && v[2] == 0 && v[3] == 0 {
        return None;
    }
    let (a, b, c, d) = (v[0], v[1], v[2], v[3]);
    Some(
        cache
            .alloc_init(hdr, 1, |i| {
                i.store_ptr(0, Ptr::from_word(a));
                i.store(1, b);
                i.store(2, c);
                i.store(3, d);
            })
            .ptr(),
    )
}

/// Stores register-form `v` as heap-form words of `shape` at word `start`
/// of `o`.
pub(super) fn store_from(
    heap: &Heap,
    cache: &mut LocalCache,
    hdr: LayoutId,
    o: ObjRef,
    start: usize,
    shape: &[Slot],
    v: &[u64],
) {
    let mut r = 0;
    for (w, s) in (start..).zip(shape) {
        match s {
            Slot::S => {
                heap.store(o, w, v[r]);
                r += 1;
            }
            Slot::P => {
                heap.store_ptr(o, w, Ptr::from_word(v[r]));
                r += 1;
            }
            Slot::Sl => {
                let h = slice_header(cache, hdr, &v[r..r + 4]);
                heap.store_ptr(o, w, h);
                r += 4;
            }
        }
    }
}

impl<'m> Vm<'m> {
    /// The object and word offset pointer word `w` designates.
    #[inline]
    pub(super) fn deref(&self, w: u64) -> R<(ObjRef, usize)> {
        let p = Ptr::from_word(w).ok_or_else(nil_deref)?;
        Ok(self.heap.resolve(p))
    }

    /// A pointer word to word `off` of `o`.
    pub(super) fn interior_word(&mut self, o: ObjRef, off: usize) -> u64 {
        if off == 0 {
            return o.ptr().bits();
        }
        let len = self.heap.len(o);
        // A pointer just past the end designates a zero-size value.
        let off = if off >= len {
            len.saturating_sub(1)
        } else {
            off
        };
        self.cache.interior(o, off).bits()
    }

    /// A new zeroed object holding one element of `e`.
    pub(super) fn new_elem(&mut self, e: &ElemInfo) -> ObjRef {
        if e.shape.is_empty() {
            self.cache.alloc(LayoutId::SCALARS, 1)
        } else {
            self.cache.alloc(e.layout, 1)
        }
    }

    /// `Load{d,p,off,e}` at absolute register `d`.
    #[inline]
    pub(super) fn op_load(&mut self, d: usize, p: u64, off: u32, e: u32) -> R<()> {
        let (o, at) = self.deref(p)?;
        let info = &self.m.elems[e as usize];
        let start = at + off as usize;
        if let [Slot::S] = info.shape[..] {
            self.regs[d] = self.heap.load(o, start);
            return Ok(());
        }
        let n = info.regs as usize;
        load_into(&self.heap, o, start, &info.shape, &mut self.regs[d..d + n]);
        Ok(())
    }

    /// `Store{p,off,v,e}` from absolute register `v`.
    #[inline]
    pub(super) fn op_store(&mut self, p: u64, off: u32, v: usize, e: u32) -> R<()> {
        let (o, at) = self.deref(p)?;
        let info = &self.m.elems[e as usize];
        let start = at + off as usize;
        if let [Slot::S] = info.shape[..] {
            self.heap.store(o, start, self.regs[v]);
            return Ok(());
        }
        let n = info.regs as usize;
        store_from(
            &self.heap,
            &mut self.cache,
            self.hdr_layout,
            o,
            start,
            &info.shape,
            &self.regs[v..v + n],
        );
        Ok(())
    }

    pub(super) fn op_load_global(&mut self, d: usize, g: u32, e: u32) {
        let info = &self.m.elems[e as usize];
        let n = info.regs as usize;
        load_into(
            &self.heap,
            self.globals,
            g as usize,
            &info.shape,
            &mut self.regs[d..d + n],
        );
    }

    pub(super) fn op_store_global(&mut self, g: u32, s: usize, e: u32) {
        let info = &self.m.elems[e as usize];
        let n = info.regs as usize;
        store_from(
            &self.heap,
            &mut self.cache,
            self.hdr_layout,
            self.globals,
            g as usize,
            &info.shape,
            &self.regs[s..s + n],
        );
    }

    /// `AddrIdx`: p + i*stride, with Go's nil and bounds checks.
    pub(super) fn op_addr_idx(&mut self, p: u64, i: u64, len: u32, stride: u32) -> R<u64> {
        let (o, at) = self.deref(p)?;
        if i >= len as u64 {
            return Err(index_out_of_range(i as i64, len as u64));
        }
        Ok(self.interior_word(o, at + i as usize * stride as usize))
    }

    /// `AddrSl`: &s[i] for the slice in registers `s..s+4`.
    pub(super) fn op_addr_sl(&mut self, s: usize, i: u64, e: u32) -> R<u64> {
        let n = self.regs[s + 2];
        if i >= n {
            return Err(index_out_of_range(i as i64, n));
        }
        let o = Vm::obj(self.regs[s]).ok_or_else(nil_deref)?;
        let hw = self.m.elems[e as usize].shape.len();
        let idx = (self.regs[s + 1] as usize + i as usize) * hw;
        Ok(self.interior_word(o, idx))
    }

    /// `SliceArr`: the slice p[lo:hi:max] of the array p points to.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn op_slice_arr(
        &mut self,
        p: u64,
        lo: Option<u64>,
        hi: Option<u64>,
        max: Option<u64>,
        len: u32,
        e: u32,
    ) -> R<[u64; 4]> {
        let (o, at) = self.deref(p)?;
        let hw = self.m.elems[e as usize].shape.len().max(1);
        if at % hw != 0 {
            return Err(Fault::Unsupported(
                "slicing an array not aligned to its element".into(),
            ));
        }
        let cap = len as i64;
        let l = lo.map(|v| v as i64).unwrap_or(0);
        let h = hi.map(|v| v as i64).unwrap_or(cap);
        let mx = max.map(|v| v as i64).unwrap_or(cap);
        super::check_slice_bounds(l, h, mx, cap, max.is_some())?;
        if len == 0 {
            return Ok([0, 0, 0, 0]);
        }
        Ok([
            o.ptr().bits(),
            (at / hw) as u64 + l as u64,
            (h - l) as u64,
            (mx - l) as u64,
        ])
    }

    /// `CloneCell`: a new cell holding a copy of the element at `s`.
    pub(super) fn op_clone_cell(&mut self, s: u64, e: u32) -> R<u64> {
        let (o, at) = self.deref(s)?;
        let info = &self.m.elems[e as usize];
        let hw = info.shape.len();
        let n = if hw == 0 {
            self.cache.alloc(LayoutId::SCALARS, 1)
        } else {
            self.cache.alloc(info.layout, 1)
        };
        if hw > 0 {
            self.heap.copy_words(n, 0, o, at, hw);
        }
        Ok(n.ptr().bits())
    }

    /// `Closure{d,c,s}`: a closure object from closure info `c` with its
    /// environment in registers `s..`.
    pub(super) fn op_closure(&mut self, c: u32, s: usize) -> u64 {
        let info = &self.m.closures[c as usize];
        let mut words: Vec<(bool, u64)> = Vec::with_capacity(info.env.len());
        let mut r = s;
        for slot in &info.env {
            match slot {
                Slot::S => {
                    words.push((false, self.regs[r]));
                    r += 1;
                }
                Slot::P => {
                    words.push((true, self.regs[r]));
                    r += 1;
                }
                Slot::Sl => {
                    let h = slice_header(&mut self.cache, self.hdr_layout, &self.regs[r..r + 4]);
                    words.push((true, Ptr::word(h)));
                    r += 4;
                }
            }
        }
        let f = info.func as u64;
        self.cache
            .alloc_init(info.layout, 1, |i| {
                i.store(0, f);
                for (k, &(is_ptr, w)) in words.iter().enumerate() {
                    if is_ptr {
                        i.store_ptr(k + 1, Ptr::from_word(w));
                    } else {
                        i.store(k + 1, w);
                    }
                }
            })
            .ptr()
            .bits()
    }

    /// `LoadEnv{d,off,e}` from closure object `clo`.
    pub(super) fn op_load_env(&mut self, clo: u64, d: usize, off: u32, e: u32) -> R<()> {
        let o = Vm::obj(clo).ok_or_else(nil_deref)?;
        let info = &self.m.elems[e as usize];
        let n = info.regs as usize;
        load_into(
            &self.heap,
            o,
            1 + off as usize,
            &info.shape,
            &mut self.regs[d..d + n],
        );
        Ok(())
    }

    /// The function index of closure word `w` (nil func values panic).
    #[inline]
    pub(super) fn closure_func(&self, w: u64) -> R<u32> {
        let o = Vm::obj(w).ok_or_else(nil_deref)?;
        Ok(self.heap.load(o, 0) as u32)
    }
}
