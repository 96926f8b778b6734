//! Channel and select unit tests, driven by hand (no scheduler): bare `G`s
//! and a collecting `Readier` stand in for goroutines and workers.

use super::*;
use crate::runtime::g::{Collect, Status, G};
use crate::runtime::rng::Rng;
use crate::runtime::select::{select, Case, Selected};

fn g(id: u64) -> GRef {
    Arc::new(G::new_bare(id))
}

/// Simulates the worker after `run` returned Park.
fn park(g: &GRef) {
    assert!(g.commit_park(), "nobody woke it yet");
    assert_eq!(g.status(), crate::runtime::g::Status::Waiting);
}

fn ids(c: &Collect) -> Vec<u64> {
    c.0.iter().map(|g| g.id()).collect()
}

#[test]
fn buffered_fifo_len_cap() {
    let ch: Chan<u64> = Chan::new(5);
    let me = g(1);
    let mut r = Collect::default();
    for i in 1..=5 {
        assert!(matches!(ch.send(i, &me, &mut r), Send::Sent));
    }
    assert_eq!((ch.len(), ch.cap()), (5, 5));
    assert!(matches!(ch.try_send(6, &mut r), Send::WouldBlock(6)));
    for i in 1..=5 {
        assert!(matches!(ch.recv(&me, &mut r), Recv::Value(v) if v == i));
    }
    assert!(matches!(ch.try_recv(&mut r), Recv::WouldBlock));
    assert!(r.0.is_empty());
}

#[test]
fn unbuffered_receiver_waits_then_handoff() {
    let ch: Chan<u64> = Chan::new(0);
    let (a, b) = (g(1), g(2));
    let mut r = Collect::default();
    let Recv::Blocked(w) = ch.recv(&a, &mut r) else {
        panic!("must block")
    };
    assert_eq!(a.status(), Status::Parking);
    assert_eq!(a.wait_reason(), WaitReason::ChanReceive);
    park(&a);
    assert!(matches!(ch.send(7, &b, &mut r), Send::Sent));
    assert_eq!(ids(&r), vec![1]);
    assert_eq!(a.status(), Status::Runnable);
    assert_eq!(
        w.finish(),
        Completion {
            case: 0,
            value: Some(7),
            ok: true
        }
    );
}

#[test]
fn unbuffered_sender_waits_then_handoff() {
    let ch: Chan<Vec<u64>> = Chan::new(0);
    let (a, b) = (g(1), g(2));
    let mut r = Collect::default();
    let Send::Blocked(w) = ch.send(vec![1, 2, 3], &a, &mut r) else {
        panic!("must block")
    };
    assert_eq!(a.wait_reason(), WaitReason::ChanSend);
    park(&a);
    assert!(matches!(ch.recv(&b, &mut r), Recv::Value(v) if v == vec![1, 2, 3]));
    assert_eq!(ids(&r), vec![1]);
    let c = w.finish();
    assert!(c.ok && c.value.is_none());
}

#[test]
fn wake_while_still_parking_is_requeued_by_owner() {
    let ch: Chan<u64> = Chan::new(0);
    let (a, b) = (g(1), g(2));
    let mut r = Collect::default();
    let Recv::Blocked(w) = ch.recv(&a, &mut r) else {
        panic!()
    };
    // Waker comes before the worker committed the park.
    assert!(matches!(ch.send(1, &b, &mut r), Send::Sent));
    assert!(r.0.is_empty(), "the owner requeues, not the waker");
    assert!(!a.commit_park());
    assert_eq!(a.status(), Status::Runnable);
    assert_eq!(w.finish().value, Some(1));
}

#[test]
fn full_buffer_with_waiting_sender_keeps_fifo() {
    let ch: Chan<u64> = Chan::new(2);
    let (a, b) = (g(1), g(2));
    let mut r = Collect::default();
    assert!(matches!(ch.send(1, &a, &mut r), Send::Sent));
    assert!(matches!(ch.send(2, &a, &mut r), Send::Sent));
    let Send::Blocked(w) = ch.send(3, &a, &mut r) else {
        panic!()
    };
    park(&a);
    assert!(matches!(ch.recv(&b, &mut r), Recv::Value(1)));
    assert_eq!(ids(&r), vec![1]);
    assert_eq!(ch.len(), 2);
    assert!(w.finish().ok);
    assert!(matches!(ch.recv(&b, &mut r), Recv::Value(2)));
    assert!(matches!(ch.recv(&b, &mut r), Recv::Value(3)));
}

