//! sort's reflection hooks: the length of the slice inside an `any`, and
//! swapping two of its elements word by word (each element's heap words
//! follow the compiler's flattening: strings, pointers, slice headers
//! and reference types one pointer word, numbers scalar words, structs
//! and arrays their elements in order).

use super::regs::{int, put_int};
use super::{go_panic, Fault, NativeFn, Vm, R};
use crate::check::basic::BasicKind;
use crate::check::types::{Type, TypeId, TypeTable};

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "sort.sliceLen" => slice_len,
        "sort.sliceSwap" => slice_swap,
        _ => return None,
    })
}

/// reflect's name for the kind of `t`.
fn kind_name(tt: &TypeTable, t: TypeId) -> &'static str {
    match tt.under_type(t) {
        Type::Basic(BasicKind::UnsafePointer) => "unsafe.Pointer",
        Type::Basic(k) => k.name(),
        Type::Pointer(_) => "ptr",
        Type::Slice(_) => "slice",
        Type::Array(..) => "array",
        Type::Map(..) => "map",
        Type::Chan(..) => "chan",
        Type::Struct(_) => "struct",
        Type::Func(_) => "func",
        Type::Interface(_) => "interface",
        _ => "invalid",
    }
}

/// The slice held by interface word `x`: (element type, register form);
/// reflect's panic when `x` holds no slice.
fn slice_in(vm: &mut Vm, x: u64) -> R<(TypeId, [u64; 4])> {
    if x == 0 {
        return Err(go_panic(vm, "reflect: call of Swapper on zero Value"));
    }
    let (ty, words) = vm.unbox(x);
    let tt = &vm.m.types;
    match tt.under_type(ty) {
        Type::Slice(e) if words.len() >= 4 => {
            let e = tt.canon(*e);
            Ok((e, [words[0], words[1], words[2], words[3]]))
        }
        _ => {
            let msg = format!("reflect: call of Swapper on {} Value", kind_name(tt, ty));
            Err(go_panic(vm, &msg))
        }
    }
}

fn slice_len(vm: &mut Vm, b: usize) -> R<()> {
    let (_, sl) = slice_in(vm, vm.regs[b])?;
    put_int(vm, b, sl[2] as i64);
    Ok(())
}

/// Which heap words of a value of type `t` are pointers.
fn ptr_words(tt: &TypeTable, t: TypeId, out: &mut Vec<bool>) {
    match tt.under_type(t) {
        Type::Basic(BasicKind::String | BasicKind::UntypedString) => out.push(true),
        Type::Basic(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex) => {
            out.extend([false, false])
        }
        Type::Basic(_) => out.push(false),
        Type::Struct(fs) => {
            for f in fs.clone() {
                ptr_words(tt, f.ty, out);
            }
        }
        Type::Array(n, e) => {
            let (n, e) = (*n, *e);
            for _ in 0..n.min(1 << 20) {
                ptr_words(tt, e, out);
            }
        }
        _ => out.push(true),
    }
}

fn slice_swap(vm: &mut Vm, b: usize) -> R<()> {
    let (e, sl) = slice_in(vm, vm.regs[b])?;
    let (i, j) = (int(vm, b + 1), int(vm, b + 2));
    let n = sl[2] as i64;
    for k in [i, j] {
        if k < 0 || k >= n {
            return Err(Fault::Runtime(format!(
                "index out of range [{k}] with length {n}"
            )));
        }
    }
    let Some(o) = Vm::obj(sl[0]) else {
        return Ok(());
    };
    let mut kinds = Vec::new();
    ptr_words(&vm.m.types, e, &mut kinds);
    let hw = kinds.len();
    let (wi, wj) = (
        (sl[1] as usize + i as usize) * hw,
        (sl[1] as usize + j as usize) * hw,
    );
    for (k, &p) in kinds.iter().enumerate() {
        if p {
            let (x, y) = (vm.heap.load_ptr(o, wi + k), vm.heap.load_ptr(o, wj + k));
            vm.heap.store_ptr(o, wi + k, y);
            vm.heap.store_ptr(o, wj + k, x);
        } else {
            let (x, y) = (vm.heap.load(o, wi + k), vm.heap.load(o, wj + k));
            vm.heap.store(o, wi + k, y);
            vm.heap.store(o, wj + k, x);
        }
    }
    Ok(())
}
