//! Map key order for printing (Go's internal/fmtsort): ints and uints
//! numerically, strings bytewise, floats with NaN first, complex by real
//! then imaginary part, false before true, pointers and channels by
//! address (nil first), structs field by field, arrays element by element,
//! interfaces nil first, then by dynamic type, then by value. The sort is
//! stable.
//!
//! One approximation: Go orders different dynamic types inside interface
//! keys by the address of their runtime type descriptor, which depends on
//! the linker; golite orders them by type name.

use std::cmp::Ordering;

use super::value::{FmtValue, Kind};

/// Indices of `entries` in printing order.
pub(super) fn sorted_indices(entries: &[(FmtValue, FmtValue)]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..entries.len()).collect();
    idx.sort_by(|&a, &b| compare(&entries[a].0, &entries[b].0));
    idx
}

/// cmp.Compare on floats: NaN is less than everything and equal to NaN.
fn cmp_float(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

fn addr_of(k: &Kind) -> Option<u64> {
    match k {
        Kind::Pointer { addr, .. } | Kind::Chan(addr) | Kind::Func(addr) | Kind::UnsafePointer(addr) => Some(*addr),
        _ => None,
    }
}

fn compare_seq<'a>(a: impl Iterator<Item = &'a FmtValue>, b: impl Iterator<Item = &'a FmtValue>) -> Ordering {
    let mut a = a;
    let mut b = b;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) => match compare(x, y) {
                Ordering::Equal => {}
                o => return o,
            },
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
        }
    }
}

/// A total order consistent with fmtsort on well-typed keys.
pub(super) fn compare(a: &FmtValue, b: &FmtValue) -> Ordering {
    match (&a.kind, &b.kind) {
        (Kind::Nil, Kind::Nil) => return Ordering::Equal,
        (Kind::Nil, _) => return Ordering::Less,
        (_, Kind::Nil) => return Ordering::Greater,
        _ => {}
    }
    if a.ty != b.ty {
        // Only for the dynamic values of interface keys (see above).
        return a.ty.cmp(&b.ty).then_with(|| kind_rank(&a.kind).cmp(&kind_rank(&b.kind)));
    }
    match (&a.kind, &b.kind) {
        (Kind::Int(x), Kind::Int(y)) => x.cmp(y),
        (Kind::Uint(x), Kind::Uint(y)) => x.cmp(y),
        (Kind::String(x), Kind::String(y)) => x.cmp(y),
        (Kind::Float { v: x, .. }, Kind::Float { v: y, .. }) => cmp_float(*x, *y),
        (Kind::Complex { re: r1, im: i1, .. }, Kind::Complex { re: r2, im: i2, .. }) => {
            cmp_float(*r1, *r2).then_with(|| cmp_float(*i1, *i2))
        }
        (Kind::Bool(x), Kind::Bool(y)) => x.cmp(y),
        (Kind::Struct(f), Kind::Struct(g)) => compare_seq(f.iter().map(|f| &f.value), g.iter().map(|f| &f.value)),
        (Kind::Array { elems: x, .. }, Kind::Array { elems: y, .. }) => compare_seq(x.iter(), y.iter()),
        (Kind::Bytes { data: x, .. }, Kind::Bytes { data: y, .. }) => x.cmp(y),
        (Kind::Interface(x), Kind::Interface(y)) => match (x, y) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => compare(x, y),
        },
        (ka, kb) => match (addr_of(ka), addr_of(kb)) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => kind_rank(ka).cmp(&kind_rank(kb)),
        },
    }
}

fn kind_rank(k: &Kind) -> u8 {
    match k {
        Kind::Nil => 0,
        Kind::Bool(_) => 1,
        Kind::Int(_) => 2,
        Kind::Uint(_) => 3,
        Kind::Float { .. } => 4,
        Kind::Complex { .. } => 5,
        Kind::String(_) => 6,
        Kind::Pointer { .. } => 7,
        Kind::Struct(_) => 8,
        Kind::Array { .. } => 9,
        Kind::Slice { .. } => 10,
        Kind::Bytes { .. } => 11,
        Kind::Map { .. } => 12,
        Kind::Interface(_) => 13,
        Kind::Chan(_) => 14,
        Kind::Func(_) => 15,
        Kind::UnsafePointer(_) => 16,
    }
}
