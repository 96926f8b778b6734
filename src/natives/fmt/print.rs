//! The printer (Go's fmt/print.go): Printf's format parsing (flags, width,
//! precision, `*`, argument indexes, the %!verb error forms), Print and
//! Println spacing, and the printing of every kind of value with Go's
//! rules for methods (handleMethods, catchPanic) at every depth.

use super::format::{Fmt, LDIGITS, UDIGITS};
use super::sort::sorted_indices;
use super::value::{uint8_type, FmtValue, Kind, Method, MethodCall, MethodKind, Step};
use crate::natives::utf8::{append_rune, decode_rune};

const V: i32 = 'v' as i32;

fn is(verb: i32, c: char) -> bool {
    verb == c as i32
}

/// Go's pp. One per formatting call.
pub(super) struct Pp {
    pub fmt: Fmt,
    reordered: bool,
    good_arg_num: bool,
    panicking: bool,
    erroring: bool,
    pub wrap_errs: bool,
    /// Targets of %w, in order of appearance (Go's wrappedErrs).
    pub wrapped: Vec<usize>,
    /// Lazy mode: Pending methods are reported instead of treated as absent.
    lazy: bool,
    /// Path of the node being printed (for MethodCall).
    path: Vec<Step>,
    pub calls: Vec<MethodCall>,
    /// Set when Go's fmt would itself panic (a method of a panic value
    /// panicked): printing stops and this value is the new panic.
    pub repanic: Option<FmtValue>,
}

/// The argument a top-level `any` holds: Interface wrappers are unwrapped
/// (a nil interface is the nil argument).
fn unwrap_arg(v: &FmtValue) -> (&FmtValue, usize) {
    let mut v = v;
    let mut n = 0;
    while let Kind::Interface(Some(inner)) = &v.kind {
        v = inner;
        n += 1;
    }
    (v, n)
}

fn is_nil_arg(v: &FmtValue) -> bool {
    matches!(v.kind, Kind::Nil | Kind::Interface(None))
}

fn too_large(x: i64) -> bool {
    const MAX: i64 = 1_000_000;
    !(-MAX..=MAX).contains(&x)
}

/// Go's parsenum: (num, isnum, newi).
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's parseArgNumber on format[i..]: (index, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

impl Pp {
    pub fn new(lazy: bool) -> Pp {
        Pp {
            fmt: Fmt::default(),
            reordered: false,
            good_arg_num: true,
            panicking: false,
            erroring: false,
            wrap_errs: false,
            wrapped: Vec::new(),
            lazy,
            path: Vec::new(),
            calls: Vec::new(),
            repanic: None,
        }
    }

    fn stopped(&self) -> bool {
        self.repanic.is_some()
    }

    fn write(&mut self, b: &[u8]) {
        self.fmt.buf.extend_from_slice(b);
    }

    fn write_byte(&mut self, b: u8) {
        self.fmt.buf.push(b);
    }

    fn write_rune(&mut self, r: i32) {
        append_rune(&mut self.fmt.buf, r);
    }

    /// Prints a top-level argument (the value an `any` holds).
    fn print_top(&mut self, idx: usize, arg: &FmtValue, verb: i32) {
        self.path.clear();
        self.path.push(Step::Arg(idx));
        let (a, n) = unwrap_arg(arg);
        self.path.extend(std::iter::repeat_n(Step::Inner, n));
        self.print_arg(a, verb);
    }

    fn bad_verb(&mut self, v: Option<&FmtValue>, verb: i32) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write_byte(b'(');
        match v {
            Some(v) if !is_nil_arg(v) => {
                let ty = v.ty.clone();
                self.write(ty.as_bytes());
                self.write_byte(b'=');
                self.print_value(v, V, 0, false);
            }
            _ => self.write(b"<nil>"),
        }
        self.write_byte(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: &FmtValue, b: bool, verb: i32) {
        if is(verb, 't') || verb == V {
            self.fmt.fmt_boolean(b);
        } else {
            self.bad_verb(Some(v), verb);
        }
    }

