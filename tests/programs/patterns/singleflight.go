package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Duplicate call suppression, like golang.org/x/sync/singleflight:
// concurrent callers for the same key share one execution.
type call struct {
	wg  sync.WaitGroup
	val string
	err error
	dup int
}

type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = map[string]*call{}
	}
	if c, ok := g.m[key]; ok {
		c.dup++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := &call{}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	c.val, c.err = fn()
	c.wg.Done()

	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err, false
}

func main() {
	var g Group
	var loads atomic.Int32
	release := make(chan struct{})
	load := func(key string) func() (string, error) {
		return func() (string, error) {
			loads.Add(1)
			<-release // hold the call open until all callers have arrived
			return "value-of-" + key, nil
		}
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	var results []string
	shared := 0
	// start the leader first, then wait until it is inside fn
	start := func(key string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _, dup := g.Do(key, load(key))
			mu.Lock()
			results = append(results, v)
			if dup {
				shared++
			}
			mu.Unlock()
		}()
	}
	start("user:1")
	start("user:2")
	for loads.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 8; i++ {
		start("user:1")
	}
	// wait until the 8 followers have registered as duplicates
	for {
		g.mu.Lock()
		d := g.m["user:1"].dup
		g.mu.Unlock()
		if d == 8 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()

	sort.Strings(results)
	fmt.Println("loads:", loads.Load())
	fmt.Println("callers sharing a result:", shared)
	fmt.Println("first and last:", results[0], results[len(results)-1])

	// after completion, a new call for the same key runs again
	v, _, dup := g.Do("user:1", func() (string, error) { return "fresh", nil })
	fmt.Println(v, dup)
}
