//! Scheduler, timer and deadlock tests: tiny Rust "goroutines" (state
//! machines implementing `Task`) on a real `Runtime`.

use super::*;
use crate::runtime::chan::{Chan, ChanWait, Recv, Send};
use crate::runtime::select::{Case, SelectWait, Selected};
use std::sync::atomic::AtomicU64;
use std::sync::Mutex as StdMutex;
use std::time::Instant;

/// Result of one step of a blocking op inside a test task.
enum Step<T> {
    Done(T),
    Park,
}

/// Blocking receive with resumption: returns the value (None = closed).
fn recv(cx: &mut Cx<'_>, ch: &Chan<u64>, pend: &mut Option<ChanWait<u64>>) -> Step<Option<u64>> {
    if let Some(w) = pend.take() {
        let c = w.finish();
        return Step::Done(if c.ok { c.value } else { None });
    }
    match cx.recv(Some(ch)) {
        Recv::Value(v) => Step::Done(Some(v)),
        Recv::Closed => Step::Done(None),
        Recv::Blocked(w) => {
            *pend = Some(w);
            Step::Park
        }
        Recv::WouldBlock => unreachable!(),
    }
}

/// Blocking send with resumption: returns false if the channel was closed.
fn send(cx: &mut Cx<'_>, ch: &Chan<u64>, v: u64, pend: &mut Option<ChanWait<u64>>) -> Step<bool> {
    if let Some(w) = pend.take() {
        return Step::Done(w.finish().ok);
    }
    match cx.send(Some(ch), v) {
        Send::Sent => Step::Done(true),
        Send::Closed(_) => Step::Done(false),
        Send::Blocked(w) => {
            *pend = Some(w);
            Step::Park
        }
        Send::WouldBlock(_) => unreachable!(),
    }
}

macro_rules! step {
    ($e:expr) => {
        match $e {
            Step::Done(v) => v,
            Step::Park => return Outcome::Park,
        }
    };
}

/// A goroutine that sends `v` on `ch` then exits.
fn sender(ch: Chan<u64>, v: u64) -> impl Task {
    let mut pend = None;
    move |cx: &mut Cx<'_>| {
        step!(send(cx, &ch, v, &mut pend));
        Outcome::Exit
    }
}

/// A main goroutine that receives `n` values from `ch` into `out`.
fn collector(ch: Chan<u64>, n: usize, out: Arc<StdMutex<Vec<u64>>>) -> impl Task {
    let mut pend = None;
    move |cx: &mut Cx<'_>| loop {
        if out.lock().unwrap().len() == n {
            return Outcome::Exit;
        }
        let v = step!(recv(cx, &ch, &mut pend));
        out.lock().unwrap().push(v.expect("open channel"));
    }
}

fn rt(procs: usize) -> Runtime {
    Runtime::new(Config::with_procs(procs))
}

#[test]
fn gomaxprocs1_go_x3_then_yield_runs_2_0_1() {
    let out = Arc::new(StdMutex::new(Vec::new()));
    let o = out.clone();
    let mut step = 0;
    let end = rt(1).run(move |cx: &mut Cx<'_>| {
        step += 1;
        if step == 1 {
            for i in 0..3 {
                let o = o.clone();
                cx.spawn(move |_: &mut Cx<'_>| {
                    o.lock().unwrap().push(i);
                    Outcome::Exit
                });
            }
            return Outcome::Yield;
        }
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    assert_eq!(*out.lock().unwrap(), vec![2, 0, 1]);
}

