//! Unit tests of the heap and collector. Every test runs with verify mode
//! on unless it tests verify itself; tests share the process-wide layout
//! registry but each makes its own heap.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex};

use super::*;

fn heap() -> Arc<Heap> {
    Heap::new(GcConfig {
        verify: true,
        ..GcConfig::default()
    })
}

fn layout(name: &str, ew: u32, ptrs: &[u32]) -> LayoutId {
    LayoutId::register(&LayoutDesc {
        name: name.into(),
        kind: LayoutKind::Words,
        elem_words: ew,
        ptr_words: ptrs.to_vec(),
        immutable: false,
    })
}

/// {val: scalar, next: ptr}
fn node_layout() -> LayoutId {
    layout("node", 2, &[1])
}

fn no_roots(_: &mut RootSink) {}

/// runtime.GC() as the VM does it: the calling worker gives back its
/// cache (as every worker does when it stops for a collection).
fn gc_now(h: &Heap, c: &mut LocalCache, roots: &mut dyn FnMut(&mut RootSink)) {
    c.release_all();
    h.collect_now(roots);
}

fn stats(h: &Heap, c: &mut LocalCache) -> MemStats {
    c.flush_stats();
    h.read_mem_stats()
}

#[test]
fn size_classes_are_sane() {
    use super::span::{class_of, rounded_size, CLASS_SIZES, SPAN_PAGES};
    let mut prev = 0;
    for b in 1..=40000 {
        let c = class_of(b);
        assert!(c >= prev || c == 0, "class_of not monotone at {b}");
        if b <= 32768 {
            assert!(c > 0 && CLASS_SIZES[c] >= b, "class too small for {b}");
            assert!(c == 1 || CLASS_SIZES[c - 1] < b, "class not tight for {b}");
            prev = c;
        } else {
            assert_eq!(c, 0);
        }
        assert!(rounded_size(b) >= b);
    }
    for c in 1..CLASS_SIZES.len() {
        assert!(SPAN_PAGES[c] * 8192 >= CLASS_SIZES[c]);
    }
}

#[test]
fn alloc_sizes_and_zeroing() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let arr = layout("[]word", 1, &[]);
    for n in [0usize, 1, 2, 3, 7, 100, 1000, 4095, 4096, 5000, 70000] {
        let o = c.alloc(arr, n);
        assert_eq!(h.len(o), n);
        for i in 0..n {
            assert_eq!(h.load(o, i), 0);
            h.store(o, i, !0);
        }
        let b = c.alloc_bytes(n);
        assert_eq!(h.len(b), n);
        for i in 0..n {
            assert_eq!(h.load_byte(b, i), 0);
            h.store_byte(b, i, 0xAB);
        }
    }
    // Everything above is garbage: collect, then allocations reuse the
    // dirty slots and must still come back zeroed.
    gc_now(&h, &mut c, &mut no_roots);
    for n in [1usize, 2, 3, 7, 100, 1000, 4096, 70000] {
        let o = c.alloc(arr, n);
        assert!(
            (0..n).all(|i| h.load(o, i) == 0),
            "reused slot not zeroed (n={n})"
        );
        let b = c.alloc_bytes(n);
        assert!((0..n).all(|i| h.load_byte(b, i) == 0));
    }
}

#[test]
fn distinct_objects_do_not_overlap() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let arr = layout("[]word", 1, &[]);
    let objs: Vec<ObjRef> = (0..3000).map(|i| c.alloc(arr, i % 40 + 1)).collect();
    for (k, &o) in objs.iter().enumerate() {
        for i in 0..h.len(o) {
            h.store(o, i, k as u64);
        }
    }
    for (k, &o) in objs.iter().enumerate() {
        assert!((0..h.len(o)).all(|i| h.load(o, i) == k as u64));
    }
}

#[test]
fn unreachable_objects_are_freed_and_reused() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let node = node_layout();
    let before = stats(&h, &mut c);
    for _ in 0..10_000 {
        c.alloc(node, 1);
    }
    let keep = c.alloc(node, 1);
    h.store(keep, 0, 42);
    let s1 = stats(&h, &mut c);
    assert_eq!(s1.mallocs - before.mallocs, 10_001);
    gc_now(&h, &mut c, &mut |s| s.obj(keep));
    let s2 = stats(&h, &mut c);
    assert_eq!(
        s2.frees - before.frees,
        10_000,
        "every unreachable node freed"
    );
    assert_eq!(s2.heap_objects, 1);
    assert_eq!(h.load(keep, 0), 42);
    assert_eq!(s2.num_gc, 1);
    // Reuse: the same amount again must not map more memory.
    for _ in 0..10_000 {
        c.alloc(node, 1);
    }
    let s3 = stats(&h, &mut c);
    assert_eq!(s3.sys, s2.sys, "freed slots reused, no new memory");
}

