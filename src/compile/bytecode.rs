//! The typed register bytecode: `Op`, `Function`, `Module`.
//!
//! Owns: the instruction set and the compiled program's tables.
//! Invariants: every register operand is relative to the executing frame's
//! base and is below that function's `nregs`; every jump target is an index
//! into the same function's `code`; instructions are specialised by static
//! type, so the VM never inspects a word to learn its type. Values are
//! untagged 8-byte words (see ARCHITECTURE.md "Values"): ints sign/zero
//! extended to 64 bits, floats as f64 bits, strings one word (pointer to an
//! immutable string object, 0 = ""), slices four registers
//! {array, off, len, cap}, interfaces one word (pointer to an immutable
//! box {type, value}), struct values their fields' words consecutively.
//!
//! Opcodes (`d` = destination register, `a`/`b`/`s`/`i` = source
//! registers; everything reads its sources before writing `d`):
//! - `LoadInt{d,v}`: d = v. `LoadStr{d,k}`: d = string constant k.
//! - `Move{d,s}`: d = s. `MoveN{d,s,n}`: d..d+n = s..s+n. `Zero{d,n}`.
//! - `LoadGlobal{d,g,n}` / `StoreGlobal{g,s,n}`: global words g..g+n.
//! - Int: `AddI SubI MulI AndI OrI XorI AndNotI` (d = a op b, wrapping),
//!   `DivI RemI DivU RemU` (panic "integer divide by zero" when b = 0;
//!   MinInt64 / -1 wraps), `Shl ShrS ShrU` (b is the count, treated as
//!   unsigned if `bu`, else a negative count panics "negative shift
//!   amount"; counts >= 64 give 0 or the sign), `AddIK{d,a,k}` d = a + k,
//!   `NegI{d,a}`, `ComI{d,a}` (^a), `Ext{d,a,k}`: re-normalise a to the
//!   width/sign of integer kind k.
//! - Float (f64 bits): `AddF SubF MulF DivF`, `NegF`, `F32{d,a}` rounds to
//!   float32 precision.
//! - Compare (d = 0/1): `EqI NeI LtI LeI LtU LeU EqF NeF LtF LeF EqS NeS
//!   LtS LeS`; `Not{d,a}`.
//! - Branch: `Jmp{to}`, `JmpT{c,to}`, `JmpF{c,to}`; compare-and-branch
//!   superinstructions `JLtI{a,b,to}` / `JGeI` / `JLeI` / `JGtI` (jump when
//!   the int comparison holds).
//! - Convert: `I2F U2F F2I F2U{d,a}`, `RuneToS{d,a}`, `BytesToS{d,s}`
//!   (slice regs), `SToBytes{d,a}` (d is 4 slice regs), `RunesToS`,
//!   `SToRunes`.
//! - String: `Concat{d,a,b}`, `LenS{d,a}`, `IndexS{d,a,i}` (byte, bounds
//!   checked), `SliceS{d,a,lo,hi}` (lo/hi registers; u32::MAX = absent),
//!   `DecodeRune{d,a,i}`: d = rune at byte i, d+1 = its width.
//! - Slice: `MakeSlice{d,len,cap,e}` (e = element info index),
//!   `IndexSl{d,s,i,e}` loads element i (bounds checked) into d..,
//!   `StoreSl{s,i,v,e}`, `AppendSl{d,s,v,e}` appends one element (Go's
//!   growth), `AppendSlSl{d,s,t,e}` appends slice t, `SliceSl{d,s,lo,hi,max}`,
//!   `CopySl{d,a,b,e}` (d = count).
//! - Register arrays: `IndexR{d,base,i,len,n}` d.. = base[i*n ..], `StoreR`.
//! - Interfaces: `Box{d,s,b}` boxes the value in s.. using box info b;
//!   `Unbox{d,s,n}` copies the value words (register form) out of box s.
//! - Calls: `Call{f,base}` pushes a frame for function f whose registers
//!   start at this frame's `base` (arguments already there); `CallNative
//!   {f,base}` runs native f over the same window; `Ret{s,n}` copies s..s+n
//!   to registers 0..n and pops (the caller finds results at `base`).
//! - `Panic{s}` panics with interface value s; `Fail{k}` panics with
//!   message constant k (unsupported feature or missing return).
//! - Maps (`mi` = `Module::maps` index of the map's type; a map is one
//!   register, a pointer to the map header object, 0 = nil; `k` is the key
//!   in register form, `v`/`d` values in register form):
//!   `MakeMap{d,hint,mi}` d = new map (hint register, or NO_REG);
//!   `MapGet{d,m,k,mi}` d.. = m[k], the zero value when absent (nil map
//!   too); `MapGetOk{d,m,k,mi}` the same and d+vregs = found (0/1);
//!   `MapSet{m,k,v,mi}` m[k] = v (nil map panics "assignment to entry in
//!   nil map"); `MapDel{m,k,mi}` delete (nil map: no-op); `MapLen{d,m}`;
//!   `MapClear{m}`; `MapIter{d,m,mi}` d = a new iterator object over m
//!   (random start); `MapNext{it,k,v,mi,to}` writes the next entry's key to
//!   k.. and value to v.. (either NO_REG = not wanted) or jumps to `to`
//!   when the iteration is over. `MapGetSlot{d,m,k,mi,s}` is `MapGet`
//!   that also leaves in s where the entry is (slot + 1, 0 when absent);
//!   `MapSetSlot{m,k,v,mi,s}` is `MapSet` that stores straight into that
//!   slot when s != 0 (only register arithmetic runs between the two:
//!   `m[k] op= y`).

