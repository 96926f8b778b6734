//! The checker's view of constant values: a thin adapter over
//! `constant` (exact arithmetic), so that the rest of the checker depends
//! only on these few functions.
//!
//! Owns: nothing but the mapping from checker operations to `constant`.

use super::basic::BasicKind;
use crate::syntax::ast::{BinOp, UnOp};


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

pub fn int_lit(s: &str) -> Option<Value> {
    Value::parse_int(s)
}
pub fn float_lit(s: &str) -> Option<Value> {
    Value::parse_float(s)
}
pub fn imag_lit(s: &str) -> Option<Value> {
    Value::parse_imag(s)
}
pub fn rune(c: u32) -> Value {
    Value::from_i64(c as i64)
}
pub fn string(b: &[u8]) -> Value {
    Value::from_bytes(b.to_vec())
}
pub fn boolean(b: bool) -> Value {
    Value::from_bool(b)
}
pub fn int(n: i64) -> Value {
    Value::from_i64(n)
}

pub fn kind(v: &Value) -> VKind {
    v.vkind()
}

pub fn to_i64(v: &Value) -> Option<i64> {
    v.to_i64()
}

pub fn is_int_valued(v: &Value) -> bool {
    v.is_int_valued()
}

/// Go's `constant.Value.String()` form for messages.
pub fn to_string(v: &Value) -> String {
    v.go_string()
}

pub fn unary(op: UnOp, v: &Value, typ: Option<BasicKind>) -> Option<Value> {
    v.unary(op, typ)
}

/// `Err(())` on division by zero.
pub fn binary(op: BinOp, a: &Value, b: &Value, int_div: bool) -> Result<Option<Value>, ()> {
    Value::binary(op, a, b, int_div)
}

pub fn shift(op: BinOp, a: &Value, n: u64) -> Option<Value> {
    a.shift(op, n)
}

pub fn compare(op: BinOp, a: &Value, b: &Value) -> bool {
    Value::compare(op, a, b)
}

/// Converts `v` to `kind` if representable (rounding floats).
pub fn representable(v: &Value, k: BasicKind) -> Result<Value, ReprErr> {
    v.represent(k)
}

/// The value as an untyped kind's value (int → float etc.).
pub fn to_kind(v: &Value, k: BasicKind) -> Option<Value> {
    v.to_untyped(k)
}

pub fn real(v: &Value) -> Option<Value> {
    v.real()
}
pub fn imag(v: &Value) -> Option<Value> {
    v.imag()
}
pub fn make_complex(re: &Value, im: &Value) -> Option<Value> {
    Value::complex(re, im)
}
pub fn string_len(v: &Value) -> Option<usize> {
    v.string_len()
}
pub fn bytes(v: &Value) -> Option<Vec<u8>> {
    v.string_bytes()
}

// ───────── temporary stand-in until `constant` lands (i128/f64) ─────────

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Str(Vec<u8>),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
}

