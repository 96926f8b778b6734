//! Build script: compiles the lalrpop grammar in grammar/ and embeds every
//! stdlib/**/*.go file (golite's standard library in Go source) as a table
//! `STDLIB_FILES: &[(import_path, file_name, source)]` in OUT_DIR.
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=stdlib");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("grammar/ must build");
    embed_stdlib();
}

fn embed_stdlib() {
    let root = Path::new("stdlib");
    let mut files = Vec::new();
    collect(root, &mut files);
    files.sort();
    let mut out = String::from("pub static STDLIB_FILES: &[(&str, &str, &str)] = &[\n");
    for f in &files {
        let rel = f.strip_prefix(root).expect("under stdlib/");
        let pkg = rel.parent().map(|p| p.to_string_lossy().replace('\\', "/"));
        let name = rel.file_name().expect("a file").to_string_lossy();
        let abs = fs::canonicalize(f).expect("stdlib file exists");
        out.push_str(&format!(
            "    ({:?}, {:?}, include_str!({:?})),\n",
            pkg.unwrap_or_default(),
            name,
            abs
        ));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("stdlib_files.rs");
    fs::write(dest, out).expect("write stdlib table");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go")
            && !p.to_string_lossy().ends_with("_test.go")
        {
            out.push(p);
        }
    }
}