/// Two goroutines bouncing a counter over two unbuffered channels.
fn ping_pong(procs: usize, n: u64) -> Duration {
    let (a, b): (Chan<u64>, Chan<u64>) = (Chan::new(0), Chan::new(0));
    let (a2, b2) = (a.clone(), b.clone());
    let mut spawned = false;
    let (mut i, mut phase, mut pend) = (0u64, 0, None);
    let t0 = Instant::now();
    let end = rt(procs).run(move |cx: &mut Cx<'_>| {
        if !spawned {
            spawned = true;
            let (a, b) = (a2.clone(), b2.clone());
            let mut pend = None;
            let mut got: Option<u64> = None;
            cx.spawn(move |cx: &mut Cx<'_>| loop {
                if !cx.tick() {
                    return Outcome::Yield;
                }
                if got.is_none() {
                    match step!(recv(cx, &a, &mut pend)) {
                        Some(v) => got = Some(v),
                        None => return Outcome::Exit,
                    }
                }
                step!(send(cx, &b, got.unwrap() + 1, &mut pend));
                got = None;
            });
        }
        loop {
            if !cx.tick() {
                return Outcome::Yield;
            }
            if i == n {
                a.close(cx).unwrap();
                return Outcome::Exit;
            }
            if phase == 0 {
                assert!(step!(send(cx, &a, i, &mut pend)));
                phase = 1;
            } else {
                let v = step!(recv(cx, &b, &mut pend));
                assert_eq!(v, Some(i + 1));
                i += 1;
                phase = 0;
            }
        }
    });
    assert_eq!(end, RunEnd::MainExited);
    t0.elapsed()
}

#[test]
fn ping_pong_unbuffered_one_and_two_workers() {
    ping_pong(1, 10_000);
    ping_pong(2, 10_000);
}

#[test]
fn ping_pong_million_handoffs_benchmark() {
    // 1M round trips = 2M hand-offs in release; fewer in debug builds.
    let n = if cfg!(debug_assertions) {
        50_000
    } else {
        1_000_000
    };
    for procs in [1, 2] {
        let d = ping_pong(procs, n);
        println!(
            "ping-pong GOMAXPROCS={procs}: {n} round trips ({} hand-offs) in {:?} ({:.0} ns/hand-off)",
            2 * n,
            d,
            d.as_nanos() as f64 / (2 * n) as f64
        );
        if !cfg!(debug_assertions) {
            assert!(d < Duration::from_secs(10), "too slow: {d:?}");
        }
    }
}

#[test]
fn buffered_fifo_across_goroutines() {
    let ch: Chan<u64> = Chan::new(8);
    let out = Arc::new(StdMutex::new(Vec::new()));
    let c2 = ch.clone();
    let mut started = false;
    let mut inner = collector(ch, 100, out.clone());
    let end = rt(2).run(move |cx: &mut Cx<'_>| {
        if !started {
            started = true;
            let c = c2.clone();
            let (mut i, mut pend) = (0, None);
            cx.spawn(move |cx: &mut Cx<'_>| loop {
                if i == 100 {
                    return Outcome::Exit;
                }
                step!(send(cx, &c, i, &mut pend));
                i += 1;
            });
        }
        inner.run(cx)
    });
    assert_eq!(end, RunEnd::MainExited);
    assert_eq!(*out.lock().unwrap(), (0..100).collect::<Vec<_>>());
}

#[test]
fn hundred_thousand_goroutines() {
    const N: u64 = 100_000;
    let done: Chan<u64> = Chan::new(0);
    let d2 = done.clone();
    let peak = Arc::new(AtomicUsize::new(0));
    let p2 = peak.clone();
    let (mut spawned, mut sum, mut got, mut pend) = (false, 0u64, 0u64, None);
    let end = rt(2).run(move |cx: &mut Cx<'_>| {
        if !spawned {
            spawned = true;
            for i in 0..N {
                cx.spawn(sender(d2.clone(), i));
            }
            p2.store(cx.num_goroutine(), Ordering::SeqCst);
        }
        while got < N {
            sum += step!(recv(cx, &d2, &mut pend)).unwrap();
            got += 1;
        }
        assert_eq!(sum, N * (N - 1) / 2);
        // Woken senders may not have run their exit yet.
        assert!(cx.num_goroutine() >= 1);
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    assert_eq!(peak.load(Ordering::SeqCst), N as usize + 1);
}

#[test]
fn sleeping_goroutines_wake_in_deadline_order() {
    let ch: Chan<u64> = Chan::new(0);
    let out = Arc::new(StdMutex::new(Vec::new()));
    let c2 = ch.clone();
    let mut started = false;
    let mut inner = collector(ch, 10, out.clone());
    let end = rt(1).run(move |cx: &mut Cx<'_>| {
        if !started {
            started = true;
            for i in 0..10u64 {
                let c = c2.clone();
                let (mut slept, mut pend) = (false, None);
                cx.spawn(move |cx: &mut Cx<'_>| {
                    if !slept {
                        slept = true;
                        // Spawned in reverse deadline order.
                        if cx.sleep(Duration::from_millis(25 * (10 - i))) {
                            return Outcome::Park;
                        }
                    }
                    step!(send(cx, &c, i, &mut pend));
                    Outcome::Exit
                });
            }
        }
        inner.run(cx)
    });
    assert_eq!(end, RunEnd::MainExited);
    assert_eq!(*out.lock().unwrap(), (0..10).rev().collect::<Vec<_>>());
}