#[test]
fn reachable_lists_and_cycles() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let node = node_layout();
    // A reachable list of 1000 nodes with values 0..1000.
    let mut head: Option<Ptr> = None;
    for i in 0..1000 {
        let n = c.alloc(node, 1);
        h.store(n, 0, i);
        h.store_ptr(n, 1, head);
        head = Some(n.ptr());
    }
    // An unreachable 2-cycle and a reachable 2-cycle.
    let a = c.alloc(node, 1);
    let b = c.alloc(node, 1);
    h.store_ptr(a, 1, Some(b.ptr()));
    h.store_ptr(b, 1, Some(a.ptr()));
    let x = c.alloc(node, 1);
    let y = c.alloc(node, 1);
    h.store(y, 0, 7);
    h.store_ptr(x, 1, Some(y.ptr()));
    h.store_ptr(y, 1, Some(x.ptr()));
    let before = stats(&h, &mut c).frees;
    gc_now(&h, &mut c, &mut |s| {
        s.ptr(head);
        s.obj(x);
    });
    assert_eq!(
        stats(&h, &mut c).frees - before,
        2,
        "only the unreachable cycle"
    );
    let mut p = head;
    let mut expect = 1000;
    while let Some(q) = p {
        expect -= 1;
        assert_eq!(h.load_at(q), expect);
        p = h.load_ptr(q.as_obj().unwrap(), 1);
    }
    assert_eq!(expect, 0);
    assert_eq!(h.load(y, 0), 7);
    // Drop the roots: everything goes.
    gc_now(&h, &mut c, &mut no_roots);
    assert_eq!(stats(&h, &mut c).heap_objects, 0);
}

#[test]
fn pointer_encoding() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let arr = layout("[]word", 1, &[]);
    let o = c.alloc(arr, 70_000);
    let p0 = o.ptr();
    assert_eq!(p0.inline_offset(), Some(0));
    assert_eq!(p0.as_obj(), Some(o));
    assert_eq!(p0.bits() as usize & ((1 << 48) - 1), o.addr());
    let p5 = c.interior(o, 5);
    assert_eq!(p5.bits() >> 48, 5);
    assert!(!p5.is_boxed());
    assert_eq!(h.resolve(p5), (o, 5));
    assert_eq!(p5.as_obj(), None);
    let pmax = c.interior(o, MAX_INLINE_OFF);
    assert!(!pmax.is_boxed());
    assert_eq!(h.resolve(pmax), (o, MAX_INLINE_OFF));
    let pbig = c.interior(o, 69_999);
    assert!(pbig.is_boxed());
    assert_eq!(pbig.bits() >> 48, BOXED_OFF);
    assert_eq!(h.resolve(pbig), (o, 69_999));
    h.store_at(pbig, 99);
    assert_eq!(h.load(o, 69_999), 99);
    // Go's == sees through boxes.
    let pbig2 = c.interior(o, 69_999);
    assert_ne!(pbig, pbig2);
    assert!(h.ptr_eq(Some(pbig), Some(pbig2)));
    assert!(!h.ptr_eq(Some(pbig), Some(p5)));
    assert!(h.ptr_eq(None, None));
    assert!(!h.ptr_eq(Some(p5), None));
    assert_eq!(Ptr::word(None), 0);
}

#[test]
fn interior_and_boxed_pointers_keep_objects_alive() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let arr = layout("[]word", 1, &[]);
    let small = c.alloc(arr, 10);
    h.store(small, 3, 33);
    let big = c.alloc(arr, 70_000);
    h.store(big, 69_000, 69);
    let pi = c.interior(small, 3);
    let pb = c.interior(big, 69_000);
    assert!(pb.is_boxed());
    // Keep only the interior pointers, from inside a heap object too.
    let holder = c.alloc(layout("[]ptr", 1, &[0]), 1);
    h.store_ptr(holder, 0, Some(pb));
    let before = stats(&h, &mut c).frees;
    gc_now(&h, &mut c, &mut |s| {
        s.ptr(Some(pi));
        s.obj(holder);
    });
    assert_eq!(stats(&h, &mut c).frees, before, "nothing freed");
    assert_eq!(h.load_at(pi), 33);
    assert_eq!(h.load_at(h.load_ptr(holder, 0).unwrap()), 69);
    // Without the holder, the box and the big array die (2 objects).
    gc_now(&h, &mut c, &mut |s| s.ptr(Some(pi)));
    assert_eq!(stats(&h, &mut c).frees - before, 3, "holder, box and array");
    assert_eq!(h.load_at(pi), 33);
}

