//! strings natives: searching, counting, splitting, joining, case
//! mapping, trimming, Repeat, Replace and EqualFold, bound to the byte
//! string primitives of `crate::natives::strings` (exact against Go).

use super::regs::{self, int, put_bool, put_int, put_slice, put_str, string};
use super::{go_panic, NativeFn, Vm, R};
use crate::natives::strings as s;

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "strings.Count" => count,
        "strings.EqualFold" => equal_fold,
        "strings.Fields" => fields,
        "strings.Index" => index,
        "strings.IndexAny" => index_any,
        "strings.IndexByte" => index_byte,
        "strings.IndexRune" => index_rune,
        "strings.Join" => join,
        "strings.LastIndex" => last_index,
        "strings.LastIndexAny" => last_index_any,
        "strings.LastIndexByte" => last_index_byte,
        "strings.Repeat" => repeat,
        "strings.Replace" => replace,
        "strings.SplitAfterN" => split_after_n,
        "strings.SplitN" => split_n,
        "strings.ToLower" => to_lower,
        "strings.ToTitle" => to_title,
        "strings.ToUpper" => to_upper,
        "strings.Trim" => trim,
        "strings.TrimLeft" => trim_left,
        "strings.TrimRight" => trim_right,
        "strings.TrimSpace" => trim_space,
        _ => return None,
    })
}

/// The two string arguments at `base`.
fn two(vm: &Vm, base: usize) -> (Vec<u8>, Vec<u8>) {
    (string(vm, base), string(vm, base + 1))
}

fn count(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::count(&a, &b));
    Ok(())
}
fn equal_fold(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_bool(vm, base, s::equal_fold(&a, &b));
    Ok(())
}
fn fields(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    let sl = regs::new_strings(vm, &s::fields(&a));
    put_slice(vm, base, sl);
    Ok(())
}
fn index(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::index(&a, &b));
    Ok(())
}
fn index_any(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::index_any(&a, &b));
    Ok(())
}
fn index_byte(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    let c = regs::word(vm, base + 1) as u8;
    put_int(vm, base, s::index_byte(&a, c));
    Ok(())
}
fn index_rune(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    let r = regs::rune(vm, base + 1);
    put_int(vm, base, s::index_rune(&a, r));
    Ok(())
}
fn join(vm: &mut Vm, base: usize) -> R<()> {
    let elems = regs::strings(vm, base);
    let sep = string(vm, base + 4);
    put_str(vm, base, &s::join(&elems, &sep))
}
fn last_index(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::last_index(&a, &b));
    Ok(())
}
fn last_index_any(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = two(vm, base);
    put_int(vm, base, s::last_index_any(&a, &b));
    Ok(())
}
fn last_index_byte(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    let c = regs::word(vm, base + 1) as u8;
    put_int(vm, base, s::last_index_byte(&a, c));
    Ok(())
}
fn repeat(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    let count = int(vm, base + 1);
    if regs::repeat_too_big(a.len(), count) {
        return Err(regs::out_of_memory());
    }
    match s::repeat(&a, count) {
        Ok(r) => put_str(vm, base, &r),
        Err(s::RepeatError::OutOfMemory) => Err(regs::out_of_memory()),
        Err(e) => Err(go_panic(vm, &e.message("strings"))),
    }
}
fn replace(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    let (old, new) = two(vm, base + 1);
    let n = int(vm, base + 3);
    put_str(vm, base, &s::replace(&a, &old, &new, n))
}
/// Go makes the parts array with room for min(n, len(s)+1) parts when
/// n > 0 and sep is not empty (Split's result can have spare capacity).
pub(super) fn split_cap(len: usize, sep_empty: bool, n: i64) -> usize {
    if n > 0 && !sep_empty {
        (n as u64).min(len as u64 + 1) as usize
    } else {
        0
    }
}

fn split_result(vm: &mut Vm, base: usize, parts: Option<Vec<&[u8]>>, cap: usize) -> R<()> {
    let sl = match parts {
        Some(p) => regs::new_strings_cap(vm, &p, cap),
        None => [0; 4],
    };
    put_slice(vm, base, sl);
    Ok(())
}
fn split_n(vm: &mut Vm, base: usize) -> R<()> {
    let (a, sep) = two(vm, base);
    let n = int(vm, base + 2);
    let cap = split_cap(a.len(), sep.is_empty(), n);
    split_result(vm, base, s::split_n(&a, &sep, n), cap)
}
fn split_after_n(vm: &mut Vm, base: usize) -> R<()> {
    let (a, sep) = two(vm, base);
    let n = int(vm, base + 2);
    let cap = split_cap(a.len(), sep.is_empty(), n);
    split_result(vm, base, s::split_after_n(&a, &sep, n), cap)
}
fn to_lower(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    put_str(vm, base, &s::to_lower(&a))
}
fn to_title(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    put_str(vm, base, &s::to_title(&a))
}
fn to_upper(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    put_str(vm, base, &s::to_upper(&a))
}
fn trim(vm: &mut Vm, base: usize) -> R<()> {
    let (a, cut) = two(vm, base);
    put_str(vm, base, s::trim(&a, &cut))
}
fn trim_left(vm: &mut Vm, base: usize) -> R<()> {
    let (a, cut) = two(vm, base);
    put_str(vm, base, s::trim_left(&a, &cut))
}
fn trim_right(vm: &mut Vm, base: usize) -> R<()> {
    let (a, cut) = two(vm, base);
    put_str(vm, base, s::trim_right(&a, &cut))
}
fn trim_space(vm: &mut Vm, base: usize) -> R<()> {
    let a = string(vm, base);
    put_str(vm, base, s::trim_space(&a))
}
