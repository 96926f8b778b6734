//! Parser unit tests: every construct's AST shape (as an S-expression),
//! node ids and spans, and Go's syntax error messages and positions.

use super::ast::*;
use super::parse_file;
use crate::diag::SourceFile;
use std::collections::HashSet;
use std::fmt::Write;

// ───────────────────────────── S-expressions ─────────────────────────────

fn sx(e: &Expr) -> String {
    let mut s = String::new();
    ex(&mut s, e);
    s
}

fn opt(s: &mut String, e: &Option<Box<Expr>>) {
    match e {
        Some(e) => ex(s, e),
        None => s.push('_'),
    }
}

fn fields(s: &mut String, fs: &[Field]) {
    s.push('(');
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        if !names.is_empty() {
            s.push_str(&names.join(","));
            s.push(':');
        }
        if f.variadic {
            s.push_str("...");
        }
        ex(s, &f.typ);
        if let Some(t) = &f.tag {
            let _ = write!(s, "`{}`", String::from_utf8_lossy(t));
        }
    }
    s.push(')');
}

fn sig(s: &mut String, f: &FuncType) {
    fields(s, &f.params);
    s.push(' ');
    fields(s, &f.results);
}

fn ex(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(i) => s.push_str(&i.name),
        ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => s.push_str(t),
        ExprKind::RuneLit(c) => {
            let _ = write!(s, "'{}'", char::from_u32(*c).unwrap_or('?'));
        }
        ExprKind::StringLit(b) => {
            let _ = write!(s, "{:?}", String::from_utf8_lossy(b));
        }
        ExprKind::CompositeLit { typ, elems, .. } => {
            s.push_str("(lit ");
            opt(s, typ);
            for el in elems {
                s.push(' ');
                match &el.key {
                    Some(k) => {
                        s.push_str("(kv ");
                        ex(s, k);
                        s.push(' ');
                        ex(s, &el.value);
                        s.push(')');
                    }
                    None => ex(s, &el.value),
                }
            }
            s.push(')');
        }
        ExprKind::FuncLit { sig: f, body } => {
            s.push_str("(funclit ");
            sig(s, f);
            let _ = write!(s, " {})", body.stmts.len());
        }
        ExprKind::Paren(x) => {
            s.push_str("(paren ");
            ex(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, n) => {
            s.push_str("(. ");
            ex(s, x);
            let _ = write!(s, " {})", n.name);
        }
        ExprKind::Index { x, indices, .. } => {
            s.push_str("(index ");
            ex(s, x);
            for i in indices {
                s.push(' ');
                ex(s, i);
            }
            s.push(')');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
            ..
        } => {
            s.push_str(if *three { "(slice3 " } else { "(slice " });
            ex(s, x);
            for b in [lo, hi] {
                s.push(' ');
                opt(s, b);
            }
            if *three {
                s.push(' ');
                opt(s, max);
            }
            s.push(')');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            s.push_str("(assert ");
            ex(s, x);
            s.push(' ');
            match typ {
                Some(t) => ex(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            s.push_str("(call ");
            ex(s, func);
            for a in args {
                s.push(' ');
                ex(s, a);
            }
            if ellipsis.is_some() {
                s.push_str(" ...");
            }
            s.push(')');
        }
        ExprKind::Unary { op, x, .. } => {
            let _ = write!(s, "(u{} ", op.as_str());
            ex(s, x);
            s.push(')');
        }
        ExprKind::Binary { op, x, y, .. } => {
            let _ = write!(s, "({} ", op.as_str());
            ex(s, x);
            s.push(' ');
            ex(s, y);
            s.push(')');
        }
        ExprKind::ArrayType { len, elem } => {
            s.push_str("(array ");
            opt(s, len);
            s.push(' ');
            ex(s, elem);
            s.push(')');
        }
        ExprKind::SliceType(elem) => {
            s.push_str("([] ");
            ex(s, elem);
            s.push(')');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("(map ");
            ex(s, key);
            s.push(' ');
            ex(s, value);
            s.push(')');
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "(chan ",
                ChanDir::Send => "(chan<- ",
                ChanDir::Recv => "(<-chan ",
            });
            ex(s, elem);
            s.push(')');
        }
        ExprKind::FuncType(f) => {
            s.push_str("(func ");
            sig(s, f);
            s.push(')');
        }
        ExprKind::StructType(st) => {
            s.push_str("(struct ");
            fields(s, &st.fields);
            s.push(')');
        }
        ExprKind::InterfaceType(it) => {
            s.push_str("(interface");
            for el in &it.elems {
                s.push(' ');
                match el {
                    InterfaceElem::Method { name, sig: f } => {
                        let _ = write!(s, "{}", name.name);
                        sig(s, f);
                    }
                    InterfaceElem::Embed(t) => ex(s, t),
                }
            }
            s.push(')');
        }
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::Bad => s.push_str("BAD"),
    }
}

fn list(v: &[Expr]) -> String {
    v.iter().map(sx).collect::<Vec<_>>().join(" ")
}