#[test]
fn arrays_of_structs_with_mixed_pointer_maps() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let node = node_layout();
    // struct { a int; p *node; b int; q *node; r int }, 5 words, ptrs 1, 3
    let st = layout("mixed5", 5, &[1, 3]);
    let n = 300;
    let arr = c.alloc(st, n);
    assert_eq!(h.len(arr), 5 * n);
    let decoy = c.alloc(node, 1); // only referenced through scalar words
    for e in 0..n {
        let p = c.alloc(node, 1);
        h.store(p, 0, e as u64 * 2);
        let q = c.alloc(node, 1);
        h.store(q, 0, e as u64 * 2 + 1);
        h.store(arr, e * 5, decoy.ptr().bits());
        h.store_ptr(arr, e * 5 + 1, Some(p.ptr()));
        h.store(arr, e * 5 + 2, decoy.ptr().bits());
        h.store_ptr(arr, e * 5 + 3, Some(q.ptr()));
        h.store(arr, e * 5 + 4, decoy.ptr().bits());
    }
    let before = stats(&h, &mut c).frees;
    gc_now(&h, &mut c, &mut |s| s.obj(arr));
    assert_eq!(
        stats(&h, &mut c).frees - before,
        1,
        "the decoy (seen only through scalar words) is freed"
    );
    // Reuse memory hard, then check every element's targets.
    for _ in 0..5000 {
        let junk = c.alloc(node, 1);
        h.store(junk, 0, 0xDEAD);
    }
    for e in 0..n {
        let p = h.load_ptr(arr, e * 5 + 1).unwrap();
        let q = h.load_ptr(arr, e * 5 + 3).unwrap();
        assert_eq!(h.load_at(p), e as u64 * 2);
        assert_eq!(h.load_at(q), e as u64 * 2 + 1);
    }
    // Wide element (> 64 words) with pointers at both ends.
    let wide = layout("wide70", 70, &[0, 69]);
    let w = c.alloc(wide, 3);
    let t = c.alloc(node, 1);
    h.store(t, 0, 5);
    h.store_ptr(w, 2 * 70 + 69, Some(t.ptr()));
    gc_now(&h, &mut c, &mut |s| s.obj(w));
    assert_eq!(h.load_at(h.load_ptr(w, 209).unwrap()), 5);
}

#[test]
#[should_panic(expected = "scalar access to a pointer word")]
fn scalar_store_into_pointer_word_panics() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let o = c.alloc(node_layout(), 1);
    h.store(o, 1, 0x1234_5678);
}

#[test]
#[should_panic(expected = "pointer access to a scalar word")]
fn pointer_load_of_scalar_word_panics() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let o = c.alloc(node_layout(), 1);
    h.store(o, 0, 0x1234_5678);
    let _ = h.load_ptr(o, 0);
}

#[test]
#[should_panic(expected = "out of range")]
fn out_of_bounds_panics() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let o = c.alloc(node_layout(), 3);
    h.load(o, 6);
}

#[test]
#[should_panic(expected = "write")]
fn strings_are_immutable() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let s = c.alloc_string(b"hello");
    h.store_byte(s, 0, b'j');
}

#[test]
#[should_panic(expected = "write")]
fn boxes_are_immutable() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let o = c.alloc(LayoutId::SCALARS, 100_000);
    let p = c.interior(o, 99_999);
    let b = p.mark_target();
    h.store(b, 1, 5);
}

