// Package sync (golite): Pool, in Go. It keeps Go's single-P order: the
// first Put fills a private slot that Get returns first, further Puts go
// on a stack. Unlike Go, golite's collector does not empty pools.
package sync

// Pool caches spare objects for reuse: Put hands one in, Get takes one
// out (or makes one with New when the cache is empty).
type Pool struct {
	_       noCopy
	mu      Mutex
	private any
	shared  []any

	// New, when set, makes a value for Get to return when the Pool is
	// empty.
	New func() any
}

// Put stores x in the Pool for a later Get.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get takes some stored item out of the Pool and returns it; with the
// Pool empty it returns p.New() instead, or nil when New is unset.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil {
		if n := len(p.shared); n > 0 {
			x = p.shared[n-1]
			p.shared[n-1] = nil
			p.shared = p.shared[:n-1]
		}
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