#[test]
fn close_wakes_receivers_and_senders() {
    let ch: Chan<u64> = Chan::new(0);
    let mut r = Collect::default();
    let rs: Vec<_> = (1..=3)
        .map(|i| {
            let gi = g(i);
            let Recv::Blocked(w) = ch.recv(&gi, &mut r) else {
                panic!()
            };
            park(&gi);
            w
        })
        .collect();
    ch.close(&mut r).unwrap();
    assert_eq!(ids(&r), vec![1, 2, 3]);
    for w in rs {
        assert_eq!(
            w.finish(),
            Completion {
                case: 0,
                value: None,
                ok: false
            }
        );
    }
    assert_eq!(ch.close(&mut r), Err(CloseError::ClosedChannel));
    assert_eq!(
        Chan::<u64>::close_opt(None, &mut r),
        Err(CloseError::NilChannel)
    );
    assert_eq!(CloseError::NilChannel.message(), "close of nil channel");
    assert_eq!(
        CloseError::ClosedChannel.message(),
        "close of closed channel"
    );

    let ch: Chan<u64> = Chan::new(0);
    let s = g(9);
    let Send::Blocked(w) = ch.send(5, &s, &mut r) else {
        panic!()
    };
    park(&s);
    ch.close(&mut r).unwrap();
    let c = w.finish();
    assert!(!c.ok, "sender must panic: {SEND_ON_CLOSED}");
    assert_eq!(c.value, Some(5));
    assert!(matches!(ch.send(6, &s, &mut r), Send::Closed(6)));
}

#[test]
fn closed_buffered_channel_drains_first() {
    let ch: Chan<u64> = Chan::new(3);
    let me = g(1);
    let mut r = Collect::default();
    ch.send(1, &me, &mut r);
    ch.send(2, &me, &mut r);
    ch.close(&mut r).unwrap();
    assert!(matches!(ch.recv(&me, &mut r), Recv::Value(1)));
    assert!(matches!(ch.recv(&me, &mut r), Recv::Value(2)));
    assert!(matches!(ch.recv(&me, &mut r), Recv::Closed));
    assert!(matches!(ch.recv(&me, &mut r), Recv::Closed));
}

#[test]
fn timer_channel_looks_unbuffered_and_drains() {
    let ch: Chan<u64> = Chan::new_timer_chan();
    let mut r = Collect::default();
    assert!(ch.timer_send(1, &|| true, &mut r));
    assert!(!ch.timer_send(2, &|| true, &mut r), "slot full: dropped");
    assert_eq!((ch.len(), ch.cap()), (0, 0));
    assert!(ch.drain());
    assert!(matches!(ch.try_recv(&mut r), Recv::WouldBlock));
    assert!(!ch.timer_send(3, &|| false, &mut r), "invalidated send");
    assert!(matches!(ch.try_recv(&mut r), Recv::WouldBlock));
}

#[test]
fn block_forever_sets_reason() {
    let a = g(1);
    block_forever(&a, WaitReason::ChanReceiveNilChan);
    assert_eq!(a.wait_reason().as_str(), "chan receive (nil chan)");
    park(&a);
}

// ---- select ----

#[test]
fn select_ready_case_and_default() {
    let (c1, c2): (Chan<u64>, Chan<u64>) = (Chan::new(1), Chan::new(1));
    let me = g(1);
    let mut r = Collect::default();
    let mut rng = Rng::new(1);
    let cases = || vec![Case::Recv(Some(c1.clone())), Case::Recv(Some(c2.clone()))];
    assert!(matches!(
        select(cases(), true, &me, &mut r, &mut rng),
        Selected::Default
    ));
    c2.send(5, &me, &mut r);
    assert!(matches!(
        select(cases(), true, &me, &mut r, &mut rng),
        Selected::Recv {
            case: 1,
            value: Some(5),
            ok: true
        }
    ));
    // Send case into free buffer space; nil channels are ignored.
    let s = select(
        vec![Case::Recv(None), Case::Send(Some(c1.clone()), 9)],
        false,
        &me,
        &mut r,
        &mut rng,
    );
    assert!(matches!(s, Selected::Sent { case: 1 }));
    assert!(matches!(c1.try_recv(&mut r), Recv::Value(9)));
}

