// Package sort (golite): binary search, in Go.
package sort

// Search returns the smallest i in [0, n) for which f(i) is true, or n if
// there is none. f must be false up to some index and true from there on;
// Search finds that index by bisection, calling f O(log n) times.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		// f(lo-1) is false and f(hi) is true (treating f(-1) as false
		// and f(n) as true); halve the gap.
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the smallest i in [0, n) for which cmp(i) <= 0, or n, and
// whether cmp(i) == 0 there. cmp must be positive up to some index and
// non-positive from there on (for a target, cmp(i) compares the target
// with element i).
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = Search(n, func(k int) bool { return cmp(k) <= 0 })
	found = i < n && cmp(i) == 0
	return i, found
}

// atLeast returns the first index of the increasing slice a whose element
// is not less than x: where x is, or would be inserted.
func atLeast[E int | float64 | string](a []E, x E) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchInts returns the index of x in the increasing slice a, or where x
// would be inserted to keep a in order.
func SearchInts(a []int, x int) int { return atLeast(a, x) }

// SearchFloat64s returns the index of x in the increasing slice a, or where
// x would be inserted to keep a in order.
func SearchFloat64s(a []float64, x float64) int { return atLeast(a, x) }

// SearchStrings returns the index of x in the increasing slice a, or where
// x would be inserted to keep a in order.
func SearchStrings(a []string, x string) int { return atLeast(a, x) }

// Search finds x in p with SearchInts.
func (p IntSlice) Search(x int) int { return atLeast(p, x) }

// Search finds x in p with SearchFloat64s.
func (p Float64Slice) Search(x float64) int { return atLeast(p, x) }

// Search finds x in p with SearchStrings.
func (p StringSlice) Search(x string) int { return atLeast(p, x) }
