//! Go's `time` natives and the pure computations behind the package:
//! Duration.String and ParseDuration (with Go's error texts), civil-date
//! arithmetic (days since the Unix epoch <-> year/month/day, weekday,
//! day of year), Time.Format over a broken-down time with Go's layout
//! language, and time zones for the `zoneLookup`/`loadZone` hooks: TZif
//! files from the system zoneinfo database, including the POSIX TZ rule
//! footer Go uses past the last transition.
//!
//! Local time: `$TZ` unset means /etc/localtime; `TZ=""` or `TZ="UTC"`
//! means UTC; `TZ=":Name"`/`"Name"`/`"/path"` loads that zone. When no
//! zone data can be read, Local is UTC (named "UTC"), as in Go.

use std::fmt::Write as _;

// ---------------------------------------------------------------- Duration

const NANOSECOND: u64 = 1;
const MICROSECOND: u64 = 1000 * NANOSECOND;
const MILLISECOND: u64 = 1000 * MICROSECOND;
const SECOND: u64 = 1000 * MILLISECOND;
const MINUTE: u64 = 60 * SECOND;
const HOUR: u64 = 60 * MINUTE;

/// Formats the fraction v / 10^prec as ".ddd" without trailing zeros
/// (nothing if it is zero) and returns it with the integer part.
fn frac(v: u64, prec: u32) -> (String, u64) {
    let p = 10u64.pow(prec);
    let (int, f) = (v / p, v % p);
    if f == 0 {
        return (String::new(), int);
    }
    let digits = format!("{f:0width$}", width = prec as usize);
    (format!(".{}", digits.trim_end_matches('0')), int)
}

/// Go's `Duration.String`: "72h3m0.5s", "1.5µs", "0s", "-1m0s".
pub fn duration_string(d: i64) -> String {
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut out = String::new();
    if u < SECOND {
        if u == 0 {
            return "0s".into();
        }
        let (prec, unit) = if u < MICROSECOND {
            (0, "ns")
        } else if u < MILLISECOND {
            (3, "µs")
        } else {
            (6, "ms")
        };
        let (f, int) = frac(u, prec);
        let _ = write!(out, "{int}{f}{unit}");
    } else {
        let (f, secs) = frac(u, 9);
        let (mins, s) = (secs / 60, secs % 60);
        if mins > 0 {
            let (hours, m) = (mins / 60, mins % 60);
            if hours > 0 {
                let _ = write!(out, "{hours}h");
            }
            let _ = write!(out, "{m}m");
        }
        let _ = write!(out, "{s}{f}s");
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

/// Go's time-package `quote` (used in ParseDuration and location errors):
/// ASCII printable bytes as-is (with `"` and `\` escaped), anything else as
/// `\xNN` per byte.
pub fn time_quote(s: &[u8]) -> String {
    use super::utf8::{decode_rune, RUNE_ERROR};
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if !(0x20..0x80).contains(&c) {
            let width = if c == RUNE_ERROR {
                if s[i..].starts_with("\u{FFFD}".as_bytes()) {
                    3
                } else {
                    1
                }
            } else {
                w
            };
            for &b in &s[i..i + width] {
                let _ = write!(out, "\\x{b:02x}");
            }
            i += width;
            continue;
        }
        if c == i32::from(b'"') || c == i32::from(b'\\') {
            out.push('\\');
        }
        out.push(c as u8 as char);
        i += 1;
    }
    out.push('"');
    out
}

fn leading_int(s: &[u8]) -> Option<(u64, &[u8])> {
    let mut x: u64 = 0;
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        if x > (1 << 63) / 10 {
            return None;
        }
        x = x * 10 + u64::from(s[i] - b'0');
        if x > 1 << 63 {
            return None;
        }
        i += 1;
    }
    Some((x, &s[i..]))
}

fn leading_fraction(s: &[u8]) -> (u64, f64, &[u8]) {
    let (mut x, mut scale, mut overflow) = (0u64, 1.0f64, false);
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        let c = s[i];
        i += 1;
        if overflow {
            continue;
        }
        if x > ((1u64 << 63) - 1) / 10 {
            overflow = true;
            continue;
        }
        let y = x * 10 + u64::from(c - b'0');
        if y > 1 << 63 {
            overflow = true;
            continue;
        }
        x = y;
        scale *= 10.0;
    }
    (x, scale, &s[i..])
}

