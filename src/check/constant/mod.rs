//! Exact constant values and arithmetic: Go's untyped and typed constants.
//!
//! Owns: `Value` (a constant's value), literal parsing, the constant
//! operators with Go's promotion and overflow rules, representability in
//! a basic type (with Go's error classification), conversions, Go's
//! textual form of constants in messages, and the bit patterns typed
//! constants have at run time. It mirrors go/constant plus the constant
//! parts of types2 (`const.go`, `expr.go`, `conversions.go`), and its
//! tests compare against both (testdata/gen_golden.go regenerates the
//! expectations from Go's own packages; messages below come from running
//! Go 1.27.3's compiler).
//!
//! Invariants:
//! - Values are exact: integers are `BigInt`s; floats are fractions while
//!   numerator and denominator stay under 4096 bits, else 512-bit binary
//!   floats with an exponent bounded as Go's (`1e1000000` costs a few
//!   hundred bytes, never a million digits). No value is ever infinite or
//!   NaN: a result that would be (exponent overflow) is `Unknown`.
//! - `Unknown` stands for a value that already produced an error: every
//!   operation on it gives `Unknown` and reports nothing.
//! - Nothing panics, whatever the input; no computation allocates without
//!   bound: integers are capped at `MAX_INT_BITS` even if a caller skips
//!   the 512-bit check, shift counts at 1074, strings at Go's 2e9 bytes.
//! - The value kind matches the type kind the checker gives the constant
//!   (Int for integer and rune types, Float for float types, Complex for
//!   complex ones), except that an untyped integer constant keeps its Int
//!   value when it becomes an untyped float or complex by promotion, as
//!   in go/constant. `representable` normalises values for typed kinds.
//!
//! Go's messages around constants (Go 1.27.3, types2). The module
//! classifies; the checker builds the sentence (`describe`, `Repr`,
//! `ConstError::message`):
//!
//! | source                          | message                                                                                       |
//! |---------------------------------|-----------------------------------------------------------------------------------------------|
//! | `var a byte = 300`              | `cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)`      |
//! | `var i uint = -1`               | `cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)`       |
//! | `var k int = 1 << 63`           | `cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in variable declaration (overflows)` |
//! | `var d int = 1.5`               | `cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)`     |
//! | `var a int8 = 300.0`            | `cannot use 300.0 (untyped float constant 300) as int8 value in variable declaration (truncated)` (float source: truncated even when integral) |
//! | `var q int = 1.0 / 3.0`         | `cannot use 1.0 / 3.0 (untyped float constant 0.333333) as int value in variable declaration (truncated)` |
//! | `var f float64 = 1e309`         | `cannot use 1e309 (untyped float constant 1e+309) as float64 value in variable declaration (overflows)` |
//! | `var b float64 = 1 + 2i`        | `cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)` |
//! | `var v int = 2i`                | `cannot use 2i (untyped complex constant (0 + 2i)) as int value in variable declaration (truncated)` |
//! | `var p string = 'a'`            | `cannot use 'a' (untyped rune constant 97) as string value in variable declaration` (not representable: no suffix) |
//! | `var h int = "aaa…"` (long)     | `cannot use "aaa…a" (untyped string constant "aaa…(68 a)...) as int value in variable declaration` |
//! | `byte(300)`, `uint(-1)`         | `constant 300 overflows byte` (integer → integer conversion)                                 |
//! | `int(1.5)`, `float64(1e309)`    | `cannot convert 1.5 (untyped float constant) to type int` (any other failed conversion)       |
//! | `string(65.0)`                  | `cannot convert 65.0 (untyped float constant 65) to type string`                              |
//! | `m * 2` (`const m int8 = 100`)  | `m * 2 (constant 200 of type int8) overflows int8`                                            |
//! | `d * 2` (`type MyInt int8`)     | `d * 2 (constant 200 of int8 type MyInt) overflows int8`                                      |
//! | `-uint8(1)`                     | `-uint8(1) (constant -1 of type uint8) overflows uint8`                                       |
//! | `int8(1) << 10`                 | `int8(1) << 10 (constant 1024 of type int8) overflows int8`                                   |
//! | `f32 * 10` (`f32 float32 = 1e38`)| `f32 * 10 (constant 1e+39 of type float32) overflows float32`                                |
//! | `1 << 1000`                     | `constant shift overflow` (untyped integer past 512 bits)                                     |
//! | `-(1<<511) - (1<<511)`          | `constant subtraction overflow` (also addition, multiplication, bitwise XOR, bitwise complement; else `constant overflow`) |
//! | `1 << 10000000`, `1 << 1075`    | `invalid operation: invalid shift count 10000000 (untyped int constant)` (counts above 1074)  |
//! | `1 << -1`                       | `invalid operation: negative shift count -1 (untyped int constant)`                           |
//! | `1 << 1.5`                      | `1.5 (untyped float constant) truncated to uint` (count checked as `uint`)                    |
//! | `1 << 18446744073709551616`     | `18446744073709551616 (untyped int constant) overflows uint`                                  |
//! | `2.5 << 1`                      | `invalid operation: shifted operand 2.5 (untyped float constant) must be integer`             |
//! | `float64(2) << 1`               | `invalid operation: shifted operand float64(2) (constant 2 of type float64) must be integer`  |
//! | `1 / 0`, `1.0 / 0.0`, `5 % 0`, `(1+2i) / 0` | `invalid operation: division by zero`                                             |
//! | `1e646456990 * 1e646456990`     | `constant result is not representable` (float exponent overflow)                              |
//! | `1e1000000000000`               | `malformed constant: 1e1000000000000` (literal past Go's exponent range)                      |
//!
//! Not errors in Go: `mn / -1` for `const mn int64 = -1 << 63` is
//! `-9223372036854775808` (go/constant's int64 division wraps there, and
//! this module copies it); `var w = 0x1p-1075` and `var x float32 = 1e-46`
//! round to 0; `1.0 << 3` is the untyped int 8.

