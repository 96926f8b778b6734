//! OS memory: mapping chunks, releasing idle pages, measuring RSS.
//!
//! Owns every call to the OS for heap memory. Invariant: memory mapped here
//! is never unmapped (only released with MADV_DONTNEED, after which it reads
//! as zeroes), so any address the heap ever handed out stays readable and
//! writable for the life of the process. Every mapping lies below 2^48 (the
//! pointer encoding relies on it, `ptr.rs`).

use super::ptr::ADDR_MASK;

/// Map `bytes` (a multiple of the OS page size) of zeroed memory.
/// Returns the address. Panics (Go's "out of memory") when the OS refuses.
pub(crate) fn map(bytes: usize) -> usize {
    #[cfg(unix)]
    {
        let try_map = |hint: usize| -> Option<usize> {
            // SAFETY: anonymous private mapping with no fixed address: the
            // kernel picks a free range; no existing memory is affected.
            let p = unsafe {
                libc::mmap(
                    hint as *mut libc::c_void,
                    bytes,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            if p == libc::MAP_FAILED {
                return None;
            }
            let a = p as usize;
            if (a + bytes) as u64 > ADDR_MASK {
                // SAFETY: unmapping the range we just mapped and never used.
                unsafe { libc::munmap(p, bytes) };
                return None;
            }
            Some(a)
        };
        try_map(0)
            .or_else(|| try_map(0x1000_0000_0000))
            .or_else(|| try_map(0x2000_0000_0000))
            .unwrap_or_else(|| oom(bytes))
    }
    #[cfg(not(unix))]
    {
        let layout = std::alloc::Layout::from_size_align(bytes, 8192).unwrap();
        // SAFETY: non-zero size layout; memory is leaked on purpose (never
        // freed, invariant above).
        let p = unsafe { std::alloc::alloc_zeroed(layout) } as usize;
        if p == 0 || (p + bytes) as u64 > ADDR_MASK {
            oom(bytes)
        }
        p
    }
}

fn oom(bytes: usize) -> ! {
    panic!("fatal error: runtime: out of memory (cannot map {bytes} bytes below 2^48)")
}

/// Give the pages of [addr, addr+bytes) back to the OS; they stay mapped and
/// read as zeroes afterwards.
pub(crate) fn release(addr: usize, bytes: usize) {
    #[cfg(unix)]
    // SAFETY: the range is part of a mapping made by `map` and holds no
    // live object (the page heap only releases free runs); MADV_DONTNEED
    // on a private anonymous mapping just drops the pages.
    unsafe {
        libc::madvise(addr as *mut libc::c_void, bytes, libc::MADV_DONTNEED);
    }
    #[cfg(not(unix))]
    let _ = (addr, bytes);
}

/// Resident set size of the process now, in bytes (0 if unknown).
pub fn current_rss() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// Peak resident set size of the process, in bytes (0 if unknown).
pub fn peak_rss() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let l = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            l.split_whitespace().nth(1)?.parse::<usize>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}
