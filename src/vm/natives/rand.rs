//! math/rand and math/rand/v2 natives. The top-level functions draw from
//! one process-wide, randomly seeded generator per package
//! (`crate::natives::rand`); panics for bad bounds carry Go's messages.
//! `rngSource`'s methods work on the Go struct through its pointer: heap
//! words {tap, feed, vec[607]} from the pointed-to offset, as the doc of
//! rngSource in stdlib/math/rand/rand.go lays them out.

use super::math::put_f32;
use super::regs::{int, put_int, put_word, word};
use super::{go_panic, Fault, NativeFn, Vm, R};
use crate::gc::Ptr;
use crate::natives::rand::{rng_seed, rng_uint64, GlobalV2, Rand, RNG_STATE_LEN};
use std::sync::Mutex;

static V1: Mutex<Option<Rand>> = Mutex::new(None);
static V2: Mutex<Option<GlobalV2>> = Mutex::new(None);

fn v1<T>(f: impl FnOnce(&mut Rand) -> T) -> T {
    let mut g = V1.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(Rand::new_random))
}

fn v2<T>(f: impl FnOnce(&mut GlobalV2) -> T) -> T {
    let mut g = V2.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(GlobalV2::new))
}

/// A native with no arguments and one word result.
macro_rules! gen {
    ($src:ident, |$r:ident| $e:expr) => {
        |vm: &mut Vm, b: usize| {
            let w: u64 = $src(|$r| $e);
            put_word(vm, b, w);
            Ok(())
        }
    };
}

/// A native with a bound argument (`n`) that panics for bad bounds.
macro_rules! bounded {
    ($src:ident, $ty:ty, |$r:ident, $n:ident| $e:expr) => {
        |vm: &mut Vm, b: usize| {
            let $n = word(vm, b) as $ty;
            let res = $src(|$r| $e);
            match res {
                Ok(v) => {
                    put_word(vm, b, v as i64 as u64);
                    Ok(())
                }
                Err(msg) => Err(go_panic(vm, msg)),
            }
        }
    };
}

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "math/rand.Int63" => gen!(v1, |r| r.int63() as u64),
        "math/rand.Uint32" => gen!(v1, |r| u64::from(r.uint32())),
        "math/rand.Uint64" => gen!(v1, |r| r.uint64()),
        "math/rand.Int31" => gen!(v1, |r| r.int31() as u64),
        "math/rand.Int" => gen!(v1, |r| r.int() as u64),
        "math/rand.Float64" => gen!(v1, |r| r.float64().to_bits()),
        "math/rand.NormFloat64" => gen!(v1, |r| r.norm_float64().to_bits()),
        "math/rand.ExpFloat64" => gen!(v1, |r| r.exp_float64().to_bits()),
        "math/rand.Float32" => |vm, b| {
            let f = v1(|r| r.float32());
            put_f32(vm, b, f);
            Ok(())
        },
        "math/rand.Int63n" => bounded!(v1, i64, |r, n| r.int63n(n)),
        "math/rand.Int31n" => bounded!(v1, i32, |r, n| r.int31n(n)),
        "math/rand.Intn" => bounded!(v1, i64, |r, n| r.intn(n)),
        "math/rand.rngSource.Seed" => rng_source_seed,
        "math/rand.rngSource.Int63" => |vm, b| rng_source_next(vm, b, true),
        "math/rand.rngSource.Uint64" => |vm, b| rng_source_next(vm, b, false),
        "math/rand/v2.Int64" => gen!(v2, |r| r.int64() as u64),
        "math/rand/v2.Uint32" => gen!(v2, |r| u64::from(r.uint32())),
        "math/rand/v2.Uint64" => gen!(v2, |r| r.uint64()),
        "math/rand/v2.Int32" => gen!(v2, |r| r.int32() as u64),
        "math/rand/v2.Int" => gen!(v2, |r| r.int() as u64),
        "math/rand/v2.Uint" => gen!(v2, |r| r.uint()),
        "math/rand/v2.Float64" => gen!(v2, |r| r.float64().to_bits()),
        "math/rand/v2.NormFloat64" => gen!(v2, |r| r.norm_float64().to_bits()),
        "math/rand/v2.ExpFloat64" => gen!(v2, |r| r.exp_float64().to_bits()),
        "math/rand/v2.Float32" => |vm, b| {
            let f = v2(|r| r.float32());
            put_f32(vm, b, f);
            Ok(())
        },
        "math/rand/v2.Int64N" => bounded!(v2, i64, |r, n| r.int64n(n)),
        "math/rand/v2.Int32N" => bounded!(v2, i32, |r, n| r.int32n(n)),
        "math/rand/v2.IntN" => bounded!(v2, i64, |r, n| r.intn(n)),
        "math/rand/v2.Uint64N" => bounded!(v2, u64, |r, n| r.uint64n(n)),
        "math/rand/v2.Uint32N" => bounded!(v2, u32, |r, n| r.uint32n(n).map(u64::from)),
        "math/rand/v2.UintN" => bounded!(v2, u64, |r, n| r.uintn(n)),
        _ => return None,
    })
}

/// The object and word offset of the rngSource `*rng` at register `at`.
fn rng_at(vm: &Vm, at: usize) -> R<(crate::gc::ObjRef, usize)> {
    let p = Ptr::from_word(word(vm, at)).ok_or_else(|| {
        Fault::Runtime("invalid memory address or nil pointer dereference".into())
    })?;
    let (o, off) = vm.heap.resolve(p);
    if vm.heap.is_bytes(o) || vm.heap.len(o) < off + 2 + RNG_STATE_LEN {
        return Err(Fault::Unsupported("rngSource layout".into()));
    }
    Ok((o, off))
}

fn rng_source_seed(vm: &mut Vm, b: usize) -> R<()> {
    let (o, off) = rng_at(vm, b)?;
    let mut vec = [0i64; RNG_STATE_LEN];
    let (tap, feed) = rng_seed(&mut vec, int(vm, b + 1));
    vm.heap.store(o, off, tap as u64);
    vm.heap.store(o, off + 1, feed as u64);
    for (i, v) in vec.iter().enumerate() {
        vm.heap.store(o, off + 2 + i, *v as u64);
    }
    Ok(())
}

fn rng_source_next(vm: &mut Vm, b: usize, int63: bool) -> R<()> {
    let (o, off) = rng_at(vm, b)?;
    let mut tap = vm.heap.load(o, off) as i64;
    let mut feed = vm.heap.load(o, off + 1) as i64;
    let mut vec = [0i64; RNG_STATE_LEN];
    for (i, v) in vec.iter_mut().enumerate() {
        *v = vm.heap.load(o, off + 2 + i) as i64;
    }
    let x = rng_uint64(&mut tap, &mut feed, &mut vec);
    vm.heap.store(o, off, tap as u64);
    vm.heap.store(o, off + 1, feed as u64);
    vm.heap
        .store(o, off + 2 + feed as usize, vec[feed as usize] as u64);
    let x = if int63 { x & (u64::MAX >> 1) } else { x };
    put_int(vm, b, x as i64);
    Ok(())
}