mod bigfloat;
mod format;
mod isprint;
mod num;
mod parse;

#[cfg(test)]
mod golden;
#[cfg(test)]
mod tests;

use super::basic::BasicKind;
pub use format::{is_print, quote};
pub use num::{Complex, Float};
use num::{Real, MAX_INT_BITS};
use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

/// Bits an untyped integer constant may have (types2's `prec`); larger
/// results are `constant ... overflow` errors.
pub const UNTYPED_INT_BITS: u64 = 512;
/// Largest constant shift count Go accepts (`1023 - 1 + 52`).
pub const MAX_SHIFT: u64 = 1074;
/// Longest constant string Go accepts, in bytes.
pub const MAX_STRING_LEN: u64 = 2_000_000_000;

/// The value of a constant.
///
/// `PartialEq` compares representations (an exact `Float` and a rounded
/// one never compare equal); use `Value::compare` for Go's `==`.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// The value of an erroneous expression: operations propagate it
    /// silently so that one mistake gives one message.
    Unknown,
    Bool(bool),
    /// Go strings are bytes, not necessarily UTF-8.
    String(Arc<[u8]>),
    /// Integer and rune constants, typed or untyped.
    Int(BigInt),
    /// Floating-point constants (see `Float`).
    Float(Float),
    /// Complex constants (boxed: the rarest and largest variant).
    Complex(Box<Complex>),
}

/// What kind of value a `Value` holds (go/constant's `Kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    Unknown,
    Bool,
    String,
    Int,
    Float,
    Complex,
}

impl fmt::Display for ValueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Unary operators on constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `^x` (bitwise complement)
    Xor,
    /// `!x`
    Not,
}

/// Binary operators on constants (comparisons and shifts are separate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// `/`: integer division (truncated) between integer kinds, exact
    /// division otherwise.
    Div,
    /// `%` (truncated, sign of the dividend), integers only.
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    /// `&&`
    LAnd,
    /// `||`
    LOr,
}

/// Shift operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShiftOp {
    Shl,
    Shr,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl UnOp {
    /// The operation's name in `constant ... overflow` messages.
    pub fn overflow_name(self) -> &'static str {
        match self {
            UnOp::Xor => "bitwise complement",
            _ => "",
        }
    }
}

impl BinOp {
    /// The operation's name in `constant ... overflow` messages (empty
    /// for operations that cannot overflow).
    pub fn overflow_name(self) -> &'static str {
        match self {
            BinOp::Add => "addition",
            BinOp::Sub => "subtraction",
            BinOp::Xor => "bitwise XOR",
            BinOp::Mul => "multiplication",
            _ => "",
        }
    }
}

/// Why a constant is not representable in a type, in types2's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Repr {
    /// Numeric, and too large (or too small) for the type, or an integer
    /// source that does not fit, or a complex with an imaginary part
    /// assigned to a float type. Assignment suffix ` (overflows)`.
    Overflows,
    /// A float or complex constant assigned to an integer type and not an
    /// integer that fits. Assignment suffix ` (truncated)`.
    Truncated,
    /// Not numeric on both sides (`'a'` as a string, `"x"` as an int).
    /// No suffix.
    NotRepresentable,
}

impl Repr {
    /// types2's classification of a failed representation of a constant
    /// of kind `from` in type kind `to`: both numeric → truncated for a
    /// non-integer source and integer target, overflows otherwise; else
    /// not representable.
    pub fn classify(from: BasicKind, to: BasicKind) -> Repr {
        if from.is_numeric() && to.is_numeric() {
            if !from.is_integer() && to.is_integer() {
                Repr::Truncated
            } else {
                Repr::Overflows
            }
        } else {
            Repr::NotRepresentable
        }
    }

    /// The suffix Go appends to `cannot use X as T value in CONTEXT`:
    /// `" (overflows)"`, `" (truncated)"` or nothing.
    pub fn assignment_suffix(self) -> &'static str {
        match self {
            Repr::Overflows => " (overflows)",
            Repr::Truncated => " (truncated)",
            Repr::NotRepresentable => "",
        }
    }

    /// types2's `invalidConversion` sentence, used for typed results of
    /// constant operations, shift counts and explicit conversions:
    /// `X overflows T`, `X truncated to T`, `cannot convert X to type T`.
    /// `operand` is `describe(...)`'s text. (For an integer → integer
    /// explicit conversion Go says `constant_overflows_message` instead.)
    pub fn conversion_message(self, operand: &str, type_name: &str) -> String {
        match self {
            Repr::Overflows => format!("{operand} overflows {type_name}"),
            Repr::Truncated => format!("{operand} truncated to {type_name}"),
            Repr::NotRepresentable => format!("cannot convert {operand} to type {type_name}"),
        }
    }
}

/// Errors of constant operations. `Unknown` operands never produce one.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstError {
    /// Division or remainder by a zero constant:
    /// `invalid operation: division by zero` (`div_by_zero_message`).
    DivByZero,
    /// An untyped integer result beyond 512 bits (or any integer beyond
    /// the module's hard bound): `constant {op} overflow`, `op` being the
    /// operation's name or empty (`constant overflow`).
    Overflow { op: &'static str },
    /// A typed result not representable in its type. `value` is the
    /// exact result, which the message shows:
    /// `m * 2 (constant 200 of type int8) overflows int8`.
    Repr { repr: Repr, value: Value },
    /// A float result beyond Go's exponent range:
    /// `constant result is not representable`.
    NotRepresentable,
    /// `invalid operation: negative shift count {count}`.
    NegativeShiftCount,
    /// A shift count above 1074 (or not an integer):
    /// `invalid operation: invalid shift count {count}`.
    InvalidShiftCount,
    /// `invalid operation: shifted operand {x} must be integer`.
    ShiftedOperandNotInteger,
    /// `constant string too long ({len} bytes > 2000000000 bytes)`.
    StringTooLong(u64),
    /// The operator does not apply to these values (the checker rejects
    /// such operands from their types before asking).
    InvalidOperation,
}

