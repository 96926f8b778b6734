//! fmt's scanning hooks for operands of named types: scanKind classifies
//! the pointed-to type, scanStore converts a scanned value (bool, int64,
//! uint64, float64, complex128, string or []byte) to that type and
//! stores it through the pointer, in heap form (integers re-normalised
//! to their size, a []byte as a fresh array behind a new slice header).

use super::regs::{self, put_int, put_str};
use super::{Fault, NativeFn, Vm, R};
use crate::check::basic::BasicKind as B;
use crate::check::types::{Type, TypeId};
use crate::gc::Ptr;

// The kinds of stdlib/fmt/scan.go.
const KIND_INVALID: i64 = 0;
const KIND_NOT_POINTER: i64 = 1;
const KIND_BOOL: i64 = 2;
const KIND_INT: i64 = 3;
const KIND_UINT: i64 = 4;
const KIND_FLOAT: i64 = 5;
const KIND_COMPLEX: i64 = 6;
const KIND_STRING: i64 = 7;
const KIND_BYTES: i64 = 8;

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "fmt.scanKind" => scan_kind,
        "fmt.scanStore" => scan_store,
        _ => return None,
    })
}

/// The scan kind and size in bits of values of type `t`.
fn classify(vm: &Vm, t: TypeId) -> (i64, i64) {
    let tt = &vm.m.types;
    match tt.under_type(t) {
        Type::Basic(k) => match k {
            B::Bool => (KIND_BOOL, 0),
            B::Int | B::Int64 => (KIND_INT, 64),
            B::Int8 => (KIND_INT, 8),
            B::Int16 => (KIND_INT, 16),
            B::Int32 => (KIND_INT, 32),
            B::Uint | B::Uint64 | B::Uintptr => (KIND_UINT, 64),
            B::Uint8 => (KIND_UINT, 8),
            B::Uint16 => (KIND_UINT, 16),
            B::Uint32 => (KIND_UINT, 32),
            B::Float32 => (KIND_FLOAT, 32),
            B::Float64 => (KIND_FLOAT, 64),
            B::Complex64 => (KIND_COMPLEX, 64),
            B::Complex128 => (KIND_COMPLEX, 128),
            B::String => (KIND_STRING, 0),
            _ => (KIND_INVALID, 0),
        },
        Type::Slice(e) if tt.basic_kind(*e) == Some(B::Uint8) => (KIND_BYTES, 0),
        _ => (KIND_INVALID, 0),
    }
}

/// The pointed-to type of the dynamic type of interface word `w`.
fn pointee(vm: &Vm, w: u64) -> Option<(TypeId, u64)> {
    if w == 0 {
        return None;
    }
    let (ty, words) = vm.unbox(w);
    match vm.m.types.under_type(ty) {
        Type::Pointer(e) => Some((*e, words.first().copied().unwrap_or(0))),
        _ => None,
    }
}

fn scan_kind(vm: &mut Vm, b: usize) -> R<()> {
    let w = regs::word(vm, b);
    let name = if w == 0 {
        "<nil>".to_string()
    } else {
        let s = vm.m.types.str(vm.unbox(w).0, None);
        if s == "any" {
            "interface {}".into()
        } else {
            s
        }
    };
    let (kind, bits) = match pointee(vm, w) {
        Some((e, _)) => classify(vm, e),
        None => (KIND_NOT_POINTER, 0),
    };
    put_int(vm, b, kind);
    put_int(vm, b + 1, bits);
    put_str(vm, b + 2, name.as_bytes())
}

/// Integer `v` re-normalised to a `bits`-bit signed or unsigned value.
fn normalise(v: u64, bits: i64, signed: bool) -> u64 {
    match (bits, signed) {
        (8, true) => v as i8 as i64 as u64,
        (16, true) => v as i16 as i64 as u64,
        (32, true) => v as i32 as i64 as u64,
        (8, false) => v as u8 as u64,
        (16, false) => v as u16 as u64,
        (32, false) => v as u32 as u64,
        _ => v,
    }
}

fn round32(w: u64) -> u64 {
    f64::from(f64::from_bits(w) as f32).to_bits()
}

fn scan_store(vm: &mut Vm, b: usize) -> R<()> {
    let nil = || Fault::Runtime("invalid memory address or nil pointer dereference".into());
    let (t, p) = pointee(vm, regs::word(vm, b)).ok_or_else(nil)?;
    let (o, off) = vm.heap.resolve(Ptr::from_word(p).ok_or_else(nil)?);
    let v = regs::word(vm, b + 1);
    let (_, words) = vm.unbox(v);
    let g = |i: usize| words.get(i).copied().unwrap_or(0);
    let (kind, bits) = classify(vm, t);
    match kind {
        KIND_BOOL => vm.heap.store(o, off, g(0)),
        KIND_INT => vm.heap.store(o, off, normalise(g(0), bits, true)),
        KIND_UINT => vm.heap.store(o, off, normalise(g(0), bits, false)),
        KIND_FLOAT if bits == 32 => vm.heap.store(o, off, round32(g(0))),
        KIND_FLOAT => vm.heap.store(o, off, g(0)),
        KIND_COMPLEX => {
            let f = if bits == 64 { round32 } else { |w| w };
            vm.heap.store(o, off, f(g(0)));
            vm.heap.store(o, off + 1, f(g(1)));
        }
        KIND_STRING => vm.heap.store_ptr(o, off, Ptr::from_word(g(0))),
        KIND_BYTES => {
            let data = regs::bytes_of(vm, [g(0), g(1), g(2), g(3)]);
            let sl = if g(0) == 0 {
                [0; 4]
            } else {
                let n = data.len();
                regs::new_bytes(vm, &data, n)?
            };
            let h = regs::slice_header(vm, sl);
            vm.heap.store_ptr(o, off, Ptr::from_word(h));
        }
        _ => {}
    }
    Ok(())
}
