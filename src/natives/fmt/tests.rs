//! Tests of the fmt engine: replays testdata/cases.txt, produced by real
//! Go with tools/fmtgen (see the format there), twice per case: with
//! every method result filled in advance, and through the lazy protocol
//! (every method Pending, answered call by call from the Go-computed
//! results). Both must give Go's bytes.

use super::*;

// ---- a small s-expression reader for the table ----

#[derive(Debug, Clone)]
enum Sx {
    Atom(String),
    Str(Vec<u8>),
    List(Vec<Sx>),
}

/// Go's strconv.Unquote for the double-quoted forms strconv.Quote emits.
fn unquote(s: &[u8], i: &mut usize) -> Vec<u8> {
    assert_eq!(s[*i], b'"');
    *i += 1;
    let mut out = Vec::new();
    let hex =
        |b: &[u8]| -> u32 { u32::from_str_radix(std::str::from_utf8(b).unwrap(), 16).unwrap() };
    loop {
        let c = s[*i];
        *i += 1;
        match c {
            b'"' => return out,
            b'\\' => {
                let e = s[*i];
                *i += 1;
                match e {
                    b'a' => out.push(7),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'v' => out.push(11),
                    b'\\' | b'"' | b'\'' => out.push(e),
                    b'x' => {
                        out.push(hex(&s[*i..*i + 2]) as u8);
                        *i += 2;
                    }
                    b'u' | b'U' => {
                        let n = if e == b'u' { 4 } else { 8 };
                        let r = hex(&s[*i..*i + n]);
                        *i += n;
                        crate::natives::utf8::append_rune(&mut out, r as i32);
                    }
                    _ => panic!("bad escape {}", e as char),
                }
            }
            _ => out.push(c),
        }
    }
}

fn read_sx(s: &[u8], i: &mut usize) -> Sx {
    while s[*i] == b' ' {
        *i += 1;
    }
    match s[*i] {
        b'(' => {
            *i += 1;
            let mut items = Vec::new();
            loop {
                while s[*i] == b' ' {
                    *i += 1;
                }
                if s[*i] == b')' {
                    *i += 1;
                    return Sx::List(items);
                }
                items.push(read_sx(s, i));
            }
        }
        b'"' => Sx::Str(unquote(s, i)),
        _ => {
            let start = *i;
            while *i < s.len() && !matches!(s[*i], b' ' | b'(' | b')') {
                *i += 1;
            }
            Sx::Atom(String::from_utf8(s[start..*i].to_vec()).unwrap())
        }
    }
}

fn parse_sx(s: &str) -> Sx {
    let mut i = 0;
    read_sx(s.as_bytes(), &mut i)
}

fn atom(x: &Sx) -> &str {
    match x {
        Sx::Atom(a) => a,
        other => panic!("expected atom, got {other:?}"),
    }
}

fn string(x: &Sx) -> Vec<u8> {
    match x {
        Sx::Str(s) => s.clone(),
        other => panic!("expected string, got {other:?}"),
    }
}

fn num_u64(x: &Sx) -> u64 {
    let a = atom(x);
    match a.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).unwrap(),
        None => a.parse().unwrap(),
    }
}

fn method(x: &Sx) -> Method {
    match x {
        Sx::Atom(a) if a == "-" => Method::Absent,
        Sx::List(l) if atom(&l[0]) == "ret" => Method::Returned(string(&l[1])),
        Sx::List(l) if atom(&l[0]) == "panic" => Method::Panicked(Box::new(value(&l[1]))),
        other => panic!("bad method {other:?}"),
    }
}

fn methods(x: &Sx) -> Option<Box<Methods>> {
    match x {
        Sx::Atom(a) if a == "-" => None,
        Sx::List(l) => {
            assert_eq!(atom(&l[0]), "methods");
            Some(Box::new(Methods {
                handle: num_u64(&l[1]),
                error: method(&l[2]),
                string: method(&l[3]),
                go_string: method(&l[4]),
            }))
        }
        other => panic!("bad methods {other:?}"),
    }
}

