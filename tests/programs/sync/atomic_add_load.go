package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var (
		hits   int64
		misses int32
		bytes  uint64
		errs   uint32
	)
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if i%5 == 0 {
					atomic.AddInt32(&misses, 1)
				} else {
					atomic.AddInt64(&hits, 1)
				}
				atomic.AddUint64(&bytes, 512)
				if i == 0 {
					atomic.AddUint32(&errs, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits))
	fmt.Println("misses:", atomic.LoadInt32(&misses))
	fmt.Println("bytes:", atomic.LoadUint64(&bytes))
	fmt.Println("errs:", atomic.LoadUint32(&errs))

	// Add returns the new value; negative deltas subtract
	var n int64 = 10
	fmt.Println(atomic.AddInt64(&n, 5), atomic.AddInt64(&n, -20), n)

	// decrementing an unsigned counter: add the two's complement
	var u uint32 = 3
	atomic.AddUint32(&u, ^uint32(0)) // -1
	fmt.Println("after -1:", u)
	atomic.AddUint32(&u, ^uint32(2-1)) // -2
	fmt.Println("after -2:", u)
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println("wrapped below zero:", u)

	// Store and Load
	var flag int32
	atomic.StoreInt32(&flag, 7)
	fmt.Println("stored:", atomic.LoadInt32(&flag))
	var big uint64
	atomic.StoreUint64(&big, 1<<63)
	fmt.Println("stored big:", atomic.LoadUint64(&big))
}
