// Lesson: fan-out and fan-in.
//
// Fan-out: several goroutines receive from the SAME channel, so the work
// is shared among them; each value goes to exactly one of them.
// Fan-in: the results of several channels are merged into ONE channel.
//
// The merge needs care: the merged channel may only be closed after every
// input has been drained. A WaitGroup counts the forwarding goroutines, and
// one extra goroutine waits for them and then closes the output.
//
// Which worker gets which number, and the order results arrive in, change
// from run to run. So main collects the results and prints them sorted:
// the printed output is the same on every run.
package main

import (
	"fmt"
	"sort"
	"sync"
)

// collatzSteps is our "expensive" job: the number of steps for n to reach 1.
func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

type result struct {
	n, steps int
}

// worker receives numbers until the input is closed (fan-out: several
// workers share one input channel).
func worker(in <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for n := range in {
			out <- result{n, collatzSteps(n)}
		}
	}()
	return out
}

// merge forwards every value of every input onto one channel (fan-in).
func merge(inputs ...<-chan result) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				out <- r
			}
		}()
	}
	// Watch: close only when ALL forwarders are done. Closing earlier
	// would make a forwarder panic with "send on closed channel".
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// Step 1: a source of work.
	numbers := make(chan int)
	go func() {
		defer close(numbers)
		for n := 1; n <= 20; n++ {
			numbers <- n
		}
	}()

	// Step 2: fan out to 4 workers, all reading the same channel.
	workers := make([]<-chan result, 4)
	for i := range workers {
		workers[i] = worker(numbers)
	}

	// Step 3: fan in. Results arrive in an unpredictable order.
	var results []result
	for r := range merge(workers...) {
		results = append(results, r)
	}

	// Step 4: sort, so the printout does not depend on scheduling.
	// Watch: every number 1..20 appears exactly once, none lost or doubled.
	sort.Slice(results, func(i, j int) bool { return results[i].n < results[j].n })
	for _, r := range results {
		fmt.Printf("%2d takes %3d steps\n", r.n, r.steps)
	}
	fmt.Println("results received:", len(results))
}
