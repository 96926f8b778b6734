// Package sortalg (golite, internal): the two in-place sorting algorithms
// shared by sort and slices, written once over an index-based view of the
// data (Seq). Both packages adapt their inputs to a Seq: sort.Interface is
// one already; sort.Slice wraps the less function and the sliceSwap hook;
// slices wraps a []E with cmp.Less or the caller's cmp function.
//
// Unstable is pattern-defeating quicksort (Orson Peters, "Pattern-defeating
// Quicksort", 2021) and Stable is insertion sort on runs of 20 followed by
// rounds of SymMerge (Kim and Kutzner, "Stable Minimum Storage Merging by
// Symmetric Comparisons", 2004). Programs can observe the exact sequence of
// Less and Swap calls (and, for unstable sorts, where equal elements end
// up), so every choice below follows the behaviour of Go's sort package:
// the thresholds (12, 50, 5 fix-ups, runs of 20), the ninther, the
// xorshift generator used to break patterns and the recursion budget of
// bits.Len(n) bad pivots.
package sortalg

import "math/bits"

// Seq is the view the algorithms work on: n elements addressed by index.
type Seq interface {
	// Less reports whether element i must sort before element j.
	Less(i, j int) bool
	// Swap exchanges elements i and j.
	Swap(i, j int)
}

// Unstable sorts elements [0, n) of d with pdqsort.
func Unstable[D Seq](d D, n int) {
	quick(d, 0, n, bits.Len(uint(n)))
}

// Stable sorts elements [0, n) of d keeping equal elements in their
// original order.
func Stable[D Seq](d D, n int) {
	const run = 20
	start := 0
	for ; start+run <= n; start += run {
		insertion(d, start, start+run)
	}
	insertion(d, start, n)

	// Merge neighbouring sorted runs, doubling their width each round; a
	// final run shorter than width is merged only if it has a left partner.
	for width := run; width < n; width *= 2 {
		lo := 0
		for ; lo+2*width <= n; lo += 2 * width {
			symMerge(d, lo, lo+width, lo+2*width)
		}
		if lo+width < n {
			symMerge(d, lo, lo+width, n)
		}
	}
}

// sinkLeft moves the element at j towards the front, one swap at a time,
// while it is less than its left neighbour and j stays above stop.
func sinkLeft[D Seq](d D, j, stop int) {
	for j > stop && d.Less(j, j-1) {
		d.Swap(j, j-1)
		j--
	}
}

// insertion sorts [lo, hi) by straight insertion.
func insertion[D Seq](d D, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		sinkLeft(d, i, lo)
	}
}

// Pivot trends, as sampled by choosePivot.
const (
	trendMixed = iota
	trendRising
	trendFalling
)

// quick is the pdqsort loop for [lo, hi). budget counts how many more
// unbalanced partitions are tolerated before switching to heapsort. It
// recurses into the smaller side and loops on the larger one.
func quick[D Seq](d D, lo, hi, budget int) {
	balanced, untouched := true, true
	for {
		n := hi - lo
		switch {
		case n <= 12:
			insertion(d, lo, hi)
			return
		case budget == 0:
			heapSort(d, lo, hi)
			return
		case !balanced:
			scramble(d, lo, hi)
			budget--
		}

		p, trend := choosePivot(d, lo, hi)
		if trend == trendFalling {
			// The samples all decreased: the range is probably descending,
			// so reverse it and treat it as ascending.
			reverse(d, lo, hi)
			p = lo + hi - 1 - p
			trend = trendRising
		}
		if balanced && untouched && trend == trendRising && nearlySorted(d, lo, hi) {
			return
		}

		// An element left of the range bounds it from below. If it is not
		// less than the pivot, the range holds many copies of that value:
		// gather the ones equal to the pivot at the front and go on with the
		// rest.
		if lo > 0 && !d.Less(lo-1, p) {
			lo = splitEqual(d, lo, hi, p)
			continue
		}

		mid, inOrder := split(d, lo, hi, p)
		untouched = inOrder
		small := min(mid-lo, hi-mid)
		balanced = small >= n/8
		if mid-lo < hi-mid {
			quick(d, lo, mid, budget)
			lo = mid + 1
		} else {
			quick(d, mid+1, hi, budget)
			hi = mid
		}
	}
}