/// Go's message for a constant division by zero.
pub fn div_by_zero_message() -> &'static str {
    "invalid operation: division by zero"
}

/// Go's message for a literal go/constant cannot represent
/// (`from_*_lit` returned `None`).
pub fn malformed_message(literal: &str) -> String {
    format!("malformed constant: {literal}")
}

/// Longest numeric literal Go accepts (types2 reports longer ones with
/// `excessively_long_message` before evaluating them; the parsers here
/// work on any length but take time quadratic in it).
pub const MAX_LITERAL_LEN: usize = 10_000;

/// Go's message for a numeric literal longer than `MAX_LITERAL_LEN`:
/// `excessively long constant: 1234567890... (10001 chars)`.
pub fn excessively_long_message(literal: &str) -> String {
    let head: String = literal.chars().take(10).collect();
    format!(
        "excessively long constant: {head}... ({} chars)",
        literal.len()
    )
}

/// Go's message when an integer constant does not fit the integer type
/// of an explicit conversion: `constant 300 overflows byte`.
pub fn constant_overflows_message(v: &Value, type_name: &str) -> String {
    format!("constant {} overflows {}", v.go_repr(), type_name)
}

impl ConstError {
    /// Go's message. `operand` describes the operand the message names
    /// (`describe(...)`): the shift count for the shift-count errors, the
    /// shifted operand, or the typed result for `Repr`; `type_name` is the
    /// type for `Repr`. Other variants ignore both.
    pub fn message(&self, operand: &str, type_name: &str) -> String {
        match self {
            ConstError::DivByZero => div_by_zero_message().to_string(),
            ConstError::Overflow { op: "" } => "constant overflow".to_string(),
            ConstError::Overflow { op } => format!("constant {op} overflow"),
            ConstError::Repr { repr, .. } => repr.conversion_message(operand, type_name),
            ConstError::NotRepresentable => "constant result is not representable".to_string(),
            ConstError::NegativeShiftCount => {
                format!("invalid operation: negative shift count {operand}")
            }
            ConstError::InvalidShiftCount => {
                format!("invalid operation: invalid shift count {operand}")
            }
            ConstError::ShiftedOperandNotInteger => {
                format!("invalid operation: shifted operand {operand} must be integer")
            }
            ConstError::StringTooLong(n) => {
                format!("constant string too long ({n} bytes > {MAX_STRING_LEN} bytes)")
            }
            ConstError::InvalidOperation => "invalid constant operation".to_string(),
        }
    }
}

/// How types2 describes a constant operand in messages:
/// `300 (untyped int constant)`, `1 << 63 (untyped int constant
/// 9223372036854775808)`, `m * 2 (constant 200 of type int8)`. The value
/// is shown only when its text differs from the expression's source text
/// `expr_text` (Go's `ExprString`; empty: the value's own text is used).
/// `kind_name` is the type's name: an `untyped ...` kind gives the first
/// form, anything else the `of type` form (see `describe_named` for
/// defined types).
pub fn describe(expr_text: &str, kind_name: &str, v: &Value) -> String {
    let val = v.go_repr();
    let expr = if expr_text.is_empty() {
        val.as_str()
    } else {
        expr_text
    };
    let shown = if val != expr {
        format!(" {val}")
    } else {
        String::new()
    };
    if kind_name.starts_with("untyped") {
        format!("{expr} ({kind_name} constant{shown})")
    } else {
        format!("{expr} (constant{shown} of type {kind_name})")
    }
}

/// `describe` for a constant of a defined type whose underlying type is
/// basic: `d * 2 (constant 200 of int8 type MyInt)`.
pub fn describe_named(expr_text: &str, underlying: &str, named: &str, v: &Value) -> String {
    let val = v.go_repr();
    let expr = if expr_text.is_empty() {
        val.as_str()
    } else {
        expr_text
    };
    let shown = if val != expr {
        format!(" {val}")
    } else {
        String::new()
    };
    format!("{expr} (constant{shown} of {underlying} type {named})")
}

