//! math and math/bits natives over `crate::natives::math` (bit-exact
//! with Go's amd64 results). float32 values travel as the f64 bits of the
//! f32 value; NaN payloads are carried over bit for bit so that
//! Float32frombits/Float32bits round-trip as in Go.

use super::regs::{float, int, put_float, put_int, put_word, word};
use super::{Fault, NativeFn, Vm, R};
use crate::natives::math::{self as m, bits};

/// A native over one float64 argument.
macro_rules! un {
    ($f:path) => {
        |vm: &mut Vm, b: usize| {
            let x = float(vm, b);
            put_float(vm, b, $f(x));
            Ok(())
        }
    };
}

/// A native over two float64 arguments.
macro_rules! bin {
    ($f:path) => {
        |vm: &mut Vm, b: usize| {
            let (x, y) = (float(vm, b), float(vm, b + 1));
            put_float(vm, b, $f(x, y));
            Ok(())
        }
    };
}

/// A native over one uint64 argument with an int or uint64 result.
macro_rules! bit {
    ($f:path) => {
        |vm: &mut Vm, b: usize| {
            let x = word(vm, b);
            put_word(vm, b, $f(x) as u64);
            Ok(())
        }
    };
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "math.Acos" => un!(m::acos),
        "math.Acosh" => un!(m::acosh),
        "math.Asin" => un!(m::asin),
        "math.Asinh" => un!(m::asinh),
        "math.Atan" => un!(m::atan),
        "math.Atanh" => un!(m::atanh),
        "math.Cbrt" => un!(m::cbrt),
        "math.Ceil" => un!(m::ceil),
        "math.Cos" => un!(m::cos),
        "math.Cosh" => un!(m::cosh),
        "math.Erf" => un!(m::erf),
        "math.Erfc" => un!(m::erfc),
        "math.Erfcinv" => un!(m::erfcinv),
        "math.Erfinv" => un!(m::erfinv),
        "math.Exp" => un!(m::exp),
        "math.Exp2" => un!(m::exp2),
        "math.Expm1" => un!(m::expm1),
        "math.Floor" => un!(m::floor),
        "math.Gamma" => un!(m::gamma),
        "math.J0" => un!(m::j0),
        "math.J1" => un!(m::j1),
        "math.Log" => un!(m::log),
        "math.Log10" => un!(m::log10),
        "math.Log1p" => un!(m::log1p),
        "math.Log2" => un!(m::log2),
        "math.Logb" => un!(m::logb),
        "math.Round" => un!(m::round),
        "math.RoundToEven" => un!(m::round_to_even),
        "math.Sin" => un!(m::sin),
        "math.Sinh" => un!(m::sinh),
        "math.Sqrt" => un!(m::sqrt),
        "math.Tan" => un!(m::tan),
        "math.Tanh" => un!(m::tanh),
        "math.Trunc" => un!(m::trunc),
        "math.Y0" => un!(m::y0),
        "math.Y1" => un!(m::y1),
        "math.Atan2" => bin!(m::atan2),
        "math.Hypot" => bin!(m::hypot),
        "math.Mod" => bin!(m::mod_),
        "math.Nextafter" => bin!(m::nextafter),
        "math.Pow" => bin!(m::pow),
        "math.Remainder" => bin!(m::remainder),
        "math.FMA" => fma,
        "math.Float64bits" => float64bits,
        "math.Float64frombits" => float64frombits,
        "math.Float32bits" => float32bits,
        "math.Float32frombits" => float32frombits,
        "math.Nextafter32" => nextafter32,
        "math.Frexp" => frexp,
        "math.Ldexp" => ldexp,
        "math.Ilogb" => ilogb,
        "math.Lgamma" => lgamma,
        "math.Modf" => modf,
        "math.Sincos" => sincos,
        "math.Pow10" => pow10,
        "math.Jn" => |vm, b| bessel(vm, b, m::jn),
        "math.Yn" => |vm, b| bessel(vm, b, m::yn),
        "math/bits.LeadingZeros64" => bit!(bits::leading_zeros64),
        "math/bits.TrailingZeros64" => bit!(bits::trailing_zeros64),
        "math/bits.OnesCount64" => bit!(bits::ones_count64),
        "math/bits.Len64" => bit!(bits::len64),
        "math/bits.Reverse64" => bit!(bits::reverse64),
        "math/bits.ReverseBytes64" => bit!(bits::reverse_bytes64),
        "math/bits.Mul64" => mul64,
        "math/bits.Div64" => div64,
        _ => return None,
    })
}

