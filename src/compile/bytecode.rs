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
//! - `LoadGlobal{d,g,e}` / `StoreGlobal{g,s,e}`: the global variable whose
//!   heap form starts at word g of the globals object, of element type e
//!   (register form in d.. / s..).
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
//! - Register arrays: `IndexR{d,base,i,len,stride,n}` d..d+n =
//!   base+i*stride.. (panics unless i < len), `StoreR` the reverse.
//! - Interfaces: `Box{d,s,b}` boxes the value in s.. using box info b;
//!   `Unbox{d,s,n}` copies the value words (register form) out of box s.
//! - Calls: `Call{f,base}` pushes a frame for function f whose registers
//!   start at this frame's `base` (arguments already there); `CallNative
//!   {f,base}` runs native f over the same window; `Ret{s,n}` copies s..s+n
//!   to registers 0..n and pops (the caller finds results at `base`).
//! - Memory (heap form: see `Slot`; a pointer is one word addressing a
//!   heap word, see gc::Ptr; a nil pointer panics "invalid memory address
//!   or nil pointer dereference"): `New{d,e}` d = pointer to a new zeroed
//!   element of type e (escaping variables live in such cells, new(T),
//!   &T{}); `Load{d,p,off,e}` d.. = the element of type e at word `off`
//!   past pointer p; `Store{p,off,v,e}` the reverse from v..;
//!   `Addr{d,p,off}` d = p + off words; `AddrIdx{d,p,i,len,stride}` d =
//!   p + i*stride (panics unless 0 <= i < len: arrays behind pointers);
//!   `AddrSl{d,s,i,e}` d = &s[i] (bounds checked); `AddrG{d,g}` d = pointer
//!   to global word g; `SliceArr{d,p,lo,hi,max,len,e}` d..d+4 = the
//!   slice p[lo:hi:max] of the array (length len, element e) p points to;
//!   `CloneCell{d,s,e}` d = a new cell holding a copy of
//!   the element at s (Go 1.22 per-iteration loop variables); `EqP{d,a,b}`
//!   pointer equality.
//! - Closures: a func value is one word, a pointer to a closure object
//!   {function index, environment words}. `Closure{d,c,s}` builds one from
//!   closure info c (function + environment element type) with the
//!   environment in register form at s..; `LoadEnv{d,off,e}` loads element
//!   type e at environment word `off` of the running frame's closure;
//!   `CallClo{c,base}` calls the func value in c like `Call` (nil panics).
//! - Goroutines and channels (a chan value is one word, a pointer to a
//!   heap object naming the runtime channel; 0 = nil): `Go{f,base,n}` starts
//!   a goroutine calling function f with the n argument registers at base
//!   (copied now); `GoClo{c,base,n}` the same for the func value in c;
//!   `MakeChan{d,cap}` (cap register, NO_REG = 0); `Send{c,v,e}` sends the
//!   element (type e) in v..; `Recv{d,c,e,ok}` receives into d.. (zero
//!   value when closed) and sets ok (NO_REG: not wanted); both may block
//!   the goroutine (the loop returns to the scheduler and resumes after the
//!   instruction); `Close{c}`; `LenCh`/`CapCh{d,c}`; `Select{s}` runs the
//!   select described by `Module::selects[s]`, writing the index of the
//!   case that fired (cases.len() for default) to its `d` register.
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
//! - Interfaces (dynamic types are the canonical `TypeId`s stored in boxes;
//!   method tables in `Module::iface`): `CallIface{it,m,base}` calls
//!   method m (index in interface type it's name-sorted methods) of the
//!   interface value at `base`, with the arguments after it (nil panics
//!   "invalid memory address or nil pointer dereference"); the callee is
//!   the dynamic type's method itself, given the one-word value in place of
//!   the interface word, or a generated wrapper taking the interface word
//!   (bigger values, promoted methods, value methods of pointers).
//!   `AssertT{d,x,e,ok,src}`: x.(T) for concrete T (element info e): d.. =
//!   the value; with `ok` != NO_REG, ok = 0/1 and d.. zero on failure,
//!   else failure panics with Go's interface conversion text (src: the
//!   static type of x). `AssertI{d,x,it,ok,src}`: x.(I) for interface type
//!   it (d = x). `EqIface{d,a,b}`: interface equality (same dynamic type
//!   and equal values; uncomparable dynamic types panic).
//!   `EqV{d,a,b,e}`: equality of two register-form values of element type
//!   e (structs, arrays: field by field). `NilCheck{x}`: panics with the
//!   nil dereference error when interface x is nil (method values).
//! - Defer/panic (src/compile/defers.rs, src/vm/panics.rs): `Defer{k,f,base,
//!   n,land}` records a deferred call of this frame with its n argument
//!   words copied from base.. now: k = `Go` (function f), `Native` (native
//!   f), `Clo` (the func value in register f; nil panics when run),
//!   `Panic` (panic with the interface value in base); `land` is the pc of
//!   the function's epilogue, where execution resumes after a deferred call
//!   of this frame recovers. `RunDefers` runs this frame's next deferred
//!   call (LIFO) and comes back to itself until none is left. `Recover{d}`:
//!   if called directly by a deferred call that a panic started and that
//!   panic is not yet recovered, recovers it: d = its value (interface
//!   word), d+1 = 0; for a run-time panic d+1.. = kind (1 errorString,
//!   2 plainError, 3 boundsError, 4 PanicNilError), message, x, y, code, to
//!   build the runtime.Error value from; otherwise all zero.
//!   `RecoverBox{s}` tells the recovered panic the value recover returned.

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