fn sign_of(x: &BigInt) -> i32 {
    match x.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

/// A numeric operand lifted to the common representation of a binary
/// operation (go/constant's `match`).
enum Num {
    Int(BigInt),
    Float(Float),
    Complex(Complex),
}

impl Value {
    // ---------------------------------------------------------------
    // Construction

    /// An integer literal (`42`, `0x_FF`, `0o17`, `017`, `0b1011`,
    /// `1_000`). `None` if malformed.
    pub fn from_int_lit(text: &str) -> Option<Value> {
        parse::parse_int(text).map(Value::Int)
    }

    /// A floating-point literal (`1.5`, `.5`, `1e-3`, `0x1.8p3`). `None`
    /// if malformed or beyond Go's exponent range (`1e1000000000000`),
    /// which Go reports as `malformed constant`.
    pub fn from_float_lit(text: &str) -> Option<Value> {
        parse::parse_float(text).map(Value::Float)
    }

    /// An imaginary literal (`3i`, `1.5e2i`, `0x10i`, `0x1p-2i`). As the
    /// spec says, a decimal integer part with a leading 0 is decimal:
    /// `0123i` is `123i`. `None` if malformed.
    pub fn from_imag_lit(text: &str) -> Option<Value> {
        let body = text.strip_suffix('i')?;
        let im = parse::parse_float(body)?;
        Some(Value::Complex(Box::new(Complex {
            re: Real::zero(),
            im: Real::Float(im),
        })))
    }

    /// A rune literal's value (the lexer decodes the escapes).
    pub fn from_rune(r: u32) -> Value {
        Value::Int(BigInt::from(r))
    }

    /// A string constant (the lexer decodes the escapes).
    pub fn from_string(bytes: &[u8]) -> Value {
        Value::String(Arc::from(bytes))
    }

    pub fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }

    pub fn from_i64(x: i64) -> Value {
        Value::Int(BigInt::from(x))
    }

    pub fn from_u64(x: u64) -> Value {
        Value::Int(BigInt::from(x))
    }

    pub fn from_bigint(x: BigInt) -> Value {
        Value::Int(x)
    }

    /// Go's `MakeFloat64`: exact; ±Inf and NaN give `Unknown`.
    pub fn from_f64(x: f64) -> Value {
        match Float::from_f64(x) {
            Some(f) => Value::Float(f),
            None => Value::Unknown,
        }
    }

    /// The builtin `complex(re, im)` of two constants (ints or floats).
    /// `Unknown` if either is unknown or not a real number.
    pub fn make_complex(re: &Value, im: &Value) -> Value {
        match (re.real(), im.real()) {
            (Some(re), Some(im)) => Value::Complex(Box::new(Complex { re, im })),
            _ => Value::Unknown,
        }
    }

    // ---------------------------------------------------------------
    // Inspection

    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Unknown => ValueKind::Unknown,
            Value::Bool(_) => ValueKind::Bool,
            Value::String(_) => ValueKind::String,
            Value::Int(_) => ValueKind::Int,
            Value::Float(_) => ValueKind::Float,
            Value::Complex(_) => ValueKind::Complex,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Float(_) | Value::Complex(_))
    }

    /// Go's `Sign`: -1, 0 or 1 (for complex values 0 iff zero); `Unknown`
    /// and non-numeric values give 1 (so they never look like a zero
    /// divisor).
    pub fn sign(&self) -> i32 {
        match self {
            Value::Int(i) => sign_of(i),
            Value::Float(f) => f.sign(),
            Value::Complex(c) => c.sign(),
            _ => 1,
        }
    }

    /// Bits of the absolute value of an integer (0 for other values).
    pub fn bit_len(&self) -> u64 {
        match self {
            Value::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// A real number (int or float) as a complex part.
    fn real(&self) -> Option<Real> {
        match self {
            Value::Int(i) => Some(Real::Int(i.clone())),
            Value::Float(f) => Some(Real::Float(f.clone())),
            _ => None,
        }
    }

    fn from_real(r: Real) -> Value {
        match r {
            Real::Int(i) => Value::Int(i),
            Real::Float(f) => Value::Float(f),
        }
    }

    /// The builtin `real(x)`: the real part of a numeric constant.
    pub fn real_part(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => self.clone(),
            Value::Complex(c) => Value::from_real(c.re.clone()),
            _ => Value::Unknown,
        }
    }

    /// The builtin `imag(x)`: the imaginary part (0 for reals).
    pub fn imag_part(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => Value::Int(BigInt::zero()),
            Value::Complex(c) => Value::from_real(c.im.clone()),
            _ => Value::Unknown,
        }
    }

    // ---------------------------------------------------------------
    // Getters

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bigint(&self) -> Option<&BigInt> {
        match self {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The integer value if it is an Int that fits an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_bigint()?.to_i64()
    }

    /// The integer value if it is an Int that fits a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_bigint()?.to_u64()
    }

    /// Go's `Float64Val`: the nearest `float64` of an Int or Float and
    /// whether it is exact (±Inf past the range, ±0 below it). Complex
    /// values give their real part, others `(0.0, false)`.
    pub fn float64_val(&self) -> (f64, bool) {
        match self {
            Value::Int(i) => {
                let (neg, m) = (i.is_negative(), i.magnitude());
                bigfloat::ratio_to_f64(neg, m, &BigUint::one(), 0)
            }
            Value::Float(f) => f.to_f64(),
            Value::Complex(c) => Value::from_real(c.re.clone()).float64_val(),
            _ => (0.0, false),
        }
    }

    /// Go's `Float32Val`, as `float64_val`.
    pub fn float32_val(&self) -> (f32, bool) {
        match self {
            Value::Int(i) => {
                let (neg, m) = (i.is_negative(), i.magnitude());
                bigfloat::ratio_to_f32(neg, m, &BigUint::one(), 0)
            }
            Value::Float(f) => f.to_f32(),
            Value::Complex(c) => Value::from_real(c.re.clone()).float32_val(),
            _ => (0.0, false),
        }
    }

    /// The nearest `float64` (see `float64_val`).
    pub fn as_f64(&self) -> f64 {
        self.float64_val().0
    }

    /// The nearest `float32` (see `float32_val`).
    pub fn as_f32(&self) -> f32 {
        self.float32_val().0
    }

    /// The nearest `complex128` as (re, im); reals have im 0.
    pub fn as_complex(&self) -> (f64, f64) {
        match self {
            Value::Complex(c) => (
                Value::from_real(c.re.clone()).as_f64(),
                Value::from_real(c.im.clone()).as_f64(),
            ),
            _ => (self.as_f64(), 0.0),
        }
    }

    // ---------------------------------------------------------------
    // Kind conversions (go/constant's ToInt, ToFloat, ToComplex)

    /// The value as an Int if it is integral (floats within rounding
    /// error of an integer count, as in Go; complex values need a zero
    /// imaginary part), else `Unknown`.
    pub fn to_int(&self) -> Value {
        match self {
            Value::Int(_) => self.clone(),
            Value::Float(f) => f.to_int().map_or(Value::Unknown, Value::Int),
            Value::Complex(c) if c.im.sign() == 0 => Value::from_real(c.re.clone()).to_int(),
            _ => Value::Unknown,
        }
    }

    /// The value as a Float (complex values need a zero imaginary part),
    /// else `Unknown`.
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(i) => Float::from_int(i).map_or(Value::Unknown, Value::Float),
            Value::Float(_) => self.clone(),
            Value::Complex(c) if c.im.sign() == 0 => Value::from_real(c.re.clone()).to_float(),
            _ => Value::Unknown,
        }
    }

    /// The value as a Complex, else `Unknown`.
    pub fn to_complex(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => match self.real() {
                Some(re) => Value::Complex(Box::new(Complex {
                    re,
                    im: Real::zero(),
                })),
                None => Value::Unknown,
            },
            Value::Complex(_) => self.clone(),
            _ => Value::Unknown,
        }
    }

    fn num(&self) -> Option<Num> {
        match self {
            Value::Int(i) => Some(Num::Int(i.clone())),
            Value::Float(f) => Some(Num::Float(f.clone())),
            Value::Complex(c) => Some(Num::Complex((**c).clone())),
            _ => None,
        }
    }

    /// Lifts two numeric values to a common representation.
    fn match_nums(x: &Value, y: &Value) -> Option<(Num, Num)> {
        let level = |v: &Value| match v {
            Value::Int(_) => 0,
            Value::Float(_) => 1,
            _ => 2,
        };
        let lift = |v: &Value, to: u8| -> Option<Num> {
            match (to, v) {
                (0, _) | (1, Value::Float(_)) | (2, Value::Complex(_)) => v.num(),
                (1, Value::Int(i)) => Float::from_int(i).map(Num::Float),
                (2, _) => Some(Num::Complex(Complex {
                    re: v.real()?,
                    im: Real::zero(),
                })),
                _ => None,
            }
        };
        if !x.is_numeric() || !y.is_numeric() {
            return None;
        }
        let to = level(x).max(level(y));
        Some((lift(x, to)?, lift(y, to)?))
    }

    // ---------------------------------------------------------------
    // Operations with go/constant's semantics (no type rules)

    /// Go's `UnaryOp`. For `^`, `prec` > 0 is the result width in bits
    /// (unsigned types: `^uint8(1)` is 254); 0 means unbounded.
    pub fn unary_op(op: UnOp, x: &Value, prec: u32) -> Result<Value, ConstError> {
        if x.is_unknown() {
            return Ok(Value::Unknown);
        }
        match (op, x) {
            (UnOp::Pos, Value::Int(_) | Value::Float(_) | Value::Complex(_)) => Ok(x.clone()),
            (UnOp::Neg, Value::Int(i)) => Ok(Value::Int(-i)),
            (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(f.neg())),
            (UnOp::Neg, Value::Complex(c)) => Ok(Value::Complex(Box::new(c.neg()))),
            (UnOp::Xor, Value::Int(i)) => {
                let z = !i;
                if prec > 0 {
                    let prec = u64::from(prec).min(MAX_INT_BITS);
                    let mask = (BigInt::one() << prec) - 1;
                    return Ok(Value::Int(z & mask));
                }
                Ok(Value::Int(z))
            }
            (UnOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
            _ => Err(ConstError::InvalidOperation),
        }
    }

    /// Go's `BinaryOp` (`int_div` selects truncated integer division for
    /// two Int operands, Go's `token.QUO_ASSIGN`). Division by zero is
    /// `DivByZero`; a float result beyond Go's range is `Unknown`.
    pub fn binary_op(x: &Value, op: BinOp, y: &Value, int_div: bool) -> Result<Value, ConstError> {
        if x.is_unknown() || y.is_unknown() {
            return Ok(Value::Unknown);
        }
        match (x, y) {
            (Value::Bool(a), Value::Bool(b)) => {
                return match op {
                    BinOp::LAnd => Ok(Value::Bool(*a && *b)),
                    BinOp::LOr => Ok(Value::Bool(*a || *b)),
                    _ => Err(ConstError::InvalidOperation),
                }
            }
            (Value::String(a), Value::String(b)) => {
                if op != BinOp::Add {
                    return Err(ConstError::InvalidOperation);
                }
                let len = a.len() as u64 + b.len() as u64;
                if len > MAX_STRING_LEN {
                    return Err(ConstError::StringTooLong(len));
                }
                let mut s = Vec::with_capacity(len as usize);
                s.extend_from_slice(a);
                s.extend_from_slice(b);
                return Ok(Value::String(s.into()));
            }
            _ => {}
        }
        let (a, b) = Value::match_nums(x, y).ok_or(ConstError::InvalidOperation)?;
        let unknown_if_none = |v: Option<Value>| v.unwrap_or(Value::Unknown);
        match (a, b) {
            (Num::Int(a), Num::Int(b)) => Value::int_op(&a, op, &b, int_div),
            (Num::Float(a), Num::Float(b)) => {
                let r = match op {
                    BinOp::Add => a.add(&b),
                    BinOp::Sub => a.sub(&b),
                    BinOp::Mul => a.mul(&b),
                    BinOp::Div if b.sign() == 0 => return Err(ConstError::DivByZero),
                    BinOp::Div => a.quo(&b),
                    _ => return Err(ConstError::InvalidOperation),
                };
                Ok(unknown_if_none(r.map(Value::Float)))
            }
            (Num::Complex(a), Num::Complex(b)) => {
                let r = match op {
                    BinOp::Add => a.add(&b),
                    BinOp::Sub => a.sub(&b),
                    BinOp::Mul => a.mul(&b),
                    BinOp::Div if b.is_zero_divisor() => return Err(ConstError::DivByZero),
                    BinOp::Div => a.quo(&b),
                    _ => return Err(ConstError::InvalidOperation),
                };
                Ok(unknown_if_none(r.map(|c| Value::Complex(Box::new(c)))))
            }
            _ => Err(ConstError::InvalidOperation),
        }
    }

    fn int_op(a: &BigInt, op: BinOp, b: &BigInt, int_div: bool) -> Result<Value, ConstError> {
        let too_big = |bits: u64| bits > MAX_INT_BITS;
        let r = match op {
            BinOp::Add | BinOp::Sub if too_big(a.bits().max(b.bits()) + 1) => {
                return Err(ConstError::Overflow {
                    op: op.overflow_name(),
                })
            }
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul if too_big(a.bits() + b.bits()) => {
                return Err(ConstError::Overflow {
                    op: op.overflow_name(),
                })
            }
            BinOp::Mul => a * b,
            BinOp::Div | BinOp::Rem if b.is_zero() => return Err(ConstError::DivByZero),
            BinOp::Div if int_div => {
                // go/constant divides int64 values in int64 arithmetic,
                // where MinInt64 / -1 wraps to MinInt64; Go compiles
                // `mn / -1` to that value.
                if a.to_i64() == Some(i64::MIN) && b.to_i64() == Some(-1) {
                    a.clone()
                } else {
                    a / b
                }
            }
            BinOp::Div => {
                let q = Float::from_rat(BigRational::new(a.clone(), b.clone()));
                return Ok(q.map_or(Value::Unknown, Value::Float));
            }
            BinOp::Rem => a % b,
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::AndNot => a & !b,
            BinOp::LAnd | BinOp::LOr => return Err(ConstError::InvalidOperation),
        };
        Ok(Value::Int(r))
    }

    /// Go's `Shift` of an Int by `s` bits (`>>` rounds toward -∞).
    pub fn shift_op(x: &Value, op: ShiftOp, s: u64) -> Result<Value, ConstError> {
        let i = match x {
            Value::Unknown => return Ok(Value::Unknown),
            Value::Int(i) => i,
            _ => return Err(ConstError::InvalidOperation),
        };
        match op {
            ShiftOp::Shl => {
                if i.is_zero() {
                    return Ok(x.clone());
                }
                if i.bits().saturating_add(s) > MAX_INT_BITS {
                    return Err(ConstError::Overflow { op: "shift" });
                }
                Ok(Value::Int(i << s))
            }
            ShiftOp::Shr => {
                if s >= i.bits() {
                    let r = if i.is_negative() { -1 } else { 0 };
                    return Ok(Value::Int(BigInt::from(r)));
                }
                Ok(Value::Int(i >> s))
            }
        }
    }

    /// Go's `Compare`: false if either value is unknown.
    pub fn compare_op(x: &Value, op: CmpOp, y: &Value) -> Result<bool, ConstError> {
        let from_ord = |o: Ordering| match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        };
        let eq_only = |eq: bool| match op {
            CmpOp::Eq => Ok(eq),
            CmpOp::Ne => Ok(!eq),
            _ => Err(ConstError::InvalidOperation),
        };
        match (x, y) {
            (Value::Unknown, _) | (_, Value::Unknown) => Ok(false),
            (Value::Bool(a), Value::Bool(b)) => eq_only(a == b),
            (Value::String(a), Value::String(b)) => Ok(from_ord(a.cmp(b))),
            _ => match Value::match_nums(x, y).ok_or(ConstError::InvalidOperation)? {
                (Num::Int(a), Num::Int(b)) => Ok(from_ord(a.cmp(&b))),
                (Num::Float(a), Num::Float(b)) => Ok(from_ord(a.cmp(&b))),
                (Num::Complex(a), Num::Complex(b)) => eq_only(a.equal(&b)),
                _ => Err(ConstError::InvalidOperation),
            },
        }
    }

    // ---------------------------------------------------------------
    // Operations with types2's rules: what the checker calls

    /// types2's `overflow` check after a constant operation whose result
    /// has type kind `kind`: an unknown result (float exponent overflow)
    /// is `NotRepresentable`; a typed result must be representable in its
    /// type (and is rounded to it: float32 arithmetic rounds after each
    /// operation); an untyped integer may not exceed 512 bits
    /// (`Overflow { op }`, `op` naming the operation); an untyped string
    /// may not exceed 2e9 bytes. Call it on literals too (`op` empty):
    /// Go rejects integer literals beyond 512 bits (`constant overflow`).
    pub fn check_overflow(self, kind: BasicKind, op: &'static str) -> Result<Value, ConstError> {
        match &self {
            Value::Unknown => return Err(ConstError::NotRepresentable),
            _ if !kind.is_untyped() && kind != BasicKind::Invalid => {
                return match self.representable(kind) {
                    Ok(v) => Ok(v),
                    Err(repr) => Err(ConstError::Repr { repr, value: self }),
                };
            }
            Value::Int(i) if i.bits() > UNTYPED_INT_BITS => {
                return Err(ConstError::Overflow { op })
            }
            Value::String(s) if s.len() as u64 > MAX_STRING_LEN => {
                return Err(ConstError::StringTooLong(s.len() as u64))
            }
            _ => {}
        }
        Ok(self)
    }

    /// A unary operation on a constant of type kind `kind` (`UntypedInt`,
    /// `Uint8`, ...), as types2 evaluates it: `^x` of an unsigned type is
    /// bounded by the type's width, and the result is checked with
    /// `check_overflow`. `Unknown` gives `Ok(Unknown)`.
    pub fn unary(op: UnOp, x: &Value, kind: BasicKind) -> Result<Value, ConstError> {
        if x.is_unknown() {
            return Ok(Value::Unknown);
        }
        let prec = if op == UnOp::Xor && kind.is_unsigned() {
            kind.size() * 8
        } else {
            0
        };
        Value::unary_op(op, x, prec)?.check_overflow(kind, op.overflow_name())
    }

    /// A binary operation on constants whose (matched) type kind is
    /// `kind`, as types2 evaluates it: division or remainder by zero is
    /// `DivByZero` (for complex kinds also a divisor whose squared parts
    /// underflow), `/` truncates iff `kind` is an integer kind (`1/3` is
    /// 0, `1/3.0` is 1/3), and the result goes through `check_overflow`.
    /// `Unknown` operands give `Ok(Unknown)`.
    pub fn binary(x: &Value, op: BinOp, y: &Value, kind: BasicKind) -> Result<Value, ConstError> {
        if matches!(op, BinOp::Div | BinOp::Rem) && !x.is_unknown() {
            if y.sign() == 0 {
                return Err(ConstError::DivByZero);
            }
            if kind.is_complex() {
                if let Value::Complex(c) = y.to_complex() {
                    if c.is_zero_divisor() {
                        return Err(ConstError::DivByZero);
                    }
                }
            }
        }
        if x.is_unknown() || y.is_unknown() {
            return Ok(Value::Unknown);
        }
        let int_div = op == BinOp::Div && kind.is_integer();
        Value::binary_op(x, op, y, int_div)?.check_overflow(kind, op.overflow_name())
    }

    /// A constant shift `x << count` / `x >> count`, `x` of type kind
    /// `kind`, as types2 evaluates it. Errors, in Go's order: the operand
    /// must be of integer type, or untyped and integral (`1.0 << 3` is
    /// fine, `2.5 << 1` and `float64(2) << 1` are not:
    /// `ShiftedOperandNotInteger`); a negative count is
    /// `NegativeShiftCount`; a count above 1074 (or not an integer) is
    /// `InvalidShiftCount`. The checker first checks an untyped count with
    /// `count.representable(BasicKind::Uint)` (Go's `1.5 (untyped float
    /// constant) truncated to uint`). The result has kind `kind` if that
    /// is an integer kind, else `UntypedInt`, and goes through
    /// `check_overflow` (`constant shift overflow` past 512 bits).
    pub fn shift(
        x: &Value,
        op: ShiftOp,
        count: &Value,
        kind: BasicKind,
    ) -> Result<Value, ConstError> {
        if x.is_unknown() || count.is_unknown() {
            return Ok(Value::Unknown);
        }
        let xval = x.to_int();
        if !(kind.is_integer() || kind.is_untyped() && matches!(xval, Value::Int(_))) {
            return Err(ConstError::ShiftedOperandNotInteger);
        }
        let cval = count.to_int();
        if cval.sign() < 0 && matches!(cval, Value::Int(_)) {
            return Err(ConstError::NegativeShiftCount);
        }
        let s = match cval.as_u64() {
            Some(s) if s <= MAX_SHIFT => s,
            _ => return Err(ConstError::InvalidShiftCount),
        };
        let result_kind = if kind.is_integer() {
            kind
        } else {
            BasicKind::UntypedInt
        };
        Value::shift_op(&xval, op, s)?.check_overflow(result_kind, "shift")
    }

    /// A constant comparison: `Bool`, or `Unknown` if an operand is.
    /// `InvalidOperation` for operands that do not compare (`<` on
    /// complex or bool values, mixed kinds).
    pub fn compare(x: &Value, op: CmpOp, y: &Value) -> Result<Value, ConstError> {
        if x.is_unknown() || y.is_unknown() {
            return Ok(Value::Unknown);
        }
        Value::compare_op(x, op, y).map(Value::Bool)
    }

    // ---------------------------------------------------------------
    // Representability

    /// Go's representability of this constant in basic type kind `kind`,
    /// giving the value as the type holds it: an Int for integer types
    /// (floats and complex values must be integral: `2.0` → 2), a Float
    /// rounded to float32/float64 (overflow to ±Inf fails, underflow gives
    /// 0), a Complex with both parts rounded; strings and bools only to
    /// their own kinds. int and uint are 64-bit, uintptr too. Untyped
    /// float and complex kinds accept any numeric value unchanged.
    /// `Unknown` is representable as anything (no follow-up errors).
    /// Integer → string conversions are `to_string_conversion`.
    ///
    /// The error classification assumes the value kind stands for its
    /// type (Int: integer type, Float: float type, Complex: complex type);
    /// use `representable_from` when the type says otherwise.
    pub fn representable(&self, kind: BasicKind) -> Result<Value, Repr> {
        let from = match self {
            Value::Bool(_) => BasicKind::UntypedBool,
            Value::String(_) => BasicKind::UntypedString,
            Value::Int(_) => BasicKind::UntypedInt,
            Value::Float(_) => BasicKind::UntypedFloat,
            Value::Complex(_) => BasicKind::UntypedComplex,
            Value::Unknown => BasicKind::Invalid,
        };
        self.representable_from(from, kind)
    }

    /// `representable`, classifying a failure by the constant's type kind
    /// `from` (types2 looks at the operand's type, not its value).
    pub fn representable_from(&self, from: BasicKind, kind: BasicKind) -> Result<Value, Repr> {
        if self.is_unknown() {
            return Ok(Value::Unknown);
        }
        self.represent(kind)
            .ok_or_else(|| Repr::classify(from, kind))
    }

    fn represent(&self, kind: BasicKind) -> Option<Value> {
        use BasicKind::*;
        if kind.is_integer() {
            if !self.is_numeric() {
                return None;
            }
            let Value::Int(i) = self.to_int() else {
                return None;
            };
            let fits = match kind {
                UntypedInt | UntypedRune => true,
                Int | Int64 => i.to_i64().is_some(),
                Int8 => i.to_i8().is_some(),
                Int16 => i.to_i16().is_some(),
                Int32 => i.to_i32().is_some(),
                Uint | Uint64 | Uintptr => i.to_u64().is_some(),
                Uint8 => i.to_u8().is_some(),
                Uint16 => i.to_u16().is_some(),
                Uint32 => i.to_u32().is_some(),
                _ => false,
            };
            return fits.then_some(Value::Int(i));
        }
        if kind.is_float() {
            if !self.is_numeric() {
                return None;
            }
            let Value::Float(f) = self.to_float() else {
                return None;
            };
            return match kind {
                Float32 => round32(&f).map(Value::Float),
                Float64 => round64(&f).map(Value::Float),
                _ => Some(self.clone()),
            };
        }
        if kind.is_complex() {
            let Value::Complex(c) = self.to_complex() else {
                return None;
            };
            let round = |r: &Real, f32: bool| -> Option<Real> {
                let f = r.to_float()?;
                Some(Real::Float(if f32 { round32(&f)? } else { round64(&f)? }))
            };
            return match kind {
                Complex64 => Some(Value::Complex(Box::new(Complex {
                    re: round(&c.re, true)?,
                    im: round(&c.im, true)?,
                }))),
                Complex128 => Some(Value::Complex(Box::new(Complex {
                    re: round(&c.re, false)?,
                    im: round(&c.im, false)?,
                }))),
                _ => Some(self.clone()),
            };
        }
        match (kind, self) {
            (String | UntypedString, Value::String(_)) => Some(self.clone()),
            (Bool | UntypedBool, Value::Bool(_)) => Some(self.clone()),
            _ => None,
        }
    }

    /// The explicit conversion of an integer constant to a string type:
    /// the UTF-8 encoding of the code point, or of U+FFFD for negative
    /// values, surrogates and values past U+10FFFF (`string(rune(-1))` is
    /// "\uFFFD"). `None` if the value is not an Int; `Unknown` stays so.
    pub fn to_string_conversion(&self) -> Option<Value> {
        match self {
            Value::Unknown => Some(Value::Unknown),
            Value::Int(i) => {
                let c = i
                    .to_u32()
                    .and_then(char::from_u32)
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                let mut buf = [0u8; 4];
                Some(Value::from_string(c.encode_utf8(&mut buf).as_bytes()))
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------
    // Run-time bit patterns

    /// The 64-bit word the VM stores for this constant as a value of type
    /// kind `kind` (untyped kinds use their default type): integers in
    /// two's complement, wrapped to the type's width, then sign-extended
    /// (signed types) or zero-extended (unsigned) to 64 bits; float64 as
    /// its IEEE bits; float32 as its 32 IEEE bits, zero-extended; bools
    /// 0/1; complex types the real half (see `to_complex_bits`). A
    /// value is expected to be `representable` in `kind` first (floats are
    /// rounded to nearest here anyway); strings and unknown values give 0.
    pub fn to_bits(&self, kind: BasicKind) -> u64 {
        use BasicKind::*;
        let kind = kind.default_type();
        match kind {
            Bool => u64::from(self.as_bool().unwrap_or(false)),
            k if k.is_integer() => {
                let Value::Int(i) = self.to_int() else {
                    return 0;
                };
                let (neg, mag) = num::split(&i);
                let low = mag.iter_u64_digits().next().unwrap_or(0);
                let word = if neg { low.wrapping_neg() } else { low };
                let width = k.size() * 8;
                if width >= 64 || width == 0 {
                    return word;
                }
                let masked = word & ((1u64 << width) - 1);
                if k.is_unsigned() || masked >> (width - 1) == 0 {
                    masked
                } else {
                    masked | !((1u64 << width) - 1)
                }
            }
            Float32 => u64::from(self.as_f32().to_bits()),
            Float64 => self.as_f64().to_bits(),
            Complex64 | Complex128 => self.to_complex_bits(kind).0,
            _ => 0,
        }
    }

    /// The two halves (real, imaginary) of a complex constant as the VM
    /// stores them: float32 bits for `complex64`, float64 bits for
    /// `complex128` (and untyped complex). Other kinds: `(to_bits, 0)`.
    pub fn to_complex_bits(&self, kind: BasicKind) -> (u64, u64) {
        let kind = kind.default_type();
        let (re, im) = match self.to_complex() {
            Value::Complex(c) => (Value::from_real(c.re), Value::from_real(c.im)),
            _ => (Value::Unknown, Value::Unknown),
        };
        match kind {
            BasicKind::Complex64 => (
                u64::from(re.as_f32().to_bits()),
                u64::from(im.as_f32().to_bits()),
            ),
            BasicKind::Complex128 => (re.as_f64().to_bits(), im.as_f64().to_bits()),
            _ => (self.to_bits(kind), 0),
        }
    }

    // ---------------------------------------------------------------
    // Text

    /// The constant as Go shows it in messages (go/constant's `String`):
    /// `300`, `1e+309`, `0.333333`, `1.0000005e+06`, `(1 + 2i)`,
    /// `"abc"` (quoted, cut to 72 runes with `...`), `true`; runes show as
    /// their number (`97`); `unknown`.
    pub fn go_repr(&self) -> String {
        match self {
            Value::Unknown => "unknown".into(),
            Value::Bool(b) => b.to_string(),
            Value::String(s) => format::short_quote(s),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format::float_string(f),
            Value::Complex(c) => format!(
                "({} + {}i)",
                format::real_string(&c.re),
                format::real_string(&c.im)
            ),
        }
    }

    /// go/constant's `ExactString`: `1/3`, `0x.8p+5001` for rounded
    /// floats, strings fully quoted.
    pub fn exact_string(&self) -> String {
        match self {
            Value::String(s) => quote(s),
            Value::Float(f) => f.exact_string(),
            Value::Complex(c) => format!("({} + {}i)", c.re.exact_string(), c.im.exact_string()),
            _ => self.go_repr(),
        }
    }
}

/// types2's `roundFloat32`: the nearest float32, as an exact value;
/// `None` if it overflows to ±Inf.
fn round32(f: &Float) -> Option<Float> {
    let (x, _) = f.to_f32();
    if x.is_infinite() {
        return None;
    }
    Float::from_f64(f64::from(x))
}

/// types2's `roundFloat64`.
fn round64(f: &Float) -> Option<Float> {
    let (x, _) = f.to_f64();
    if x.is_infinite() {
        return None;
    }
    Float::from_f64(x)
}

impl fmt::Display for Value {
    /// `go_repr`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.go_repr())
    }
}
