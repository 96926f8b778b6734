package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// 200 goroutines each sleep 100ms; run concurrently they finish in
	// roughly 100ms rather than 20 seconds
	start := time.Now()
	var wg sync.WaitGroup
	done := make([]bool, 200)
	for i := range done {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(100 * time.Millisecond)
			done[i] = true
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := true
	for _, d := range done {
		all = all && d
	}
	fmt.Println("all finished:", all)
	fmt.Println("elapsed >= 100ms:", elapsed >= 100*time.Millisecond)
	fmt.Println("elapsed < 1s:", elapsed < time.Second)

	// sleeping goroutines do not keep main from finishing other work
	ticker := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(50 * time.Millisecond)
			ticker <- i
		}
		close(ticker)
	}()
	for v := range ticker {
		fmt.Println("tick", v)
	}
}