/// What a `Defer` instruction records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferKind {
    Go,
    Native,
    Clo,
    Panic,
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
        e: u32,
    },
    StoreGlobal {
        g: u32,
        s: Reg,
        e: u32,
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
        stride: u32,
        n: u32,
    },
    StoreR {
        base: Reg,
        i: Reg,
        v: Reg,
        len: u32,
        stride: u32,
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
    // ── memory: cells, pointers, globals, closures ──
    New {
        d: Reg,
        e: u32,
    },
    Load {
        d: Reg,
        p: Reg,
        off: u32,
        e: u32,
    },
    Store {
        p: Reg,
        off: u32,
        v: Reg,
        e: u32,
    },
    Addr {
        d: Reg,
        p: Reg,
        off: u32,
    },
    AddrIdx {
        d: Reg,
        p: Reg,
        i: Reg,
        len: u32,
        stride: u32,
    },
    AddrSl {
        d: Reg,
        s: Reg,
        i: Reg,
        e: u32,
    },
    AddrG {
        d: Reg,
        g: u32,
    },
    SliceArr {
        d: Reg,
        p: Reg,
        lo: Reg,
        hi: Reg,
        max: Reg,
        len: u32,
        e: u32,
    },
    CloneCell {
        d: Reg,
        s: Reg,
        e: u32,
    },
    EqP {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    Closure {
        d: Reg,
        c: u32,
        s: Reg,
    },
    LoadEnv {
        d: Reg,
        off: u32,
        e: u32,
    },
    CallClo {
        c: Reg,
        base: Reg,
    },
    // ── end memory ──
    // ── goroutines and channels ──
    Go {
        f: u32,
        base: Reg,
        n: u32,
    },
    GoClo {
        c: Reg,
        base: Reg,
        n: u32,
    },
    MakeChan {
        d: Reg,
        cap: Reg,
    },
    Send {
        c: Reg,
        v: Reg,
        e: u32,
    },
    Recv {
        d: Reg,
        c: Reg,
        e: u32,
        ok: Reg,
    },
    Close {
        c: Reg,
    },
    LenCh {
        d: Reg,
        c: Reg,
    },
    CapCh {
        d: Reg,
        c: Reg,
    },
    Select {
        s: u32,
    },
    // ── end goroutines ──
    // ── interfaces ──
    CallIface {
        it: u32,
        m: u32,
        base: Reg,
    },
    AssertT {
        d: Reg,
        x: Reg,
        e: u32,
        ok: Reg,
        src: u32,
    },
    AssertI {
        d: Reg,
        x: Reg,
        it: u32,
        ok: Reg,
        src: u32,
    },
    EqIface {
        d: Reg,
        a: Reg,
        b: Reg,
    },
    EqV {
        d: Reg,
        a: Reg,
        b: Reg,
        e: u32,
    },
    NilCheck {
        x: Reg,
    },
    // ── end interfaces ──
    // ── defer/panic ──
    Defer {
        k: DeferKind,
        f: u32,
        base: Reg,
        n: u32,
        land: u32,
    },
    RunDefers,
    Recover {
        d: Reg,
    },
    RecoverBox {
        s: Reg,
    },
    // ── end defer/panic ──
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// What a `Closure` instruction builds: the function it runs and the
/// element type of its environment (captured cell pointers, or a bound
/// method's receiver). The object's layout is word 0 (function index, a
/// scalar) followed by the environment's heap form.
#[derive(Clone, Debug)]
pub struct ClosureInfo {
    pub func: u32,
    pub env: Vec<Slot>,
    pub env_regs: u32,
    pub layout: crate::gc::LayoutId,
}

/// One case of a `select` (registers relative to the frame).
#[derive(Clone, Debug)]
pub struct SelectCase {
    pub send: bool,
    /// The channel operand.
    pub ch: Reg,
    /// Send: the value; receive: where the value goes (NO_REG: dropped).
    pub val: Reg,
    /// Element type of the channel.
    pub e: u32,
    /// Receive: where ok goes (NO_REG: not wanted).
    pub ok: Reg,
}

/// A `select` statement's operands.
#[derive(Clone, Debug)]
pub struct SelectInfo {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
    /// Register receiving the index of the case that fired.
    pub d: Reg,
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
    pub closures: Vec<ClosureInfo>,
    pub selects: Vec<SelectInfo>,
    /// Heap words of the globals object and its layout.
    pub nglobals: u32,
    pub globals_layout: crate::gc::LayoutId,
    /// Entry: the init function (runs var inits, inits, then main).
    pub entry: u32,
    pub types: crate::check::types::TypeTable,
    /// Method sets for fmt: (named type id, method name) → function index.
    pub methods: std::collections::HashMap<(crate::check::types::TypeId, String), u32>,
    /// Package path by package id (for type names).
    pub pkg_paths: Vec<String>,
    /// Method tables for dynamic dispatch, type assertions and fmt.
    pub iface: crate::compile::iface::IfaceTables,
}
