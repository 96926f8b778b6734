//! golite's fmt formatting engine, independent of the VM: Sprintf,
//! Sprint, Sprintln and Errorf over `FmtValue` trees, byte for byte as
//! Go's fmt (every verb, flag, width, precision, argument index and
//! `%!` error form; maps with sorted keys; Error/String/GoString methods
//! at every depth, with Go's panic reports).
//!
//! Methods are never run here (natives never run Go code on the Rust
//! stack). The VM either fills every method result in advance (then the
//! plain functions `sprintf`, `sprint`, ... suffice), or marks methods
//! `Method::Pending` and uses the `try_*` functions: they return
//! `Outcome::NeedCalls` with every call Go's fmt would make, in Go's
//! order, as paths into the arguments; the VM makes the calls (recovering
//! panics into `Method::Panicked`), stores the results with
//! `set_method_result`, and calls again. Which methods Go calls never
//! depends on what they return, except that a panic value is itself
//! printed with its own methods; so two rounds are usually enough.
//!
//! Not modelled: the `Formatter` interface (a type's own `Format` method)
//! and `reflect.Value` arguments.

mod format;
mod print;
mod sort;
mod value;

#[cfg(test)]
mod tests;

pub use value::{
    nil_type, node_mut, set_method_result, uint8_type, Field, FmtValue, Kind, Method, MethodCall, MethodKind,
    Methods, Step, TypeName,
};

use print::Pp;

/// Result of a lazy formatting call.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<T> {
    /// The formatted result.
    Done(T),
    /// Make these method calls (in this order), store their results with
    /// `set_method_result`, and call again.
    NeedCalls(Vec<MethodCall>),
    /// Go's fmt itself panics with this value (a method of a value that a
    /// method panicked with panicked too); the VM raises it.
    Panic(FmtValue),
}

/// What `errorf` wraps (Go's wrapError / wrapErrors).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapped {
    /// No %w: the error is a plain errors.New(text).
    None,
    /// One %w: a *fmt.wrapError whose Unwrap returns this argument if it
    /// is an error, else nil.
    One(usize),
    /// Several %w: a *fmt.wrapErrors whose Unwrap returns these
    /// arguments (already deduplicated and filtered to errors, in Go's
    /// order).
    Many(Vec<usize>),
}

/// The result of `errorf`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorfResult {
    pub text: Vec<u8>,
    pub wrapped: Wrapped,
}

fn finish<T>(p: Pp, lazy: bool, make: impl FnOnce(Pp) -> T) -> Outcome<T> {
    if lazy && !p.calls.is_empty() {
        return Outcome::NeedCalls(p.calls);
    }
    if let Some(v) = p.repanic {
        return Outcome::Panic(v);
    }
    Outcome::Done(make(p))
}

fn done<T>(o: Outcome<T>, fallback: impl FnOnce() -> T) -> T {
    match o {
        Outcome::Done(t) => t,
        _ => fallback(),
    }
}

/// `fmt.Sprintf`, Pending methods treated as absent.
pub fn sprintf(format: &[u8], args: &[FmtValue]) -> Vec<u8> {
    let mut p = Pp::new(false);
    p.do_printf(format, args);
    p.fmt.buf
}

/// `fmt.Sprint`, Pending methods treated as absent.
pub fn sprint(args: &[FmtValue]) -> Vec<u8> {
    let mut p = Pp::new(false);
    p.do_print(args);
    p.fmt.buf
}

/// `fmt.Sprintln`, Pending methods treated as absent.
pub fn sprintln(args: &[FmtValue]) -> Vec<u8> {
    let mut p = Pp::new(false);
    p.do_println(args);
    p.fmt.buf
}

/// `fmt.Errorf`'s text and what it wraps, Pending methods treated as
/// absent.
pub fn errorf(format: &[u8], args: &[FmtValue]) -> ErrorfResult {
    done(try_errorf_impl(format, args, false), || ErrorfResult { text: Vec::new(), wrapped: Wrapped::None })
}

/// Lazy `fmt.Sprintf` (see the module comment).
pub fn try_sprintf(format: &[u8], args: &[FmtValue]) -> Outcome<Vec<u8>> {
    let mut p = Pp::new(true);
    p.do_printf(format, args);
    finish(p, true, |p| p.fmt.buf)
}

/// Lazy `fmt.Sprint`.
pub fn try_sprint(args: &[FmtValue]) -> Outcome<Vec<u8>> {
    let mut p = Pp::new(true);
    p.do_print(args);
    finish(p, true, |p| p.fmt.buf)
}

/// Lazy `fmt.Sprintln`.
pub fn try_sprintln(args: &[FmtValue]) -> Outcome<Vec<u8>> {
    let mut p = Pp::new(true);
    p.do_println(args);
    finish(p, true, |p| p.fmt.buf)
}

/// Lazy `fmt.Errorf`.
pub fn try_errorf(format: &[u8], args: &[FmtValue]) -> Outcome<ErrorfResult> {
    try_errorf_impl(format, args, true)
}

fn is_error(v: &FmtValue) -> bool {
    let mut v = v;
    while let Kind::Interface(Some(inner)) = &v.kind {
        v = inner;
    }
    v.method(MethodKind::Error).is_present()
}

fn try_errorf_impl(format: &[u8], args: &[FmtValue], lazy: bool) -> Outcome<ErrorfResult> {
    let mut p = Pp::new(lazy);
    p.wrap_errs = true;
    p.do_printf(format, args);
    finish(p, lazy, |p| {
        let wrapped = match p.wrapped.len() {
            0 => Wrapped::None,
            1 => Wrapped::One(p.wrapped[0]),
            _ => {
                let mut w = p.wrapped.clone();
                // Go sorts only when the format reordered arguments; the
                // indices are increasing otherwise, so always sorting is
                // the same.
                w.sort_unstable();
                let mut out: Vec<usize> = Vec::new();
                for (i, &n) in w.iter().enumerate() {
                    if i > 0 && w[i - 1] == n {
                        continue;
                    }
                    if args.get(n).is_some_and(is_error) {
                        out.push(n);
                    }
                }
                Wrapped::Many(out)
            }
        };
        ErrorfResult { text: p.fmt.buf, wrapped }
    })
}