// sweep is the core of both partitions. The pivot sits at lo. It scans
// inwards from both ends of (lo, hi), swapping each pair that sits on the
// wrong sides. With equal false, the left side is for elements less than
// the pivot; with equal true, for elements not greater than it. It returns
// where the scans crossed and whether anything was swapped.
func sweep[D Seq](d D, lo, hi int, equal bool) (l, r int, swapped bool) {
	left := func(i int) bool {
		if equal {
			return !d.Less(lo, i)
		}
		return d.Less(i, lo)
	}
	l, r = lo+1, hi-1
	for {
		for l <= r && left(l) {
			l++
		}
		for l <= r && !left(r) {
			r--
		}
		if l > r {
			return l, r, swapped
		}
		d.Swap(l, r)
		swapped = true
		l, r = l+1, r-1
	}
}

// split partitions [lo, hi) around the element at p and returns the
// pivot's final index, and whether the range was already partitioned.
func split[D Seq](d D, lo, hi, p int) (int, bool) {
	d.Swap(lo, p)
	_, r, swapped := sweep(d, lo, hi, false)
	d.Swap(r, lo)
	return r, !swapped
}

// splitEqual moves the elements equal to the one at p (none are less) to
// the front of [lo, hi) and returns the index of the first greater one.
func splitEqual[D Seq](d D, lo, hi, p int) int {
	d.Swap(lo, p)
	l, _, _ := sweep(d, lo, hi, true)
	return l
}

// nearlySorted tries to finish [lo, hi) with a bounded insertion pass: it
// repairs at most five inversions (and none at all in short ranges) and
// reports whether the range is now sorted.
//
// As in Go, the leftward shift after a repair may run below lo (down to
// index 1): the elements there are already in place relative to the range,
// so it only costs comparisons, but they are observable.
func nearlySorted[D Seq](d D, lo, hi int) bool {
	i := lo + 1
	for repairs := 0; repairs < 5; repairs++ {
		for i < hi && !d.Less(i, i-1) {
			i++
		}
		switch {
		case i == hi:
			return true
		case hi-lo < 50:
			return false
		}
		d.Swap(i, i-1)
		if i-lo >= 2 {
			sinkLeft(d, i-1, 0)
		}
		if hi-i >= 2 {
			for j := i + 1; j < hi && d.Less(j, j-1); j++ {
				d.Swap(j, j-1)
			}
		}
	}
	return false
}

// scramble swaps three elements near the middle of [lo, hi) with others
// picked by an xorshift generator seeded with the length, to break up
// patterns that made the last partition unbalanced.
func scramble[D Seq](d D, lo, hi int) {
	n := hi - lo
	state := uint64(n)
	mask := uint64(1)<<bits.Len(uint(n)) - 1
	at := lo + n/4*2 - 1
	for k := 0; k < 3; k++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		// state&mask < 2n, so one subtraction brings it below n.
		d.Swap(at+k, lo+int(state&mask)%n)
	}
}

// pivotPicker chooses pivots by medians of three, counting how many of the
// compare-exchanges found a pair out of order.
type pivotPicker[D Seq] struct {
	d     D
	swaps int
}

// median3 returns whichever of the indices x, y, z holds the median value.
func (pp *pivotPicker[D]) median3(x, y, z int) int {
	if pp.d.Less(y, x) {
		x, y = y, x
		pp.swaps++
	}
	if pp.d.Less(z, y) {
		y = z
		pp.swaps++
	}
	if pp.d.Less(y, x) {
		y = x
		pp.swaps++
	}
	return y
}