#[test]
fn strings_and_bytes() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let s = c.alloc_string(b"hello, world");
    assert_eq!(h.str_bytes(s), b"hello, world");
    let t = c.alloc_string_with(3, |b| b.copy_from_slice(b"abc"));
    assert_eq!(h.str_bytes(t), b"abc");
    let b = c.alloc_bytes(20);
    h.copy_bytes(b, 0, s, 0, 12);
    h.copy_bytes(b, 2, b, 0, 12); // overlapping, forward
    let mut out = [0u8; 14];
    h.read_bytes(b, 0, &mut out);
    assert_eq!(&out, b"hehello, world");
    h.copy_bytes(b, 0, b, 2, 12); // overlapping, backward
    h.read_bytes(b, 0, &mut out[..12]);
    assert_eq!(&out[..12], b"hello, world");
    h.write_bytes(b, 15, b"xyz");
    assert_eq!(h.load_byte(b, 16), b'y');
    gc_now(&h, &mut c, &mut |r| r.obj(s));
    assert_eq!(h.str_bytes(s), b"hello, world");
}

#[test]
fn copy_words_is_memmove_and_keeps_pointers() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let arr = c.alloc(LayoutId::SCALARS, 10);
    for i in 0..10 {
        h.store(arr, i, i as u64);
    }
    h.copy_words(arr, 2, arr, 0, 6); // forward overlap
    let v: Vec<u64> = (0..10).map(|i| h.load(arr, i)).collect();
    assert_eq!(v, [0, 1, 0, 1, 2, 3, 4, 5, 8, 9]);
    h.copy_words(arr, 0, arr, 2, 6); // backward overlap
    let v: Vec<u64> = (0..10).map(|i| h.load(arr, i)).collect();
    assert_eq!(v, [0, 1, 2, 3, 4, 5, 4, 5, 8, 9]);
    // Pointer arrays: copying keeps targets alive.
    let node = node_layout();
    let src = c.alloc(LayoutId::POINTERS, 4);
    for i in 0..4 {
        let n = c.alloc(node, 1);
        h.store(n, 0, 100 + i as u64);
        h.store_ptr(src, i, Some(n.ptr()));
    }
    let dst = c.alloc(LayoutId::POINTERS, 8);
    h.copy_words(dst, 3, src, 0, 4);
    gc_now(&h, &mut c, &mut |r| r.obj(dst));
    for i in 0..4 {
        assert_eq!(h.load_at(h.load_ptr(dst, 3 + i).unwrap()), 100 + i as u64);
    }
    // Struct copy between two arrays of the same mixed layout, shifted by
    // one element.
    let st = layout("mixed5", 5, &[1, 3]);
    let a = c.alloc(st, 3);
    let b = c.alloc(st, 3);
    h.store(a, 0, 11);
    h.store_ptr(a, 1, Some(src.ptr()));
    h.copy_words(b, 5, a, 0, 5);
    assert_eq!(h.load(b, 5), 11);
    assert_eq!(h.load_ptr(b, 6), Some(src.ptr()));
}

#[test]
#[should_panic(expected = "different kinds")]
fn copy_words_rejects_kind_mismatch() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let st = layout("mixed5", 5, &[1, 3]);
    let a = c.alloc(st, 2);
    let b = c.alloc(st, 2);
    h.copy_words(b, 0, a, 1, 4);
}

#[test]
fn large_objects_freed_and_reused() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    for _ in 0..3 {
        for _ in 0..50 {
            let o = c.alloc(LayoutId::SCALARS, 1 << 17); // 1 MB
            h.store(o, (1 << 17) - 1, 1);
        }
        gc_now(&h, &mut c, &mut no_roots);
    }
    let s = stats(&h, &mut c);
    assert_eq!(s.heap_objects, 0);
    assert!(s.sys < 100 << 20, "large objects reused: sys={}", s.sys);
    assert!(s.heap_released > 0, "idle pages released to the OS");
}

#[test]
fn verify_reports_a_white_object_reachable_from_black() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let node = node_layout();
    let a = c.alloc(node, 1);
    let b = c.alloc(node, 1);
    h.store_ptr(a, 1, Some(b.ptr()));
    assert!(h.verify_now(&mut |s| s.obj(a)).is_ok());
    // Break the invariant: whiten b behind the collector's back.
    // SAFETY: test only; b is live.
    unsafe { super::object::hdr(b.addr()) }.fetch_xor(1, SeqCst);
    let err = h
        .verify_marks(&[a.addr()], h.sense())
        .expect_err("checker must notice");
    assert!(err.contains("points to white object"), "{err}");
    assert!(err.contains("node"), "{err}");
    // A white root is reported too.
    let err = h.verify_marks(&[b.addr()], h.sense()).unwrap_err();
    assert!(err.contains("root"), "{err}");
}

