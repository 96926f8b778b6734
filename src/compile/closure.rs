//! Function values: function literals (closures), top-level functions and
//! method expressions used as values, bound method values (`x.M`), and
//! calls through a func value.
//!
//! Owns: closure infos (`Module::closures`), the queue of function
//! literal bodies, and the generated wrapper function of each bound method.
//! Invariants: a closure's environment holds, in `FuncInfo::captures`
//! order, the cell pointer of each captured variable (captured variables
//! always live in cells, so closures share them by reference); a bound
//! method's environment holds a copy of the receiver, evaluated when the
//! method value is made. A body's prologue loads its environment into
//! registers once; those registers never change.

use super::*;

/// A function literal waiting to be compiled.
pub(super) struct LitJob {
    pub func: u32,
    pub info: u32,
    pub file: FileId,
    pub body: ast::Block,
    pub name: String,
}

impl Compiler {
    /// The closure info for function `func` with an environment of
    /// `env` (register-form types, in order).
    pub(super) fn closure_info(&mut self, func: u32, env: &[TypeId]) -> u32 {
        let mut shape = Vec::new();
        for &t in env {
            self.shape(t, &mut shape);
        }
        let env_regs = env.iter().map(|&t| self.nregs(t)).sum();
        let key = (func, shape.clone());
        if let Some(&i) = self.closure_ids.get(&key) {
            return i;
        }
        let mut ptr_words: Vec<u32> = Vec::new();
        for (i, s) in shape.iter().enumerate() {
            if *s != Slot::S {
                ptr_words.push(i as u32 + 1);
            }
        }
        let layout = LayoutId::register(&LayoutDesc {
            name: format!("closure {}", func),
            kind: LayoutKind::Words,
            elem_words: shape.len() as u32 + 1,
            ptr_words,
            immutable: true,
        });
        let i = self.closures.len() as u32;
        self.closures.push(ClosureInfo {
            func,
            env: shape,
            env_regs,
            layout,
        });
        self.closure_ids.insert(key, i);
        i
    }

    /// A func literal into `d`.
    pub(super) fn func_lit(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        let ExprKind::FuncLit { body, .. } = &e.kind else {
            return Err("func literal".into());
        };
        let info = *self
            .p
            .facts
            .closures
            .get(&(self.f.file, e.id))
            .ok_or("closure info")?;
        let captures = self.p.funcs[info as usize].captures.clone();
        let func = self.funcs.len() as u32;
        self.f.nlits += 1;
        let name = format!("{}.func{}", self.f.name, self.f.nlits);
        self.funcs.push(Function::default());
        self.lit_queue.push(LitJob {
            func,
            info,
            file: self.f.file,
            body: body.clone(),
            name,
        });
        let ptr = self.ptr_type();
        let env: Vec<TypeId> = captures.iter().map(|_| ptr).collect();
        let c = self.closure_info(func, &env);
        let s = self.alloc(captures.len() as u32);
        for (k, cap) in captures.iter().enumerate() {
            let Some(&p) = self.f.cells.get(cap) else {
                return Err("captured variable not in a cell".into());
            };
            self.emit(Op::Move {
                d: s + k as u32,
                s: p,
            });
        }
        self.emit(Op::Closure { d, c, s });
        Ok(())
    }

    /// Any pointer type (environment words of closures are pointers).
    pub(super) fn ptr_type(&mut self) -> TypeId {
        let u8t = self.p.types.intern(Type::Basic(BasicKind::Uint8));
        self.p.types.intern(Type::Pointer(u8t))
    }

    /// A func value for function object `o` (no environment) into `d`.
    pub(super) fn func_value(&mut self, o: ObjId, d: Reg) -> CResult<()> {
        match self.callee(o)? {
            Callee::Go(f) => {
                let c = self.closure_info(f, &[]);
                self.emit(Op::Closure { d, c, s: 0 });
                Ok(())
            }
            Callee::Native(_) => Err("native function as a value".into()),
        }
    }

    /// A bound method value `x.M` (static dispatch) into `d`: the
    /// receiver is evaluated now and copied into the closure.
    pub(super) fn method_value(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        let ExprKind::Selector(x, _) = &e.kind else {
            return Err("method value".into());
        };
        let sel = self
            .p
            .facts
            .selections
            .get(&(self.f.file, e.id))
            .cloned()
            .ok_or("selector")?;
        let m = sel.obj.ok_or("method")?;
        let Callee::Go(f) = self.callee(m)? else {
            return Err("native method as a value".into());
        };
        let (rr, rt) = self.receiver(x, &sel, m)?;
        let w = self.bound_wrapper(m, f, rt)?;
        let c = self.closure_info(w, &[rt]);
        self.emit(Op::Closure { d, c, s: rr });
        Ok(())
    }

