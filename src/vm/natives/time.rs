//! time natives that need no timer: the clock hook `now` and the zone
//! hooks `loadZone`/`zoneLookup` over `crate::natives::time::Zones` (one
//! process-wide table of loaded zones). Sleep and the timer hooks come
//! with the scheduler.

use super::regs::{int, put_bool, put_int, put_str, string};
use super::{NativeFn, Vm, R};
use crate::natives::time::Zones;
use std::sync::Mutex;

static ZONES: Mutex<Option<Zones>> = Mutex::new(None);

pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "time.now" => now,
        "time.loadZone" => load_zone,
        "time.zoneLookup" => zone_lookup,
        _ => return None,
    })
}

fn now(vm: &mut Vm, b: usize) -> R<()> {
    let (sec, nsec) = crate::natives::time::now();
    put_int(vm, b, sec);
    put_int(vm, b + 1, i64::from(nsec));
    put_int(vm, b + 2, super::super::goroutine::mono_now());
    Ok(())
}

fn zones<T>(f: impl FnOnce(&mut Zones) -> T) -> T {
    let mut g = ZONES.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(Zones::new))
}

fn load_zone(vm: &mut Vm, b: usize) -> R<()> {
    let name = String::from_utf8_lossy(&string(vm, b)).into_owned();
    let h = zones(|z| z.load(&name));
    put_int(vm, b, h.unwrap_or(0));
    put_bool(vm, b + 1, h.is_some());
    Ok(())
}

fn zone_lookup(vm: &mut Vm, b: usize) -> R<()> {
    let (handle, sec) = (int(vm, b), int(vm, b + 1));
    let z = zones(|z| z.lookup(handle, sec));
    put_int(vm, b + 1, z.offset);
    put_int(vm, b + 2, z.start);
    put_int(vm, b + 3, z.end);
    put_bool(vm, b + 4, z.is_dst);
    put_str(vm, b, z.name.as_bytes())
}