#[test]
fn thousands_of_sleepers_cost_no_cpu() {
    const N: u64 = 5_000;
    let done: Chan<u64> = Chan::new(N as usize);
    let d2 = done.clone();
    let (mut spawned, mut got, mut pend) = (false, 0, None);
    let t0 = Instant::now();
    let rt = rt(2);
    let h = rt.handle();
    let end = rt.run(move |cx: &mut Cx<'_>| {
        if !spawned {
            spawned = true;
            for i in 0..N {
                let d = d2.clone();
                let (mut slept, mut pend) = (false, None);
                cx.spawn(move |cx: &mut Cx<'_>| {
                    if !slept {
                        slept = true;
                        cx.sleep(Duration::from_millis(400 + i % 50));
                        return Outcome::Park;
                    }
                    step!(send(cx, &d, i, &mut pend));
                    Outcome::Exit
                });
            }
        }
        while got < N {
            step!(recv(cx, &d2, &mut pend));
            got += 1;
        }
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    let wall = t0.elapsed();
    assert!(wall >= Duration::from_millis(400));
    // Each goroutine needs two schedules; idle workers must sleep, not
    // spin (a busy idle loop would make millions of rounds in 0.4 s).
    let rounds = h.sched_rounds();
    println!("{N} sleepers: {wall:?} wall, {rounds} scheduling rounds");
    assert!(rounds < 4 * N + 2_000, "{rounds} rounds: busy idle?");
}

#[test]
fn deadlock_is_detected_with_go_report() {
    let reported = Arc::new(StdMutex::new(String::new()));
    let r2 = reported.clone();
    let mut cfg = Config::with_procs(2);
    cfg.on_deadlock = Some(Box::new(move |rep| *r2.lock().unwrap() = rep.to_string()));
    let ch: Chan<u64> = Chan::new(0);
    let mut spawned = false;
    let mut pend = None;
    let end = Runtime::new(cfg).run(move |cx: &mut Cx<'_>| {
        if !spawned {
            spawned = true;
            cx.spawn(|cx: &mut Cx<'_>| match cx.select::<u64>(vec![], false) {
                Selected::Forever => Outcome::Park,
                _ => unreachable!(),
            });
            cx.spawn(|cx: &mut Cx<'_>| {
                cx.block_forever(WaitReason::WaitGroupWait);
                Outcome::Park
            });
        }
        cx.g().set_location(42);
        step!(recv(cx, &ch, &mut pend));
        unreachable!()
    });
    let RunEnd::Deadlock(rep) = end else {
        panic!("expected deadlock, got {end:?}")
    };
    assert_eq!(rep.goroutines[0].location, 42);
    assert_eq!(
        *reported.lock().unwrap(),
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 1 [chan receive]:\n\n\
         goroutine 2 [select (no cases)]:\n\n\
         goroutine 3 [sync.WaitGroup.Wait]:\n"
    );
}