// choosePivot samples [lo, hi) (n > 12) at its quarter points: the median
// of the three samples, or of three medians of three neighbours (Tukey's
// ninther) when n >= 50. The trend is rising if no sample pair was out of
// order and falling if all twelve were.
func choosePivot[D Seq](d D, lo, hi int) (int, int) {
	pp := &pivotPicker[D]{d: d}
	q := (hi - lo) / 4
	i, j, k := lo+q, lo+2*q, lo+3*q
	if hi-lo >= 50 {
		i = pp.median3(i-1, i, i+1)
		j = pp.median3(j-1, j, j+1)
		k = pp.median3(k-1, k, k+1)
	}
	p := pp.median3(i, j, k)
	trend := trendMixed
	if pp.swaps == 0 {
		trend = trendRising
	} else if pp.swaps == 12 {
		trend = trendFalling
	}
	return p, trend
}

// reverse reverses [lo, hi).
func reverse[D Seq](d D, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		d.Swap(i, j)
	}
}

// heapSort sorts [lo, hi) with a max-heap rooted at lo.
func heapSort[D Seq](d D, lo, hi int) {
	n := hi - lo
	for k := (n - 1) / 2; k >= 0; k-- {
		sift(d, lo, k, n)
	}
	for size := n - 1; size >= 0; size-- {
		d.Swap(lo, lo+size)
		sift(d, lo, 0, size)
	}
}

// sift lets node k of the heap stored at base[0:size] sink until neither
// child is greater.
func sift[D Seq](d D, base, k, size int) {
	for {
		c := 2*k + 1
		if c >= size {
			return
		}
		if r := c + 1; r < size && d.Less(base+c, base+r) {
			c = r
		}
		if !d.Less(base+k, base+c) {
			return
		}
		d.Swap(base+k, base+c)
		k = c
	}
}

// lowerBound returns the first index in [lo, hi) at which found reports
// true (found is false up to some point and true after it), or hi.
func lowerBound(lo, hi int, found func(int) bool) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if found(h) {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// symMerge merges the sorted neighbours [lo, mid) and [mid, hi) in place.
// A side of one element is inserted by binary search and a run of swaps;
// otherwise the symmetric split point is found by binary search, the
// blocks between the split points are rotated, and both halves are merged
// recursively.
//
// Both runs must be non-empty; otherwise there is nothing to do.
func symMerge[D Seq](d D, lo, mid, hi int) {
	switch {
	case lo >= mid || mid >= hi:
		return
	case mid-lo == 1:
		// The single left element goes before the first right element
		// that is not less than it.
		at := lowerBound(mid, hi, func(h int) bool { return !d.Less(h, lo) })
		for i := lo; i < at-1; i++ {
			d.Swap(i, i+1)
		}
	case hi-mid == 1:
		// The single right element goes after every left element that is
		// not greater than it.
		at := lowerBound(lo, mid, func(h int) bool { return d.Less(mid, h) })
		for i := mid; i > at; i-- {
			d.Swap(i, i-1)
		}
	default:
		half := int(uint(lo+hi) >> 1)
		sum := half + mid
		from, to := lo, mid
		if mid > half {
			from, to = sum-hi, half
		}
		cut := lowerBound(from, to, func(c int) bool { return d.Less(sum-1-c, c) })
		end := sum - cut
		rotate(d, cut, mid, end)
		symMerge(d, lo, cut, half)
		symMerge(d, half, end, hi)
	}
}

// rotate exchanges the blocks [lo, mid) and [mid, hi) by repeatedly
// swapping the shorter block with the far end of the longer one. Both
// blocks must be non-empty; otherwise there is nothing to do.
func rotate[D Seq](d D, lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left > 0 && right > 0 {
		switch {
		case left == right:
			swapBlocks(d, mid-left, mid, left)
			return
		case left > right:
			swapBlocks(d, mid-left, mid, right)
			left -= right
		default:
			swapBlocks(d, mid-left, mid+right-left, left)
			right -= left
		}
	}
}

// swapBlocks swaps the n elements from a with the n elements from b.
func swapBlocks[D Seq](d D, a, b, n int) {
	for k := 0; k < n; k++ {
		d.Swap(a+k, b+k)
	}
}