/// Go's `time.ParseDuration`; the error is Go's full message, e.g.
/// `time: invalid duration "1d"` or `time: unknown unit "d" in duration "1d"`.
pub fn parse_duration(s: &[u8]) -> Result<i64, String> {
    let orig = s;
    let invalid = || format!("time: invalid duration {}", time_quote(orig));
    let mut s = s;
    let mut neg = false;
    if let Some(&c) = s.first() {
        if c == b'-' || c == b'+' {
            neg = c == b'-';
            s = &s[1..];
        }
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut d: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        let pl = s.len();
        let (mut v, rest) = leading_int(s).ok_or_else(invalid)?;
        s = rest;
        let pre = pl != s.len();
        let (mut f, mut scale, mut post) = (0u64, 1.0f64, false);
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let pl = s.len();
            let (ff, sc, rest) = leading_fraction(s);
            f = ff;
            scale = sc;
            s = rest;
            post = pl != s.len();
        }
        if !pre && !post {
            return Err(invalid());
        }
        let i = s
            .iter()
            .position(|&c| c == b'.' || c.is_ascii_digit())
            .unwrap_or(s.len());
        if i == 0 {
            return Err(format!(
                "time: missing unit in duration {}",
                time_quote(orig)
            ));
        }
        let u = &s[..i];
        s = &s[i..];
        let unit = match u {
            b"ns" => NANOSECOND,
            b"us" | [0xC2, 0xB5, b's'] | [0xCE, 0xBC, b's'] => MICROSECOND, // us, µs (U+00B5), μs (U+03BC)
            b"ms" => MILLISECOND,
            b"s" => SECOND,
            b"m" => MINUTE,
            b"h" => HOUR,
            _ => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    time_quote(u),
                    time_quote(orig)
                ))
            }
        };
        if v > (1 << 63) / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                return Err(invalid());
            }
        }
        d = d.wrapping_add(v); // wraps like Go's uint64
        if d > 1 << 63 {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    if d > (1 << 63) - 1 {
        return Err(invalid());
    }
    Ok(d as i64)
}

// ------------------------------------------------------------ Civil dates

/// (year, month 1..=12, day 1..=31) of the day `days` after 1970-01-01
/// in the proleptic Gregorian calendar.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Days from 1970-01-01 to year-month-day (month 1..=12, day 1..=31; Go
/// normalises out-of-range values before calling this).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = year - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Weekday (0 = Sunday) of the day `days` after 1970-01-01 (a Thursday).
pub fn weekday(days: i64) -> u32 {
    (days + 4).rem_euclid(7) as u32
}

/// Day of the year, 1..=366.
pub fn year_day(year: i64, month: u32, day: u32) -> u32 {
    (days_from_civil(year, month, day) - days_from_civil(year, 1, 1) + 1) as u32
}

/// A broken-down time in some zone, what Time.Format prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub year: i64,
    /// 1..=12
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub min: u32,
    pub sec: u32,
    pub nsec: u32,
    /// 0 = Sunday
    pub weekday: u32,
    /// 1..=366
    pub yday: u32,
    /// Zone abbreviation ("" if unknown: Format then prints -0700).
    pub zone: String,
    /// Seconds east of UTC.
    pub offset: i64,
}

impl Fields {
    /// Breaks down Unix time `sec` + `nsec` (0..1e9) shifted by `offset`.
    pub fn from_unix(sec: i64, nsec: u32, zone: &str, offset: i64) -> Fields {
        let local = sec.saturating_add(offset);
        let days = local.div_euclid(86_400);
        let secs = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        Fields {
            year,
            month,
            day,
            hour: secs / 3600,
            min: secs / 60 % 60,
            sec: secs % 60,
            nsec,
            weekday: weekday(days),
            yday: year_day(year, month, day),
            zone: zone.to_string(),
            offset,
        }
    }
}

// -------------------------------------------------------------- Formatting