#[test]
fn no_false_deadlock_while_sleep_timer_pending() {
    for procs in [1, 2] {
        let ch: Chan<u64> = Chan::new(0);
        let c2 = ch.clone();
        let (mut spawned, mut pend) = (false, None);
        let end = rt(procs).run(move |cx: &mut Cx<'_>| {
            if !spawned {
                spawned = true;
                let c = c2.clone();
                let (mut slept, mut pend) = (false, None);
                cx.spawn(move |cx: &mut Cx<'_>| {
                    if !slept {
                        slept = true;
                        cx.sleep(Duration::from_millis(100));
                        return Outcome::Park;
                    }
                    step!(send(cx, &c, 1, &mut pend));
                    Outcome::Exit
                });
            }
            assert_eq!(step!(recv(cx, &c2, &mut pend)), Some(1));
            Outcome::Exit
        });
        assert_eq!(end, RunEnd::MainExited);
    }
}

#[test]
fn unwatched_channel_timer_does_not_prevent_deadlock() {
    // t := time.NewTimer(time.Hour); <-ch  deadlocks in Go 1.23.
    let ch: Chan<u64> = Chan::new(0);
    let (mut t, mut pend) = (None, None);
    let end = rt(1).run(move |cx: &mut Cx<'_>| {
        if t.is_none() {
            t = Some(
                cx.handle()
                    .new_timer(Duration::from_secs(3600), None, |_| 0u64),
            );
        }
        step!(recv(cx, &ch, &mut pend));
        Outcome::Exit
    });
    assert!(matches!(end, RunEnd::Deadlock(_)), "{end:?}");
}

