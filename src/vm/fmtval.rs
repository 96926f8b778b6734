//! Building fmt engine `FmtValue` trees from VM values.
//!
//! Owns: the mapping from (static type, register-form words) to the fmt
//! engine's reflective view. Reads the heap only; never allocates Go
//! objects. Methods (String/Error) are not filled in yet.

use super::Vm;
use crate::check::basic::BasicKind;
use crate::check::types::{Type, TypeId};
use crate::natives::fmt::{Field, FmtValue, Kind};
use std::sync::Arc;

impl Vm<'_> {
    fn regs_of(&self, t: TypeId) -> usize {
        match self.elem_index(t) {
            Some(i) => self.m.elems[i].regs as usize,
            None => self.calc_regs(t),
        }
    }

    fn calc_regs(&self, t: TypeId) -> usize {
        let tt = &self.m.types;
        match tt.get(tt.under(t)) {
            Type::Slice(_) => 4,
            Type::Struct(fs) => fs.iter().map(|f| self.calc_regs(f.ty)).sum(),
            Type::Array(n, e) => *n as usize * self.calc_regs(*e),
            Type::Basic(BasicKind::Complex128) | Type::Basic(BasicKind::Complex64) => 2,
            _ => 1,
        }
    }

    fn type_name(&self, t: TypeId) -> Arc<str> {
        let s = self.m.types.str(t, None);
        let s = if s == "any" {
            "interface {}".to_string()
        } else {
            s
        };
        Arc::from(s.as_str())
    }

    /// The fmt view of an interface word (top-level argument form).
    pub(crate) fn fmt_iface(&self, w: u64) -> FmtValue {
        if w == 0 {
            return FmtValue {
                ty: Arc::from("<nil>"),
                kind: Kind::Nil,
                methods: None,
            };
        }
        let (ty, words) = self.unbox(w);
        self.fmt_value(ty, &words)
    }

    pub(crate) fn fmt_value(&self, t: TypeId, w: &[u64]) -> FmtValue {
        let tt = &self.m.types;
        let ty = self.type_name(t);
        let g = |i: usize| w.get(i).copied().unwrap_or(0);
        let kind = match tt.get(tt.under(t)).clone() {
            Type::Basic(k) => {
                use BasicKind::*;
                match k {
                    Bool | UntypedBool => Kind::Bool(g(0) != 0),
                    Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune => {
                        Kind::Int(g(0) as i64)
                    }
                    Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => Kind::Uint(g(0)),
                    Float32 => Kind::Float {
                        v: f64::from_bits(g(0)),
                        size: 32,
                    },
                    Float64 | UntypedFloat => Kind::Float {
                        v: f64::from_bits(g(0)),
                        size: 64,
                    },
                    Complex64 | Complex128 | UntypedComplex => Kind::Complex {
                        re: f64::from_bits(g(0)),
                        im: f64::from_bits(g(1)),
                        size: if k == Complex64 { 64 } else { 128 },
                    },
                    String | UntypedString => Kind::String(self.str_bytes(g(0))),
                    _ => Kind::Nil,
                }
            }
            Type::Slice(e) => {
                let sl = [g(0), g(1), g(2), g(3)];
                let n = sl[2] as usize;
                let plain_u8 = tt.canon(e) == crate::check::types::basic(BasicKind::Uint8);
                match self.elem_index(tt.canon(e)) {
                    Some(ei) => {
                        let info = self.m.elems[ei].clone();
                        let items: Vec<Vec<u64>> =
                            (0..n).map(|i| self.slice_elem(sl, &info, i)).collect();
                        if plain_u8 {
                            Kind::Bytes {
                                data: items.iter().map(|v| v[0] as u8).collect(),
                                array: false,
                                nil: sl[0] == 0,
                                addr: sl[0],
                            }
                        } else {
                            Kind::Slice {
                                elems: items.iter().map(|v| self.fmt_elem(e, v)).collect(),
                                nil: sl[0] == 0,
                                addr: sl[0],
                                elem_u8: false,
                            }
                        }
                    }
                    None => Kind::Slice {
                        elems: vec![],
                        nil: sl[0] == 0,
                        addr: sl[0],
                        elem_u8: plain_u8,
                    },
                }
            }
            Type::Array(n, e) => {
                let k = self.regs_of(e);
                let elems = (0..n as usize)
                    .map(|i| self.fmt_elem(e, w.get(i * k..(i + 1) * k).unwrap_or(&[])))
                    .collect();
                Kind::Array {
                    elems,
                    elem_u8: tt.canon(e) == crate::check::types::basic(BasicKind::Uint8),
                }
            }
            Type::Struct(fs) => {
                let mut off = 0;
                let mut out = Vec::new();
                for f in fs {
                    let k = self.regs_of(f.ty);
                    let v = self.fmt_elem(f.ty, w.get(off..off + k).unwrap_or(&[]));
                    off += k;
                    out.push(Field {
                        name: Arc::from(f.name.as_str()),
                        exported: crate::check::objects::is_exported(&f.name),
                        value: v,
                    });
                }
                Kind::Struct(out)
            }
            Type::Interface(_) => {
                if g(0) == 0 {
                    Kind::Interface(None)
                } else {
                    Kind::Interface(Some(Box::new(self.fmt_iface(g(0)))))
                }
            }
            Type::Pointer(_) => Kind::Pointer {
                addr: g(0),
                target: None,
            },
            Type::Map(..) => self.fmt_map(t, g(0)),
            Type::Chan(..) => Kind::Chan(g(0)),
            Type::Func(_) => Kind::Func(g(0)),
            _ => Kind::Nil,
        };
        FmtValue {
            ty,
            kind,
            methods: self.fmt_methods(t, w),
        }
    }

    fn fmt_elem(&self, t: TypeId, w: &[u64]) -> FmtValue {
        self.fmt_value(t, w)
    }
}
