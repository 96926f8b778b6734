//! `defer`, `recover()`, the return epilogue of functions that defer, and
//! labels with `goto`.
//!
//! Owns: the per-function defer/label state (`FnDefers`), the compilation
//! of `defer` statements (the call's function value, receiver and
//! arguments are evaluated at the statement; the call instruction is then
//! turned into a `Defer` record), the shared epilogue (`RunDefers`, reload
//! of result variables, `Ret`) that every `return` of a deferring function
//! jumps to and where a recovered panic resumes, and `goto`.
//! Invariants: in a function that contains a `defer` statement, every
//! return first stores its operands into the result variables and then
//! jumps to the epilogue, so deferred closures see and may change named
//! results; every `Defer` instruction names that epilogue as its landing
//! pc; `goto` targets are patched once the whole body is compiled.

use super::*;

/// Per-function state for defers and labels.
#[derive(Default)]
pub(super) struct FnDefers {
    /// The body contains a `defer` statement (outside function literals).
    pub has_defer: bool,
    /// Jumps to the epilogue, patched at the end of the body.
    pub to_epilogue: Vec<usize>,
    /// `Defer` instructions whose landing pc is the epilogue.
    pub defer_ops: Vec<usize>,
    /// Label name → pc of its statement.
    pub labels: HashMap<String, u32>,
    /// Pending `goto` jumps: (label, jump instruction).
    pub gotos: Vec<(String, usize)>,
}

impl FnDefers {
    /// Forgets instructions at `len` and after (a statement that failed to
    /// compile is dropped).
    pub(super) fn truncate(&mut self, len: usize) {
        self.to_epilogue.retain(|&j| j < len);
        self.defer_ops.retain(|&j| j < len);
        self.gotos.retain(|(_, j)| *j < len);
    }
}

/// Whether a statement list contains a `defer` (not counting function
/// literals, which are functions of their own).
pub(super) fn stmts_have_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(stmt_has_defer)
}

fn stmt_has_defer(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => stmt_has_defer(stmt),
        StmtKind::Block(b) => stmts_have_defer(&b.stmts),
        StmtKind::If { then, els, .. } => {
            stmts_have_defer(&then.stmts) || els.as_deref().is_some_and(stmt_has_defer)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| stmts_have_defer(&c.body))
        }
        StmtKind::Select { cases, .. } => cases.iter().any(|c| stmts_have_defer(&c.body)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => stmts_have_defer(&body.stmts),
        _ => false,
    }
}