fn value(x: &Sx) -> FmtValue {
    let Sx::List(l) = x else {
        panic!("expected value, got {x:?}")
    };
    let tag = atom(&l[0]);
    if tag == "nil" {
        return FmtValue::nil();
    }
    let ty: TypeName = String::from_utf8(string(&l[1])).unwrap().into();
    let last = l.len() - 1;
    let body = &l[2..last];
    let kind = match tag {
        "bool" => Kind::Bool(atom(&body[0]) == "true"),
        "int" => Kind::Int(atom(&body[0]).parse().unwrap()),
        "uint" => Kind::Uint(atom(&body[0]).parse().unwrap()),
        "float" => Kind::Float {
            v: f64::from_bits(num_u64(&body[1])),
            size: atom(&body[0]).parse().unwrap(),
        },
        "complex" => Kind::Complex {
            re: f64::from_bits(num_u64(&body[1])),
            im: f64::from_bits(num_u64(&body[2])),
            size: atom(&body[0]).parse().unwrap(),
        },
        "string" => Kind::String(string(&body[0])),
        "ptr" => Kind::Pointer {
            addr: num_u64(&body[0]),
            target: match &body[1] {
                Sx::Atom(a) if a == "-" => None,
                t => Some(Box::new(value(t))),
            },
        },
        "struct" => Kind::Struct(
            body.iter()
                .map(|f| {
                    let Sx::List(f) = f else { panic!() };
                    Field {
                        name: String::from_utf8(string(&f[1])).unwrap().into(),
                        exported: atom(&f[2]) == "exported",
                        value: value(&f[3]),
                    }
                })
                .collect(),
        ),
        "array" => Kind::Array {
            elem_u8: atom(&body[0]) == "u8",
            elems: body[1..].iter().map(value).collect(),
        },
        "slice" => Kind::Slice {
            nil: atom(&body[0]) == "nil",
            addr: num_u64(&body[1]),
            elem_u8: atom(&body[2]) == "u8",
            elems: body[3..].iter().map(value).collect(),
        },
        "bytes" => Kind::Bytes {
            array: atom(&body[0]) == "array",
            nil: atom(&body[1]) == "nil",
            addr: num_u64(&body[2]),
            data: string(&body[3]),
        },
        "map" => Kind::Map {
            nil: atom(&body[0]) == "nil",
            addr: num_u64(&body[1]),
            entries: body[2..]
                .iter()
                .map(|e| {
                    let Sx::List(e) = e else { panic!() };
                    (value(&e[1]), value(&e[2]))
                })
                .collect(),
        },
        "iface" => Kind::Interface(match &body[0] {
            Sx::Atom(a) if a == "-" => None,
            v => Some(Box::new(value(v))),
        }),
        "chan" => Kind::Chan(num_u64(&body[0])),
        "func" => Kind::Func(num_u64(&body[0])),
        "uptr" => Kind::UnsafePointer(num_u64(&body[0])),
        other => panic!("unknown tag {other}"),
    };
    FmtValue {
        ty,
        kind,
        methods: methods(&l[last]),
    }
}

// ---- the cases ----

#[derive(Debug)]
struct Case {
    id: usize,
    mode: String,
    format: Vec<u8>,
    args: Vec<FmtValue>,
    /// Ok(output) or Err(the Sprint of the panic value).
    expect: Result<Vec<u8>, Vec<u8>>,
    wrap: Option<String>,
}

fn load_cases() -> Vec<Case> {
    let text = include_str!("testdata/cases.txt");
    let mut cases = Vec::new();
    let mut cur: Option<Case> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (head, rest) = line.split_once(' ').unwrap_or((line, ""));
        match head {
            "case" => {
                let mut parts = rest.splitn(3, ' ');
                let id = parts.next().unwrap().parse().unwrap();
                let mode = parts.next().unwrap().to_string();
                let mut i = 0;
                let format = unquote(parts.next().unwrap().as_bytes(), &mut i);
                cur = Some(Case {
                    id,
                    mode,
                    format,
                    args: Vec::new(),
                    expect: Ok(Vec::new()),
                    wrap: None,
                });
            }
            "arg" => cur.as_mut().unwrap().args.push(value(&parse_sx(rest))),
            "out" | "panic" => {
                let mut i = 0;
                let s = unquote(rest.as_bytes(), &mut i);
                cur.as_mut().unwrap().expect = if head == "out" { Ok(s) } else { Err(s) };
            }
            "wrap" => cur.as_mut().unwrap().wrap = Some(rest.to_string()),
            "end" => cases.push(cur.take().unwrap()),
            other => panic!("bad line head {other}"),
        }
    }
    cases
}

fn wrap_string(c: &Case, w: &Wrapped) -> String {
    let is_err = |i: usize| c.args.get(i).is_some_and(super::is_error);
    match w {
        Wrapped::None => "none".into(),
        Wrapped::One(i) => {
            if is_err(*i) {
                format!("one {i}")
            } else {
                "one".into()
            }
        }
        Wrapped::Many(v) => {
            let mut s = String::from("many");
            for i in v {
                s += &format!(" {i}");
            }
            s
        }
    }
}

