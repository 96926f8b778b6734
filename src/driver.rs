//! The pipeline driver: load a file, parse it, check it, render errors.
//!
//! Owns: the order of the phases and what a failure in each means for the
//! process (compile errors: rendered diagnostics, exit status 1). It runs
//! on a thread with a large stack (see `with_big_stack`) so that recursive
//! passes over deeply nested but legal programs cannot overflow.

use crate::check::{self, CheckOptions, Program};
use crate::diag::{self, SourceFile, SourceMap};
use crate::syntax;
use std::io::Write;

/// Stack size of the thread the front end runs on.
const FRONT_END_STACK: usize = 256 << 20;

/// Runs `f` on a fresh thread with a large stack and returns its result.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("golite-front-end".into())
        .stack_size(FRONT_END_STACK)
        .spawn(f)
        .expect("spawn front-end thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// A program that passed the front end, with its sources.
pub struct Checked {
    pub sources: SourceMap,
    pub program: Program,
}

/// Why the front end stopped.
pub enum FrontEndError {
    /// The file could not be read (message already formatted).
    Io(String),
    /// Compile errors, already rendered as text.
    Compile(String),
}

/// Reads, parses and checks `path`. `color` chooses ANSI colours in the
/// rendered diagnostics.
pub fn check_file(path: &str, color: bool) -> Result<Checked, FrontEndError> {
    let bytes = std::fs::read(path).map_err(|e| FrontEndError::Io(format!("open {path}: {e}")))?;
    check_source(path, &bytes, color)
}

/// Parses and checks source `bytes` named `name`.
pub fn check_source(name: &str, bytes: &[u8], color: bool) -> Result<Checked, FrontEndError> {
    let mut sources = SourceMap::default();
    let file_id = sources.add(SourceFile::new(name, String::new()));
    let (text, mut diags) = syntax::decode_source(file_id, bytes);
    sources.replace_text(file_id, text);
    let (ast, parse_diags) = syntax::parse_file(file_id, &sources.get(file_id).text);
    diags.extend(parse_diags);
    // Any lexical or syntax error stops compilation before type checking;
    // the branch/label checks (which Go makes on error-free parses) are
    // reported together with the type errors, in position order.
    let Some(ast) = ast else {
        return Err(FrontEndError::Compile(render(&sources, diags, color)));
    };
    if !diags.is_empty() {
        return Err(FrontEndError::Compile(render(&sources, diags, color)));
    }
    let display = go_display_name(name);
    let branch_diags =
        syntax::check_branches(file_id, &display, &sources.get(file_id).text, &ast, &diags);
    diags.extend(branch_diags);
    match check::check_program(&mut sources, vec![(file_id, ast)], CheckOptions::default()) {
        Ok(program) if diags.is_empty() => Ok(Checked { sources, program }),
        Ok(_) => Err(FrontEndError::Compile(render(&sources, diags, color))),
        Err(type_diags) => {
            diags.extend(type_diags);
            Err(FrontEndError::Compile(render(&sources, diags, color)))
        }
    }
}

/// The file name as `go build NAME.go` prints it inside messages that
/// mention a second position (`./NAME.go` for a file in the current
/// directory).
fn go_display_name(name: &str) -> String {
    if name.starts_with('/') || name.starts_with("./") || name.starts_with("../") {
        name.to_string()
    } else {
        format!("./{name}")
    }
}

fn render(sources: &SourceMap, mut diags: Vec<diag::Diagnostic>, color: bool) -> String {
    let too_many = diag::sort_and_limit(&mut diags);
    let mut out = Vec::new();
    let _ = diag::render(sources, &diags, too_many, color, &mut out);
    let _ = out.flush();
    String::from_utf8_lossy(&out).into_owned()
}

/// Compiles a checked program and runs it; returns the exit status.
/// Runs on the calling thread (the VM never recurses on the Rust stack).
pub fn run_checked(checked: Checked, args: Vec<String>) -> i32 {
    let module = crate::compile::compile(checked.program);
    crate::vm::run(module, args)
}

/// Compiles a checked program and renders its bytecode.
pub fn disasm_checked(checked: Checked) -> String {
    let module = crate::compile::compile(checked.program);
    crate::compile::disasm(&module)
}
