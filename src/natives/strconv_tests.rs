//! Replays testdata/strconv.txt, produced by real Go with tools/fmtgen
//! (`go run . -strconv`): FormatFloat, FormatInt/FormatUint, IsPrint and
//! IsGraphic over every rune, and the quoting functions.

use super::numfmt::{format_float, format_int, format_uint};
use super::quote::{
    can_backquote, is_graphic, is_print, quote, quote_rune, quote_rune_to_ascii,
    quote_rune_to_graphic, quote_to_ascii, quote_to_graphic,
};
use super::utf8::append_rune;

/// Go's Unquote for what strconv.Quote emits.
fn unquote(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    assert!(
        b.len() >= 2 && b[0] == b'"' && b[b.len() - 1] == b'"',
        "bad quoted string {s}"
    );
    let b = &b[1..b.len() - 1];
    let hex = |x: &[u8]| u32::from_str_radix(std::str::from_utf8(x).unwrap(), 16).unwrap();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'x' => {
                out.push(hex(&b[i..i + 2]) as u8);
                i += 2;
            }
            b'u' | b'U' => {
                let n = if e == b'u' { 4 } else { 8 };
                append_rune(&mut out, hex(&b[i..i + n]) as i32);
                i += n;
            }
            _ => out.push(e),
        }
    }
    out
}

/// Splits a line into fields, keeping quoted strings (which may contain
/// spaces) whole.
fn fields(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        if b[i] == b'"' {
            i += 1;
            while b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else {
            while i < b.len() && b[i] != b' ' {
                i += 1;
            }
        }
        out.push(&line[start..i]);
    }
    out
}

#[test]
fn go_generated_strconv() {
    let text = include_str!("testdata/strconv.txt");
    let mut failures: Vec<String> = Vec::new();
    let mut counts = [0usize; 6];
    let mut print_ranges = Vec::new();
    let mut graphic_ranges = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let f = fields(line);
        let mut check = |what: String, got: Vec<u8>, want: Vec<u8>| {
            if got != want {
                failures.push(format!(
                    "{what}: go {:?}, got {:?}",
                    String::from_utf8_lossy(&want),
                    String::from_utf8_lossy(&got)
                ));
            }
        };
        match f[0] {
            "F" => {
                counts[0] += 1;
                let bits = u64::from_str_radix(f[1].trim_start_matches("0x"), 16).unwrap();
                let v = f64::from_bits(bits);
                let fmt = f[2].as_bytes()[0];
                let prec: i64 = f[3].parse().unwrap();
                let size: i64 = f[4].parse().unwrap();
                check(
                    format!("FormatFloat({v:e}, {}, {prec}, {size})", fmt as char),
                    format_float(v, fmt, prec, size).unwrap(),
                    unquote(f[5]),
                );
            }
            "I" | "U" => {
                counts[1] += 1;
                let base: u32 = f[2].parse().unwrap();
                let got = if f[0] == "I" {
                    format_int(f[1].parse().unwrap(), base).unwrap()
                } else {
                    format_uint(f[1].parse().unwrap(), base).unwrap()
                };
                check(
                    format!("Format{}({}, {base})", f[0], f[1]),
                    got,
                    unquote(f[3]),
                );
            }
            "P" | "G" => {
                let r = (f[1].parse::<i32>().unwrap(), f[2].parse::<i32>().unwrap());
                if f[0] == "P" {
                    print_ranges.push(r);
                } else {
                    graphic_ranges.push(r);
                }
            }
            "Q" => {
                counts[2] += 1;
                let input = unquote(f[2]);
                let got = match f[1] {
                    "quote" => quote(&input),
                    "ascii" => quote_to_ascii(&input),
                    "graphic" => quote_to_graphic(&input),
                    _ => can_backquote(&input).to_string().into_bytes(),
                };
                check(
                    format!("{}({:?})", f[1], String::from_utf8_lossy(&input)),
                    got,
                    unquote(f[3]),
                );
            }
            "R" => {
                counts[3] += 1;
                let r: i32 = f[2].parse().unwrap();
                let got = match f[1] {
                    "quoterune" => quote_rune(r),
                    "runeascii" => quote_rune_to_ascii(r),
                    _ => quote_rune_to_graphic(r),
                };
                check(format!("{}({r})", f[1]), got, unquote(f[3]));
            }
            other => panic!("bad line kind {other}"),
        }
    }
    // Every rune, and some beyond: IsPrint/IsGraphic must hold exactly on
    // the ranges Go reported.
    for (name, ranges, fun) in [
        ("IsPrint", &print_ranges, is_print as fn(i32) -> bool),
        ("IsGraphic", &graphic_ranges, is_graphic),
    ] {
        assert!(ranges.len() > 100);
        let mut k = 0;
        for r in -2..=0x110002 {
            while k < ranges.len() && ranges[k].1 < r {
                k += 1;
            }
            let want = k < ranges.len() && ranges[k].0 <= r && r <= ranges[k].1;
            if fun(r) != want {
                failures.push(format!("{name}({r:#x}): go {want}"));
            }
            counts[4] += 1;
        }
    }
    assert!(
        counts[0] > 5000 && counts[1] > 500 && counts[2] > 500 && counts[3] > 300,
        "{counts:?}"
    );
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(50);
        panic!("{n} mismatches:\n{}", failures.join("\n"));
    }
    eprintln!("strconv: {counts:?} Go-generated checks pass");
}

#[test]
fn invalid_arguments_are_go_panics() {
    assert_eq!(format_int(5, 1), Err(super::numfmt::ILLEGAL_BASE));
    assert_eq!(format_uint(5, 37), Err(super::numfmt::ILLEGAL_BASE));
    assert_eq!(
        format_float(1.0, b'g', -1, 16),
        Err(super::numfmt::ILLEGAL_FLOAT_BITSIZE)
    );
    assert_eq!(format_float(1.0, b'z', -1, 64).unwrap(), b"%z");
    assert_eq!(format_float(1.0, b'z', 3, 64).unwrap(), b"%z");
}

#[test]
fn fuzz_float_formatting_never_panics() {
    let mut x: u64 = 7;
    let mut next = || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x
    };
    for _ in 0..50_000 {
        let bits = next();
        let v = f64::from_bits(bits);
        let fmt = b"eEfgGbxXz"[(next() % 9) as usize];
        let prec = (next() % 60) as i64 - 2;
        let size = if next() % 2 == 0 { 32 } else { 64 };
        let out = format_float(v, fmt, prec, size).unwrap();
        assert!(!out.is_empty());
    }
}
