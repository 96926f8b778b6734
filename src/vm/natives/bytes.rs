//! bytes natives over `crate::natives::strings` (the same primitives as
//! package strings). Results that alias the argument are subslices of its
//! array with Go's capacities (Fields and Split parts: capacity = length;
//! Trim*: up to the argument's capacity); Go's nil results are kept
//! (Trim, TrimLeft and TrimSpace of nothing, SplitN with n == 0, copies of
//! an empty slice made by append).

use super::regs::{self, bytes, int, new_bytes, put_bool, put_int, put_slice, string, sub};
use super::{go_panic, NativeFn, Vm, R};
use crate::natives::strings as s;

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "bytes.Compare" => compare,
        "bytes.Count" => count,
        "bytes.Equal" => equal,
        "bytes.EqualFold" => equal_fold,
        "bytes.Fields" => fields,
        "bytes.Index" => index,
        "bytes.IndexAny" => index_any,
        "bytes.IndexByte" => index_byte,
        "bytes.IndexRune" => index_rune,
        "bytes.Join" => join,
        "bytes.LastIndex" => last_index,
        "bytes.LastIndexAny" => last_index_any,
        "bytes.LastIndexByte" => last_index_byte,
        "bytes.Repeat" => repeat,
        "bytes.Replace" => replace,
        "bytes.SplitAfterN" => split_after_n,
        "bytes.SplitN" => split_n,
        "bytes.ToLower" => to_lower,
        "bytes.ToTitle" => to_title,
        "bytes.ToUpper" => to_upper,
        "bytes.Trim" => trim,
        "bytes.TrimLeft" => trim_left,
        "bytes.TrimRight" => trim_right,
        "bytes.TrimSpace" => trim_space,
        _ => return None,
    })
}

/// Two `[]byte` arguments at `base`.
fn two(vm: &Vm, base: usize) -> (Vec<u8>, Vec<u8>) {
    (bytes(vm, base), bytes(vm, base + 4))
}

/// A copy made by `append([]byte(nil), b...)`: nil when empty, capacity
/// rounded up as append does.
fn append_copy(vm: &mut Vm, b: &[u8]) -> R<[u64; 4]> {
    if b.is_empty() {
        return Ok([0; 4]);
    }
    let cap = crate::compile::grow_cap(0, b.len(), 1);
    new_bytes(vm, b, cap)
}

fn compare(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::compare(&a, &b));
    Ok(())
}
fn count(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::count(&a, &b));
    Ok(())
}
fn equal(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_bool(vm, base, a == b);
    Ok(())
}
fn equal_fold(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_bool(vm, base, s::equal_fold(&a, &b));
    Ok(())
}
fn index(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::index(&a, &b));
    Ok(())
}
fn index_any(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let chars = string(vm, base + 4);
    put_int(vm, base, s::index_any(&a, &chars));
    Ok(())
}
fn index_byte(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let c = regs::word(vm, base + 4) as u8;
    put_int(vm, base, s::index_byte(&a, c));
    Ok(())
}
fn index_rune(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let r = regs::rune(vm, base + 4);
    put_int(vm, base, s::index_rune(&a, r));
    Ok(())
}
fn last_index(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::last_index(&a, &b));
    Ok(())
}
fn last_index_any(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let chars = string(vm, base + 4);
    put_int(vm, base, s::last_index_any(&a, &chars));
    Ok(())
}
fn last_index_byte(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let c = regs::word(vm, base + 4) as u8;
    put_int(vm, base, s::last_index_byte(&a, c));
    Ok(())
}

fn join(vm: &mut Vm, base: usize) -> R<()> {
    let parts: Vec<Vec<u8>> = regs::slices(vm, base)
        .into_iter()
        .map(|sl| regs::bytes_of(vm, sl))
        .collect();
    let sep = bytes(vm, base + 4);
    let r = match parts.len() {
        0 => new_bytes(vm, &[], 0)?,
        1 => append_copy(vm, &parts[0])?,
        _ => {
            let j = s::join(&parts, &sep);
            new_bytes(vm, &j, j.len())?
        }
    };
    put_slice(vm, base, r);
    Ok(())
}

fn repeat(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let count = int(vm, base + 4);
    if regs::repeat_too_big(a.len(), count) {
        return Err(regs::out_of_memory());
    }
    match s::repeat(&a, count) {
        Ok(r) => {
            let sl = new_bytes(vm, &r, r.len())?;
            put_slice(vm, base, sl);
            Ok(())
        }
        Err(s::RepeatError::OutOfMemory) => Err(regs::out_of_memory()),
        Err(e) => Err(go_panic(vm, &e.message("bytes"))),
    }
}

fn replace(vm: &mut Vm, base: usize) -> R<()> {
    let a = bytes(vm, base);
    let (old, new) = two(vm, base + 4);
    let n = int(vm, base + 12);
    let matches = if n != 0 { s::count(&a, &old) } else { 0 };
    let r = if matches == 0 {
        append_copy(vm, &a)?
    } else {
        let out = s::replace(&a, &old, &new, n);
        new_bytes(vm, &out, out.len())?
    };
    put_slice(vm, base, r);
    Ok(())
}

/// The parts of a split of the argument slice `sl` (holding `a`) as
/// subslices whose capacity is their length; nil for `None`.
fn parts_result(
    vm: &mut Vm,
    base: usize,
    sl: [u64; 4],
    a: &[u8],
    parts: Option<Vec<&[u8]>>,
    cap: usize,
) {
    let r = match parts {
        Some(p) => {
            let subs: Vec<[u64; 4]> = p
                .iter()
                .map(|part| {
                    let i = regs::offset_in(a, part);
                    let j = i + part.len();
                    sub(sl, i, j, j)
                })
                .collect();
            regs::new_slices(vm, &subs, cap)
        }
        None => [0; 4],
    };
    put_slice(vm, base, r);
}

