//! Places: the addressable operands of Go (variables, fields, elements,
//! pointer indirections) and how the compiler reads, writes and takes the
//! address of each.
//!
//! Owns: where a variable lives (a register range, a heap cell, or a word
//! range of the globals object), `lvalue` (evaluates the operands of an
//! addressable expression once, giving a `Place`), `load_place`,
//! `store_place`, `addr_of`.
//! Invariants: a local that escapes (captured by a closure, address taken)
//! or is too big for registers lives in a cell: its register holds the
//! cell's pointer and never changes while the variable is in scope, except
//! for the fresh cell of each loop iteration (Go 1.22). Heap word offsets
//! (`heap_offset`) count heap-form words (a slice is one word there), while
//! register offsets (`field_offset`) count registers.

use super::*;

/// Largest value kept in registers for a local variable; bigger ones
/// (large arrays) live in a cell.
const MAX_REG_LOCAL: u32 = 64;

/// An evaluated addressable operand. `t` is the type of the value there.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place {
    /// `n` registers starting at `r` (n = nregs(t)).
    Reg(Reg, TypeId),
    /// Heap form at pointer register `p` plus `off` words.
    Mem { p: Reg, off: u32, t: TypeId },
    /// Heap form at word `g` of the globals object.
    Global { g: u32, t: TypeId },
    /// Slice element `s[i]` (bounds checked at access).
    SliceElem { s: Reg, i: Reg, t: TypeId },
    /// Part of a register array element: registers
    /// `base + i*stride + sub ..` (bounds checked against `len`).
    RegArr {
        base: Reg,
        i: Reg,
        len: u32,
        stride: u32,
        sub: u32,
        t: TypeId,
    },
    /// Map element `m[k]` (map and key evaluated; `mi` = map info).
    MapElem { m: Reg, k: Reg, mi: u32, t: TypeId },
    /// The blank identifier: stores are discarded.
    Blank,
}

impl Compiler {
    /// Whether local `obj` must live in a heap cell.
    pub(super) fn in_cell(&self, obj: ObjId) -> bool {
        let o = &self.p.objects[obj.0 as usize];
        o.escapes() || self.nregs(o.ty) > MAX_REG_LOCAL
    }

    /// Declares local `obj`, initialised from registers `init` (register
    /// form) or to its zero value.
    pub(super) fn declare_local(&mut self, obj: ObjId, init: Option<Reg>) {
        let t = self.p.objects[obj.0 as usize].ty;
        let n = self.nregs(t);
        if self.in_cell(obj) {
            let e = self.elem(t);
            let p = self.alloc(1);
            self.emit(Op::New { d: p, e });
            if let Some(v) = init {
                self.emit(Op::Store { p, off: 0, v, e });
            }
            self.f.cells.insert(obj, p);
        } else {
            let r = self.alloc(n);
            match init {
                Some(v) => {
                    if v != r {
                        self.emit(Op::MoveN { d: r, s: v, n });
                    }
                }
                None => {
                    self.emit(Op::Zero { d: r, n });
                }
            }
            self.f.locals.insert(obj, r);
        }
    }

    /// The globals-object word of package variable `obj`, assigned on
    /// first use.
    pub(super) fn global(&mut self, obj: ObjId) -> Option<u32> {
        if let Some(&g) = self.globals.get(&obj) {
            return Some(g);
        }
        let o = &self.p.objects[obj.0 as usize];
        if o.kind != ObjKind::Var || !o.global {
            return None;
        }
        let t = o.ty;
        let mut shape = Vec::new();
        self.shape(t, &mut shape);
        let g = self.global_shape.len() as u32;
        self.global_shape.extend(shape);
        self.globals.insert(obj, g);
        Some(g)
    }

    /// Heap-form words of a value of type `t`.
    pub(super) fn heap_words(&self, t: TypeId) -> u32 {
        let mut v = Vec::new();
        self.shape(t, &mut v);
        v.len() as u32
    }

