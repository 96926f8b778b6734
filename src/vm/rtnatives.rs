//! Natives that need the scheduler: they leave a `Request` for the
//! instruction loop, which serves it with the running goroutine's runtime
//! context (sleep and yield park or requeue the goroutine; no OS thread
//! ever blocks).

use super::goroutine::Request;
use super::natives::NativeFn;
use super::{Vm, R};
use std::time::Duration;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "time.Sleep" => time_sleep,
        "runtime.Gosched" => runtime_gosched,
        "runtime.NumGoroutine" => runtime_num_goroutine,
        "runtime.GOMAXPROCS" => runtime_gomaxprocs,
        "runtime.NumCPU" => runtime_num_cpu,
        "runtime.Goexit" => super::panics::native_goexit,
        "time.startTimer" => |vm, b| {
            vm.req = Some(Request::StartTimer(b));
            Ok(())
        },
        "time.stopTimer" => |vm, b| {
            vm.req = Some(Request::StopTimer(b));
            Ok(())
        },
        "time.resetTimer" => |vm, b| {
            vm.req = Some(Request::ResetTimer(b));
            Ok(())
        },
        _ => return None,
    })
}

fn time_sleep(vm: &mut Vm, base: usize) -> R<()> {
    let d = vm.regs[base] as i64;
    if d > 0 {
        vm.req = Some(Request::Sleep(Duration::from_nanos(d as u64)));
    }
    Ok(())
}

fn runtime_gosched(vm: &mut Vm, _base: usize) -> R<()> {
    vm.req = Some(Request::Yield);
    Ok(())
}

fn runtime_num_goroutine(vm: &mut Vm, base: usize) -> R<()> {
    vm.req = Some(Request::NumGoroutine(base));
    Ok(())
}

fn runtime_gomaxprocs(vm: &mut Vm, base: usize) -> R<()> {
    let n = vm.regs[base] as i64;
    vm.req = Some(Request::Gomaxprocs(base, n));
    Ok(())
}

fn runtime_num_cpu(vm: &mut Vm, base: usize) -> R<()> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    vm.regs[base] = n as u64;
    Ok(())
}
