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
//! The plain functions return the text written so far if Go's fmt would
//! itself panic (see `Outcome::Panic`); use the `try_*` functions, which
//! also work with every method filled in advance, to learn about it.
//!
//! Type names are reflect's: `uint8` and `int32` (never `byte`, `rune`),
//! `interface {}` (never `any`), `[]uint8` for `[]byte` (the engine
//! recognises that name for Go's special top-level `[]byte` rules).
//! Values may nest to any depth: the engine walks them with its own work
//! stack, never by Rust recursion. Building, cloning and dropping a very
//! deep `FmtValue` recurses, which is the builder's concern.
//!
//! Not modelled: the `Formatter` interface (a type's own `Format` method)
//! and `reflect.Value` arguments. Map keys of different dynamic types in
//! one interface-keyed map are ordered by type name (Go uses the address
//! of the type descriptor; see order.rs).
//!
//! Layout: directive.rs reads formats, engine.rs walks arguments and
//! values (methods, errors, composites), render.rs renders and pads leaf
//! values, order.rs orders map keys; number text comes from
//! natives::numfmt and quoting from natives::quote.

mod directive;
mod engine;
mod order;
mod render;
mod value;

#[cfg(test)]
mod tests;

pub use value::{
    nil_type, node_mut, set_method_result, uint8_type, Field, FmtValue, Kind, Method, MethodCall,
    MethodKind, Methods, Step, TypeName,
};

use engine::Engine;

/// Result of a lazy formatting call.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<T> {
    /// The formatted result.
    Done(T),
    /// Make these method calls (in this order), store their results with
    /// `set_method_result`, and call again.
    NeedCalls(Vec<MethodCall>),
    /// Go's fmt itself panics: the method of a panic value panicked while
    /// fmt printed it. The VM raises again the panic that this call (one
    /// it made, whose result is `Method::Panicked`) panicked with.
    Panic(MethodCall),
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

fn finish<'a, T>(p: Engine<'a>, make: impl FnOnce(Engine<'a>) -> T) -> Outcome<T> {
    if !p.calls.is_empty() {
        return Outcome::NeedCalls(p.calls);
    }
    if let Some(v) = p.repanic {
        return Outcome::Panic(v);
    }
    Outcome::Done(make(p))
}

/// `fmt.Sprintf`, Pending methods treated as absent.
pub fn sprintf(format: &[u8], args: &[FmtValue]) -> Vec<u8> {
    let mut p = Engine::new(false);
    p.printf(format, args);
    p.out
}

/// `fmt.Sprint`, Pending methods treated as absent.
pub fn sprint(args: &[FmtValue]) -> Vec<u8> {
    let mut p = Engine::new(false);
    p.print(args);
    p.out
}

/// `fmt.Sprintln`, Pending methods treated as absent.
pub fn sprintln(args: &[FmtValue]) -> Vec<u8> {
    let mut p = Engine::new(false);
    p.println(args);
    p.out
}

/// `fmt.Errorf`'s text and what it wraps, Pending methods treated as
/// absent.
pub fn errorf(format: &[u8], args: &[FmtValue]) -> ErrorfResult {
    let mut p = Engine::new(false);
    p.wrap_errs = true;
    p.printf(format, args);
    errorf_result(p, args)
}

/// The `fmt.sprintfWrap` hook: Errorf's text and the argument index of
/// every %w directive in the order they appear (unfiltered: the Go side
/// decides what is wrapped). Pending methods treated as absent.
pub fn sprintf_wrap(format: &[u8], args: &[FmtValue]) -> (Vec<u8>, Vec<usize>) {
    let mut p = Engine::new(false);
    p.wrap_errs = true;
    p.printf(format, args);
    (p.out, p.wrapped)
}

/// Lazy `fmt.Sprintf` (see the module comment).
pub fn try_sprintf(format: &[u8], args: &[FmtValue]) -> Outcome<Vec<u8>> {
    let mut p = Engine::new(true);
    p.printf(format, args);
    finish(p, |p| p.out)
}

/// Lazy `fmt.Sprint`.
pub fn try_sprint(args: &[FmtValue]) -> Outcome<Vec<u8>> {
    let mut p = Engine::new(true);
    p.print(args);
    finish(p, |p| p.out)
}

/// Lazy `fmt.Sprintln`.
pub fn try_sprintln(args: &[FmtValue]) -> Outcome<Vec<u8>> {
    let mut p = Engine::new(true);
    p.println(args);
    finish(p, |p| p.out)
}

/// Lazy `fmt.Errorf`.
pub fn try_errorf(format: &[u8], args: &[FmtValue]) -> Outcome<ErrorfResult> {
    let mut p = Engine::new(true);
    p.wrap_errs = true;
    p.printf(format, args);
    finish(p, |p| errorf_result(p, args))
}

fn is_error(v: &FmtValue) -> bool {
    let mut v = v;
    while let Kind::Interface(Some(inner)) = &v.kind {
        v = inner;
    }
    v.method(MethodKind::Error).is_present()
}

/// Go's errorf after doPrintf: which arguments the error wraps.
fn errorf_result(p: Engine<'_>, args: &[FmtValue]) -> ErrorfResult {
    let wrapped = match p.wrapped.len() {
        0 => Wrapped::None,
        1 => Wrapped::One(p.wrapped[0]),
        _ => {
            let mut w = p.wrapped.clone();
            // Go sorts only when the format reordered arguments; the
            // indices are increasing otherwise, so always sorting is the
            // same.
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
    ErrorfResult {
        text: p.out,
        wrapped,
    }
}
