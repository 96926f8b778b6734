// Package slices (golite): the sorting algorithms, for cmp.Ordered elements
// (suffix Ordered) and for a comparison function (suffix CmpFunc). Written
// once and instantiated for both; see sort.go for the entry points.
package slices

import "cmp"

// insertionSortOrdered sorts data[a:b] by insertion.
func insertionSortOrdered[E cmp.Ordered](data []E, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmpLess(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDownOrdered restores the heap property of data[lo:hi] (offset first)
// starting at root lo.
func siftDownOrdered[E cmp.Ordered](data []E, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmpLess(data[first+child], data[first+child+1]) {
			child++
		}
		if !cmpLess(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

// heapSortOrdered sorts data[a:b] with a max-heap; pdqsort falls back to it when
// its recursion budget runs out.
func heapSortOrdered[E cmp.Ordered](data []E, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownOrdered(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownOrdered(data, lo, i, first)
	}
}

// pdqsortOrdered sorts data[a:b] with pattern-defeating quicksort: insertion
// sort for short ranges, heapsort once limit bad pivots have been seen,
// pattern breaking after an unbalanced partition, and a partial insertion
// sort for ranges that look already sorted.
func pdqsortOrdered[E cmp.Ordered](data []E, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true
	wasPartitioned := true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortOrdered(data, a, b)
			return
		}
		if limit == 0 {
			heapSortOrdered(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatternsOrdered(data, a, b)
			limit--
		}
		pivot, hint := choosePivotOrdered(data, a, b)
		if hint == decreasingHint {
			reverseRangeOrdered(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSortOrdered(data, a, b) {
				return
			}
		}
		// If the element before the range is not less than the pivot, every
		// element equal to the pivot can be put in place at once.
		if a > 0 && !cmpLess(data[a-1], data[pivot]) {
			mid := partitionEqualOrdered(data, a, b, pivot)
			a = mid
			continue
		}
		mid, alreadyPartitioned := partitionOrdered(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsortOrdered(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsortOrdered(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partitionOrdered moves the pivot to a, partitions data[a+1:b] around it and
// puts the pivot at its final index, which it returns; alreadyPartitioned
// reports that no element had to move.
func partitionOrdered[E cmp.Ordered](data []E, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && cmpLess(data[i], data[a]) {
		i++
	}
	for i <= j && !cmpLess(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && cmpLess(data[i], data[a]) {
			i++
		}
		for i <= j && !cmpLess(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqualOrdered partitions data[a:b] into elements equal to the pivot
// (moved to a) followed by greater elements; it returns the first index of
// the greater ones.
func partitionEqualOrdered[E cmp.Ordered](data []E, a, b, pivot int) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !cmpLess(data[a], data[i]) {
			i++
		}
		for i <= j && cmpLess(data[a], data[j]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

// partialInsertionSortOrdered fixes up to a few out-of-order elements of a
// nearly sorted range and reports whether the range ended up sorted.
func partialInsertionSortOrdered[E cmp.Ordered](data []E, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !cmpLess(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !cmpLess(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !cmpLess(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatternsOrdered swaps three elements around the middle of data[a:b] with
// pseudo-random ones (an xorshift generator seeded with the length).
func breakPatternsOrdered[E cmp.Ordered](data []E, a, b int) {
	length := b - a
	if length >= 8 {
		random := xorshift(length)
		modulus := nextPowerOfTwo(length)
		idx := a + (length/4)*2 - 1
		for i := 0; i < 3; i++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data[idx-1+i], data[a+other] = data[a+other], data[idx-1+i]
		}
	}
}

// choosePivotOrdered picks a pivot index for data[a:b]: the median of three
// (or of three medians of three, a ninther, for long ranges). The hint
// says whether the sampled elements looked increasing or decreasing.
func choosePivotOrdered[E cmp.Ordered](data []E, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	var (
		swaps int
		i     = a + l/4*1
		j     = a + l/4*2
		k     = a + l/4*3
	)
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentOrdered(data, i, &swaps)
			j = medianAdjacentOrdered(data, j, &swaps)
			k = medianAdjacentOrdered(data, k, &swaps)
		}
		j = medianOrdered(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	default:
		return j, unknownHint
	}
}

// order2Ordered returns a, b in order (by index), counting a swap.
func order2Ordered[E cmp.Ordered](data []E, a, b int, swaps *int) (int, int) {
	if cmpLess(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

// medianOrdered returns the index of the median of data[a], data[b], data[c].
func medianOrdered[E cmp.Ordered](data []E, a, b, c int, swaps *int) int {
	a, b = order2Ordered(data, a, b, swaps)
	b, c = order2Ordered(data, b, c, swaps)
	a, b = order2Ordered(data, a, b, swaps)
	return b
}

// medianAdjacentOrdered returns the index of the median of data[a-1:a+2].
func medianAdjacentOrdered[E cmp.Ordered](data []E, a int, swaps *int) int {
	return medianOrdered(data, a-1, a, a+1, swaps)
}

// reverseRangeOrdered reverses data[a:b].
func reverseRangeOrdered[E cmp.Ordered](data []E, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}


// insertionSortCmpFunc sorts data[a:b] by insertion.
func insertionSortCmpFunc[E any](data []E, cmp func(a, b E) int, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && (cmp(data[j], data[j-1]) < 0); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDownCmpFunc restores the heap property of data[lo:hi] (offset first)
// starting at root lo.
func siftDownCmpFunc[E any](data []E, cmp func(a, b E) int, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && (cmp(data[first+child], data[first+child+1]) < 0) {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

// heapSortCmpFunc sorts data[a:b] with a max-heap; pdqsort falls back to it when
// its recursion budget runs out.
func heapSortCmpFunc[E any](data []E, cmp func(a, b E) int, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownCmpFunc(data, cmp, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownCmpFunc(data, cmp, lo, i, first)
	}
}

// pdqsortCmpFunc sorts data[a:b] with pattern-defeating quicksort: insertion
// sort for short ranges, heapsort once limit bad pivots have been seen,
// pattern breaking after an unbalanced partition, and a partial insertion
// sort for ranges that look already sorted.
func pdqsortCmpFunc[E any](data []E, cmp func(a, b E) int, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true
	wasPartitioned := true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortCmpFunc(data, cmp, a, b)
			return
		}
		if limit == 0 {
			heapSortCmpFunc(data, cmp, a, b)
			return
		}
		if !wasBalanced {
			breakPatternsCmpFunc(data, cmp, a, b)
			limit--
		}
		pivot, hint := choosePivotCmpFunc(data, cmp, a, b)
		if hint == decreasingHint {
			reverseRangeCmpFunc(data, cmp, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSortCmpFunc(data, cmp, a, b) {
				return
			}
		}
		// If the element before the range is not less than the pivot, every
		// element equal to the pivot can be put in place at once.
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			mid := partitionEqualCmpFunc(data, cmp, a, b, pivot)
			a = mid
			continue
		}
		mid, alreadyPartitioned := partitionCmpFunc(data, cmp, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsortCmpFunc(data, cmp, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsortCmpFunc(data, cmp, mid+1, b, limit)
			b = mid
		}
	}
}

// partitionCmpFunc moves the pivot to a, partitions data[a+1:b] around it and
// puts the pivot at its final index, which it returns; alreadyPartitioned
// reports that no element had to move.
func partitionCmpFunc[E any](data []E, cmp func(a, b E) int, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && (cmp(data[i], data[a]) < 0) {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && (cmp(data[i], data[a]) < 0) {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqualCmpFunc partitions data[a:b] into elements equal to the pivot
// (moved to a) followed by greater elements; it returns the first index of
// the greater ones.
func partitionEqualCmpFunc[E any](data []E, cmp func(a, b E) int, a, b, pivot int) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && (cmp(data[a], data[j]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

// partialInsertionSortCmpFunc fixes up to a few out-of-order elements of a
// nearly sorted range and reports whether the range ended up sorted.
func partialInsertionSortCmpFunc[E any](data []E, cmp func(a, b E) int, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !(cmp(data[j], data[j-1]) < 0) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !(cmp(data[j], data[j-1]) < 0) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatternsCmpFunc swaps three elements around the middle of data[a:b] with
// pseudo-random ones (an xorshift generator seeded with the length).
func breakPatternsCmpFunc[E any](data []E, cmp func(a, b E) int, a, b int) {
	length := b - a
	if length >= 8 {
		random := xorshift(length)
		modulus := nextPowerOfTwo(length)
		idx := a + (length/4)*2 - 1
		for i := 0; i < 3; i++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data[idx-1+i], data[a+other] = data[a+other], data[idx-1+i]
		}
	}
}

// choosePivotCmpFunc picks a pivot index for data[a:b]: the median of three
// (or of three medians of three, a ninther, for long ranges). The hint
// says whether the sampled elements looked increasing or decreasing.
func choosePivotCmpFunc[E any](data []E, cmp func(a, b E) int, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	var (
		swaps int
		i     = a + l/4*1
		j     = a + l/4*2
		k     = a + l/4*3
	)
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentCmpFunc(data, cmp, i, &swaps)
			j = medianAdjacentCmpFunc(data, cmp, j, &swaps)
			k = medianAdjacentCmpFunc(data, cmp, k, &swaps)
		}
		j = medianCmpFunc(data, cmp, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	default:
		return j, unknownHint
	}
}

// order2CmpFunc returns a, b in order (by index), counting a swap.
func order2CmpFunc[E any](data []E, cmp func(a, b E) int, a, b int, swaps *int) (int, int) {
	if (cmp(data[b], data[a]) < 0) {
		*swaps++
		return b, a
	}
	return a, b
}

// medianCmpFunc returns the index of the median of data[a], data[b], data[c].
func medianCmpFunc[E any](data []E, cmp func(a, b E) int, a, b, c int, swaps *int) int {
	a, b = order2CmpFunc(data, cmp, a, b, swaps)
	b, c = order2CmpFunc(data, cmp, b, c, swaps)
	a, b = order2CmpFunc(data, cmp, a, b, swaps)
	return b
}

// medianAdjacentCmpFunc returns the index of the median of data[a-1:a+2].
func medianAdjacentCmpFunc[E any](data []E, cmp func(a, b E) int, a int, swaps *int) int {
	return medianCmpFunc(data, cmp, a-1, a, a+1, swaps)
}

// reverseRangeCmpFunc reverses data[a:b].
func reverseRangeCmpFunc[E any](data []E, cmp func(a, b E) int, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// stableCmpFunc sorts data[0:n] stably: insertion sort on blocks of 20, then
// repeated in-place merges (SymMerge) of neighbouring blocks.
func stableCmpFunc[E any](data []E, cmp func(a, b E) int, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSortCmpFunc(data, cmp, a, b)
		a = b
		b += blockSize
	}
	insertionSortCmpFunc(data, cmp, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeCmpFunc(data, cmp, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeCmpFunc(data, cmp, a, m, n)
		}
		blockSize *= 2
	}
}

// symMergeCmpFunc merges the sorted runs data[a:m] and data[m:b] in place
// (Kim & Kutzner's SymMerge), keeping equal elements in order.
func symMergeCmpFunc[E any](data []E, cmp func(a, b E) int, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] into data[m:b]: find the first element not less
		// than it, then rotate data[a] there.
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if (cmp(data[h], data[a]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m] after every element not greater.
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateCmpFunc(data, cmp, start, m, end)
	}
	if a < start && start < mid {
		symMergeCmpFunc(data, cmp, a, start, mid)
	}
	if mid < end && end < b {
		symMergeCmpFunc(data, cmp, mid, end, b)
	}
}

// rotateCmpFunc exchanges the blocks data[a:m] and data[m:b].
func rotateCmpFunc[E any](data []E, cmp func(a, b E) int, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRangeCmpFunc(data, cmp, m-i, m, j)
			i -= j
		} else {
			swapRangeCmpFunc(data, cmp, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeCmpFunc(data, cmp, m-i, m, i)
}

// swapRangeCmpFunc swaps data[a:a+n] and data[b:b+n] element by element.
func swapRangeCmpFunc[E any](data []E, cmp func(a, b E) int, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