/// Runs a case once through the lazy entry points.
fn run_once(c: &Case, args: &[FmtValue]) -> Outcome<(Vec<u8>, Option<String>)> {
    match c.mode.as_str() {
        "printf" => map(try_sprintf(&c.format, args), |b| (b, None)),
        "sprint" => map(try_sprint(args), |b| (b, None)),
        "sprintln" => map(try_sprintln(args), |b| (b, None)),
        _ => map(try_errorf(&c.format, args), |r| {
            let w = wrap_string(c, &r.wrapped);
            (r.text, Some(w))
        }),
    }
}

fn map<T, U>(o: Outcome<T>, f: impl FnOnce(T) -> U) -> Outcome<U> {
    match o {
        Outcome::Done(t) => Outcome::Done(f(t)),
        Outcome::NeedCalls(c) => Outcome::NeedCalls(c),
        Outcome::Panic(v) => Outcome::Panic(v),
    }
}

/// Turns every method result into Pending (the VM's lazy view).
fn make_pending(v: &mut FmtValue) {
    if let Some(m) = v.methods.as_mut() {
        for k in [MethodKind::Error, MethodKind::String, MethodKind::GoString] {
            if m.get(k).is_present() {
                *m.get_mut(k) = Method::Pending;
            }
        }
    }
    match &mut v.kind {
        Kind::Pointer {
            target: Some(t), ..
        } => make_pending(t),
        Kind::Struct(fs) => fs.iter_mut().for_each(|f| make_pending(&mut f.value)),
        Kind::Array { elems, .. } | Kind::Slice { elems, .. } => {
            elems.iter_mut().for_each(make_pending)
        }
        Kind::Map { entries, .. } => entries.iter_mut().for_each(|(k, v)| {
            make_pending(k);
            make_pending(v);
        }),
        Kind::Interface(Some(x)) => make_pending(x),
        _ => {}
    }
}

fn node<'a>(args: &'a [FmtValue], path: &[Step]) -> &'a FmtValue {
    let Step::Arg(i) = path[0] else {
        panic!("path must start with an argument")
    };
    let mut n = &args[i];
    for &s in &path[1..] {
        n = n.child(s).expect("path leads nowhere");
    }
    n
}

/// What Go's panic value prints as, for a re-panic of `call`.
fn repanic_text(c: &Case, call: &MethodCall) -> Vec<u8> {
    match node(&c.args, &call.path).method(call.method) {
        Method::Panicked(p) => sprint(&[(**p).clone()]),
        other => panic!(
            "case {}: re-panic of a method that did not panic: {other:?}",
            c.id
        ),
    }
}

type RunResult = Result<(Vec<u8>, Option<String>), Vec<u8>>;

fn run_lazy(c: &Case) -> (RunResult, usize) {
    let mut args = c.args.clone();
    args.iter_mut().for_each(make_pending);
    for round in 1..20 {
        match run_once(c, &args) {
            Outcome::Done(r) => return (Ok(r), round),
            Outcome::Panic(call) => return (Err(repanic_text(c, &call)), round),
            Outcome::NeedCalls(calls) => {
                for call in calls {
                    let truth = node(&c.args, &call.path);
                    assert_eq!(
                        call.handle,
                        truth.methods.as_ref().unwrap().handle,
                        "case {}",
                        c.id
                    );
                    let mut result = truth.method(call.method).clone();
                    if let Method::Panicked(p) = &mut result {
                        make_pending(p);
                    }
                    assert!(
                        set_method_result(&mut args, &call, result),
                        "case {}: cannot store",
                        c.id
                    );
                }
            }
        }
    }
    panic!("case {}: lazy protocol did not converge", c.id);
}

