//! The `golite` command line (clap): run, check, version, help.
//!
//! Owns: argument parsing, colour choice (`--color`, NO_COLOR) and exit
//! statuses: 0 success, 1 compile errors or unreadable input, 2 a Go panic or fatal error (as Go), or os.Exit's status.

use clap::{Parser, Subcommand, ValueEnum};
use golite::driver::{self, FrontEndError};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "golite",
    version,
    about = "golite: an interpreter for the Go that concurrency courses are made of",
    disable_version_flag = true
)]
struct Cli {
    /// When to colour diagnostics (NO_COLOR in the environment means never for auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a Go program: golite run FILE.go [ARGS...]
    Run {
        /// The .go file to run.
        file: String,
        /// Arguments passed to the program (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and type-check a Go program without running it.
    Check {
        /// The .go file to check.
        file: String,
    },
    /// Print the bytecode of a Go program: golite disasm FILE.go
    Disasm {
        /// The .go file to compile.
        file: String,
    },
    /// Print golite's version.
    Version,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stderr().is_terminal()
        }
    };
    match cli.command {
        Some(Command::Version) => {
            println!("golite version {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(Command::Check { file }) => match front_end(file, color) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        },
        Some(Command::Run { file, args }) => {
            let mut argv = vec![program_name(&file)];
            argv.extend(args);
            let f = file.clone();
            let r = driver::with_big_stack(move || match driver::check_file(&f, color) {
                Ok(c) => Ok(driver::run_checked(c, argv)),
                Err(e) => Err(e),
            });
            match r {
                Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
                Err(e) => report(e),
            }
        }
        Some(Command::Disasm { file }) => {
            let f = file.clone();
            let r = driver::with_big_stack(move || match driver::check_file(&f, color) {
                Ok(c) => Ok(driver::disasm_checked(c)),
                Err(e) => Err(e),
            });
            match r {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => report(e),
            }
        }
        None => {
            eprintln!("golite: the REPL is not implemented yet; try `golite help`");
            ExitCode::from(2)
        }
    }
}

/// os.Args[0]: like a built Go binary, the program's name without `.go`.
fn program_name(file: &str) -> String {
    let p = std::path::Path::new(file);
    let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned());
    let dir = std::env::temp_dir().join("golite-run");
    dir.join(stem.unwrap_or_default())
        .to_string_lossy()
        .into_owned()
}

/// Prints a front-end failure; exit status 1.
fn report(e: FrontEndError) -> ExitCode {
    match e {
        FrontEndError::Io(msg) => {
            eprintln!("golite: {msg}");
        }
        FrontEndError::Compile(text) => {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
        }
    }
    ExitCode::from(1)
}

/// Parses and checks `file`; on failure prints the errors and gives exit 1.
fn front_end(file: String, color: bool) -> Result<(), ExitCode> {
    let result = driver::with_big_stack(move || driver::check_file(&file, color).map(|_| ()));
    match result {
        Ok(()) => Ok(()),
        Err(FrontEndError::Io(msg)) => {
            eprintln!("golite: {msg}");
            Err(ExitCode::from(1))
        }
        Err(FrontEndError::Compile(text)) => {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
            Err(ExitCode::from(1))
        }
    }
}
