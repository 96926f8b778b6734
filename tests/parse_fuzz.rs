//! Fuzzing the front end: `parse_file` must never panic, hang or overflow,
//! whatever the input: arbitrary bytes, random token soup, and token-level
//! mutations (delete, duplicate, swap, insert, truncate) of real programs.
//!
//! The case count defaults to a CI-sized 200 per strategy; run it long
//! with e.g. `PARSE_FUZZ_CASES=100000 cargo test --release --test parse_fuzz`.

use golite::syntax::lexer::tokenize;
use golite::syntax::{decode_source, parse_file};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn cases() -> u32 {
    std::env::var("PARSE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A program and the spans of its tokens.
type Program = (String, Vec<(usize, usize)>);

/// Real programs to mutate.
fn corpus() -> &'static [Program] {
    static CORPUS: OnceLock<Vec<Program>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "go") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs"), &mut files);
        files.sort();
        let mut out: Vec<Program> = files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .map(|src| {
                let spans = tokenize(&src).0.iter().map(|t| (t.0, t.2)).collect();
                (src, spans)
            })
            .collect();
        if out.is_empty() {
            let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i, []int{1, 2}[i%2])\n\t}\n}\n".to_string();
            let spans = tokenize(&src).0.iter().map(|t| (t.0, t.2)).collect();
            out.push((src, spans));
        }
        out
    })
}

/// Source fragments that make interesting insertions.
const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":",
    ":=",
    "=",
    ".",
    "...",
    "\n",
    "if",
    "else",
    "for",
    "range",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "go",
    "defer",
    "return",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "goto",
    "x",
    "_",
    "1",
    "1.5",
    "'a'",
    "\"s\"",
    "`r`",
    "+",
    "*",
    "&",
    "!",
    "~",
    "|",
    "/*",
    "//",
    "\"",
    "'",
    "`",
    "0x",
    "1_",
    "\\",
    "@",
    "\u{0}",
    "\u{feff}",
    "é",
    "[T any]",
    ".(type)",
    "x.(T)",
];

fn check(src: &str) {
    let (f, diags) = parse_file(0, src);
    // Without a file there must be a reason.
    assert!(f.is_some() || !diags.is_empty());
    for d in &diags {
        assert!(
            d.span.lo <= d.span.hi && d.span.hi as usize <= src.len(),
            "bad span {:?}",
            d.span
        );
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Insert(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Delete),
        any::<usize>().prop_map(Mutation::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (any::<usize>(), 0..SNIPPETS.len()).prop_map(|(a, s)| Mutation::Insert(a, s)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

/// Applies token-level mutations to a corpus program.
fn mutate(file: usize, muts: &[Mutation]) -> String {
    let (src, spans) = &corpus()[file % corpus().len()];
    let mut toks: Vec<String> = Vec::with_capacity(spans.len() * 2);
    let mut last = 0;
    for &(lo, hi) in spans {
        // Keep the text between tokens (blanks, comments) with the token.
        let lo = lo.min(src.len()).max(last);
        let hi = hi.min(src.len()).max(lo);
        toks.push(src[last..hi].to_string());
        last = hi;
    }
    toks.push(src[last..].to_string());
    for m in muts {
        let n = toks.len();
        match *m {
            Mutation::Delete(i) => {
                toks.remove(i % n);
            }
            Mutation::Duplicate(i) => {
                let t = toks[i % n].clone();
                toks.insert(i % n, t);
            }
            Mutation::Swap(a, b) => toks.swap(a % n, b % n),
            Mutation::Insert(i, s) => toks.insert(i % (n + 1), format!(" {}", SNIPPETS[s])),
            Mutation::Truncate(i) => toks.truncate(i % n + 1),
        }
        if toks.is_empty() {
            toks.push(String::new());
        }
    }
    toks.concat()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let (text, _) = decode_source(0, &bytes);
        check(&text);
    }

    #[test]
    fn go_flavoured_bytes(bytes in proptest::collection::vec(
        proptest::sample::select(b"(){}\"'`\n/*\\0x_. ei[]".to_vec()), 0..2000)) {
        let (text, _) = decode_source(0, &bytes);
        check(&format!("package p\nfunc f() {{\n{text}\n}}\n"));
        check(&text);
    }

    #[test]
    fn token_soup(toks in proptest::collection::vec(0..SNIPPETS.len(), 0..400)) {
        let body: Vec<&str> = toks.iter().map(|&i| SNIPPETS[i]).collect();
        check(&format!("package p\n{}", body.join(" ")));
        check(&format!("package p\nfunc f() {{\n{}\n}}\n", body.join(" ")));
    }

    #[test]
    fn mutated_programs(file in any::<usize>(), muts in proptest::collection::vec(mutation(), 1..6)) {
        check(&mutate(file, &muts));
    }
}
