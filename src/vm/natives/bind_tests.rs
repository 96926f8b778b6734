//! Unit tests of bindings that no golden program can reach yet (the os
//! file hooks need *os.File, i.e. pointers): each native is called on a
//! bare VM with arguments in register form, as the VM passes them.

use super::super::Vm;
use super::regs;
use crate::compile::bytecode::{Function, Module};

fn module() -> Module {
    Module {
        funcs: vec![Function::default()],
        strings: vec![],
        elems: vec![],
        boxes: vec![],
        natives: vec![],
        closures: vec![],
        selects: vec![],
        maps: vec![],
        iface: Default::default(),
        nglobals: 1,
        globals_layout: crate::gc::LayoutId::SCALARS,
        entry: 0,
        types: Default::default(),
        methods: Default::default(),
        pkg_paths: vec![],
    }
}

/// Calls native `name` with `args` at register 0; returns the first 10
/// registers afterwards.
fn call(vm: &mut Vm, name: &str, args: &[u64]) -> Vec<u64> {
    vm.regs[..args.len()].copy_from_slice(args);
    let f = super::lookup(name).unwrap_or_else(|| panic!("no native {name}"));
    assert!(f(vm, 0).is_ok(), "{name} failed");
    vm.regs[..10].to_vec()
}

fn s(vm: &mut Vm, text: &str) -> u64 {
    vm.new_str(text.as_bytes())
}

#[test]
fn os_file_hooks_round_trip() {
    let m: &'static Module = Box::leak(Box::new(module()));
    let mut vm = Vm::new(m, vec![]);
    let dir = std::env::temp_dir().join(format!("golite-natives-{}", std::process::id()));
    let dir_s = dir.to_string_lossy().into_owned();
    let d = s(&mut vm, &dir_s);
    assert_eq!(call(&mut vm, "os.sysMkdir", &[d, 0o755])[0], 0);
    assert_eq!(call(&mut vm, "os.sysMkdir", &[d, 0o755])[0], 17, "EEXIST");
    let path = format!("{dir_s}/f.txt");
    let p = s(&mut vm, &path);

    // open(O_RDWR|O_CREAT|O_TRUNC), write, seek, read back.
    let r = call(&mut vm, "os.sysOpen", &[p, 2 | 0x40 | 0x200, 0o644]);
    let fd = r[0];
    assert_eq!(r[1], 0);
    let data = regs::new_bytes(&mut vm, b"hello, world", 12).unwrap();
    let r = call(
        &mut vm,
        "os.sysWrite",
        &[fd, data[0], data[1], data[2], data[3]],
    );
    assert_eq!(&r[..2], &[12, 0]);
    let r = call(&mut vm, "os.sysSeek", &[fd, 7, 0]);
    assert_eq!(&r[..2], &[7, 0]);
    let buf = regs::new_bytes(&mut vm, &[0; 8], 8).unwrap();
    let r = call(&mut vm, "os.sysRead", &[fd, buf[0], buf[1], buf[2], buf[3]]);
    assert_eq!(&r[..2], &[5, 0]);
    assert_eq!(&regs::bytes_of(&vm, buf)[..5], b"world");
    let r = call(&mut vm, "os.sysRead", &[fd, buf[0], buf[1], buf[2], buf[3]]);
    assert_eq!(&r[..2], &[0, 0], "end of file");
    let r = call(&mut vm, "os.sysPread", &[fd, buf[0], buf[1], 2, buf[3], 1]);
    assert_eq!(&r[..2], &[2, 0]);
    assert_eq!(&regs::bytes_of(&vm, buf)[..2], b"el");
    let ab = regs::new_bytes(&mut vm, b"HE", 2).unwrap();
    let r = call(
        &mut vm,
        "os.sysPwrite",
        &[fd, ab[0], ab[1], ab[2], ab[3], 0],
    );
    assert_eq!(&r[..2], &[2, 0]);

    // fstat and stat agree; truncate shrinks.
    let r = call(&mut vm, "os.sysStat", &[0, fd, 0]);
    assert_eq!((r[0] & 0o170000, r[1], r[4]), (0o100000, 12, 0));
    assert_eq!(call(&mut vm, "os.sysTruncate", &[0, fd, 4])[0], 0);
    let r = call(&mut vm, "os.sysStat", &[p, 0, 0]);
    assert_eq!((r[1], r[4]), (4, 0));
    assert_eq!(std::fs::read(&path).unwrap(), b"HEll");
    assert_eq!(call(&mut vm, "os.sysChmod", &[p, 0, 0o600])[0], 0);
    assert_eq!(call(&mut vm, "os.sysStat", &[p, 0, 0])[0] & 0o777, 0o600);
    assert_eq!(call(&mut vm, "os.sysFsync", &[fd])[0], 0);
    assert_eq!(call(&mut vm, "os.sysClose", &[fd])[0], 0);
    assert_eq!(call(&mut vm, "os.sysClose", &[fd])[0], 9, "EBADF");

    // readdir, rename, remove (file, then directory).
    let r = call(&mut vm, "os.sysReadDir", &[d]);
    let names = regs::strings(&vm, 0);
    assert_eq!(names, vec![b"f.txt".to_vec()]);
    assert_eq!((r[6], r[8]), (1, 0));
    let q = s(&mut vm, &format!("{dir_s}/g.txt"));
    assert_eq!(call(&mut vm, "os.sysRename", &[p, q])[0], 0);
    let r = call(&mut vm, "os.sysStat", &[p, 0, 0]);
    assert_eq!(r[4], 2, "ENOENT");
    assert_eq!(call(&mut vm, "os.sysRemove", &[d])[0], 39, "ENOTEMPTY");
    assert_eq!(call(&mut vm, "os.sysRemove", &[q])[0], 0);
    assert_eq!(call(&mut vm, "os.sysRemove", &[d])[0], 0);
    assert_eq!(call(&mut vm, "os.sysRemove", &[d])[0], 2, "ENOENT");
    let r = call(&mut vm, "os.sysOpen", &[p, 0, 0]);
    assert_eq!(r[1], 2, "ENOENT");
}

