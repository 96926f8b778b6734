//! Goroutines and channels in the compiler: `go` statements, channel
//! make/send/receive/close/len/cap, comma-ok receives, range over a
//! channel and `select`.
//!
//! Invariants: `go f(x)` evaluates the function value, receiver and
//! arguments in the current goroutine, like a call, and copies them to the
//! new goroutine; a select evaluates every channel operand and send value
//! once, in source order, before choosing; the case that fired is a
//! register the compiled jump table dispatches on (cases.len() = default).

use super::*;

impl Compiler {
    /// `go call`.
    pub(super) fn go_stmt(&mut self, call: &Expr) -> CResult<()> {
        let call = strip_parens(call);
        let ExprKind::Call { func, .. } = &call.kind else {
            return Err("go of a non-call".into());
        };
        let ck = self
            .p
            .facts
            .calls
            .get(&(self.f.file, call.id))
            .cloned()
            .ok_or("call kind")?;
        let CallKind::Call { variadic_pack } = ck else {
            return Err("go of a builtin or conversion".into());
        };
        let target = self.call_target(func)?;
        let (base, n) = self.call_args(call, &target, variadic_pack)?;
        match target {
            CallTarget::Static(Callee::Go(f)) | CallTarget::Method(Callee::Go(f), ..) => {
                self.emit(Op::Go { f, base, n });
            }
            CallTarget::Value(c) => {
                self.emit(Op::GoClo { c, base, n });
            }
            _ => return Err("go of a native function".into()),
        }
        Ok(())
    }

    /// The element type of channel type `t`.
    fn chan_elem(&self, t: TypeId) -> CResult<TypeId> {
        match self.under(t) {
            Type::Chan(_, e) => Ok(e),
            _ => Err("not a channel".into()),
        }
    }

    /// `ch <- v`.
    pub(super) fn send_stmt(&mut self, ch: &Expr, v: &Expr) -> CResult<()> {
        let et = self.chan_elem(self.ty(ch))?;
        let c = self.expr(ch)?;
        let r = self.alloc(self.nregs(et).max(1));
        self.expr_as(v, et, r)?;
        let e = self.elem(et);
        self.emit(Op::Send { c, v: r, e });
        Ok(())
    }

    /// `<-ch` into `d` (and ok into `ok` unless NO_REG).
    pub(super) fn recv_into(&mut self, ch: &Expr, d: Reg, ok: Reg) -> CResult<()> {
        let et = self.chan_elem(self.ty(ch))?;
        let c = self.expr(ch)?;
        let e = self.elem(et);
        self.emit(Op::Recv { d, c, e, ok });
        Ok(())
    }

    /// `make(chan T[, n])` into `d`.
    pub(super) fn make_chan(&mut self, args: &[Expr], d: Reg) -> CResult<()> {
        let cap = match args.get(1) {
            Some(a) => self.expr(a)?,
            None => NO_REG,
        };
        self.emit(Op::MakeChan { d, cap });
        Ok(())
    }

    /// The two-value form `v, ok := <-ch`: registers of v (then ok).
    pub(super) fn recv_comma_ok(&mut self, e: &Expr) -> CResult<Option<Reg>> {
        let ExprKind::Unary {
            op: UnOp::Recv, x, ..
        } = &strip_parens(e).kind
        else {
            return Ok(None);
        };
        let et = self.chan_elem(self.ty(x))?;
        let n = self.nregs(et);
        let d = self.alloc(n + 1);
        self.recv_into(x, d, d + n)?;
        Ok(Some(d))
    }

    /// `for v := range ch`.
    pub(super) fn range_chan(
        &mut self,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) -> CResult<()> {
        let et = self.chan_elem(self.ty(x))?;
        let c = self.alloc(1);
        self.expr_into(x, c)?;
        let n = self.nregs(et);
        let v = self.alloc(n.max(1));
        let ok = self.alloc(1);
        let e = self.elem(et);
        let top = self.pc();
        self.emit(Op::Recv { d: v, c, e, ok });
        let jend = self.emit(Op::JmpF { c: ok, to: 0 });
        self.range_assign(key, Some(v), define)?;
        self.range_body(label, body, top, jend, Compiler::patch)
    }