impl Compiler {
    /// `defer CALL`.
    pub(super) fn defer_stmt(&mut self, e: &Expr) -> CResult<()> {
        let call = match &e.kind {
            ExprKind::Paren(x) => x.as_ref(),
            _ => e,
        };
        let ExprKind::Call { func, .. } = &call.kind else {
            return Err("defer of a non-call".into());
        };
        let ck = self
            .p
            .facts
            .calls
            .get(&(self.f.file, call.id))
            .cloned()
            .ok_or("call kind")?;
        let at = match ck {
            CallKind::Builtin(Builtin::Panic) => {
                let ExprKind::Call { args, .. } = &call.kind else {
                    return Err("defer".into());
                };
                let any = self.alloc(1);
                let at = self.ty(&args[0]);
                if self.is_nil(&args[0]) {
                    self.emit(Op::LoadInt { d: any, v: 0 });
                } else if self.is_iface(at) {
                    self.expr_into(&args[0], any)?;
                } else {
                    let r = self.expr(&args[0])?;
                    let b = self.elem(at);
                    self.emit(Op::Box { d: any, s: r, b });
                }
                self.emit(Op::Defer {
                    k: DeferKind::Panic,
                    f: 0,
                    base: any,
                    n: 1,
                    land: 0,
                })
            }
            CallKind::Builtin(Builtin::Print | Builtin::Println) => {
                self.call(call, None)?;
                match self.f.code.last().copied() {
                    Some(Op::CallNative { f, base }) => {
                        let at = self.f.code.len() - 1;
                        self.f.code[at] = Op::Defer {
                            k: DeferKind::Native,
                            f,
                            base,
                            n: 4,
                            land: 0,
                        };
                        at
                    }
                    _ => return Err("defer of this builtin".into()),
                }
            }
            // recover is then the deferred call itself, not called by
            // one: it never stops a panic, so nothing is recorded.
            CallKind::Builtin(Builtin::Recover) => return Ok(()),
            CallKind::Builtin(b @ (Builtin::Close | Builtin::Delete)) => {
                // The arguments now; the builtin runs in a small generated
                // function when the deferred call runs.
                let ExprKind::Call { args, .. } = &call.kind else {
                    return Err("defer".into());
                };
                let xt = self.ty(&args[0]);
                let (mut types, mut n) = (vec![xt], 1u32);
                if b == Builtin::Delete {
                    let Type::Map(kt, _) = self.under(xt) else {
                        return Err("delete of a non-map".into());
                    };
                    types.push(kt);
                    n += self.nregs(kt);
                }
                let base = self.alloc(n);
                self.expr_into(&args[0], base)?;
                let mut body = Vec::new();
                if b == Builtin::Delete {
                    self.expr_as(&args[1], types[1], base + 1)?;
                    let mi = self.map_info(xt)?;
                    body.push(Op::MapDel { m: 0, k: 1, mi });
                } else {
                    body.push(Op::Close { c: 0 });
                }
                body.push(Op::Ret { s: 0, n: 0 });
                let f = self.funcs.len() as u32;
                let lines = vec![self.f.span; body.len()];
                self.funcs.push(Function {
                    name: format!("{}.deferwrap", self.f.name),
                    nparams: n,
                    nresults: 0,
                    nregs: n + 1,
                    code: body,
                    lines,
                    file: String::new(),
                });
                self.emit(Op::Defer {
                    k: DeferKind::Go,
                    f,
                    base,
                    n,
                    land: 0,
                })
            }
            CallKind::Builtin(b) => return Err(format!("defer of builtin {}", b.name())),
            CallKind::Conversion(_) => return Err("defer of a conversion".into()),
            CallKind::Call { .. } => {
                let n = self.call_arg_words(func)?;
                self.call(call, None)?;
                let at = self.f.code.len().saturating_sub(1);
                let op = match self.f.code.last().copied() {
                    Some(Op::Call { f, base }) => Op::Defer {
                        k: DeferKind::Go,
                        f,
                        base,
                        n,
                        land: 0,
                    },
                    Some(Op::CallNative { f, base }) => Op::Defer {
                        k: DeferKind::Native,
                        f,
                        base,
                        n,
                        land: 0,
                    },
                    Some(Op::CallClo { c, base }) => Op::Defer {
                        k: DeferKind::Clo,
                        f: c,
                        base,
                        n,
                        land: 0,
                    },
                    _ => return Err("defer of this kind of call".into()),
                };
                self.f.code[at] = op;
                at
            }
        };
        self.f.dfr.defer_ops.push(at);
        Ok(())
    }

    /// Register words of a call's arguments, receiver included.
    fn call_arg_words(&mut self, func: &Expr) -> CResult<u32> {
        let ft = self.ty(func);
        let sig = self.p.types.sig(ft).cloned().ok_or("signature")?;
        let mut n: u32 = sig.params.iter().map(|&t| self.nregs(t)).sum();
        let mut f = func;
        while let ExprKind::Paren(x) = &f.kind {
            f = x;
        }
        if let ExprKind::Selector(..) = &f.kind {
            if let Some(sel) = self.p.facts.selections.get(&(self.f.file, f.id)) {
                if sel.kind == SelectionKind::Method && !sel.iface {
                    if let Some(m) = sel.obj {
                        let o = &self.p.objects[m.0 as usize];
                        n += if o.ptr_recv {
                            1
                        } else {
                            match o.recv_base {
                                Some(rb) => self.nregs(rb),
                                None => 1,
                            }
                        };
                    }
                }
            }
        }
        Ok(n)
    }

