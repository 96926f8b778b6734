//! Golden-file tests: every program under tests/programs/ and, when it is
//! present, ../shared/conformance/, run through the `golite` binary and
//! compared with what real Go gave (recorded by tests/regen.py).
//!
//! - `compile_errors/`, `syntax_errors/`: `golite check` must exit 1 with
//!   empty stdout, and its first diagnostic line must equal the first line
//!   of NAME.err: same LINE:COL and same message.
//! - every other folder: the program must type-check (`golite check` exits
//!   0); once execution exists (`RUN_STAGE`), stdout must equal NAME.out
//!   byte for byte, the exit code NAME.exit (0 when absent), and the first
//!   stderr line must contain NAME.err's first line.
//!
//! Programs listed in tests/known_failures.txt (one `FOLDER/NAME.go` per
//! line, `#` comments) are expected to fail today; they are reported by
//! name on every run, and one that starts passing must be taken off the
//! list (the test fails until it is), so the list only ever shrinks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

/// Whether `golite run` executes programs yet (the VM issue).
const RUN_STAGE: bool = true;
const REJECT_FOLDERS: [&str; 2] = ["compile_errors", "syntax_errors"];

struct Case {
    /// `FOLDER/NAME.go` relative to its corpus root, prefixed by the corpus.
    label: String,
    path: PathBuf,
    folder: String,
}

fn collect(root: &Path, prefix: &str, out: &mut Vec<Case>) {
    let Ok(dirs) = std::fs::read_dir(root) else {
        return;
    };
    let mut dirs: Vec<_> = dirs
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let folder = d.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            out.push(Case {
                label: format!("{prefix}{folder}/{name}"),
                path: f,
                folder: folder.clone(),
            });
        }
    }
}

fn read_opt(p: &Path) -> Option<Vec<u8>> {
    std::fs::read(p).ok()
}

/// Runs golite with `args` in `dir`, feeding `stdin`, with a timeout.
fn run(dir: &Path, args: &[String], stdin: Vec<u8>) -> Result<(Vec<u8>, Vec<u8>, i32), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_golite"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start golite: {e}"))?;
    let mut input = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        use std::io::Write;
        let _ = input.write_all(&stdin);
    });
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(Ok(o)) => Ok((o.stdout, o.stderr, o.status.code().unwrap_or(-1))),
        Ok(Err(e)) => Err(format!("wait failed: {e}")),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            Err("timeout after 30s".into())
        }
    }
}