const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const LONG_DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Go's `Month.String` ("%!Month(13)" when out of range).
pub fn month_name(m: u32) -> String {
    match LONG_MONTHS.get((m as usize).wrapping_sub(1)) {
        Some(n) => n.to_string(),
        None => format!("%!Month({m})"),
    }
}

/// Go's `Weekday.String` ("%!Weekday(7)" when out of range).
pub fn weekday_name(d: u32) -> String {
    match LONG_DAYS.get(d as usize) {
        Some(n) => n.to_string(),
        None => format!("%!Weekday({d})"),
    }
}

/// One element of a Go layout string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    /// Numeric zone: (ISO 8601 "Z" form, colons, with seconds, hours only).
    NumTZ {
        iso: bool,
        colon: bool,
        secs: bool,
        short: bool,
    },
    /// Fractional seconds: (digits, trim trailing zeros ('9'), separator).
    Frac {
        n: usize,
        trim: bool,
        sep: u8,
    },
}

fn starts_with_lower(s: &[u8]) -> bool {
    s.first().is_some_and(|c| c.is_ascii_lowercase())
}

/// Go's nextStdChunk: (literal prefix, element, rest).
fn next_std_chunk(layout: &[u8]) -> (&[u8], Option<Std>, &[u8]) {
    let at = |i: usize, s: &str| layout[i..].starts_with(s.as_bytes());
    for i in 0..layout.len() {
        let c = layout[i];
        let hit = |std: Std, len: usize| Some((&layout[..i], Some(std), &layout[i + len..]));
        let found = match c {
            b'J' if at(i, "Jan") => {
                if at(i, "January") {
                    hit(Std::LongMonth, 7)
                } else if !starts_with_lower(&layout[i + 3..]) {
                    hit(Std::Month, 3)
                } else {
                    None
                }
            }
            b'M' if at(i, "Mon") => {
                if at(i, "Monday") {
                    hit(Std::LongWeekDay, 6)
                } else if !starts_with_lower(&layout[i + 3..]) {
                    hit(Std::WeekDay, 3)
                } else {
                    None
                }
            }
            b'M' if at(i, "MST") => hit(Std::TZ, 3),
            b'0' if layout.len() >= i + 2 && (b'1'..=b'6').contains(&layout[i + 1]) => {
                let std = [
                    Std::ZeroMonth,
                    Std::ZeroDay,
                    Std::ZeroHour12,
                    Std::ZeroMinute,
                    Std::ZeroSecond,
                    Std::Year,
                ][usize::from(layout[i + 1] - b'1')];
                hit(std, 2)
            }
            b'0' if at(i, "002") => hit(Std::ZeroYearDay, 3),
            b'1' => {
                if at(i, "15") {
                    hit(Std::Hour, 2)
                } else {
                    hit(Std::NumMonth, 1)
                }
            }
            b'2' => {
                if at(i, "2006") {
                    hit(Std::LongYear, 4)
                } else {
                    hit(Std::Day, 1)
                }
            }
            b'_' if at(i, "_2") => {
                if at(i + 1, "2006") {
                    Some((&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]))
                } else {
                    hit(Std::UnderDay, 2)
                }
            }
            b'_' if at(i, "__2") => hit(Std::UnderYearDay, 3),
            b'3' => hit(Std::Hour12, 1),
            b'4' => hit(Std::Minute, 1),
            b'5' => hit(Std::Second, 1),
            b'P' if at(i, "PM") => hit(Std::PM, 2),
            b'p' if at(i, "pm") => hit(Std::Pm, 2),
            b'-' | b'Z' => {
                let iso = c == b'Z';
                let forms: [(&str, bool, bool, bool); 5] = [
                    ("070000", false, true, false),
                    ("07:00:00", true, true, false),
                    ("0700", false, false, false),
                    ("07:00", true, false, false),
                    ("07", false, false, true),
                ];
                forms
                    .iter()
                    .find(|f| at(i + 1, f.0))
                    .and_then(|&(s, colon, secs, short)| {
                        hit(
                            Std::NumTZ {
                                iso,
                                colon,
                                secs,
                                short,
                            },
                            s.len() + 1,
                        )
                    })
            }
            b'.' | b','
                if i + 1 < layout.len() && (layout[i + 1] == b'0' || layout[i + 1] == b'9') =>
            {
                let ch = layout[i + 1];
                let mut j = i + 1;
                while j < layout.len() && layout[j] == ch {
                    j += 1;
                }
                if j < layout.len() && layout[j].is_ascii_digit() {
                    None
                } else {
                    Some((
                        &layout[..i],
                        Some(Std::Frac {
                            n: j - (i + 1),
                            trim: ch == b'9',
                            sep: c,
                        }),
                        &layout[j..],
                    ))
                }
            }
            _ => None,
        };
        if let Some(r) = found {
            return r;
        }
    }
    (layout, None, &[])
}

