//! gc: golite's heap and garbage collector.
//!
//! Owns: every byte of Go-visible heap memory, its allocation, marking and
//! sweeping; the object layout registry; the pointer-word encoding; the
//! write barrier; GC pacing (GOGC / GOMEMLIMIT) and statistics. All
//! `unsafe` that touches heap memory is in this module (raw word access in
//! `object.rs`, OS calls in `sys.rs`, header reads of the marker/sweeper in
//! `collect.rs`/`span.rs`, the layout table in `layout.rs`), each block
//! with a `// SAFETY:` comment.
//!
//! Model (see also `ARCHITECTURE.md`, "Heap"):
//! - An object is one 8-byte header word followed by its payload: 8-byte
//!   words accessed only as `AtomicU64` (or bytes accessed as `AtomicU8` for
//!   byte arrays; string objects are immutable bytes). Header =
//!   `len:32 | layout:24 | flags:7 | mark:1` (see `object.rs`). `len` is the
//!   payload length in words (bytes for byte objects).
//! - A layout (`LayoutId`, registered once, process-wide) says which words
//!   of an element are pointers and how many words an element has; an array
//!   of N structs is one object whose pointer words repeat the bitmap.
//! - A pointer value is one word (`Ptr`, see `ptr.rs`): object address in
//!   the low 48 bits, payload offset in the high 16 bits; offsets that do not
//!   fit use a boxed `{base, off}` object (offset field 0xFFFF). 0 is nil.
//! - Non-moving, size-class segregated (`span.rs`), per-worker caches
//!   (`LocalCache`, `cache.rs`) with no lock on the fast path, pages carved
//!   from 4 MB chunks (`pages.rs`) that are never unmapped, only released to
//!   the OS with MADV_DONTNEED when idle.
//! - Stop-the-world tri-color mark (`collect.rs`), lazy sweep (a span is
//!   swept before it is allocated from, or by `finish_sweep`), mark sense
//!   flipping per cycle.
//!
//! Invariants (the safe API relies on them; each is enforced here):
//! 1. Heap memory, once mapped, stays mapped (and 8-aligned) for the life of
//!    the process, so an `ObjRef`/`Ptr` always addresses readable memory.
//! 2. Every `ObjRef`/`Ptr` is built by the heap (allocation) or read from a
//!    word that the object's layout says holds a pointer. Pointer words
//!    only ever hold 0 or a valid pointer word: objects are zeroed before
//!    being published, pointer words are written only by `store_ptr` /
//!    `copy_words` (kind-checked), scalar stores to pointer words panic.
//! 3. Every access is bounds-checked against the header's length; a
//!    header's length and layout never change while the object is live.
//! 4. Liveness contract (the one thing the VM must uphold): an object stays
//!    allocated while it is reachable from the roots the VM reports at each
//!    collection (or from an object so reachable). A `Ptr` held only in a
//!    Rust local across a collection may be freed. Collections run only when
//!    the VM calls `Heap::collect*` with the world stopped at safepoints;
//!    allocation never collects (it only sets the "collection needed" flag).
//!    A freed object's header is zeroed, so a stale use usually panics with
//!    an out-of-range index rather than reading another object, and a stale
//!    root is reported ("found pointer to free object").
//!
//! How the VM uses it:
//! - once: `let heap = Heap::new(GcConfig::from_env())`; layouts via
//!   `LayoutId::register` (builtins: BYTES, STRING, PTR_BOX, SCALARS,
//!   POINTERS);
//! - per worker thread: `LocalCache::new(&heap)`; `alloc`, `alloc_bytes`,
//!   `alloc_string`, `alloc_init` (immutable objects), `interior` (`&x.f`);
//! - accessors on `Heap`: `load`/`store` (scalars), `load_ptr`/`store_ptr`
//!   (pointers; `store_ptr` runs the write barrier), `copy_words`,
//!   byte and string accessors, `resolve`/`ptr_eq`, sync/atomic ops;
//! - safepoints: `if heap.should_collect()` stop the world; every stopped
//!   worker calls `cache.release_all()` (idle workers before parking), and
//!   the stopping worker calls `heap.collect(&mut |roots| ...)`
//!   (`collect_now` for runtime.GC) reporting every root pointer;
//! - `read_mem_stats`, `set_gc_percent`, `set_memory_limit`, gctrace.
//!
//! Plan for stage 2 (incremental marking) is in `collect.rs`.

mod cache;
mod collect;
mod layout;
mod object;
mod pacer;
mod pages;
mod ptr;
mod span;
mod sys;

#[cfg(test)]
mod tests;

#[cfg(all(test, loom))]
mod loom_tests;

pub use cache::{Init, LocalCache};
pub use collect::RootSink;
pub use layout::{LayoutDesc, LayoutId, LayoutKind};
pub use object::Heap;
pub use pacer::{format_gctrace, parse_mem_limit, GcConfig, GcCycle, MemStats, TraceSink};
pub use ptr::{ObjRef, Ptr, BOXED_OFF, MAX_INLINE_OFF};
pub use sys::{current_rss, peak_rss};
