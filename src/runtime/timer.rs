//! Timers: one heap for Sleep, timer channels, tickers and AfterFunc.
//!
//! Owns: the timer heap, the earliest deadline (readable lock-free by every
//! worker at each schedule), and timer state (`TimerEntry`).
//!
//! Invariants:
//! - All timer state changes (schedule, stop, reset, fire) happen under the
//!   heap lock. A heap item is live iff its generation equals its entry's
//!   and the entry is active with the same deadline; stale items are skipped
//!   and pruned lazily. `earliest` is the deadline of the first live item
//!   (u64::MAX if none), updated under the lock with SeqCst.
//! - Firing pops due items under the heap lock and acts after dropping it:
//!   Sleep → goready (into the firing worker's runnext), channel timer →
//!   non-blocking send under the channel lock, re-checking the generation
//!   there, AfterFunc → a new goroutine from the VM's factory.
//! - Go 1.23 channel timers: stop/reset bump the generation and then drain
//!   the channel's hidden slot, so after they return no stale value can be
//!   received; a channel timer counts as pending for deadlock detection only
//!   while a goroutine is blocked receiving on its channel.
//! - The scheduler is told when a new deadline becomes the earliest, so the
//!   idle worker on timer duty re-arms its parking timeout.

use super::chan::Chan;
use super::g::{GRef, Readier};
use super::sched::Task;
use super::sync::{Arc, AtomicU64, Mutex, Ordering};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant, SystemTime};

/// Type-erased channel side of a channel timer.
pub(crate) trait TimerChan: Send + Sync {
    fn fire(&self, valid: &dyn Fn() -> bool, r: &mut dyn Readier);
    fn drain(&self) -> bool;
    fn has_waiters(&self) -> bool;
}

struct ChanFire<V> {
    ch: Chan<V>,
    make: Box<dyn Fn(SystemTime) -> V + Send + Sync>,
}

impl<V: Send + 'static> TimerChan for ChanFire<V> {
    fn fire(&self, valid: &dyn Fn() -> bool, r: &mut dyn Readier) {
        self.ch.timer_send((self.make)(SystemTime::now()), valid, r);
    }
    fn drain(&self) -> bool {
        self.ch.drain()
    }
    fn has_waiters(&self) -> bool {
        self.ch.has_live_receivers()
    }
}

/// A factory for the goroutine an AfterFunc timer starts.
pub type TaskFactory = Arc<dyn Fn() -> Box<dyn Task> + Send + Sync>;

pub(crate) enum Kind {
    /// time.Sleep: wake this goroutine.
    Wake(GRef),
    Chan(Box<dyn TimerChan>),
    Func(TaskFactory),
}

pub(crate) struct TimerEntry {
    /// Deadline in ns since the runtime epoch; 0 = inactive.
    when: AtomicU64,
    period: AtomicU64,
    gen: AtomicU64,
    pub(crate) kind: Kind,
}

struct Item {
    when: u64,
    seq: u64,
    gen: u64,
    entry: Arc<TimerEntry>,
}

impl Item {
    fn live(&self) -> bool {
        self.entry.gen.load(Ordering::SeqCst) == self.gen
            && self.entry.when.load(Ordering::SeqCst) == self.when
    }
}

impl PartialEq for Item {
    fn eq(&self, o: &Self) -> bool {
        (self.when, self.seq) == (o.when, o.seq)
    }
}
impl Eq for Item {}
impl PartialOrd for Item {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Item {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.when, self.seq).cmp(&(o.when, o.seq))
    }
}

struct Heap {
    items: BinaryHeap<Reverse<Item>>,
    seq: u64,
    stale: usize,
}

/// A due timer, popped from the heap, to be acted on outside the lock.
pub(crate) struct Due {
    pub(crate) entry: Arc<TimerEntry>,
    pub(crate) gen: u64,
}

impl Due {
    pub(crate) fn still_valid(&self) -> bool {
        self.entry.gen.load(Ordering::SeqCst) == self.gen
    }
}

pub(crate) struct Timers {
    heap: Mutex<Heap>,
    earliest: AtomicU64,
    epoch: Instant,
}

impl Timers {
    pub(crate) fn new() -> Timers {
        Timers {
            heap: Mutex::new(Heap {
                items: BinaryHeap::new(),
                seq: 0,
                stale: 0,
            }),
            earliest: AtomicU64::new(u64::MAX),
            epoch: Instant::now(),
        }
    }

    /// Monotonic ns since the epoch (never 0).
    pub(crate) fn now(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64 + 1
    }

    pub(crate) fn deadline_after(&self, d: Duration) -> u64 {
        self.now()
            .saturating_add(d.as_nanos().min(u64::MAX as u128 / 2) as u64)
    }

    /// The earliest live deadline (u64::MAX if none); lock-free.
    pub(crate) fn earliest(&self) -> u64 {
        self.earliest.load(Ordering::SeqCst)
    }

    fn fix_earliest(&self, h: &mut Heap) {
        while let Some(Reverse(top)) = h.items.peek() {
            if top.live() {
                self.earliest.store(top.when, Ordering::SeqCst);
                return;
            }
            h.items.pop();
            h.stale = h.stale.saturating_sub(1);
        }
        self.earliest.store(u64::MAX, Ordering::SeqCst);
    }

