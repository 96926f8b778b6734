//! Expression strings as Go's compiler prints them in messages
//! (`syntax.String` in shortened form: `T{…}`, `func() {…}`).
//!
//! Owns: `expr_string`. Literals are printed from their source text.

use crate::diag::SourceFile;
use crate::syntax::ast::{self, ExprKind};

pub fn expr_string(src: &SourceFile, e: &ast::Expr) -> String {
    let mut s = String::new();
    write(src, e, &mut s, 0);
    s
}

fn text(src: &SourceFile, sp: ast::Span) -> &str {
    src.text.get(sp.lo as usize..sp.hi as usize).unwrap_or("")
}

fn write(src: &SourceFile, e: &ast::Expr, s: &mut String, depth: u32) {
    if depth > 100 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::ImagLit(_)
        | ExprKind::RuneLit(_)
        | ExprKind::StringLit(_) => s.push_str(text(src, e.span)),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write(src, t, s, d);
            }
            if elems.is_empty() {
                s.push_str("{}");
            } else {
                s.push_str("{…}");
            }
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(src, sig, s, d);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write(src, x, s, d);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write(src, x, s, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write(src, x, s, d);
            s.push('[');
            for (i, ix) in indices.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(src, ix, s, d);
            }
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
            ..
        } => {
            write(src, x, s, d);
            s.push('[');
            if let Some(l) = lo {
                write(src, l, s, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write(src, h, s, d);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write(src, m, s, d);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            write(src, x, s, d);
            s.push_str(".(");
            match typ {
                Some(t) => write(src, t, s, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            write(src, func, s, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(src, a, s, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Unary { op, x, .. } => {
            s.push_str(op.as_str());
            write(src, x, s, d);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write(src, x, s, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write(src, y, s, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write(src, l, s, d),
                None => s.push_str("..."),
            }
            s.push(']');
            write(src, elem, s, d);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write(src, elem, s, d);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write(src, key, s, d);
            s.push(']');
            write(src, value, s, d);
        }
        ExprKind::ChanType { dir, elem } => {
            match dir {
                ast::ChanDir::Both => s.push_str("chan "),
                ast::ChanDir::Send => s.push_str("chan<- "),
                ast::ChanDir::Recv => s.push_str("<-chan "),
            }
            write(src, elem, s, d);
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(src, ft, s, d);
        }
        ExprKind::StructType(st) => {
            s.push_str("struct{");
            for (i, f) in st.fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                write_field(src, f, s, d);
            }
            s.push('}');
        }
        ExprKind::InterfaceType(it) => {
            s.push_str("interface{");
            for (i, el) in it.elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    ast::InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(src, sig, s, d);
                    }
                    ast::InterfaceElem::Embed(x) => write(src, x, s, d),
                }
            }
            s.push('}');
        }
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

fn write_field(src: &SourceFile, f: &ast::Field, s: &mut String, d: u32) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.name);
    }
    if !f.names.is_empty() {
        s.push(' ');
    }
    if f.variadic {
        s.push_str("...");
    }
    write(src, &f.typ, s, d);
}

fn write_sig(src: &SourceFile, ft: &ast::FuncType, s: &mut String, d: u32) {
    s.push('(');
    for (i, f) in ft.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_field(src, f, s, d);
    }
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    let paren = ft.results.len() > 1 || !ft.results[0].names.is_empty();
    if paren {
        s.push('(');
    }
    for (i, f) in ft.results.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_field(src, f, s, d);
    }
    if paren {
        s.push(')');
    }
}
