//! The order in which fmt prints map entries: keys sorted by value.
//! Owns the key comparator: nil interfaces first; integers, strings and
//! floats in their natural order (NaN below every number, NaNs equal);
//! complex by real then imaginary part; false before true; pointers,
//! channels and funcs by address; structs field by field and arrays
//! element by element; interface values by dynamic type (by name here:
//! Go uses the address of the type descriptor, which a program cannot
//! see) and then by value. The comparison walks nested keys with its own
//! work list, so key depth is not bounded by the Rust stack.

use super::value::{FmtValue, Kind};
use std::cmp::Ordering;

fn floats(a: f64, b: f64) -> Ordering {
    match a.partial_cmp(&b) {
        Some(o) => o,
        None => b.is_nan().cmp(&a.is_nan()),
    }
}

/// A rank for kinds that should not meet in one map (only reached when
/// two dynamic values share a type name but not a shape).
fn rank(k: &Kind) -> u8 {
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

/// Compares two map keys of one map.
pub(super) fn compare_keys(a: &FmtValue, b: &FmtValue) -> Ordering {
    let mut work: Vec<(&FmtValue, &FmtValue)> = vec![(a, b)];
    while let Some((x, y)) = work.pop() {
        let here = match (&x.kind, &y.kind) {
            (Kind::Interface(p), Kind::Interface(q)) => match (p, q) {
                (Some(p), Some(q)) => {
                    let by_type = p.ty.cmp(&q.ty);
                    if by_type == Ordering::Equal {
                        work.push((p, q));
                    }
                    by_type
                }
                _ => p.is_some().cmp(&q.is_some()),
            },
            (Kind::Bool(p), Kind::Bool(q)) => p.cmp(q),
            (Kind::Int(p), Kind::Int(q)) => p.cmp(q),
            (Kind::Uint(p), Kind::Uint(q)) => p.cmp(q),
            (Kind::String(p), Kind::String(q)) => p.cmp(q),
            (Kind::Float { v: p, .. }, Kind::Float { v: q, .. }) => floats(*p, *q),
            (Kind::Complex { re: pr, im: pi, .. }, Kind::Complex { re: qr, im: qi, .. }) => {
                floats(*pr, *qr).then_with(|| floats(*pi, *qi))
            }
            (Kind::Pointer { addr: p, .. }, Kind::Pointer { addr: q, .. })
            | (Kind::Chan(p), Kind::Chan(q))
            | (Kind::Func(p), Kind::Func(q))
            | (Kind::UnsafePointer(p), Kind::UnsafePointer(q)) => p.cmp(q),
            (Kind::Struct(p), Kind::Struct(q)) => {
                let n = p.len().cmp(&q.len());
                if n == Ordering::Equal {
                    work.extend(p.iter().zip(q).rev().map(|(f, g)| (&f.value, &g.value)));
                }
                n
            }
            (Kind::Array { elems: p, .. }, Kind::Array { elems: q, .. }) => {
                let n = p.len().cmp(&q.len());
                if n == Ordering::Equal {
                    work.extend(p.iter().zip(q).rev());
                }
                n
            }
            (Kind::Bytes { data: p, .. }, Kind::Bytes { data: q, .. }) => p.cmp(q),
            (Kind::Nil, Kind::Nil) => Ordering::Equal,
            (p, q) => rank(p).cmp(&rank(q)),
        };
        if here != Ordering::Equal {
            return here;
        }
    }
    Ordering::Equal
}

/// The entry indices of a map in printing order (stable for equal keys).
pub(super) fn sorted_entries(entries: &[(FmtValue, FmtValue)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&i, &j| compare_keys(&entries[i].0, &entries[j].0));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64) -> FmtValue {
        FmtValue::new("float64", Kind::Float { v, size: 64 })
    }

    #[test]
    fn floats_put_nan_first() {
        let keys = [f(2.0), f(f64::NAN), f(-1.0), f(f64::NEG_INFINITY)];
        let entries: Vec<_> = keys.iter().map(|k| (k.clone(), f(0.0))).collect();
        assert_eq!(sorted_entries(&entries), vec![1, 3, 2, 0]);
    }

    #[test]
    fn interfaces_by_type_then_value() {
        let i =
            |v: Option<FmtValue>| FmtValue::new("interface {}", Kind::Interface(v.map(Box::new)));
        let s = FmtValue::new("string", Kind::String(b"a".to_vec()));
        let n = FmtValue::new("int", Kind::Int(3));
        assert_eq!(compare_keys(&i(None), &i(Some(n.clone()))), Ordering::Less);
        assert_eq!(compare_keys(&i(Some(n)), &i(Some(s))), Ordering::Less);
    }
}
