//! strconv-compatible number formatting shared by fmt and strconv's
//! natives. Owns: FormatInt/FormatUint/AppendInt/AppendUint in any base
//! 2..=36 (this file), and FormatFloat/AppendFloat with every format
//! ('b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'), any precision (-1 = shortest
//! round-trip) and bitSize 32 or 64, byte for byte as Go: the decimal
//! digits come from digits.rs, the decimal layouts from decimal_forms.rs,
//! the binary layouts ('b', 'x') from binary_forms.rs. Invalid arguments,
//! for which Go panics, are reported as `Err(panic message)` for the
//! caller to raise.

mod binary_forms;
mod decimal_forms;
mod digits;

/// Go's panic message for a bad base in FormatInt/AppendInt.
pub const ILLEGAL_BASE: &str = "strconv: illegal AppendInt/FormatInt base";
/// Go's panic message for a bad bitSize in FormatFloat.
pub const ILLEGAL_FLOAT_BITSIZE: &str = "strconv: illegal FormatFloat bitSize";

const DIGIT_CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Appends the digits of `u` in `base` (2..=36, not checked), lower case.
fn push_digits(dst: &mut Vec<u8>, mut u: u64, base: u64) {
    let mut tmp = [0u8; 64];
    let mut at = tmp.len();
    loop {
        at -= 1;
        tmp[at] = DIGIT_CHARS[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    dst.extend_from_slice(&tmp[at..]);
}

fn check_base(base: u32) -> Result<u64, &'static str> {
    if (2..=36).contains(&base) {
        Ok(u64::from(base))
    } else {
        Err(ILLEGAL_BASE)
    }
}

/// Appends `u` in base 10.
pub fn append_uint10(dst: &mut Vec<u8>, u: u64) {
    push_digits(dst, u, 10);
}

/// Appends `i` in base 10.
pub fn append_int10(dst: &mut Vec<u8>, i: i64) {
    if i < 0 {
        dst.push(b'-');
    }
    push_digits(dst, i.unsigned_abs(), 10);
}

/// Go's `strconv.AppendUint`.
pub fn append_uint(dst: &mut Vec<u8>, u: u64, base: u32) -> Result<(), &'static str> {
    let b = check_base(base)?;
    push_digits(dst, u, b);
    Ok(())
}

/// Go's `strconv.AppendInt`.
pub fn append_int(dst: &mut Vec<u8>, i: i64, base: u32) -> Result<(), &'static str> {
    let b = check_base(base)?;
    if i < 0 {
        dst.push(b'-');
    }
    push_digits(dst, i.unsigned_abs(), b);
    Ok(())
}

/// Go's `strconv.FormatUint`.
pub fn format_uint(u: u64, base: u32) -> Result<Vec<u8>, &'static str> {
    let mut v = Vec::new();
    append_uint(&mut v, u, base)?;
    Ok(v)
}

/// Go's `strconv.FormatInt`.
pub fn format_int(i: i64, base: u32) -> Result<Vec<u8>, &'static str> {
    let mut v = Vec::new();
    append_int(&mut v, i, base)?;
    Ok(v)
}

/// Go's `strconv.AppendFloat`. An unknown `fmt` byte appends `%` and the
/// byte, as Go does; a bitSize other than 32 or 64 is Go's panic.
pub fn append_float(
    dst: &mut Vec<u8>,
    f: f64,
    fmt: u8,
    prec: i64,
    bit_size: i64,
) -> Result<(), &'static str> {
    match bit_size {
        32 => append_float_sized(dst, f, fmt, prec, true),
        64 => append_float_sized(dst, f, fmt, prec, false),
        _ => return Err(ILLEGAL_FLOAT_BITSIZE),
    }
    Ok(())
}

/// Go's `strconv.FormatFloat`.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: i64) -> Result<Vec<u8>, &'static str> {
    let mut v = Vec::new();
    append_float(&mut v, f, fmt, prec, bit_size)?;
    Ok(v)
}

/// AppendFloat for callers that already know the size is valid:
/// `is32` selects bitSize 32 (the value is first rounded to float32).
pub fn append_float_sized(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, is32: bool) {
    let x = if is32 { f64::from(f as f32) } else { f };
    if x.is_nan() {
        dst.extend_from_slice(b"NaN");
        return;
    }
    if x.is_infinite() {
        dst.extend_from_slice(if x < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    match fmt {
        b'b' => binary_forms::mantissa_exponent(dst, x, is32),
        b'x' | b'X' => binary_forms::hex(dst, x, prec, is32, fmt == b'X'),
        b'e' | b'E' | b'f' | b'g' | b'G' => decimal_forms::decimal(dst, x, fmt, prec, is32),
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ff(f: f64, fmt: u8, prec: i64, size: i64) -> String {
        String::from_utf8(format_float(f, fmt, prec, size).unwrap()).unwrap()
    }

    #[test]
    fn integers_in_every_base() {
        assert_eq!(format_int(i64::MIN, 2).unwrap().len(), 65);
        assert_eq!(format_int(-255, 16).unwrap(), b"-ff");
        assert_eq!(format_uint(u64::MAX, 36).unwrap(), b"3w5e11264sgsf");
        assert_eq!(format_uint(0, 7).unwrap(), b"0");
        assert_eq!(format_int(1, 37), Err(ILLEGAL_BASE));
    }

    #[test]
    fn float_layouts() {
        assert_eq!(ff(1e10, b'g', 5, 64), "1e+10");
        assert_eq!(ff(1.0, b'b', -1, 32), "8388608p-23");
        assert_eq!(ff(1e300, b'b', -1, 64), "6724873095247260p+944");
        assert_eq!(ff(0.0, b'x', -1, 32), "0x0p+00");
        assert_eq!(ff(2.5, b'e', 0, 64), "2e+00");
        assert_eq!(ff(0.125, b'f', 2, 64), "0.12");
        assert_eq!(ff(f64::NAN, b'z', -1, 64), "NaN");
        assert_eq!(ff(1.5, b'x', 0, 64), "0x1p+01");
        assert_eq!(ff(-0.0, b'g', -1, 64), "-0");
        assert_eq!(ff(123456789.0, b'g', -1, 64), "1.23456789e+08");
        assert_eq!(ff(100.0, b'g', 2, 64), "1e+02");
    }
}
