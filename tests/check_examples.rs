//! Every teaching example (examples/) and every stress program
//! (tests/stress/) must pass `golite check`: they are Go that real Go
//! accepts, so a rejection is a checker bug. (Running them, against their
//! recorded outputs or invariants, is done once execution exists.)

use std::path::Path;
use std::process::Command;

fn check_dir(dir: &str) -> (usize, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let out = Command::new(env!("CARGO_BIN_EXE_golite"))
            .arg("check")
            .arg(f.file_name().unwrap())
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .output()
            .expect("run golite");
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            failures.push(format!(
                "{}: {}",
                f.display(),
                err.lines().next().unwrap_or("")
            ));
        }
    }
    (files.len(), failures)
}

#[test]
fn examples_and_stress_programs_check_clean() {
    let mut all = Vec::new();
    let mut total = 0;
    for dir in ["examples", "tests/stress"] {
        let (n, f) = check_dir(dir);
        total += n;
        all.extend(f);
    }
    println!("checked {total} programs, {} rejected", all.len());
    for f in &all {
        println!("REJECTED {f}");
    }
    assert!(total >= 20, "expected the examples and stress programs");
    assert!(all.is_empty(), "programs rejected by golite check");
}
