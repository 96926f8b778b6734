//! Decimal digits of a finite, non-negative binary float: the shortest
//! string that reads back as the same float (f64 or f32), or the exact
//! value correctly rounded (ties to even) to a number of significant or
//! fractional digits. Owns only the digits; layouts live elsewhere.
//!
//! Rust's float formatting already computes these exactly (its exact
//! modes work on the full binary expansion, at any precision), so this
//! module asks std for scientific or fixed text and reads the digits
//! back.

/// `0.D1 D2 ... Dn × 10^point`, without leading or trailing zeros: the
/// digit list of zero is empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Digits {
    /// ASCII digits; the first and last are not '0'.
    pub d: Vec<u8>,
    /// Where the decimal point goes, counted from the left of `d`.
    pub point: i64,
}

impl Digits {
    pub fn len(&self) -> i64 {
        self.d.len() as i64
    }

    /// The digit at index `i` (any integer), '0' outside the list.
    pub fn at(&self, i: i64) -> u8 {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.d.get(i).copied())
            .unwrap_or(b'0')
    }

    /// Builds from ASCII digits whose decimal point sits after `int_len`
    /// of them, dropping zeros at both ends.
    fn from_raw(raw: &[u8], int_len: i64) -> Digits {
        let Some(first) = raw.iter().position(|&c| c != b'0') else {
            return Digits {
                d: Vec::new(),
                point: 0,
            };
        };
        let last = raw.iter().rposition(|&c| c != b'0').unwrap_or(first);
        Digits {
            d: raw[first..=last].to_vec(),
            point: int_len - first as i64,
        }
    }

    /// Reads std's `{:e}` text: `d[.ddd]e[-]x`.
    fn from_scientific(text: &str) -> Digits {
        let (mant, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let raw: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
        Digits::from_raw(&raw, exp + 1)
    }

    /// Reads std's fixed text: `ddd[.ddd]`.
    fn from_fixed(text: &str) -> Digits {
        let int_len = text.find('.').unwrap_or(text.len()) as i64;
        let raw: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
        Digits::from_raw(&raw, int_len)
    }
}

/// The shortest digits that identify `x` among floats of its size; of
/// two equally short candidates, the one nearer to `x`, and of two
/// equally near, the one ending in an even digit (std breaks that last
/// tie upwards, Go to even).
pub(super) fn shortest(x: f64, is32: bool) -> Digits {
    let text = if is32 {
        format!("{:e}", x as f32)
    } else {
        format!("{x:e}")
    };
    let std_pick = Digits::from_scientific(&text);
    if std_pick.d.len() < 2 {
        return std_pick;
    }
    // The correctly rounded value at the same length is the nearest
    // candidate; keep it when it still reads back as `x`.
    let nearest = significant(x, std_pick.d.len());
    if nearest != std_pick && reads_back(&nearest, x, is32) {
        nearest
    } else {
        std_pick
    }
}

/// Whether the decimal `ds` parses back to exactly `x`.
fn reads_back(ds: &Digits, x: f64, is32: bool) -> bool {
    let text = format!("0.{}e{}", String::from_utf8_lossy(&ds.d), ds.point);
    if is32 {
        text.parse::<f32>().map(f64::from) == Ok(x)
    } else {
        text.parse::<f64>() == Ok(x)
    }
}

/// A float's exact decimal expansion has at most 767 significant digits
/// and at most 1074 digits after the point (2^-1074 has that many), so
/// rounding beyond these is the identity: larger requests are clamped,
/// which also keeps them within std's limit on precisions (u16).
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTIONAL: usize = 1100;

/// `x` rounded to `n` (at least 1) significant digits.
pub(super) fn significant(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIGNIFICANT);
    Digits::from_scientific(&format!("{:.*e}", n - 1, x))
}

/// `x` rounded to `frac` digits after the decimal point.
pub(super) fn fractional(x: f64, frac: usize) -> Digits {
    let frac = frac.min(MAX_FRACTIONAL);
    Digits::from_fixed(&format!("{x:.frac$}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(d: &Digits) -> (String, i64) {
        (String::from_utf8(d.d.clone()).unwrap(), d.point)
    }

    #[test]
    fn digit_forms() {
        assert_eq!(show(&shortest(0.1, false)), ("1".into(), 0));
        assert_eq!(show(&shortest(1234.5, false)), ("12345".into(), 4));
        assert_eq!(show(&shortest(0.0, false)), ("".into(), 0));
        assert_eq!(show(&shortest(f64::from(0.1f32), true)), ("1".into(), 0));
        assert_eq!(show(&significant(9.96, 2)), ("1".into(), 2));
        assert_eq!(show(&fractional(0.00123, 4)), ("12".into(), -2));
        assert_eq!(show(&fractional(0.00123, 2)), ("".into(), 0));
        assert_eq!(show(&fractional(2.5, 0)), ("2".into(), 1));
        assert_eq!(
            show(&significant(5e-324, 100_000)),
            show(&significant(5e-324, 767))
        );
        assert_eq!(show(&fractional(5e-324, 1_000_000)).0.len(), 751);
    }
}
