//! unicode and unicode/utf8 natives: classification and case mapping
//! (`crate::natives::unicode`, tables generated from Go's) and UTF-8
//! decoding, encoding, counting and validation (`crate::natives::utf8`).

use super::regs::{self, bytes, put_bool, put_int, put_slice, rune, string};
use super::{Fault, NativeFn, Vm, R};
use crate::natives::{unicode as u, utf8};

/// A classification native: rune → bool.
macro_rules! is {
    ($f:path) => {
        |vm: &mut Vm, b: usize| {
            let r = rune(vm, b);
            put_bool(vm, b, $f(r));
            Ok(())
        }
    };
}

/// A case-mapping native: rune → rune.
macro_rules! to {
    ($f:path) => {
        |vm: &mut Vm, b: usize| {
            let r = rune(vm, b);
            put_int(vm, b, i64::from($f(r)));
            Ok(())
        }
    };
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "unicode.IsControl" => is!(u::is_control),
        "unicode.IsDigit" => is!(u::is_digit),
        "unicode.IsGraphic" => is!(u::is_graphic),
        "unicode.IsLetter" => is!(u::is_letter),
        "unicode.IsLower" => is!(u::is_lower),
        "unicode.IsMark" => is!(u::is_mark),
        "unicode.IsNumber" => is!(u::is_number),
        "unicode.IsPrint" => is!(u::is_print),
        "unicode.IsPunct" => is!(u::is_punct),
        "unicode.IsSpace" => is!(u::is_space),
        "unicode.IsSymbol" => is!(u::is_symbol),
        "unicode.IsTitle" => is!(u::is_title),
        "unicode.IsUpper" => is!(u::is_upper),
        "unicode.SimpleFold" => to!(u::simple_fold),
        "unicode.ToLower" => to!(u::to_lower),
        "unicode.ToTitle" => to!(u::to_title),
        "unicode.ToUpper" => to!(u::to_upper),
        "unicode.To" => to_case,
        "unicode/utf8.AppendRune" => append_rune,
        "unicode/utf8.DecodeLastRune" => |vm, b| decoded(vm, b, bytes, utf8::decode_last_rune),
        "unicode/utf8.DecodeLastRuneInString" => {
            |vm, b| decoded(vm, b, string, utf8::decode_last_rune)
        }
        "unicode/utf8.DecodeRune" => |vm, b| decoded(vm, b, bytes, utf8::decode_rune),
        "unicode/utf8.DecodeRuneInString" => |vm, b| decoded(vm, b, string, utf8::decode_rune),
        "unicode/utf8.EncodeRune" => encode_rune,
        "unicode/utf8.FullRune" => |vm, b| check(vm, b, bytes, utf8::full_rune),
        "unicode/utf8.FullRuneInString" => |vm, b| check(vm, b, string, utf8::full_rune),
        "unicode/utf8.Valid" => |vm, b| check(vm, b, bytes, utf8::valid),
        "unicode/utf8.ValidString" => |vm, b| check(vm, b, string, utf8::valid),
        "unicode/utf8.RuneCount" => |vm, b| count(vm, b, bytes),
        "unicode/utf8.RuneCountInString" => |vm, b| count(vm, b, string),
        _ => return None,
    })
}

/// Reads the `[]byte` or string argument of a utf8 native.
type Arg = fn(&Vm, usize) -> Vec<u8>;

fn to_case(vm: &mut Vm, b: usize) -> R<()> {
    let case = regs::int(vm, b);
    let r = rune(vm, b + 1);
    put_int(vm, b, i64::from(u::to(case, r)));
    Ok(())
}

fn decoded(vm: &mut Vm, b: usize, arg: Arg, f: fn(&[u8]) -> (i32, usize)) -> R<()> {
    let s = arg(vm, b);
    let (r, n) = f(&s);
    put_int(vm, b, i64::from(r));
    put_int(vm, b + 1, n as i64);
    Ok(())
}

fn check(vm: &mut Vm, b: usize, arg: Arg, f: fn(&[u8]) -> bool) -> R<()> {
    let s = arg(vm, b);
    put_bool(vm, b, f(&s));
    Ok(())
}

fn count(vm: &mut Vm, b: usize, arg: Arg) -> R<()> {
    let s = arg(vm, b);
    put_int(vm, b, utf8::rune_count(&s) as i64);
    Ok(())
}

fn append_rune(vm: &mut Vm, b: usize) -> R<()> {
    let sl = regs::slice(vm, b);
    let enc = utf8::encode_rune(rune(vm, b + 4));
    let r = regs::append_bytes(vm, sl, &enc)?;
    put_slice(vm, b, r);
    Ok(())
}

/// EncodeRune writes into p's array; a short p is Go's index panic at
/// the last byte the encoding needs.
fn encode_rune(vm: &mut Vm, b: usize) -> R<()> {
    let sl = regs::slice(vm, b);
    let enc = utf8::encode_rune(rune(vm, b + 4));
    if (sl[2] as usize) < enc.len() {
        return Err(Fault::Runtime(format!(
            "index out of range [{}] with length {}",
            enc.len() - 1,
            sl[2]
        )));
    }
    let mut dst = regs::sub(sl, 0, enc.len(), enc.len());
    dst[3] = dst[2];
    regs::write_bytes(vm, dst, &enc);
    put_int(vm, b, enc.len() as i64);
    Ok(())
}