fn st(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Decl(d) => format!("(decl {})", decl(d)),
        StmtKind::Labeled { label, stmt } => format!("(label {} {})", label.name, st(stmt)),
        StmtKind::Expr(e) => sx(e),
        StmtKind::Send { ch, value, .. } => format!("(send {} {})", sx(ch), sx(value)),
        StmtKind::IncDec { x, inc, .. } => {
            format!("({} {})", if *inc { "++" } else { "--" }, sx(x))
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("({op} ({}) ({}))", list(lhs), list(rhs))
        }
        StmtKind::Go(e) => format!("(go {})", sx(e)),
        StmtKind::Defer(e) => format!("(defer {})", sx(e)),
        StmtKind::Return(v) => format!("(return {})", list(v)).replace(" )", ")"),
        StmtKind::Break(l) => format!(
            "(break{})",
            l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
        ),
        StmtKind::Continue(l) => format!(
            "(continue{})",
            l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
        ),
        StmtKind::Goto(l) => format!("(goto {})", l.name),
        StmtKind::Fallthrough => "fallthrough".to_string(),
        StmtKind::Block(b) => block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => format!(
            "(if {} {} {} {})",
            init.as_ref().map_or("_".to_string(), |s| st(s)),
            sx(cond),
            block(then),
            els.as_ref().map_or("_".to_string(), |s| st(s))
        ),
        StmtKind::Switch {
            init, tag, cases, ..
        } => format!(
            "(switch {} {} {})",
            init.as_ref().map_or("_".to_string(), |s| st(s)),
            tag.as_ref().map_or("_".to_string(), sx),
            cases.iter().map(case).collect::<Vec<_>>().join(" ")
        ),
        StmtKind::TypeSwitch {
            init,
            binding,
            x,
            cases,
            ..
        } => format!(
            "(typeswitch {} {} {} {})",
            init.as_ref().map_or("_".to_string(), |s| st(s)),
            binding.as_ref().map_or("_", |b| b.name.as_str()),
            sx(x),
            cases.iter().map(case).collect::<Vec<_>>().join(" ")
        ),
        StmtKind::Select { cases, .. } => format!(
            "(select {})",
            cases
                .iter()
                .map(|c| format!(
                    "(comm {} {})",
                    c.comm.as_ref().map_or("default".to_string(), |s| st(s)),
                    c.body.iter().map(st).collect::<Vec<_>>().join(" ")
                ))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => format!(
            "(for {} {} {} {})",
            init.as_ref().map_or("_".to_string(), |s| st(s)),
            cond.as_ref().map_or("_".to_string(), sx),
            post.as_ref().map_or("_".to_string(), |s| st(s)),
            block(body)
        ),
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
            ..
        } => format!(
            "(range {} {} {} {} {})",
            key.as_ref().map_or("_".to_string(), sx),
            value.as_ref().map_or("_".to_string(), sx),
            if *define { ":=" } else { "=" },
            sx(x),
            block(body)
        ),
        StmtKind::Empty => "empty".to_string(),
    }
}

fn case(c: &CaseClause) -> String {
    format!(
        "(case {} {})",
        if c.default {
            "default".to_string()
        } else {
            format!("({})", list(&c.exprs))
        },
        c.body.iter().map(st).collect::<Vec<_>>().join(" ")
    )
    .replace(" )", ")")
}

fn block(b: &Block) -> String {
    format!(
        "{{{}}}",
        b.stmts.iter().map(st).collect::<Vec<_>>().join("; ")
    )
}

fn decl(d: &Decl) -> String {
    match d {
        Decl::Const(g) | Decl::Var(g) => {
            let kw = if matches!(d, Decl::Const(_)) {
                "const"
            } else {
                "var"
            };
            let specs: Vec<String> = g
                .specs
                .iter()
                .map(|v| {
                    format!(
                        "({} {} ({}) iota={})",
                        v.names
                            .iter()
                            .map(|n| n.name.as_str())
                            .collect::<Vec<_>>()
                            .join(","),
                        v.typ.as_ref().map_or("_".to_string(), sx),
                        list(&v.values),
                        v.iota
                    )
                })
                .collect();
            format!(
                "({kw}{} {})",
                if g.grouped { "-group" } else { "" },
                specs.join(" ")
            )
        }
        Decl::Type(g) => {
            let specs: Vec<String> = g
                .specs
                .iter()
                .map(|t| {
                    let mut tp = String::new();
                    if !t.tparams.is_empty() {
                        fields(&mut tp, &t.tparams);
                        tp.push(' ');
                    }
                    format!(
                        "({}{} {tp}{})",
                        t.name.name,
                        if t.alias { " =" } else { "" },
                        sx(&t.typ)
                    )
                })
                .collect();
            format!("(type {})", specs.join(" "))
        }
        Decl::Func(f) => {
            let mut s = String::from("(func ");
            if let Some(r) = &f.recv {
                fields(&mut s, std::slice::from_ref(r));
                s.push(' ');
            }
            s.push_str(&f.name.name);
            if !f.tparams.is_empty() {
                s.push(' ');
                fields(&mut s, &f.tparams);
            }
            s.push(' ');
            sig(&mut s, &f.sig);
            s.push(' ');
            s.push_str(&f.body.as_ref().map_or("nobody".to_string(), block));
            s.push(')');
            s
        }
    }
}

// ───────────────────────────── helpers ─────────────────────────────