#[test]
fn env_and_process_hooks() {
    let m: &'static Module = Box::leak(Box::new(module()));
    let mut vm = Vm::new(m, vec!["prog.go".into(), "x".into()]);
    let k = s(&mut vm, "GOLITE_NATIVES_TEST_KEY");
    let v = s(&mut vm, "v=1");
    call(&mut vm, "os.sysSetenv", &[k, v]);
    let r = call(&mut vm, "os.sysLookupEnv", &[k]);
    assert_eq!((vm.str_bytes(r[0]), r[1]), (b"v=1".to_vec(), 1));
    call(&mut vm, "os.sysUnsetenv", &[k]);
    let r = call(&mut vm, "os.sysLookupEnv", &[k]);
    assert_eq!((r[0], r[1]), (0, 0));
    // Keys the platform cannot hold are ignored, never a Rust panic.
    let bad = s(&mut vm, "A=B");
    call(&mut vm, "os.sysSetenv", &[bad, v]);
    call(&mut vm, "os.sysSetenv", &[0, v]);
    call(&mut vm, "os.runtimeArgs", &[]);
    assert_eq!(
        regs::strings(&vm, 0),
        vec![b"prog.go".to_vec(), b"x".to_vec()]
    );
    let r = call(&mut vm, "os.sysGetwd", &[]);
    assert_eq!(r[1], 0);
    assert!(vm.str_bytes(r[0]).starts_with(b"/"));
    assert_eq!(
        call(&mut vm, "os.Getpid", &[])[0],
        u64::from(std::process::id())
    );
    assert!(call(&mut vm, "runtime.NumCPU", &[])[0] >= 1);
}

#[test]
fn time_hooks() {
    let m: &'static Module = Box::leak(Box::new(module()));
    let mut vm = Vm::new(m, vec![]);
    let a = call(&mut vm, "time.now", &[]);
    let b = call(&mut vm, "time.now", &[]);
    assert!(a[0] as i64 > 1_600_000_000 && (a[1] as i64) < 1_000_000_000);
    assert!(a[2] >= 1 && b[2] >= a[2], "monotonic");
    let utc = s(&mut vm, "UTC");
    let r = call(&mut vm, "time.loadZone", &[utc]);
    assert_eq!(r[1], 1);
    let r = call(&mut vm, "time.zoneLookup", &[r[0], 0]);
    assert_eq!((vm.str_bytes(r[0]), r[1]), (b"UTC".to_vec(), 0));
    let bad = s(&mut vm, "No/Such_Zone");
    assert_eq!(call(&mut vm, "time.loadZone", &[bad])[1], 0);
}

#[test]
fn rng_source_methods_work_on_the_struct_words() {
    use crate::gc::LayoutId;
    use crate::natives::rand::Source;
    let m: &'static Module = Box::leak(Box::new(module()));
    let mut vm = Vm::new(m, vec![]);
    let o = vm
        .cache
        .alloc(LayoutId::SCALARS, 2 + crate::natives::rand::RNG_STATE_LEN);
    let p = o.ptr().bits();
    call(&mut vm, "math/rand.rngSource.Seed", &[p, 42]);
    let mut want = Source::new(42);
    for _ in 0..5 {
        assert_eq!(
            call(&mut vm, "math/rand.rngSource.Int63", &[p])[0],
            want.int63() as u64
        );
        assert_eq!(
            call(&mut vm, "math/rand.rngSource.Uint64", &[p])[0],
            want.uint64()
        );
    }
}

