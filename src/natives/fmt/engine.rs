//! The fmt engine proper: runs a Printf format against its arguments
//! (argument selection, `*` amounts, the `%!` reports for bad widths,
//! precisions, indices, missing and extra arguments), Sprint's and
//! Sprintln's spacing, and the printing of one value: which of its
//! Error/String/GoString methods to use, the report of a bad verb or of a
//! panicking method, and the layout of composite values. Leaf values are
//! rendered by render.rs, map keys ordered by order.rs.
//!
//! Values are walked with an explicit work stack (never Rust recursion),
//! so nesting depth is bounded by memory only. A piece of work is a
//! literal to write or a value to print with a verb and options (`Job`);
//! a composite pushes its parts in reverse order.
//!
//! What a job does, in order:
//! 1. An interface slot stands for its dynamic value; an empty one prints
//!    `<nil>` (Go syntax: `T(nil)`).
//! 2. An argument (a top-level value, including a value re-printed in a
//!    bad-verb report) handles `nil`, %T and %p itself; an unnamed
//!    `[]byte` is printed as bytes before any method is considered.
//! 3. Methods, unless reached through an unexported field or inside a
//!    bad-verb report: %w takes an error (in Errorf) and is a bad verb
//!    otherwise; %#v uses GoString; %v %s %x %X %q use Error, else
//!    String, and format the result as text.
//! 4. Otherwise the value by its kind. A verb its kind does not take is
//!    reported as `%!verb(type=value)`, the value printed again as an
//!    argument with %v.
//!
//! A method result is looked up in the value tree. In lazy mode a
//! `Pending` one is recorded as a call to make and printed as empty text
//! (the whole output is discarded until every call is answered); in eager
//! mode it counts as absent. A method that panicked prints
//! `%!verb(PANIC=Name method: value)`, or `<nil>` for a nil pointer
//! receiver; if that happens while printing a panic value, fmt itself
//! panics: printing stops and the call is reported.

use super::directive::{pieces, Amount, Directive, Index, Piece, LIMIT};
use super::order::sorted_entries;
use super::render::{self, Spec};
use super::value::{FmtValue, Kind, Method, MethodCall, MethodKind, Step};

/// A node's path, as an index into the engine's path arena.
type PathId = usize;
const NO_PARENT: PathId = usize::MAX;

/// Paths of the nodes being printed, stored as parent links so that
/// descending costs O(1); a path is spelt out only for a method call.
#[derive(Default)]
struct Paths {
    links: Vec<(Step, PathId)>,
}

impl Paths {
    fn add(&mut self, step: Step, parent: PathId) -> PathId {
        self.links.push((step, parent));
        self.links.len() - 1
    }

    fn spell(&self, mut id: PathId) -> Vec<Step> {
        let mut steps = Vec::new();
        while let Some(&(step, parent)) = self.links.get(id) {
            steps.push(step);
            id = parent;
        }
        steps.reverse();
        steps
    }
}

/// One value to print.
#[derive(Clone, Copy)]
struct Job<'a> {
    node: &'a FmtValue,
    path: PathId,
    verb: char,
    spec: Spec,
    /// Printed as an argument (Go's depth 0).
    top: bool,
    /// Its methods may be called.
    methods: bool,
    /// Part of a panic value being reported.
    panicking: bool,
}