/// A register index relative to the frame base.
pub type Reg = u32;

/// Absent optional register operand.
pub const NO_REG: Reg = u32::MAX;

/// Integer kinds for `Ext`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntK {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

#[derive(Clone, Copy, Debug)]
pub enum Op {
    Nop,
    LoadInt {
        d: Reg,
        v: i64,
    },
    LoadStr {
        d: Reg,
        k: u32,
    },
    Move {
        d: Reg,
        s: Reg,
    },
    MoveN {
        d: Reg,
        s: Reg,
        n: u32,
    },
    Zero {
        d: Reg,
        n: u32,
    },
    LoadGlobal {
        d: Reg,
        g: u32,
        n: u32,
    },
    StoreGlobal {
        g: u32,
        s: Reg,
        n: u32,
    },
    AddI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    SubI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    MulI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    DivI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    RemI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    DivU {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    RemU {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    AndI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    OrI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    XorI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    AndNotI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    Shl {
        d: Reg,
        a: Reg,
        b: Reg,
        bu: bool,
    },
    ShrS {
        d: Reg,
        a: Reg,
        b: Reg,
        bu: bool,
    },
    ShrU {
        d: Reg,
        a: Reg,
        b: Reg,
        bu: bool,
    },
    AddIK {
        d: Reg,
        a: Reg,
        k: i32,
    },
    NegI {
        d: Reg,
        a: Reg,
    },
    ComI {
        d: Reg,
        a: Reg,
    },
    Ext {
        d: Reg,
        a: Reg,
        k: IntK,
    },
    AddF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    SubF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    MulF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    DivF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    NegF {
        d: Reg,
        a: Reg,
    },
    F32 {
        d: Reg,
        a: Reg,
    },
    EqI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    NeI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LtI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LeI {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LtU {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LeU {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    EqF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    NeF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LtF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LeF {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    EqS {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    NeS {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LtS {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LeS {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    Not {
        d: Reg,
        a: Reg,
    },
    Jmp {
        to: u32,
    },
    JmpT {
        c: Reg,
        to: u32,
    },
    JmpF {
        c: Reg,
        to: u32,
    },
    JLtI {
        a: Reg,
        b: Reg,
        to: u32,
    },
    JGeI {
        a: Reg,
        b: Reg,
        to: u32,
    },
    JLeI {
        a: Reg,
        b: Reg,
        to: u32,
    },
    JGtI {
        a: Reg,
        b: Reg,
        to: u32,
    },
    I2F {
        d: Reg,
        a: Reg,
    },
    U2F {
        d: Reg,
        a: Reg,
    },
    F2I {
        d: Reg,
        a: Reg,
    },
    F2U {
        d: Reg,
        a: Reg,
    },
    RuneToS {
        d: Reg,
        a: Reg,
    },
    BytesToS {
        d: Reg,
        s: Reg,
    },
    SToBytes {
        d: Reg,
        a: Reg,
    },
    RunesToS {
        d: Reg,
        s: Reg,
    },
    SToRunes {
        d: Reg,
        a: Reg,
    },
    Concat {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    LenS {
        d: Reg,
        a: Reg,
    },
    IndexS {
        d: Reg,
        a: Reg,
        i: Reg,
    },
    SliceS {
        d: Reg,
        a: Reg,
        lo: Reg,
        hi: Reg,
    },
    DecodeRune {
        d: Reg,
        a: Reg,
        i: Reg,
    },
    MakeSlice {
        d: Reg,
        len: Reg,
        cap: Reg,
        e: u32,
    },
    IndexSl {
        d: Reg,
        s: Reg,
        i: Reg,
        e: u32,
    },
    StoreSl {
        s: Reg,
        i: Reg,
        v: Reg,
        e: u32,
    },
    AppendSl {
        d: Reg,
        s: Reg,
        v: Reg,
        e: u32,
    },
    AppendSlSl {
        d: Reg,
        s: Reg,
        t: Reg,
        e: u32,
    },
    SliceSl {
        d: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
        max: Reg,
    },
    CopySl {
        d: Reg,
        a: Reg,
        b: Reg,
        e: u32,
    },
    IndexR {
        d: Reg,
        base: Reg,
        i: Reg,
        len: u32,
        n: u32,
    },
    StoreR {
        base: Reg,
        i: Reg,
        v: Reg,
        len: u32,
        n: u32,
    },
    Box {
        d: Reg,
        s: Reg,
        b: u32,
    },
    Unbox {
        d: Reg,
        s: Reg,
        n: u32,
    },
    Call {
        f: u32,
        base: Reg,
    },
    CallNative {
        f: u32,
        base: Reg,
    },
    Ret {
        s: Reg,
        n: u32,
    },
    Panic {
        s: Reg,
    },
    Fail {
        k: u32,
    },
    // ── maps ──
    MakeMap {
        d: Reg,
        hint: Reg,
        mi: u32,
    },
    MapGet {
        d: Reg,
        m: Reg,
        k: Reg,
        mi: u32,
    },
    MapGetOk {
        d: Reg,
        m: Reg,
        k: Reg,
        mi: u32,
    },
    MapSet {
        m: Reg,
        k: Reg,
        v: Reg,
        mi: u32,
    },
    MapDel {
        m: Reg,
        k: Reg,
        mi: u32,
    },
    MapLen {
        d: Reg,
        m: Reg,
    },
    MapClear {
        m: Reg,
    },
    MapIter {
        d: Reg,
        m: Reg,
        mi: u32,
    },
    MapNext {
        it: Reg,
        k: Reg,
        v: Reg,
        mi: u32,
        to: u32,
    },
    MapGetSlot {
        d: Reg,
        m: Reg,
        k: Reg,
        mi: u32,
        s: Reg,
    },
    MapSetSlot {
        m: Reg,
        k: Reg,
        v: Reg,
        mi: u32,
        s: Reg,
    },
}

/// How one register-form word group maps to heap words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// One scalar word.
    S,
    /// One pointer word.
    P,
    /// A slice: four registers, one heap word (pointer to a header).
    Sl,
}

/// A heap element type: its shape and registered layout.
#[derive(Clone, Debug)]
pub struct ElemInfo {
    pub ty: crate::check::types::TypeId,
    pub shape: Vec<Slot>,
    /// Registers one element takes.
    pub regs: u32,
    pub layout: crate::gc::LayoutId,
    /// Layout of a box {type, value}.
    pub box_layout: crate::gc::LayoutId,
    /// Size in bytes in Go (for append growth).
    pub go_size: usize,
}

/// A compiled function.
#[derive(Clone, Debug, Default)]
pub struct Function {
    pub name: String,
    pub nparams: u32,
    pub nresults: u32,
    pub nregs: u32,
    pub code: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub file: String,
}

/// The compiled program.
pub struct Module {
    pub funcs: Vec<Function>,
    pub strings: Vec<Vec<u8>>,
    pub elems: Vec<ElemInfo>,
    /// Map type infos (key hashing, entry layout), see `compile::maps`.
    pub maps: Vec<crate::compile::maps::MapInfo>,
    /// Box infos: the boxed value's type and element info.
    pub boxes: Vec<u32>,
    pub natives: Vec<String>,
    pub nglobals: u32,
    /// Entry: the init function (runs var inits, inits, then main).
    pub entry: u32,
    pub types: crate::check::types::TypeTable,
    /// Method sets for fmt: (named type id, method name) → function index.
    pub methods: std::collections::HashMap<(crate::check::types::TypeId, String), u32>,
    /// Package path by package id (for type names).
    pub pkg_paths: Vec<String>,
}
