//! Compiling Go maps: `make`, literals, `m[k]` reads and writes, comma-ok,
//! `m[k] op= v`, `delete`, `clear`, `len` and `range`.
//!
//! Owns: the per-map-type `MapInfo` table (key hashing and equality are
//! decided here, from the static key type; the VM never inspects a key to
//! learn how to hash it). Invariants: a map value is one register (a
//! pointer to the VM's map header object, 0 = nil); every map instruction
//! names the `MapInfo` of its map's underlying type; keys are passed in
//! register form, which for comparable types is also their heap form (no
//! slice words).

use super::{CResult, Compiler};
use crate::check::basic::BasicKind;
use crate::check::types::{Type, TypeId};
use crate::gc::{LayoutDesc, LayoutId, LayoutKind};
use crate::syntax::ast::{self, BinOp, Expr, ExprKind};

use super::bytecode::{Op, Reg, Slot, NO_REG};

/// How one key word is hashed and compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyOp {
    /// Integers, bools, channels: by the word.
    Word,
    /// A float (float32 keys are stored as f64 bits too): +0 == -0, NaN is
    /// never equal to anything (a fresh random hash each time).
    Float,
    /// A string: by its bytes.
    Str,
    /// A pointer: by the object and offset it designates.
    Ptr,
    /// An interface: by dynamic type, then that type's value rules; a
    /// dynamic type that is not comparable panics.
    Iface,
}

/// Fast paths the VM picks from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// One `Word` key.
    Word,
    /// One `Str` key.
    Str,
    /// Anything else (the general word-by-word path).
    Other,
}

/// One map type's facts for the VM.
#[derive(Clone, Debug)]
pub struct MapInfo {
    /// The map type (underlying, canonical).
    pub ty: TypeId,
    pub key_ty: TypeId,
    pub val_ty: TypeId,
    /// Element infos (`Module::elems`) of the key and value types.
    pub key: u32,
    pub val: u32,
    /// One op per key word (register form = heap form for keys).
    pub kops: Vec<KeyOp>,
    pub kind: KeyKind,
    /// Value shape (heap form) and its register count.
    pub vshape: Vec<Slot>,
    pub vregs: u32,
    /// Heap words of one entry: hash word, key words, value words.
    pub stride: u32,
    /// Layout of the entries array (one element = one entry).
    pub entry_layout: LayoutId,
}

