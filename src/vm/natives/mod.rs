//! Native functions bound by qualified name (`fmt.Println`, `os.Exit`).
//!
//! Owns: the name → Rust function table, split by package into the
//! submodules below (each binds its package's body-less functions to the
//! pure implementations in `crate::natives`). A native reads its
//! arguments from the caller's registers at `base` (register form, in
//! parameter order) and writes its results there, consecutively.
//! Natives never run Go code; bad arguments give Go's panic, never a Rust
//! panic. `regs` holds the shared readers and writers of register forms.

use super::{Fault, Vm, R};

#[cfg(test)]
mod bind_tests;
mod bytes;
mod fmt;
mod math;
mod os;
mod osfile;
mod rand;
mod regs;
pub(crate) use regs::append_bytes;
mod runtime;
mod scan;
mod sort;
mod strconv;
mod strings;
mod time;
mod unicode;

pub type NativeFn = fn(&mut Vm, usize) -> R<()>;

/// The native bound to qualified name `name`, if golite has one.
pub fn lookup(name: &str) -> Option<NativeFn> {
    let (pkg, _) = split_name(name);
    match pkg {
        "fmt" | "builtin" | "errors" => fmt::lookup(name),
        "strings" => strings::lookup(name),
        "bytes" => bytes::lookup(name),
        "strconv" => strconv::lookup(name),
        "math" | "math/bits" => math::lookup(name),
        "unicode" | "unicode/utf8" => unicode::lookup(name),
        "math/rand" | "math/rand/v2" => rand::lookup(name),
        "os" => os::lookup(name),
        "time" => time::lookup(name),
        "runtime" | "runtime/debug" => runtime::lookup(name),
        "sort" => sort::lookup(name),
        _ => None,
    }
}

/// Splits `importpath.Func` (or `importpath.Type.Method`) at the dot that
/// ends the import path.
fn split_name(name: &str) -> (&str, &str) {
    let slash = name.rfind('/').map_or(0, |i| i + 1);
    match name[slash..].find('.') {
        Some(d) => (&name[..slash + d], &name[slash + d + 1..]),
        None => (name, ""),
    }
}

/// A Go panic whose value is the string `msg` (as `panic("...")`).
fn go_panic(vm: &mut Vm, msg: &str) -> Fault {
    let st = crate::check::types::basic(crate::check::basic::BasicKind::String);
    match vm.elem_index(st) {
        Some(e) => {
            let w = vm.new_str(msg.as_bytes());
            Fault::Value(vm.box_value(e as u32, &[w]))
        }
        None => Fault::Unsupported(format!("panic({msg:?}) in a program without string values")),
    }
}

/// Natives of stdlib/NATIVES.md that are deliberately not bound yet,
/// by prefix: they need the scheduler (goroutines, channels, timers,
/// sync), method sets at run time (errors.As), the collector's roots
/// (GC, MemStats, finalizers), or source positions (Caller, Stack).
#[cfg(test)]
const UNBOUND: &[&str] = &[
    "sync.",
    "sync/atomic.",
    "os/signal.",
    "time.Sleep",
    "time.startTimer",
    "time.stopTimer",
    "time.resetTimer",
    "runtime.Caller",
    "runtime.Callers",
    "runtime.Func.",
    "runtime.FuncForPC",
    "runtime.GC",
    "runtime.GOMAXPROCS",
    "runtime.Goexit",
    "runtime.Gosched",
    "runtime.NumGoroutine",
    "runtime.ReadMemStats",
    "runtime.SetDefaultGOMAXPROCS",
    "runtime.SetFinalizer",
    "runtime.Stack",
    "runtime/debug.FreeOSMemory",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_at_the_package() {
        assert_eq!(split_name("math/rand.Intn"), ("math/rand", "Intn"));
        assert_eq!(
            split_name("math/rand.rngSource.Seed"),
            ("math/rand", "rngSource.Seed")
        );
        assert_eq!(split_name("fmt.Println"), ("fmt", "Println"));
        assert!(lookup("strings.Index").is_some());
        assert!(lookup("strings.NoSuch").is_none());
    }

    /// Every native listed in stdlib/NATIVES.md is bound, except UNBOUND.
    #[test]
    fn natives_md_is_covered() {
        let md = include_str!("../../../stdlib/NATIVES.md");
        let names: Vec<&str> = md
            .lines()
            .filter_map(|l| l.strip_prefix("- `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        assert!(names.len() > 300);
        for n in names {
            let skipped = UNBOUND.iter().any(|p| n.starts_with(p));
            assert_eq!(lookup(n).is_some(), !skipped, "{n}");
        }
    }
}