#[test]
fn select_blocks_then_one_case_fires_and_others_unlink() {
    let (c1, c2): (Chan<u64>, Chan<u64>) = (Chan::new(0), Chan::new(0));
    let (me, other) = (g(1), g(2));
    let mut r = Collect::default();
    let mut rng = Rng::new(3);
    let Selected::Blocked(w) = select(
        vec![
            Case::Recv(Some(c1.clone())),
            Case::Send(Some(c2.clone()), 11),
            Case::Recv(Some(c1.clone())),
        ],
        false,
        &me,
        &mut r,
        &mut rng,
    ) else {
        panic!("must block")
    };
    assert_eq!(me.wait_reason(), WaitReason::Select);
    park(&me);
    // The peer receives from c2: the send case fires.
    assert!(matches!(c2.recv(&other, &mut r), Recv::Value(11)));
    assert_eq!(ids(&r), vec![1]);
    // Before finish, the stale c1 waiters are dropped by a would-be waker.
    assert!(matches!(c1.try_send(1, &mut r), Send::WouldBlock(1)));
    let c = w.finish();
    assert_eq!((c.case, c.ok, c.value), (1, true, None));
    for ch in [&c1, &c2] {
        let st = ch.lock();
        assert!(st.recvq.is_empty() && st.sendq.is_empty());
    }
}

#[test]
fn select_woken_by_close_and_send_on_closed() {
    let (c1, c2): (Chan<u64>, Chan<u64>) = (Chan::new(0), Chan::new(0));
    let me = g(1);
    let mut r = Collect::default();
    let mut rng = Rng::new(4);
    let Selected::Blocked(w) = select(
        vec![Case::Recv(Some(c1.clone())), Case::Recv(Some(c2.clone()))],
        false,
        &me,
        &mut r,
        &mut rng,
    ) else {
        panic!()
    };
    park(&me);
    c2.close(&mut r).unwrap();
    c1.close(&mut r).unwrap(); // finds only a stale waiter
    assert_eq!(ids(&r), vec![1]);
    let c = w.finish();
    assert_eq!((c.case, c.value, c.ok), (1, None, false));

    let s = select(
        vec![Case::Send(Some(c1.clone()), 3)],
        true,
        &me,
        &mut r,
        &mut rng,
    );
    assert!(matches!(s, Selected::SendClosed { case: 0, value: 3 }));
}

#[test]
fn select_without_cases_parks_forever() {
    let me = g(1);
    let mut r = Collect::default();
    let mut rng = Rng::new(5);
    assert!(matches!(
        select::<u64>(vec![], false, &me, &mut r, &mut rng),
        Selected::Forever
    ));
    assert_eq!(me.wait_reason().as_str(), "select (no cases)");
    let me2 = g(2);
    assert!(matches!(
        select::<u64>(vec![Case::Recv(None)], false, &me2, &mut r, &mut rng),
        Selected::Forever
    ));
    assert_eq!(me2.wait_reason().as_str(), "select");
}

#[test]
fn select_is_fair_among_ready_cases() {
    let chans: Vec<Chan<u64>> = (0..3).map(|_| Chan::new(1)).collect();
    let me = g(1);
    let mut r = Collect::default();
    let mut rng = Rng::from_entropy(0);
    let mut counts = [0u32; 3];
    for _ in 0..30_000 {
        for c in &chans {
            if c.is_empty() {
                c.send(1, &me, &mut r);
            }
        }
        let cases = chans.iter().map(|c| Case::Recv(Some(c.clone()))).collect();
        match select(cases, false, &me, &mut r, &mut rng) {
            Selected::Recv { case, .. } => counts[case] += 1,
            _ => panic!(),
        }
    }
    for c in counts {
        assert!((9_000..11_000).contains(&c), "{counts:?}");
    }
}

#[test]
fn select_seeded_choices_replay() {
    let run = |seed| {
        let chans: Vec<Chan<u64>> = (0..4).map(|_| Chan::new(1)).collect();
        let me = g(1);
        let mut r = Collect::default();
        let mut rng = Rng::new(seed);
        (0..50)
            .map(|_| {
                for c in &chans {
                    if c.is_empty() {
                        c.send(1, &me, &mut r);
                    }
                }
                let cases = chans.iter().map(|c| Case::Recv(Some(c.clone()))).collect();
                match select(cases, false, &me, &mut r, &mut rng) {
                    Selected::Recv { case, .. } => case,
                    _ => panic!(),
                }
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}
