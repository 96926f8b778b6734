//! Tests. Expectations come from real Go: `golden.rs` is generated from
//! go/constant by testdata/gen_golden.go; the others were observed by
//! compiling and running small programs with Go 1.27.3 (quoted beside
//! each test).

use super::golden::{GOLDEN, QUOTES};
use super::*;
use BasicKind::*;

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// Runs a program of the RPN language documented in gen_golden.go.
fn run(prog: &str) -> Value {
    let mut st: Vec<Value> = Vec::new();
    for t in prog.split_whitespace() {
        if let Some(l) = t.strip_prefix("I:") {
            st.push(Value::from_int_lit(l).unwrap_or(Value::Unknown));
        } else if let Some(l) = t.strip_prefix("F:") {
            st.push(Value::from_float_lit(l).unwrap_or(Value::Unknown));
        } else if let Some(l) = t.strip_prefix("C:") {
            st.push(Value::from_imag_lit(l).unwrap_or(Value::Unknown));
        } else if let Some(n) = t.strip_prefix("R:") {
            st.push(Value::from_rune(n.parse().unwrap()));
        } else if let Some(h) = t.strip_prefix("S:") {
            st.push(Value::from_string(&hex_bytes(h)));
        } else if let Some(b) = t.strip_prefix("B:") {
            st.push(Value::from_bool(b == "true"));
        } else if let Some(n) = t.strip_prefix("<<:") {
            let x = st.pop().unwrap();
            st.push(Value::shift_op(&x, ShiftOp::Shl, n.parse().unwrap()).unwrap());
        } else if let Some(n) = t.strip_prefix(">>:") {
            let x = st.pop().unwrap();
            st.push(Value::shift_op(&x, ShiftOp::Shr, n.parse().unwrap()).unwrap());
        } else if let Some(rest) = t.strip_prefix("cpl") {
            let p = rest.strip_prefix(':').map_or(0, |n| n.parse().unwrap());
            let x = st.pop().unwrap();
            st.push(Value::unary_op(UnOp::Xor, &x, p).unwrap());
        } else {
            let unary = |op: UnOp, st: &mut Vec<Value>| {
                let x = st.pop().unwrap();
                st.push(Value::unary_op(op, &x, 0).unwrap());
            };
            let conv = |f: &dyn Fn(&Value) -> Value, st: &mut Vec<Value>| {
                let x = st.pop().unwrap();
                st.push(f(&x));
            };
            match t {
                "neg" => unary(UnOp::Neg, &mut st),
                "pos" => unary(UnOp::Pos, &mut st),
                "not" => unary(UnOp::Not, &mut st),
                "toint" => conv(&|x| x.to_int(), &mut st),
                "tofloat" => conv(&|x| x.to_float(), &mut st),
                "tocomplex" => conv(&|x| x.to_complex(), &mut st),
                "real" => conv(&|x| x.real_part(), &mut st),
                "imag" => conv(&|x| x.imag_part(), &mut st),
                "mkimag" => conv(&|x| Value::make_complex(&Value::from_i64(0), x), &mut st),
                "r32" => conv(
                    &|x| {
                        let (f, _) = x.to_float().float32_val();
                        if f.is_infinite() {
                            Value::Unknown
                        } else {
                            Value::from_f64(f64::from(f))
                        }
                    },
                    &mut st,
                ),
                "r64" => conv(
                    &|x| {
                        let (f, _) = x.to_float().float64_val();
                        Value::from_f64(f)
                    },
                    &mut st,
                ),
                "==" | "!=" | "<" | "<=" | ">" | ">=" => {
                    let op = match t {
                        "==" => CmpOp::Eq,
                        "!=" => CmpOp::Ne,
                        "<" => CmpOp::Lt,
                        "<=" => CmpOp::Le,
                        ">" => CmpOp::Gt,
                        _ => CmpOp::Ge,
                    };
                    let y = st.pop().unwrap();
                    let x = st.pop().unwrap();
                    st.push(Value::from_bool(Value::compare_op(&x, op, &y).unwrap()));
                }
                _ => {
                    let (op, int_div) = match t {
                        "+" => (BinOp::Add, false),
                        "-" => (BinOp::Sub, false),
                        "*" => (BinOp::Mul, false),
                        "/" => (BinOp::Div, false),
                        "div" => (BinOp::Div, true),
                        "%" => (BinOp::Rem, false),
                        "&" => (BinOp::And, false),
                        "|" => (BinOp::Or, false),
                        "^" => (BinOp::Xor, false),
                        "&^" => (BinOp::AndNot, false),
                        "&&" => (BinOp::LAnd, false),
                        "||" => (BinOp::LOr, false),
                        _ => panic!("bad token {t}"),
                    };
                    let y = st.pop().unwrap();
                    let x = st.pop().unwrap();
                    st.push(Value::binary_op(&x, op, &y, int_div).unwrap());
                }
            }
        }
    }
    assert_eq!(st.len(), 1, "{prog}");
    st.pop().unwrap()
}

/// The same summary gen_golden.go's `describe` prints.
fn summary(v: &Value) -> std::string::String {
    let mut s = format!("{}|{}|{}", v.kind(), v.go_repr(), v.exact_string());
    if matches!(v, Value::Int(_) | Value::Float(_)) {
        let (f, ok) = v.float64_val();
        s += &format!("|f64:{:016x}:{}", f.to_bits(), ok);
        let (g, ok) = v.float32_val();
        s += &format!("|f32:{:08x}:{}", g.to_bits(), ok);
        s += &format!("|sign:{}", v.sign());
        s += &format!("|toint:{}", v.to_int().exact_string());
    }
    if let Value::Int(_) = v {
        match v.as_i64() {
            Some(i) => s += &format!("|i64:{i}"),
            None => s += "|i64:-",
        }
        match v.as_u64() {
            Some(u) => s += &format!("|u64:{u}"),
            None => s += "|u64:-",
        }
        s += &format!("|bitlen:{}", v.bit_len());
    }
    if let Value::Complex(_) = v {
        let re = v.real_part().to_float().as_f64();
        let im = v.imag_part().to_float().as_f64();
        s += &format!("|c:{:016x}:{:016x}", re.to_bits(), im.to_bits());
    }
    s
}

