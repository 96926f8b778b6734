// Package list (golite, container/list): a doubly linked list, in Go.
package list

// Element is one node of a List, holding a Value.
type Element struct {
	// Neighbours in the ring through the list's sentinel root.
	next, prev *Element

	list *List // the list holding the element, nil once removed

	// The caller's data for this node.
	Value any
}

// Next returns the element after e, or nil when e is last or removed.
func (e *Element) Next() *Element {
	if p := e.next; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// Prev returns the element before e, or nil when e is first or removed.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// List is a doubly linked list. A zero List is empty and ready to use.
type List struct {
	root Element // sentinel: root.next is the front, root.prev the back
	len  int     // number of elements, the sentinel not counted
}

// Init empties l (or prepares a fresh one) and returns l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns a new, empty list.
func New() *List { return new(List).Init() }

// Len returns how many elements l holds (kept as a count, not walked).
func (l *List) Len() int { return l.len }

// Front returns the first element of l, or nil when l is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of l, or nil when l is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit makes a zero List usable.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// insert links e in after at and returns it.
func (l *List) insert(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

// insertValue inserts a new element holding v after at.
func (l *List) insertValue(v any, at *Element) *Element {
	return l.insert(&Element{Value: v}, at)
}

// remove unlinks e from l.
func (l *List) remove(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil // drop references so removed elements keep nothing alive
	e.prev = nil
	e.list = nil
	l.len--
}

// move relinks e right after at.
func (l *List) move(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev

	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

// Remove takes e out of l when e belongs to l, and returns e.Value in
// any case. e must not be nil.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.remove(e)
	}
	return e.Value
}

// PushFront adds a new element holding v at the start of l and returns
// it.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.insertValue(v, &l.root)
}

// PushBack adds a new element holding v at the end of l and returns it.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.insertValue(v, l.root.prev)
}

// InsertBefore adds a new element holding v just ahead of mark and
// returns it; when mark does not belong to l, l stays as it is and the
// result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark.prev)
}

// InsertAfter adds a new element holding v just behind mark and returns
// it; when mark does not belong to l, l stays as it is and the result is
// nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark)
}

// MoveToFront makes e the first element of l; nothing happens when e
// does not belong to l.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.move(e, &l.root)
}

// MoveToBack makes e the last element of l; nothing happens when e does
// not belong to l.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.move(e, l.root.prev)
}

// MoveBefore relinks e just ahead of mark; nothing happens when e or mark
// does not belong to l, or when they are the same element.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark.prev)
}

// MoveAfter relinks e just behind mark; nothing happens when e or mark
// does not belong to l, or when they are the same element.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark)
}

// PushBackList appends copies of the values of other, in order, at the
// end of l. other may be l itself; neither may be nil.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.insertValue(e.Value, l.root.prev)
	}
}

// PushFrontList puts copies of the values of other, in order, at the
// start of l. other may be l itself; neither may be nil.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.insertValue(e.Value, &l.root)
	}
}