    /// Heap-form word offset of field `idx` of struct type `t`.
    pub(super) fn heap_offset(&self, t: TypeId, idx: usize) -> u32 {
        match self.under(t) {
            Type::Struct(fs) => fs.iter().take(idx).map(|f| self.heap_words(f.ty)).sum(),
            _ => 0,
        }
    }

    fn is_addressable(&self, e: &Expr) -> bool {
        matches!(
            self.p
                .facts
                .types
                .get(&(self.f.file, e.id))
                .map(|f| &f.mode),
            Some(crate::check::Mode::Var)
        )
    }

    /// Evaluates the operands of addressable expression `e` (index
    /// operands, pointer operands) and returns where its value lives.
    pub(super) fn lvalue(&mut self, e: &Expr) -> CResult<Place> {
        let t = self.ty(e);
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue(x),
            ExprKind::Ident(id) => {
                if id.name == "_" {
                    return Ok(Place::Blank);
                }
                let o = self
                    .use_of(e)
                    .or_else(|| self.def_of(id))
                    .ok_or("unresolved identifier")?;
                self.var_place(o)
                    .ok_or_else(|| format!("use of {}", id.name))
            }
            ExprKind::Selector(x, _) => {
                let sel = self
                    .p
                    .facts
                    .selections
                    .get(&(self.f.file, e.id))
                    .cloned()
                    .ok_or("selector")?;
                match sel.kind {
                    SelectionKind::Field => self.field_place(x, &sel.path),
                    SelectionKind::PkgMember => {
                        let o = sel.obj.ok_or("member")?;
                        if let Some(why) = self.broken_globals.get(&o) {
                            return Err(why.clone());
                        }
                        self.var_place(o).ok_or_else(|| "package member".into())
                    }
                    _ => Err("method value as a place".into()),
                }
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                match self.under(xt) {
                    Type::Slice(el) => {
                        let s = self.expr(x)?;
                        let i = self.index_operand(&indices[0])?;
                        Ok(Place::SliceElem { s, i, t: el })
                    }
                    Type::Array(len, el) => {
                        if !self.is_addressable(x) {
                            return Err("index of a non-addressable array".into());
                        }
                        let base = self.lvalue(x)?;
                        let i = self.index_operand(&indices[0])?;
                        self.array_elem(base, i, len as u32, el)
                    }
                    Type::Pointer(at) => {
                        let Type::Array(len, el) = self.under(at) else {
                            return Err("index of pointer".into());
                        };
                        let p = self.expr(x)?;
                        let i = self.index_operand(&indices[0])?;
                        let d = self.alloc(1);
                        let stride = self.heap_words(el);
                        self.emit(Op::AddrIdx {
                            d,
                            p,
                            i,
                            len: len as u32,
                            stride,
                        });
                        Ok(Place::Mem {
                            p: d,
                            off: 0,
                            t: el,
                        })
                    }
                    Type::Map(kt, vt) => {
                        let mi = self.map_info(xt)?;
                        let m = self.expr(x)?;
                        let k = self.alloc(self.nregs(kt).max(1));
                        self.expr_as(&indices[0], kt, k)?;
                        Ok(Place::MapElem { m, k, mi, t: vt })
                    }
                    _ => Err("maps and pointers".into()),
                }
            }
            ExprKind::Unary {
                op: UnOp::Deref, x, ..
            } => {
                let p = self.expr(x)?;
                Ok(Place::Mem { p, off: 0, t })
            }
            _ => Err("assignment to this kind of target".into()),
        }
    }

    /// An index operand in a register (constants loaded).
    fn index_operand(&mut self, e: &Expr) -> CResult<Reg> {
        let t = self.ty(e);
        let r = self.expr(e)?;
        // Unsigned index types are fine as they are (bounds checks compare
        // unsigned); signed ones too (negative = huge unsigned).
        let _ = t;
        Ok(r)
    }

    /// Where variable `o` (local, cell or global) lives.
    pub(super) fn var_place(&mut self, o: ObjId) -> Option<Place> {
        let t = self.p.objects[o.0 as usize].ty;
        if let Some(&r) = self.f.locals.get(&o) {
            return Some(Place::Reg(r, t));
        }
        if let Some(&p) = self.f.cells.get(&o) {
            return Some(Place::Mem { p, off: 0, t });
        }
        let g = self.global(o)?;
        Some(Place::Global { g, t })
    }

    /// Element `i` of the array at `base` (array length `len`, element
    /// type `el`).
    fn array_elem(&mut self, base: Place, i: Reg, len: u32, el: TypeId) -> CResult<Place> {
        match base {
            Place::Reg(r, _) => {
                let stride = self.nregs(el);
                Ok(Place::RegArr {
                    base: r,
                    i,
                    len,
                    stride,
                    sub: 0,
                    t: el,
                })
            }
            other => {
                let p = self.addr_of_place(other)?;
                let d = self.alloc(1);
                let stride = self.heap_words(el);
                self.emit(Op::AddrIdx {
                    d,
                    p,
                    i,
                    len,
                    stride,
                });
                Ok(Place::Mem {
                    p: d,
                    off: 0,
                    t: el,
                })
            }
        }
    }

    /// The place of `x.f` where `path` leads through embedded fields to
    /// the field (following pointers on the way).
    pub(super) fn field_place(&mut self, x: &Expr, path: &[usize]) -> CResult<Place> {
        let xt = self.ty(x);
        let mut pl = match self.under(xt) {
            Type::Pointer(et) => {
                let p = self.expr(x)?;
                Place::Mem { p, off: 0, t: et }
            }
            _ if self.is_addressable(x) => self.lvalue(x)?,
            _ => {
                let r = self.expr(x)?;
                Place::Reg(r, xt)
            }
        };
        for (k, &idx) in path.iter().enumerate() {
            if k > 0 {
                let cur = self.place_type(&pl);
                if let Type::Pointer(et) = self.under(cur) {
                    let p = self.alloc(1);
                    self.load_place(&pl, p)?;
                    pl = Place::Mem { p, off: 0, t: et };
                }
            }
            pl = self.field_of(pl, idx)?;
        }
        Ok(pl)
    }

    pub(super) fn place_type(&self, p: &Place) -> TypeId {
        match *p {
            Place::Reg(_, t)
            | Place::Mem { t, .. }
            | Place::Global { t, .. }
            | Place::SliceElem { t, .. }
            | Place::RegArr { t, .. }
            | Place::MapElem { t, .. } => t,
            Place::Blank => TypeId::default(),
        }
    }

    /// Field `idx` of the struct at place `pl`.
    pub(super) fn field_of(&mut self, pl: Place, idx: usize) -> CResult<Place> {
        let st = self.place_type(&pl);
        let Type::Struct(fs) = self.under(st) else {
            return Err("field of a non-struct".into());
        };
        let ft = fs.get(idx).map(|f| f.ty).ok_or("field index")?;
        Ok(match pl {
            Place::Reg(r, _) => Place::Reg(r + self.field_offset(st, &[idx]), ft),
            Place::Mem { p, off, .. } => Place::Mem {
                p,
                off: off + self.heap_offset(st, idx),
                t: ft,
            },
            Place::Global { g, .. } => Place::Global {
                g: g + self.heap_offset(st, idx),
                t: ft,
            },
            Place::RegArr {
                base,
                i,
                len,
                stride,
                sub,
                ..
            } => Place::RegArr {
                base,
                i,
                len,
                stride,
                sub: sub + self.field_offset(st, &[idx]),
                t: ft,
            },
            Place::SliceElem { s, i, t } => {
                let e = self.elem(t);
                let d = self.alloc(1);
                self.emit(Op::AddrSl { d, s, i, e });
                Place::Mem {
                    p: d,
                    off: self.heap_offset(st, idx),
                    t: ft,
                }
            }
            Place::MapElem { m, k, mi, t } => {
                // Map elements are not addressable: read the struct, take
                // the field from the copy.
                let r = self.alloc(self.nregs(t).max(1));
                self.emit(Op::MapGet { d: r, m, k, mi });
                Place::Reg(r + self.field_offset(st, &[idx]), ft)
            }
            Place::Blank => return Err("field of _".into()),
        })
    }

    /// Loads the value at `pl` into registers `d..`.
    pub(super) fn load_place(&mut self, pl: &Place, d: Reg) -> CResult<()> {
        match *pl {
            Place::Reg(r, t) => {
                let n = self.nregs(t);
                if r != d && n > 0 {
                    self.emit(Op::MoveN { d, s: r, n });
                }
            }
            Place::Mem { p, off, t } => {
                let e = self.elem(t);
                self.emit(Op::Load { d, p, off, e });
            }
            Place::Global { g, t } => {
                let e = self.elem(t);
                self.emit(Op::LoadGlobal { d, g, e });
            }
            Place::SliceElem { s, i, t } => {
                let e = self.elem(t);
                self.emit(Op::IndexSl { d, s, i, e });
            }
            Place::RegArr {
                base,
                i,
                len,
                stride,
                sub,
                t,
            } => {
                let n = self.nregs(t);
                self.emit(Op::IndexR {
                    d,
                    base: base + sub,
                    i,
                    len,
                    stride,
                    n,
                });
            }
            Place::MapElem { m, k, mi, .. } => {
                self.emit(Op::MapGet { d, m, k, mi });
            }
            Place::Blank => return Err("use of _".into()),
        }
        Ok(())
    }

    /// Stores registers `v..` (register form of the place's type) at `pl`.
    pub(super) fn store_place(&mut self, pl: &Place, v: Reg) -> CResult<()> {
        match *pl {
            Place::Reg(r, t) => {
                let n = self.nregs(t);
                if r != v && n > 0 {
                    self.emit(Op::MoveN { d: r, s: v, n });
                }
            }
            Place::Mem { p, off, t } => {
                let e = self.elem(t);
                self.emit(Op::Store { p, off, v, e });
            }
            Place::Global { g, t } => {
                let e = self.elem(t);
                self.emit(Op::StoreGlobal { g, s: v, e });
            }
            Place::SliceElem { s, i, t } => {
                let e = self.elem(t);
                self.emit(Op::StoreSl { s, i, v, e });
            }
            Place::RegArr {
                base,
                i,
                len,
                stride,
                sub,
                t,
            } => {
                let n = self.nregs(t);
                self.emit(Op::StoreR {
                    base: base + sub,
                    i,
                    v,
                    len,
                    stride,
                    n,
                });
            }
            Place::MapElem { m, k, mi, .. } => {
                self.emit(Op::MapSet { m, k, v, mi });
            }
            Place::Blank => {}
        }
        Ok(())
    }

    /// A register holding a pointer to place `pl`.
    pub(super) fn addr_of_place(&mut self, pl: Place) -> CResult<Reg> {
        let d = self.alloc(1);
        match pl {
            Place::Mem { p, off, .. } => {
                self.emit(Op::Addr { d, p, off });
            }
            Place::Global { g, .. } => {
                self.emit(Op::AddrG { d, g });
            }
            Place::SliceElem { s, i, t } => {
                let e = self.elem(t);
                self.emit(Op::AddrSl { d, s, i, e });
            }
            _ => return Err("address of a register variable".into()),
        }
        Ok(d)
    }

    /// `&x` into `d`.
    pub(super) fn addr_of(&mut self, x: &Expr, d: Reg) -> CResult<()> {
        match &x.kind {
            ExprKind::Paren(y) => self.addr_of(y, d),
            ExprKind::CompositeLit { .. } => {
                let t = self.ty(x);
                let e = self.elem(t);
                let v = self.alloc(self.nregs(t).max(1));
                self.expr_into(x, v)?;
                self.emit(Op::New { d, e });
                self.emit(Op::Store { p: d, off: 0, v, e });
                Ok(())
            }
            _ => {
                let pl = self.lvalue(x)?;
                let r = self.addr_of_place(pl)?;
                self.emit(Op::Move { d, s: r });
                Ok(())
            }
        }
    }
}
