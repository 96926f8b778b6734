//! Unit tests of the checker's rules, on small programs parsed by the real
//! front end. Each expectation was produced by Go 1.27's `go build`.

use crate::diag::{SourceFile, SourceMap};

/// First error of `src` as "LINE:COL: message", or None if it checks.
fn first_error(src: &str) -> Option<String> {
    let src = src.to_string();
    crate::driver::with_big_stack(move || {
        let mut sm = SourceMap::default();
        let id = sm.add(SourceFile::new("t.go", src.clone()));
        let (ast, diags) = crate::syntax::parse_file(id, &src);
        if let Some(d) = diags.first() {
            let (l, c) = sm.get(d.file).line_col(d.span.lo);
            return Some(format!("{}:{}: {}", l, c, d.message));
        }
        let ast = ast?;
        match super::check_program(&mut sm, vec![(id, ast)], super::CheckOptions::default()) {
            Ok(_) => None,
            Err(mut ds) => {
                crate::diag::sort_and_limit(&mut ds);
                let d = ds.first()?;
                let (l, c) = sm.get(d.file).line_col(d.span.lo);
                Some(format!("{}:{}: {}", l, c, d.message))
            }
        }
    })
}

fn main_with(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{}\n}}\n", body)
}

#[test]
fn clean_programs() {
    let progs = [
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1, 2}\n\tfor i, v := range x {\n\t\tfmt.Println(i, v)\n\t}\n}\n",
        "package main\n\ntype S[T any] struct{ v []T }\n\nfunc (s *S[T]) Push(x T) { s.v = append(s.v, x) }\n\nfunc main() {\n\ts := &S[int]{}\n\ts.Push(1)\n\t_ = s\n}\n",
        "package main\n\nconst (\n\tA = iota * 10\n\tB\n)\n\nvar x [B]int\n\nfunc main() { _ = x }\n",
        "package main\n\nfunc f() (n int, err error) {\n\tfor {\n\t}\n}\n\nfunc main() { f() }\n",
    ];
    for p in progs {
        assert_eq!(first_error(p), None, "{}", p);
    }
}

#[test]
fn go_errors() {
    let cases = [
        (main_with("\tx := 1"), "4:2: declared and not used: x"),
        (main_with("\tvar s string = 1\n\t_ = s"), "4:17: cannot use 1 (untyped int constant) as string value in variable declaration"),
        (main_with("\tbreak"), "4:2: break is not in a loop, switch, or select"),
        (main_with("\t_ = undefinedName"), "4:6: undefined: undefinedName"),
        (main_with("\tvar a int8 = 300\n\t_ = a"), "4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"),
        (main_with("\t_ = 1 / 0"), "4:10: invalid operation: division by zero"),
        (main_with("\tx := 1\n\tx := 2\n\t_ = x"), "5:4: no new variables on left side of :="),
        (
            "package main\n\nfunc f() int {\n\tif true {\n\t\treturn 1\n\t}\n}\n\nfunc main() { f() }\n".to_string(),
            "7:1: missing return",
        ),
        (
            "package main\n\nimport \"os\"\n\nfunc main() {}\n".to_string(),
            "3:8: \"os\" imported and not used",
        ),
        (
            "package main\n\ntype T struct{}\n\nfunc (t *T) M() {}\n\ntype I interface{ M() }\n\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n".to_string(),
            "10:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)",
        ),
        (
            "package main\n\nimport \"foo/bar\"\n\nfunc main() { bar.X() }\n".to_string(),
            "3:8: package foo/bar is not in std",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(first_error(&src).as_deref(), Some(want), "{}", src);
    }
}