#[test]
fn watched_channel_timer_fires() {
    let mut pend = None;
    let mut t = None;
    let t0 = Instant::now();
    let end = rt(2).run(move |cx: &mut Cx<'_>| {
        if t.is_none() {
            t = Some(
                cx.handle()
                    .new_timer(Duration::from_millis(50), None, |_| 77u64),
            );
        }
        let c = t.as_ref().unwrap().chan().unwrap().clone();
        assert_eq!(step!(recv(cx, &c, &mut pend)), Some(77));
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    assert!(t0.elapsed() >= Duration::from_millis(50));
}

#[test]
fn timer_stop_reset_and_no_stale_value() {
    let mut r = crate::runtime::g::Collect::default();
    let rt = rt(1);
    let h = rt.handle();
    // Stop before firing: pending, and nothing is ever delivered.
    let t = h.new_timer(Duration::from_millis(30), None, |_| 1u64);
    assert!(h.stop_timer(&t));
    assert!(!h.stop_timer(&t));
    assert_eq!(h.live_timers(), 0);
    // Fired but not received: Stop reports pending and drains the value.
    let t2 = h.new_timer(Duration::from_millis(1), None, |_| 2u64);
    let t3 = h.new_timer(Duration::from_millis(1), None, |_| 3u64);
    let c2 = t2.chan().unwrap().clone();
    let c3 = t3.chan().unwrap().clone();
    let (mut phase, mut pend) = (0, None);
    let end = rt.run(move |cx: &mut Cx<'_>| {
        if phase == 0 {
            phase = 1;
            if cx.sleep(Duration::from_millis(20)) {
                return Outcome::Park;
            }
        }
        let hh = cx.handle();
        if phase == 1 {
            phase = 2;
            assert_eq!((c2.len(), c2.cap()), (0, 0));
            assert!(hh.stop_timer(&t2), "unreceived value counts as pending");
            assert!(
                matches!(c2.try_recv(cx), Recv::WouldBlock),
                "no stale value"
            );
            // Reset after firing: the old value is gone, the new one comes.
            assert!(hh.reset_timer(&t3, Duration::from_millis(10), None));
            assert!(matches!(c3.try_recv(cx), Recv::WouldBlock));
        }
        assert_eq!(step!(recv(cx, &c3, &mut pend)), Some(3));
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    drop(t);
    r.0.clear();
}

#[test]
fn ticker_ticks_and_afterfunc_spawns_goroutine() {
    let out: Chan<u64> = Chan::new(0);
    let o2 = out.clone();
    let (mut setup, mut pend, mut ticks) = (None, None, 0);
    let end = rt(2).run(move |cx: &mut Cx<'_>| {
        let h = cx.handle();
        if setup.is_none() {
            let tk = h.new_timer(
                Duration::from_millis(5),
                Some(Duration::from_millis(5)),
                |_| 1u64,
            );
            let o = o2.clone();
            let f: crate::runtime::timer::TaskFactory =
                Arc::new(move || Box::new(sender(o.clone(), 99)) as Box<dyn Task>);
            let af = h.after_func(Duration::from_millis(40), f);
            setup = Some((tk, af));
        }
        let (tk, _af) = setup.as_ref().unwrap();
        let c = tk.chan().unwrap().clone();
        while ticks < 5 {
            step!(recv(cx, &c, &mut pend));
            ticks += 1;
        }
        if ticks == 5 {
            h.stop_timer(tk);
            ticks += 1;
        }
        assert_eq!(step!(recv(cx, &o2, &mut pend)), Some(99));
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
}

#[test]
fn afterfunc_stop_prevents_run() {
    let rt = rt(1);
    let h = rt.handle();
    let ran = Arc::new(AtomicBool::new(false));
    let r2 = ran.clone();
    let f: crate::runtime::timer::TaskFactory = Arc::new(move || {
        r2.store(true, Ordering::SeqCst);
        Box::new(|_: &mut Cx<'_>| Outcome::Exit) as Box<dyn Task>
    });
    let af = h.after_func(Duration::from_millis(20), f);
    assert!(h.stop_timer(&af));
    let mut slept = false;
    let end = rt.run(move |cx: &mut Cx<'_>| {
        if !slept {
            slept = true;
            cx.sleep(Duration::from_millis(50));
            return Outcome::Park;
        }
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    assert!(!ran.load(Ordering::SeqCst));
}

#[test]
fn preemption_keeps_a_spinning_goroutine_from_starving_main() {
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    let mut phase = 0;
    let mut cfg = Config::with_procs(1);
    cfg.slice = 1000;
    let end = Runtime::new(cfg).run(move |cx: &mut Cx<'_>| {
        if phase == 0 {
            phase = 1;
            let s = s2.clone();
            cx.spawn(move |cx: &mut Cx<'_>| loop {
                if s.load(Ordering::SeqCst) {
                    return Outcome::Exit;
                }
                if !cx.tick() {
                    return Outcome::Yield;
                }
            });
            return Outcome::Yield;
        }
        if phase == 1 {
            phase = 2;
            if cx.sleep(Duration::from_millis(20)) {
                return Outcome::Park;
            }
        }
        s2.store(true, Ordering::SeqCst);
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
    assert!(stop.load(Ordering::SeqCst));
}

#[test]
fn gomaxprocs_changes_at_run_time() {
    let done: Chan<u64> = Chan::new(0);
    let (mut phase, mut got, mut pend) = (0, 0, None);
    let end = rt(1).run(move |cx: &mut Cx<'_>| {
        if phase == 0 {
            phase = 1;
            assert_eq!(cx.gomaxprocs(4), 1);
            assert_eq!(cx.gomaxprocs(0), 4);
            for i in 0..1000 {
                cx.spawn(sender(done.clone(), i));
            }
        }
        while got < 500 {
            step!(recv(cx, &done, &mut pend));
            got += 1;
        }
        if phase == 1 {
            phase = 2;
            assert_eq!(cx.gomaxprocs(1), 4);
        }
        while got < 1000 {
            step!(recv(cx, &done, &mut pend));
            got += 1;
        }
        if phase == 2 {
            phase = 3;
            cx.gomaxprocs(3);
            // Deadlock detection still works after shrinking and growing.
        }
        cx.gomaxprocs(2);
        step!(recv(cx, &done, &mut pend));
        Outcome::Exit
    });
    assert!(matches!(end, RunEnd::Deadlock(_)), "{end:?}");
}

#[test]
fn seeded_run_is_deterministic() {
    let run = |seed| {
        let log = Arc::new(StdMutex::new(Vec::new()));
        let l2 = log.clone();
        let (a, b): (Chan<u64>, Chan<u64>) = (Chan::new(1), Chan::new(1));
        let mut cfg = Config::with_procs(4);
        cfg.seed = Some(seed);
        cfg.slice = 7;
        let (mut n, mut spawned) = (0, false);
        let mut sel: Option<SelectWait<u64>> = None;
        let end = Runtime::new(cfg).run(move |cx: &mut Cx<'_>| {
            if !spawned {
                spawned = true;
                for (ch, v) in [(a.clone(), 1), (b.clone(), 2)] {
                    let mut pend = None;
                    cx.spawn(move |cx: &mut Cx<'_>| loop {
                        if !cx.tick() {
                            return Outcome::Yield;
                        }
                        if !step!(send(cx, &ch, v, &mut pend)) {
                            return Outcome::Exit;
                        }
                    });
                }
            }
            while n < 200 {
                if sel.is_none() && !cx.tick() {
                    return Outcome::Yield;
                }
                let c = match sel.take() {
                    Some(w) => w.finish().value,
                    None => match cx.select(
                        vec![Case::Recv(Some(a.clone())), Case::Recv(Some(b.clone()))],
                        false,
                    ) {
                        Selected::Recv { value, .. } => value,
                        Selected::Blocked(w) => {
                            sel = Some(w);
                            return Outcome::Park;
                        }
                        _ => unreachable!(),
                    },
                };
                l2.lock().unwrap().push(c.unwrap());
                n += 1;
            }
            Outcome::Exit
        });
        assert_eq!(end, RunEnd::MainExited);
        let v = log.lock().unwrap().clone();
        v
    };
    let x = run(7);
    assert_eq!(x, run(7));
    assert_ne!(x, run(8));
    let ones = x.iter().filter(|&&v| v == 1).count();
    assert!((40..160).contains(&ones), "{ones}");
}

#[test]
fn syscall_hands_off_queue_and_is_not_a_deadlock() {
    let ch: Chan<u64> = Chan::new(0);
    let c2 = ch.clone();
    let (mut spawned, mut pend) = (false, None);
    let progressed = Arc::new(AtomicU64::new(0));
    let p2 = progressed.clone();
    let end = rt(2).run(move |cx: &mut Cx<'_>| {
        if !spawned {
            spawned = true;
            let c = c2.clone();
            let p = p2.clone();
            let mut pend = None;
            let mut blocked = false;
            cx.spawn(move |cx: &mut Cx<'_>| {
                if !blocked {
                    blocked = true;
                    // A native blocking the thread (like reading stdin).
                    cx.enter_syscall();
                    std::thread::sleep(Duration::from_millis(60));
                    cx.exit_syscall();
                    p.store(1, Ordering::SeqCst);
                }
                step!(send(cx, &c, 5, &mut pend));
                Outcome::Exit
            });
        }
        assert_eq!(step!(recv(cx, &c2, &mut pend)), Some(5));
        assert_eq!(p2.load(Ordering::SeqCst), 1);
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::MainExited);
}

#[test]
fn external_spawn_and_hold() {
    let rt = rt(2);
    let h = rt.handle();
    let ch: Chan<u64> = Chan::new(0);
    let c2 = ch.clone();
    let hold = h.hold();
    let helper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        h.spawn(sender(c2, 8));
        drop(hold);
    });
    let mut pend = None;
    let end = rt.run(move |cx: &mut Cx<'_>| {
        assert_eq!(step!(recv(cx, &ch, &mut pend)), Some(8));
        Outcome::Exit
    });
    helper.join().unwrap();
    assert_eq!(end, RunEnd::MainExited);
}

#[test]
fn exit_and_task_panic_end_the_run() {
    let end = rt(2).run(|cx: &mut Cx<'_>| {
        cx.exit(3);
        Outcome::Exit
    });
    assert_eq!(end, RunEnd::Exit(3));
    let end = rt(1).run(|_: &mut Cx<'_>| -> Outcome { panic!("boom") });
    assert_eq!(end, RunEnd::Panicked("boom".into()));
}
