//! Go's float formatting (internal/strconv/ftoa.go and uscale.go of the
//! Go release that produced the golden files), ported line by line:
//! shortest round-trip digits by fast unrounded scaling, fixed precision
//! up to 18 digits the same way, more digits through the exact decimal,
//! and the 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X' layouts.

use super::decimal::Decimal;
use super::pow10tab::{POW10_MIN, POW10_TAB};

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";
const UPPERHEX: &[u8; 16] = b"0123456789ABCDEF";

#[derive(Clone, Copy)]
struct FloatInfo {
    mant_bits: u32,
    exp_bits: u32,
    bias: i64,
    min_exp: i64,
}

const F32: FloatInfo = FloatInfo { mant_bits: 23, exp_bits: 8, bias: -127, min_exp: -189 };
const F64: FloatInfo = FloatInfo { mant_bits: 52, exp_bits: 11, bias: -1023, min_exp: -1085 };

/// Go's `AppendFloat(dst, f, fmt, prec, bitSize)` with bitSize 32 when
/// `is32` (f is first rounded to float32), 64 otherwise.
pub(super) fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, is32: bool) {
    let (bits, info) = if is32 { (u64::from((f as f32).to_bits()), F32) } else { (f.to_bits(), F64) };
    let mb = info.mant_bits;
    let neg = bits >> (info.exp_bits + mb) != 0;
    let mut exp = ((bits >> mb) & ((1 << info.exp_bits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mb) - 1);
    if exp == (1 << info.exp_bits) - 1 {
        if mant != 0 {
            dst.extend_from_slice(b"NaN");
        } else if neg {
            dst.extend_from_slice(b"-Inf");
        } else {
            dst.extend_from_slice(b"+Inf");
        }
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mb;
    }
    exp += info.bias;
    let mbi = i64::from(mb);

    if fmt == b'b' {
        fmt_b(dst, neg, mant, exp - mbi);
        return;
    }
    if fmt == b'x' || fmt == b'X' {
        fmt_x(dst, prec, fmt, neg, mant, exp, mb);
        return;
    }
    if mant == 0 {
        fmt_efg(dst, neg, &[], 0, 0, prec, fmt, prec < 0);
        return;
    }

    if prec < 0 {
        let mut buf = [0u8; 32];
        let s = mant.leading_zeros();
        let m = mant << s;
        let e = exp - i64::from(s);
        let (d, p) = short_float(m, e - mbi, info);
        let (dp, nd) = set_digits(&mut buf, d, p, num_digits(d));
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        fmt_efg(dst, neg, &buf, dp, nd, prec, fmt, true);
        return;
    }

    let mut prec = prec;
    let digits = match fmt {
        b'f' => {
            if exp >= 0 {
                1 + log10_pow2(1 + exp) + prec
            } else {
                1 + prec - log10_pow2(-exp)
            }
        }
        b'e' | b'E' => prec.saturating_add(1),
        b'g' | b'G' => {
            if prec == 0 {
                prec = 1;
            }
            prec
        }
        _ => 1,
    };
    if digits <= 18 {
        let mut buf = [0u8; 24];
        let (mut dp, mut nd) = (0, 0);
        if digits > 0 {
            let s = mant.leading_zeros();
            let m = mant << s;
            let e = exp - i64::from(s);
            let (d, p) = fixed_width_float(m, e - mbi, digits, prec, fmt);
            if d != 0 {
                (dp, nd) = set_digits(&mut buf, d, p, num_digits(d));
            }
        }
        fmt_efg(dst, neg, &buf, dp, nd, prec, fmt, false);
        return;
    }

    // Slow bignum case.
    let mut d = Decimal::new();
    d.assign(mant);
    d.shift(exp - mbi);
    match fmt {
        b'e' | b'E' => d.round(prec.saturating_add(1)),
        b'f' => d.round(d.dp.saturating_add(prec)),
        b'g' | b'G' => d.round(prec),
        _ => {}
    }
    let (dp, nd) = (d.dp, d.nd as i64);
    fmt_efg(dst, neg, &d.d, dp, nd, prec, fmt, false);
}

#[allow(clippy::too_many_arguments)]
fn fmt_efg(dst: &mut Vec<u8>, neg: bool, s: &[u8], dp: i64, nd: i64, prec: i64, fmt: u8, shortest: bool) {
    let mut prec = prec;
    let mut fmt = fmt;
    let digit = |i: i64| -> u8 { s.get(i as usize).copied().unwrap_or(b'0') };
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(if nd != 0 { digit(0) } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let mut i = 1;
                let m = nd.min(prec + 1);
                while i < m {
                    dst.push(digit(i));
                    i += 1;
                }
                for _ in i..prec + 1 {
                    dst.push(b'0');
                }
            }
            dst.push(fmt);
            let mut exp = dp - 1;
            if nd == 0 {
                exp = 0;
            }
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.push(b'0');
                dst.push(exp as u8 + b'0');
            } else if exp < 100 {
                dst.push((exp / 10) as u8 + b'0');
                dst.push((exp % 10) as u8 + b'0');
            } else {
                dst.push((exp / 100 % 10) as u8 + b'0');
                dst.push((exp / 10 % 10) as u8 + b'0');
                dst.push((exp % 10) as u8 + b'0');
            }
        }
        b'f' => {
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                for i in 0..m {
                    dst.push(digit(i));
                }
                for _ in m..dp {
                    dst.push(b'0');
                }
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                dst.resize(dst.len() + lz as usize, b'0');
                for i in 0..m {
                    dst.push(digit(off + i));
                }
                dst.resize(dst.len() + tz as usize, b'0');
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// %b: -ddddddddp±ddd
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i64) {
    if neg {
        dst.push(b'-');
    }
    super::append_uint10(dst, mant);
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    super::append_int10(dst, exp);
}

/// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0.
fn fmt_x(dst: &mut Vec<u8>, prec: i64, fmt: u8, neg: bool, mut mant: u64, mut exp: i64, mant_bits: u32) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex = if fmt == b'X' { UPPERHEX } else { LOWERHEX };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push((exp / 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else if exp < 1000 {
        dst.push((exp / 100) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else {
        dst.push((exp / 1000 % 10) as u8 + b'0');
        dst.push((exp / 100 % 10) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    }
}

// ---- uscale.go: fast unrounded scaling ----

/// An unrounded value: the integer part in the high bits, then a half
/// bit and a sticky bit.
type Unrounded = u64;

fn floor(u: Unrounded) -> u64 {
    u >> 2
}
fn round(u: Unrounded) -> u64 {
    (u.wrapping_add(1).wrapping_add((u >> 2) & 1)) >> 2
}
fn ceil(u: Unrounded) -> u64 {
    u.wrapping_add(3) >> 2
}
fn div(u: Unrounded, d: u64) -> Unrounded {
    (u / d) | (u & 1) | u64::from(!u.is_multiple_of(d))
}
fn unmin(x: u64) -> Unrounded {
    (x << 2).wrapping_sub(2)
}

/// ⌊x·log₁₀2⌋
fn log10_pow2(x: i64) -> i64 {
    (x * 78913) >> 18
}
/// ⌊x·log₂10⌋
fn log2_pow10(x: i64) -> i64 {
    (x * 108853) >> 15
}
/// ⌊log₁₀(3/4·2^e)⌋
fn skewed(e: i64) -> i64 {
    (e * 631305 - 261663) >> 21
}

const UINT64_POW10: [u64; 20] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
    1_000_000_000_000_000_000,
    10_000_000_000_000_000_000,
];

struct Scaler {
    pm_hi: u64,
    pm_lo: u64,
    s: i64,
}

fn prescale(e: i64, p: i64, lp: i64) -> Scaler {
    let (pm_hi, pm_lo) = usize::try_from(p - POW10_MIN)
        .ok()
        .and_then(|i| POW10_TAB.get(i).copied())
        .unwrap_or((1 << 63, 0));
    Scaler { pm_hi, pm_lo, s: -(e + lp + 3) }
}

/// unround(x · 2^e · 10^p) for the scaler of (e, p); x has its top bit set.
fn uscale(x: u64, c: &Scaler) -> Unrounded {
    let full = u128::from(x) * u128::from(c.pm_hi);
    let mut hi = (full >> 64) as u64;
    let mid = full as u64;
    let s = (c.s & 63) as u32;
    if (hi >> s) << s != hi {
        return (hi >> s) | 1;
    }
    let mid2 = ((u128::from(x) * u128::from(c.pm_lo)) >> 64) as u64;
    hi = hi.wrapping_sub(u64::from(mid < mid2));
    (hi >> s) | u64::from(mid.wrapping_sub(mid2) > 1)
}

/// The n-digit decimal form of m·2^e as d·10^p (n ≤ 18).
fn fixed_width_float(m: u64, e: i64, n: i64, prec: i64, fmt: u8) -> (u64, i64) {
    let mut p = n - 1 - log10_pow2(e + 63);
    let pre = prescale(e, p, log2_pow10(p));
    let mut u = uscale(m, &pre);
    if u >= unmin(UINT64_POW10[n.clamp(0, 19) as usize]) {
        u = div(u, 10);
        p -= 1;
    }
    if fmt == b'f' {
        while p > prec {
            u = div(u, 10);
            p -= 1;
        }
    }
    (round(u), -p)
}

/// The shortest decimal d·10^p that rounds back to m·2^e.
fn short_float(m: u64, e: i64, info: FloatInfo) -> (u64, i64) {
    let mant_bits = i64::from(info.mant_bits);
    let min_exp = info.min_exp;
    let mut z = 63 - mant_bits;
    let p;
    let (min, max, odd);
    if m == 1 << 63 && e > min_exp {
        p = -skewed(e + z);
        min = m.wrapping_sub(1u64.wrapping_shl((z - 2) as u32));
        max = m.wrapping_add(1u64.wrapping_shl((z - 1) as u32));
        odd = (m.wrapping_shr(z as u32) & 1) as i64;
    } else {
        if e < min_exp {
            z += min_exp - e;
        }
        p = -log10_pow2(e + z);
        min = m.wrapping_sub(1u64.wrapping_shl((z - 1) as u32));
        max = m.wrapping_add(1u64.wrapping_shl((z - 1) as u32));
        odd = (m.wrapping_shr(z as u32) & 1) as i64;
    }
    let pre = prescale(e, p, log2_pow10(p));
    let dmin = ceil(uscale(min, &pre).wrapping_add_signed(odd));
    let dmax = floor(uscale(max, &pre).wrapping_add_signed(-odd));
    let d = dmax / 10;
    if d.wrapping_mul(10) >= dmin {
        return (d, -(p - 1));
    }
    let mut d = dmin;
    if d < dmax {
        d = round(uscale(m, &pre));
    }
    (d, -p)
}

/// Writes the nd digits of d into s; returns (decimal point, digits
/// without trailing zeros).
fn set_digits(s: &mut [u8], d: u64, p: i64, nd: i64) -> (i64, i64) {
    let ndu = nd as usize;
    if ndu > s.len() {
        return (0, 0);
    }
    let mut u = d;
    for i in (0..ndu).rev() {
        s[i] = b'0' + (u % 10) as u8;
        u /= 10;
    }
    let dp = nd + p;
    let mut nd = ndu;
    while nd > 0 && s[nd - 1] == b'0' {
        nd -= 1;
    }
    (dp, nd as i64)
}

fn num_digits(d: u64) -> i64 {
    let mut n = 1;
    let mut x = d;
    while x >= 10 {
        x /= 10;
        n += 1;
    }
    n
}
