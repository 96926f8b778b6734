// Primality testing for Int (golite, math/big).
package big

var smallPrimes = []Word{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53}

// ProbablyPrime reports whether x is probably prime: it is exact for
// values below 2^64 and, above, runs Miller-Rabin with the first 16 prime
// bases plus n more fixed bases, which no known composite passes. It
// returns false for x <= 1 and panics when n < 0.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	for _, p := range smallPrimes {
		if len(x.abs) == 1 && x.abs[0] == p {
			return true
		}
		if _, r := natDivWord(x.abs, p); r == 0 {
			return false
		}
	}
	if len(x.abs) == 1 && x.abs[0] < 59*59 {
		return x.abs[0] > 1
	}
	// x - 1 = d * 2^s with d odd.
	xm1 := natSub(x.abs, natOne)
	s := natTrailingZeros(xm1)
	d := natShr(xm1, s)
	for _, p := range smallPrimes {
		if isWitness(nat{p}, d, s, xm1, x.abs) {
			return false
		}
	}
	if len(x.abs) == 1 {
		return true
	}
	// Extra bases from a fixed linear congruential sequence, in [2, x-2].
	seed := uint64(0x9e3779b97f4a7c15)
	for i := 0; i < n; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		_, a := natDiv(natOf(seed), natSub(x.abs, nat{3}))
		a = natAdd(a, nat{2})
		if isWitness(a, d, s, xm1, x.abs) {
			return false
		}
	}
	return true
}

// isWitness reports whether a proves n composite by Miller-Rabin, where
// n-1 = nm1 = d·2^s with d odd.
func isWitness(a, d nat, s uint, nm1, n nat) bool {
	y := natExpMod(a, d, n)
	if natCmp(y, natOne) == 0 || natCmp(y, nm1) == 0 {
		return false
	}
	for i := uint(1); i < s; i++ {
		y = natMul(y, y)
		_, y = natDiv(y, n)
		if natCmp(y, nm1) == 0 {
			return false
		}
		if natCmp(y, natOne) == 0 {
			return true
		}
	}
	return true
}
