package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// updateMax raises *p to v unless it is already larger: a CAS loop.
func updateMax(p *int64, v int64) {
	for {
		cur := atomic.LoadInt64(p)
		if v <= cur {
			return
		}
		if atomic.CompareAndSwapInt64(p, cur, v) {
			return
		}
	}
}

func main() {
	var x int32 = 5
	fmt.Println("CAS 5->6:", atomic.CompareAndSwapInt32(&x, 5, 6), x)
	fmt.Println("CAS 5->7:", atomic.CompareAndSwapInt32(&x, 5, 7), x)

	var max int64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			updateMax(&max, int64((i*7919)%1009))
		}()
	}
	wg.Wait()
	fmt.Println("max:", max)

	// exactly one goroutine wins a CAS from 0 to its id
	var owner int64
	var winners atomic.Int32
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt64(&owner, 0, int64(i)) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load(), "owner set:", owner >= 1 && owner <= 100)

	// a counter incremented only through CAS ends exact
	var cnt uint64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				for {
					old := atomic.LoadUint64(&cnt)
					if atomic.CompareAndSwapUint64(&cnt, old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("cas counter:", cnt)

	// CompareAndSwapPointer-style with the typed Pointer
	type node struct{ v int }
	var head atomic.Pointer[node]
	a := &node{1}
	fmt.Println("CAS nil->a:", head.CompareAndSwap(nil, a))
	fmt.Println("CAS nil->b:", head.CompareAndSwap(nil, &node{2}))
	fmt.Println("head:", head.Load().v)
}