#[test]
fn golden_go_constant() {
    let mut failures = Vec::new();
    for (prog, want) in GOLDEN {
        let got = summary(&run(prog));
        if got != *want {
            failures.push(format!("{prog}\n   got  {got}\n   want {want}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ from Go:\n{}",
        failures.len(),
        GOLDEN.len(),
        failures.join("\n")
    );
}

#[test]
fn golden_string_quoting() {
    for (hex, want) in QUOTES {
        let v = Value::from_string(&hex_bytes(hex));
        assert_eq!(v.go_repr(), *want, "{hex}");
    }
}

fn int(x: i64) -> Value {
    Value::from_i64(x)
}
fn lit_f(s: &str) -> Value {
    Value::from_float_lit(s).unwrap()
}
fn lit_i(s: &str) -> Value {
    Value::from_int_lit(s).unwrap()
}

// --- literals -------------------------------------------------------

#[test]
fn int_literals() {
    assert_eq!(lit_i("0x_FF"), int(255));
    assert_eq!(lit_i("0o17"), int(15));
    assert_eq!(lit_i("017"), int(15));
    assert_eq!(lit_i("0_17"), int(15));
    assert_eq!(lit_i("0b1011"), int(11));
    assert_eq!(lit_i("1_000_000"), int(1_000_000));
    assert_eq!(lit_i("0"), int(0));
    for bad in [
        "", "09", "0x", "0b2", "1__0", "_1", "1_", "0x_", "12a", "0o8",
    ] {
        assert_eq!(Value::from_int_lit(bad), None, "{bad}");
    }
}

#[test]
fn float_and_imag_literals() {
    assert_eq!(lit_f("0x1.8p3").go_repr(), "12");
    assert_eq!(lit_f("1_0.2_5").exact_string(), "41/4");
    for bad in ["", ".", "1e", "1e+", "0x1.8e3x", "1..2", "1e5_", "0x"] {
        assert_eq!(Value::from_float_lit(bad), None, "{bad}");
    }
    // `0123i` is decimal (spec), `0x10i` is 16i.
    assert_eq!(
        Value::from_imag_lit("0123i").unwrap().go_repr(),
        "(0 + 123i)"
    );
    assert_eq!(
        Value::from_imag_lit("0x10i").unwrap().go_repr(),
        "(0 + 16i)"
    );
    assert_eq!(
        Value::from_imag_lit("1.5e2i").unwrap().go_repr(),
        "(0 + 150i)"
    );
    assert_eq!(Value::from_imag_lit("3"), None);
    // Go: `malformed constant: 1e1000000000000`.
    assert_eq!(Value::from_float_lit("1e1000000000000"), None);
    assert_eq!(Value::from_float_lit("1e-1000000000000"), None);
    assert_eq!(Value::from_float_lit("1e99999999999999999999"), None);
    assert_eq!(
        malformed_message("1e1000000000000"),
        "malformed constant: 1e1000000000000"
    );
}

#[test]
fn huge_exponents_are_cheap() {
    let start = std::time::Instant::now();
    let big = lit_f("1e1000000");
    let tiny = lit_f("1e-1000000");
    assert_eq!(big.go_repr(), "1e+1000000");
    assert_eq!(tiny.go_repr(), "1e-1000000");
    let p = Value::binary(&big, BinOp::Mul, &tiny, UntypedFloat).unwrap();
    assert_eq!(p.to_int(), int(1));
    let q = Value::binary(&big, BinOp::Div, &lit_f("1e999999"), UntypedFloat).unwrap();
    assert_eq!(q.to_int(), int(10));
    // 1e1000000 + 1 does not build a million-digit number.
    let s = Value::binary(&big, BinOp::Add, &int(1), UntypedFloat).unwrap();
    assert_eq!(s, big);
    assert_eq!(big.representable(Float64), Err(Repr::Overflows));
    assert_eq!(tiny.representable(Float64), Ok(Value::from_f64(0.0)));
    assert_eq!(big.to_int(), Value::Unknown);
    assert!(start.elapsed().as_secs() < 5);
}

// --- arithmetic with types2's rules -----------------------------------

#[test]
fn integer_division_only_for_integer_kinds() {
    // Go: fmt.Println(1/3, 1/3.0) prints `0 0.3333333333333333`.
    let third = Value::binary(&int(1), BinOp::Div, &int(3), UntypedInt).unwrap();
    assert_eq!(third, int(0));
    let third_f = Value::binary(&int(1), BinOp::Div, &lit_f("3.0"), UntypedFloat).unwrap();
    assert_eq!(third_f.exact_string(), "1/3");
    assert_eq!(third_f.go_repr(), "0.333333");
    assert_eq!(third_f.as_f64(), 1.0 / 3.0);
    // Typed integers truncate too; two Int values of a float kind do not.
    assert_eq!(
        Value::binary(&int(-7), BinOp::Div, &int(2), Int8).unwrap(),
        int(-3)
    );
    assert_eq!(
        Value::binary(&int(7), BinOp::Div, &int(2), UntypedFloat)
            .unwrap()
            .go_repr(),
        "3.5"
    );
    assert_eq!(
        Value::binary(&int(-7), BinOp::Rem, &int(2), UntypedInt).unwrap(),
        int(-1)
    );
}

#[test]
fn min_int64_divided_by_minus_one() {
    // Go: `const mn int64 = -9223372036854775808; fmt.Println(mn / -1)`
    // compiles and prints -9223372036854775808 (go/constant wraps), as
    // does the untyped `-9223372036854775808 / -1`; `mn % -1` is 0.
    let mn = int(i64::MIN);
    for kind in [Int64, UntypedInt] {
        assert_eq!(
            Value::binary(&mn, BinOp::Div, &int(-1), kind),
            Ok(mn.clone())
        );
        assert_eq!(Value::binary(&mn, BinOp::Rem, &int(-1), kind), Ok(int(0)));
    }
    // Go: `m8 / -1 (constant 128 of type int8) overflows int8`.
    let e = Value::binary(&int(-128), BinOp::Div, &int(-1), Int8).unwrap_err();
    assert_eq!(
        e,
        ConstError::Repr {
            repr: Repr::Overflows,
            value: int(128)
        }
    );
    let d = describe("m8 / -1", "int8", &int(128));
    assert_eq!(
        e.message(&d, "int8"),
        "m8 / -1 (constant 128 of type int8) overflows int8"
    );
}

#[test]
fn typed_overflow_after_operations() {
    // Go: `m * 2 (constant 200 of type int8) overflows int8`.
    let e = Value::binary(&int(100), BinOp::Mul, &int(2), Int8).unwrap_err();
    let ConstError::Repr { repr, value } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(*repr, Repr::Overflows);
    assert_eq!(
        e.message(&describe("m * 2", "int8", value), "int8"),
        "m * 2 (constant 200 of type int8) overflows int8"
    );
    assert_eq!(
        describe_named("d * 2", "int8", "MyInt", value),
        "d * 2 (constant 200 of int8 type MyInt)"
    );
    // Go: `-uint8(1) (constant -1 of type uint8) overflows uint8`.
    let e = Value::unary(UnOp::Neg, &int(1), Uint8).unwrap_err();
    assert_eq!(
        e,
        ConstError::Repr {
            repr: Repr::Overflows,
            value: int(-1)
        }
    );
    // Go: `f32 * 10 (constant 1e+39 of type float32) overflows float32`.
    let f32c = lit_f("1e38").representable(Float32).unwrap();
    let e = Value::binary(&f32c, BinOp::Mul, &int(10), Float32).unwrap_err();
    let ConstError::Repr { repr, value } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(*repr, Repr::Overflows);
    assert_eq!(
        describe("f32 * 10", "float32", value),
        "f32 * 10 (constant 1e+39 of type float32)"
    );
}

#[test]
fn float32_constant_arithmetic_rounds_each_step() {
    // Go: math.Float32bits(float32(0.1)) = 3dcccccd, Float64bits(0.1) =
    // 3fb999999999999a; with `const c32 float32 = 0.1`: Float32bits(c32*3)
    // = 3e99999a, c32*3 prints 0.3, float64(c32) prints 0.10000000149011612.
    let tenth = lit_f("0.1");
    let c32 = tenth.representable(Float32).unwrap();
    assert_eq!(c32.to_bits(Float32), 0x3dcc_cccd);
    assert_eq!(tenth.to_bits(Float64), 0x3fb9_9999_9999_999a);
    assert_eq!(tenth.representable(Float64).unwrap().as_f64(), 0.1);
    let x3 = Value::binary(&c32, BinOp::Mul, &int(3), Float32).unwrap();
    assert_eq!(x3.to_bits(Float32), 0x3e99_999a);
    assert_eq!(x3.go_repr(), "0.3");
    assert_eq!(c32.as_f64(), 0.10000000149011612);
    assert_eq!(c32.as_f64().to_string(), "0.10000000149011612");
}

#[test]
fn unsigned_complement() {
    // Go: ^uint8(1) is 254, ^0 is -1; ^uint64(0) is 18446744073709551615.
    assert_eq!(Value::unary(UnOp::Xor, &int(1), Uint8), Ok(int(254)));
    assert_eq!(Value::unary(UnOp::Xor, &int(0), UntypedInt), Ok(int(-1)));
    assert_eq!(
        Value::unary(UnOp::Xor, &int(0), Uint64),
        Ok(Value::from_u64(u64::MAX))
    );
    assert_eq!(
        Value::unary(UnOp::Xor, &int(0), Uint),
        Ok(Value::from_u64(u64::MAX))
    );
    assert_eq!(Value::unary(UnOp::Xor, &int(5), Int8), Ok(int(-6)));
    assert_eq!(
        Value::unary(UnOp::Not, &Value::from_bool(true), UntypedBool),
        Ok(Value::from_bool(false))
    );
}

#[test]
fn untyped_overflow_limits() {
    let big = Value::shift(&int(1), ShiftOp::Shl, &int(511), UntypedInt).unwrap();
    assert_eq!(big.bit_len(), 512);
    // Go: `constant subtraction overflow` for -(1<<511) - (1<<511).
    let neg = Value::unary(UnOp::Neg, &big, UntypedInt).unwrap();
    let e = Value::binary(&neg, BinOp::Sub, &big, UntypedInt).unwrap_err();
    assert_eq!(e.message("", ""), "constant subtraction overflow");
    let e = Value::binary(&big, BinOp::Mul, &int(-2), UntypedInt).unwrap_err();
    assert_eq!(e.message("", ""), "constant multiplication overflow");
    let e = Value::binary(&big, BinOp::Add, &big, UntypedInt).unwrap_err();
    assert_eq!(e.message("", ""), "constant addition overflow");
    // An integer literal past 512 bits: `constant overflow`.
    let lit = lit_i(&format!("0x1{}", "0".repeat(128)));
    let e = lit.check_overflow(UntypedInt, "").unwrap_err();
    assert_eq!(e.message("", ""), "constant overflow");
    // Go: `cannot use 1 << 511 (untyped int constant 67039...) as int
    // value in variable declaration (overflows)`.
    assert_eq!(big.representable(Int), Err(Repr::Overflows));
    assert!(big.go_repr().starts_with("6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048"));
}

#[test]
fn shifts() {
    // Go: `1.0 << 3` is the untyped int 8; `'a' << 1` is 194.
    let r = Value::shift(&lit_f("1.0"), ShiftOp::Shl, &int(3), UntypedFloat).unwrap();
    assert_eq!(r, int(8));
    assert_eq!(
        Value::shift(&Value::from_rune(97), ShiftOp::Shl, &int(1), UntypedRune),
        Ok(int(194))
    );
    assert_eq!(
        Value::shift(&int(-7), ShiftOp::Shr, &int(1), UntypedInt),
        Ok(int(-4))
    );
    // A float count that is integral is fine (`1 << 1.0`).
    assert_eq!(
        Value::shift(&int(1), ShiftOp::Shl, &lit_f("1.0"), UntypedInt),
        Ok(int(2))
    );
    // Go: `invalid operation: shifted operand 2.5 (untyped float constant)
    // must be integer`, also for `float64(2) << 1`.
    let e = Value::shift(&lit_f("2.5"), ShiftOp::Shl, &int(1), UntypedFloat).unwrap_err();
    assert_eq!(e, ConstError::ShiftedOperandNotInteger);
    assert_eq!(
        e.message("2.5 (untyped float constant)", ""),
        "invalid operation: shifted operand 2.5 (untyped float constant) must be integer"
    );
    let two = lit_f("2").representable(Float64).unwrap();
    assert_eq!(
        Value::shift(&two, ShiftOp::Shl, &int(1), Float64),
        Err(ConstError::ShiftedOperandNotInteger)
    );
    // Go: `invalid operation: invalid shift count 10000000 (untyped int
    // constant)`; 1075 likewise; 1074 passes the count check and then is
    // `constant shift overflow`, as is 1 << 512 (and 1 << 1000).
    for n in [10_000_000, 1075] {
        let e = Value::shift(&int(1), ShiftOp::Shl, &int(n), UntypedInt).unwrap_err();
        assert_eq!(e, ConstError::InvalidShiftCount);
        let d = describe(&n.to_string(), "untyped int", &int(n));
        assert_eq!(
            e.message(&d, ""),
            format!("invalid operation: invalid shift count {n} (untyped int constant)")
        );
    }
    assert_eq!(
        Value::shift(&int(1), ShiftOp::Shr, &int(1075), UntypedInt),
        Err(ConstError::InvalidShiftCount)
    );
    for n in [512, 1000, 1074] {
        let e = Value::shift(&int(1), ShiftOp::Shl, &int(n), UntypedInt).unwrap_err();
        assert_eq!(e.message("", ""), "constant shift overflow");
    }
    assert_eq!(
        Value::shift(&int(1), ShiftOp::Shl, &int(1074), UntypedInt).unwrap_err(),
        ConstError::Overflow { op: "shift" }
    );
    // Go: `invalid operation: negative shift count -1 (untyped int constant)`.
    let e = Value::shift(&int(1), ShiftOp::Shl, &int(-1), UntypedInt).unwrap_err();
    assert_eq!(e, ConstError::NegativeShiftCount);
    assert_eq!(
        e.message("-1 (untyped int constant)", ""),
        "invalid operation: negative shift count -1 (untyped int constant)"
    );
    // Go: `int8(1) << 10 (constant 1024 of type int8) overflows int8`.
    assert_eq!(
        Value::shift(&int(1), ShiftOp::Shl, &int(10), Int8),
        Err(ConstError::Repr {
            repr: Repr::Overflows,
            value: int(1024)
        })
    );
    // The checker checks untyped counts as uint first. Go:
    // `1.5 (untyped float constant) truncated to uint` and
    // `18446744073709551616 (untyped int constant) overflows uint`.
    let r = lit_f("1.5").representable(Uint).unwrap_err();
    assert_eq!(
        r.conversion_message("1.5 (untyped float constant)", "uint"),
        "1.5 (untyped float constant) truncated to uint"
    );
    let big = lit_i("18446744073709551616");
    let r = big.representable(Uint).unwrap_err();
    assert_eq!(
        r.conversion_message("18446744073709551616 (untyped int constant)", "uint"),
        "18446744073709551616 (untyped int constant) overflows uint"
    );
    assert_eq!(
        Value::shift(&int(1), ShiftOp::Shl, &lit_f("1.5"), UntypedInt),
        Err(ConstError::InvalidShiftCount)
    );
}

#[test]
fn runes_and_promotion() {
    // Go: 'a'+1 prints 98; `'a' + 1.5` is 98.5 (untyped float).
    let a = Value::from_rune('a' as u32);
    assert_eq!(
        Value::binary(&a, BinOp::Add, &int(1), UntypedRune),
        Ok(int(98))
    );
    let f = Value::binary(&a, BinOp::Add, &lit_f("1.5"), UntypedFloat).unwrap();
    assert_eq!(f.go_repr(), "98.5");
    // Go: `cannot use 'a' + 1.5 (untyped float constant 98.5) as int value
    // in variable declaration (truncated)`.
    assert_eq!(f.representable(Int), Err(Repr::Truncated));
    // Mixed int/complex: 1 + 2i.
    let c = Value::binary(
        &int(1),
        BinOp::Add,
        &Value::from_imag_lit("2i").unwrap(),
        UntypedComplex,
    )
    .unwrap();
    assert_eq!(c.go_repr(), "(1 + 2i)");
}

#[test]
fn division_by_zero() {
    // Go: `invalid operation: division by zero` for 1 / 0, 1.0 / 0.0,
    // 5 % 0, 1e1000000 / 0 and (1 + 2i) / 0.
    let c = Value::make_complex(&int(1), &int(2));
    let cases = [
        (int(1), BinOp::Div, int(0), UntypedInt),
        (lit_f("1.0"), BinOp::Div, lit_f("0.0"), UntypedFloat),
        (int(5), BinOp::Rem, int(0), UntypedInt),
        (lit_f("1e1000000"), BinOp::Div, int(0), UntypedFloat),
        (c.clone(), BinOp::Div, int(0), UntypedComplex),
        (
            c,
            BinOp::Div,
            Value::make_complex(&int(0), &int(0)),
            UntypedComplex,
        ),
        (int(1), BinOp::Div, int(0), Uint8),
    ];
    for (x, op, y, k) in cases {
        let e = Value::binary(&x, op, &y, k).unwrap_err();
        assert_eq!(e, ConstError::DivByZero, "{x} {op:?} {y}");
        assert_eq!(e.message("", ""), "invalid operation: division by zero");
    }
    assert_eq!(div_by_zero_message(), "invalid operation: division by zero");
    // A complex divisor whose squared parts underflow counts as zero.
    let tiny = lit_f("1e-1000000000");
    let c = Value::make_complex(&tiny, &tiny);
    assert_eq!(
        Value::binary(&int(1), BinOp::Div, &c, UntypedComplex),
        Err(ConstError::DivByZero)
    );
    // Unknown operands never error.
    assert_eq!(
        Value::binary(&Value::Unknown, BinOp::Div, &int(0), UntypedInt),
        Ok(Value::Unknown)
    );
    assert_eq!(
        Value::binary(&int(1), BinOp::Div, &Value::Unknown, UntypedInt),
        Ok(Value::Unknown)
    );
}

#[test]
fn float_exponent_overflow_is_not_representable() {
    // Go: `constant result is not representable` for
    // 1e646456990 * 1e646456990.
    let x = lit_f("1e646456990");
    let e = Value::binary(&x, BinOp::Mul, &x, UntypedFloat).unwrap_err();
    assert_eq!(e, ConstError::NotRepresentable);
    assert_eq!(e.message("", ""), "constant result is not representable");
    // The low-level op gives Unknown, like go/constant.
    assert_eq!(
        Value::binary_op(&x, BinOp::Mul, &x, false),
        Ok(Value::Unknown)
    );
}

#[test]
fn strings_and_bools() {
    let ab = Value::from_string(b"ab");
    let cd = Value::from_string(b"cd");
    let r = Value::binary(&ab, BinOp::Add, &cd, UntypedString).unwrap();
    assert_eq!(r.as_bytes(), Some(&b"abcd"[..]));
    assert_eq!(r.go_repr(), "\"abcd\"");
    assert_eq!(
        Value::compare(&ab, CmpOp::Lt, &cd),
        Ok(Value::from_bool(true))
    );
    assert_eq!(
        Value::binary(&ab, BinOp::Sub, &cd, UntypedString),
        Err(ConstError::InvalidOperation)
    );
    let t = Value::from_bool(true);
    let f = Value::from_bool(false);
    assert_eq!(Value::binary(&t, BinOp::LAnd, &f, Bool), Ok(f.clone()));
    assert_eq!(
        Value::binary(&t, BinOp::LOr, &f, UntypedBool),
        Ok(t.clone())
    );
    assert_eq!(Value::compare(&t, CmpOp::Ne, &f), Ok(t.clone()));
    assert_eq!(
        Value::compare(&t, CmpOp::Lt, &f),
        Err(ConstError::InvalidOperation)
    );
    assert_eq!(
        ConstError::StringTooLong(2_000_000_001).message("", ""),
        "constant string too long (2000000001 bytes > 2000000000 bytes)"
    );
}

#[test]
fn comparisons() {
    let cmp = |x: &Value, op, y: &Value| Value::compare(x, op, y).unwrap();
    let yes = Value::from_bool(true);
    let no = Value::from_bool(false);
    assert_eq!(cmp(&int(1), CmpOp::Lt, &int(2)), yes);
    assert_eq!(cmp(&int(1), CmpOp::Eq, &lit_f("1.0")), yes);
    // 0.1 + 0.2 == 0.3 is exact for constants.
    let s = Value::binary(&lit_f("0.1"), BinOp::Add, &lit_f("0.2"), UntypedFloat).unwrap();
    assert_eq!(cmp(&s, CmpOp::Eq, &lit_f("0.3")), yes);
    assert_eq!(cmp(&lit_f("1e5000"), CmpOp::Gt, &lit_f("1e4999")), yes);
    assert_eq!(cmp(&lit_f("1e-5000"), CmpOp::Le, &int(0)), no);
    let c = Value::make_complex(&int(1), &int(2));
    assert_eq!(cmp(&c, CmpOp::Eq, &c), yes);
    assert_eq!(
        Value::compare(&c, CmpOp::Lt, &c),
        Err(ConstError::InvalidOperation)
    );
    assert_eq!(cmp(&Value::Unknown, CmpOp::Eq, &int(1)), Value::Unknown);
}

// --- representability --------------------------------------------------

#[test]
fn representability_classification() {
    // Each line's Go message is in the module comment's table.
    let a = Value::from_rune('a' as u32);
    let cases: Vec<(Value, BasicKind, Result<Value, Repr>)> = vec![
        (int(300), Uint8, Err(Repr::Overflows)),
        (int(300), Int8, Err(Repr::Overflows)),
        (int(255), Uint8, Ok(int(255))),
        (int(-128), Int8, Ok(int(-128))),
        (int(-1), Uint, Err(Repr::Overflows)),
        (int(-1), Uintptr, Err(Repr::Overflows)),
        (lit_f("1.5"), Int, Err(Repr::Truncated)),
        (lit_f("300.0"), Int8, Err(Repr::Truncated)),
        (lit_f("300.0"), Int16, Ok(int(300))),
        (lit_f("1e309"), Float64, Err(Repr::Overflows)),
        (lit_f("1e39"), Float32, Err(Repr::Overflows)),
        (
            Value::from_imag_lit("2i").unwrap(),
            Int,
            Err(Repr::Truncated),
        ),
        (
            Value::make_complex(&int(1), &int(2)),
            Float64,
            Err(Repr::Overflows),
        ),
        (Value::make_complex(&int(3), &int(0)), Int, Ok(int(3))),
        (a.clone(), String, Err(Repr::NotRepresentable)),
        (a, Bool, Err(Repr::NotRepresentable)),
        (Value::from_string(b"hi"), Int, Err(Repr::NotRepresentable)),
        (
            Value::from_string(b"hi"),
            String,
            Ok(Value::from_string(b"hi")),
        ),
        (Value::from_bool(true), Bool, Ok(Value::from_bool(true))),
        (Value::Unknown, Int8, Ok(Value::Unknown)),
    ];
    for (v, k, want) in cases {
        assert_eq!(v.representable(k), want, "{v} as {k:?}");
    }
    assert_eq!(Repr::Overflows.assignment_suffix(), " (overflows)");
    assert_eq!(Repr::Truncated.assignment_suffix(), " (truncated)");
    assert_eq!(Repr::NotRepresentable.assignment_suffix(), "");
    // types2 classifies by the operand's type: an untyped float whose
    // value happens to be an Int is still "truncated".
    assert_eq!(
        int(300).representable_from(UntypedFloat, Int8),
        Err(Repr::Truncated)
    );
    assert_eq!(
        Repr::NotRepresentable.conversion_message("1.5 (untyped float constant)", "int"),
        "cannot convert 1.5 (untyped float constant) to type int"
    );
    assert_eq!(
        constant_overflows_message(&int(300), "byte"),
        "constant 300 overflows byte"
    );
    assert_eq!(
        constant_overflows_message(&int(-1), "uint"),
        "constant -1 overflows uint"
    );
}

#[test]
fn large_integers_into_int_types() {
    // Go: `1 << 63` overflows int; fits uint64; `1 << 64` overflows uint64.
    let p63 = Value::shift(&int(1), ShiftOp::Shl, &int(63), UntypedInt).unwrap();
    let p64 = Value::shift(&int(1), ShiftOp::Shl, &int(64), UntypedInt).unwrap();
    assert_eq!(p63.representable(Int), Err(Repr::Overflows));
    assert_eq!(p63.representable(Int64), Err(Repr::Overflows));
    assert_eq!(p63.representable(Uint64), Ok(p63.clone()));
    assert_eq!(p63.representable(Uint), Ok(p63.clone()));
    assert_eq!(p64.representable(Uint64), Err(Repr::Overflows));
    assert_eq!(p63.as_u64(), Some(1 << 63));
    assert_eq!(p63.as_i64(), None);
    assert_eq!(p63.to_bits(Uint64), 1 << 63);
    assert_eq!(int(i64::MIN).representable(Int64), Ok(int(i64::MIN)));
    assert_eq!(p63.go_repr(), "9223372036854775808");
    assert_eq!(
        describe("1 << 63", "untyped int", &p63),
        "1 << 63 (untyped int constant 9223372036854775808)"
    );
}

#[test]
fn float_rounding_to_types() {
    // float64 rounding; underflow to 0 is not an error (Go compiles
    // `var w = 0x1p-1075` and `var x float32 = 1e-46`).
    assert_eq!(
        lit_f("0x1p-1075").representable(Float64),
        Ok(Value::from_f64(0.0))
    );
    assert_eq!(
        lit_f("1e-46").representable(Float32),
        Ok(Value::from_f64(0.0))
    );
    assert_eq!(
        lit_f("0x1p-1074")
            .representable(Float64)
            .unwrap()
            .to_bits(Float64),
        1
    );
    // Rounded floats to integer types: integral → Int.
    assert_eq!(lit_f("2.0").representable(Int), Ok(int(2)));
    assert_eq!(lit_f("1e100").representable(Int), Err(Repr::Truncated));
    // Untyped float targets keep the value.
    assert_eq!(int(1).representable(UntypedFloat), Ok(int(1)));
    // Complex rounding to complex64.
    let c = Value::make_complex(&lit_f("0.1"), &lit_f("0.2"));
    let r = c.representable(Complex64).unwrap();
    assert_eq!(r.to_complex_bits(Complex64), (0x3dcc_cccd, 0x3e4c_cccd));
    assert_eq!(
        c.to_complex_bits(Complex128),
        (0x3fb9_9999_9999_999a, 0x3fc9_9999_9999_999a)
    );
    assert_eq!(c.as_complex(), (0.1, 0.2));
    assert_eq!(
        Value::make_complex(&lit_f("1e39"), &int(0)).representable(Complex64),
        Err(Repr::Overflows)
    );
}

#[test]
fn string_conversions_of_integers() {
    // Go: string(rune(65)), string(rune(-1)), string(rune(0xD800)),
    // string(rune(0x110000)) print `A � � �`.
    let s = |x: i64| int(x).to_string_conversion().unwrap();
    assert_eq!(s(65), Value::from_string(b"A"));
    assert_eq!(s(0x20AC), Value::from_string("€".as_bytes()));
    for bad in [-1, 0xD800, 0x110000, i64::MAX] {
        assert_eq!(s(bad), Value::from_string("\u{FFFD}".as_bytes()));
    }
    let huge = lit_i("18446744073709551616");
    assert_eq!(
        huge.to_string_conversion(),
        Some(Value::from_string("\u{FFFD}".as_bytes()))
    );
    assert_eq!(lit_f("65.0").to_string_conversion(), None);
    assert_eq!(Value::Unknown.to_string_conversion(), Some(Value::Unknown));
}

#[test]
fn bit_patterns() {
    assert_eq!(int(-1).to_bits(Int8), u64::MAX);
    assert_eq!(int(-1).to_bits(Int), u64::MAX);
    assert_eq!(int(255).to_bits(Uint8), 0xff);
    assert_eq!(int(-128).to_bits(Int8), 0xffff_ffff_ffff_ff80);
    assert_eq!(int(1 << 62).to_bits(Int), 1 << 62);
    assert_eq!(int(97).to_bits(UntypedRune), 97);
    // Out-of-range values wrap to the width (callers check first).
    assert_eq!(int(256).to_bits(Uint8), 0);
    assert_eq!(int(128).to_bits(Int8), 0xffff_ffff_ffff_ff80);
    assert_eq!(Value::from_bool(true).to_bits(Bool), 1);
    assert_eq!(lit_f("1.5").to_bits(UntypedFloat), 1.5f64.to_bits());
    assert_eq!(lit_f("1.5").to_bits(Float32), u64::from(1.5f32.to_bits()));
    assert_eq!(int(3).to_bits(Float64), 3f64.to_bits());
    let m25 = Value::unary(UnOp::Neg, &lit_f("2.5"), UntypedFloat).unwrap();
    let c = Value::make_complex(&int(1), &m25);
    assert_eq!(c.to_bits(Complex128), 1f64.to_bits());
    assert_eq!(
        c.to_complex_bits(Complex64),
        (u64::from(1f32.to_bits()), u64::from((-2.5f32).to_bits()))
    );
    assert_eq!(Value::from_string(b"x").to_bits(String), 0);
    assert_eq!(Value::Unknown.to_bits(Int), 0);
}

// --- text --------------------------------------------------------------

#[test]
fn describe_matches_types2() {
    // Strings as observed in Go 1.27.3's messages.
    let cases = [
        ("300", "untyped int", int(300), "300 (untyped int constant)"),
        (
            "'a'",
            "untyped rune",
            Value::from_rune(97),
            "'a' (untyped rune constant 97)",
        ),
        (
            "1e309",
            "untyped float",
            lit_f("1e309"),
            "1e309 (untyped float constant 1e+309)",
        ),
        (
            "1.5",
            "untyped float",
            lit_f("1.5"),
            "1.5 (untyped float constant)",
        ),
        (
            "300.0",
            "untyped float",
            lit_f("300.0"),
            "300.0 (untyped float constant 300)",
        ),
        (
            "1e-400",
            "untyped float",
            lit_f("1e-400"),
            "1e-400 (untyped float constant)",
        ),
        (
            "2i",
            "untyped complex",
            Value::from_imag_lit("2i").unwrap(),
            "2i (untyped complex constant (0 + 2i))",
        ),
        (
            "tf",
            "float64",
            lit_f("1.5"),
            "tf (constant 1.5 of type float64)",
        ),
        (
            "float64(2)",
            "float64",
            lit_f("2"),
            "float64(2) (constant 2 of type float64)",
        ),
        ("", "untyped int", int(7), "7 (untyped int constant)"),
        (
            "\"hi\\n\\x00\\u00a0é\"",
            "untyped string",
            Value::from_string("hi\n\0\u{a0}é".as_bytes()),
            "\"hi\\n\\x00\\u00a0é\" (untyped string constant)",
        ),
    ];
    for (expr, kind, v, want) in cases {
        assert_eq!(describe(expr, kind, &v), want);
    }
    // A long string is cut in the value part only.
    let long = "a".repeat(107);
    let v = Value::from_string(long.as_bytes());
    let expr = format!("\"{long}\"");
    assert_eq!(
        describe(&expr, "untyped string", &v),
        format!("{expr} (untyped string constant \"{}...)", "a".repeat(68))
    );
}

#[test]
fn float_text_like_go() {
    // From Go's messages: 1.0 / 3.0 → 0.333333; 1e6 + 0.5 → 1.0000005e+06;
    // 123456789.5 → 1.23457e+08; 1e400 / 3 → 3.33333e+399;
    // 1.0 / 3.0 + 1e100 → 1e+100; 1e1000000 * 1e1000000 * 1e1000000 →
    // 1e+3000000.
    let b = |x: &Value, op, y: &Value| Value::binary(x, op, y, UntypedFloat).unwrap();
    let third = b(&lit_f("1.0"), BinOp::Div, &lit_f("3.0"));
    assert_eq!(third.go_repr(), "0.333333");
    assert_eq!(
        b(&lit_f("1e6"), BinOp::Add, &lit_f("0.5")).go_repr(),
        "1.0000005e+06"
    );
    assert_eq!(lit_f("123456789.5").go_repr(), "1.23457e+08");
    assert_eq!(
        b(&lit_f("1e400"), BinOp::Div, &int(3)).go_repr(),
        "3.33333e+399"
    );
    assert_eq!(b(&third, BinOp::Add, &lit_f("1e100")).go_repr(), "1e+100");
    let m = lit_f("1e1000000");
    assert_eq!(
        b(&b(&m, BinOp::Mul, &m), BinOp::Mul, &m).go_repr(),
        "1e+3000000"
    );
    assert_eq!(lit_f("100000.5").go_repr(), "100000.5");
    let neg0 = Value::unary(UnOp::Neg, &lit_f("0.0"), UntypedFloat).unwrap();
    assert_eq!(neg0.go_repr(), "0");
    assert_eq!(Value::Unknown.go_repr(), "unknown");
    assert_eq!(Value::from_bool(false).to_string(), "false");
}

#[test]
fn quoting() {
    assert_eq!(quote(b"a\"b\\c\x7f"), "\"a\\\"b\\\\c\\x7f\"");
    assert_eq!(
        quote("\u{7}\u{8}\u{c}\r\t\u{b}".as_bytes()),
        "\"\\a\\b\\f\\r\\t\\v\""
    );
    assert!(is_print('é'));
    assert!(!is_print('\u{a0}'));
    assert!(!is_print('\u{ad}'));
}

// --- unknown and robustness ---------------------------------------------

#[test]
fn unknown_propagates_silently() {
    let u = Value::Unknown;
    let one = int(1);
    for op in [UnOp::Pos, UnOp::Neg, UnOp::Xor, UnOp::Not] {
        assert_eq!(Value::unary(op, &u, UntypedInt), Ok(Value::Unknown));
    }
    for op in [
        BinOp::Add,
        BinOp::Mul,
        BinOp::Rem,
        BinOp::LAnd,
        BinOp::AndNot,
    ] {
        assert_eq!(Value::binary(&u, op, &one, UntypedInt), Ok(Value::Unknown));
        assert_eq!(Value::binary(&one, op, &u, Int8), Ok(Value::Unknown));
    }
    assert_eq!(
        Value::shift(&u, ShiftOp::Shl, &one, UntypedFloat),
        Ok(Value::Unknown)
    );
    assert_eq!(
        Value::shift(&one, ShiftOp::Shl, &u, UntypedInt),
        Ok(Value::Unknown)
    );
    assert_eq!(u.representable(Uint8), Ok(Value::Unknown));
    assert_eq!(u.to_int(), Value::Unknown);
    assert_eq!(u.sign(), 1);
    assert_eq!(Value::make_complex(&u, &one), Value::Unknown);
}

#[test]
fn hard_bounds_without_checker() {
    // Even without check_overflow between steps, integers stop growing.
    let mut x = Value::from_u64(u64::MAX);
    let mut failed = false;
    for _ in 0..20 {
        match Value::binary_op(&x, BinOp::Mul, &x, false) {
            Ok(v) => x = v,
            Err(e) => {
                assert_eq!(
                    e,
                    ConstError::Overflow {
                        op: "multiplication"
                    }
                );
                failed = true;
                break;
            }
        }
    }
    assert!(failed);
    assert!(Value::shift_op(&int(1), ShiftOp::Shl, u64::MAX).is_err());
    assert_eq!(
        Value::shift_op(&int(-5), ShiftOp::Shr, u64::MAX),
        Ok(int(-1))
    );
    assert_eq!(
        Value::unary_op(UnOp::Xor, &int(0), u32::MAX).map(|v| v.bit_len() <= 8192),
        Ok(true)
    );
    // Complex integer parts fall back to floats instead of growing.
    let mut c = Value::make_complex(&Value::from_u64(u64::MAX), &int(1));
    for _ in 0..12 {
        c = Value::binary_op(&c, BinOp::Mul, &c, false).unwrap();
    }
    assert!(c.is_numeric() || c.is_unknown());
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    fn arb_value() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<i64>().prop_map(Value::from_i64),
            any::<u64>().prop_map(Value::from_u64),
            (-400i32..400).prop_map(|e| Value::from_float_lit(&format!("1.5e{e}")).unwrap()),
            (-2_000_000i64..2_000_000)
                .prop_map(|e| Value::from_float_lit(&format!("3e{e}")).unwrap()),
            any::<f64>().prop_map(Value::from_f64),
            (any::<i32>(), any::<i32>())
                .prop_map(|(a, b)| Value::make_complex(&int(a.into()), &int(b.into()))),
            any::<bool>().prop_map(Value::from_bool),
            "[a-z]{0,8}".prop_map(|s| Value::from_string(s.as_bytes())),
            Just(Value::Unknown),
        ]
    }

    const KINDS: &[BasicKind] = &[
        Int,
        Int8,
        Uint8,
        Uint64,
        Float32,
        Float64,
        Complex64,
        Complex128,
        String,
        Bool,
        UntypedInt,
        UntypedRune,
        UntypedFloat,
        UntypedComplex,
        UntypedString,
        UntypedBool,
    ];
    const BINOPS: &[BinOp] = &[
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::Rem,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::AndNot,
        BinOp::LAnd,
        BinOp::LOr,
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// No input makes any operation panic.
        #[test]
        fn never_panics(x in arb_value(), y in arb_value(), k in 0..KINDS.len(),
                        op in 0..BINOPS.len(), s in 0u64..1200) {
            let kind = KINDS[k];
            let _ = Value::binary(&x, BINOPS[op], &y, kind);
            let _ = Value::binary_op(&x, BINOPS[op], &y, true);
            for u in [UnOp::Pos, UnOp::Neg, UnOp::Xor, UnOp::Not] {
                let _ = Value::unary(u, &x, kind);
            }
            let _ = Value::shift(&x, ShiftOp::Shl, &Value::from_u64(s), kind);
            let _ = Value::shift(&x, ShiftOp::Shr, &y, kind);
            for c in [CmpOp::Eq, CmpOp::Lt, CmpOp::Ge] {
                let _ = Value::compare(&x, c, &y);
            }
            let _ = x.representable(kind);
            let _ = x.to_bits(kind);
            let _ = x.to_complex_bits(kind);
            let _ = x.to_string_conversion();
            let _ = x.go_repr();
            let _ = x.exact_string();
            let _ = (x.as_f64(), x.as_complex(), x.to_int(), x.to_float(), x.to_complex());
        }

        /// Integer arithmetic agrees with Rust's checked i64 arithmetic.
        #[test]
        fn ints_agree_with_i64(a in any::<i32>(), b in any::<i32>()) {
            let (a, b) = (i64::from(a), i64::from(b));
            let v = |op| Value::binary(&int(a), op, &int(b), UntypedInt);
            prop_assert_eq!(v(BinOp::Add), Ok(int(a + b)));
            prop_assert_eq!(v(BinOp::Sub), Ok(int(a - b)));
            prop_assert_eq!(v(BinOp::Mul), Ok(int(a * b)));
            prop_assert_eq!(v(BinOp::And), Ok(int(a & b)));
            prop_assert_eq!(v(BinOp::Or), Ok(int(a | b)));
            prop_assert_eq!(v(BinOp::Xor), Ok(int(a ^ b)));
            prop_assert_eq!(v(BinOp::AndNot), Ok(int(a & !b)));
            if b != 0 {
                prop_assert_eq!(v(BinOp::Div), Ok(int(a / b)));
                prop_assert_eq!(v(BinOp::Rem), Ok(int(a % b)));
            }
        }

        /// float64 rounding of exact decimals agrees with Rust's parser
        /// (both round correctly), and so does the text of round trips.
        #[test]
        fn float_literals_round_like_rust(m in 1u64..1_000_000_000_000, e in -330i32..310) {
            let text = format!("{m}e{e}");
            let v = Value::from_float_lit(&text).unwrap();
            let want: f64 = text.parse().unwrap();
            prop_assert_eq!(v.as_f64().to_bits(), want.to_bits());
            let want32: f32 = text.parse().unwrap();
            prop_assert_eq!(v.as_f32().to_bits(), want32.to_bits());
        }
    }
}

#[test]
fn literal_length_limit_message() {
    // Go: `excessively long constant: 1111111111... (10001 chars)`.
    let lit = "1".repeat(MAX_LITERAL_LEN + 1);
    assert_eq!(
        excessively_long_message(&lit),
        "excessively long constant: 1111111111... (10001 chars)"
    );
    // Still parsed correctly and quickly at the limit.
    let v = Value::from_int_lit(&"7".repeat(MAX_LITERAL_LEN)).unwrap();
    assert_eq!(v.bit_len(), 33219); // floor(log2(7.77…e9999)) + 1
    assert!(v.clone().check_overflow(UntypedInt, "").is_err());
    let f = Value::from_float_lit(&format!("0.{}1e5", "0".repeat(MAX_LITERAL_LEN))).unwrap();
    assert_eq!(f.go_repr(), "1e-9996");
}
