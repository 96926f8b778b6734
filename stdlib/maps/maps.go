// Package maps (golite): generic map helpers and iterators, all in Go.
package maps

import "iter"

// Equal reports whether m1 and m2 hold the same keys with equal values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	return EqualFunc(m1, m2, func(a, b V) bool { return a == b })
}

// EqualFunc reports whether m1 and m2 hold the same keys, with eq true for
// the two values of each key.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, a := range m1 {
		b, present := m2[k]
		if !present || !eq(a, b) {
			return false
		}
	}
	return true
}

// Clone returns a new map with the same entries as m (a shallow copy), or
// nil if m is nil.
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	out := make(M, len(m))
	Copy(out, m)
	return out
}

// Copy stores every entry of src in dst, replacing values of keys dst
// already has.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	visit(src, func(k K, v V) bool {
		dst[k] = v
		return true
	})
}

// DeleteFunc removes from m the entries for which del is true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}

// visit calls f on the entries of m, in no particular order, until f
// returns false.
func visit[Map ~map[K]V, K comparable, V any](m Map, f func(K, V) bool) {
	for k, v := range m {
		if !f(k, v) {
			return
		}
	}
}

// All returns an iterator over the entries of m, in no particular order.
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { visit(m, yield) }
}

// Keys returns an iterator over the keys of m, in no particular order.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] {
	return func(yield func(K) bool) {
		visit(m, func(k K, _ V) bool { return yield(k) })
	}
}

// Values returns an iterator over the values of m, in no particular order.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] {
	return func(yield func(V) bool) {
		visit(m, func(_ K, v V) bool { return yield(v) })
	}
}

// Insert stores every pair of seq in m, later pairs replacing earlier ones
// with the same key.
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	for k, v := range seq {
		m[k] = v
	}
}

// Collect returns a new map holding the pairs of seq.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	out := map[K]V{}
	Insert(out, seq)
	return out
}
