// Package cmp (golite): the Ordered constraint and Compare, Less and Or,
// all in Go.
package cmp

// Ordered is satisfied by the types whose values the operators < <= > >=
// order: integers, floating-point numbers and strings, and types defined
// on them.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

// rank places a NaN (the only value unequal to itself) below every other
// value: it is 0 for a NaN and 1 for anything else.
func rank[T Ordered](x T) int {
	if x != x {
		return 0
	}
	return 1
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than
// y. NaNs are equal to each other and less than every other value; -0.0
// and +0.0 are equal.
func Compare[T Ordered](x, y T) int {
	if rx, ry := rank(x), rank(y); rx != ry || rx == 0 {
		return rx - ry
	}
	switch {
	case x < y:
		return -1
	case y < x:
		return +1
	}
	return 0
}

// Less is Compare(x, y) < 0: NaNs come first, before every other value,
// and the two zeros are equal.
func Less[T Ordered](x, y T) bool {
	return rank(x) < rank(y) || x < y
}

// Or returns the first argument that is not its type's zero value, or the
// zero value if all are.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v == zero {
			continue
		}
		return v
	}
	return zero
}
