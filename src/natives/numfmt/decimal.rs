//! Go's multiprecision decimal (internal/strconv/decimal.go): exact
//! binary-to-decimal conversion by shifting, used for fixed-precision
//! float formatting beyond the 18 digits the fast path handles.

const DIGITS: usize = 800;
const MAX_SHIFT: u32 = 60;

pub(super) struct Decimal {
    pub(super) d: [u8; DIGITS],
    pub(super) nd: usize,
    pub(super) dp: i64,
    trunc: bool,
}

/// Leading digits of 5^k and the number of digits a left shift by k adds.
static LEFTCHEATS: [(i64, &[u8]); 61] = [
    (0, b""),
    (1, b"5"),
    (1, b"25"),
    (1, b"125"),
    (2, b"625"),
    (2, b"3125"),
    (2, b"15625"),
    (3, b"78125"),
    (3, b"390625"),
    (3, b"1953125"),
    (4, b"9765625"),
    (4, b"48828125"),
    (4, b"244140625"),
    (4, b"1220703125"),
    (5, b"6103515625"),
    (5, b"30517578125"),
    (5, b"152587890625"),
    (6, b"762939453125"),
    (6, b"3814697265625"),
    (6, b"19073486328125"),
    (7, b"95367431640625"),
    (7, b"476837158203125"),
    (7, b"2384185791015625"),
    (7, b"11920928955078125"),
    (8, b"59604644775390625"),
    (8, b"298023223876953125"),
    (8, b"1490116119384765625"),
    (9, b"7450580596923828125"),
    (9, b"37252902984619140625"),
    (9, b"186264514923095703125"),
    (10, b"931322574615478515625"),
    (10, b"4656612873077392578125"),
    (10, b"23283064365386962890625"),
    (10, b"116415321826934814453125"),
    (11, b"582076609134674072265625"),
    (11, b"2910383045673370361328125"),
    (11, b"14551915228366851806640625"),
    (12, b"72759576141834259033203125"),
    (12, b"363797880709171295166015625"),
    (12, b"1818989403545856475830078125"),
    (13, b"9094947017729282379150390625"),
    (13, b"45474735088646411895751953125"),
    (13, b"227373675443232059478759765625"),
    (13, b"1136868377216160297393798828125"),
    (14, b"5684341886080801486968994140625"),
    (14, b"28421709430404007434844970703125"),
    (14, b"142108547152020037174224853515625"),
    (15, b"710542735760100185871124267578125"),
    (15, b"3552713678800500929355621337890625"),
    (15, b"17763568394002504646778106689453125"),
    (16, b"88817841970012523233890533447265625"),
    (16, b"444089209850062616169452667236328125"),
    (16, b"2220446049250313080847263336181640625"),
    (16, b"11102230246251565404236316680908203125"),
    (17, b"55511151231257827021181583404541015625"),
    (17, b"277555756156289135105907917022705078125"),
    (17, b"1387778780781445675529539585113525390625"),
    (18, b"6938893903907228377647697925567626953125"),
    (18, b"34694469519536141888238489627838134765625"),
    (18, b"173472347597680709441192448139190673828125"),
    (19, b"867361737988403547205962240695953369140625"),
];

impl Decimal {
    pub(super) fn new() -> Decimal {
        Decimal { d: [0; DIGITS], nd: 0, dp: 0, trunc: false }
    }

    fn trim(&mut self) {
        while self.nd > 0 && self.d[self.nd - 1] == b'0' {
            self.nd -= 1;
        }
        if self.nd == 0 {
            self.dp = 0;
        }
    }

    pub(super) fn assign(&mut self, mut v: u64) {
        let mut buf = [0u8; 24];
        let mut n = 0;
        while v > 0 {
            buf[n] = b'0' + (v % 10) as u8;
            v /= 10;
            n += 1;
        }
        self.nd = 0;
        while n > 0 {
            n -= 1;
            self.d[self.nd] = buf[n];
            self.nd += 1;
        }
        self.dp = self.nd as i64;
        self.trim();
    }

