//! Parses every Go program we have: the shared conformance suite and
//! tests/programs. Programs Go accepts must parse without errors; programs
//! Go rejects (compile_errors/, syntax_errors/) may only report errors that
//! Go reports first; every syntax_errors program must report its first
//! error at Go's LINE:COL (its NAME.err, written by real Go).

use golite::diag::SourceFile;
use golite::syntax::{decode_source, parse_file};
use std::path::{Path, PathBuf};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

/// Our errors for `path` as Go prints them: `NAME.go:LINE:COL: message`.
fn our_errors(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).expect("readable");
    let (text, mut diags) = decode_source(0, &bytes);
    let (_, more) = parse_file(0, &text);
    diags.extend(more);
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let sf = SourceFile::new(name.clone(), text);
    diags
        .iter()
        .map(|d| {
            let (l, c) = sf.line_col(d.span.lo);
            format!("{name}:{l}:{c}: {}", d.message)
        })
        .collect()
}

/// The first `NAME.go:LINE:COL: message` line of the program's .err, if any.
fn go_first_error(path: &Path) -> Option<String> {
    let err = std::fs::read_to_string(path.with_extension("err")).ok()?;
    let name = path.file_name()?.to_string_lossy().to_string();
    let line = err.lines().next()?.trim_start_matches("./");
    let rest = line.strip_prefix(&format!("{name}:"))?;
    let mut it = rest.splitn(3, ':');
    let (l, c) = (it.next()?, it.next()?);
    (l.parse::<u32>().is_ok() && c.parse::<u32>().is_ok()).then(|| line.to_string())
}

/// `NAME.go:LINE:COL` of an error line.
fn position(line: &str) -> String {
    line.splitn(4, ':').take(3).collect::<Vec<_>>().join(":")
}

/// Checks one program Go accepts or rejects with a type error.
fn check_valid(path: &Path, failures: &mut Vec<String>) {
    let errs = our_errors(path);
    let Some(first) = errs.first() else {
        return;
    };
    // We may report an error only where Go reports its first one (some of
    // Go's compile errors are found by its parser, as by ours).
    match go_first_error(path) {
        Some(go) if position(&go) == position(first) => {}
        Some(go) => failures.push(format!(
            "{}: we report {first:?}, Go first reports {go:?}",
            path.display()
        )),
        None => failures.push(format!("{}: unexpected error {first:?}", path.display())),
    }
}

#[test]
fn conformance_programs_parse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance");
    if !dir.is_dir() {
        println!(
            "note: {} is absent; skipping the conformance corpus",
            dir.display()
        );
        return;
    }
    let mut files = Vec::new();
    go_files(&dir, &mut files);
    let mut failures = Vec::new();
    for f in &files {
        check_valid(f, &mut failures);
    }
    println!("parsed {} conformance programs", files.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn test_programs_parse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut files = Vec::new();
    go_files(&dir, &mut files);
    files.retain(|f| !f.components().any(|c| c.as_os_str() == "syntax_errors"));
    let mut failures = Vec::new();
    for f in &files {
        check_valid(f, &mut failures);
    }
    println!("parsed {} programs", files.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn syntax_errors_are_found_where_go_finds_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/syntax_errors");
    let mut files = Vec::new();
    go_files(&dir, &mut files);
    let (mut same_pos, mut same_msg, mut same_all) = (0, 0, 0);
    let mut failures = Vec::new();
    for f in &files {
        let Some(go) = go_first_error(f) else {
            continue;
        };
        let ours = our_errors(f);
        let Some(first) = ours.first() else {
            failures.push(format!("{}: no error (Go: {go})", f.display()));
            continue;
        };
        if position(first) != position(&go) {
            failures.push(format!(
                "{}: first error {first:?}, Go: {go:?}",
                f.display()
            ));
            continue;
        }
        same_pos += 1;
        if *first == go {
            same_msg += 1;
        }
        let all = std::fs::read_to_string(f.with_extension("err")).unwrap_or_default();
        let all: Vec<&str> = all.lines().map(|l| l.trim_start_matches("./")).collect();
        if all == ours.iter().map(String::as_str).collect::<Vec<_>>() {
            same_all += 1;
        }
    }
    println!(
        "{} syntax_errors programs: first error at Go's position {same_pos}, same message {same_msg}, all errors identical {same_all}",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