fn run_eager(c: &Case) -> RunResult {
    match run_once(c, &c.args) {
        Outcome::Done(r) => Ok(r),
        Outcome::Panic(call) => Err(repanic_text(c, &call)),
        Outcome::NeedCalls(calls) => panic!(
            "case {}: calls requested with nothing pending: {calls:?}",
            c.id
        ),
    }
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn go_generated_cases() {
    let cases = load_cases();
    assert!(cases.len() > 1000, "only {} cases", cases.len());
    let mut failures = Vec::new();
    let mut max_rounds = 0;
    for c in &cases {
        let want: RunResult = match &c.expect {
            Ok(o) => Ok((o.clone(), c.wrap.clone())),
            Err(p) => Err(p.clone()),
        };
        let eager = run_eager(c);
        let (lazy, rounds) = run_lazy(c);
        max_rounds = max_rounds.max(rounds);
        for (how, got) in [("eager", &eager), ("lazy", &lazy)] {
            if *got != want {
                let fmt_res = |r: &RunResult| match r {
                    Ok((o, w)) => format!(
                        "{:?}{}",
                        show(o),
                        w.as_ref().map(|w| format!(" wrap {w}")).unwrap_or_default()
                    ),
                    Err(p) => format!("panic {:?}", show(p)),
                };
                failures.push(format!(
                    "case {} ({} {:?}, {how}):\n   go: {}\n  got: {}",
                    c.id,
                    c.mode,
                    show(&c.format),
                    fmt_res(&want),
                    fmt_res(got)
                ));
            }
        }
    }
    assert!(max_rounds <= 4, "lazy protocol needed {max_rounds} rounds");
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(60);
        panic!(
            "{n} mismatches out of {} cases (x2):\n{}",
            cases.len(),
            failures.join("\n")
        );
    }
    eprintln!(
        "fmt: {} Go-generated cases pass (eager and lazy)",
        cases.len()
    );
}

fn int(v: i64) -> FmtValue {
    FmtValue::new("int", Kind::Int(v))
}

#[test]
fn huge_width_pads() {
    // Widths are accepted up to about 10^7 digits' worth (Go's parsenum).
    let out = sprintf(b"%1000001d", &[int(5)]);
    assert_eq!(out.len(), 1_000_001);
    assert!(out.ends_with(b" 5"));
}

#[test]
fn no_panics_on_odd_input() {
    let formats: [&[u8]; 12] = [
        b"%",
        b"%[",
        b"%[1",
        b"%[1]",
        b"%.*[",
        b"%*[2]*",
        b"%\xff",
        b"%-+# 0",
        b"%.",
        b"%[9]*.[9]*d",
        b"%!",
        b"%w%w%w",
    ];
    let args = [
        int(1),
        FmtValue::new("string", Kind::String(b"s".to_vec())),
        FmtValue::nil(),
        FmtValue::new("interface {}", Kind::Interface(None)),
        FmtValue::new("main.Odd", Kind::Struct(vec![])),
        FmtValue::new(
            "[]uint8",
            Kind::Array {
                elems: vec![int(1)],
                elem_u8: true,
            },
        ),
        FmtValue::new(
            "*int",
            Kind::Pointer {
                addr: 1,
                target: Some(Box::new(int(3))),
            },
        ),
    ];
    for f in formats {
        for n in 0..=args.len() {
            let _ = sprintf(f, &args[..n]);
            let _ = errorf(f, &args[..n]);
        }
    }
    let _ = sprint(&args);
    let _ = sprintln(&args);
}

#[test]
fn mismatched_steps_are_none() {
    let mut args = vec![int(1)];
    assert!(node_mut(&mut args, &[Step::Arg(0), Step::Field(3)]).is_none());
    assert!(node_mut(&mut args, &[Step::Field(0)]).is_none());
    assert!(node_mut(&mut args, &[Step::Arg(5)]).is_none());
}

/// `[]interface {}{[]interface {}{... 1 ...}}`, `depth` levels.
fn nested(depth: usize) -> FmtValue {
    let mut v = int(1);
    for _ in 0..depth {
        let elem = FmtValue::new("interface {}", Kind::Interface(Some(Box::new(v))));
        v = FmtValue::new(
            "[]interface {}",
            Kind::Slice {
                elems: vec![elem],
                nil: false,
                addr: 1,
                elem_u8: false,
            },
        );
    }
    v
}

#[test]
fn deep_values_print_on_a_small_stack() {
    let depth = 20_000;
    // Build and drop the value on a big stack (dropping recurses); print it
    // on a small one.
    let out = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let v = nested(depth);
            let two = [v.clone(), v.clone()];
            let one = std::slice::from_ref(&v);
            let out = std::thread::scope(|s| {
                std::thread::Builder::new()
                    .stack_size(256 << 10)
                    .spawn_scoped(s, || (sprintf(b"%v|%#v", &two), sprintln(one)))
                    .unwrap()
                    .join()
                    .unwrap()
            });
            drop(two);
            drop(v);
            out
        })
        .unwrap()
        .join()
        .unwrap();
    let mut want = "[".repeat(depth) + "1" + &"]".repeat(depth) + "|";
    want += &("[]interface {}{".repeat(depth) + "1" + &"}".repeat(depth));
    assert_eq!(String::from_utf8(out.0).unwrap(), want);
    assert_eq!(out.1.len(), 2 * depth + 2);
}