    fn right_shift(&mut self, k: u32) {
        let mut r = 0usize;
        let mut w = 0usize;
        let mut n: u64 = 0;
        loop {
            if n >> k != 0 {
                break;
            }
            if r >= self.nd {
                if n == 0 {
                    self.nd = 0;
                    return;
                }
                while n >> k == 0 {
                    n *= 10;
                    r += 1;
                }
                break;
            }
            n = n * 10 + u64::from(self.d[r] - b'0');
            r += 1;
        }
        self.dp -= r as i64 - 1;
        let mask: u64 = (1 << k) - 1;
        while r < self.nd {
            let c = u64::from(self.d[r] - b'0');
            let dig = n >> k;
            n &= mask;
            self.d[w] = dig as u8 + b'0';
            w += 1;
            n = n * 10 + c;
            r += 1;
        }
        while n > 0 {
            let dig = n >> k;
            n &= mask;
            if w < DIGITS {
                self.d[w] = dig as u8 + b'0';
                w += 1;
            } else if dig > 0 {
                self.trunc = true;
            }
            n *= 10;
        }
        self.nd = w;
        self.trim();
    }

    fn left_shift(&mut self, k: u32) {
        let (mut delta, cutoff) = LEFTCHEATS[k as usize];
        if prefix_is_less_than(&self.d[..self.nd], cutoff) {
            delta -= 1;
        }
        let mut r = self.nd as i64;
        let mut w = self.nd as i64 + delta;
        let mut n: u64 = 0;
        r -= 1;
        while r >= 0 {
            n += u64::from(self.d[r as usize] - b'0') << k;
            let quo = n / 10;
            let rem = n - 10 * quo;
            w -= 1;
            if (w as usize) < DIGITS {
                self.d[w as usize] = rem as u8 + b'0';
            } else if rem != 0 {
                self.trunc = true;
            }
            n = quo;
            r -= 1;
        }
        while n > 0 {
            let quo = n / 10;
            let rem = n - 10 * quo;
            w -= 1;
            if (w as usize) < DIGITS {
                self.d[w as usize] = rem as u8 + b'0';
            } else if rem != 0 {
                self.trunc = true;
            }
            n = quo;
        }
        let nd = self.nd as i64 + delta;
        self.nd = nd.clamp(0, DIGITS as i64) as usize;
        self.dp += delta;
        self.trim();
    }

    /// Binary shift left (k > 0) or right (k < 0).
    pub(super) fn shift(&mut self, mut k: i64) {
        if self.nd == 0 {
            return;
        }
        let max = i64::from(MAX_SHIFT);
        if k > 0 {
            while k > max {
                self.left_shift(MAX_SHIFT);
                k -= max;
            }
            self.left_shift(k as u32);
        } else if k < 0 {
            while k < -max {
                self.right_shift(MAX_SHIFT);
                k += max;
            }
            self.right_shift((-k) as u32);
        }
    }

    fn should_round_up(&self, nd: i64) -> bool {
        if nd < 0 || nd >= self.nd as i64 {
            return false;
        }
        let nd = nd as usize;
        if self.d[nd] == b'5' && nd + 1 == self.nd {
            if self.trunc {
                return true;
            }
            return nd > 0 && !(self.d[nd - 1] - b'0').is_multiple_of(2);
        }
        self.d[nd] >= b'5'
    }

    /// Rounds to nd digits (or fewer), half to even on exact ties.
    pub(super) fn round(&mut self, nd: i64) {
        if nd < 0 || nd >= self.nd as i64 {
            return;
        }
        if self.should_round_up(nd) {
            self.round_up(nd as usize);
        } else {
            self.nd = nd as usize;
            self.trim();
        }
    }

    fn round_up(&mut self, nd: usize) {
        for i in (0..nd).rev() {
            if self.d[i] < b'9' {
                self.d[i] += 1;
                self.nd = i + 1;
                return;
            }
        }
        self.d[0] = b'1';
        self.nd = 1;
        self.dp += 1;
    }
}

fn prefix_is_less_than(b: &[u8], s: &[u8]) -> bool {
    for (i, &c) in s.iter().enumerate() {
        match b.get(i) {
            None => return true,
            Some(&x) if x != c => return x < c,
            _ => {}
        }
    }
    false
}