    fn push(&self, h: &mut Heap, entry: &Arc<TimerEntry>, when: u64) {
        h.seq += 1;
        let gen = entry.gen.load(Ordering::SeqCst);
        h.items.push(Reverse(Item {
            when,
            seq: h.seq,
            gen,
            entry: entry.clone(),
        }));
        if h.stale > 64 && h.stale * 2 > h.items.len() {
            let items = std::mem::take(&mut h.items);
            h.items = items.into_iter().filter(|Reverse(it)| it.live()).collect();
            h.stale = 0;
        }
    }

    pub(crate) fn new_entry(kind: Kind) -> Arc<TimerEntry> {
        Arc::new(TimerEntry {
            when: AtomicU64::new(0),
            period: AtomicU64::new(0),
            gen: AtomicU64::new(0),
            kind,
        })
    }

    /// (Re)arms `entry` for `when` (and every `period` ns after, if > 0).
    /// Returns (was it active, is it now the earliest deadline).
    pub(crate) fn arm(&self, entry: &Arc<TimerEntry>, when: u64, period: u64) -> (bool, bool) {
        let when = when.max(1);
        let mut h = self.heap.lock();
        let was = entry.when.load(Ordering::SeqCst) != 0;
        if was {
            h.stale += 1;
        }
        entry.gen.fetch_add(1, Ordering::SeqCst);
        entry.when.store(when, Ordering::SeqCst);
        entry.period.store(period, Ordering::SeqCst);
        self.push(&mut h, entry, when);
        let earlier = when < self.earliest.load(Ordering::SeqCst);
        self.fix_earliest(&mut h);
        (was, earlier)
    }

    /// Deactivates `entry`; true if it was active.
    pub(crate) fn disarm(&self, entry: &Arc<TimerEntry>) -> bool {
        let mut h = self.heap.lock();
        let was = entry.when.load(Ordering::SeqCst) != 0;
        entry.gen.fetch_add(1, Ordering::SeqCst);
        entry.when.store(0, Ordering::SeqCst);
        if was {
            h.stale += 1;
            self.fix_earliest(&mut h);
        }
        was
    }

    /// Pops every timer due at `now`; periodic ones are re-armed.
    pub(crate) fn take_due(&self, now: u64) -> Vec<Due> {
        let mut out = Vec::new();
        let mut h = self.heap.lock();
        while let Some(Reverse(top)) = h.items.peek() {
            if top.when > now {
                break;
            }
            let Reverse(it) = h.items.pop().expect("peeked");
            if !it.live() {
                h.stale = h.stale.saturating_sub(1);
                continue;
            }
            let period = it.entry.period.load(Ordering::SeqCst);
            if period > 0 {
                let next = it.when + period * (1 + (now - it.when) / period);
                it.entry.when.store(next, Ordering::SeqCst);
                self.push(&mut h, &it.entry, next);
            } else {
                it.entry.when.store(0, Ordering::SeqCst);
            }
            out.push(Due {
                gen: it.gen,
                entry: it.entry,
            });
        }
        self.fix_earliest(&mut h);
        out
    }

    /// Whether some live timer can wake a goroutine: Sleep and AfterFunc
    /// timers always, channel timers only while someone waits on them.
    pub(crate) fn pending_wakeup(&self) -> bool {
        let h = self.heap.lock();
        h.items.iter().any(|Reverse(it)| {
            it.live()
                && match &it.entry.kind {
                    Kind::Wake(_) | Kind::Func(_) => true,
                    Kind::Chan(c) => c.has_waiters(),
                }
        })
    }

    /// Number of live heap items (tests, schedtrace).
    pub(crate) fn live_count(&self) -> usize {
        let h = self.heap.lock();
        h.items.iter().filter(|Reverse(it)| it.live()).count()
    }
}

/// A `time.Timer`, `time.Ticker` or AfterFunc timer. `V` is the channel's
/// element type (the VM's time.Time value); AfterFunc timers have no
/// channel.
pub struct Timer<V> {
    pub(crate) entry: Arc<TimerEntry>,
    ch: Option<Chan<V>>,
}

impl<V> Clone for Timer<V> {
    fn clone(&self) -> Self {
        Timer {
            entry: self.entry.clone(),
            ch: self.ch.clone(),
        }
    }
}

impl<V: Send + 'static> Timer<V> {
    /// A channel timer (not yet armed); `make` builds the value sent at
    /// each firing from the wall-clock time.
    pub(crate) fn with_chan(make: Box<dyn Fn(SystemTime) -> V + Send + Sync>) -> Timer<V> {
        let ch = Chan::new_timer_chan();
        let entry = Timers::new_entry(Kind::Chan(Box::new(ChanFire {
            ch: ch.clone(),
            make,
        })));
        Timer {
            entry,
            ch: Some(ch),
        }
    }
}

impl<V> Timer<V> {
    pub(crate) fn with_func(f: TaskFactory) -> Timer<V> {
        Timer {
            entry: Timers::new_entry(Kind::Func(f)),
            ch: None,
        }
    }

    /// The timer's channel (`t.C`); `None` for AfterFunc timers.
    pub fn chan(&self) -> Option<&Chan<V>> {
        self.ch.as_ref()
    }

    /// Drains the channel's hidden slot after a stop/reset (Go 1.23).
    pub(crate) fn drain(&self) -> bool {
        match &self.entry.kind {
            Kind::Chan(c) => c.drain(),
            _ => false,
        }
    }
}