/// As strings' split_cap, except that bytes explodes an empty sep into
/// an array sized by len(s) in bytes (or n when 0 < n <= len(s)).
fn split_cap(len: usize, sep_empty: bool, n: i64) -> usize {
    if !sep_empty {
        return super::strings::split_cap(len, false, n);
    }
    match usize::try_from(n) {
        Ok(n) if n > 0 && n <= len => n,
        _ => len,
    }
}

fn fields(vm: &mut Vm, base: usize) -> R<()> {
    let sl = regs::slice(vm, base);
    let a = regs::bytes_of(vm, sl);
    parts_result(vm, base, sl, &a, Some(s::fields(&a)), 0);
    Ok(())
}
fn split_n(vm: &mut Vm, base: usize) -> R<()> {
    let sl = regs::slice(vm, base);
    let (a, sep) = two(vm, base);
    let n = int(vm, base + 8);
    let cap = split_cap(a.len(), sep.is_empty(), n);
    parts_result(vm, base, sl, &a, s::split_n(&a, &sep, n), cap);
    Ok(())
}
fn split_after_n(vm: &mut Vm, base: usize) -> R<()> {
    let sl = regs::slice(vm, base);
    let (a, sep) = two(vm, base);
    let n = int(vm, base + 8);
    let cap = split_cap(a.len(), sep.is_empty(), n);
    parts_result(vm, base, sl, &a, s::split_after_n(&a, &sep, n), cap);
    Ok(())
}

/// A case mapping: Go copies an ASCII argument that needs no change with
/// append (capacity rounded up), maps other ASCII in a slice of exactly
/// its length, and builds the rest rune by rune with append (Map),
/// starting from capacity len(s). `changes` tells which ASCII bytes the
/// mapping changes (None: always Map, as ToTitle).
fn mapped(
    vm: &mut Vm,
    base: usize,
    f: fn(&[u8]) -> Vec<u8>,
    changes: Option<fn(&u8) -> bool>,
) -> R<()> {
    let a = bytes(vm, base);
    let r = f(&a);
    let cap = match changes {
        _ if a.is_empty() => 0,
        Some(ch) if a.is_ascii() && !a.iter().any(ch) => crate::compile::grow_cap(0, r.len(), 1),
        Some(_) if a.is_ascii() => r.len(),
        _ => map_cap(a.len(), &r),
    };
    let sl = new_bytes(vm, &r, cap)?;
    put_slice(vm, base, sl);
    Ok(())
}

/// The capacity Go's Map ends with: appending each rune of `out` to a
/// slice made with capacity `start`.
fn map_cap(start: usize, out: &[u8]) -> usize {
    let (mut len, mut cap) = (0, start);
    let mut rest = out;
    while !rest.is_empty() {
        let w = crate::natives::utf8::decode_rune(rest).1.max(1);
        if len + w > cap {
            cap = crate::compile::grow_cap(cap, len + w, 1);
        }
        len += w;
        rest = &rest[w..];
    }
    cap
}
fn to_lower(vm: &mut Vm, base: usize) -> R<()> {
    mapped(vm, base, s::to_lower, Some(u8::is_ascii_uppercase))
}
fn to_title(vm: &mut Vm, base: usize) -> R<()> {
    mapped(vm, base, s::to_title, None)
}
fn to_upper(vm: &mut Vm, base: usize) -> R<()> {
    mapped(vm, base, s::to_upper, Some(u8::is_ascii_lowercase))
}

/// Writes `sl[i:j]` (capacity to the end of `sl`), or nil when it is
/// empty and `nil_if_empty`.
fn put_trimmed(vm: &mut Vm, base: usize, sl: [u64; 4], i: usize, j: usize, nil_if_empty: bool) {
    let r = if i == j && nil_if_empty {
        [0; 4]
    } else {
        sub(sl, i, j, sl[3] as usize)
    };
    put_slice(vm, base, r);
}

/// Trim and TrimLeft: nil for an empty argument or result; the argument
/// itself for an empty cutset.
fn trim_with(vm: &mut Vm, base: usize, f: for<'a> fn(&'a [u8], &[u8]) -> &'a [u8]) -> R<()> {
    let sl = regs::slice(vm, base);
    let cut = string(vm, base + 4);
    if sl[2] == 0 {
        put_slice(vm, base, [0; 4]);
        return Ok(());
    }
    if cut.is_empty() {
        return Ok(());
    }
    let a = regs::bytes_of(vm, sl);
    let t = f(&a, &cut);
    let i = regs::offset_in(&a, t);
    put_trimmed(vm, base, sl, i, i + t.len(), true);
    Ok(())
}
fn trim(vm: &mut Vm, base: usize) -> R<()> {
    trim_with(vm, base, s::trim)
}
fn trim_left(vm: &mut Vm, base: usize) -> R<()> {
    trim_with(vm, base, s::trim_left)
}
fn trim_right(vm: &mut Vm, base: usize) -> R<()> {
    let sl = regs::slice(vm, base);
    let cut = string(vm, base + 4);
    if sl[2] == 0 || cut.is_empty() {
        return Ok(());
    }
    let a = regs::bytes_of(vm, sl);
    let j = s::trim_right(&a, &cut).len();
    put_trimmed(vm, base, sl, 0, j, false);
    Ok(())
}
fn trim_space(vm: &mut Vm, base: usize) -> R<()> {
    let sl = regs::slice(vm, base);
    let a = regs::bytes_of(vm, sl);
    let t = s::trim_space(&a);
    let i = regs::offset_in(&a, t);
    put_trimmed(vm, base, sl, i, i + t.len(), true);
    Ok(())
}