#[test]
#[should_panic(expected = "GC verify failed")]
fn verify_mode_panics_on_broken_mark() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let node = node_layout();
    let a = c.alloc(node, 1);
    let b = c.alloc(node, 1);
    h.store_ptr(a, 1, Some(b.ptr()));
    *h.break_after_mark.lock().unwrap() = Some(b);
    h.collect(&mut |s| s.obj(a));
}

#[test]
#[should_panic(expected = "found pointer to free object")]
fn stale_root_is_caught() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    let a = c.alloc(node_layout(), 1);
    gc_now(&h, &mut c, &mut no_roots); // a is freed: the "VM" forgot its root
    gc_now(&h, &mut c, &mut |s| s.obj(a));
}

#[test]
fn pacing_sets_the_flag_only() {
    let h = Heap::new(GcConfig::default());
    let mut c = LocalCache::new(&h);
    let node = node_layout();
    assert!(!h.should_collect());
    // 4 MB heap minimum at GOGC=100: 24-byte nodes, ~200k of them.
    let mut n = 0;
    while !h.should_collect() {
        c.alloc(node, 1);
        n += 1;
        assert!(n < 1_000_000, "trigger never fired");
    }
    assert!(n > 100_000, "fired too early: {n}");
    assert_eq!(h.num_gc(), 0, "allocation never collects");
    h.collect(&mut no_roots);
    assert!(!h.should_collect());
    // GOGC=off: no trigger.
    assert_eq!(h.set_gc_percent(-1), 100);
    for _ in 0..400_000 {
        c.alloc(node, 1);
    }
    assert!(!h.should_collect());
    // A memory limit brings it back.
    h.set_memory_limit(2 << 20);
    assert!(h.should_collect());
    assert_eq!(h.set_memory_limit(-1), 2 << 20);
    // Stress mode: every poll.
    h.collect(&mut no_roots);
    h.set_stress(true);
    assert!(h.should_collect());
}

#[test]
fn mem_limit_parsing() {
    use super::pacer::parse_mem_limit;
    assert_eq!(parse_mem_limit("512MiB"), Some(512 << 20));
    assert_eq!(parse_mem_limit("1GiB"), Some(1 << 30));
    assert_eq!(parse_mem_limit("12345"), Some(12345));
    assert_eq!(parse_mem_limit("100B"), Some(100));
    assert_eq!(parse_mem_limit("off"), Some(i64::MAX));
    assert_eq!(parse_mem_limit("x"), None);
}

#[test]
fn gctrace_format() {
    let c = GcCycle {
        n: 1,
        at_secs: 0.0123,
        gc_percent_time: 2,
        sweep_term_ns: 13_000,
        mark_ns: 980_000,
        mark_term_ns: 3_000,
        heap_start: 4 << 20,
        heap_end: 4 << 20,
        heap_marked: 0,
        goal: 4 << 20,
        forced: false,
        nprocs: 8,
    };
    assert_eq!(
        format_gctrace(&c),
        "gc 1 @0.012s 2%: 0.013+0.98+0.003 ms clock, 0.10+0/0.98/0+0.024 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 8 P"
    );
    let c = GcCycle {
        mark_ns: 25_000_000,
        sweep_term_ns: 1_500_000,
        forced: true,
        nprocs: 1,
        ..c
    };
    let s = format_gctrace(&c);
    assert!(s.contains(": 1.5+25+0.003 ms clock"), "{s}");
    assert!(s.ends_with("1 P (forced)"), "{s}");
    // Live trace through the sink.
    let h = heap();
    let lines = Arc::new(Mutex::new(Vec::new()));
    let l2 = lines.clone();
    h.set_gctrace(true);
    h.set_gctrace_sink(Box::new(move |s| l2.lock().unwrap().push(s.to_string())));
    h.collect_now(&mut no_roots);
    let lines = lines.lock().unwrap();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("gc 1 @"), "{}", lines[0]);
    assert!(lines[0].ends_with(" P (forced)"), "{}", lines[0]);
}

#[test]
fn mem_stats_pauses() {
    let h = heap();
    let mut c = LocalCache::new(&h);
    for _ in 0..300 {
        gc_now(&h, &mut c, &mut no_roots);
        c.alloc(node_layout(), 1);
    }
    let s = stats(&h, &mut c);
    assert_eq!(s.num_gc, 300);
    assert_eq!(s.num_forced_gc, 300);
    assert!(s.pause_total_ns > 0);
    assert!(s.pause_ns.iter().all(|&p| p > 0), "ring of 256 filled");
    assert!(s.total_alloc >= 300 * 24);
    assert_eq!(s.mallocs - s.frees, s.heap_objects);
}

