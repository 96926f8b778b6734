// Package slices (golite): sorting, binary search, Min and Max. The sorts
// run the algorithms of internal/sortalg (shared with package sort) over
// an adapter, so they compare and move elements exactly as Go's do.
package slices

import (
	"cmp"
	"internal/sortalg"
)

// naturalOrder adapts a slice of an ordered type to sortalg.Seq, ordering
// by cmp.Less (NaNs first).
type naturalOrder[E cmp.Ordered] []E

func (s naturalOrder[E]) Less(i, j int) bool { return cmp.Less(s[i], s[j]) }
func (s naturalOrder[E]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// funcOrder adapts a slice and a three-way comparison function to
// sortalg.Seq.
type funcOrder[E any] struct {
	s   []E
	cmp func(a, b E) int
}

func (o funcOrder[E]) Less(i, j int) bool { return o.cmp(o.s[i], o.s[j]) < 0 }
func (o funcOrder[E]) Swap(i, j int)      { o.s[i], o.s[j] = o.s[j], o.s[i] }

// Sort sorts x in increasing order; floating-point NaNs come first. Equal
// elements may be reordered.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	sortalg.Unstable(naturalOrder[E](x), len(x))
}

// SortFunc puts x in the order cmp defines: cmp(a, b) is negative when a
// goes first, positive when b does and zero when either may (cmp must be
// a strict weak ordering). Elements cmp finds equal may change places.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sortalg.Unstable(funcOrder[E]{x, cmp}, len(x))
}

// SortStableFunc sorts x as SortFunc does, keeping equal elements in their
// original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sortalg.Stable(funcOrder[E]{x, cmp}, len(x))
}

// IsSorted reports whether no element of x is less than the one before
// it.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	return IsSortedFunc(x, cmp.Compare[E])
}

// IsSortedFunc reports whether x is in increasing order as defined by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i >= 1; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// extreme returns the element of x that wins against every other by
// better, the earliest one on ties. name is the function reported when x
// is empty.
func extreme[E any](x []E, name string, better func(candidate, best E) bool) E {
	if len(x) == 0 {
		panic("slices." + name + ": empty list")
	}
	best := x[0]
	for _, v := range x[1:] {
		if better(v, best) {
			best = v
		}
	}
	return best
}

// fold combines the elements of x from the left with pick (the builtin min
// or max, which propagate NaNs and tell -0 from +0). name is the function
// reported when x is empty.
func fold[E any](x []E, name string, pick func(a, b E) E) E {
	if len(x) == 0 {
		panic("slices." + name + ": empty list")
	}
	acc := x[0]
	for _, v := range x[1:] {
		acc = pick(acc, v)
	}
	return acc
}

// Min returns the smallest element of x, or a NaN if x holds one. It
// panics if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	return fold(x, "Min", func(a, b E) E { return min(a, b) })
}

// MinFunc returns the smallest element of x by cmp, the first one if
// several are smallest. It panics if x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	return extreme(x, "MinFunc", func(v, m E) bool { return cmp(v, m) < 0 })
}

// Max returns the largest element of x, or a NaN if x holds one. It panics
// if x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	return fold(x, "Max", func(a, b E) E { return max(a, b) })
}

// MaxFunc returns the largest element of x by cmp, the first one if
// several are largest. It panics if x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	return extreme(x, "MaxFunc", func(v, m E) bool { return cmp(v, m) > 0 })
}

// BinarySearch looks for target in the increasing slice x. It returns the
// first index holding target and true, or the index where target would be
// inserted and false.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	return BinarySearchFunc(x, target, cmp.Compare[E])
}

// BinarySearchFunc is BinarySearch for a slice sorted by cmp, where
// cmp(e, target) tells whether element e sorts before (negative), at (zero)
// or after (positive) the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(x[mid], target) >= 0 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, lo < len(x) && cmp(x[lo], target) == 0
}
