//! strconv natives: number formatting (`crate::natives::numfmt`),
//! quoting (`crate::natives::quote`) and the parsing hooks, which return
//! raw error codes the Go side turns into *NumError values.

use super::regs::{self, float, int, put_bool, put_float, put_int, put_str, put_word, rune};
use super::{go_panic, NativeFn, Vm, R};
use crate::natives::{numfmt, quote, strconv as sc};

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "strconv.FormatFloat" => format_float,
        "strconv.FormatInt" => format_int,
        "strconv.FormatUint" => format_uint,
        "strconv.IsGraphic" => is_graphic,
        "strconv.IsPrint" => is_print,
        "strconv.Quote" => |vm, b| quoted(vm, b, quote::quote),
        "strconv.QuoteToASCII" => |vm, b| quoted(vm, b, quote::quote_to_ascii),
        "strconv.QuoteToGraphic" => |vm, b| quoted(vm, b, quote::quote_to_graphic),
        "strconv.QuoteRune" => |vm, b| quoted_rune(vm, b, quote::quote_rune),
        "strconv.QuoteRuneToASCII" => |vm, b| quoted_rune(vm, b, quote::quote_rune_to_ascii),
        "strconv.QuoteRuneToGraphic" => |vm, b| quoted_rune(vm, b, quote::quote_rune_to_graphic),
        "strconv.parseFloat" => parse_float,
        "strconv.parseInt" => parse_int,
        "strconv.parseUint" => parse_uint,
        _ => return None,
    })
}

/// A formatted number, or Go's panic for a bad base or bitSize.
fn put_formatted(vm: &mut Vm, base: usize, r: Result<Vec<u8>, &'static str>) -> R<()> {
    match r {
        Ok(s) => put_str(vm, base, &s),
        Err(msg) => Err(go_panic(vm, msg)),
    }
}

/// A base argument as numfmt takes it (out-of-range values stay invalid).
fn base_arg(vm: &Vm, at: usize) -> u32 {
    u32::try_from(int(vm, at)).unwrap_or(0)
}

fn format_float(vm: &mut Vm, base: usize) -> R<()> {
    let f = float(vm, base);
    let fmt = regs::word(vm, base + 1) as u8;
    let (prec, bits) = (int(vm, base + 2), int(vm, base + 3));
    put_formatted(vm, base, numfmt::format_float(f, fmt, prec, bits))
}
fn format_int(vm: &mut Vm, base: usize) -> R<()> {
    let r = numfmt::format_int(int(vm, base), base_arg(vm, base + 1));
    put_formatted(vm, base, r)
}
fn format_uint(vm: &mut Vm, base: usize) -> R<()> {
    let r = numfmt::format_uint(regs::word(vm, base), base_arg(vm, base + 1));
    put_formatted(vm, base, r)
}
fn is_graphic(vm: &mut Vm, base: usize) -> R<()> {
    let r = rune(vm, base);
    put_bool(vm, base, quote::is_graphic(r));
    Ok(())
}
fn is_print(vm: &mut Vm, base: usize) -> R<()> {
    let r = rune(vm, base);
    put_bool(vm, base, quote::is_print(r));
    Ok(())
}
fn quoted(vm: &mut Vm, base: usize, f: fn(&[u8]) -> Vec<u8>) -> R<()> {
    let s = regs::string(vm, base);
    put_str(vm, base, &f(&s))
}
fn quoted_rune(vm: &mut Vm, base: usize, f: fn(i32) -> Vec<u8>) -> R<()> {
    let r = rune(vm, base);
    put_str(vm, base, &f(r))
}

fn parse_float(vm: &mut Vm, base: usize) -> R<()> {
    let s = regs::string(vm, base);
    let (v, n, code) = sc::parse_float_prefix(&s, int(vm, base + 1));
    put_float(vm, base, v);
    put_int(vm, base + 1, n as i64);
    put_int(vm, base + 2, code as i64);
    Ok(())
}
fn parse_int(vm: &mut Vm, base: usize) -> R<()> {
    let s = regs::string(vm, base);
    let (v, code) = sc::parse_int(&s, int(vm, base + 1), int(vm, base + 2));
    put_int(vm, base, v);
    put_int(vm, base + 1, code as i64);
    Ok(())
}
fn parse_uint(vm: &mut Vm, base: usize) -> R<()> {
    let s = regs::string(vm, base);
    let (v, code) = sc::parse_uint(&s, int(vm, base + 1), int(vm, base + 2));
    put_word(vm, base, v);
    put_int(vm, base + 1, code as i64);
    Ok(())
}
