//! The value model of the fmt engine: `FmtValue`, a tree the VM builds
//! from its own values (a snapshot: fmt only reads it), carrying for every
//! node its Go type as %T prints it and, for types that have them, the
//! results of the Error/String/GoString methods fmt looks for. Also the
//! path type (`Step`) that names a node when the engine asks the VM to
//! call one of those methods.

use std::sync::{Arc, OnceLock};

/// A Go type name exactly as `%T` prints it: `int`, `main.Point`,
/// `[]string`, `map[string]int`, `*main.Node`, `[]interface {}`,
/// `struct { X int }`, `func(int) string`, `<nil>` for the nil interface.
/// Shared: the VM keeps one per type and clones it into nodes.
pub type TypeName = Arc<str>;

/// One Go value, as fmt sees it through reflection.
#[derive(Clone, Debug, PartialEq)]
pub struct FmtValue {
    /// The dynamic type of this node (for `Interface` nodes: the
    /// interface type, e.g. `interface {}` or `error`).
    pub ty: TypeName,
    pub kind: Kind,
    /// Formatting methods in the method set of `ty` (None: it has none).
    /// Fill these by the method set of the node's OWN type: a node of type
    /// T only gets methods with value receivers; a `*T` node gets both.
    /// fmt never calls methods on values reached through an unexported
    /// struct field; the engine enforces that itself, so the VM may fill
    /// methods everywhere.
    pub methods: Option<Box<Methods>>,
}

/// The shape and contents of a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// The nil interface: a top-level `nil` argument (type `<nil>`). Inside
    /// containers an interface-typed slot is an `Interface` node instead.
    Nil,
    Bool(bool),
    /// int, int8, int16, int32 (rune), int64 and named types of them.
    Int(i64),
    /// uint, uint8 (byte), uint16, uint32, uint64, uintptr and named types.
    Uint(u64),
    /// float32 (`size` 32, `v` exactly the float32 value) or float64.
    Float {
        v: f64,
        size: u8,
    },
    /// complex64 (`size` 64) or complex128.
    Complex {
        re: f64,
        im: f64,
        size: u8,
    },
    /// A string: Go's bytes, not necessarily UTF-8.
    String(Vec<u8>),
    /// A pointer. `target` is the pointee; the engine prints `&{...}`,
    /// `&[...]`, `&map[...]` for a non-nil top-level pointer to a struct,
    /// array, slice or map when it is present, and the address otherwise
    /// (the VM need only supply it for top-level arguments; if a bad verb
    /// makes Go re-print a nested pointer, it is used there too).
    Pointer {
        addr: u64,
        target: Option<Box<FmtValue>>,
    },
    /// A struct, fields in declaration order.
    Struct(Vec<Field>),
    /// An array. `elem_u8`: the element kind is uint8 (so %s %q %x %X
    /// print it as bytes); set it even when the array is empty.
    Array {
        elems: Vec<FmtValue>,
        elem_u8: bool,
    },
    /// A slice; `addr` is the address of its backing array (for %p).
    Slice {
        elems: Vec<FmtValue>,
        nil: bool,
        addr: u64,
        elem_u8: bool,
    },
    /// A compact `[]byte`/`[N]byte` whose element type is plain `uint8`
    /// with no methods (ty is e.g. `[]uint8`, `main.Buf`, `[4]uint8`).
    Bytes {
        data: Vec<u8>,
        array: bool,
        nil: bool,
        addr: u64,
    },
    /// A map; entries in any order (the engine sorts them as Go's
    /// internal/fmtsort); `addr` is the map header address (for %p).
    Map {
        entries: Vec<(FmtValue, FmtValue)>,
        nil: bool,
        addr: u64,
    },
    /// An interface-typed slot (struct field, element, map key or value):
    /// `None` is a nil interface (prints `<nil>`, `%#v` prints
    /// `interface {}(nil)` / `error(nil)`), else the dynamic value.
    Interface(Option<Box<FmtValue>>),
    Chan(u64),
    Func(u64),
    UnsafePointer(u64),
}

/// A struct field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The field name as reflect reports it (for an embedded field, the
    /// type's name without package or `*`; `_` for blank fields).
    pub name: TypeName,
    /// Whether the field name is exported. fmt calls no method on an
    /// unexported field nor on anything inside it.
    pub exported: bool,
    pub value: FmtValue,
}

/// Which formatting method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MethodKind {
    Error,
    String,
    GoString,
}

impl MethodKind {
    /// The method's Go name as fmt's panic report shows it.
    pub fn name(self) -> &'static str {
        match self {
            MethodKind::Error => "Error",
            MethodKind::String => "String",
            MethodKind::GoString => "GoString",
        }
    }
}

/// The state of one formatting method of a node.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Method {
    /// The type has no such method.
    #[default]
    Absent,
    /// The type has it but it has not been called: the lazy entry points
    /// (`Printer::try_*`) report it as a `MethodCall` to make; the plain
    /// ones treat it as absent.
    Pending,
    /// The method returned this string.
    Returned(Vec<u8>),
    /// The method panicked with this value (its recovered value, as a
    /// top-level argument: its own methods are used to print it).
    Panicked(Box<FmtValue>),
}

impl Method {
    pub fn is_present(&self) -> bool {
        !matches!(self, Method::Absent)
    }
}

/// The methods fmt looks for, as far as the type has them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Methods {
    /// An opaque VM token naming the receiver value (handed back in
    /// `MethodCall`s); the engine never looks at it.
    pub handle: u64,
    pub error: Method,
    pub string: Method,
    pub go_string: Method,
}