/// A small deterministic generator (no external crates needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sample_values() -> Vec<FmtValue> {
    let s = |b: &[u8]| FmtValue::new("string", Kind::String(b.to_vec()));
    let with = |v: FmtValue, m: Methods| v.with_methods(m);
    let panic_val = s(b"boom");
    vec![
        int(-7),
        FmtValue::new("uint8", Kind::Uint(200)),
        FmtValue::new(
            "float64",
            Kind::Float {
                v: f64::NAN,
                size: 64,
            },
        ),
        FmtValue::new(
            "float32",
            Kind::Float {
                v: 0.1f32 as f64,
                size: 32,
            },
        ),
        FmtValue::new(
            "complex64",
            Kind::Complex {
                re: 1.0,
                im: -0.0,
                size: 64,
            },
        ),
        s(b"h\xffi \xe4\xb8\x96"),
        FmtValue::nil(),
        FmtValue::new("bool", Kind::Bool(true)),
        FmtValue::new(
            "*int",
            Kind::Pointer {
                addr: 0,
                target: None,
            },
        ),
        FmtValue::new(
            "*main.T",
            Kind::Pointer {
                addr: 0xc000,
                target: Some(Box::new(FmtValue::new(
                    "main.T",
                    Kind::Struct(vec![Field {
                        name: "X".into(),
                        exported: true,
                        value: int(1),
                    }]),
                ))),
            },
        ),
        FmtValue::new(
            "[]uint8",
            Kind::Bytes {
                data: b"ab".to_vec(),
                array: false,
                nil: false,
                addr: 9,
            },
        ),
        FmtValue::new(
            "[2]uint8",
            Kind::Bytes {
                data: b"ab".to_vec(),
                array: true,
                nil: false,
                addr: 0,
            },
        ),
        FmtValue::new(
            "map[interface {}]int",
            Kind::Map {
                entries: vec![
                    (
                        FmtValue::new("interface {}", Kind::Interface(Some(Box::new(s(b"k"))))),
                        int(1),
                    ),
                    (FmtValue::new("interface {}", Kind::Interface(None)), int(2)),
                    (
                        FmtValue::new("interface {}", Kind::Interface(Some(Box::new(int(3))))),
                        int(3),
                    ),
                ],
                nil: false,
                addr: 5,
            },
        ),
        with(
            FmtValue::new("main.E", Kind::Struct(vec![])),
            Methods {
                handle: 1,
                error: Method::Panicked(Box::new(with(
                    panic_val.clone(),
                    Methods {
                        handle: 2,
                        string: Method::Panicked(Box::new(int(1))),
                        ..Methods::default()
                    },
                ))),
                string: Method::Returned(b"str".to_vec()),
                go_string: Method::Pending,
            },
        ),
        with(
            int(4),
            Methods {
                handle: 3,
                string: Method::Pending,
                ..Methods::default()
            },
        ),
        FmtValue::new("func()", Kind::Func(0x1234)),
        FmtValue::new("chan int", Kind::Chan(0)),
        FmtValue::new("unsafe.Pointer", Kind::UnsafePointer(1)),
        FmtValue::new("error", Kind::Interface(Some(Box::new(panic_val)))),
    ]
}

#[test]
fn fuzz_formats_never_panic() {
    let alphabet: &[u8] = b"%%%%[]*.0123456789#+- vdsxqXcUeEfFgGtTpwboO\xff\xe4!";
    let values = sample_values();
    let mut rng = Lcg(42);
    for _ in 0..20_000 {
        let len = rng.below(12);
        let format: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let nargs = rng.below(5);
        let args: Vec<FmtValue> = (0..nargs)
            .map(|_| values[rng.below(values.len())].clone())
            .collect();
        let _ = sprintf(&format, &args);
        let _ = errorf(&format, &args);
        if let Outcome::NeedCalls(calls) = try_sprintf(&format, &args) {
            let mut a = args.clone();
            for c in &calls {
                assert!(set_method_result(
                    &mut a,
                    c,
                    Method::Returned(b"x".to_vec())
                ));
            }
            assert!(!matches!(try_sprintf(&format, &a), Outcome::NeedCalls(_)));
        }
        let _ = try_errorf(&format, &args);
    }
    let _ = sprint(&values);
    let _ = sprintln(&values);
}