fn parse_ok(src: &str) -> File {
    let (f, d) = parse_file(0, src);
    assert!(
        d.is_empty(),
        "unexpected errors in {src:?}: {:?}",
        d.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    f.expect("a file")
}

/// The declarations of `src` (a file body without the package clause).
fn decls(body: &str) -> Vec<String> {
    let f = parse_ok(&format!("package p\n{body}\n"));
    f.decls.iter().map(decl).collect()
}

/// The statements of a function body.
fn stmts(body: &str) -> Vec<String> {
    let f = parse_ok(&format!("package p\nfunc f() {{\n{body}\n}}\n"));
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    fd.body.as_ref().unwrap().stmts.iter().map(st).collect()
}

/// The expression `e` as an S-expression.
fn expr(e: &str) -> String {
    let s = stmts(&format!("_ = {e}"));
    let inner = s[0]
        .strip_prefix("(= (_) (")
        .unwrap()
        .strip_suffix("))")
        .unwrap();
    inner.to_string()
}

/// Go's `LINE:COL: message` of every error in `src`.
fn errors(src: &str) -> Vec<String> {
    let (_, d) = parse_file(0, src);
    let sf = SourceFile::new("x.go", src.to_string());
    d.iter()
        .map(|d| {
            let (l, c) = sf.line_col(d.span.lo);
            format!("{l}:{c}: {}", d.message)
        })
        .collect()
}

fn first_error(src: &str) -> String {
    errors(src)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no error in {src:?}"))
}

/// First error of a function body `body` (line 3 is its first line).
fn body_error(body: &str) -> String {
    first_error(&format!("package p\n\nfunc f() {{\n{body}\n}}\n"))
}

// ───────────────────────────── files and declarations ─────────────────────

#[test]
fn package_and_imports() {
    let f = parse_ok("package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n\t\"math/rand\"\n)\n");
    assert_eq!(f.package.name, "main");
    let got: Vec<(Option<&str>, &str)> = f
        .imports
        .iter()
        .map(|i| (i.alias.as_ref().map(|a| a.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("."), "strings"),
            (Some("_"), "os"),
            (None, "math/rand")
        ]
    );
    assert_eq!(
        &"package main\n\nimport \"fmt\""
            [f.imports[0].path_span.lo as usize..f.imports[0].path_span.hi as usize],
        "\"fmt\""
    );
}

#[test]
fn const_var_type_declarations() {
    assert_eq!(
        decls("const (\n\tA = iota\n\tB\n\tC, D int = 5, 6\n)\nconst E = 1"),
        [
            "(const-group (A _ (iota) iota=0) (B _ () iota=1) (C,D int (5 6) iota=2))",
            "(const (E _ (1) iota=0))"
        ]
    );
    assert_eq!(
        decls("var x int\nvar y, z = 1, \"s\"\nvar (\n\tw float64 = 2.5\n)"),
        [
            "(var (x int () iota=0))",
            "(var (y,z _ (1 \"s\") iota=0))",
            "(var-group (w float64 (2.5) iota=0))"
        ]
    );
    assert_eq!(
        decls("type T int\ntype A = T\ntype (\n\tP *T\n\tQ []T\n)"),
        [
            "(type (T int))",
            "(type (A = T))",
            "(type (P (u* T)) (Q ([] T)))"
        ]
    );
}

#[test]
fn generic_types_and_the_array_ambiguity() {
    assert_eq!(
        decls("type List[T any] struct{ head *List[T] }"),
        ["(type (List (T:any) (struct (head:(u* (index List T))))))"]
    );
    assert_eq!(decls("type A [N]int"), ["(type (A (array N int)))"]);
    assert_eq!(decls("type A [4]int"), ["(type (A (array 4 int)))"]);
    assert_eq!(decls("type A [N*2]int"), ["(type (A (array (* N 2) int)))"]);
    assert_eq!(
        decls("type M[K comparable, V any] map[K]V"),
        ["(type (M (K:comparable V:any) (map K V)))"]
    );
    assert_eq!(
        decls("type P[T, U any] struct{}"),
        ["(type (P (T,U:any) (struct ())))"]
    );
    assert_eq!(
        decls("type N[T ~int | ~float64] []T"),
        ["(type (N (T:(| (u~ int) (u~ float64))) ([] T)))"]
    );
    assert_eq!(
        decls("type S[E any, T ~[]E] struct{}"),
        ["(type (S (E:any T:(u~ ([] E))) (struct ())))"]
    );
    assert_eq!(
        decls("type G[T any] = []T"),
        ["(type (G = (T:any) ([] T)))"]
    );
    assert_eq!(
        decls("type (\n\tA [N]int\n\tB[T any] []T\n)"),
        ["(type (A (array N int)) (B (T:any) ([] T)))"]
    );
}

#[test]
fn functions_and_methods() {
    assert_eq!(decls("func f() {}"), ["(func f () () {})"]);
    assert_eq!(
        decls("func f(a, b int, c string) (int, error) {}"),
        ["(func f (a,b:int c:string) (int error) {})"]
    );
    assert_eq!(
        decls("func f(int, string) {}"),
        ["(func f (int string) () {})"]
    );
    assert_eq!(decls("func f(a, b, c) {}"), ["(func f (a b c) () {})"]);
    assert_eq!(decls("func f(x ...int) {}"), ["(func f (x:...int) () {})"]);
    assert_eq!(
        decls("func f(string, ...any) {}"),
        ["(func f (string ...any) () {})"]
    );
    assert_eq!(
        decls("func f() (n int, err error) {}"),
        ["(func f () (n:int err:error) {})"]
    );
    assert_eq!(decls("func f() []int {}"), ["(func f () (([] int)) {})"]);
    assert_eq!(
        decls("func f(a []int, b [4]int, m map[string]int) {}"),
        ["(func f (a:([] int) b:(array 4 int) m:(map string int)) () {})"]
    );
    assert_eq!(
        decls("func f(l List[T], p pkg.T, q pkg.G[int]) {}"),
        ["(func f (l:(index List T) p:(. pkg T) q:(index (. pkg G) int)) () {})"]
    );
    assert_eq!(
        decls("func f(List[T]) {}"),
        ["(func f ((index List T)) () {})"]
    );
    assert_eq!(
        decls("func (s *S) M(x int) bool {}"),
        ["(func (s:(u* S)) M (x:int) (bool) {})"]
    );
    assert_eq!(decls("func (S) M() {}"), ["(func (S) M () () {})"]);
    assert_eq!(
        decls("func (l *List[T]) Push(v T) {}"),
        ["(func (l:(u* (index List T))) Push (v:T) () {})"]
    );
    assert_eq!(
        decls("func Map[T, U any](xs []T, f func(T) U) []U {}"),
        ["(func Map (T,U:any) (xs:([] T) f:(func (T) (U))) (([] U)) {})"]
    );
    assert_eq!(
        decls("func Sum[N int | float64](xs ...N) N {}"),
        ["(func Sum (N:(| int float64)) (xs:...N) (N) {})"]
    );
    // A body-less declaration.
    assert_eq!(decls("func now() int64"), ["(func now () (int64) nobody)"]);
    assert_eq!(
        decls("func f(ch <-chan int, out chan<- string) {}"),
        ["(func f (ch:(<-chan int) out:(chan<- string)) () {})"]
    );
}

// ───────────────────────────── statements ─────────────────────────────

#[test]
fn simple_statements() {
    assert_eq!(
        stmts("x := 1\nx = 2\nx += 3\nx <<= 1\nx++\ny--\nch <- v\na, b = b, a\nf()\n;\n{\n}"),
        [
            "(:= (x) (1))",
            "(= (x) (2))",
            "(+= (x) (3))",
            "(<<= (x) (1))",
            "(++ x)",
            "(-- y)",
            "(send ch v)",
            "(= (a b) (b a))",
            "(call f)",
            "{}"
        ]
    );
    assert_eq!(
        stmts("var x int\nconst c = 1\ntype T int"),
        [
            "(decl (var (x int () iota=0)))",
            "(decl (const (c _ (1) iota=0)))",
            "(decl (type (T int)))"
        ]
    );
}

#[test]
fn control_statements() {
    assert_eq!(
        stmts("go f(x)\ndefer g()\nreturn\nreturn 1, 2\nfallthrough"),
        [
            "(go (call f x))",
            "(defer (call g))",
            "(return)",
            "(return 1 2)",
            "fallthrough"
        ]
    );
    assert_eq!(
        stmts("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t\tgoto L\n\t\tbreak\n\t\tcontinue\n\t}\nM:\n"),
        ["(label L (for _ _ _ {(break L); (continue L); (goto L); (break); (continue)}))", "(label M empty)"]
    );
}

#[test]
fn if_statements() {
    assert_eq!(stmts("if x {}"), ["(if _ x {} _)"]);
    assert_eq!(
        stmts("if x := f(); x > 0 {} else {}"),
        ["(if (:= (x) ((call f))) (> x 0) {} {})"]
    );
    assert_eq!(
        stmts("if a {} else if b {} else {}"),
        ["(if _ a {} (if _ b {} {}))"]
    );
}

#[test]
fn for_statements() {
    assert_eq!(
        stmts("for {}\nfor x < 3 {}\nfor i := 0; i < 3; i++ {}\nfor ; ; {}\nfor i := 0; ; {}"),
        [
            "(for _ _ _ {})",
            "(for _ (< x 3) _ {})",
            "(for (:= (i) (0)) (< i 3) (++ i) {})",
            "(for _ _ _ {})",
            "(for (:= (i) (0)) _ _ {})"
        ]
    );
    assert_eq!(
        stmts("for range x {}\nfor i := range 10 {}\nfor k, v := range m {}\nfor k = range s {}\nfor _, r := range \"héllo\" {}\nfor x := range ch {}\nfor x := range seq {}"),
        [
            "(range _ _ = x {})",
            "(range i _ := 10 {})",
            "(range k v := m {})",
            "(range k _ = s {})",
            "(range _ r := \"héllo\" {})",
            "(range x _ := ch {})",
            "(range x _ := seq {})"
        ]
    );
}

#[test]
fn switch_statements() {
    assert_eq!(
        stmts("switch {\ncase a > 1, b:\n\tx()\n\tfallthrough\ndefault:\n}"),
        ["(switch _ _ (case ((> a 1) b) (call x) fallthrough) (case default))"]
    );
    assert_eq!(
        stmts("switch x := f(); x {\ncase 1:\n}"),
        ["(switch (:= (x) ((call f))) x (case (1)))"]
    );
    assert_eq!(
        stmts("switch v := x.(type) {\ncase int, []string:\ncase nil:\ncase func() int:\n}"),
        ["(typeswitch _ v x (case (int ([] string))) (case (nil)) (case ((func () (int)))))"]
    );
    assert_eq!(
        stmts("switch y := g(); x.(type) {\n}"),
        ["(typeswitch (:= (y) ((call g))) _ x )"]
    );
}

#[test]
fn select_statements() {
    assert_eq!(
        stmts("select {\ncase ch <- 1:\ncase v := <-ch:\n\tuse(v)\ncase v, ok = <-ch:\ncase <-done:\ndefault:\n}"),
        ["(select (comm (send ch 1) ) (comm (:= (v) ((u<- ch))) (call use v)) (comm (= (v ok) ((u<- ch))) ) (comm (u<- done) ) (comm default ))"]
    );
}

// ───────────────────────────── expressions ─────────────────────────────

#[test]
fn precedence_and_unary_operators() {
    assert_eq!(expr("a + b*c"), "(+ a (* b c))");
    assert_eq!(expr("a*b + c"), "(+ (* a b) c)");
    assert_eq!(expr("a - b - c"), "(- (- a b) c)");
    assert_eq!(expr("a || b && c == d"), "(|| a (&& b (== c d)))");
    assert_eq!(
        expr("a == b || c < d && e != f"),
        "(|| (== a b) (&& (< c d) (!= e f)))"
    );
    assert_eq!(
        expr("a | b ^ c & d &^ e << 1 >> 2 % 3 / 4"),
        "(^ (| a b) (/ (% (>> (<< (&^ (& c d) e) 1) 2) 3) 4))"
    );
    assert_eq!(expr("-a * !b"), "(* (u- a) (u! b))");
    assert_eq!(expr("^x + *p"), "(+ (u^ x) (u* p))");
    assert_eq!(expr("&x"), "(u& x)");
    assert_eq!(expr("<-ch"), "(u<- ch)");
    assert_eq!(expr("<-<-ch"), "(u<- (u<- ch))");
    assert_eq!(expr("+x"), "(u+ x)");
    assert_eq!(expr("(a + b) * c"), "(* (paren (+ a b)) c)");
}

#[test]
fn primary_expressions() {
    assert_eq!(expr("a.b.c"), "(. (. a b) c)");
    assert_eq!(expr("f(a, b)(c)"), "(call (call f a b) c)");
    assert_eq!(expr("f(xs...)"), "(call f xs ...)");
    assert_eq!(expr("f(a, xs...,)"), "(call f a xs ...)");
    assert_eq!(expr("a[i]"), "(index a i)");
    assert_eq!(expr("a[i:j]"), "(slice a i j)");
    assert_eq!(expr("a[:]"), "(slice a _ _)");
    assert_eq!(expr("a[1:]"), "(slice a 1 _)");
    assert_eq!(expr("a[i:j:k]"), "(slice3 a i j k)");
    assert_eq!(expr("a[:j:k]"), "(slice3 a _ j k)");
    assert_eq!(expr("x.(T)"), "(assert x T)");
    assert_eq!(expr("x.(*T)"), "(assert x (u* T))");
    assert_eq!(
        expr("x.(interface{ M() })"),
        "(assert x (interface M() ()))"
    );
    assert_eq!(expr("f[int]"), "(index f int)");
    assert_eq!(expr("f[int, string](x)"), "(call (index f int string) x)");
    assert_eq!(expr("m[k].f"), "(. (index m k) f)");
}

#[test]
fn literals() {
    assert_eq!(expr("42"), "42");
    assert_eq!(expr("0x_FF"), "0x_FF");
    assert_eq!(expr("1.5e3"), "1.5e3");
    assert_eq!(expr("2i"), "2i");
    assert_eq!(expr("'x'"), "'x'");
    assert_eq!(expr("\"a\\tb\""), "\"a\\tb\"");
    assert_eq!(expr("`raw\\n`"), "\"raw\\\\n\"");
}

#[test]
fn composite_literals() {
    assert_eq!(expr("T{}"), "(lit T)");
    assert_eq!(expr("T{1, 2}"), "(lit T 1 2)");
    assert_eq!(expr("Point{X: 1, Y: 2}"), "(lit Point (kv X 1) (kv Y 2))");
    assert_eq!(expr("pkg.T{a}"), "(lit (. pkg T) a)");
    assert_eq!(expr("[]int{1, 2, 3,}"), "(lit ([] int) 1 2 3)");
    assert_eq!(expr("[...]string{\"a\"}"), "(lit (array ... string) \"a\")");
    assert_eq!(
        expr("[2][2]int{{1, 2}, {3, 4}}"),
        "(lit (array 2 (array 2 int)) (lit _ 1 2) (lit _ 3 4))"
    );
    assert_eq!(
        expr("map[string]int{\"a\": 1}"),
        "(lit (map string int) (kv \"a\" 1))"
    );
    assert_eq!(
        expr("map[P]string{{1, 2}: \"x\"}"),
        "(lit (map P string) (kv (lit _ 1 2) \"x\"))"
    );
    assert_eq!(expr("[]*P{{1, 2}}"), "(lit ([] (u* P)) (lit _ 1 2))");
    assert_eq!(expr("struct{ a int }{1}"), "(lit (struct (a:int)) 1)");
    assert_eq!(
        expr("Pair[string, int]{\"a\", 1}"),
        "(lit (index Pair string int) \"a\" 1)"
    );
    assert_eq!(expr("&T{}"), "(u& (lit T))");
}

#[test]
fn function_literals_and_conversions() {
    assert_eq!(
        expr("func(x int) int { return x }"),
        "(funclit (x:int) (int) 1)"
    );
    assert_eq!(expr("func() {}()"), "(call (funclit () () 0))");
    assert_eq!(expr("[]byte(s)"), "(call ([] byte) s)");
    assert_eq!(expr("[][]rune(s)"), "(call ([] ([] rune)) s)");
    assert_eq!(expr("(*T)(p)"), "(call (paren (u* T)) p)");
    assert_eq!(expr("(<-chan int)(c)"), "(call (paren (<-chan int)) c)");
    assert_eq!(expr("(func())(f)"), "(call (paren (func () ())) f)");
    assert_eq!(expr("interface{}(x)"), "(call (interface) x)");
    assert_eq!(expr("map[string]int(m)"), "(call (map string int) m)");
    assert_eq!(expr("float64(x)"), "(call float64 x)");
    assert_eq!(expr("make([]int, 0, 10)"), "(call make ([] int) 0 10)");
    assert_eq!(
        expr("make(chan struct{}, 1)"),
        "(call make (chan (struct ())) 1)"
    );
    assert_eq!(expr("new(*[]int)"), "(call new (u* ([] int)))");
}

// ───────────────────────────── types ─────────────────────────────

fn typ(t: &str) -> String {
    let d = decls(&format!("var x {t}"));
    let inner = d[0]
        .strip_prefix("(var (x ")
        .unwrap()
        .strip_suffix(" () iota=0))")
        .unwrap();
    inner.to_string()
}

#[test]
fn types() {
    assert_eq!(typ("*int"), "(u* int)");
    assert_eq!(typ("[]string"), "([] string)");
    assert_eq!(typ("[3]int"), "(array 3 int)");
    assert_eq!(typ("map[string][]int"), "(map string ([] int))");
    assert_eq!(typ("chan int"), "(chan int)");
    assert_eq!(typ("<-chan int"), "(<-chan int)");
    assert_eq!(typ("chan<- int"), "(chan<- int)");
    assert_eq!(typ("chan<- chan int"), "(chan<- (chan int))");
    assert_eq!(typ("chan (<-chan int)"), "(chan (paren (<-chan int)))");
    assert_eq!(typ("<-chan <-chan int"), "(<-chan (<-chan int))");
    assert_eq!(typ("chan <-chan int"), "(chan<- (chan int))");
    assert_eq!(
        typ("func(int) (string, error)"),
        "(func (int) (string error))"
    );
    assert_eq!(typ("func(a, b int) bool"), "(func (a,b:int) (bool))");
    assert_eq!(typ("pkg.T"), "(. pkg T)");
    assert_eq!(typ("G[int, string]"), "(index G int string)");
    assert_eq!(typ("(int)"), "(paren int)");
    assert_eq!(
        typ("struct {\n\tT\n\t*U\n\tpkg.V\n\tW[int]\n\ta, b int `json:\"a\"`\n\tc []int\n\td [2]int\n}"),
        "(struct (T (u* U) (. pkg V) (index W int) a,b:int`json:\"a\"` c:([] int) d:(array 2 int)))"
    );
    assert_eq!(
        typ("interface {\n\tM(int) string\n\tfmt.Stringer\n\t~int | ~string\n\tN()\n}"),
        "(interface M(int) (string) (. fmt Stringer) (| (u~ int) (u~ string)) N() ())"
    );
}

// ───────────────────────────── ambiguities ─────────────────────────────

#[test]
fn composite_literals_in_statement_headers() {
    // A block, not a composite literal.
    assert_eq!(stmts("if x == y {}"), ["(if _ (== x y) {} _)"]);
    assert_eq!(stmts("for x := range T {}"), ["(range x _ := T {})"]);
    assert_eq!(stmts("switch x {}"), ["(switch _ x )"]);
    // Parenthesised, or inside a call, composite literals are fine.
    assert_eq!(
        stmts("if x == (T{}) {}"),
        ["(if _ (== x (paren (lit T))) {} _)"]
    );
    assert_eq!(stmts("if f(T{}) {}"), ["(if _ (call f (lit T)) {} _)"]);
    // Type literals may take a composite literal even in headers.
    assert_eq!(
        stmts("for _, v := range []int{1, 2} {}"),
        ["(range _ v := (lit ([] int) 1 2) {})"]
    );
    assert_eq!(
        stmts("if v, ok := m[struct{}{}]; ok {}"),
        ["(if (:= (v ok) ((index m (lit (struct ()))))) ok {} _)"]
    );
    // The unparenthesised form is an error, as in Go.
    assert_eq!(
        body_error("\tif x == T{} {\n\t}"),
        "4:14: syntax error: unexpected { at end of statement"
    );
}

#[test]
fn node_ids_are_unique_and_spans_cover_source() {
    let src = "package p\nfunc f(a int) int {\n\tx := a*2 + g(a, []int{1})\n\treturn x\n}\n";
    let f = parse_ok(src);
    let mut ids = HashSet::new();
    fn walk_e(e: &Expr, ids: &mut HashSet<NodeId>, src: &str) {
        assert!(ids.insert(e.id), "duplicate id {}", e.id);
        assert!(e.span.lo <= e.span.hi && (e.span.hi as usize) <= src.len());
        match &e.kind {
            ExprKind::Binary { x, y, .. } => {
                walk_e(x, ids, src);
                walk_e(y, ids, src);
            }
            ExprKind::Call { func, args, .. } => {
                walk_e(func, ids, src);
                args.iter().for_each(|a| walk_e(a, ids, src));
            }
            ExprKind::CompositeLit { typ, elems, .. } => {
                typ.iter().for_each(|t| walk_e(t, ids, src));
                elems.iter().for_each(|el| walk_e(&el.value, ids, src));
            }
            ExprKind::SliceType(t) => walk_e(t, ids, src),
            _ => {}
        }
    }
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    for s in &fd.body.as_ref().unwrap().stmts {
        match &s.kind {
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter().chain(rhs).for_each(|e| walk_e(e, &mut ids, src));
                let text = &src[rhs[0].span.lo as usize..rhs[0].span.hi as usize];
                assert_eq!(text, "a*2 + g(a, []int{1})");
                assert_eq!(
                    &src[s.span.lo as usize..s.span.hi as usize],
                    "x := a*2 + g(a, []int{1})"
                );
            }
            StmtKind::Return(v) => v.iter().for_each(|e| walk_e(e, &mut ids, src)),
            _ => panic!("unexpected statement"),
        }
    }
    assert!(ids.len() >= 10);
    assert_eq!(
        &src[fd.span.lo as usize..fd.span.hi as usize],
        &src[10..src.len() - 1]
    );
}

