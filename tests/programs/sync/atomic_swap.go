package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var x int64 = 10
	old := atomic.SwapInt64(&x, 20)
	fmt.Println("old:", old, "new:", x)

	var s uint32 = 1
	fmt.Println(atomic.SwapUint32(&s, 2), atomic.SwapUint32(&s, 3), s)

	// a batch collector: producers add to a running total; the flusher
	// takes the whole batch with Swap(0), so nothing is counted twice
	var pending int64
	var flushed int64
	var wg sync.WaitGroup
	var flMu sync.Mutex
	var batches []int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&pending, int64(i))
			if i%10 == 0 {
				b := atomic.SwapInt64(&pending, 0)
				atomic.AddInt64(&flushed, b)
				flMu.Lock()
				batches = append(batches, b)
				flMu.Unlock()
			}
		}()
	}
	wg.Wait()
	flushed += atomic.SwapInt64(&pending, 0)
	fmt.Println("everything flushed exactly once:", flushed)
	fmt.Println("batches taken:", len(batches))

	// handing off a token: each goroutine swaps its id in and gets the
	// previous holder's id out; every id is returned exactly once overall
	var holder atomic.Int64
	holder.Store(-1)
	outs := make(chan int64, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs <- holder.Swap(int64(i))
		}()
	}
	wg.Wait()
	close(outs)
	var got []int64
	for o := range outs {
		got = append(got, o)
	}
	got = append(got, holder.Load())
	sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
	fmt.Println(got)
}
