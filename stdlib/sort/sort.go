// Package sort (golite): sorting and searching, in Go. The algorithms are
// shared with package slices (internal/sortalg): pdqsort for Sort and
// Slice, insertion sort plus SymMerge for Stable and SliceStable, making
// the same Less and Swap calls as Go's. Slice and SliceStable reach the
// caller's slice through the sliceLen and sliceSwap hooks.
package sort

import (
	"internal/sortalg"
	"slices"
)

// Sort orders data by its Less method. It calls data.Len once and makes
// O(n log n) calls to Less and Swap; equal elements may be reordered.
func Sort(data Interface) {
	if n := data.Len(); n > 1 {
		sortalg.Unstable(data, n)
	}
}

// Stable orders data by its Less method and keeps equal elements in the
// order they had.
func Stable(data Interface) {
	sortalg.Stable(data, data.Len())
}

// Interface is what Sort, Stable and IsSorted need from a collection: an
// ordering of two elements by index, a way to exchange them, and the
// number of elements.
type Interface interface {
	// Less reports whether element i orders before element j.
	Less(i, j int) bool
	// Swap exchanges elements i and j.
	Swap(i, j int)
	// Len returns the number of elements.
	Len() int
}

// IsSorted reports whether data is in order: no element is Less than the
// one before it.
func IsSorted(data Interface) bool {
	return ordered(data.Len(), data.Less)
}

// ordered reports whether less(i, i-1) is false for every i in [1, n); it
// asks from the end backwards, as Go does.
func ordered(n int, less func(i, j int) bool) bool {
	for i := n - 1; i >= 1; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen is a hook. Native: the length of the slice held by x; if x is
// not a slice, panic as Go's reflect does ("reflect: call of Swapper on
// <kind> Value" for sort.Slice's operand).
func sliceLen(x any) int

// sliceSwap is a hook. Native: swap elements i and j of the slice held by
// x (any element type; a word-wise atomic swap with the write barrier, as
// for any store).
func sliceSwap(x any, i, j int)

// anySlice presents a slice of unknown type, with the caller's less
// function, to the sorting algorithms.
type anySlice struct {
	x    any
	less func(i, j int) bool
}

func (s anySlice) Less(i, j int) bool { return s.less(i, j) }
func (s anySlice) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// Slice orders the slice x by less, which compares elements by index.
// Equal elements may be reordered. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	sortalg.Unstable(anySlice{x, less}, sliceLen(x))
}

// SliceStable orders the slice x by less and keeps equal elements in the
// order they had. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	sortalg.Stable(anySlice{x, less}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is in order by less. It panics
// if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	return ordered(sliceLen(x), less)
}

// reverse is the Interface Reverse returns: data with Less turned around.
type reverse struct {
	Interface
}

// Less reports whether j orders before i in the wrapped Interface.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order reversed (Len and Swap unchanged).
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice, Float64Slice and StringSlice give the basic slice types the
// methods of Interface, ordering them increasingly (NaNs first for
// float64s); Search finds an element with SearchInts and friends.
type (
	IntSlice     []int
	Float64Slice []float64
	StringSlice  []string
)

func (x IntSlice) Len() int     { return len(x) }
func (x Float64Slice) Len() int { return len(x) }
func (x StringSlice) Len() int  { return len(x) }

func (x IntSlice) Less(i, j int) bool    { return x[i] < x[j] }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }

// Less orders by <, except that a NaN comes before every number.
func (x Float64Slice) Less(i, j int) bool {
	a, b := x[i], x[j]
	if a != a {
		return b == b
	}
	return a < b
}

func (x IntSlice) Swap(i, j int)     { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Swap(i, j int)  { x[i], x[j] = x[j], x[i] }

// Sort sorts x; it is Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Sort sorts x; it is Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Sort sorts x; it is Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Each of these sorts a slice in increasing order (NaNs first), or reports
// whether it is so ordered; they are slices.Sort and slices.IsSorted.

func Ints(x []int)                       { slices.Sort(x) }
func IntsAreSorted(x []int) bool         { return slices.IsSorted(x) }
func Float64s(x []float64)               { slices.Sort(x) }
func Float64sAreSorted(x []float64) bool { return slices.IsSorted(x) }
func Strings(x []string)                 { slices.Sort(x) }
func StringsAreSorted(x []string) bool   { return slices.IsSorted(x) }
