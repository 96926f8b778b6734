// Stress: a worker pool (8 workers, buffered job queue) processes each of
// 2,000 jobs exactly once and returns one result per job.
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

type result struct{ id, square int }

func main() {
	const jobsN, workers = 2000, 8
	jobs := make(chan int, 64)
	results := make(chan result, 16)
	var processed [jobsN]atomic.Int32
	var perWorker [workers]int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				if processed[id].Add(1) != 1 {
					fail("job %d processed twice", id)
				}
				perWorker[w]++
				results <- result{id, id * id}
			}
		}()
	}
	go func() {
		for id := range jobsN {
			jobs <- id
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	got := make([]bool, jobsN)
	n := 0
	for r := range results {
		if got[r.id] || r.square != r.id*r.id {
			fail("bad or duplicate result %+v", r)
		}
		got[r.id] = true
		n++
	}
	if n != jobsN {
		fail("%d results, want %d", n, jobsN)
	}
	var sum int64
	for _, c := range perWorker { // read after wg.Wait (via close(results))
		sum += c
	}
	if sum != jobsN {
		fail("workers report %d jobs", sum)
	}
	for id := range jobsN {
		if processed[id].Load() != 1 {
			fail("job %d processed %d times", id, processed[id].Load())
		}
	}
	fmt.Println("ok")
}