impl Compiler {
    fn key_ops(&self, t: TypeId, out: &mut Vec<KeyOp>) {
        match self.under(t) {
            Type::Basic(k) => match k {
                BasicKind::String | BasicKind::UntypedString => out.push(KeyOp::Str),
                BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => {
                    out.push(KeyOp::Float)
                }
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    out.push(KeyOp::Float);
                    out.push(KeyOp::Float)
                }
                _ => out.push(KeyOp::Word),
            },
            Type::Struct(fs) => {
                for f in fs {
                    self.key_ops(f.ty, out)
                }
            }
            Type::Array(n, e) => {
                for _ in 0..n.min(1 << 20) {
                    self.key_ops(e, out)
                }
            }
            Type::Interface(_) => out.push(KeyOp::Iface),
            Type::Pointer(_) => out.push(KeyOp::Ptr),
            _ => out.push(KeyOp::Word),
        }
    }

    /// The `MapInfo` index of map type `t` (registered on first use).
    pub(super) fn map_info(&mut self, t: TypeId) -> CResult<u32> {
        let u = self.p.types.under(self.canon(t));
        let u = self.canon(u);
        if let Some(&i) = self.map_ids.get(&u) {
            return Ok(i);
        }
        let Type::Map(kt, vt) = self.under(u) else {
            return Err("map operation on a non-map type".into());
        };
        let key = self.elem(kt);
        let val = self.elem(vt);
        // Panics with plain messages box a string: make sure the VM can
        // unbox one.
        self.elem(crate::check::types::basic(BasicKind::String));
        let mut kops = Vec::new();
        self.key_ops(kt, &mut kops);
        let kshape = self.elems[key as usize].shape.clone();
        if kshape.len() != kops.len() || kshape.contains(&Slot::Sl) {
            return Err("map key type".into());
        }
        let vshape = self.elems[val as usize].shape.clone();
        let vregs = self.elems[val as usize].regs;
        let kind = match kops.as_slice() {
            [KeyOp::Word] => KeyKind::Word,
            [KeyOp::Str] => KeyKind::Str,
            _ => KeyKind::Other,
        };
        let stride = 1 + kshape.len() + vshape.len();
        if stride > u16::MAX as usize {
            return Err("map entries this large".into());
        }
        let mut ptr_words = Vec::new();
        for (i, s) in kshape.iter().chain(vshape.iter()).enumerate() {
            if *s != Slot::S {
                ptr_words.push(i as u32 + 1);
            }
        }
        let entry_layout = LayoutId::register(&LayoutDesc {
            name: format!("map entries {}", self.p.types.str(u, None)),
            kind: LayoutKind::Words,
            elem_words: stride as u32,
            ptr_words,
            immutable: false,
        });
        let i = self.maps.len() as u32;
        self.maps.push(MapInfo {
            ty: u,
            key_ty: self.canon(kt),
            val_ty: self.canon(vt),
            key,
            val,
            kops,
            kind,
            vshape,
            vregs,
            stride: stride as u32,
            entry_layout,
        });
        self.map_ids.insert(u, i);
        Ok(i)
    }

    fn map_kv_types(&self, t: TypeId) -> CResult<(TypeId, TypeId)> {
        match self.under(t) {
            Type::Map(k, v) => Ok((k, v)),
            _ => Err("map operation on a non-map type".into()),
        }
    }

    pub(super) fn is_map(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Map(..))
    }

    /// Evaluates key expression `k` (converted to the key type) into fresh
    /// registers.
    fn map_key(&mut self, kt: TypeId, k: &Expr) -> CResult<Reg> {
        let r = self.alloc(self.nregs(kt).max(1));
        self.expr_as(k, kt, r)?;
        Ok(r)
    }

    /// `make(map[K]V)` / `make(map[K]V, hint)` into `d`.
    pub(super) fn map_make(&mut self, t: TypeId, args: &[Expr], d: Reg) -> CResult<()> {
        let mi = self.map_info(t)?;
        let hint = match args.get(1) {
            Some(h) => {
                let ht = self.ty(h);
                let r = self.alloc(1);
                self.expr_as(h, ht, r)?;
                r
            }
            None => NO_REG,
        };
        self.emit(Op::MakeMap { d, hint, mi });
        Ok(())
    }

    /// A map composite literal into `d`.
    pub(super) fn map_lit(&mut self, t: TypeId, elems: &[ast::Element], d: Reg) -> CResult<()> {
        let mi = self.map_info(t)?;
        let (kt, vt) = self.map_kv_types(t)?;
        let hint = self.alloc(1);
        self.emit(Op::LoadInt {
            d: hint,
            v: elems.len() as i64,
        });
        let m = self.alloc(1);
        self.emit(Op::MakeMap { d: m, hint, mi });
        let vn = self.nregs(vt).max(1);
        for el in elems {
            let save = self.f.next;
            let key = el.key.as_ref().ok_or("map literal element without key")?;
            let k = self.map_key(kt, key)?;
            let v = self.alloc(vn);
            self.expr_as(&el.value, vt, v)?;
            self.emit(Op::MapSet { m, k, v, mi });
            self.f.next = save;
        }
        self.emit(Op::Move { d, s: m });
        Ok(())
    }

    /// `x[key]` read of a map into `d` (zero value when absent).
    pub(super) fn map_index(&mut self, x: &Expr, key: &Expr, d: Reg) -> CResult<()> {
        let xt = self.ty(x);
        let mi = self.map_info(xt)?;
        let (kt, _) = self.map_kv_types(xt)?;
        let m = self.expr(x)?;
        let k = self.map_key(kt, key)?;
        self.emit(Op::MapGet { d, m, k, mi });
        Ok(())
    }

    /// `v, ok := x[key]`: returns the base of {value regs, ok}.
    pub(super) fn map_index_ok(&mut self, e: &Expr) -> CResult<Option<Reg>> {
        let ExprKind::Index { x, indices, .. } = &e.kind else {
            return Ok(None);
        };
        let xt = self.ty(x);
        if !self.is_map(xt) {
            return Ok(None);
        }
        let mi = self.map_info(xt)?;
        let (kt, vt) = self.map_kv_types(xt)?;
        let vn = self.nregs(vt);
        let d = self.alloc(vn + 1);
        let m = self.expr(x)?;
        let k = self.map_key(kt, &indices[0])?;
        self.emit(Op::MapGetOk { d, m, k, mi });
        Ok(Some(d))
    }

    /// Is `e` (parenthesised or not) an index of a map?
    pub(super) fn is_map_index(&self, e: &Expr) -> bool {
        match &strip_parens(e).kind {
            ExprKind::Index { x, .. } => self.is_map(self.ty(x)),
            _ => false,
        }
    }

    /// The types of a comma-ok map index's two results.
    pub(super) fn map_index_ok_types(&self, e: &Expr) -> Option<Vec<TypeId>> {
        let ExprKind::Index { x, .. } = &strip_parens(e).kind else {
            return None;
        };
        let (_, vt) = self.map_kv_types(self.ty(x)).ok()?;
        Some(vec![vt, crate::check::types::basic(BasicKind::Bool)])
    }

    /// `x[key] op= y` (or `x[key]++` with `one`) on a map: the map and key
    /// are evaluated once. Returns false when `target` is not a map index.
    pub(super) fn map_op_assign(
        &mut self,
        target: &Expr,
        op: BinOp,
        y: Option<&Expr>,
        one: Option<Reg>,
    ) -> CResult<bool> {
        let target = strip_parens(target);
        let ExprKind::Index { x, indices, .. } = &target.kind else {
            return Ok(false);
        };
        let xt = self.ty(x);
        if !self.is_map(xt) {
            return Ok(false);
        }
        let mi = self.map_info(xt)?;
        let (kt, vt) = self.map_kv_types(xt)?;
        let m = self.alloc(1);
        self.expr_into(x, m)?;
        let k = self.map_key(kt, &indices[0])?;
        let vn = self.nregs(vt).max(1);
        // Go evaluates the map and key operands, then the right side, and
        // only then reads m[k] (the right side may change the map).
        let (yr, ytype) = match (y, one) {
            (_, Some(o)) => (o, vt),
            (Some(y), None) => {
                let yt = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.ty(y)
                } else {
                    vt
                };
                let r = self.alloc(self.nregs(yt).max(1));
                self.expr_as(y, yt, r)?;
                (r, yt)
            }
            _ => return Err("op assign".into()),
        };
        let cur = self.alloc(vn);
        let slot = self.alloc(1);
        self.emit(Op::MapGetSlot {
            d: cur,
            m,
            k,
            mi,
            s: slot,
        });
        let d = self.alloc(vn);
        self.arith(op, vt, ytype, cur, yr, d)?;
        self.emit(Op::MapSetSlot {
            m,
            k,
            v: d,
            mi,
            s: slot,
        });
        Ok(true)
    }

    /// `delete(m, k)`.
    pub(super) fn map_delete(&mut self, args: &[Expr]) -> CResult<()> {
        let xt = self.ty(&args[0]);
        let mi = self.map_info(xt)?;
        let (kt, _) = self.map_kv_types(xt)?;
        let m = self.expr(&args[0])?;
        let k = self.map_key(kt, &args[1])?;
        self.emit(Op::MapDel { m, k, mi });
        Ok(())
    }

    /// `clear(m)` for a map or slice; false for other arguments.
    pub(super) fn map_clear(&mut self, args: &[Expr]) -> CResult<bool> {
        let xt = self.ty(&args[0]);
        if let Type::Slice(et) = self.under(xt) {
            // clear(s) on a slice: zero elements 0..len(s).
            let s = self.expr(&args[0])?;
            let e = self.elem(et);
            let n = self.nregs(et).max(1);
            let z = self.alloc(n);
            self.emit(Op::Zero { d: z, n });
            let i = self.alloc(1);
            self.emit(Op::LoadInt { d: i, v: 0 });
            let top = self.pc();
            let j = self.emit(Op::JGeI {
                a: i,
                b: s + 2,
                to: 0,
            });
            self.emit(Op::StoreSl { s, i, v: z, e });
            self.emit(Op::AddIK { d: i, a: i, k: 1 });
            self.emit(Op::Jmp { to: top });
            let end = self.pc();
            self.patch(j, end);
            return Ok(true);
        }
        if !self.is_map(xt) {
            return Ok(false);
        }
        let m = self.expr(&args[0])?;
        self.emit(Op::MapClear { m });
        Ok(true)
    }

    /// `len(m)` into `d`.
    pub(super) fn map_len(&mut self, x: &Expr, d: Reg) -> CResult<()> {
        let m = self.expr(x)?;
        self.emit(Op::MapLen { d, m });
        Ok(())
    }

    /// `for k, v := range m { body }`.
    pub(super) fn range_map(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) -> CResult<()> {
        let xt = self.ty(x);
        let mi = self.map_info(xt)?;
        let (kt, vt) = self.map_kv_types(xt)?;
        let m = self.alloc(1);
        self.expr_into(x, m)?;
        let it = self.alloc(1);
        self.emit(Op::MapIter { d: it, m, mi });
        // The key and value land in scratch registers first, then are
        // stored to the range variables (which may be any assignable
        // place when not defined here).
        let kn = self.nregs(kt).max(1);
        let vn = self.nregs(vt).max(1);
        let want_k = key.is_some_and(|e| !is_blank(e));
        let want_v = value.is_some_and(|e| !is_blank(e));
        let ks = if want_k { self.alloc(kn) } else { NO_REG };
        let vs = if want_v { self.alloc(vn) } else { NO_REG };
        let top = self.pc();
        let jend = self.emit(Op::MapNext {
            it,
            k: ks,
            v: vs,
            mi,
            to: 0,
        });
        if want_k {
            self.range_assign(key, Some(ks), define)?;
        }
        if want_v {
            self.range_assign(value, Some(vs), define)?;
        }
        self.range_body(label, body, top, jend, Compiler::patch_map_next)
    }

    fn patch_map_next(&mut self, at: usize, to: u32) {
        if let Op::MapNext { to: t, .. } = &mut self.f.code[at] {
            *t = to;
        }
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "_")
}
