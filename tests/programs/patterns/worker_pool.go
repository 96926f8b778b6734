package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Worker int
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond) // simulated work
		results <- Result{JobID: j.ID, Output: reverse(j.Input), Worker: id}
	}
}

func main() {
	inputs := []string{"gopher", "channel", "select", "mutex", "goroutine",
		"deadlock", "context", "ticker", "waitgroup", "atomic", "pool", "cond"}

	jobs := make(chan Job, len(inputs))
	results := make(chan Result, len(inputs))

	const numWorkers = 3
	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	for i, in := range inputs {
		jobs <- Job{ID: i + 1, Input: in}
	}
	close(jobs)

	wg.Wait()
	close(results)

	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %2d: %s\n", r.JobID, r.Output)
	}
	total := 0
	for w := 1; w <= numWorkers; w++ {
		total += perWorker[w]
	}
	fmt.Println("results:", len(all), "accounted per worker:", total)
}