// ───────────────────────────── errors ─────────────────────────────

#[test]
fn go_syntax_error_messages() {
    let cases: &[(&str, &str)] = &[
        ("\tx := a b", "4:9: syntax error: unexpected name b at end of statement"),
        ("\tfmt.Println(\"a\" \"b\")", "4:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"),
        ("\tf(a,\n\t\tb\n\t)", "5:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
        ("\tx := []int{\n\t\t1\n\t}", "5:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
        ("\tx := 1 +\n", "6:1: syntax error: unexpected }, expected expression"),
        ("\tif x {\n\t}\n\telse {\n\t}", "6:2: syntax error: unexpected keyword else, expected }"),
        ("\tif x {\n\t} else\n\tfoo()", "6:2: syntax error: else must be followed by if or statement block"),
        ("\tif {\n\t}", "4:5: syntax error: missing condition in if statement"),
        ("\tif x\n\t{\n\t}", "4:6: syntax error: unexpected newline, expected { after if clause"),
        ("\tif x := f() {\n\t}", "4:7: syntax error: cannot use x := f() as value"),
        ("\tif x = 5 {\n\t}", "4:7: syntax error: cannot use assignment x = 5 as value"),
        ("\tfor i := 0; i < 3; i++; {\n\t}", "4:24: syntax error: unexpected semicolon, expected { after for clause"),
        ("\tfor var i = 0; i < 3; i++ {\n\t}", "4:10: syntax error: var declaration not allowed in for initializer"),
        ("\tfor i := 0; i < 3; j := 1 {\n\t}", "4:23: syntax error: cannot declare in post statement of for loop"),
        ("\tgoto 10", "4:7: syntax error: unexpected literal 10, expected name"),
        ("\tbreak 2", "4:8: syntax error: unexpected literal 2 at end of statement"),
        ("\tx := go f()", "4:7: syntax error: unexpected keyword go, expected expression"),
        ("\tfunc g() {}", "4:7: syntax error: unexpected name g, expected ("),
        ("\tx.y := 1", "4:2: non-name x.y on left side of :="),
        ("\tselect {\n\tcase f():\n\t}", "5:8: select case must be send or receive (possibly with assignment)"),
        ("\t_ = x[1:2:]", "4:12: final index required in 3-index slice"),
        ("\t_ = x.(type)", "4:6: invalid syntax tree: use of .(type) outside type switch"),
        ("\tch := make(chan int)\n\tok := ch <- 1", "5:11: syntax error: unexpected <- at end of statement"),
        ("\tx := 1 # 2", "4:9: invalid character U+0023 '#'"),
    ];
    for (body, want) in cases {
        assert_eq!(&body_error(body), want, "in body {body:?}");
    }
}

#[test]
fn top_level_error_messages() {
    let cases: &[(&str, &str)] = &[
        ("package main\nx := 1\n", "2:1: syntax error: non-declaration statement outside function body"),
        ("package main\nfunc f()\n{\n}\n", "3:1: syntax error: unexpected semicolon or newline before {"),
        ("package main\nfunc f(n int = 4) {}\n", "2:14: syntax error: unexpected = in parameter list; possibly missing comma or )"),
        ("package main\ntype T struct {\n\ta int, b int\n}\n", "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
        ("package main\ntype T {\n}\n", "2:8: syntax error: unexpected { in type declaration"),
        ("package main\nvar x\n", "2:6: syntax error: unexpected newline, expected type"),
        ("package main\nfunc F[T](x T) {}\n", "2:9: syntax error: missing type constraint"),
        ("package main\nfunc f() {\n", "3:1: syntax error: unexpected EOF, expected }"),
        ("package main\nfunc f() {}\nimport \"fmt\"\n", "3:1: syntax error: imports must appear before other declarations"),
        ("import \"fmt\"\n", "1:1: expected 'package', found 'import'"),
        ("// c\npackage\nfunc main() {}\n", "3:1: expected 'IDENT', found 'func'"),
        ("package main\nimport fmt\n", "2:11: missing import path"),
        ("package main\nimport \"fmt\n", "2:8: string literal not terminated"),
        ("package main\nvar s = \"abc\n", "2:13: newline in string"),
        ("package main\n/* open\n", "2:1: comment not terminated"),
        ("package main\nvar r = 'ab'\n", "2:9: more than one character in rune literal"),
        ("package main\nvar r = 0x\n", "2:11: hexadecimal literal has no digits"),
    ];
    for (src, want) in cases {
        assert_eq!(&first_error(src), want, "in {src:?}");
    }
}

#[test]
fn recovery_reports_several_errors() {
    let src = "package main\n\nfunc f() {\n\tx := a b\n\ty := 1\n\tz := c d\n}\n\nfunc g() {\n\tfoo(\n}\n";
    let errs = errors(src);
    assert_eq!(
        errs[0],
        "4:9: syntax error: unexpected name b at end of statement"
    );
    assert_eq!(
        errs[1],
        "6:9: syntax error: unexpected name d at end of statement"
    );
    assert!(errs.len() >= 3, "{errs:?}");
    // At most one syntax error per line, as Go.
    let errs = errors("package main\nfunc f() {\n\tx := a b c d e\n}\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
}

#[test]
fn bad_input_never_panics() {
    for src in [
        "",
        "package",
        "package main\nfunc",
        "package main\nfunc f(",
        "package main\nfunc f() { x := [",
        "package main\nvar x = `unterminated",
        "\u{0}\u{0}\u{0}",
        "package main\nfunc f() { if { for { switch { case",
        "}}}}}}))))]]]]",
        "package main\ntype T[",
        "package main\ntype T[P *",
        "package main\nfunc f() { select { case x := <-",
    ] {
        let _ = parse_file(0, src);
    }
    let deep = format!(
        "package main\nvar x = {}1{}\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    let (f, d) = parse_file(0, &deep);
    assert!(f.is_none());
    assert_eq!(d[0].message, "syntax error: nesting too deep");
    let deep = format!(
        "package main\nfunc f() {}{}\n",
        "{".repeat(10_000),
        "}".repeat(10_000)
    );
    assert_eq!(
        parse_file(0, &deep).1[0].message,
        "syntax error: nesting too deep"
    );
}

// ───────────────────────────── branch checks ─────────────────────────────

fn branch_errors(body: &str) -> Vec<String> {
    let src = format!("package p\n\nfunc f() {{\n{body}\n}}\n");
    let (f, d) = parse_file(0, &src);
    assert!(
        d.is_empty(),
        "{:?}",
        d.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    let b = super::check_branches(0, "./x.go", &src, &f.unwrap(), &d);
    let sf = SourceFile::new("x.go", src.clone());
    b.iter()
        .map(|d| {
            let (l, c) = sf.line_col(d.span.lo);
            format!("{l}:{c}: {}", d.message)
        })
        .collect()
}

#[test]
fn branch_checks() {
    assert_eq!(
        branch_errors("\tbreak"),
        ["4:2: break is not in a loop, switch, or select"]
    );
    assert_eq!(
        branch_errors("\tcontinue"),
        ["4:2: continue is not in a loop"]
    );
    assert_eq!(
        branch_errors("\tswitch {\n\tcase true:\n\t\tcontinue\n\t}"),
        ["6:3: continue is not in a loop"]
    );
    assert_eq!(
        branch_errors("\tfor {\n\t\tgo func() { break }()\n\t}"),
        ["5:15: break is not in a loop, switch, or select"]
    );
    assert_eq!(
        branch_errors("L:\n\tfor {\n\t}"),
        ["4:1: label L defined and not used"]
    );
    assert_eq!(branch_errors("\tgoto M"), ["4:7: label M not defined"]);
    assert_eq!(
        branch_errors("\tfor {\n\t\tbreak M\n\t}"),
        ["5:9: break label not defined: M"]
    );
    assert_eq!(
        branch_errors("L:\n\tif true {\n\t\tfor {\n\t\t\tcontinue L\n\t\t}\n\t}"),
        ["7:13: invalid continue label L"]
    );
    assert_eq!(
        branch_errors("\tgoto L\n\tx := 1\n\t_ = x\nL:\n\treturn"),
        ["4:7: goto L jumps over declaration of x at ./x.go:5:4"]
    );
    assert_eq!(
        branch_errors("\tgoto L\n\t{\n\tL:\n\t}"),
        ["4:7: goto L jumps into block starting at ./x.go:5:2"]
    );
    assert_eq!(
        branch_errors("L:\n\tfor {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t\tbreak L\n\t}"),
        [
            "8:1: label L already defined at ./x.go:4:1",
            "10:9: invalid break label L"
        ]
    );
    assert_eq!(
        branch_errors("\tfallthrough"),
        ["4:2: fallthrough statement out of place"]
    );
    assert_eq!(
        branch_errors("\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}"),
        ["6:3: cannot fallthrough final case in switch"]
    );
    assert_eq!(
        branch_errors(
            "\tvar x any\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}"
        ),
        ["7:3: cannot fallthrough in type switch"]
    );
    // Valid uses.
    assert!(branch_errors("L:\n\tfor {\n\t\tswitch {\n\t\tcase true:\n\t\t\tbreak L\n\t\tcase false:\n\t\t\tfallthrough\n\t\tdefault:\n\t\t\tcontinue L\n\t\t}\n\t}").is_empty());
    assert!(branch_errors("L:\n\tgoto L").is_empty());
    assert!(branch_errors("\tselect {\n\tdefault:\n\t\tbreak\n\t}").is_empty());
}