impl Methods {
    pub fn get(&self, k: MethodKind) -> &Method {
        match k {
            MethodKind::Error => &self.error,
            MethodKind::String => &self.string,
            MethodKind::GoString => &self.go_string,
        }
    }

    pub fn get_mut(&mut self, k: MethodKind) -> &mut Method {
        match k {
            MethodKind::Error => &mut self.error,
            MethodKind::String => &mut self.string,
            MethodKind::GoString => &mut self.go_string,
        }
    }
}

/// One step of a path from the argument list to a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The i-th argument.
    Arg(usize),
    /// Field i of a struct.
    Field(usize),
    /// Element i of an array or slice (including `Bytes`).
    Elem(usize),
    /// Key of entry i of a map, in the order of `Kind::Map::entries`.
    MapKey(usize),
    /// Value of entry i of a map.
    MapValue(usize),
    /// The target of a pointer.
    Target,
    /// The dynamic value inside an `Interface` node.
    Inner,
    /// The panic value recorded for this method of the node.
    PanicValue(MethodKind),
}

/// A method fmt needs the result of, reported by the lazy entry points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodCall {
    /// Where the receiver is (see `node_mut`).
    pub path: Vec<Step>,
    /// The receiver's `Methods::handle`.
    pub handle: u64,
    pub method: MethodKind,
}

impl FmtValue {
    /// A node with no methods.
    pub fn new(ty: impl Into<TypeName>, kind: Kind) -> FmtValue {
        FmtValue {
            ty: ty.into(),
            kind,
            methods: None,
        }
    }

    /// The nil interface argument (`%T` prints `<nil>`).
    pub fn nil() -> FmtValue {
        FmtValue::new(nil_type(), Kind::Nil)
    }

    /// Attaches methods.
    pub fn with_methods(mut self, m: Methods) -> FmtValue {
        self.methods = Some(Box::new(m));
        self
    }

    /// The method's state (Absent when the node has no methods).
    pub fn method(&self, k: MethodKind) -> &Method {
        match &self.methods {
            Some(m) => m.get(k),
            None => &Method::Absent,
        }
    }

    /// Follows one step down; None if the step does not fit the node.
    pub fn child(&self, step: Step) -> Option<&FmtValue> {
        match (step, &self.kind) {
            (Step::Field(i), Kind::Struct(f)) => f.get(i).map(|f| &f.value),
            (Step::Elem(i), Kind::Array { elems, .. } | Kind::Slice { elems, .. }) => elems.get(i),
            (Step::MapKey(i), Kind::Map { entries, .. }) => entries.get(i).map(|e| &e.0),
            (Step::MapValue(i), Kind::Map { entries, .. }) => entries.get(i).map(|e| &e.1),
            (Step::Target, Kind::Pointer { target, .. }) => target.as_deref(),
            (Step::Inner, Kind::Interface(v)) => v.as_deref(),
            (Step::PanicValue(k), _) => match self.method(k) {
                Method::Panicked(v) => Some(v),
                _ => None,
            },
            _ => None,
        }
    }

    /// Mutable form of `child`. (A `Bytes` element is synthesized by the
    /// engine, has no methods and is never the subject of a call.)
    pub fn child_mut(&mut self, step: Step) -> Option<&mut FmtValue> {
        match step {
            Step::PanicValue(k) => match self.methods.as_mut().map(|m| m.get_mut(k)) {
                Some(Method::Panicked(v)) => Some(v),
                _ => None,
            },
            _ => match (step, &mut self.kind) {
                (Step::Field(i), Kind::Struct(f)) => f.get_mut(i).map(|f| &mut f.value),
                (Step::Elem(i), Kind::Array { elems, .. } | Kind::Slice { elems, .. }) => {
                    elems.get_mut(i)
                }
                (Step::MapKey(i), Kind::Map { entries, .. }) => {
                    entries.get_mut(i).map(|e| &mut e.0)
                }
                (Step::MapValue(i), Kind::Map { entries, .. }) => {
                    entries.get_mut(i).map(|e| &mut e.1)
                }
                (Step::Target, Kind::Pointer { target, .. }) => target.as_deref_mut(),
                (Step::Inner, Kind::Interface(v)) => v.as_deref_mut(),
                _ => None,
            },
        }
    }
}

/// Finds the node a `MethodCall::path` names, to store a method result.
pub fn node_mut<'a>(args: &'a mut [FmtValue], path: &[Step]) -> Option<&'a mut FmtValue> {
    let (first, rest) = path.split_first()?;
    let Step::Arg(i) = *first else {
        return None;
    };
    let mut node = args.get_mut(i)?;
    for &s in rest {
        node = node.child_mut(s)?;
    }
    Some(node)
}

/// Records the result of a call the engine asked for.
pub fn set_method_result(args: &mut [FmtValue], call: &MethodCall, result: Method) -> bool {
    match node_mut(args, &call.path).and_then(|n| n.methods.as_mut()) {
        Some(m) => {
            *m.get_mut(call.method) = result;
            true
        }
        None => false,
    }
}

fn cached(cell: &'static OnceLock<TypeName>, s: &str) -> TypeName {
    cell.get_or_init(|| Arc::from(s)).clone()
}

/// The shared `<nil>` type name.
pub fn nil_type() -> TypeName {
    static C: OnceLock<TypeName> = OnceLock::new();
    cached(&C, "<nil>")
}

/// The shared `uint8` type name (elements of `Kind::Bytes`).
pub fn uint8_type() -> TypeName {
    static C: OnceLock<TypeName> = OnceLock::new();
    cached(&C, "uint8")
}
