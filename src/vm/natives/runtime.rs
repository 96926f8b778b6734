//! runtime and runtime/debug natives that need no scheduler: NumCPU,
//! Version and the debug settings (GC percent and memory limit go to the
//! heap's pacer; the stack and thread limits and the traceback level are
//! only recorded and reported back, golite does not enforce them yet).

use super::regs::{int, put_int, put_str};
use super::{NativeFn, Vm, R};
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The Go release whose behaviour golite follows.
const GO_VERSION: &str = "go1.27.3";

static MAX_STACK: AtomicI64 = AtomicI64::new(1_000_000_000);
static MAX_THREADS: AtomicI64 = AtomicI64::new(10_000);

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "runtime.NumCPU" => num_cpu,
        "runtime.Version" => |vm, b| put_str(vm, b, GO_VERSION.as_bytes()),
        "runtime/debug.SetGCPercent" => set_gc_percent,
        "runtime/debug.SetMemoryLimit" => set_memory_limit,
        "runtime/debug.SetMaxStack" => |vm, b| swap(vm, b, &MAX_STACK),
        "runtime/debug.SetMaxThreads" => |vm, b| swap(vm, b, &MAX_THREADS),
        "runtime/debug.SetTraceback" => |_, _| Ok(()),
        _ => return None,
    })
}

/// The CPUs this process may run on (its affinity mask, as Go counts).
fn cpus() -> i64 {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let list = text
        .lines()
        .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
        .unwrap_or("");
    let mut n = 0;
    for part in list.trim().split(',').filter(|p| !p.is_empty()) {
        let mut ends = part.split('-').map(|x| x.trim().parse::<i64>().ok());
        n += match (ends.next().flatten(), ends.next().flatten()) {
            (Some(a), Some(b)) if b >= a => b - a + 1,
            (Some(_), None) => 1,
            _ => 0,
        };
    }
    if n > 0 {
        n
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
    }
}

fn num_cpu(vm: &mut Vm, b: usize) -> R<()> {
    put_int(vm, b, cpus());
    Ok(())
}

fn set_gc_percent(vm: &mut Vm, b: usize) -> R<()> {
    let old = vm.heap.set_gc_percent(int(vm, b));
    put_int(vm, b, old);
    Ok(())
}

fn set_memory_limit(vm: &mut Vm, b: usize) -> R<()> {
    let old = vm.heap.set_memory_limit(int(vm, b));
    put_int(vm, b, old);
    Ok(())
}

/// Records a new limit and returns the previous one.
fn swap(vm: &mut Vm, b: usize, cell: &AtomicI64) -> R<()> {
    let old = cell.swap(int(vm, b), Relaxed);
    put_int(vm, b, old);
    Ok(())
}
