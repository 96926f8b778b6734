package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type report struct {
	id        int
	processed int
	reason    string
}

// Workers consume jobs until the context is cancelled; each reports why it
// stopped. The total number of jobs handled is fixed by the producer.
func worker(ctx context.Context, id int, jobs <-chan int, out chan<- int, reports chan<- report) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			reports <- report{id, n, ctx.Err().Error()}
			return
		case j, ok := <-jobs:
			if !ok {
				reports <- report{id, n, "no more jobs"}
				return
			}
			out <- j * j
			n++
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan int, 100)
	reports := make(chan report, 4)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, id, jobs, out, reports)
		}()
	}

	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	// all 20 handed out; now cancel instead of closing jobs
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	close(reports)

	sum := 0
	for v := range out {
		sum += v
	}
	var rs []report
	total := 0
	for r := range reports {
		rs = append(rs, r)
		total += r.processed
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Printf("worker %d stopped: %s\n", r.id, r.reason)
	}
	fmt.Println("jobs processed:", total, "sum of squares:", sum)
}