impl Value {
    fn parse_int(s: &str) -> Option<Value> {
        let t: String = s.chars().filter(|&c| c != '_').collect();
        let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
            (r.to_string(), 16)
        } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
            (r.to_string(), 2)
        } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
            (r.to_string(), 8)
        } else if t.len() > 1 && t.starts_with('0') {
            (t[1..].to_string(), 8)
        } else {
            (t.clone(), 10)
        };
        match i128::from_str_radix(&digits, radix) {
            Ok(n) => Some(Value::Int(n)),
            Err(_) => Some(Value::Float(t.parse::<f64>().unwrap_or(f64::INFINITY))),
        }
    }
    fn parse_float(s: &str) -> Option<Value> {
        let t: String = s.chars().filter(|&c| c != '_').collect();
        if t.starts_with("0x") || t.starts_with("0X") {
            return Some(Value::Float(0.0));
        }
        t.parse::<f64>().ok().map(Value::Float)
    }
    fn parse_imag(s: &str) -> Option<Value> {
        let t = s.trim_end_matches('i');
        let v = Value::parse_float(t).or_else(|| Value::parse_int(t))?;
        Some(Value::Complex(0.0, v.f()))
    }
    pub fn from_i64(n: i64) -> Value {
        Value::Int(n as i128)
    }
    fn from_bytes(b: Vec<u8>) -> Value {
        Value::Str(b)
    }
    fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }
    fn vkind(&self) -> VKind {
        match self {
            Value::Bool(_) => VKind::Bool,
            Value::Str(_) => VKind::String,
            Value::Int(_) => VKind::Int,
            Value::Float(_) => VKind::Float,
            Value::Complex(..) => VKind::Complex,
        }
    }
    fn f(&self) -> f64 {
        match self {
            Value::Int(n) => *n as f64,
            Value::Float(f) => *f,
            Value::Complex(r, _) => *r,
            _ => 0.0,
        }
    }
    fn c(&self) -> (f64, f64) {
        match self {
            Value::Complex(r, i) => (*r, *i),
            v => (v.f(), 0.0),
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Value::Int(n) => i64::try_from(*n).ok(),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Some(*f as i64),
            Value::Complex(r, i) if *i == 0.0 && r.fract() == 0.0 && r.abs() < 9.2e18 => Some(*r as i64),
            _ => None,
        }
    }
    fn is_int_valued(&self) -> bool {
        match self {
            Value::Int(_) => true,
            Value::Float(f) => f.fract() == 0.0 && f.is_finite(),
            Value::Complex(r, i) => *i == 0.0 && r.fract() == 0.0,
            _ => false,
        }
    }
    fn go_string(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Str(s) => super::types::go_quote(s),
            Value::Int(n) => n.to_string(),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{}", f)
                } else {
                    format!("{}", f)
                }
            }
            Value::Complex(r, i) => format!("({} + {}i)", r, i),
        }
    }
    fn unary(&self, op: UnOp, typ: Option<BasicKind>) -> Option<Value> {
        Some(match (op, self) {
            (UnOp::Pos, v) => v.clone(),
            (UnOp::Neg, Value::Int(n)) => Value::Int(-n),
            (UnOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnOp::Neg, Value::Complex(r, i)) => Value::Complex(-r, -i),
            (UnOp::Not, Value::Bool(b)) => Value::Bool(!b),
            (UnOp::BitNot, Value::Int(n)) => match typ {
                Some(k) if k.is_unsigned() => {
                    let bits = k.size() * 8;
                    let mask: i128 = if bits >= 64 { u64::MAX as i128 } else { (1i128 << bits) - 1 };
                    Value::Int(!n & mask)
                }
                _ => Value::Int(!n),
            },
            _ => return None,
        })
    }
    fn binary(op: BinOp, a: &Value, b: &Value, int_div: bool) -> Result<Option<Value>, ()> {
        use BinOp::*;
        Ok(Some(match (a, b) {
            (Value::Bool(x), Value::Bool(y)) => match op {
                LAnd => Value::Bool(*x && *y),
                LOr => Value::Bool(*x || *y),
                _ => return Ok(None),
            },
            (Value::Str(x), Value::Str(y)) => match op {
                Add => {
                    let mut v = x.clone();
                    v.extend_from_slice(y);
                    Value::Str(v)
                }
                _ => return Ok(None),
            },
            (Value::Int(x), Value::Int(y)) => {
                let (x, y) = (*x, *y);
                match op {
                    Add => Value::Int(x.wrapping_add(y)),
                    Sub => Value::Int(x.wrapping_sub(y)),
                    Mul => Value::Int(x.wrapping_mul(y)),
                    Div if y == 0 => return Err(()),
                    Div if int_div => Value::Int(x / y),
                    Div => Value::Float(x as f64 / y as f64),
                    Rem if y == 0 => return Err(()),
                    Rem => Value::Int(x % y),
                    And => Value::Int(x & y),
                    Or => Value::Int(x | y),
                    Xor => Value::Int(x ^ y),
                    AndNot => Value::Int(x & !y),
                    _ => return Ok(None),
                }
            }
            (Value::Complex(..), _) | (_, Value::Complex(..)) => {
                let (ar, ai) = a.c();
                let (br, bi) = b.c();
                match op {
                    Add => Value::Complex(ar + br, ai + bi),
                    Sub => Value::Complex(ar - br, ai - bi),
                    Mul => Value::Complex(ar * br - ai * bi, ar * bi + ai * br),
                    Div => {
                        let d = br * br + bi * bi;
                        if d == 0.0 {
                            return Err(());
                        }
                        Value::Complex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
                    }
                    _ => return Ok(None),
                }
            }
            _ => {
                let (x, y) = (a.f(), b.f());
                match op {
                    Add => Value::Float(x + y),
                    Sub => Value::Float(x - y),
                    Mul => Value::Float(x * y),
                    Div if y == 0.0 => return Err(()),
                    Div => Value::Float(x / y),
                    _ => return Ok(None),
                }
            }
        }))
    }
    fn shift(&self, op: BinOp, n: u64) -> Option<Value> {
        let x = match self {
            Value::Int(x) => *x,
            v if v.is_int_valued() => v.f() as i128,
            _ => return None,
        };
        match op {
            BinOp::Shl => Some(Value::Int(if n >= 127 { if x == 0 { 0 } else { i128::MAX } } else { x.checked_shl(n as u32).unwrap_or(i128::MAX) })),
            BinOp::Shr => Some(Value::Int(if n >= 127 { if x < 0 { -1 } else { 0 } } else { x >> n })),
            _ => None,
        }
    }
    fn compare(op: BinOp, a: &Value, b: &Value) -> bool {
        use std::cmp::Ordering;
        let ord = match (a, b) {
            (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
            (Value::Str(x), Value::Str(y)) => x.cmp(y),
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            (Value::Complex(..), _) | (_, Value::Complex(..)) => {
                if a.c() == b.c() { Ordering::Equal } else { Ordering::Less }
            }
            _ => a.f().partial_cmp(&b.f()).unwrap_or(Ordering::Less),
        };
        match op {
            BinOp::Eq => ord == Ordering::Equal,
            BinOp::Ne => ord != Ordering::Equal,
            BinOp::Lt => ord == Ordering::Less,
            BinOp::Le => ord != Ordering::Greater,
            BinOp::Gt => ord == Ordering::Greater,
            BinOp::Ge => ord != Ordering::Less,
            _ => false,
        }
    }
    fn represent(&self, k: BasicKind) -> Result<Value, ReprErr> {
        use BasicKind::*;
        if k.is_integer() {
            let n = match self {
                Value::Int(n) => *n,
                Value::Float(_) | Value::Complex(..) => {
                    if !self.is_int_valued() {
                        return Err(ReprErr::Truncated);
                    }
                    let f = self.f();
                    if f.abs() > 1e38 {
                        return Err(ReprErr::Overflow);
                    }
                    f as i128
                }
                _ => return Err(ReprErr::Invalid),
            };
            if matches!(k, UntypedInt | UntypedRune) {
                return Ok(Value::Int(n));
            }
            let bits = k.size() as u32 * 8;
            let ok = if k.is_unsigned() {
                n >= 0 && (bits >= 128 || n < (1i128 << bits))
            } else {
                let lim = 1i128 << (bits - 1);
                n >= -lim && n < lim
            };
            return if ok { Ok(Value::Int(n)) } else { Err(ReprErr::Overflow) };
        }
        if k.is_float() {
            return match self {
                Value::Int(_) | Value::Float(_) => {
                    let f = self.f();
                    if k == Float32 && f.abs() > f32::MAX as f64 {
                        return Err(ReprErr::Overflow);
                    }
                    if !f.is_finite() {
                        return Err(ReprErr::Overflow);
                    }
                    Ok(Value::Float(if k == Float32 { f as f32 as f64 } else { f }))
                }
                Value::Complex(r, i) if *i == 0.0 => Ok(Value::Float(*r)),
                Value::Complex(..) => Err(ReprErr::Truncated),
                _ => Err(ReprErr::Invalid),
            };
        }
        if k.is_complex() {
            return match self {
                Value::Int(_) | Value::Float(_) | Value::Complex(..) => {
                    let (r, i) = self.c();
                    Ok(Value::Complex(r, i))
                }
                _ => Err(ReprErr::Invalid),
            };
        }
        if k.is_string() {
            return match self {
                Value::Str(_) => Ok(self.clone()),
                _ => Err(ReprErr::Invalid),
            };
        }
        if k.is_boolean() {
            return match self {
                Value::Bool(_) => Ok(self.clone()),
                _ => Err(ReprErr::Invalid),
            };
        }
        Err(ReprErr::Invalid)
    }
    fn to_untyped(&self, k: BasicKind) -> Option<Value> {
        use BasicKind::*;
        match k {
            UntypedInt | UntypedRune => match self {
                Value::Int(_) => Some(self.clone()),
                v if v.is_int_valued() => Some(Value::Int(v.f() as i128)),
                _ => Some(self.clone()),
            },
            UntypedFloat => match self {
                Value::Int(_) | Value::Float(_) => Some(Value::Float(self.f())),
                _ => Some(self.clone()),
            },
            UntypedComplex => {
                let (r, i) = self.c();
                Some(Value::Complex(r, i))
            }
            _ => Some(self.clone()),
        }
    }
    fn real(&self) -> Option<Value> {
        Some(Value::Float(self.c().0))
    }
    fn imag(&self) -> Option<Value> {
        Some(Value::Float(self.c().1))
    }
    fn complex(re: &Value, im: &Value) -> Option<Value> {
        Some(Value::Complex(re.f(), im.f()))
    }
    fn string_len(&self) -> Option<usize> {
        match self {
            Value::Str(s) => Some(s.len()),
            _ => None,
        }
    }
    fn string_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
}
