//! Go's report of a panic nothing recovered (stderr, then exit status 2).
//!
//! Owns: the `panic: ...` lines (oldest panic first, later ones indented
//! by a tab, `[recovered]` and `[recovered, repanicked]` marks, newlines
//! in a value's text followed by a tab), how a panic value prints (Error
//! or String methods, run as ordinary VM calls before the report as Go's
//! runtime does; basic kinds plainly or as `main.T(v)`; other types as
//! `(T) ADDRESS`), the SIGSEGV line of a nil dereference, and the
//! `goroutine 1 [running]:` trace.

use super::panics::PVal;
use super::*;

impl<'m> Vm<'m> {
    /// Before the report: starts the Error or String method of the next
    /// panic value that has one (Go calls them before printing). Returns
    /// true if a call was pushed; its return ends in `ret_hook`.
    pub(crate) fn report_prepare(&mut self) -> bool {
        let m = self.m;
        for i in 0..self.dfr.panics.len() {
            let p = &mut self.dfr.panics[i];
            if p.text.is_some() || p.hidden {
                continue;
            }
            let PVal::Value(w) = p.val else { continue };
            if w == 0 {
                continue;
            }
            // Mark as tried: a method that fails leaves the plain text.
            p.text = Some(String::new());
            let (ty, words) = self.unbox(w);
            let f = ["Error", "String"]
                .iter()
                .find_map(|n| m.methods.get(&(ty, n.to_string())).copied());
            let Some(f) = f else {
                self.dfr.panics[i].text = None;
                continue;
            };
            let (nb, need) = match self.frames.last() {
                Some(fr) => (
                    fr.base as usize + m.funcs[fr.func as usize].nregs as usize,
                    m.funcs[f as usize].nregs as usize,
                ),
                None => (0, m.funcs[f as usize].nregs as usize),
            };
            let end = nb + need.max(words.len()) + 1;
            if end > MAX_REGS {
                continue;
            }
            if self.regs.len() < end {
                self.regs.resize(end, 0);
            }
            self.regs[nb..nb + words.len()].copy_from_slice(&words);
            self.frames.push(Frame {
                func: f,
                pc: 0,
                base: nb as u32,
                clo: 0,
            });
            self.dfr.report_call = Some(((self.frames.len() - 1) as u32, i, nb as u32));
            return true;
        }
        false
    }

    /// The full report of the panics in flight.
    pub(crate) fn panic_report(&mut self) -> String {
        let mut s = String::new();
        let n = self.dfr.panics.len();
        let mut first = true;
        let mut segv = false;
        if self
            .dfr
            .panics
            .iter()
            .all(|p| matches!(p.val, PVal::Goexit))
        {
            return "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".into();
        }
        for i in 0..n {
            let p = &self.dfr.panics[i];
            if p.hidden || matches!(p.val, PVal::Goexit) {
                continue;
            }
            let (val, text, rec, rep) = (p.val.clone(), p.text.clone(), p.recovered, p.repanicked);
            let t = match text.filter(|t| !t.is_empty()) {
                Some(t) => t,
                None => match &val {
                    PVal::Runtime(msg) => {
                        segv = msg.starts_with("invalid memory address");
                        panics::runtime_text(msg)
                    }
                    PVal::Value(w) => self.value_text(*w),
                    PVal::Goexit => String::new(),
                },
            };
            if !first {
                s.push('\t');
            }
            first = false;
            s.push_str("panic: ");
            s.push_str(&t.replace('\n', "\n\t"));
            if rep {
                s.push_str(" [recovered, repanicked]");
            } else if rec {
                s.push_str(" [recovered]");
            }
            s.push('\n');
        }
        if segv {
            s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        s.push_str("\ngoroutine 1 [running]:\n");
        let trace = self
            .dfr
            .panics
            .last()
            .map(|p| p.trace.clone())
            .unwrap_or_default();
        for (f, pc) in trace {
            if f == self.m.entry {
                continue;
            }
            let fun = &self.m.funcs[f as usize];
            let args = if fun.nparams > 0 { "..." } else { "" };
            s.push_str(&format!("{}({args})\n", fun.name));
            let file = if fun.file.is_empty() { "?" } else { &fun.file };
            s.push_str(&format!("\t{file} +{pc:#x}\n"));
        }
        s
    }

    /// How Go prints panic value `w` (an interface word) without methods.
    pub(crate) fn value_text(&mut self, w: u64) -> String {
        // The Error/String text computed when the panic started (iface).
        if let Some(t) = self.iface.panic_texts.get(&w) {
            return t.clone();
        }
        if w == 0 {
            return "runtime error: panic called with nil argument".into();
        }
        let (ty, words) = self.unbox(w);
        let fv = self.fmt_value(ty, &words);
        let tname = self.m.types.str(ty, None);
        // Predeclared types (string, int...) print plainly.
        let named = self.m.types.is_named(ty) && tname.contains('.');
        use crate::natives::fmt::Kind;
        let plain = |v: &crate::natives::fmt::FmtValue| {
            String::from_utf8_lossy(&crate::natives::fmt::sprint(std::slice::from_ref(v)))
                .into_owned()
        };
        match &fv.kind {
            Kind::String(b) => {
                let s = String::from_utf8_lossy(b).into_owned();
                if named {
                    format!("{tname}(\"{s}\")")
                } else {
                    s
                }
            }
            Kind::Int(_)
            | Kind::Uint(_)
            | Kind::Bool(_)
            | Kind::Float { .. }
            | Kind::Complex { .. } => {
                let s = plain(&fv);
                if named {
                    format!("{tname}({s})")
                } else {
                    s
                }
            }
            _ => format!("({tname}) {:#x}", w & 0x0000_ffff_ffff_ffff),
        }
    }
}
