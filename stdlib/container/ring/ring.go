// Package ring (golite, container/ring): circular lists, in Go.
package ring

// Ring is one element of a circular list. A ring has no start or end: any
// element stands for the whole ring. The zero Ring is a ring of one
// element holding nil; a nil *Ring is the empty ring.
type Ring struct {
	next, prev *Ring // neighbours; nil until the element is first used
	Value      any   // for the caller's use
}

// self makes a fresh zero Ring a ring of one element.
func (r *Ring) self() *Ring {
	r.next = r
	r.prev = r
	return r
}

// New returns a ring of n elements (nil when n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Next returns the following element. r must not be nil.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.next
}

// Prev returns the preceding element. r must not be nil.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.prev
}

// Move returns the element n steps forward (n > 0) or -n steps backward
// (n < 0). r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.self()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

// Link makes s follow r and returns what followed r before. When s is in
// another ring, that ring is spliced in after r; when s is in r's ring,
// the elements strictly between r and s are cut out and the result is
// the cut-out ring. r must not be nil.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		r.next = s
		s.prev = r
		after.prev = before
		before.next = after
	}
	return after
}

// Unlink removes n mod Len elements after r and returns them as a ring
// (nil when n <= 0). r must not be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len returns the number of elements, counting them (0 for nil).
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f on each element's Value, starting at r and going forward.
// f must not change the ring's shape.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