/// A tiny model of the VM's stop-the-world protocol: workers poll at
/// safepoints; the first to see a request parks the others, collects with
/// every worker's published registers as roots, and releases them.
struct World {
    stop: AtomicBool,
    st: Mutex<WorldState>,
    cv: Condvar,
}

struct WorldState {
    active: usize,
    parked: usize,
    generation: u64,
    regs: Vec<Vec<Option<Ptr>>>,
}

impl World {
    fn new(n: usize) -> World {
        World {
            stop: AtomicBool::new(false),
            st: Mutex::new(WorldState {
                active: n,
                parked: 0,
                generation: 0,
                regs: vec![Vec::new(); n],
            }),
            cv: Condvar::new(),
        }
    }

    fn safepoint(&self, me: usize, regs: &[Option<Ptr>], c: &mut LocalCache, globals: ObjRef) {
        let h = c.heap().clone();
        if !self.stop.load(SeqCst) && !h.should_collect() {
            return;
        }
        c.release_all();
        let mut st = self.st.lock().unwrap();
        st.regs[me] = regs.to_vec();
        st.parked += 1;
        if !self.stop.swap(true, SeqCst) {
            while st.parked < st.active {
                st = self.cv.wait(st).unwrap();
            }
            let all: Vec<Option<Ptr>> = st.regs.iter().flatten().copied().collect();
            h.collect(&mut |s| {
                s.obj(globals);
                s.ptrs(all.iter().copied());
            });
            st.generation += 1;
            st.parked -= 1;
            self.stop.store(false, SeqCst);
            self.cv.notify_all();
        } else {
            self.cv.notify_all();
            let g = st.generation;
            while st.generation == g {
                st = self.cv.wait(st).unwrap();
            }
            st.parked -= 1;
        }
        st.regs[me].clear();
    }
}

/// Build a list of `len` nodes tagged `tag`, polling at every allocation.
fn check_list(h: &Heap, head: Option<Ptr>) -> usize {
    // Node values: tag << 20 | index, index counting down to 0.
    let mut p = head;
    let mut n = 0;
    let mut expect: Option<(u64, u64)> = None;
    while let Some(q) = p {
        let v = h.load_at(q);
        let (tag, idx) = (v >> 20, v & 0xFFFFF);
        if let Some((t, i)) = expect {
            assert_eq!(
                (tag, idx),
                (t, i - 1),
                "list corrupted: object reused while live"
            );
        }
        expect = Some((tag, idx));
        n += 1;
        p = h.load_ptr(q.as_obj().unwrap(), 1);
    }
    if let Some((_, i)) = expect {
        assert_eq!(i, 0, "list truncated");
    }
    n
}

fn concurrent_run(threads: usize, iters: usize, stress: bool) -> u64 {
    let h = heap();
    h.set_stress(stress);
    let node = node_layout();
    let world = Arc::new(World::new(threads));
    let globals = {
        let mut c = LocalCache::new(&h);
        c.alloc(LayoutId::POINTERS, 64)
    };
    let tags = Arc::new(AtomicUsize::new(1));
    let handles: Vec<_> = (0..threads)
        .map(|me| {
            let h = h.clone();
            let world = world.clone();
            let tags = tags.clone();
            std::thread::spawn(move || {
                // Leave the world even when panicking, so a failure fails
                // the test instead of hanging the others at a safepoint.
                struct Leave(Arc<World>);
                impl Drop for Leave {
                    fn drop(&mut self) {
                        let mut st = self.0.st.lock().unwrap_or_else(|e| e.into_inner());
                        st.active -= 1;
                        self.0.cv.notify_all();
                    }
                }
                let _leave = Leave(world.clone());
                let mut c = LocalCache::new(&h);
                let mut rng = 0x9E37_79B9u64 ^ me as u64;
                let mut next = || {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    rng
                };
                // regs[0]: list being built; regs[1]: a list read back.
                let mut regs: Vec<Option<Ptr>> = vec![None; 2];
                let mut tag = tags.fetch_add(1, SeqCst) as u64;
                let mut idx = 0u64;
                for _ in 0..iters {
                    let n = c.alloc(node, 1);
                    h.store(n, 0, tag << 20 | idx);
                    h.store_ptr(n, 1, regs[0]);
                    regs[0] = Some(n.ptr());
                    idx += 1;
                    world.safepoint(me, &regs, &mut c, globals);
                    let r = next();
                    if idx > r % 200 {
                        // Publish the list into a shared slot (racing with
                        // other workers), start a new one.
                        h.store_ptr(globals, (r >> 8) as usize % 64, regs[0]);
                        regs[0] = None;
                        tag = tags.fetch_add(1, SeqCst) as u64;
                        idx = 0;
                    }
                    if r % 7 == 0 {
                        regs[1] = h.load_ptr(globals, (r >> 16) as usize % 64);
                        world.safepoint(me, &regs, &mut c, globals);
                        check_list(&h, regs[1]);
                        regs[1] = None;
                    }
                }
                drop(c);
            })
        })
        .collect();
    for t in handles {
        t.join().unwrap();
    }
    for i in 0..64 {
        check_list(&h, h.load_ptr(globals, i));
    }
    h.num_gc()
}

