//! strconv-compatible number formatting shared by fmt and strconv's
//! natives: FormatInt/FormatUint/AppendInt/AppendUint in any base 2..=36,
//! and FormatFloat/AppendFloat with every format ('b' 'e' 'E' 'f' 'g' 'G'
//! 'x' 'X'), any precision (-1 = shortest round-trip) and bitSize 32 or
//! 64, byte for byte as Go. Invalid arguments, for which Go panics, are
//! reported as `Err(panic message)` for the caller to raise.

mod decimal;
mod ftoa;
#[rustfmt::skip]
mod pow10tab;

/// Go's panic message for a bad base in FormatInt/AppendInt.
pub const ILLEGAL_BASE: &str = "strconv: illegal AppendInt/FormatInt base";
/// Go's panic message for a bad bitSize in FormatFloat.
pub const ILLEGAL_FLOAT_BITSIZE: &str = "strconv: illegal FormatFloat bitSize";

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Appends u in base 10.
pub fn append_uint10(dst: &mut Vec<u8>, u: u64) {
    let mut a = [0u8; 20];
    let mut i = a.len();
    let mut u = u;
    loop {
        i -= 1;
        a[i] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    dst.extend_from_slice(&a[i..]);
}

/// Appends i in base 10.
pub fn append_int10(dst: &mut Vec<u8>, i: i64) {
    if i < 0 {
        dst.push(b'-');
    }
    append_uint10(dst, i.unsigned_abs());
}

fn append_bits(dst: &mut Vec<u8>, u: u64, base: u32, neg: bool) {
    let mut a = [0u8; 65];
    let mut i = a.len();
    let b = u64::from(base);
    let mut u = u;
    while u >= b {
        i -= 1;
        a[i] = DIGITS[(u % b) as usize];
        u /= b;
    }
    i -= 1;
    a[i] = DIGITS[u as usize];
    if neg {
        i -= 1;
        a[i] = b'-';
    }
    dst.extend_from_slice(&a[i..]);
}

/// Go's `strconv.AppendUint`.
pub fn append_uint(dst: &mut Vec<u8>, u: u64, base: u32) -> Result<(), &'static str> {
    if !(2..=36).contains(&base) {
        return Err(ILLEGAL_BASE);
    }
    append_bits(dst, u, base, false);
    Ok(())
}

/// Go's `strconv.AppendInt`.
pub fn append_int(dst: &mut Vec<u8>, i: i64, base: u32) -> Result<(), &'static str> {
    if !(2..=36).contains(&base) {
        return Err(ILLEGAL_BASE);
    }
    append_bits(dst, i.unsigned_abs(), base, i < 0);
    Ok(())
}

/// Go's `strconv.FormatUint`.
pub fn format_uint(u: u64, base: u32) -> Result<Vec<u8>, &'static str> {
    let mut v = Vec::new();
    append_uint(&mut v, u, base)?;
    Ok(v)
}

/// Go's `strconv.FormatInt` (and `Itoa` with base 10).
pub fn format_int(i: i64, base: u32) -> Result<Vec<u8>, &'static str> {
    let mut v = Vec::new();
    append_int(&mut v, i, base)?;
    Ok(v)
}

/// Go's `strconv.AppendFloat`. An unknown `fmt` byte appends `%` and the
/// byte, as Go does; a bitSize other than 32 or 64 is Go's panic.
pub fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, bit_size: i64) -> Result<(), &'static str> {
    match bit_size {
        32 => ftoa::append_float(dst, f, fmt, prec, true),
        64 => ftoa::append_float(dst, f, fmt, prec, false),
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
/// `is32` selects bitSize 32.
pub fn append_float_sized(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, is32: bool) {
    ftoa::append_float(dst, f, fmt, prec, is32);
}

#[cfg(test)]
mod tests;
