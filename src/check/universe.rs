//! The universe scope: predeclared types, constants, nil and built-ins.
//!
//! Owns: `Checker::setup_universe`. Invariant: runs once, first, so the
//! basic types keep the ids fixed in `types` (`INT`, `STRING`, ...).

use super::basic::BasicKind;
use super::checker::Checker;
use super::objects::*;
use super::types::*;

impl Checker<'_> {
    pub fn setup_universe(&mut self) {
        let u = self.universe;
        use BasicKind::*;
        for k in [
            Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
            Float32, Float64, Complex64, Complex128, String,
        ] {
            let o = self.new_obj(Object::new(ObjKind::TypeName, k.name(), None, basic(k)));
            self.insert(u, k.name(), o);
        }
        let byte = self
            .tt
            .intern(Type::Alias("byte".into(), None, basic(Uint8)));
        let rune = self
            .tt
            .intern(Type::Alias("rune".into(), None, basic(Int32)));
        for (n, t) in [("byte", byte), ("rune", rune)] {
            let o = self.new_obj(Object::new(ObjKind::TypeName, n, None, t));
            self.insert(u, n, o);
        }
        let empty = self.tt.intern(Type::Interface(Iface {
            methods: vec![],
            terms: None,
            comparable: false,
        }));
        self.empty_iface = empty;
        let any = self.tt.intern(Type::Alias("any".into(), None, empty));
        self.univ_any = any;
        let o = self.new_obj(Object::new(ObjKind::TypeName, "any", None, any));
        self.insert(u, "any", o);

        // error: interface{ Error() string }
        let eobj = self.new_obj(Object::new(ObjKind::TypeName, "error", None, INVALID));
        let sig = self.tt.func(vec![], vec![STRING], false);
        let iface = self.tt.intern(Type::Interface(Iface {
            methods: vec![IMethod {
                name: "Error".into(),
                pkg: None,
                sig,
            }],
            terms: None,
            comparable: false,
        }));
        let et = self.tt.new_named(NamedInfo {
            name: "error".into(),
            pkg: None,
            obj: eobj,
            underlying: iface,
            methods: vec![],
            tparams: vec![],
            origin: None,
            targs: vec![],
        });
        self.obj_mut(eobj).ty = et;
        self.insert(u, "error", eobj);
        self.univ_error = et;

        let cobj = self.new_obj(Object::new(ObjKind::TypeName, "comparable", None, INVALID));
        let ciface = self.tt.intern(Type::Interface(Iface {
            methods: vec![],
            terms: None,
            comparable: true,
        }));
        let ct = self.tt.new_named(NamedInfo {
            name: "comparable".into(),
            pkg: None,
            obj: cobj,
            underlying: ciface,
            methods: vec![],
            tparams: vec![],
            origin: None,
            targs: vec![],
        });
        self.obj_mut(cobj).ty = ct;
        self.insert(u, "comparable", cobj);
        self.univ_comparable = ct;

        for (n, v) in [("true", true), ("false", false)] {
            let mut o = Object::new(ObjKind::Const, n, None, UNTYPED_BOOL);
            o.val = Some(super::cval::boolean(v));
            let id = self.new_obj(o);
            self.insert(u, n, id);
        }
        let mut o = Object::new(ObjKind::Const, "iota", None, UNTYPED_INT);
        o.val = Some(super::cval::int(0));
        let id = self.new_obj(o);
        self.insert(u, "iota", id);
        let id = self.new_obj(Object::new(ObjKind::Nil, "nil", None, UNTYPED_NIL));
        self.insert(u, "nil", id);
        for b in Builtin::ALL {
            let id = self.new_obj(Object::new(ObjKind::Builtin(b), b.name(), None, INVALID));
            self.insert(u, b.name(), id);
        }
    }
}
