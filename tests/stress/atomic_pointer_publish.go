// Stress: publishing immutable snapshots through atomic.Pointer. Readers
// must always see a fully built snapshot (all fields agree), and a reader's
// successive loads never go back to an older version.
package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type snapshot struct {
	version int
	double  int
	name    string
	list    []int
}

func main() {
	var cur atomic.Pointer[snapshot]
	cur.Store(&snapshot{version: 0, double: 0, name: "v0", list: []int{0}})
	const versions = 3000
	var stop atomic.Bool
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := -1
			for !stop.Load() {
				s := cur.Load()
				if s.double != 2*s.version || s.name != fmt.Sprint("v", s.version) ||
					len(s.list) != 1 || s.list[0] != s.version {
					fail("torn snapshot %+v", *s)
				}
				if s.version < last {
					fail("version went back from %d to %d", last, s.version)
				}
				last = s.version
			}
		}()
	}
	for v := 1; v <= versions; v++ {
		s := &snapshot{version: v}
		s.double = 2 * v
		s.name = fmt.Sprint("v", v)
		s.list = []int{v}
		cur.Store(s) // publish only when complete
	}
	stop.Store(true)
	wg.Wait()
	if cur.Load().version != versions {
		fail("final version %d", cur.Load().version)
	}
	// CompareAndSwap on pointers.
	old := cur.Load()
	if !cur.CompareAndSwap(old, &snapshot{version: -1}) || cur.CompareAndSwap(old, nil) {
		fail("pointer CompareAndSwap")
	}
	fmt.Println("ok")
}