#[test]
fn concurrent_mutators_with_safepoint_collections() {
    let n = concurrent_run(4, 60_000, false);
    let m = concurrent_run(3, 3_000, true);
    assert!(m > 1000, "stress mode collects at (almost) every poll: {m}");
    eprintln!("collections: paced {n}, stress {m}");
}

#[test]
fn paced_collections_happen_in_long_runs() {
    let n = concurrent_run(2, 400_000, false);
    assert!(n >= 1, "pacer must request collections");
}

/// CPU time of this thread in ns (wall time is meaningless on a loaded
/// 2-core machine).
fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: valid out-pointer to a timespec; the clock id is a constant.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// binary-trees-like workload: run with
/// `cargo test --release --lib gc::tests::bench_binary_trees -- --ignored --nocapture`
#[test]
#[ignore]
fn bench_binary_trees() {
    let h = Heap::new(GcConfig::default());
    let mut c = LocalCache::new(&h);
    let node = layout("tree", 2, &[0, 1]);
    // Explicit root stack, as the VM's registers.
    fn build(
        h: &Heap,
        c: &mut LocalCache,
        node: LayoutId,
        depth: u32,
        roots: &mut Vec<Option<Ptr>>,
    ) {
        let n = c.alloc(node, 1);
        roots.push(Some(n.ptr()));
        if h.should_collect() {
            h.collect(&mut |s| s.ptrs(roots.iter().copied()));
        }
        if depth > 0 {
            build(h, c, node, depth - 1, roots);
            let l = roots.pop().unwrap();
            h.store_ptr(n, 0, l);
            build(h, c, node, depth - 1, roots);
            let r = roots.pop().unwrap();
            h.store_ptr(n, 1, r);
        }
    }
    fn check(h: &Heap, p: Ptr) -> u64 {
        let o = p.as_obj().unwrap();
        match (h.load_ptr(o, 0), h.load_ptr(o, 1)) {
            (Some(l), Some(r)) => 1 + check(h, l) + check(h, r),
            _ => 1,
        }
    }
    let max_depth = 16;
    let t0 = std::time::Instant::now();
    let cpu0 = thread_cpu_ns();
    let mut roots = Vec::new();
    build(&h, &mut c, node, max_depth + 1, &mut roots);
    let stretch = roots.pop().unwrap().unwrap();
    assert_eq!(check(&h, stretch), (1 << (max_depth + 2)) - 1);
    build(&h, &mut c, node, max_depth, &mut roots);
    let long_lived = roots.pop().unwrap();
    roots.push(long_lived);
    let mut allocs: u64 = (1 << (max_depth + 2)) - 1 + (1 << (max_depth + 1)) - 1;
    let mut depth = 4;
    while depth <= max_depth {
        let iters = 1 << (max_depth - depth + 4);
        let mut sum = 0;
        for _ in 0..iters {
            build(&h, &mut c, node, depth, &mut roots);
            let t = roots.pop().unwrap().unwrap();
            sum += check(&h, t);
        }
        allocs += sum;
        println!("{iters}\t trees of depth {depth}\t check: {sum}");
        depth += 2;
    }
    let el = t0.elapsed();
    let cpu = thread_cpu_ns() - cpu0;
    assert_eq!(check(&h, long_lived.unwrap()), (1 << (max_depth + 1)) - 1);
    let s = stats(&h, &mut c);
    println!(
        "binary-trees depth {max_depth}: {allocs} allocations, wall {:.3}s, thread CPU {:.3}s = {:.1} ns/alloc (incl. build+check+GC), GC pauses {:.1}% of CPU",
        el.as_secs_f64(),
        cpu as f64 / 1e9,
        cpu as f64 / allocs as f64,
        s.pause_total_ns as f64 * 100.0 / cpu as f64
    );
    println!(
        "collections: {}, pause total {:.1} ms, max pause {:.2} ms, peak RSS {} MB, Sys {} MB, TotalAlloc {} MB",
        s.num_gc,
        s.pause_total_ns as f64 / 1e6,
        *s.pause_ns.iter().max().unwrap() as f64 / 1e6,
        peak_rss() >> 20,
        s.sys >> 20,
        s.total_alloc >> 20
    );
    // Raw allocation speed, no tree building.
    let n = 20_000_000u64;
    let p0 = s.pause_total_ns;
    let cpu0 = thread_cpu_ns();
    for _ in 0..n {
        let _ = c.alloc(node, 1);
        if h.should_collect() {
            h.collect(&mut |s| s.ptr(long_lived));
        }
    }
    let cpu = thread_cpu_ns() - cpu0;
    let pauses = h.read_mem_stats().pause_total_ns - p0;
    println!(
        "raw alloc+poll of 24 B objects: {:.1} ns each (CPU), {:.1} ns without GC pauses",
        cpu as f64 / n as f64,
        cpu.saturating_sub(pauses) as f64 / n as f64
    );
    println!("last cycle: {}", format_gctrace(&h.last_cycle().unwrap()));
    // Allocation alone (GC off, fresh memory then reused memory).
    h.set_gc_percent(-1);
    for round in ["fresh", "reused"] {
        let n = 10_000_000u64;
        let cpu0 = thread_cpu_ns();
        for _ in 0..n {
            let _ = c.alloc(node, 1);
        }
        let cpu = thread_cpu_ns() - cpu0;
        println!(
            "alloc only ({round} memory), GC off: {:.1} ns each (CPU)",
            cpu as f64 / n as f64
        );
        c.release_all();
        h.collect_now(&mut |s| s.ptr(long_lived));
    }
}

