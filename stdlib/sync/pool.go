// Package sync (golite): Pool, in Go. It keeps Go's single-P order: the
// first Put fills a private slot that Get returns first, further Puts go
// on a stack. Unlike Go, golite's collector does not empty pools.
package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. New optionally specifies a function to generate a value when
// Get would otherwise return nil.
type Pool struct {
	_       noCopy
	mu      Mutex
	private any
	shared  []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
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

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If the pool is empty it returns the result
// of calling p.New, or nil if New is nil.
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