/// Go's appendInt: decimal with a '-' for negatives, zero-padded to width.
fn append_int(b: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        b.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    for _ in digits.len()..width {
        b.push(b'0');
    }
    b.extend_from_slice(digits.as_bytes());
}

/// Go's `Time.Format(layout)` over a broken-down time.
pub fn format(t: &Fields, layout: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(layout.len() + 10);
    let mut layout = layout;
    loop {
        let (prefix, std, rest) = next_std_chunk(layout);
        b.extend_from_slice(prefix);
        let Some(std) = std else { break };
        layout = rest;
        let hour12 = match t.hour % 12 {
            0 => 12,
            h => h,
        };
        match std {
            Std::Year => append_int(&mut b, t.year.abs() % 100, 2),
            Std::LongYear => append_int(&mut b, t.year, 4),
            Std::Month => b.extend_from_slice(&month_name(t.month).as_bytes()[..3]),
            Std::LongMonth => b.extend_from_slice(month_name(t.month).as_bytes()),
            Std::NumMonth => append_int(&mut b, i64::from(t.month), 0),
            Std::ZeroMonth => append_int(&mut b, i64::from(t.month), 2),
            Std::WeekDay => b.extend_from_slice(&weekday_name(t.weekday).as_bytes()[..3]),
            Std::LongWeekDay => b.extend_from_slice(weekday_name(t.weekday).as_bytes()),
            Std::Day => append_int(&mut b, i64::from(t.day), 0),
            Std::UnderDay => {
                if t.day < 10 {
                    b.push(b' ');
                }
                append_int(&mut b, i64::from(t.day), 0);
            }
            Std::ZeroDay => append_int(&mut b, i64::from(t.day), 2),
            Std::UnderYearDay => {
                if t.yday < 100 {
                    b.push(b' ');
                    if t.yday < 10 {
                        b.push(b' ');
                    }
                }
                append_int(&mut b, i64::from(t.yday), 0);
            }
            Std::ZeroYearDay => append_int(&mut b, i64::from(t.yday), 3),
            Std::Hour => append_int(&mut b, i64::from(t.hour), 2),
            Std::Hour12 => append_int(&mut b, i64::from(hour12), 0),
            Std::ZeroHour12 => append_int(&mut b, i64::from(hour12), 2),
            Std::Minute => append_int(&mut b, i64::from(t.min), 0),
            Std::ZeroMinute => append_int(&mut b, i64::from(t.min), 2),
            Std::Second => append_int(&mut b, i64::from(t.sec), 0),
            Std::ZeroSecond => append_int(&mut b, i64::from(t.sec), 2),
            Std::PM => b.extend_from_slice(if t.hour >= 12 { b"PM" } else { b"AM" }),
            Std::Pm => b.extend_from_slice(if t.hour >= 12 { b"pm" } else { b"am" }),
            Std::NumTZ {
                iso,
                colon,
                secs,
                short,
            } => {
                if iso && t.offset == 0 {
                    b.push(b'Z');
                    continue;
                }
                let mut zone = t.offset / 60;
                let mut abs = t.offset;
                if zone < 0 {
                    b.push(b'-');
                    zone = -zone;
                    abs = -abs;
                } else {
                    b.push(b'+');
                }
                append_int(&mut b, zone / 60, 2);
                if colon {
                    b.push(b':');
                }
                if !short {
                    append_int(&mut b, zone % 60, 2);
                }
                if secs {
                    if colon {
                        b.push(b':');
                    }
                    append_int(&mut b, abs % 60, 2);
                }
            }
            Std::TZ => {
                if !t.zone.is_empty() {
                    b.extend_from_slice(t.zone.as_bytes());
                    continue;
                }
                let mut zone = t.offset / 60;
                if zone < 0 {
                    b.push(b'-');
                    zone = -zone;
                } else {
                    b.push(b'+');
                }
                append_int(&mut b, zone / 60, 2);
                append_int(&mut b, zone % 60, 2);
            }
            Std::Frac { n, trim, sep } => {
                if trim && (n == 0 || t.nsec == 0) {
                    continue;
                }
                let start = b.len();
                b.push(sep);
                append_int(&mut b, i64::from(t.nsec), 9);
                if n < 9 {
                    b.truncate(b.len() - 9 + n);
                }
                if trim {
                    while b.len() > start && b.last() == Some(&b'0') {
                        b.pop();
                    }
                    if b.len() > start && b.last() == Some(&sep) {
                        b.pop();
                    }
                }
            }
        }
    }
    b
}