/// The float32 held (as f64 bits) at `at`, NaN payload kept.
pub(super) fn f32_arg(vm: &Vm, at: usize) -> f32 {
    let w = word(vm, at);
    let x = f64::from_bits(w);
    if x.is_nan() {
        let sign = ((w >> 63) as u32) << 31;
        return f32::from_bits(sign | 0x7F80_0000 | ((w >> 29) as u32 & 0x007F_FFFF));
    }
    x as f32
}

/// Writes a float32 result (as f64 bits), NaN payload kept.
pub(super) fn put_f32(vm: &mut Vm, at: usize, v: f32) {
    let w = if v.is_nan() {
        let b = u64::from(v.to_bits());
        (b >> 31) << 63 | 0x7FF0_0000_0000_0000 | (b & 0x007F_FFFF) << 29
    } else {
        f64::from(v).to_bits()
    };
    put_word(vm, at, w);
}

fn float64bits(vm: &mut Vm, b: usize) -> R<()> {
    let x = float(vm, b);
    put_word(vm, b, m::float64bits(x));
    Ok(())
}
fn float64frombits(vm: &mut Vm, b: usize) -> R<()> {
    let w = word(vm, b);
    put_float(vm, b, m::float64frombits(w));
    Ok(())
}
fn float32bits(vm: &mut Vm, b: usize) -> R<()> {
    let x = f32_arg(vm, b);
    put_word(vm, b, u64::from(m::float32bits(x)));
    Ok(())
}
fn float32frombits(vm: &mut Vm, b: usize) -> R<()> {
    let w = word(vm, b) as u32;
    put_f32(vm, b, m::float32frombits(w));
    Ok(())
}
fn ilogb(vm: &mut Vm, b: usize) -> R<()> {
    let x = float(vm, b);
    put_int(vm, b, m::ilogb(x));
    Ok(())
}
fn pow10(vm: &mut Vm, b: usize) -> R<()> {
    let n = int(vm, b);
    put_float(vm, b, m::pow10(n));
    Ok(())
}
/// Jn and Yn: (n int, x float64).
fn bessel(vm: &mut Vm, b: usize, f: fn(i64, f64) -> f64) -> R<()> {
    let (n, x) = (int(vm, b), float(vm, b + 1));
    put_float(vm, b, f(n, x));
    Ok(())
}
fn fma(vm: &mut Vm, b: usize) -> R<()> {
    let (x, y, z) = (float(vm, b), float(vm, b + 1), float(vm, b + 2));
    put_float(vm, b, m::fma(x, y, z));
    Ok(())
}
fn nextafter32(vm: &mut Vm, b: usize) -> R<()> {
    let (x, y) = (f32_arg(vm, b), f32_arg(vm, b + 1));
    put_f32(vm, b, m::nextafter32(x, y));
    Ok(())
}
fn frexp(vm: &mut Vm, b: usize) -> R<()> {
    let (f, e) = m::frexp(float(vm, b));
    put_float(vm, b, f);
    put_int(vm, b + 1, e);
    Ok(())
}
fn ldexp(vm: &mut Vm, b: usize) -> R<()> {
    let r = m::ldexp(float(vm, b), int(vm, b + 1));
    put_float(vm, b, r);
    Ok(())
}
fn lgamma(vm: &mut Vm, b: usize) -> R<()> {
    let (l, s) = m::lgamma(float(vm, b));
    put_float(vm, b, l);
    put_int(vm, b + 1, s);
    Ok(())
}
fn modf(vm: &mut Vm, b: usize) -> R<()> {
    let (i, f) = m::modf(float(vm, b));
    put_float(vm, b, i);
    put_float(vm, b + 1, f);
    Ok(())
}
fn sincos(vm: &mut Vm, b: usize) -> R<()> {
    let (s, c) = m::sincos(float(vm, b));
    put_float(vm, b, s);
    put_float(vm, b + 1, c);
    Ok(())
}
fn mul64(vm: &mut Vm, b: usize) -> R<()> {
    let (hi, lo) = bits::mul64(word(vm, b), word(vm, b + 1));
    put_word(vm, b, hi);
    put_word(vm, b + 1, lo);
    Ok(())
}
fn div64(vm: &mut Vm, b: usize) -> R<()> {
    match bits::div64(word(vm, b), word(vm, b + 1), word(vm, b + 2)) {
        Ok((q, r)) => {
            put_word(vm, b, q);
            put_word(vm, b + 1, r);
            Ok(())
        }
        Err(msg) => Err(Fault::Runtime(
            msg.trim_start_matches("runtime error: ").into(),
        )),
    }
}