    /// Hex with or without a leading 0x, whatever the flags say.
    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(v, 16, false, V, LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: &FmtValue, u: u64, signed: bool, verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.fmt.f.sharp_v && !signed {
                    self.fmt_0x64(u, true);
                } else {
                    self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(u),
            'q' => self.fmt.fmt_qc(u),
            'U' => self.fmt.fmt_unicode(u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_float(&mut self, v: &FmtValue, f: f64, size: u32, verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => self.fmt.fmt_float(f, size, b'g', -1),
            c @ ('b' | 'g' | 'G' | 'x' | 'X') => self.fmt.fmt_float(f, size, c as u8, -1),
            c @ ('f' | 'e' | 'E') => self.fmt.fmt_float(f, size, c as u8, 6),
            'F' => self.fmt.fmt_float(f, size, b'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_complex(&mut self, v: &FmtValue, re: f64, im: f64, size: u32, verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.fmt.f.plus;
                self.write_byte(b'(');
                self.fmt_float(v, re, size / 2, verb);
                self.fmt.f.plus = true;
                self.fmt_float(v, im, size / 2, verb);
                self.write(b"i)");
                self.fmt.f.plus = old_plus;
            }
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_string(&mut self, v: &FmtValue, s: &[u8], verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(s);
                } else {
                    self.fmt.fmt_s(s);
                }
            }
            's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// %s %q %x %X of a byte slice or array (Go's fmtBytes for those verbs).
    fn fmt_bytes(&mut self, b: &[u8], verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            's' => self.fmt.fmt_s(b),
            'x' => self.fmt.fmt_sbx(b, LDIGITS),
            'X' => self.fmt.fmt_sbx(b, UDIGITS),
            _ => self.fmt.fmt_q(b),
        }
    }

    fn fmt_pointer(&mut self, v: &FmtValue, verb: i32) {
        let u = match &v.kind {
            Kind::Pointer { addr, .. }
            | Kind::Chan(addr)
            | Kind::Func(addr)
            | Kind::UnsafePointer(addr)
            | Kind::Map { addr, .. }
            | Kind::Slice { addr, .. }
            | Kind::Bytes { addr, array: false, .. } => *addr,
            _ => {
                self.bad_verb(Some(v), verb);
                return;
            }
        };
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.write_byte(b'(');
                    let ty = v.ty.clone();
                    self.write(ty.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write_byte(b')');
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    let sharp = self.fmt.f.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.fmt.f.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(v, u, false, verb),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// The result of a method, asking for it in lazy mode. None: treat the
    /// method as absent.
    fn method_result<'v>(&mut self, arg: &'v FmtValue, k: MethodKind) -> Option<Result<&'v [u8], &'v FmtValue>> {
        match arg.method(k) {
            Method::Absent => None,
            Method::Pending => {
                if !self.lazy {
                    return None;
                }
                self.calls.push(MethodCall {
                    path: self.path.clone(),
                    handle: arg.methods.as_ref().map_or(0, |m| m.handle),
                    method: k,
                });
                // Go's later calls do not depend on this result; go on as
                // if it returned "" to find them.
                Some(Ok(&[]))
            }
            Method::Returned(s) => Some(Ok(s)),
            Method::Panicked(p) => Some(Err(p)),
        }
    }

    /// Go's catchPanic, after method `k` of `arg` panicked with `pv`.
    fn catch_panic(&mut self, arg: &FmtValue, verb: i32, k: MethodKind, pv: &FmtValue) {
        if let Kind::Pointer { addr: 0, .. } = arg.kind {
            self.write(b"<nil>");
            return;
        }
        if self.panicking {
            // Nested panics: Go's fmt panics itself with this value.
            self.repanic = Some(pv.clone());
            return;
        }
        let old_flags = self.fmt.f;
        self.fmt.clear_flags();
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(PANIC=");
        self.write(k.name().as_bytes());
        self.write(b" method: ");
        self.panicking = true;
        self.path.push(Step::PanicValue(k));
        let depth = self.path.len();
        let (a, n) = unwrap_arg(pv);
        self.path.extend(std::iter::repeat_n(Step::Inner, n));
        self.print_arg(a, V);
        self.path.truncate(depth - 1);
        self.panicking = false;
        self.write_byte(b')');
        self.fmt.f = old_flags;
    }

    /// Go's handleMethods: `arg` is the dynamic value (never an
    /// Interface node). Returns whether the value was printed.
    fn handle_methods(&mut self, arg: &FmtValue, verb: i32) -> bool {
        if self.erroring || self.stopped() {
            return self.stopped();
        }
        let mut verb = verb;
        if is(verb, 'w') {
            if !arg.method(MethodKind::Error).is_present() || !self.wrap_errs {
                self.bad_verb(Some(arg), verb);
                return true;
            }
            verb = V;
        }
        if self.fmt.f.sharp_v {
            if let Some(r) = self.method_result(arg, MethodKind::GoString) {
                match r {
                    Ok(s) => self.fmt.fmt_s(s),
                    Err(p) => self.catch_panic(arg, verb, MethodKind::GoString, p),
                }
                return true;
            }
            return false;
        }
        let stringy = verb == V || is(verb, 's') || is(verb, 'x') || is(verb, 'X') || is(verb, 'q');
        if !stringy {
            return false;
        }
        for k in [MethodKind::Error, MethodKind::String] {
            if let Some(r) = self.method_result(arg, k) {
                match r {
                    Ok(s) => self.fmt_string(arg, s, verb),
                    Err(p) => self.catch_panic(arg, verb, k, p),
                }
                return true;
            }
        }
        false
    }

    /// Go's printArg for a top-level argument (already unwrapped).
    fn print_arg(&mut self, arg: &FmtValue, verb: i32) {
        if self.stopped() {
            return;
        }
        if is_nil_arg(arg) {
            if is(verb, 'T') || verb == V {
                self.fmt.pad(b"<nil>");
            } else {
                self.bad_verb(None, verb);
            }
            return;
        }
        if is(verb, 'T') {
            let ty = arg.ty.clone();
            self.fmt.fmt_s(ty.as_bytes());
            return;
        }
        if is(verb, 'p') {
            self.fmt_pointer(arg, verb);
            return;
        }
        // Plain []byte goes straight to fmtBytes in Go (no method lookup).
        let plain_bytes = &*arg.ty == "[]uint8" && matches!(arg.kind, Kind::Slice { .. } | Kind::Bytes { .. });
        if plain_bytes || !self.handle_methods(arg, verb) {
            self.print_value(arg, verb, 0, false);
        }
    }

    fn with_step(&mut self, step: Step, f: impl FnOnce(&mut Pp)) {
        self.path.push(step);
        f(self);
        self.path.pop();
    }

    /// Go's printValue. `ro`: reached through an unexported field, so no
    /// methods may be called (reflect's CanInterface is false).
    fn print_value(&mut self, v: &FmtValue, verb: i32, depth: usize, ro: bool) {
        if self.stopped() {
            return;
        }
        if depth > 0 && !ro {
            let handled = match &v.kind {
                Kind::Interface(Some(inner)) => {
                    self.path.push(Step::Inner);
                    let h = self.handle_methods(inner, verb);
                    self.path.pop();
                    h
                }
                Kind::Interface(None) | Kind::Nil => false,
                _ => self.handle_methods(v, verb),
            };
            if handled {
                return;
            }
        }
        match &v.kind {
            Kind::Nil => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                } else if verb == V {
                    self.write(b"<nil>");
                } else {
                    self.bad_verb(None, verb);
                }
            }
            Kind::Bool(b) => self.fmt_bool(v, *b, verb),
            Kind::Int(i) => self.fmt_integer(v, *i as u64, true, verb),
            Kind::Uint(u) => self.fmt_integer(v, *u, false, verb),
            Kind::Float { v: f, size } => self.fmt_float(v, *f, if *size == 32 { 32 } else { 64 }, verb),
            Kind::Complex { re, im, size } => self.fmt_complex(v, *re, *im, if *size == 64 { 64 } else { 128 }, verb),
            Kind::String(s) => self.fmt_string(v, s, verb),
            Kind::Map { entries, nil, .. } => {
                let sharp_v = self.fmt.f.sharp_v;
                if sharp_v {
                    self.write(v.ty.as_bytes());
                    if *nil {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write_byte(b'{');
                } else {
                    self.write(b"map[");
                }
                for (n, i) in sorted_indices(entries).into_iter().enumerate() {
                    if n > 0 {
                        if sharp_v {
                            self.write(b", ");
                        } else {
                            self.write_byte(b' ');
                        }
                    }
                    let (k, val) = &entries[i];
                    self.with_step(Step::MapKey(i), |p| p.print_value(k, verb, depth + 1, ro));
                    self.write_byte(b':');
                    self.with_step(Step::MapValue(i), |p| p.print_value(val, verb, depth + 1, ro));
                }
                self.write_byte(if sharp_v { b'}' } else { b']' });
            }
            Kind::Struct(fields) => {
                let sharp_v = self.fmt.f.sharp_v;
                if sharp_v {
                    self.write(v.ty.as_bytes());
                }
                self.write_byte(b'{');
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        if sharp_v {
                            self.write(b", ");
                        } else {
                            self.write_byte(b' ');
                        }
                    }
                    if (self.fmt.f.plus_v || sharp_v) && !f.name.is_empty() {
                        self.write(f.name.as_bytes());
                        self.write_byte(b':');
                    }
                    let fro = ro || !f.exported;
                    self.path.push(Step::Field(i));
                    // getField: a non-nil interface field is its dynamic value.
                    match &f.value.kind {
                        Kind::Interface(Some(inner)) => {
                            self.with_step(Step::Inner, |p| p.print_value(inner, verb, depth + 1, fro));
                        }
                        _ => self.print_value(&f.value, verb, depth + 1, fro),
                    }
                    self.path.pop();
                }
                self.write_byte(b'}');
            }
            Kind::Interface(inner) => match inner {
                None => {
                    if self.fmt.f.sharp_v {
                        self.write(v.ty.as_bytes());
                        self.write(b"(nil)");
                    } else {
                        self.write(b"<nil>");
                    }
                }
                Some(x) => self.with_step(Step::Inner, |p| p.print_value(x, verb, depth + 1, ro)),
            },
            Kind::Array { elems, elem_u8 } => self.print_list(v, elems, *elem_u8, false, verb, depth, ro),
            Kind::Slice { elems, nil, elem_u8, .. } => self.print_list(v, elems, *elem_u8, *nil, verb, depth, ro),
            Kind::Bytes { data, array, nil, .. } => {
                if matches!(char::from_u32(verb as u32), Some('s' | 'q' | 'x' | 'X')) {
                    self.fmt_bytes(data, verb);
                    return;
                }
                let elems: Vec<FmtValue> =
                    data.iter().map(|&b| FmtValue::new(uint8_type(), Kind::Uint(u64::from(b)))).collect();
                self.print_list(v, &elems, true, *nil && !*array, verb, depth, ro);
            }
            Kind::Pointer { addr, target } => {
                if depth == 0 && *addr != 0 {
                    if let Some(t) = target {
                        if matches!(
                            t.kind,
                            Kind::Array { .. } | Kind::Slice { .. } | Kind::Struct(_) | Kind::Map { .. } | Kind::Bytes { .. }
                        ) {
                            self.write_byte(b'&');
                            self.with_step(Step::Target, |p| p.print_value(t, verb, depth + 1, ro));
                            return;
                        }
                    }
                }
                self.fmt_pointer(v, verb);
            }
            Kind::Chan(_) | Kind::Func(_) | Kind::UnsafePointer(_) => self.fmt_pointer(v, verb),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn print_list(&mut self, v: &FmtValue, elems: &[FmtValue], elem_u8: bool, nil: bool, verb: i32, depth: usize, ro: bool) {
        if elem_u8 && matches!(char::from_u32(verb as u32), Some('s' | 'q' | 'x' | 'X')) {
            let bytes: Vec<u8> = elems
                .iter()
                .map(|e| match e.kind {
                    Kind::Uint(u) => u as u8,
                    Kind::Int(i) => i as u8,
                    _ => 0,
                })
                .collect();
            self.fmt_bytes(&bytes, verb);
            return;
        }
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            self.write(v.ty.as_bytes());
            if nil {
                self.write(b"(nil)");
                return;
            }
            self.write_byte(b'{');
        } else {
            self.write_byte(b'[');
        }
        for (i, e) in elems.iter().enumerate() {
            if i > 0 {
                if sharp_v {
                    self.write(b", ");
                } else {
                    self.write_byte(b' ');
                }
            }
            self.with_step(Step::Elem(i), |p| p.print_value(e, verb, depth + 1, ro));
        }
        self.write_byte(if sharp_v { b'}' } else { b']' });
    }

    /// Go's intFromArg.
    fn int_from_arg(args: &[FmtValue], arg_num: usize) -> (i64, bool, usize) {
        let mut new_arg_num = arg_num;
        let mut num = 0;
        let mut is_int = false;
        if let Some(a) = args.get(arg_num) {
            match unwrap_arg(a).0.kind {
                Kind::Int(n) => {
                    num = n;
                    is_int = true;
                }
                Kind::Uint(n) if (n as i64) >= 0 => {
                    num = n as i64;
                    is_int = true;
                }
                _ => {}
            }
            new_arg_num = arg_num + 1;
            if too_large(num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new_arg_num)
    }

    /// Go's argNumber: (argNum, i, found).
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's doPrintf.
    pub fn do_printf(&mut self, format: &[u8], a: &[FmtValue]) {
        let end = format.len();
        let mut arg_num: usize = 0;
        let mut after_index: bool;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            if self.stopped() {
                return;
            }
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            self.print_top(arg_num, &a[arg_num], i32::from(c));
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = Self::int_from_arg(a, arg_num);
                self.fmt.wid = w;
                self.fmt.f.wid_present = ok;
                arg_num = n;
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.fmt.wid < 0 {
                    self.fmt.wid = -self.fmt.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                self.fmt.wid = w;
                self.fmt.f.wid_present = ok;
                i = ni;
                if after_index && self.fmt.f.wid_present {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = Self::int_from_arg(a, arg_num);
                    self.fmt.prec = p;
                    self.fmt.f.prec_present = ok;
                    arg_num = n;
                    if self.fmt.prec < 0 {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parsenum(format, i, end);
                    self.fmt.prec = p;
                    self.fmt.f.prec_present = ok;
                    i = ni;
                    if !self.fmt.f.prec_present {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = decode_rune(&format[i..]);
            i += size.max(1);

            if verb == '%' as i32 {
                self.write_byte(b'%');
            } else if !self.good_arg_num {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= a.len() {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(MISSING)");
            } else {
                if is(verb, 'w') {
                    self.wrapped.push(arg_num);
                }
                if is(verb, 'w') || verb == V {
                    self.fmt.f.sharp_v = self.fmt.f.sharp;
                    self.fmt.f.sharp = false;
                    self.fmt.f.plus_v = self.fmt.f.plus;
                    self.fmt.f.plus = false;
                }
                self.print_top(arg_num, &a[arg_num], verb);
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < a.len() && !self.stopped() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, arg) in a.iter().enumerate().skip(arg_num) {
                if k > arg_num {
                    self.write(b", ");
                }
                let (u, _) = unwrap_arg(arg);
                if is_nil_arg(u) {
                    self.write(b"<nil>");
                } else {
                    let ty = u.ty.clone();
                    self.write(ty.as_bytes());
                    self.write_byte(b'=');
                    self.print_top(k, arg, V);
                }
            }
            self.write_byte(b')');
        }
    }

    /// Go's doPrint: spaces between operands when neither is a string.
    pub fn do_print(&mut self, a: &[FmtValue]) {
        let mut prev_string = false;
        for (k, arg) in a.iter().enumerate() {
            let is_string = matches!(unwrap_arg(arg).0.kind, Kind::String(_));
            if k > 0 && !is_string && !prev_string {
                self.write_byte(b' ');
            }
            self.print_top(k, arg, V);
            prev_string = is_string;
        }
    }

    /// Go's doPrintln: spaces between all operands, then a newline.
    pub fn do_println(&mut self, a: &[FmtValue]) {
        for (k, arg) in a.iter().enumerate() {
            if k > 0 {
                self.write_byte(b' ');
            }
            self.print_top(k, arg, V);
        }
        self.write_byte(b'\n');
    }
}