// -------------------------------------------------------------- Time zones

/// One zone of a location: abbreviation, offset east of UTC, DST flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneInfo {
    pub name: String,
    pub offset: i64,
    pub is_dst: bool,
}

/// What Go's `zoneLookup` hook returns: the zone in effect and the Unix
/// second range [start, end) over which it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneAt {
    pub name: String,
    pub offset: i64,
    pub start: i64,
    pub end: i64,
    pub is_dst: bool,
}

/// Go's alpha/omega: unbounded zone-range ends.
pub const ALPHA: i64 = i64::MIN;
pub const OMEGA: i64 = i64::MAX;

/// A loaded location: zones, transitions (Unix second, zone index) and
/// the POSIX TZ rule for times after the last transition.
#[derive(Debug, Clone, Default)]
pub struct Location {
    pub zones: Vec<ZoneInfo>,
    pub tx: Vec<(i64, usize)>,
    pub extend: String,
}

impl Location {
    /// UTC.
    pub fn utc() -> Location {
        Location {
            zones: vec![ZoneInfo {
                name: "UTC".into(),
                offset: 0,
                is_dst: false,
            }],
            tx: vec![],
            extend: String::new(),
        }
    }

    /// Parses a TZif (version 1-4) file.
    pub fn from_tzif(data: &[u8]) -> Option<Location> {
        let rd32 = |d: &[u8], at: usize| -> Option<i64> {
            let b = d.get(at..at + 4)?;
            Some(i64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]])))
        };
        if data.get(..4)? != b"TZif" {
            return None;
        }
        let version = *data.get(4)?;
        let counts = |d: &[u8]| -> Option<[usize; 6]> {
            let mut c = [0usize; 6];
            for (k, v) in c.iter_mut().enumerate() {
                *v = usize::try_from(rd32(d, 20 + 4 * k)?).ok()?;
            }
            Some(c)
        };
        // [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt]
        let c1 = counts(data)?;
        let size = |c: &[usize; 6], tsz: usize| {
            c[3] * tsz + c[3] + c[4] * 6 + c[5] + c[2] * (tsz + 4) + c[1] + c[0]
        };
        let (body, c, tsz) = if version >= b'2' {
            let second = data.get(44 + size(&c1, 4)..)?;
            if second.get(..4)? != b"TZif" {
                return None;
            }
            (second, counts(second)?, 8)
        } else {
            (data, c1, 4)
        };
        let mut p = 44;
        let mut tx = Vec::with_capacity(c[3]);
        for k in 0..c[3] {
            let at = p + k * tsz;
            let t = if tsz == 8 {
                i64::from_be_bytes(body.get(at..at + 8)?.try_into().ok()?)
            } else {
                rd32(body, at)?
            };
            tx.push((t, 0usize));
        }
        p += c[3] * tsz;
        for (k, e) in tx.iter_mut().enumerate() {
            e.1 = usize::from(*body.get(p + k)?);
        }
        p += c[3];
        let types = body.get(p..p + c[4] * 6)?;
        p += c[4] * 6;
        let chars = body.get(p..p + c[5])?;
        p += c[5] + c[2] * (tsz + 4) + c[1] + c[0];
        let mut zones = Vec::with_capacity(c[4]);
        for t in types.chunks(6) {
            let off = i64::from(i32::from_be_bytes([t[0], t[1], t[2], t[3]]));
            let idx = usize::from(t[5]);
            let name = chars.get(idx..).unwrap_or(&[]);
            let name = &name[..name.iter().position(|&b| b == 0).unwrap_or(name.len())];
            zones.push(ZoneInfo {
                name: String::from_utf8_lossy(name).into_owned(),
                offset: off,
                is_dst: t[4] != 0,
            });
        }
        if zones.is_empty() || tx.iter().any(|&(_, z)| z >= zones.len()) {
            return None;
        }
        let mut extend = String::new();
        if tsz == 8 {
            if let Some(footer) = body.get(p..) {
                if footer.first() == Some(&b'\n') {
                    if let Some(end) = footer[1..].iter().position(|&b| b == b'\n') {
                        extend = String::from_utf8_lossy(&footer[1..1 + end]).into_owned();
                    }
                }
            }
        }
        Some(Location { zones, tx, extend })
    }

    /// Go's lookupFirstZone: the zone for times before the first transition.
    fn first_zone(&self) -> usize {
        if !self.tx.iter().any(|&(_, z)| z == 0) {
            return 0;
        }
        if let Some(&(_, first)) = self.tx.first() {
            if self.zones[first].is_dst {
                for z in (0..first).rev() {
                    if !self.zones[z].is_dst {
                        return z;
                    }
                }
            }
        }
        for (z, info) in self.zones.iter().enumerate() {
            if !info.is_dst {
                return z;
            }
        }
        0
    }

    /// The zone in effect at Unix second `sec` (the `zoneLookup` hook).
    pub fn lookup(&self, sec: i64) -> ZoneAt {
        let at = |z: usize, start, end| {
            let zi = &self.zones[z];
            ZoneAt {
                name: zi.name.clone(),
                offset: zi.offset,
                start,
                end,
                is_dst: zi.is_dst,
            }
        };
        if self.tx.is_empty() || sec < self.tx[0].0 {
            let end = self.tx.first().map_or(OMEGA, |t| t.0);
            return at(self.first_zone(), ALPHA, end);
        }
        let last = self.tx[self.tx.len() - 1];
        if sec >= last.0 && !self.extend.is_empty() {
            if let Some(z) = tz_rule_lookup(&self.extend, last.0, sec) {
                return z;
            }
        }
        let i = self.tx.partition_point(|t| t.0 <= sec) - 1;
        let end = self.tx.get(i + 1).map_or(OMEGA, |t| t.0);
        at(self.tx[i].1, self.tx[i].0, end)
    }
}

