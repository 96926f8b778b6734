//! The checker over the whole corpus, through the library (not the
//! binary): every program outside compile_errors/ and syntax_errors/ must
//! check clean; every compile_errors/ program must be rejected with Go's
//! first LINE:COL and message (from its .err file). Prints counts and
//! every mismatch; fails on any mismatch. ../shared/conformance is used
//! when present (a note is printed when it is absent).
//!
//! Also: a generated 50,000-line program must check in under 1 s (the
//! bound is asserted in release builds only; the time is always printed).

use golite::driver;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The two tests must not run at the same time (the timing would measure
/// the corpus run's load).
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn go_files(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(root) else {
        return out;
    };
    let mut dirs: Vec<PathBuf> = dirs
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let folder = d
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let Ok(files) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut files: Vec<PathBuf> = files
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        files.sort();
        for f in files {
            out.push((folder.clone(), f));
        }
    }
    out
}

/// The first diagnostic as "LINE:COL: message", or None if it checks.
fn first_error(path: &Path) -> Option<String> {
    let p = path.to_path_buf();
    driver::with_big_stack(move || {
        let bytes = std::fs::read(&p).unwrap_or_default();
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        match driver::check_source(&name, &bytes, false) {
            Ok(_) => None,
            Err(driver::FrontEndError::Io(e)) => Some(e),
            Err(driver::FrontEndError::Compile(text)) => {
                let line = text.lines().next().unwrap_or("").to_string();
                Some(
                    line.strip_prefix(&format!("{}:", name))
                        .unwrap_or(&line)
                        .to_string(),
                )
            }
        }
    })
}

#[test]
fn corpus() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut roots = vec![("tests/programs", manifest.join("tests/programs"))];
    let conf = manifest.join("../shared/conformance");
    if conf.is_dir() {
        roots.push(("conformance", conf));
    } else {
        println!("note: ../shared/conformance is absent; skipping it");
    }
    let mut cases: Vec<(String, String, PathBuf)> = Vec::new();
    for (label, root) in &roots {
        for (folder, path) in go_files(root) {
            if folder == "syntax_errors" {
                continue;
            }
            let name = format!(
                "{}/{}/{}",
                label,
                folder,
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            cases.push((folder, name, path));
        }
    }
    // Check in parallel.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Option<String>>>> =
        cases.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .min(16);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some((_, _, path)) = cases.get(i) else {
                    break;
                };
                let r = first_error(path);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(r);
                }
            });
        }
    });
    let (mut ok_clean, mut bad_clean, mut ok_err, mut pos_only, mut bad_err) = (0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    for (i, (folder, name, path)) in cases.iter().enumerate() {
        let got = results[i].lock().ok().and_then(|g| g.clone()).flatten();
        let name = name.clone();
        if folder == "compile_errors" {
            let want = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
            let want = want.lines().next().unwrap_or("").to_string();
            let want = want.split_once(':').map(|x| x.1).unwrap_or("").to_string();
            match got {
                Some(g) if g == want => ok_err += 1,
                Some(g) => {
                    let gpos: Vec<&str> = g.splitn(3, ':').take(2).collect();
                    let wpos: Vec<&str> = want.splitn(3, ':').take(2).collect();
                    if gpos == wpos {
                        pos_only += 1;
                    }
                    bad_err += 1;
                    failures.push(format!("{}\n    want {}\n    got  {}", name, want, g));
                }
                None => {
                    bad_err += 1;
                    failures.push(format!("{}\n    want {}\n    got  (accepted)", name, want));
                }
            }
        } else {
            match got {
                None => ok_clean += 1,
                Some(g) => {
                    bad_clean += 1;
                    failures.push(format!("{}\n    should check clean, got {}", name, g));
                }
            }
        }
    }
    // Programs that cannot check clean yet (tests/known_check_failures.txt,
    // `tests/programs/FOLDER/NAME.go` per line): reported by name, and one
    // that starts passing must come off the list.
    let known: Vec<String> =
        std::fs::read_to_string(manifest.join("tests/known_check_failures.txt"))
            .unwrap_or_default()
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
    let failing: Vec<String> = failures
        .iter()
        .map(|f| f.lines().next().unwrap_or("").to_string())
        .collect();
    failures.retain(|f| {
        let name = f.lines().next().unwrap_or("");
        let listed = known.iter().any(|k| k == name);
        if listed {
            println!("known failure {}", f.replace('\n', " "));
        }
        !listed
    });
    for k in &known {
        if !failing.contains(k) {
            failures.push(format!(
                "{k}\n    listed in tests/known_check_failures.txt but passes (or is gone): remove it"
            ));
        }
    }
    for f in &failures {
        println!("FAIL {}", f);
    }
    println!(
        "check corpus: clean {}/{}; compile errors {}/{} exact ({} more with the right position only)",
        ok_clean,
        ok_clean + bad_clean,
        ok_err,
        ok_err + bad_err,
        pos_only
    );
    assert!(failures.is_empty(), "{} corpus mismatches", failures.len());
}

