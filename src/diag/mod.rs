//! Diagnostics: source files, positions and error rendering.
//!
//! Owns: `SourceFile`/`SourceMap` (file names, text, line tables),
//! `Diagnostic` (one compile error with a span) and its rendering.
//! Invariants: the first line printed for every diagnostic is exactly Go's
//! `FILE:LINE:COL: message`, where COL counts bytes from 1 as Go does (a tab
//! is one column); the ariadne snippet follows it. Go stops after 10 errors
//! with `too many errors`, and so do we.

use crate::syntax::ast::Span;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use std::io::{self, Write};

/// Index of a file in a `SourceMap`.
pub type FileId = u32;

/// One source file: its name as the user gave it and its text.
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// `text` must already be valid UTF-8 (see `syntax::decode_source`).
    pub fn new(name: impl Into<String>, text: String) -> SourceFile {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and byte column of a byte offset.
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos - self.line_starts[line] + 1)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line - 1) as usize;
        let lo = self.line_starts[i] as usize;
        let hi = self
            .line_starts
            .get(i + 1)
            .map(|&h| h as usize - 1)
            .unwrap_or(self.text.len());
        &self.text[lo..hi.max(lo)]
    }
}

/// Every file of a program: the user's files and embedded stdlib files.
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        (self.files.len() - 1) as FileId
    }
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id as usize]
    }
    /// Replaces a file's text (after decoding), rebuilding its line table.
    pub fn replace_text(&mut self, id: FileId, text: String) {
        let f = &mut self.files[id as usize];
        *f = SourceFile::new(std::mem::take(&mut f.name), text);
    }
    pub fn len(&self) -> usize {
        self.files.len()
    }
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// A compile-time error.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub file: FileId,
    pub span: Span,
    pub message: String,
    /// Text shown under the snippet's marker; defaults to the message.
    pub label: Option<String>,
    /// Extra lines after the snippet (Go's indented follow-up lines).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(file: FileId, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file,
            span,
            message: message.into(),
            label: None,
            notes: Vec::new(),
        }
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

/// How many errors Go prints before `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Sorts diagnostics into position order (file, then offset), drops exact
/// duplicates of a position, and keeps at most the first `MAX_ERRORS`
/// (returning whether more were dropped).
pub fn sort_and_limit(diags: &mut Vec<Diagnostic>) -> bool {
    diags.sort_by_key(|d| (d.file, d.span.lo));
    diags.dedup_by(|a, b| a.file == b.file && a.span.lo == b.span.lo);
    let more = diags.len() > MAX_ERRORS;
    diags.truncate(MAX_ERRORS);
    more
}

/// Writes each diagnostic: Go's one-line form, then an ariadne snippet.
pub fn render(
    map: &SourceMap,
    diags: &[Diagnostic],
    too_many: bool,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    for d in diags {
        let f = map.get(d.file);
        let (line, col) = f.line_col(d.span.lo);
        writeln!(out, "{}:{}:{}: {}", f.name, line, col, d.message)?;
        let lo = (d.span.lo as usize).min(f.text.len());
        let hi = (d.span.hi as usize).clamp(lo, f.text.len());
        // A snippet of a huge line helps nobody: show the Go line only.
        if f.line_text(line).len() > 500 {
            continue;
        }
        let name = f.name.as_str();
        let mut label = Label::new((name, lo..hi.max(lo)))
            .with_message(d.label.as_deref().unwrap_or(&d.message));
        if color {
            label = label.with_color(Color::Red);
        }
        let mut report = Report::build(ReportKind::Error, (name, lo..hi))
            .with_config(
                Config::default()
                    .with_color(color)
                    .with_index_type(IndexType::Byte),
            )
            .with_label(label);
        for n in &d.notes {
            report = report.with_note(n);
        }
        let mut buf = Vec::new();
        report
            .finish()
            .write((name, Source::from(f.text.as_str())), &mut buf)?;
        // Drop ariadne's own "Error: ..." header line: Go's line replaces it.
        let text = String::from_utf8_lossy(&buf);
        let body = text.split_once('\n').map(|x| x.1).unwrap_or("");
        out.write_all(body.as_bytes())?;
    }
    if too_many {
        if let Some(d) = diags.last() {
            let f = map.get(d.file);
            let (line, col) = f.line_col(d.span.lo);
            writeln!(out, "{}:{}:{}: too many errors", f.name, line, col)?;
        }
    }
    Ok(())
}