/// Reads the zoneinfo file for an IANA name from $ZONEINFO or the usual
/// system directories (the `loadZone` hook). Rejects names with "..".
pub fn load_location(name: &str) -> Option<Location> {
    if name.is_empty() || name.contains("..") || name.starts_with('/') || name.starts_with('\\') {
        return None;
    }
    if name == "UTC" {
        return Some(Location::utc());
    }
    let mut dirs: Vec<String> = Vec::new();
    if let Ok(z) = std::env::var("ZONEINFO") {
        dirs.push(z);
    }
    dirs.extend(
        [
            "/usr/share/zoneinfo/",
            "/usr/share/lib/zoneinfo/",
            "/usr/lib/locale/TZ/",
            "/etc/zoneinfo/",
        ]
        .map(String::from),
    );
    dirs.iter().find_map(|d| {
        let data = std::fs::read(std::path::Path::new(d).join(name)).ok()?;
        Location::from_tzif(&data)
    })
}

/// Go's initLocal: the Local zone from $TZ or /etc/localtime, UTC if
/// there is no zone data.
pub fn local_location() -> Location {
    let from_file = |p: &str| std::fs::read(p).ok().and_then(|d| Location::from_tzif(&d));
    match std::env::var("TZ") {
        Err(_) => from_file("/etc/localtime"),
        Ok(tz) if tz.is_empty() || tz == "UTC" => None,
        Ok(tz) => {
            let tz = tz.strip_prefix(':').unwrap_or(&tz).to_string();
            if tz.starts_with('/') {
                from_file(&tz)
            } else {
                load_location(&tz)
            }
        }
    }
    .unwrap_or_else(Location::utc)
}

