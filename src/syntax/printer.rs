//! Go-syntax text of expressions and simple statements, in the short form
//! cmd/compile uses inside error messages (`T{…}`, `func() {…}`).
//!
//! Owns: `expr_string`, `stmt_string` and `go_pos` (the position Go's own
//! syntax tree gives a node, which some of Go's messages use).
//! Invariants: printing never fails; recursion depth is bounded by the
//! lexer's nesting limit.

use super::ast::*;

/// `x` as Go prints it in error messages.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    expr(&mut s, e);
    s
}

/// A simple statement as Go prints it (`n, err := f()`, `x++`, `ch <- v`).
pub fn stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    match &st.kind {
        StmtKind::Expr(e) => expr(&mut s, e),
        StmtKind::Send { ch, value, .. } => {
            expr(&mut s, ch);
            s.push_str(" <- ");
            expr(&mut s, value);
        }
        StmtKind::IncDec { x, inc, .. } => {
            expr(&mut s, x);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            list(&mut s, lhs);
            match op {
                AssignOp::Assign => s.push_str(" = "),
                AssignOp::Define => s.push_str(" := "),
                AssignOp::Op(b) => {
                    s.push(' ');
                    s.push_str(b.as_str());
                    s.push_str("= ");
                }
            }
            list(&mut s, rhs);
        }
        _ => s.push_str("statement"),
    }
    s
}

fn list(s: &mut String, v: &[Expr]) {
    for (i, e) in v.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(s, e);
    }
}

fn fields(s: &mut String, fs: &[Field], sep: &str) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
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
        expr(s, &f.typ);
        if let Some(tag) = &f.tag {
            s.push_str(" \"");
            s.push_str(&String::from_utf8_lossy(tag));
            s.push('"');
        }
    }
}

fn signature(s: &mut String, sig: &FuncType) {
    s.push('(');
    fields(s, &sig.params, ", ");
    s.push(')');
    match sig.results.as_slice() {
        [] => {}
        [one] if one.names.is_empty() => {
            s.push(' ');
            expr(s, &one.typ);
        }
        rs => {
            s.push_str(" (");
            fields(s, rs, ", ");
            s.push(')');
        }
    }
}

fn expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => s.push_str(t),
        ExprKind::RuneLit(c) => {
            let c = char::from_u32(*c).unwrap_or('\u{fffd}');
            s.push_str(&super::lexer::go_quote_rune(c));
        }
        ExprKind::StringLit(b) => {
            s.push('"');
            for ch in String::from_utf8_lossy(b).chars() {
                match ch {
                    '"' => s.push_str("\\\""),
                    '\\' => s.push_str("\\\\"),
                    '\n' => s.push_str("\\n"),
                    '\t' => s.push_str("\\t"),
                    c => s.push(c),
                }
            }
            s.push('"');
        }
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                expr(s, t);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, body } => {
            s.push_str("func");
            signature(s, sig);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, n) => {
            expr(s, x);
            s.push('.');
            s.push_str(&n.name);
        }
        ExprKind::Index { x, indices, .. } => {
            expr(s, x);
            s.push('[');
            list(s, indices);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                expr(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            expr(s, x);
            s.push_str(".(");
            match typ {
                Some(t) => expr(s, t),
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
            expr(s, func);
            s.push('(');
            list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Unary { op, x, .. } => {
            s.push_str(op.as_str());
            expr(s, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                expr(s, l);
            }
            s.push(']');
            expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            expr(s, elem);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            expr(s, key);
            s.push(']');
            expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir == ChanDir::Both
                && matches!(
                    elem.kind,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                s.push('(');
            }
            expr(s, elem);
            if paren {
                s.push(')');
            }
        }
        ExprKind::FuncType(sig) => {
            s.push_str("func");
            signature(s, sig);
        }
        ExprKind::StructType(st) => {
            s.push_str("struct{");
            fields(s, &st.fields, "; ");
            s.push('}');
        }
        ExprKind::InterfaceType(it) => {
            s.push_str("interface{");
            for (i, el) in it.elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        signature(s, sig);
                    }
                    InterfaceElem::Embed(t) => expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::Bad => s.push_str("<bad expr>"),
    }
}

/// The position cmd/compile's syntax tree gives `e` (used by Go messages
/// that print `node.Pos()`): the operator of an operation, the `(` of a
/// call, the `[` of an index, the `.` of a selector, the `{` of a
/// composite literal; otherwise the start. `src` locates selector dots.
pub fn go_pos(e: &Expr, src: &str) -> u32 {
    let dot_before = |lo: u32, hi: u32| -> u32 {
        let (lo, hi) = (lo as usize, (hi as usize).min(src.len()));
        src.get(lo..hi)
            .and_then(|t| t.rfind('.'))
            .map(|i| (lo + i) as u32)
            .unwrap_or(lo as u32)
    };
    match &e.kind {
        ExprKind::Binary { op_span, .. } | ExprKind::Unary { op_span, .. } => op_span.lo,
        ExprKind::Call { lparen, .. } => lparen.lo,
        ExprKind::Index { lbrack, .. } | ExprKind::Slice { lbrack, .. } => lbrack.lo,
        ExprKind::CompositeLit { lbrace, .. } => lbrace.lo,
        ExprKind::Selector(x, n) => dot_before(x.span.hi, n.span.lo),
        ExprKind::TypeAssert { x, lparen, .. } => dot_before(x.span.hi, lparen.lo),
        _ => e.span.lo,
    }
}