    /// A `select` statement.
    pub(super) fn select_stmt(&mut self, clauses: &[ast::CommClause]) -> CResult<()> {
        let label = self.f.pending_label.take();
        let mut cases = Vec::new();
        // For each clause: Some(case index) or None for default, and the
        // receive targets to assign in its body.
        struct Arm<'a> {
            case: Option<usize>,
            lhs: &'a [Expr],
            define: bool,
            val: Reg,
            ok: Reg,
        }
        let mut arms = Vec::new();
        let mut has_default = false;
        for cc in clauses {
            let Some(comm) = &cc.comm else {
                has_default = true;
                arms.push(Arm {
                    case: None,
                    lhs: &[],
                    define: false,
                    val: NO_REG,
                    ok: NO_REG,
                });
                continue;
            };
            match &comm.kind {
                StmtKind::Send { ch, value, .. } => {
                    let et = self.chan_elem(self.ty(ch))?;
                    let c = self.alloc(1);
                    self.expr_into(ch, c)?;
                    let v = self.alloc(self.nregs(et).max(1));
                    self.expr_as(value, et, v)?;
                    let e = self.elem(et);
                    arms.push(Arm {
                        case: Some(cases.len()),
                        lhs: &[],
                        define: false,
                        val: NO_REG,
                        ok: NO_REG,
                    });
                    cases.push(SelectCase {
                        send: true,
                        ch: c,
                        val: v,
                        e,
                        ok: NO_REG,
                    });
                }
                StmtKind::Expr(_) | StmtKind::Assign { .. } if recv_operand(comm).is_some() => {
                    let (lhs, define, chx) = recv_operand(comm).ok_or("select receive")?;
                    let et = self.chan_elem(self.ty(chx))?;
                    let c = self.alloc(1);
                    self.expr_into(chx, c)?;
                    let n = self.nregs(et);
                    let (val, ok) = if lhs.is_empty() {
                        (NO_REG, NO_REG)
                    } else {
                        let v = self.alloc(n.max(1));
                        let ok = if lhs.len() > 1 { self.alloc(1) } else { NO_REG };
                        (v, ok)
                    };
                    let e = self.elem(et);
                    arms.push(Arm {
                        case: Some(cases.len()),
                        lhs,
                        define,
                        val,
                        ok,
                    });
                    cases.push(SelectCase {
                        send: false,
                        ch: c,
                        val,
                        e,
                        ok,
                    });
                }
                _ => return Err("select case form".into()),
            }
        }
        let d = self.alloc(1);
        let ncases = cases.len();
        let s = self.selects.len() as u32;
        self.selects.push(SelectInfo {
            cases,
            has_default,
            d,
        });
        self.emit(Op::Select { s });
        // Dispatch on the case index.
        let k = self.alloc(1);
        let c = self.alloc(1);
        let mut jumps = Vec::new();
        for arm in &arms {
            let idx = arm.case.unwrap_or(ncases) as i64;
            self.emit(Op::LoadInt { d: k, v: idx });
            self.emit(Op::EqI { d: c, a: d, b: k });
            jumps.push(self.emit(Op::JmpT { c, to: 0 }));
        }
        let mut ends = vec![self.emit(Op::Jmp { to: 0 })];
        self.begin_switch(label);
        for (i, arm) in arms.iter().enumerate() {
            let here = self.pc();
            self.patch(jumps[i], here);
            if arm.case.is_some() && !arm.lhs.is_empty() {
                let et = self.ty(&arm.lhs[0]);
                let _ = et;
                self.recv_assign(arm.lhs, arm.define, arm.val, arm.ok)?;
            }
            self.block(&clauses[i].body)?;
            ends.push(self.emit(Op::Jmp { to: 0 }));
        }
        self.end_switch(ends)?;
        Ok(())
    }

    /// Assigns a select receive's value (and ok) to its targets.
    fn recv_assign(&mut self, lhs: &[Expr], define: bool, val: Reg, ok: Reg) -> CResult<()> {
        for (i, l) in lhs.iter().enumerate() {
            let r = if i == 0 { val } else { ok };
            if r == NO_REG {
                continue;
            }
            match self.new_var(l, define) {
                Some(o) => {
                    if self.p.objects[o.0 as usize].name != "_" {
                        // The value may need boxing for an interface variable.
                        self.declare_local(o, Some(r));
                    }
                }
                None => {
                    let pl = self.lvalue(l)?;
                    self.store_place(&pl, r)?;
                }
            }
        }
        Ok(())
    }
}

/// `(x)` → `x`.
pub(super) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// For a select receive case: its assignment targets, whether they are
/// declared (`:=`), and the channel operand.
fn recv_operand(s: &Stmt) -> Option<(&[Expr], bool, &Expr)> {
    let (lhs, define, rhs): (&[Expr], bool, &Expr) = match &s.kind {
        StmtKind::Expr(e) => (&[], false, e),
        StmtKind::Assign { lhs, op, rhs, .. } if rhs.len() == 1 => {
            (lhs.as_slice(), *op == AssignOp::Define, &rhs[0])
        }
        _ => return None,
    };
    match &strip_parens(rhs).kind {
        ExprKind::Unary {
            op: UnOp::Recv, x, ..
        } => Some((lhs, define, x)),
        _ => None,
    }
}
