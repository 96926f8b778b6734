//! fmt natives: Print*, Sprint*, Append* and Errorf's sprintfWrap hook
//! over the fmt engine (`crate::natives::fmt`), plus the builtins print
//! and println (stderr, Go's own number forms). Operands arrive as a
//! `[]any` of interface words; methods (String, Error) are not called
//! yet. The scanning hooks live in `scan`.

use super::regs::{self, put_slice, put_str};
use super::{NativeFn, Vm, R};
use crate::natives::fmt as f;

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "fmt.Println" => println,
        "fmt.Print" => print,
        "fmt.Printf" => printf,
        "fmt.Sprintln" => sprintln,
        "fmt.Sprint" => sprint,
        "fmt.Sprintf" => sprintf,
        "fmt.Append" => append,
        "fmt.Appendln" => appendln,
        "fmt.Appendf" => appendf,
        "fmt.sprintfWrap" => sprintf_wrap,
        "builtin.print" => builtin_print,
        "builtin.println" => builtin_println,
        _ => return super::scan::lookup(name),
    })
}

/// The fmt view of each element of the `[]any` at `at`.
fn args_at(vm: &Vm, at: usize) -> Vec<f::FmtValue> {
    let sl = vm.slice_regs(at);
    let mut out = Vec::with_capacity(sl[2] as usize);
    if let Some(o) = Vm::obj(sl[0]) {
        for i in 0..sl[2] as usize {
            let w = crate::gc::Ptr::word(vm.heap.load_ptr(o, sl[1] as usize + i));
            out.push(vm.fmt_iface(w));
        }
    }
    out
}

/// Writes `s` to stdout and returns (n, nil error).
fn write_stdout(vm: &mut Vm, base: usize, s: &[u8]) -> R<()> {
    vm.write_out(s);
    vm.regs[base] = s.len() as u64;
    vm.regs[base + 1] = 0;
    Ok(())
}

fn println(vm: &mut Vm, base: usize) -> R<()> {
    let s = f::sprintln(&args_at(vm, base));
    write_stdout(vm, base, &s)
}
fn print(vm: &mut Vm, base: usize) -> R<()> {
    let s = f::sprint(&args_at(vm, base));
    write_stdout(vm, base, &s)
}
fn printf(vm: &mut Vm, base: usize) -> R<()> {
    let fm = regs::string(vm, base);
    let s = f::sprintf(&fm, &args_at(vm, base + 1));
    write_stdout(vm, base, &s)
}
fn sprintln(vm: &mut Vm, base: usize) -> R<()> {
    let s = f::sprintln(&args_at(vm, base));
    put_str(vm, base, &s)
}
fn sprint(vm: &mut Vm, base: usize) -> R<()> {
    let s = f::sprint(&args_at(vm, base));
    put_str(vm, base, &s)
}
fn sprintf(vm: &mut Vm, base: usize) -> R<()> {
    let fm = regs::string(vm, base);
    let s = f::sprintf(&fm, &args_at(vm, base + 1));
    put_str(vm, base, &s)
}

/// Appends `s` to the `[]byte` at `base` and returns the result there.
fn append_to(vm: &mut Vm, base: usize, s: &[u8]) -> R<()> {
    let b = regs::slice(vm, base);
    let r = regs::append_bytes(vm, b, s)?;
    put_slice(vm, base, r);
    Ok(())
}
fn append(vm: &mut Vm, base: usize) -> R<()> {
    let s = f::sprint(&args_at(vm, base + 4));
    append_to(vm, base, &s)
}
fn appendln(vm: &mut Vm, base: usize) -> R<()> {
    let s = f::sprintln(&args_at(vm, base + 4));
    append_to(vm, base, &s)
}
fn appendf(vm: &mut Vm, base: usize) -> R<()> {
    let fm = regs::string(vm, base + 4);
    let s = f::sprintf(&fm, &args_at(vm, base + 5));
    append_to(vm, base, &s)
}

fn sprintf_wrap(vm: &mut Vm, base: usize) -> R<()> {
    let fm = regs::string(vm, base);
    let (s, wrapped) = f::sprintf_wrap(&fm, &args_at(vm, base + 1));
    put_str(vm, base, &s)?;
    let words: Vec<u64> = wrapped.iter().map(|&i| i as u64).collect();
    let sl = if words.is_empty() {
        [0; 4]
    } else {
        regs::new_words(vm, &words)
    };
    put_slice(vm, base + 1, sl);
    Ok(())
}

/// The text of the builtins print/println: Go's own forms for numbers
/// (`+1.500000e+000`), strings as they are, addresses for the rest.
fn builtin_text(vm: &Vm, base: usize, ln: bool) -> Vec<u8> {
    let sl = vm.slice_regs(base);
    let mut out = Vec::new();
    if let Some(o) = Vm::obj(sl[0]) {
        for i in 0..sl[2] as usize {
            if ln && i > 0 {
                out.push(b' ');
            }
            let w = crate::gc::Ptr::word(vm.heap.load_ptr(o, sl[1] as usize + i));
            let v = vm.fmt_iface(w);
            match v.kind {
                f::Kind::Float { v, .. } => {
                    out.extend_from_slice(super::super::print_float(v).as_bytes())
                }
                f::Kind::String(s) => out.extend_from_slice(&s),
                f::Kind::Nil => out.extend_from_slice(b"nil"),
                f::Kind::Bool(_) | f::Kind::Int(_) | f::Kind::Uint(_) => {
                    out.extend_from_slice(&f::sprint(&[v]))
                }
                _ => out.extend_from_slice(format!("{:#x}", w).as_bytes()),
            }
        }
    }
    if ln {
        out.push(b'\n');
    }
    out
}

fn builtin_print(vm: &mut Vm, base: usize) -> R<()> {
    let t = builtin_text(vm, base, false);
    vm.write_err(&t);
    Ok(())
}
fn builtin_println(vm: &mut Vm, base: usize) -> R<()> {
    let t = builtin_text(vm, base, true);
    vm.write_err(&t);
    Ok(())
}