// ---- POSIX TZ rules ("EST5EDT,M3.2.0,M11.1.0") for the TZif footer. ----

fn tz_name(s: &[u8]) -> Option<(String, &[u8])> {
    if s.first() == Some(&b'<') {
        let end = s.iter().position(|&b| b == b'>')?;
        return Some((
            String::from_utf8_lossy(&s[1..end]).into_owned(),
            &s[end + 1..],
        ));
    }
    let n = s
        .iter()
        .position(|b| b.is_ascii_digit() || matches!(b, b',' | b'-' | b'+'))
        .unwrap_or(s.len());
    if n < 3 {
        return None;
    }
    Some((String::from_utf8_lossy(&s[..n]).into_owned(), &s[n..]))
}

fn tz_num(s: &[u8]) -> (i64, &[u8]) {
    let n = s
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(s.len());
    let v = std::str::from_utf8(&s[..n])
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(-1);
    (v, &s[n..])
}

/// [+-]hh[:mm[:ss]] in seconds.
fn tz_offset(s: &[u8]) -> Option<(i64, &[u8])> {
    let (neg, mut s) = match s.first()? {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (h, r) = tz_num(s);
    if !(0..=24 * 7).contains(&h) {
        return None;
    }
    s = r;
    let mut off = h * 3600;
    for mul in [60, 1] {
        if s.first() != Some(&b':') {
            break;
        }
        let (v, r) = tz_num(&s[1..]);
        if !(0..60).contains(&v) {
            return None;
        }
        off += v * mul;
        s = r;
    }
    Some((if neg { -off } else { off }, s))
}

#[derive(Clone, Copy)]
enum Rule {
    Julian(i64),
    Doy(i64),
    Mwd(i64, i64, i64),
}

fn tz_rule(s: &[u8]) -> Option<((Rule, i64), &[u8])> {
    let (rule, mut s) = match s.first()? {
        b'J' => {
            let (d, r) = tz_num(&s[1..]);
            if !(1..=365).contains(&d) {
                return None;
            }
            (Rule::Julian(d), r)
        }
        b'M' => {
            let (m, r) = tz_num(&s[1..]);
            let r = r.strip_prefix(b".")?;
            let (w, r) = tz_num(r);
            let r = r.strip_prefix(b".")?;
            let (d, r) = tz_num(r);
            if !(1..=12).contains(&m) || !(1..=5).contains(&w) || !(0..=6).contains(&d) {
                return None;
            }
            (Rule::Mwd(m, w, d), r)
        }
        _ => {
            let (d, r) = tz_num(s);
            if !(0..=365).contains(&d) {
                return None;
            }
            (Rule::Doy(d), r)
        }
    };
    let mut time = 2 * 3600;
    if s.first() == Some(&b'/') {
        let (t, r) = tz_offset(&s[1..])?;
        time = t;
        s = r;
    }
    Some(((rule, time), s))
}

/// Seconds since the start of `year` (UTC) at which `rule` fires, before
/// subtracting the zone offset.
fn tz_rule_time(year: i64, rule: Rule, time: i64) -> i64 {
    let days = match rule {
        Rule::Julian(d) => d - 1 + i64::from(is_leap(year) && d >= 60),
        Rule::Doy(d) => d,
        Rule::Mwd(m, w, d) => {
            let first = days_from_civil(year, m as u32, 1);
            let wd = i64::from(weekday(first));
            let mut day = (d - wd).rem_euclid(7);
            let mdays = days_from_civil(
                if m == 12 { year + 1 } else { year },
                if m == 12 { 1 } else { m as u32 + 1 },
                1,
            ) - first;
            day += (w - 1) * 7;
            while day >= mdays {
                day -= 7;
            }
            first - days_from_civil(year, 1, 1) + day
        }
    };
    days * 86_400 + time
}

/// Go's tzset: the zone a POSIX TZ string gives at Unix second `sec`.
pub fn tz_rule_lookup(tz: &str, last_tx: i64, sec: i64) -> Option<ZoneAt> {
    let s = tz.as_bytes();
    let (std_name, s) = tz_name(s)?;
    let (std_off, s) = tz_offset(s)?;
    let std_off = -std_off;
    if s.is_empty() || s[0] == b',' {
        return Some(ZoneAt {
            name: std_name,
            offset: std_off,
            start: last_tx,
            end: OMEGA,
            is_dst: false,
        });
    }
    let (dst_name, s) = tz_name(s)?;
    let (dst_off, s) = if s.is_empty() || s[0] == b',' {
        (std_off + 3600, s)
    } else {
        let (o, r) = tz_offset(s)?;
        (-o, r)
    };
    let (start_rule, end_rule) = if s.is_empty() {
        ((Rule::Mwd(3, 2, 0), 7200), (Rule::Mwd(11, 1, 0), 7200))
    } else {
        let (a, r) = tz_rule(s.strip_prefix(b",")?)?;
        let (b, r) = tz_rule(r.strip_prefix(b",")?)?;
        if !r.is_empty() {
            return None;
        }
        (a, b)
    };
    let days = sec.div_euclid(86_400);
    let (year, _, _) = civil_from_days(days);
    let ys = days_from_civil(year, 1, 1) * 86_400;
    // Go ends the year's last segment 365 days after its start, leap or not.
    let ye = ys + 365 * 86_400;
    let start = ys + tz_rule_time(year, start_rule.0, start_rule.1) - std_off;
    let end = ys + tz_rule_time(year, end_rule.0, end_rule.1) - dst_off;
    let zone = |name: &String, off, st, en, dst| ZoneAt {
        name: name.clone(),
        offset: off,
        start: st,
        end: en,
        is_dst: dst,
    };
    Some(if start < end {
        if sec < start {
            zone(&std_name, std_off, ys, start, false)
        } else if sec >= end {
            zone(&std_name, std_off, end, ye, false)
        } else {
            zone(&dst_name, dst_off, start, end, true)
        }
    } else if sec < end {
        zone(&dst_name, dst_off, ys, end, true)
    } else if sec >= start {
        zone(&dst_name, dst_off, start, ye, true)
    } else {
        zone(&std_name, std_off, end, start, false)
    })
}

/// The `now` hook: Unix seconds and nanoseconds of the wall clock.
pub fn now() -> (i64, i32) {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i32),
        Err(e) => {
            let d = e.duration();
            let (s, n) = (d.as_secs() as i64, d.subsec_nanos() as i32);
            if n == 0 {
                (-s, 0)
            } else {
                (-s - 1, 1_000_000_000 - n)
            }
        }
    }
}

