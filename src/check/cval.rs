//! The checker's view of constant values: a thin adapter over
//! `constant` (exact arithmetic), so that the rest of the checker depends
//! only on these few functions.
//!
//! Owns: nothing but the mapping from checker operations to `constant`.

use super::basic::BasicKind;
use super::constant as k;
use crate::syntax::ast::{BinOp, UnOp};

pub use super::constant::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VKind {
    Bool,
    String,
    Int,
    Float,
    Complex,
    Unknown,
}

/// Why a value is not representable by a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprErr {
    Overflow,
    Truncated,
    /// Wrong kind of value entirely (string as int...).
    Invalid,
}

/// Failure of a constant operation.
#[derive(Clone, Debug, PartialEq)]
pub enum OpErr {
    DivByZero,
    /// `constant {op} overflow` (op may be empty).
    Overflow(&'static str),
    /// Other (already reported or impossible).
    Other,
}

pub fn int_lit(s: &str) -> Option<Value> {
    Value::from_int_lit(s)
}
pub fn float_lit(s: &str) -> Option<Value> {
    Value::from_float_lit(s)
}
pub fn imag_lit(s: &str) -> Option<Value> {
    Value::from_imag_lit(s)
}
pub fn rune(c: u32) -> Value {
    Value::from_rune(c)
}
pub fn string(b: &[u8]) -> Value {
    Value::from_string(b)
}
pub fn boolean(b: bool) -> Value {
    Value::from_bool(b)
}
pub fn int(n: i64) -> Value {
    Value::from_i64(n)
}

pub fn kind(v: &Value) -> VKind {
    match v.kind() {
        k::ValueKind::Bool => VKind::Bool,
        k::ValueKind::String => VKind::String,
        k::ValueKind::Int => VKind::Int,
        k::ValueKind::Float => VKind::Float,
        k::ValueKind::Complex => VKind::Complex,
        k::ValueKind::Unknown => VKind::Unknown,
    }
}

pub fn is_unknown(v: &Value) -> bool {
    v.is_unknown()
}

/// The value as an i64 if it is integral and fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(_) => v.as_i64(),
        _ => v.to_int().as_i64(),
    }
}

pub fn is_int_valued(v: &Value) -> bool {
    matches!(v.to_int(), Value::Int(_))
}

/// Go's `constant.Value.String()` form for messages.
pub fn to_string(v: &Value) -> String {
    v.go_repr()
}

fn op_err(e: k::ConstError) -> OpErr {
    match e {
        k::ConstError::DivByZero => OpErr::DivByZero,
        k::ConstError::Overflow { op } => OpErr::Overflow(op),
        _ => OpErr::Other,
    }
}

/// A unary operation; `typ` is the operand's basic kind (bounds `^` of
/// unsigned types).
pub fn unary(op: UnOp, v: &Value, typ: Option<BasicKind>) -> Option<Value> {
    let o = match op {
        UnOp::Pos => k::UnOp::Pos,
        UnOp::Neg => k::UnOp::Neg,
        UnOp::Not => k::UnOp::Not,
        UnOp::BitNot => k::UnOp::Xor,
        _ => return None,
    };
    let prec = match (op, typ) {
        (UnOp::BitNot, Some(t)) if t.is_unsigned() => t.size() * 8,
        _ => 0,
    };
    Value::unary_op(o, v, prec).ok()
}

/// A binary (non-shift, non-comparison) operation.
pub fn binary(op: BinOp, a: &Value, b: &Value, int_div: bool) -> Result<Value, OpErr> {
    let o = match op {
        BinOp::Add => k::BinOp::Add,
        BinOp::Sub => k::BinOp::Sub,
        BinOp::Mul => k::BinOp::Mul,
        BinOp::Div => k::BinOp::Div,
        BinOp::Rem => k::BinOp::Rem,
        BinOp::And => k::BinOp::And,
        BinOp::Or => k::BinOp::Or,
        BinOp::Xor => k::BinOp::Xor,
        BinOp::AndNot => k::BinOp::AndNot,
        BinOp::LAnd => k::BinOp::LAnd,
        BinOp::LOr => k::BinOp::LOr,
        _ => return Err(OpErr::Other),
    };
    Value::binary_op(a, o, b, int_div).map_err(op_err)
}

pub fn shift(op: BinOp, a: &Value, n: u64) -> Result<Value, OpErr> {
    let o = match op {
        BinOp::Shl => k::ShiftOp::Shl,
        _ => k::ShiftOp::Shr,
    };
    Value::shift_op(&a.to_int(), o, n).map_err(op_err)
}

pub fn compare(op: BinOp, a: &Value, b: &Value) -> bool {
    let o = match op {
        BinOp::Eq => k::CmpOp::Eq,
        BinOp::Ne => k::CmpOp::Ne,
        BinOp::Lt => k::CmpOp::Lt,
        BinOp::Le => k::CmpOp::Le,
        BinOp::Gt => k::CmpOp::Gt,
        _ => k::CmpOp::Ge,
    };
    Value::compare_op(a, o, b).unwrap_or(false)
}

/// Converts `v` to kind `to` if representable (rounding floats).
pub fn representable(v: &Value, to: BasicKind) -> Result<Value, ReprErr> {
    if to.is_untyped() {
        // Untyped targets: only the kind changes.
        return match to {
            BasicKind::UntypedInt | BasicKind::UntypedRune => match v.to_int() {
                Value::Unknown if !v.is_unknown() => {
                    if v.is_numeric() {
                        Err(ReprErr::Truncated)
                    } else {
                        Err(ReprErr::Invalid)
                    }
                }
                x => Ok(x),
            },
            BasicKind::UntypedFloat | BasicKind::UntypedComplex if v.is_numeric() => Ok(v.clone()),
            BasicKind::UntypedString if kind(v) == VKind::String => Ok(v.clone()),
            BasicKind::UntypedBool if kind(v) == VKind::Bool => Ok(v.clone()),
            _ if v.is_unknown() => Ok(v.clone()),
            _ => Err(ReprErr::Invalid),
        };
    }
    v.representable(to).map_err(|r| match r {
        k::Repr::Overflows => ReprErr::Overflow,
        k::Repr::Truncated => ReprErr::Truncated,
        k::Repr::NotRepresentable => ReprErr::Invalid,
    })
}

/// Whether an untyped integer constant grew past Go's 512 bits.
pub fn too_big(v: &Value) -> bool {
    v.bit_len() > k::UNTYPED_INT_BITS
}

/// The value as an untyped kind's value (int → float etc.).
pub fn to_kind(v: &Value, kd: BasicKind) -> Option<Value> {
    let r = match kd {
        BasicKind::UntypedInt | BasicKind::UntypedRune => v.to_int(),
        BasicKind::UntypedFloat => v.to_float(),
        BasicKind::UntypedComplex => v.to_complex(),
        _ => v.clone(),
    };
    (!r.is_unknown()).then_some(r)
}

pub fn real(v: &Value) -> Option<Value> {
    Some(v.real_part())
}
pub fn imag(v: &Value) -> Option<Value> {
    Some(v.imag_part())
}
pub fn make_complex(re: &Value, im: &Value) -> Option<Value> {
    Some(Value::make_complex(re, im))
}
pub fn string_len(v: &Value) -> Option<usize> {
    v.as_bytes().map(|b| b.len())
}
pub fn bytes(v: &Value) -> Option<Vec<u8>> {
    v.as_bytes().map(|b| b.to_vec())
}
/// `string(65)`: the UTF-8 of a code point.
pub fn int_to_string(v: &Value) -> Option<Value> {
    v.to_string_conversion()
}