    /// `return es` in a function that defers: assign the result
    /// variables, then jump to the epilogue.
    pub(super) fn ret_deferred(&mut self, es: &[Expr]) -> CResult<()> {
        let rts = self.f.result_types.clone();
        let objs = self.f.result_objs.clone();
        if !es.is_empty() {
            let n: u32 = rts.iter().map(|&t| self.nregs(t)).sum();
            let tmp = if es.len() == 1 && rts.len() > 1 {
                self.multi(&es[0])?
            } else {
                let base = self.alloc(n.max(1));
                let mut off = 0;
                for (i, e) in es.iter().enumerate() {
                    let t = rts.get(i).copied().unwrap_or_default();
                    self.expr_as(e, t, base + off)?;
                    off += self.nregs(t);
                }
                base
            };
            let mut off = 0;
            for (i, &o) in objs.iter().enumerate() {
                let t = rts.get(i).copied().unwrap_or_default();
                let k = self.nregs(t);
                if let Some(&p) = self.f.cells.get(&o) {
                    let e = self.elem(t);
                    self.emit(Op::Store {
                        p,
                        off: 0,
                        v: tmp + off,
                        e,
                    });
                } else {
                    let d = self.f.results + off;
                    if k > 0 && d != tmp + off {
                        self.emit(Op::MoveN {
                            d,
                            s: tmp + off,
                            n: k,
                        });
                    }
                }
                off += k;
            }
        }
        let j = self.emit(Op::Jmp { to: 0 });
        self.f.dfr.to_epilogue.push(j);
        Ok(())
    }

    /// Ends a body: for a deferring function, the epilogue (reached by
    /// every return, by falling off the end of a function without
    /// results, and by a recovered panic); then the pending gotos.
    /// Returns false when the caller should emit its usual ending.
    pub(super) fn finish_body(&mut self, no_results: bool) -> bool {
        let done = if self.f.dfr.has_defer {
            if !no_results {
                self.fail("missing return");
            }
            let land = self.pc();
            for j in std::mem::take(&mut self.f.dfr.to_epilogue) {
                self.patch(j, land);
            }
            for at in std::mem::take(&mut self.f.dfr.defer_ops) {
                if let Op::Defer { land: l, .. } = &mut self.f.code[at] {
                    *l = land;
                }
            }
            self.emit(Op::RunDefers);
            let s = self.f.results;
            let objs = self.f.result_objs.clone();
            let mut off = 0;
            let mut n = 0;
            for o in objs {
                let t = self.p.objects[o.0 as usize].ty;
                if let Some(&p) = self.f.cells.get(&o) {
                    let e = self.elem(t);
                    self.emit(Op::Load {
                        d: s + off,
                        p,
                        off: 0,
                        e,
                    });
                }
                off += self.nregs(t);
                n = off;
            }
            self.emit(Op::Ret { s, n });
            true
        } else {
            false
        };
        for (l, j) in std::mem::take(&mut self.f.dfr.gotos) {
            match self.f.dfr.labels.get(&l) {
                Some(&to) => self.patch(j, to),
                None => {
                    let k = self.str_const(b"goto to an unknown label");
                    self.f.code[j] = Op::Fail { k };
                }
            }
        }
        done
    }

    /// A labeled statement starts here.
    pub(super) fn label_here(&mut self, name: &str) {
        let pc = self.pc();
        self.f.dfr.labels.insert(name.to_string(), pc);
    }

    /// `goto L`.
    pub(super) fn goto_stmt(&mut self, l: &ast::Ident) {
        let j = self.emit(Op::Jmp { to: 0 });
        self.f.dfr.gotos.push((l.name.clone(), j));
    }

    /// `recover()` into `d`: the VM hands over the panic value, or for a
    /// run-time panic the facts from which runtime.makePanicError (Go
    /// source in stdlib/runtime) builds the error value.
    pub(super) fn recover_call(&mut self, d: Reg) -> CResult<()> {
        let w = self.alloc(6);
        self.emit(Op::Recover { d: w });
        self.emit(Op::Move { d, s: w });
        let mk = self.runtime_func("makePanicError");
        if let Some(o) = mk {
            if let Ok(Callee::Go(f)) = self.callee(o) {
                let j = self.emit(Op::JmpF { c: w + 1, to: 0 });
                let base = self.alloc(6);
                self.emit(Op::MoveN {
                    d: base,
                    s: w + 1,
                    n: 5,
                });
                self.emit(Op::Call { f, base });
                self.emit(Op::Move { d, s: base });
                self.emit(Op::RecoverBox { s: base });
                let here = self.pc();
                self.patch(j, here);
            }
        }
        Ok(())
    }

    /// A function of golite's runtime package by name.
    fn runtime_func(&self, name: &str) -> Option<ObjId> {
        let pk = self
            .p
            .packages
            .iter()
            .find(|p| p.is_stdlib && p.path == "runtime")?;
        pk.funcs.iter().copied().find(|&o| {
            let ob = &self.p.objects[o.0 as usize];
            ob.name == name && ob.recv_base.is_none()
        })
    }
}