enum Work<'a> {
    Literal(&'static [u8]),
    Text(&'a str),
    Print(Job<'a>),
}

/// The printer state of one Sprintf/Sprint/Sprintln/Errorf call.
pub(super) struct Engine<'a> {
    pub out: Vec<u8>,
    /// Method calls to make (lazy mode).
    pub calls: Vec<MethodCall>,
    /// Set when fmt itself panics (a panic value's method panicked).
    pub repanic: Option<MethodCall>,
    /// Argument indices used with %w, in format order.
    pub wrapped: Vec<usize>,
    /// Errorf: %w accepts errors.
    pub wrap_errs: bool,
    lazy: bool,
    paths: Paths,
    work: Vec<Work<'a>>,
}

/// Follows interface slots to the value inside (None: an empty slot).
fn dynamic(v: &FmtValue) -> Option<&FmtValue> {
    let mut v = v;
    loop {
        match &v.kind {
            Kind::Interface(Some(inner)) => v = inner,
            Kind::Interface(None) | Kind::Nil => return None,
            _ => return Some(v),
        }
    }
}

/// The unnamed `[]byte`, which Go prints specially as an argument.
fn is_plain_byte_slice(v: &FmtValue) -> bool {
    &*v.ty == "[]uint8"
        && matches!(
            v.kind,
            Kind::Bytes { array: false, .. } | Kind::Slice { elem_u8: true, .. }
        )
}

impl<'a> Engine<'a> {
    pub fn new(lazy: bool) -> Engine<'a> {
        Engine {
            out: Vec::new(),
            calls: Vec::new(),
            repanic: None,
            wrapped: Vec::new(),
            wrap_errs: false,
            lazy,
            paths: Paths::default(),
            work: Vec::new(),
        }
    }

    fn stopped(&self) -> bool {
        self.repanic.is_some()
    }

    // ---- the three drivers ----

    /// Sprintf / Errorf.
    pub fn printf(&mut self, format: &[u8], args: &'a [FmtValue]) {
        let mut next = 0usize;
        let mut reordered = false;
        for piece in pieces(format) {
            if self.stopped() {
                return;
            }
            match piece {
                Piece::Text(t) => self.out.extend_from_slice(t),
                Piece::Directive(d) => self.directive(&d, args, &mut next, &mut reordered),
            }
        }
        if !reordered && next < args.len() && !self.stopped() {
            self.out.extend_from_slice(b"%!(EXTRA ");
            for (i, arg) in args.iter().enumerate().skip(next) {
                if self.stopped() {
                    return;
                }
                if i > next {
                    self.out.extend_from_slice(b", ");
                }
                match dynamic(arg) {
                    None => self.out.extend_from_slice(b"<nil>"),
                    Some(v) => {
                        self.out.extend_from_slice(v.ty.as_bytes());
                        self.out.push(b'=');
                        self.print_arg(arg, i, 'v', Spec::default());
                    }
                }
            }
            self.out.push(b')');
        }
    }

    /// Sprint: a space between operands when neither is a string.
    pub fn print(&mut self, args: &'a [FmtValue]) {
        let is_string = |v: &FmtValue| matches!(dynamic(v).map(|v| &v.kind), Some(Kind::String(_)));
        for (i, arg) in args.iter().enumerate() {
            if self.stopped() {
                return;
            }
            if i > 0 && !is_string(arg) && !is_string(&args[i - 1]) {
                self.out.push(b' ');
            }
            self.print_arg(arg, i, 'v', Spec::default());
        }
    }

    /// Sprintln: spaces between operands and a final newline.
    pub fn println(&mut self, args: &'a [FmtValue]) {
        for (i, arg) in args.iter().enumerate() {
            if self.stopped() {
                return;
            }
            if i > 0 {
                self.out.push(b' ');
            }
            self.print_arg(arg, i, 'v', Spec::default());
        }
        if !self.stopped() {
            self.out.push(b'\n');
        }
    }

    /// One directive of a format; `next` is the argument the next verb
    /// takes, `reordered` whether any explicit index appeared.
    fn directive(
        &mut self,
        d: &Directive,
        args: &'a [FmtValue],
        next: &mut usize,
        reordered: &mut bool,
    ) {
        let mut spec = Spec::from_flags(d.flags);
        let mut index_ok = !d.misplaced;
        let mut select = |ix: Index, next: &mut usize| match ix {
            Index::Absent => {}
            Index::At(n) => {
                *reordered = true;
                match usize::try_from(n) {
                    Ok(n) if (1..=args.len()).contains(&n) => *next = n - 1,
                    _ => index_ok = false,
                }
            }
            Index::Malformed => {
                *reordered = true;
                index_ok = false;
            }
        };

        select(d.width_index, next);
        match d.width {
            Amount::Absent => {}
            Amount::Literal(n) => spec.width = Some(n),
            Amount::FromArg => match int_arg(args, next) {
                Some(w) if w < 0 => {
                    spec.minus = true;
                    spec.zero = false;
                    spec.width = Some(w.unsigned_abs() as usize);
                }
                Some(w) => spec.width = Some(w as usize),
                None => self.out.extend_from_slice(b"%!(BADWIDTH)"),
            },
        }

        select(d.prec_index, next);
        match d.prec {
            Amount::Absent => {}
            Amount::Literal(n) => spec.prec = Some(n),
            Amount::FromArg => match int_arg(args, next) {
                Some(p) if p >= 0 => spec.prec = Some(p as usize),
                _ => self.out.extend_from_slice(b"%!(BADPREC)"),
            },
        }

        select(d.verb_index, next);
        let Some(verb) = d.verb else {
            self.out.extend_from_slice(b"%!(NOVERB)");
            return;
        };
        if verb == '%' {
            self.out.push(b'%');
            return;
        }
        if !index_ok {
            self.report(verb, b"BADINDEX");
            return;
        }
        let Some(arg) = args.get(*next) else {
            self.report(verb, b"MISSING");
            return;
        };
        if verb == 'w' {
            self.wrapped.push(*next);
        }
        if verb == 'v' || verb == 'w' {
            spec = spec.for_v();
        }
        self.print_arg(arg, *next, verb, spec);
        *next += 1;
    }

    /// `%!verb(what)`.
    fn report(&mut self, verb: char, what: &[u8]) {
        self.out.extend_from_slice(b"%!");
        self.push_char(verb);
        self.out.push(b'(');
        self.out.extend_from_slice(what);
        self.out.push(b')');
    }

    fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.out
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Prints argument `index` completely.
    fn print_arg(&mut self, arg: &'a FmtValue, index: usize, verb: char, spec: Spec) {
        let path = self.paths.add(Step::Arg(index), NO_PARENT);
        self.work.push(Work::Print(Job {
            node: arg,
            path,
            verb,
            spec,
            top: true,
            methods: true,
            panicking: false,
        }));
        while let Some(w) = self.work.pop() {
            if self.stopped() {
                break;
            }
            match w {
                Work::Literal(s) => self.out.extend_from_slice(s),
                Work::Text(s) => self.out.extend_from_slice(s.as_bytes()),
                Work::Print(job) => self.job(job),
            }
        }
        self.work.clear();
        self.paths.links.clear();
    }

    /// A part of the current value, printed after whatever is pushed
    /// later.
    fn push_part(&mut self, parent: &Job<'a>, node: &'a FmtValue, step: Step, methods: bool) {
        let path = self.paths.add(step, parent.path);
        self.work.push(Work::Print(Job {
            node,
            path,
            top: false,
            methods,
            ..*parent
        }));
    }

    // ---- one value ----

    fn job(&mut self, mut job: Job<'a>) {
        while let Kind::Interface(slot) = &job.node.kind {
            match slot {
                Some(inner) => {
                    job.path = self.paths.add(Step::Inner, job.path);
                    job.node = inner;
                }
                None if job.top => return self.nil_arg(&job),
                None if job.verb == 'w' && job.methods => return self.bad_verb(&job),
                None => {
                    if job.spec.sharp_v {
                        self.out.extend_from_slice(job.node.ty.as_bytes());
                        self.out.extend_from_slice(b"(nil)");
                    } else {
                        self.out.extend_from_slice(b"<nil>");
                    }
                    return;
                }
            }
        }
        let mut bytes_as_byte_slice = false;
        if job.top {
            if matches!(job.node.kind, Kind::Nil) {
                return self.nil_arg(&job);
            }
            match job.verb {
                'T' => return render::plain(&mut self.out, job.node.ty.as_bytes(), &job.spec),
                'p' => return self.pointer_verb_p(&job),
                _ => {}
            }
            bytes_as_byte_slice = is_plain_byte_slice(job.node);
        }
        if !bytes_as_byte_slice && job.methods && self.methods(&job) {
            return;
        }
        self.by_kind(&job, bytes_as_byte_slice && job.verb == 'v');
    }

    /// The nil interface as an argument.
    fn nil_arg(&mut self, job: &Job<'a>) {
        match job.verb {
            'T' | 'v' => render::pad(&mut self.out, b"<nil>", &job.spec, true),
            _ => self.bad_verb(job),
        }
    }

    /// %p on an argument.
    fn pointer_verb_p(&mut self, job: &Job<'a>) {
        let addr = match job.node.kind {
            Kind::Pointer { addr, .. }
            | Kind::Chan(addr)
            | Kind::Func(addr)
            | Kind::UnsafePointer(addr)
            | Kind::Map { addr, .. }
            | Kind::Slice { addr, .. }
            | Kind::Bytes {
                addr, array: false, ..
            } => addr,
            _ => return self.bad_verb(job),
        };
        render::pointer(&mut self.out, addr, &job.node.ty, 'p', &job.spec);
    }

    /// Whether a method is there to call (a `Pending` one only counts in
    /// lazy mode).
    fn has(&self, node: &FmtValue, k: MethodKind) -> bool {
        match node.method(k) {
            Method::Absent => false,
            Method::Pending => self.lazy,
            Method::Returned(_) | Method::Panicked(_) => true,
        }
    }

    /// Step 3 of a job; true when a method (or the %w rule) printed it.
    fn methods(&mut self, job: &Job<'a>) -> bool {
        let node = job.node;
        let mut verb = job.verb;
        if verb == 'w' {
            if self.wrap_errs && self.has(node, MethodKind::Error) {
                verb = 'v';
            } else {
                self.bad_verb(job);
                return true;
            }
        }
        let kind = if job.spec.sharp_v {
            if !self.has(node, MethodKind::GoString) {
                return false;
            }
            MethodKind::GoString
        } else if render::is_text_verb(verb) {
            if self.has(node, MethodKind::Error) {
                MethodKind::Error
            } else if self.has(node, MethodKind::String) {
                MethodKind::String
            } else {
                return false;
            }
        } else {
            return false;
        };
        let result: &'a [u8] = match node.method(kind) {
            Method::Returned(s) => s,
            Method::Panicked(value) => {
                self.method_panicked(job, kind, value, verb);
                return true;
            }
            _ => {
                self.calls.push(self.call(job, kind));
                b""
            }
        };
        if kind == MethodKind::GoString {
            render::plain(&mut self.out, result, &job.spec);
        } else {
            render::text(&mut self.out, result, verb, &job.spec);
        }
        true
    }

    fn call(&self, job: &Job<'a>, method: MethodKind) -> MethodCall {
        MethodCall {
            path: self.paths.spell(job.path),
            handle: job.node.methods.as_ref().map_or(0, |m| m.handle),
            method,
        }
    }

    fn method_panicked(
        &mut self,
        job: &Job<'a>,
        kind: MethodKind,
        value: &'a FmtValue,
        verb: char,
    ) {
        if matches!(job.node.kind, Kind::Pointer { addr: 0, .. }) {
            self.out.extend_from_slice(b"<nil>");
            return;
        }
        if job.panicking {
            self.repanic = Some(self.call(job, kind));
            return;
        }
        self.out.extend_from_slice(b"%!");
        self.push_char(verb);
        self.out.extend_from_slice(b"(PANIC=");
        self.out.extend_from_slice(kind.name().as_bytes());
        self.out.extend_from_slice(b" method: ");
        self.work.push(Work::Literal(b")"));
        let path = self.paths.add(Step::PanicValue(kind), job.path);
        self.work.push(Work::Print(Job {
            node: value,
            path,
            verb: 'v',
            spec: Spec::default(),
            top: true,
            methods: true,
            panicking: true,
        }));
    }

    /// `%!verb(type=value)`, the value printed as an argument with %v and
    /// no methods.
    fn bad_verb(&mut self, job: &Job<'a>) {
        self.out.extend_from_slice(b"%!");
        self.push_char(job.verb);
        self.out.push(b'(');
        if dynamic(job.node).is_none() {
            self.out.extend_from_slice(b"<nil>)");
            return;
        }
        self.out.extend_from_slice(job.node.ty.as_bytes());
        self.out.push(b'=');
        self.work.push(Work::Literal(b")"));
        self.work.push(Work::Print(Job {
            verb: 'v',
            top: true,
            methods: false,
            ..*job
        }));
    }

    /// Step 4 of a job. `byte_slice_name`: %#v writes `[]byte` as the
    /// type of an unnamed byte slice argument.
    fn by_kind(&mut self, job: &Job<'a>, byte_slice_name: bool) {
        let (verb, spec) = (job.verb, &job.spec);
        let out = &mut self.out;
        let ok = match &job.node.kind {
            Kind::Bool(b) => {
                let ok = matches!(verb, 't' | 'v');
                if ok {
                    render::boolean(out, *b, spec);
                }
                ok
            }
            Kind::Int(i) => render::signed(out, *i, verb, spec),
            Kind::Uint(u) => render::unsigned(out, *u, verb, spec),
            Kind::Float { v, size } => {
                let ok = render::is_float_verb(verb);
                if ok {
                    render::float(out, *v, *size == 32, verb, spec);
                }
                ok
            }
            Kind::Complex { re, im, size } => {
                let ok = render::is_float_verb(verb);
                if ok {
                    render::complex(out, *re, *im, *size == 64, verb, spec);
                }
                ok
            }
            Kind::String(s) => {
                let ok = render::is_text_verb(verb);
                if ok {
                    render::text(out, s, verb, spec);
                }
                ok
            }
            Kind::Pointer { addr, target } => match target {
                Some(t)
                    if job.top
                        && *addr != 0
                        && matches!(
                            t.kind,
                            Kind::Struct(_)
                                | Kind::Array { .. }
                                | Kind::Slice { .. }
                                | Kind::Bytes { .. }
                                | Kind::Map { .. }
                        ) =>
                {
                    out.push(b'&');
                    self.push_part(job, t, Step::Target, job.methods);
                    true
                }
                _ => self.address(job, *addr),
            },
            Kind::Chan(a) | Kind::Func(a) | Kind::UnsafePointer(a) => self.address(job, *a),
            Kind::Struct(fields) => {
                self.structure(job, fields);
                true
            }
            Kind::Array { elems, elem_u8 } => {
                self.sequence(job, elems, *elem_u8, false, false);
                true
            }
            Kind::Slice {
                elems,
                elem_u8,
                nil,
                ..
            } => {
                self.sequence(job, elems, *elem_u8, *nil, byte_slice_name);
                true
            }
            Kind::Bytes {
                data, array, nil, ..
            } => {
                self.bytes(job, data, *nil && !*array, byte_slice_name);
                true
            }
            Kind::Map { entries, nil, .. } => {
                self.map(job, entries, *nil);
                true
            }
            Kind::Nil | Kind::Interface(None) => {
                out.extend_from_slice(b"<nil>");
                true
            }
            Kind::Interface(Some(_)) => true,
        };
        if !ok {
            self.bad_verb(job);
        }
    }

    /// A pointer-like word under the job's verb.
    fn address(&mut self, job: &Job<'a>, addr: u64) -> bool {
        let ok = render::is_pointer_verb(job.verb);
        if ok {
            render::pointer(&mut self.out, addr, &job.node.ty, job.verb, &job.spec);
        }
        ok
    }

    /// Opens a composite in Go syntax (`T{`, or `T(nil)` and false).
    fn open_go_syntax(&mut self, job: &Job<'a>, nil: bool, byte_slice_name: bool) -> bool {
        if byte_slice_name {
            self.out.extend_from_slice(b"[]byte");
        } else {
            self.out.extend_from_slice(job.node.ty.as_bytes());
        }
        if nil {
            self.out.extend_from_slice(b"(nil)");
            return false;
        }
        self.out.push(b'{');
        true
    }

    fn structure(&mut self, job: &Job<'a>, fields: &'a [super::value::Field]) {
        let (named, go) = (job.spec.plus_v || job.spec.sharp_v, job.spec.sharp_v);
        if go {
            self.open_go_syntax(job, false, false);
        } else {
            self.out.push(b'{');
        }
        self.work.push(Work::Literal(b"}"));
        for (i, f) in fields.iter().enumerate().rev() {
            self.push_part(job, &f.value, Step::Field(i), job.methods && f.exported);
            if named {
                self.work.push(Work::Literal(b":"));
                self.work.push(Work::Text(&f.name));
            }
            if i > 0 {
                self.work.push(Work::Literal(if go { b", " } else { b" " }));
            }
        }
    }

    /// Arrays and slices.
    fn sequence(
        &mut self,
        job: &Job<'a>,
        elems: &'a [FmtValue],
        elem_u8: bool,
        nil: bool,
        byte_slice_name: bool,
    ) {
        if elem_u8 && matches!(job.verb, 's' | 'q' | 'x' | 'X') {
            let data: Vec<u8> = elems
                .iter()
                .map(|e| match e.kind {
                    Kind::Uint(u) => u as u8,
                    Kind::Int(i) => i as u8,
                    _ => 0,
                })
                .collect();
            render::text(&mut self.out, &data, job.verb, &job.spec);
            return;
        }
        let go = job.spec.sharp_v;
        if go {
            if !self.open_go_syntax(job, nil, byte_slice_name) {
                return;
            }
        } else {
            self.out.push(b'[');
        }
        self.work.push(Work::Literal(if go { b"}" } else { b"]" }));
        for (i, e) in elems.iter().enumerate().rev() {
            self.push_part(job, e, Step::Elem(i), job.methods);
            if i > 0 {
                self.work.push(Work::Literal(if go { b", " } else { b" " }));
            }
        }
    }

    /// A compact byte slice or array.
    fn bytes(&mut self, job: &Job<'a>, data: &[u8], nil: bool, byte_slice_name: bool) {
        let (verb, spec) = (job.verb, &job.spec);
        if matches!(verb, 's' | 'q' | 'x' | 'X') {
            render::text(&mut self.out, data, verb, spec);
            return;
        }
        let go = spec.sharp_v;
        let out = &mut self.out;
        if go {
            out.extend_from_slice(if byte_slice_name {
                b"[]byte"
            } else {
                job.node.ty.as_bytes()
            });
            if nil {
                out.extend_from_slice(b"(nil)");
                return;
            }
            out.push(b'{');
        } else {
            out.push(b'[');
        }
        for (i, &b) in data.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(if go { b", " } else { b" " });
            }
            if !render::unsigned(out, u64::from(b), verb, spec) {
                // The element's own bad-verb report.
                out.extend_from_slice(b"%!");
                let mut buf = [0u8; 4];
                out.extend_from_slice(verb.encode_utf8(&mut buf).as_bytes());
                out.extend_from_slice(b"(uint8=");
                render::unsigned(out, u64::from(b), 'v', spec);
                out.push(b')');
            }
        }
        out.push(if go { b'}' } else { b']' });
    }

    fn map(&mut self, job: &Job<'a>, entries: &'a [(FmtValue, FmtValue)], nil: bool) {
        let go = job.spec.sharp_v;
        if go {
            if !self.open_go_syntax(job, nil, false) {
                return;
            }
        } else {
            self.out.extend_from_slice(b"map[");
        }
        self.work.push(Work::Literal(if go { b"}" } else { b"]" }));
        let order = sorted_entries(entries);
        for (k, &i) in order.iter().enumerate().rev() {
            let (key, value) = &entries[i];
            self.push_part(job, value, Step::MapValue(i), job.methods);
            self.work.push(Work::Literal(b":"));
            self.push_part(job, key, Step::MapKey(i), job.methods);
            if k > 0 {
                self.work.push(Work::Literal(if go { b", " } else { b" " }));
            }
        }
    }
}

/// A `*` amount: the next argument if it is an integer within the limit
/// (the argument is used up even when it is not).
fn int_arg(args: &[FmtValue], next: &mut usize) -> Option<i64> {
    let arg = args.get(*next)?;
    *next += 1;
    let n = match dynamic(arg)?.kind {
        Kind::Int(i) => i,
        Kind::Uint(u) => i64::try_from(u).ok()?,
        _ => return None,
    };
    (n.unsigned_abs() <= LIMIT).then_some(n)
}