/// A module whose only boxable types are `*int8`, `int64` and `*[]byte`,
/// `[]byte` (for the scan hooks).
fn scan_module() -> (Module, [u32; 4]) {
    use crate::check::basic::BasicKind;
    use crate::check::types::{basic, TypeTable};
    use crate::compile::bytecode::{ElemInfo, Slot};
    use crate::gc::{LayoutDesc, LayoutId, LayoutKind};
    let mut m = module();
    let mut tt = TypeTable::new();
    let byte_slice = tt.slice(basic(BasicKind::Uint8));
    let tys = [
        (tt.pointer(basic(BasicKind::Int8)), Slot::P),
        (basic(BasicKind::Int64), Slot::S),
        (tt.pointer(byte_slice), Slot::P),
        (byte_slice, Slot::Sl),
    ];
    m.types = tt;
    for (ty, slot) in tys {
        let ptr = slot != Slot::S;
        let box_layout = LayoutId::register(&LayoutDesc {
            name: "test box".into(),
            kind: LayoutKind::Words,
            elem_words: 2,
            ptr_words: if ptr { vec![1] } else { vec![] },
            immutable: true,
        });
        m.elems.push(ElemInfo {
            ty,
            shape: vec![slot],
            regs: if slot == Slot::Sl { 4 } else { 1 },
            layout: if ptr {
                LayoutId::POINTERS
            } else {
                LayoutId::SCALARS
            },
            box_layout,
            go_size: 8,
        });
    }
    (m, [0, 1, 2, 3])
}

#[test]
fn scan_hooks_classify_and_store_through_pointers() {
    use crate::gc::LayoutId;
    let (m, [pi8, i64_, pbytes, bytes_]) = scan_module();
    let mut vm = Vm::new(&m, vec![]);
    let cell = vm.cache.alloc(LayoutId::SCALARS, 1);
    let arg = vm.box_value(pi8, &[cell.ptr().bits()]);
    let r = call(&mut vm, "fmt.scanKind", &[arg]);
    assert_eq!((r[0], r[1], vm.str_bytes(r[2])), (3, 8, b"*int8".to_vec()));
    let v = vm.box_value(i64_, &[(-129i64) as u64]);
    call(&mut vm, "fmt.scanStore", &[arg, v]);
    assert_eq!(vm.heap.load(cell, 0), 127, "int8(-129) wraps as in Go");
    let r = call(&mut vm, "fmt.scanKind", &[v]);
    assert_eq!((r[0], vm.str_bytes(r[2])), (1, b"int64".to_vec()));
    assert_eq!(
        call(&mut vm, "fmt.scanKind", &[0])[0],
        1,
        "nil: not a pointer"
    );

    let slot = vm.cache.alloc(LayoutId::POINTERS, 1);
    let parg = vm.box_value(pbytes, &[slot.ptr().bits()]);
    assert_eq!(call(&mut vm, "fmt.scanKind", &[parg])[0], 8);
    let src = regs::new_bytes(&mut vm, b"abc", 3).unwrap();
    let bv = vm.box_value(bytes_, &src);
    call(&mut vm, "fmt.scanStore", &[parg, bv]);
    let h = vm.heap.load_ptr(slot, 0).and_then(|p| p.as_obj()).unwrap();
    let stored = [
        crate::gc::Ptr::word(vm.heap.load_ptr(h, 0)),
        vm.heap.load(h, 1),
        vm.heap.load(h, 2),
        vm.heap.load(h, 3),
    ];
    assert_eq!(regs::bytes_of(&vm, stored), b"abc");
    assert_ne!(stored[0], src[0], "a fresh array");
}

#[test]
fn sort_hooks_swap_elements_of_the_boxed_slice() {
    let (m, [_, i64_, _, bytes_]) = scan_module();
    let mut vm = Vm::new(&m, vec![]);
    let sl = regs::new_bytes(&mut vm, b"abcd", 4).unwrap();
    let x = vm.box_value(bytes_, &[sl[0], 1, 3, 3]);
    assert_eq!(call(&mut vm, "sort.sliceLen", &[x])[0], 3);
    call(&mut vm, "sort.sliceSwap", &[x, 0, 2]);
    assert_eq!(regs::bytes_of(&vm, sl), b"adcb");
    let f = super::lookup("sort.sliceSwap").unwrap();
    vm.regs[..3].copy_from_slice(&[x, 0, 3]);
    assert!(f(&mut vm, 0).is_err(), "index out of range");
    let n = vm.box_value(i64_, &[7]);
    vm.regs[0] = n;
    let len = super::lookup("sort.sliceLen").unwrap();
    assert!(len(&mut vm, 0).is_err(), "not a slice");
}

#[test]
fn sprintf_wrap_reports_every_w_directive() {
    use crate::natives::fmt::{sprintf_wrap, FmtValue, Kind};
    let arg = |s: &str| FmtValue {
        ty: std::sync::Arc::from("string"),
        kind: Kind::String(s.as_bytes().to_vec()),
        methods: None,
    };
    let args = [arg("a"), arg("b"), arg("c")];
    let (text, wrapped) = sprintf_wrap(b"%v %w %[1]w", &args);
    assert_eq!(wrapped, vec![1, 0]);
    assert!(text.starts_with(b"a %!w(string=b)"));
    assert_eq!(sprintf_wrap(b"x", &[]), (b"x".to_vec(), vec![]));
}
