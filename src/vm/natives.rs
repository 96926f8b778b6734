//! Native functions bound by qualified name (`fmt.Println`, `os.Exit`).
//!
//! Owns: the name → Rust function table. A native reads its arguments
//! from the caller's registers at `base` (register form, in parameter
//! order) and writes its results there. Natives never run Go code.

use super::{Fault, Vm, R};
use crate::natives::fmt as f;

pub type NativeFn = fn(&mut Vm, usize) -> R<()>;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "fmt.Println" => fmt_println,
        "fmt.Print" => fmt_print,
        "fmt.Printf" => fmt_printf,
        "fmt.Sprintln" => fmt_sprintln,
        "fmt.Sprint" => fmt_sprint,
        "fmt.Sprintf" => fmt_sprintf,
        "builtin.print" => builtin_print,
        "builtin.println" => builtin_println,
        "os.Exit" => os_exit,
        "runtime.Goexit" => super::panics::native_goexit,
        "os.runtimeArgs" => os_args,
        "strings.Repeat" => strings_repeat,
        "strings.Contains" => strings_contains,
        "strings.Index" => strings_index,
        "strings.ToUpper" => strings_to_upper,
        "strings.ToLower" => strings_to_lower,
        "strings.HasPrefix" => strings_has_prefix,
        "strings.HasSuffix" => strings_has_suffix,
        "strings.TrimSpace" => strings_trim_space,
        "strconv.Itoa" => strconv_itoa,
        _ => return None,
    })
}

fn args_at(vm: &Vm, at: usize) -> Vec<f::FmtValue> {
    let sl = vm.slice_regs(at);
    let mut out = Vec::with_capacity(sl[2] as usize);
    if let Some(o) = Vm::obj(sl[0]) {
        for i in 0..sl[2] as usize {
            let w = super::Ptr::word(vm.heap.load_ptr(o, sl[1] as usize + i));
            out.push(vm.fmt_iface(w));
        }
    }
    out
}

fn print_result(vm: &mut Vm, base: usize, n: usize) {
    vm.regs[base] = n as u64;
    vm.regs[base + 1] = 0;
}

fn fmt_println(vm: &mut Vm, base: usize) -> R<()> {
    let a = args_at(vm, base);
    let s = f::sprintln(&a);
    vm.write_out(&s);
    print_result(vm, base, s.len());
    Ok(())
}
fn fmt_print(vm: &mut Vm, base: usize) -> R<()> {
    let a = args_at(vm, base);
    let s = f::sprint(&a);
    vm.write_out(&s);
    print_result(vm, base, s.len());
    Ok(())
}
fn fmt_printf(vm: &mut Vm, base: usize) -> R<()> {
    let fm = vm.str_bytes(vm.regs[base]);
    let a = args_at(vm, base + 1);
    let s = f::sprintf(&fm, &a);
    vm.write_out(&s);
    print_result(vm, base, s.len());
    Ok(())
}
fn fmt_sprintln(vm: &mut Vm, base: usize) -> R<()> {
    let a = args_at(vm, base);
    let s = f::sprintln(&a);
    vm.regs[base] = vm.new_str(&s);
    Ok(())
}
fn fmt_sprint(vm: &mut Vm, base: usize) -> R<()> {
    let a = args_at(vm, base);
    let s = f::sprint(&a);
    vm.regs[base] = vm.new_str(&s);
    Ok(())
}
fn fmt_sprintf(vm: &mut Vm, base: usize) -> R<()> {
    let fm = vm.str_bytes(vm.regs[base]);
    let a = args_at(vm, base + 1);
    let s = f::sprintf(&fm, &a);
    vm.regs[base] = vm.new_str(&s);
    Ok(())
}

fn builtin_text(vm: &Vm, base: usize, ln: bool) -> Vec<u8> {
    let sl = vm.slice_regs(base);
    let mut out = Vec::new();
    if let Some(o) = Vm::obj(sl[0]) {
        for i in 0..sl[2] as usize {
            if ln && i > 0 {
                out.push(b' ');
            }
            let w = super::Ptr::word(vm.heap.load_ptr(o, sl[1] as usize + i));
            let v = vm.fmt_iface(w);
            match v.kind {
                f::Kind::Float { v, .. } => out.extend_from_slice(super::print_float(v).as_bytes()),
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

fn os_exit(vm: &mut Vm, base: usize) -> R<()> {
    Err(Fault::Exit(vm.regs[base] as i64 as i32))
}

fn os_args(vm: &mut Vm, base: usize) -> R<()> {
    let args = vm.args.clone();
    let e =
        vm.m.elems.iter().position(|e| {
            e.ty == crate::check::types::basic(crate::check::basic::BasicKind::String)
        });
    let Some(e) = e else {
        return Err(Fault::Unsupported("os.Args".into()));
    };
    let items: Vec<Vec<u64>> = args
        .iter()
        .map(|a| vec![vm.new_str(a.as_bytes())])
        .collect();
    let sl = vm.make_slice_of(e as u32, &items);
    vm.regs[base..base + 4].copy_from_slice(&sl);
    Ok(())
}

fn s1(vm: &Vm, base: usize) -> Vec<u8> {
    vm.str_bytes(vm.regs[base])
}
fn s2(vm: &Vm, base: usize) -> (Vec<u8>, Vec<u8>) {
    (vm.str_bytes(vm.regs[base]), vm.str_bytes(vm.regs[base + 1]))
}

fn strings_repeat(vm: &mut Vm, base: usize) -> R<()> {
    let s = s1(vm, base);
    let n = vm.regs[base + 1] as i64;
    match crate::natives::strings::repeat(&s, n) {
        Ok(r) => {
            vm.regs[base] = vm.new_str(&r);
            Ok(())
        }
        Err(e) => Err(Fault::Unsupported(e.message("strings"))),
    }
}
fn strings_contains(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = s2(vm, base);
    vm.regs[base] = crate::natives::strings::contains(&a, &b) as u64;
    Ok(())
}
fn strings_index(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = s2(vm, base);
    vm.regs[base] = crate::natives::strings::index(&a, &b) as u64;
    Ok(())
}
fn strings_has_prefix(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = s2(vm, base);
    vm.regs[base] = crate::natives::strings::has_prefix(&a, &b) as u64;
    Ok(())
}
fn strings_has_suffix(vm: &mut Vm, base: usize) -> R<()> {
    let (a, b) = s2(vm, base);
    vm.regs[base] = crate::natives::strings::has_suffix(&a, &b) as u64;
    Ok(())
}
fn strings_to_upper(vm: &mut Vm, base: usize) -> R<()> {
    let s = crate::natives::strings::to_upper(&s1(vm, base));
    vm.regs[base] = vm.new_str(&s);
    Ok(())
}
fn strings_to_lower(vm: &mut Vm, base: usize) -> R<()> {
    let s = crate::natives::strings::to_lower(&s1(vm, base));
    vm.regs[base] = vm.new_str(&s);
    Ok(())
}
fn strings_trim_space(vm: &mut Vm, base: usize) -> R<()> {
    let s = s1(vm, base);
    let t = crate::natives::strings::trim_space(&s).to_vec();
    vm.regs[base] = vm.new_str(&t);
    Ok(())
}
fn strconv_itoa(vm: &mut Vm, base: usize) -> R<()> {
    let s = (vm.regs[base] as i64).to_string();
    vm.regs[base] = vm.new_str(s.as_bytes());
    Ok(())
}
