//! Go's `math/rand` (v1) generator, bit-exact: the additive lagged
//! Fibonacci source behind `rand.NewSource(seed)` (607 words, tap 273,
//! seeded through the 48271 LCG XOR a measured table, rand_table.rs) and
//! the `*rand.Rand` methods built on it with Go's exact algorithms (which
//! draw how many values, rejection thresholds, Lemire's method where Go
//! uses it), so seeded programs print Go's numbers.
//!
//! Top-level functions (`rand.Intn` without `rand.New`): since Go 1.20 the
//! global source is randomly seeded, and since Go 1.24 `rand.Seed(x)` is a
//! no-op unless `GODEBUG=randseednop=0` (checked on Go 1.27:
//! `rand.Seed(1); rand.Intn(100)` differs run to run). The VM should back
//! the top-level functions with [`Rand::new_random`]; with
//! `randseednop=0`, `Seed(x)` replaces it with `Rand::new(x)`. Go's real
//! global source is a different (runtime) generator, so unseeded output is
//! only statistically like Go's, which is all Go promises.
//!
//! Methods that Go defines as panicking on bad arguments return
//! `Err(message)` with Go's panic text instead.

// The algorithms' published constants are kept digit for digit.
#![allow(clippy::excessive_precision)]

use super::math;
use super::rand_table::{FE, FN, KE, KN, RNG_COOKED, WE, WN};

const RNG_LEN: usize = 607;
const RNG_TAP: usize = 273;
const INT32_MAX: i64 = (1 << 31) - 1;
const MASK63: u64 = (1 << 63) - 1;

/// One step of Go's seeding LCG: x * 48271 mod (2^31 - 1).
fn seedrand(x: i32) -> i32 {
    (i64::from(x) * 48271 % INT32_MAX) as i32
}

/// Go's `rand.Source` (the `*rngSource` from `rand.NewSource`).
#[derive(Clone)]
pub struct Source {
    tap: usize,
    feed: usize,
    vec: Box<[i64; RNG_LEN]>,
}

impl Source {
    /// `rand.NewSource(seed)`.
    pub fn new(seed: i64) -> Source {
        let mut s = Source {
            tap: 0,
            feed: RNG_LEN - RNG_TAP,
            vec: Box::new([0; RNG_LEN]),
        };
        s.seed(seed);
        s
    }

    /// `Source.Seed(seed)`: resets the state exactly as Go does.
    pub fn seed(&mut self, seed: i64) {
        let (tap, feed) = rng_seed(&mut self.vec, seed);
        self.tap = tap as usize;
        self.feed = feed as usize;
    }

    /// `Source64.Uint64()`.
    pub fn uint64(&mut self) -> u64 {
        let (mut tap, mut feed) = (self.tap as i64, self.feed as i64);
        let v = rng_uint64(&mut tap, &mut feed, &mut self.vec);
        self.tap = tap as usize;
        self.feed = feed as usize;
        v
    }

    /// `Source.Int63()`.
    pub fn int63(&mut self) -> i64 {
        (self.uint64() & MASK63) as i64
    }
}

/// The length of the source's state vector (Go's rngLen).
pub const RNG_STATE_LEN: usize = RNG_LEN;

/// `(*rngSource).Seed` over the Go struct's fields: fills `vec` from
/// `seed` and returns the new (tap, feed).
pub fn rng_seed(vec: &mut [i64; RNG_LEN], seed: i64) -> (i64, i64) {
    let mut seed = seed % INT32_MAX;
    if seed < 0 {
        seed += INT32_MAX;
    }
    if seed == 0 {
        seed = 89482311;
    }
    let mut x = seed as i32;
    for i in -20i32..RNG_LEN as i32 {
        x = seedrand(x);
        if i >= 0 {
            let mut u = i64::from(x) << 40;
            x = seedrand(x);
            u ^= i64::from(x) << 20;
            x = seedrand(x);
            u ^= i64::from(x);
            u ^= RNG_COOKED[i as usize];
            vec[i as usize] = u;
        }
    }
    (0, (RNG_LEN - RNG_TAP) as i64)
}

/// `(*rngSource).Uint64` over the Go struct's fields: steps tap and feed
/// (wrapping below 0 to rngLen-1), adds, stores and returns the word.
/// `Int63` is this masked to 63 bits.
pub fn rng_uint64(tap: &mut i64, feed: &mut i64, vec: &mut [i64; RNG_LEN]) -> u64 {
    let len = RNG_LEN as i64;
    *tap = (*tap - 1).rem_euclid(len);
    *feed = (*feed - 1).rem_euclid(len);
    let x = vec[*feed as usize].wrapping_add(vec[*tap as usize]);
    vec[*feed as usize] = x;
    x as u64
}

