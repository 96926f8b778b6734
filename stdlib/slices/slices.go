// Package slices (golite): generic slice functions and iterators, all in
// Go. Sorting, searching, Min and Max live in sort.go.
//
// The functions that rearrange a slice in place (Insert, Delete, Replace,
// Compact, DeleteFunc) leave the backing array as Go's do: results that
// outgrow the capacity are reallocated with append's growth, and elements
// a shrinking result no longer covers are zeroed.
package slices

import (
	"cmp"
	"iter"
)

// Equal reports whether s1 and s2 have the same length and equal elements
// at each index (so a NaN never equals anything). nil equals empty.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	return EqualFunc(s1, s2, func(a, b E) bool { return a == b })
}

// EqualFunc reports whether s1 and s2 have the same length and eq holds
// for the elements at each index, asked in index order until one fails.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	i := 0
	for i < len(s1) && eq(s1[i], s2[i]) {
		i++
	}
	return i == len(s1)
}

// Compare compares s1 and s2 element by element with cmp.Compare; the
// first difference decides, and otherwise the shorter slice is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, cmp.Compare[E])
}

// CompareFunc is Compare with a custom comparison of elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	common := min(len(s1), len(s2))
	for i := 0; i < common; i++ {
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(s1) < len(s2):
		return -1
	case len(s1) > len(s2):
		return +1
	}
	return 0
}

// Index returns the index of the first element equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	return IndexFunc(s, func(e E) bool { return v == e })
}

// IndexFunc returns the index of the first element for which f is true,
// or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := 0; i < len(s); i++ {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is an element of s.
func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) != -1 }

// ContainsFunc reports whether f is true for some element of s.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) != -1 }

// sameArray reports whether a and b have elements in common (share memory).
// Two runs of one array overlap exactly when the first element of one lies
// within the other; element addresses can only be compared for equality,
// so it looks for each first element among the other's elements.
func sameArray[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	firstIn := func(x, y []E) bool {
		for k := range y {
			if &y[k] == &x[0] {
				return true
			}
		}
		return false
	}
	return firstIn(a, b) || firstIn(b, a)
}

// splice returns s[:i] followed by v and then s[j:]. When that fits in
// cap(s) it is built in s's array and the elements from its end to len(s)
// are zeroed; otherwise it goes to a new array grown as append grows
// s[:i]. v may share s's array.
func splice[S ~[]E, E any](s S, i, j int, v []E) S {
	tail := s[j:]
	size := i + len(v) + len(tail)
	if size > cap(s) {
		out := append(s[:i], make(S, size-i)...)
		copy(out[i:], v)
		copy(out[i+len(v):], tail)
		return out
	}
	if sameArray(v, s[:cap(s)]) {
		// Moving the tail could overwrite v: work from a copy.
		v = append([]E(nil), v...)
	}
	out := s[:size]
	copy(out[i+len(v):], tail)
	copy(out[i:], v)
	if size < len(s) {
		clear(s[size:])
	}
	return out
}

// Insert returns s with the values v inserted at index i (so v[0] ends up
// at i). It panics if i is out of range, as s[i:] would.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:]
	if len(v) == 0 {
		return s
	}
	return splice(s, i, i, v)
}

// Delete returns s without s[i:j], zeroing the elements past the new
// length. It panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)]
	if i == j {
		return s
	}
	return splice(s, i, j, nil)
}

// DeleteFunc returns s without the elements for which del is true (del
// is called once per element, in order), zeroing the elements past the new
// length.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	kept := IndexFunc(s, del)
	if kept < 0 {
		return s
	}
	for _, e := range s[kept+1:] {
		if del(e) {
			continue
		}
		s[kept] = e
		kept++
	}
	clear(s[kept:])
	return s[:kept]
}

// Replace returns s with s[i:j] replaced by v, zeroing elements past the
// new length when it shrinks. It panics if s[i:j] is not a valid slice of
// s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j]
	if i == j {
		return Insert(s, i, v...)
	}
	return splice(s, i, j, v)
}

// Clone returns a copy of s (nil for nil, non-nil empty for empty).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces each run of equal consecutive elements by its first
// element and zeroes the elements past the new length.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with eq deciding equality. eq is called once for
// each neighbouring pair, as eq(later, earlier), in order.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	kept := 1
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			continue
		}
		if kept != k {
			s[kept] = s[k]
		}
		kept++
	}
	if kept == len(s) {
		return s
	}
	clear(s[kept:])
	return s[:kept]
}

// Grow returns s with room for at least n more elements (appending n
// elements will not reallocate). It panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if spare := cap(s) - len(s); n > spare {
		s = append(s[:cap(s)], make([]E, n-spare)...)[:len(s)]
	}
	return s
}

// Clip returns s with its capacity cut down to its length.
func Clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

// Reverse reverses the order of the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for lo, hi := 0, len(s)-1; lo < hi; lo, hi = lo+1, hi-1 {
		s[lo], s[hi] = s[hi], s[lo]
	}
}

// Concat returns a new slice holding the elements of all the slices in
// order (nil if there are none). It panics if the total length overflows.
func Concat[S ~[]E, E any](slices ...S) S {
	out := Grow[S](nil, totalLen(slices))
	for _, part := range slices {
		out = append(out, part...)
	}
	return out
}

// totalLen adds up the lengths of parts, panicking on overflow.
func totalLen[S ~[]E, E any](parts []S) int {
	n := 0
	for k := range parts {
		if n += len(parts[k]); n < 0 {
			panic("len out of range")
		}
	}
	return n
}

// Repeat returns a new slice holding count copies of x. It panics if count
// is negative or the length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	if len(x) > 0 && count > int(^uint(0)>>1)/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, 0, len(x)*count)
	for k := 0; k < count; k++ {
		out = append(out, x...)
	}
	return out
}

// All returns an iterator over the indexes and elements of s, in order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		i := 0
		for i < len(s) && yield(i, s[i]) {
			i++
		}
	}
}

// Backward returns an iterator over the indexes and elements of s, from
// the last to the first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		i := len(s) - 1
		for i >= 0 && yield(i, s[i]) {
			i--
		}
	}
}

// Values returns an iterator over the elements of s, in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		i := 0
		for i < len(s) && yield(s[i]) {
			i++
		}
	}
}

// AppendSeq appends every value of seq to s and returns the result.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect returns the values of seq in a new slice (nil if there are none).
func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq[[]E](nil, seq)
}

// collectSorted gathers the values of seq in a new slice and sorts it
// with sortIt.
func collectSorted[E any](seq iter.Seq[E], sortIt func([]E)) []E {
	out := Collect(seq)
	sortIt(out)
	return out
}

// Sorted returns the values of seq in a new, sorted slice.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	return collectSorted(seq, Sort[[]E, E])
}

// SortedFunc returns the values of seq in a new slice sorted with cmp.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	return collectSorted(seq, func(s []E) { SortFunc(s, cmp) })
}

// SortedStableFunc returns the values of seq in a new slice sorted stably
// with cmp.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	return collectSorted(seq, func(s []E) { SortStableFunc(s, cmp) })
}

// Chunk returns an iterator over consecutive pieces of s of n elements
// (the last may be shorter), each with its capacity clipped to its
// length. It panics if n is less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for rest := s; len(rest) > 0; {
			k := min(n, len(rest))
			if !yield(rest[:k:k]) {
				return
			}
			rest = rest[k:]
		}
	}
}