/// The handle table behind the `loadZone`/`zoneLookup` hooks: handle -1
/// is Local (loaded on first use), loaded zones get handles 1, 2, ...
/// (a name loaded twice reuses its handle).
#[derive(Debug, Default)]
pub struct Zones {
    local: Option<Location>,
    loaded: Vec<(String, Location)>,
}

impl Zones {
    /// An empty table.
    pub fn new() -> Zones {
        Zones::default()
    }

    /// The `loadZone` hook: a positive handle, or None if there is no
    /// such zone.
    pub fn load(&mut self, name: &str) -> Option<i64> {
        if let Some(i) = self.loaded.iter().position(|(n, _)| n == name) {
            return Some(i as i64 + 1);
        }
        let loc = load_location(name)?;
        self.loaded.push((name.to_string(), loc));
        Some(self.loaded.len() as i64)
    }

    /// The `zoneLookup` hook: the zone of `handle` (-1 = Local) at Unix
    /// second `sec`; an unknown handle is treated as UTC.
    pub fn lookup(&mut self, handle: i64, sec: i64) -> ZoneAt {
        if handle == -1 {
            return self.local.get_or_insert_with(local_location).lookup(sec);
        }
        match usize::try_from(handle - 1)
            .ok()
            .and_then(|i| self.loaded.get(i))
        {
            Some((_, loc)) => loc.lookup(sec),
            None => Location::utc().lookup(sec),
        }
    }
}