/// Go's `*rand.Rand` over a [`Source`].
#[derive(Clone)]
pub struct Rand {
    src: Source,
}

impl Rand {
    /// `rand.New(rand.NewSource(seed))`.
    pub fn new(seed: i64) -> Rand {
        Rand {
            src: Source::new(seed),
        }
    }

    /// A generator seeded from the OS clock and process state, for the
    /// unseeded top-level functions.
    pub fn new_random() -> Rand {
        use std::collections::hash_map::RandomState;
        use std::hash::{BuildHasher, Hasher};
        let mut h = RandomState::new().build_hasher();
        if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            h.write_u128(d.as_nanos());
        }
        h.write_u32(std::process::id());
        Rand::new(h.finish() as i64)
    }

    /// `r.Seed(seed)`.
    pub fn seed(&mut self, seed: i64) {
        self.src.seed(seed);
    }
    /// `r.Int63()`.
    pub fn int63(&mut self) -> i64 {
        self.src.int63()
    }
    /// `r.Uint32()`.
    pub fn uint32(&mut self) -> u32 {
        (self.int63() >> 31) as u32
    }
    /// `r.Uint64()`.
    pub fn uint64(&mut self) -> u64 {
        self.src.uint64()
    }
    /// `r.Int31()`.
    pub fn int31(&mut self) -> i32 {
        (self.int63() >> 32) as i32
    }
    /// `r.Int()` (int is 64 bits).
    pub fn int(&mut self) -> i64 {
        self.int63()
    }

    /// `r.Int63n(n)`; Err with Go's panic text if n <= 0.
    pub fn int63n(&mut self, n: i64) -> Result<i64, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Int63n");
        }
        if n & (n - 1) == 0 {
            return Ok(self.int63() & (n - 1));
        }
        let max = (MASK63 - (1u64 << 63) % n as u64) as i64;
        let mut v = self.int63();
        while v > max {
            v = self.int63();
        }
        Ok(v % n)
    }

    /// `r.Int31n(n)`; Err with Go's panic text if n <= 0.
    pub fn int31n(&mut self, n: i32) -> Result<i32, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Int31n");
        }
        if n & (n - 1) == 0 {
            return Ok(self.int31() & (n - 1));
        }
        let max = (INT32_MAX as u32 - (1u32 << 31) % n as u32) as i32;
        let mut v = self.int31();
        while v > max {
            v = self.int31();
        }
        Ok(v % n)
    }

    /// Go's unexported `int31n` (Lemire's multiply-shift with rejection),
    /// used by Shuffle; n must be > 0.
    fn int31n_lemire(&mut self, n: i32) -> i32 {
        let n = n as u32;
        let mut prod = u64::from(self.uint32()) * u64::from(n);
        let mut low = prod as u32;
        if low < n {
            let thresh = n.wrapping_neg() % n;
            while low < thresh {
                prod = u64::from(self.uint32()) * u64::from(n);
                low = prod as u32;
            }
        }
        (prod >> 32) as i32
    }

    /// `r.Intn(n)`; Err with Go's panic text if n <= 0.
    pub fn intn(&mut self, n: i64) -> Result<i64, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Intn");
        }
        if n <= INT32_MAX {
            return self.int31n(n as i32).map(i64::from);
        }
        self.int63n(n)
    }

    /// `r.Float64()`.
    pub fn float64(&mut self) -> f64 {
        loop {
            let f = self.int63() as f64 / 9223372036854775808.0;
            if f != 1.0 {
                return f;
            }
        }
    }

    /// `r.Float32()`.
    pub fn float32(&mut self) -> f32 {
        loop {
            let f = self.float64() as f32;
            if f != 1.0 {
                return f;
            }
        }
    }

    /// `r.NormFloat64()`: Go's ziggurat (Marsaglia & Tsang) over the
    /// measured kn/wn/fn tables, with Go's math.Log/Exp.
    pub fn norm_float64(&mut self) -> f64 {
        const RN: f64 = 3.442619855899;
        loop {
            let j = self.uint32() as i32;
            let i = (j & 0x7F) as usize;
            let x = f64::from(j) * f64::from(f32::from_bits(WN[i]));
            if j.unsigned_abs() < KN[i] {
                return x;
            }
            if i == 0 {
                let mut x;
                loop {
                    x = -math::log(self.float64()) * (1.0 / RN);
                    let y = -math::log(self.float64());
                    if y + y >= x * x {
                        break;
                    }
                }
                return if j > 0 { RN + x } else { -RN - x };
            }
            let (fi, fp) = (f32::from_bits(FN[i]), f32::from_bits(FN[i - 1]));
            if fi + (self.float64() as f32) * (fp - fi) < math::exp(-0.5 * x * x) as f32 {
                return x;
            }
        }
    }

    /// `r.ExpFloat64()`: Go's ziggurat over the measured ke/we/fe tables.
    pub fn exp_float64(&mut self) -> f64 {
        const RE: f64 = 7.69711747013104972;
        loop {
            let j = self.uint32();
            let i = (j & 0xFF) as usize;
            let x = f64::from(j) * f64::from(f32::from_bits(WE[i]));
            if j < KE[i] {
                return x;
            }
            if i == 0 {
                return RE - math::log(self.float64());
            }
            let (fi, fp) = (f32::from_bits(FE[i]), f32::from_bits(FE[i - 1]));
            if fi + (self.float64() as f32) * (fp - fi) < math::exp(-x) as f32 {
                return x;
            }
        }
    }

    /// `r.Perm(n)`; Err (Go's makeslice panic) if n < 0.
    pub fn perm(&mut self, n: i64) -> Result<Vec<i64>, &'static str> {
        if n < 0 {
            return Err("runtime error: makeslice: len out of range");
        }
        let mut m = vec![0i64; n as usize];
        for i in 0..n {
            let j = self.intn(i + 1)? as usize;
            m[i as usize] = m[j];
            m[j] = i;
        }
        Ok(m)
    }

    /// The index pairs `r.Shuffle(n, swap)` passes to swap, in order. Err
    /// with Go's panic text if n < 0.
    pub fn shuffle_swaps(&mut self, n: i64) -> Result<Vec<(i64, i64)>, &'static str> {
        let mut out = Vec::new();
        self.shuffle(n, |i, j| out.push((i, j)))?;
        Ok(out)
    }

    /// `r.Shuffle(n, swap)` with a Rust callback (the swap function itself
    /// is Go code; the VM can use [`Rand::shuffle_swaps`] or step this).
    pub fn shuffle(&mut self, n: i64, mut swap: impl FnMut(i64, i64)) -> Result<(), &'static str> {
        if n < 0 {
            return Err("invalid argument to Shuffle");
        }
        let mut i = n - 1;
        while i > INT32_MAX - 1 {
            let j = self.int63n(i + 1)?;
            swap(i, j);
            i -= 1;
        }
        while i > 0 {
            let j = i64::from(self.int31n_lemire((i + 1) as i32));
            swap(i, j);
            i -= 1;
        }
        Ok(())
    }

    /// Go's `r.Shuffle` step for a VM that calls swap itself: the j for
    /// index i (i counts down from n-1 to 1).
    pub fn shuffle_index(&mut self, i: i64) -> i64 {
        if i > INT32_MAX - 1 {
            self.int63n(i + 1).unwrap_or(0)
        } else if i > 0 {
            i64::from(self.int31n_lemire((i + 1) as i32))
        } else {
            0
        }
    }
}