/// A program allocating `total` bytes over its life with a bounded live
/// set must keep a bounded RSS. Run with --release --ignored (20 GB there;
/// the default test run does 2 GB).
fn bounded_rss(total: u64) {
    let h = Heap::new(GcConfig::default());
    let mut c = LocalCache::new(&h);
    let live_slots = 4096;
    let ring = c.alloc(LayoutId::POINTERS, live_slots);
    let mut allocated = 0u64;
    let mut i = 0usize;
    let rss0 = current_rss();
    let mut max_rss = 0;
    let sizes = [24usize, 100, 1000, 5000, 40_000, 300_000];
    while allocated < total {
        let words = sizes[i % sizes.len()] / 8;
        let o = c.alloc(LayoutId::SCALARS, words);
        allocated += words as u64 * 8 + 8;
        // ~4096 live objects, avg ~58 KB => ~ 240 MB max; keep it smaller:
        // only every 8th object is kept.
        if i.is_multiple_of(8) {
            h.store_ptr(ring, (i / 8) % live_slots, Some(o.ptr()));
        }
        if h.should_collect() {
            h.collect(&mut |s| s.obj(ring));
            max_rss = max_rss.max(current_rss());
        }
        i += 1;
    }
    let s = stats(&h, &mut c);
    let live_est = s.heap_alloc;
    println!(
        "allocated {} MB total, {} collections, RSS growth max {} MB, Sys {} MB, released {} MB, live {} MB",
        allocated >> 20,
        s.num_gc,
        max_rss.saturating_sub(rss0) >> 20,
        s.sys >> 20,
        s.heap_released >> 20,
        live_est >> 20
    );
    assert!(s.num_gc > 5);
    assert!(
        max_rss.saturating_sub(rss0) < 400 << 20,
        "RSS must stay bounded (grew by {} MB)",
        max_rss.saturating_sub(rss0) >> 20
    );
}

#[test]
fn bounded_rss_small() {
    bounded_rss(2 << 30);
}

#[test]
#[ignore]
fn bounded_rss_20gb() {
    bounded_rss(20 << 30);
}
