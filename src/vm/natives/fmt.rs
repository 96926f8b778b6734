//! fmt natives: Print*, Sprint*, Append* and Errorf's sprintfWrap hook
//! over the fmt engine (`crate::natives::fmt`), plus the builtins print
//! and println (stderr, Go's own number forms). Operands arrive as a
//! `[]any` of interface words; String/Error methods are called as Go
//! calls from the instruction loop (`Vm::fmt_lazy`, vm/iface.rs). The
//! scanning hooks live in `scan`.

use super::{NativeFn, Vm, R};
use crate::natives::fmt as f;
use crate::vm::iface::FmtOp;

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "fmt.Println" => |vm, b| vm.fmt_lazy(b, FmtOp::Println),
        "fmt.Print" => |vm, b| vm.fmt_lazy(b, FmtOp::Print),
        "fmt.Printf" => |vm, b| vm.fmt_lazy(b, FmtOp::Printf),
        "fmt.Sprintln" => |vm, b| vm.fmt_lazy(b, FmtOp::Sprintln),
        "fmt.Sprint" => |vm, b| vm.fmt_lazy(b, FmtOp::Sprint),
        "fmt.Sprintf" => |vm, b| vm.fmt_lazy(b, FmtOp::Sprintf),
        "fmt.Append" => |vm, b| vm.fmt_lazy(b, FmtOp::Append),
        "fmt.Appendln" => |vm, b| vm.fmt_lazy(b, FmtOp::Appendln),
        "fmt.Appendf" => |vm, b| vm.fmt_lazy(b, FmtOp::Appendf),
        "fmt.sprintfWrap" => |vm, b| vm.fmt_lazy(b, FmtOp::Wrap),
        "errors.asTarget" => |vm, b| vm.errors_as_target(b),
        "builtin.print" => builtin_print,
        "builtin.println" => builtin_println,
        _ => return super::scan::lookup(name),
    })
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