/// A generated program of about 50,000 lines.
fn big_program(lines: usize) -> String {
    let mut s = String::from("package main\n\nimport \"fmt\"\n\ntype Point struct {\n\tX, Y int\n}\n\nfunc (p Point) Sum() int { return p.X + p.Y }\n\n");
    let mut n = 0;
    let mut i = 0;
    while n < lines {
        s.push_str(&format!(
            "func f{i}(a int, b string) (int, error) {{\n\tx := a * 2\n\tm := map[string]int{{b: x}}\n\tfor k, v := range m {{\n\t\tif v > 10 && k != \"\" {{\n\t\t\tx += v\n\t\t}}\n\t}}\n\tp := Point{{X: x, Y: len(b)}}\n\tys := []int{{1, 2, 3}}\n\tys = append(ys, p.Sum())\n\tswitch {{\n\tcase x > 100:\n\t\treturn x, nil\n\t}}\n\treturn x + len(ys), fmt.Errorf(\"f{i}: %d\", x)\n}}\n\n"
        ));
        n += 19;
        i += 1;
    }
    s.push_str("func main() {\n");
    for j in 0..i.min(2000) {
        s.push_str(&format!(
            "\tif v, err := f{j}({j}, \"x\"); err != nil {{\n\t\tfmt.Println(v)\n\t}}\n"
        ));
    }
    s.push_str("}\n");
    s
}

/// CPU time (user + system) of the calling thread, from /proc (Linux);
/// None elsewhere. Used so that a busy machine does not fail the test.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are
    // fields 14 and 15 (1-based) of the whole line.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ut: f64 = f.get(11)?.parse().ok()?;
    let st: f64 = f.get(12)?.parse().ok()?;
    Some((ut + st) / 100.0)
}

#[test]
fn timing_50k_lines() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let src = big_program(50_000);
    let lines = src.lines().count();
    // The best of three runs: the machine may be busy.
    let mut best_wall = f64::MAX;
    let mut best_cpu = f64::MAX;
    for _ in 0..3 {
        let s = src.clone();
        let (wall, cpu) = driver::with_big_stack(move || {
            let c0 = thread_cpu_secs();
            let start = Instant::now();
            let r = driver::check_source("big.go", s.as_bytes(), false);
            let el = start.elapsed().as_secs_f64();
            let c1 = thread_cpu_secs();
            if let Err(driver::FrontEndError::Compile(t)) = &r {
                panic!(
                    "generated program should check: {}",
                    t.lines().next().unwrap_or("")
                );
            }
            // Dropping the program is not part of checking.
            std::mem::forget(r);
            let cpu = match (c0, c1) {
                (Some(a), Some(b)) => b - a,
                _ => el,
            };
            (el, cpu)
        });
        best_wall = best_wall.min(wall);
        best_cpu = best_cpu.min(cpu);
    }
    println!(
        "parsed and checked a {}-line program: {:.3} s wall, {:.3} s CPU (best of 3)",
        lines, best_wall, best_cpu
    );
    if !cfg!(debug_assertions) {
        assert!(best_cpu < 1.0, "took {:.3} s of CPU", best_cpu);
    }
}
