//! sync/atomic's natives: sequentially consistent read-modify-write
//! operations on heap words (the `addr` argument is a pointer word).
//!
//! Invariants: 32-bit values live in 64-bit words in register form (int32
//! sign-extended, uint32 zero-extended); every store keeps that form, so a
//! compare-and-swap can compare whole words. Pointer and `any` words go
//! through the heap's pointer operations (write barrier included).

use super::natives::NativeFn;
use super::{Fault, Vm, R};
use crate::gc::Ptr;

#[derive(Clone, Copy)]
enum W {
    I32,
    U32,
    X64,
}

fn norm(w: W, v: u64) -> u64 {
    match w {
        W::I32 => v as i32 as i64 as u64,
        W::U32 => v as u32 as u64,
        W::X64 => v,
    }
}

#[derive(Clone, Copy)]
enum Op {
    Swap,
    Cas,
    Add,
    And,
    Or,
    Load,
    Store,
}

fn run(vm: &mut Vm, base: usize, op: Op, w: W) -> R<()> {
    let (o, i) = vm.deref(vm.regs[base])?;
    let h = vm.heap.clone();
    let a = vm.regs[base + 1];
    match op {
        Op::Load => vm.regs[base] = h.atomic_load(o, i),
        Op::Store => h.atomic_store(o, i, norm(w, a)),
        Op::Swap => vm.regs[base] = h.atomic_swap(o, i, norm(w, a)),
        Op::Cas => {
            let new = vm.regs[base + 2];
            vm.regs[base] = h.atomic_cas(o, i, norm(w, a), norm(w, new)) as u64;
        }
        Op::Add | Op::And | Op::Or => loop {
            let old = h.atomic_load(o, i);
            let new = norm(
                w,
                match op {
                    Op::Add => old.wrapping_add(a),
                    Op::And => old & a,
                    _ => old | a,
                },
            );
            if h.atomic_cas(o, i, old, new) {
                vm.regs[base] = if let Op::Add = op { new } else { old };
                break;
            }
        },
    }
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    let rest = name.strip_prefix("sync/atomic.")?;
    macro_rules! f {
        ($op:expr, $w:expr) => {
            |vm: &mut Vm, b: usize| run(vm, b, $op, $w)
        };
    }
    macro_rules! family {
        ($suffix:expr, $w:expr) => {
            match rest.strip_suffix($suffix) {
                Some("Swap") => return Some(f!(Op::Swap, $w)),
                Some("CompareAndSwap") => return Some(f!(Op::Cas, $w)),
                Some("Add") => return Some(f!(Op::Add, $w)),
                Some("And") => return Some(f!(Op::And, $w)),
                Some("Or") => return Some(f!(Op::Or, $w)),
                Some("Load") => return Some(f!(Op::Load, $w)),
                Some("Store") => return Some(f!(Op::Store, $w)),
                _ => {}
            }
        };
    }
    family!("Int32", W::I32);
    family!("Uint32", W::U32);
    family!("Int64", W::X64);
    family!("Uint64", W::X64);
    family!("Uintptr", W::X64);
    Some(match rest {
        "Pointer.Load" | "Value.Load" => |vm, b| {
            let (o, i) = vm.deref(vm.regs[b])?;
            vm.regs[b] = Ptr::word(vm.heap.atomic_load_ptr(o, i));
            Ok(())
        },
        "Pointer.Store" => |vm, b| {
            let (o, i) = vm.deref(vm.regs[b])?;
            vm.heap
                .atomic_swap_ptr(o, i, Ptr::from_word(vm.regs[b + 1]));
            Ok(())
        },
        "Pointer.Swap" => |vm, b| {
            let (o, i) = vm.deref(vm.regs[b])?;
            let old = vm
                .heap
                .atomic_swap_ptr(o, i, Ptr::from_word(vm.regs[b + 1]));
            vm.regs[b] = Ptr::word(old);
            Ok(())
        },
        "Pointer.CompareAndSwap" => |vm, b| {
            let (o, i) = vm.deref(vm.regs[b])?;
            let ok = vm.heap.atomic_cas_ptr(
                o,
                i,
                Ptr::from_word(vm.regs[b + 1]),
                Ptr::from_word(vm.regs[b + 2]),
            );
            vm.regs[b] = ok as u64;
            Ok(())
        },
        "Value.Store" => |vm, b| value_swap(vm, b, "Store").map(|_| ()),
        "Value.Swap" => |vm, b| {
            let old = value_swap(vm, b, "Swap")?;
            vm.regs[b] = old;
            Ok(())
        },
        "Value.CompareAndSwap" => |vm, b| {
            let (o, i) = vm.deref(vm.regs[b])?;
            let (old, new) = (vm.regs[b + 1], vm.regs[b + 2]);
            if new == 0 {
                return Err(Fault::Plain(
                    "sync/atomic: compare and swap of nil value into Value".into(),
                ));
            }
            // Interface words compare by identity of their boxes here;
            // equal values in distinct boxes compare by type and words.
            let cur = Ptr::word(vm.heap.atomic_load_ptr(o, i));
            let same = cur == old || (cur != 0 && old != 0 && vm.same_boxed(cur, old));
            let ok = same
                && vm
                    .heap
                    .atomic_cas_ptr(o, i, Ptr::from_word(cur), Ptr::from_word(new));
            vm.regs[b] = ok as u64;
            Ok(())
        },
        _ => return None,
    })
}

/// Value.Store / Value.Swap: Go's checks, then the exchange; the old word.
fn value_swap(vm: &mut Vm, b: usize, what: &str) -> R<u64> {
    let (o, i) = vm.deref(vm.regs[b])?;
    let new = vm.regs[b + 1];
    if new == 0 {
        let verb = if what == "Store" { "store" } else { "swap" };
        return Err(Fault::Plain(format!(
            "sync/atomic: {verb} of nil value into Value"
        )));
    }
    let cur = Ptr::word(vm.heap.atomic_load_ptr(o, i));
    if cur != 0 && vm.value_type(cur) != vm.value_type(new) {
        let verb = if what == "Store" { "store" } else { "swap" };
        return Err(Fault::Plain(format!(
            "sync/atomic: {verb} of inconsistently typed value into Value"
        )));
    }
    Ok(Ptr::word(vm.heap.atomic_swap_ptr(
        o,
        i,
        Ptr::from_word(new),
    )))
}

impl Vm<'_> {
    /// The dynamic type word of a non-nil interface box.
    fn value_type(&self, w: u64) -> u64 {
        match Vm::obj(w) {
            Some(o) => self.heap.load(o, 0),
            None => 0,
        }
    }

    /// Whether two non-nil interface boxes hold the same type and words.
    fn same_boxed(&self, a: u64, b: u64) -> bool {
        let (ta, wa) = self.unbox(a);
        let (tb, wb) = self.unbox(b);
        ta == tb && wa == wb
    }
}