/// The generator behind `math/rand/v2`'s top-level functions. Go seeds
/// those from the runtime's entropy and offers no way to reseed them, so
/// only the ranges, panics and distributions matter, not the exact stream;
/// this is a wyrand generator seeded like [`Rand::new_random`]. Float64,
/// Float32 and the N functions use v2's bit-exact constructions.
#[derive(Clone)]
pub struct GlobalV2 {
    state: u64,
    zig: Rand,
}

impl GlobalV2 {
    /// A randomly seeded generator.
    pub fn new() -> GlobalV2 {
        let mut zig = Rand::new_random();
        GlobalV2 {
            state: zig.uint64(),
            zig,
        }
    }
    /// `rand.Uint64()`.
    pub fn uint64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0xa076_1d64_78bd_642f);
        let p = u128::from(self.state) * u128::from(self.state ^ 0xe703_7ed1_a0b4_28db);
        ((p >> 64) as u64) ^ (p as u64)
    }
    /// `rand.Int64()`.
    pub fn int64(&mut self) -> i64 {
        (self.uint64() & MASK63) as i64
    }
    /// `rand.Uint32()`.
    pub fn uint32(&mut self) -> u32 {
        (self.uint64() >> 32) as u32
    }
    /// `rand.Int32()`.
    pub fn int32(&mut self) -> i32 {
        (self.uint64() >> 33) as i32
    }
    /// `rand.Int()` / `rand.Uint()` (64-bit int).
    pub fn int(&mut self) -> i64 {
        self.int64()
    }
    /// `rand.Uint()`.
    pub fn uint(&mut self) -> u64 {
        self.uint64()
    }
    /// `rand.Uint64N(n)` (Lemire's method); Err with Go's panic text if n == 0.
    pub fn uint64n(&mut self, n: u64) -> Result<u64, &'static str> {
        if n == 0 {
            return Err("invalid argument to Uint64N");
        }
        Ok(self.bounded(n))
    }
    fn bounded(&mut self, n: u64) -> u64 {
        if n & (n - 1) == 0 {
            return self.uint64() & (n - 1);
        }
        let mut p = u128::from(self.uint64()) * u128::from(n);
        if (p as u64) < n {
            let thresh = n.wrapping_neg() % n;
            while (p as u64) < thresh {
                p = u128::from(self.uint64()) * u128::from(n);
            }
        }
        (p >> 64) as u64
    }
    /// `rand.Int64N(n)`; Err if n <= 0.
    pub fn int64n(&mut self, n: i64) -> Result<i64, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Int64N");
        }
        Ok(self.bounded(n as u64) as i64)
    }
    /// `rand.Uint32N(n)`; Err if n == 0.
    pub fn uint32n(&mut self, n: u32) -> Result<u32, &'static str> {
        if n == 0 {
            return Err("invalid argument to Uint32N");
        }
        Ok(self.bounded(u64::from(n)) as u32)
    }
    /// `rand.Int32N(n)`; Err if n <= 0.
    pub fn int32n(&mut self, n: i32) -> Result<i32, &'static str> {
        if n <= 0 {
            return Err("invalid argument to Int32N");
        }
        Ok(self.bounded(n as u64) as i32)
    }
    /// `rand.IntN(n)`; Err if n <= 0.
    pub fn intn(&mut self, n: i64) -> Result<i64, &'static str> {
        if n <= 0 {
            return Err("invalid argument to IntN");
        }
        Ok(self.bounded(n as u64) as i64)
    }
    /// `rand.UintN(n)`; Err if n == 0.
    pub fn uintn(&mut self, n: u64) -> Result<u64, &'static str> {
        if n == 0 {
            return Err("invalid argument to UintN");
        }
        Ok(self.bounded(n))
    }
    /// `rand.Float64()`: 53 random bits / 2^53.
    pub fn float64(&mut self) -> f64 {
        (self.uint64() << 11 >> 11) as f64 / (1u64 << 53) as f64
    }
    /// `rand.Float32()`: 24 random bits / 2^24.
    pub fn float32(&mut self) -> f32 {
        (self.uint32() << 8 >> 8) as f32 / (1u32 << 24) as f32
    }
    /// `rand.NormFloat64()`.
    pub fn norm_float64(&mut self) -> f64 {
        self.zig.norm_float64()
    }
    /// `rand.ExpFloat64()`.
    pub fn exp_float64(&mut self) -> f64 {
        self.zig.exp_float64()
    }
}

impl Default for GlobalV2 {
    fn default() -> Self {
        GlobalV2::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v2_ranges_and_panics() {
        let mut g = GlobalV2::new();
        for n in [1u64, 2, 3, 10, 1 << 40, u64::MAX] {
            for _ in 0..100 {
                assert!(g.uint64n(n).unwrap() < n);
            }
        }
        for _ in 0..1000 {
            let f = g.float64();
            assert!((0.0..1.0).contains(&f));
            let f = g.float32();
            assert!((0.0..1.0).contains(&f));
            assert!(g.intn(7).unwrap() < 7);
        }
        assert_eq!(g.intn(0), Err("invalid argument to IntN"));
        assert_eq!(g.uint32n(0), Err("invalid argument to Uint32N"));
        assert_eq!(Rand::new(1).intn(-1), Err("invalid argument to Intn"));
        assert_eq!(
            Rand::new(1).shuffle_swaps(-1),
            Err("invalid argument to Shuffle")
        );
    }
}
