//! Syntax: Go source text to an AST.
//!
//! Owns: tokens (`token`), the logos lexer with Go's semicolon insertion
//! (`lexer`), the lalrpop grammar glue (`parser`, grammar in
//! `grammar/go.lalrpop`), the AST (`ast`), Go-syntax printing of it
//! (`printer`) and Go's label/branch checks (`branches`).
//!
//! Entry points: `decode_source`, then `parse_file` (never panics, whatever
//! the bytes), then `check_branches` on the AST (cmd/compile makes those
//! checks in its parser; they need the file's display name). As in Go,
//! only messages starting with `syntax error` should stop compilation
//! before type checking: lexer errors (`invalid character ...`, `newline in
//! string`), branch errors and the few type-checker errors the parser finds
//! (`non-name x.y on left side of :=`, `select case must be send or
//! receive ...`, `invalid syntax tree: use of .(type) outside type switch`)
//! are reported by Go together with its type errors, sorted by position.
//!
//! Invariants: the file is parsed one top-level declaration at a time (a
//! declaration keyword at bracket depth 0 after a `;` starts the next), so
//! a syntax error outside function bodies costs only its declaration and
//! parsing resumes where Go's parser resumes; inside function bodies the
//! grammar recovers statement by statement. ASTs are at most
//! `lexer::MAX_NESTING` levels deep.

pub mod ast;
pub mod branches;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;

#[cfg(test)]
mod parse_tests;

use crate::diag::{Diagnostic, FileId};
pub use branches::check_branches;
use lexer::{LexError, Lexer, Spanned};
use parser::{ParseState, TopItem};

/// Decodes a file's bytes. Go source must be UTF-8: each invalid byte is
/// reported (`invalid UTF-8 encoding`) and replaced by one ASCII byte so
/// that every later byte offset stays the same.
pub fn decode_source(file: FileId, bytes: &[u8]) -> (String, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    let mut offset = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: from_utf8 just said this prefix is valid.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad = e.error_len().unwrap_or(rest.len() - good).max(1);
                let at = offset + good;
                if diags.len() < 10 {
                    diags.push(Diagnostic::new(
                        file,
                        ast::Span::new(at, at + 1),
                        "invalid UTF-8 encoding",
                    ));
                }
                for _ in 0..bad {
                    out.push('\u{1a}');
                }
                rest = &rest[good + bad..];
                offset = at + bad;
            }
        }
    }
    (out, diags)
}

/// The tokens of one top-level declaration (or of the package clause):
/// ends where the next declaration starts.
struct Segment<'a, 's> {
    lx: &'a mut Lexer<'s>,
    st: &'a ParseState<'s>,
    started: bool,
    ended: bool,
}

impl Iterator for Segment<'_, '_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ended {
            return None;
        }
        if self.started {
            if let Some(cut) = self.lx.at_boundary() {
                self.st.segment_end.set(Some(cut));
                self.ended = true;
                return None;
            }
        }
        self.started = true;
        let t = self.lx.next();
        if !matches!(t, Some(Ok(_))) {
            self.ended = true;
        }
        t
    }
}

/// Parses one Go source file. Returns the AST (absent only when the file
/// is too broken to build one) and every syntax error found, in order.
/// With errors, the AST holds the declarations that parsed.
pub fn parse_file(file: FileId, src: &str) -> (Option<ast::File>, Vec<Diagnostic>) {
    let st = ParseState::new(file, src);
    let mut lexer = Lexer::new(&st, 0);
    let parser = parser::grammar::SourceFileParser::new();
    let mut package = None;
    let mut items = Vec::new();
    let mut first = true;
    let mut aborted = false;
    loop {
        st.segment_end.set(None);
        let mut seg = Segment {
            lx: &mut lexer,
            st: &st,
            started: false,
            ended: false,
        };
        match parser.parse(&st, &mut seg) {
            Ok((p, v)) => {
                if let Some(p) = p {
                    if first {
                        package = Some(p);
                    } else {
                        st.error_at(
                            p.span.lo as usize,
                            "syntax error: non-declaration statement outside function body",
                        );
                    }
                }
                items.extend(v);
            }
            Err(lalrpop_util::ParseError::User { .. }) => aborted = true,
            Err(e) => st.report(&e),
        }
        for t in seg.by_ref() {
            if t.is_err() {
                aborted = true;
            }
        }
        if aborted || lexer.finished() {
            break;
        }
        first = false;
    }
    if aborted {
        let mut diags = st.take_diags();
        diags.sort_by_key(|d| d.span.lo);
        return (None, diags);
    }
    let starts_with_package = st
        .hist
        .borrow()
        .first()
        .is_some_and(|h| &src[h.lo as usize..h.hi as usize] == "package");
    if package.is_none() && !starts_with_package {
        let (pos, found) = match st.hist.borrow().first() {
            Some(h) => {
                let text = &src[h.lo as usize..h.hi as usize];
                let found = match h.kind {
                    parser::HistKind::Name | parser::HistKind::Lit => text.to_string(),
                    parser::HistKind::Semi(token::SemiKind::Newline) => "newline".to_string(),
                    parser::HistKind::Semi(token::SemiKind::Eof) => "'EOF'".to_string(),
                    _ => format!("'{text}'"),
                };
                (h.lo as usize, found)
            }
            None => (src.len(), "'EOF'".to_string()),
        };
        st.error_at(pos, &format!("expected 'package', found {found}"));
    }
    let mut imports = Vec::new();
    let mut decls = Vec::new();
    for item in items {
        match item {
            TopItem::Import(specs, span) => {
                if !decls.is_empty() {
                    st.error_at(
                        span.lo as usize,
                        "syntax error: imports must appear before other declarations",
                    );
                }
                imports.extend(specs);
            }
            TopItem::Decl(d) => decls.push(d),
        }
    }
    st.report_guards();
    let mut diags = st.take_diags();
    diags.sort_by_key(|d| d.span.lo);
    let package = package.unwrap_or(ast::Ident {
        name: "_".to_string(),
        span: ast::Span::at(0),
    });
    let f = ast::File {
        package,
        imports,
        decls,
        span: ast::Span::new(0, src.len()),
    };
    (Some(f), diags)
}