    /// The wrapper that calls method `m` (function `f`) with the receiver
    /// of type `rt` held in its closure environment.
    fn bound_wrapper(&mut self, m: ObjId, f: u32, rt: TypeId) -> CResult<u32> {
        if let Some(&w) = self.wrappers.get(&m) {
            return Ok(w);
        }
        let mt = self.p.objects[m.0 as usize].ty;
        let sig = self.p.types.sig(mt).cloned().ok_or("method signature")?;
        let np: u32 = sig.params.iter().map(|&t| self.nregs(t)).sum();
        let nres: u32 = sig.results.iter().map(|&t| self.nregs(t)).sum();
        let nr = self.nregs(rt);
        let re = self.elem(rt);
        let base = np;
        let nregs = np + (nr + np).max(nres) + 1;
        let code = vec![
            Op::LoadEnv {
                d: base,
                off: 0,
                e: re,
            },
            Op::MoveN {
                d: base + nr,
                s: 0,
                n: np,
            },
            Op::Call { f, base },
            Op::Ret { s: base, n: nres },
        ];
        let name = format!("{}-fm", self.funcs[f as usize].name);
        let w = self.funcs.len() as u32;
        let lines = vec![0; code.len()];
        self.funcs.push(Function {
            name,
            nparams: np,
            nresults: nres,
            nregs,
            code,
            lines,
            file: String::new(),
        });
        self.wrappers.insert(m, w);
        Ok(w)
    }

    /// Evaluates the receiver of method selection `sel` on `x` for method
    /// `m`: follows the embedded path, takes the address or dereferences
    /// as the method's receiver needs. Returns its registers and type.
    pub(super) fn receiver(
        &mut self,
        x: &Expr,
        sel: &crate::check::Selection,
        m: ObjId,
    ) -> CResult<(Reg, TypeId)> {
        let ptr_recv = self.p.objects[m.0 as usize].ptr_recv;
        let xt = self.ty(x);
        // The embedded value (or x itself) whose method this is.
        let pl = if sel.path.is_empty() {
            None
        } else {
            Some(self.field_place(x, &sel.path)?)
        };
        let (vt, is_ptr) = match &pl {
            Some(p) => {
                let t = self.place_type(p);
                (t, matches!(self.under(t), Type::Pointer(_)))
            }
            None => (xt, matches!(self.under(xt), Type::Pointer(_))),
        };
        if ptr_recv {
            if is_ptr {
                let r = self.alloc(1);
                match pl {
                    Some(p) => self.load_place(&p, r)?,
                    None => self.expr_into(x, r)?,
                }
                return Ok((r, vt));
            }
            // Take the address of the addressable value.
            let r = match pl {
                Some(p) => self.addr_of_place(p)?,
                None => {
                    let r = self.alloc(1);
                    self.addr_of(x, r)?;
                    r
                }
            };
            let pt = self.p.types.intern(Type::Pointer(vt));
            return Ok((r, pt));
        }
        // Value receiver.
        if is_ptr {
            let et = self.p.types.deref(vt).ok_or("deref receiver")?;
            let p = self.alloc(1);
            match pl {
                Some(pp) => self.load_place(&pp, p)?,
                None => self.expr_into(x, p)?,
            }
            let r = self.alloc(self.nregs(et).max(1));
            let e = self.elem(et);
            self.emit(Op::Load { d: r, p, off: 0, e });
            return Ok((r, et));
        }
        let r = self.alloc(self.nregs(vt).max(1));
        match pl {
            Some(p) => self.load_place(&p, r)?,
            None => self.expr_into(x, r)?,
        }
        Ok((r, vt))
    }

    /// Compiles the queued function literal bodies.
    pub(super) fn compile_lits(&mut self) {
        while let Some(job) = self.lit_queue.pop() {
            let info = self.p.funcs[job.info as usize].clone();
            self.f = FnState {
                file: job.file,
                name: job.name.clone(),
                ..FnState::default()
            };
            // Prologue: captured cells from the environment.
            let ptr = self.ptr_type();
            let pe = self.elem(ptr);
            let fun = self.compile_body(job.name, &info, Some(&job.body), |c| {
                for (k, &cap) in info.captures.iter().enumerate() {
                    let r = c.alloc(1);
                    c.emit(Op::LoadEnv {
                        d: r,
                        off: k as u32,
                        e: pe,
                    });
                    c.f.cells.insert(cap, r);
                }
            });
            self.funcs[job.func as usize] = fun;
        }
    }
}