fn first_line(b: &[u8]) -> String {
    String::from_utf8_lossy(b)
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

/// Checks one case; `Err` carries a one-line reason.
fn check_case(c: &Case) -> Result<(), String> {
    let dir = c.path.parent().unwrap();
    let name = c.path.file_name().unwrap().to_string_lossy().into_owned();
    let base = c.path.with_extension("");
    let exp_out =
        read_opt(&base.with_extension("out")).ok_or("no .out file (run tests/regen.py)")?;
    let exp_err = read_opt(&base.with_extension("err")).map(|e| first_line(&e));
    let exp_exit: i32 = read_opt(&base.with_extension("exit"))
        .map(|e| String::from_utf8_lossy(&e).trim().parse().unwrap_or(-1))
        .unwrap_or(0);
    if REJECT_FOLDERS.contains(&c.folder.as_str()) {
        let (out, err, code) = run(dir, &["check".into(), name.clone()], vec![])?;
        let got = first_line(&err);
        let want = exp_err.unwrap_or_default();
        if code != 1 || !out.is_empty() {
            return Err(format!(
                "expected rejection (exit 1), got exit {code}: {got}"
            ));
        }
        if got != want {
            return Err(format!("first error: expected `{want}`, got `{got}`"));
        }
        return Ok(());
    }
    let (_, err, code) = run(dir, &["check".into(), name.clone()], vec![])?;
    if code != 0 {
        return Err(format!("check failed (exit {code}): {}", first_line(&err)));
    }
    if !RUN_STAGE {
        return Ok(());
    }
    let mut args = vec!["run".to_string(), name];
    if let Some(a) = read_opt(&base.with_extension("args")) {
        args.extend(
            String::from_utf8_lossy(&a)
                .split_whitespace()
                .map(|s| s.to_string()),
        );
    }
    let stdin = read_opt(&base.with_extension("stdin")).unwrap_or_default();
    let (out, err, code) = run(dir, &args, stdin)?;
    let errs = String::from_utf8_lossy(&err);
    if let Some(i) = errs.find("golite: not supported yet: ") {
        if out != exp_out || code != exp_exit {
            let what = errs[i + 27..].lines().next().unwrap_or("");
            return Err(format!("unsupported: {what}"));
        }
    }
    if out != exp_out {
        let e = String::from_utf8_lossy(&exp_out);
        let g = String::from_utf8_lossy(&out);
        for (i, (el, gl)) in e.lines().zip(g.lines()).enumerate() {
            if el != gl {
                return Err(format!(
                    "stdout line {}: expected `{el}`, got `{gl}`",
                    i + 1
                ));
            }
        }
        return Err(format!(
            "stdout differs in length: expected {} lines, got {}",
            e.lines().count(),
            g.lines().count()
        ));
    }
    if code != exp_exit {
        return Err(format!(
            "exit: expected {exp_exit}, got {code}: {}",
            first_line(&err)
        ));
    }
    if let Some(want) = exp_err.filter(|w| !w.is_empty()) {
        if !first_line(&err).contains(&want) {
            return Err(format!(
                "stderr: expected `{want}`, got `{}`",
                first_line(&err)
            ));
        }
    }
    Ok(())
}

fn known_failures(root: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(root.join("tests/known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Rewrites tests/known_failures.txt from `results`: header comments kept,
/// passing programs removed, reasons refreshed; no program is added.
fn update_known(root: &Path, results: &[(String, Result<(), String>)]) {
    let path = root.join("tests/known_failures.txt");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let mut out = String::new();
    for line in old.lines() {
        let name = line.split('#').next().unwrap().trim();
        if name.is_empty() {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        match results.iter().find(|(l, _)| l == name) {
            Some((_, Ok(()))) => {}
            Some((_, Err(why))) => {
                let why: String = why.replace('\n', " ").chars().take(160).collect();
                out.push_str(&format!("{name}  # {why}\n"));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    std::fs::write(&path, out).expect("write known_failures.txt");
}

#[test]
fn golden_programs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases = Vec::new();
    collect(&root.join("tests/programs"), "", &mut cases);
    let shared = root.join("../shared/conformance");
    if shared.is_dir() {
        collect(&shared, "conformance/", &mut cases);
    } else {
        eprintln!("note: ../shared/conformance is absent; only tests/programs is run");
    }
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();
    cases.retain(|c| c.label.contains(&filter));
    let known = known_failures(root);
    let results = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some(c) = cases.get(i) else { break };
                let r = check_case(c);
                results.lock().unwrap().push((c.label.clone(), r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut expected) = (0, 0, 0);
    let mut fixed = Vec::new();
    for (label, r) in &results {
        match (r, known.contains(label)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                passed += 1;
                fixed.push(label.clone());
            }
            (Err(why), true) => {
                expected += 1;
                println!("known failure {label}: {why}");
            }
            (Err(why), false) => {
                failed += 1;
                println!("FAIL {label}: {why}");
            }
        }
    }
    for f in &fixed {
        println!("FIXED {f}: passes now; remove it from tests/known_failures.txt");
    }
    if std::env::var("GOLDEN_UPDATE_KNOWN").is_ok_and(|v| v == "1") && filter.is_empty() {
        // Rewrite the list: drop programs that pass now, refresh the
        // reasons of the others. Never adds a program.
        update_known(root, &results);
        fixed.clear();
    }
    println!(
        "golden: {passed} passed, {failed} failed, {expected} known failures, run stage {}",
        if RUN_STAGE {
            "on"
        } else {
            "not yet built (programs only type-checked)"
        }
    );
    assert!(failed == 0 && fixed.is_empty(), "golden programs failed");
}
