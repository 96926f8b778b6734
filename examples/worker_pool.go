// Lesson: a worker pool.
//
// A fixed number of workers take jobs from a shared `jobs` channel and put
// answers on a `results` channel. The pool size bounds how much runs at
// once, however many jobs there are.
//
// The shape to remember:
//   - main sends all jobs, then closes `jobs` ("no more work").
//   - each worker loops `for j := range jobs` and stops when it is closed.
//   - a WaitGroup tells us when every worker has stopped; only then is
//     `results` closed.
//
// Which worker runs which job varies between runs, so the program prints
// results by job id (and the per-worker totals only as one sum).
package main

import (
	"fmt"
	"sync"
	"time"
)

type job struct {
	id   int
	text string
}

type result struct {
	jobID  int
	worker int
	words  int
}

// countWords is the job: it counts the words of a line.
func countWords(s string) int {
	n, inWord := 0, false
	for _, c := range s {
		if c == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(2 * time.Millisecond) // pretend the job is slow
		results <- result{jobID: j.id, worker: id, words: countWords(j.text)}
	}
}

func main() {
	lines := []string{
		"do not communicate by sharing memory",
		"instead share memory by communicating",
		"concurrency is not parallelism",
		"channels orchestrate mutexes serialize",
		"the bigger the interface the weaker the abstraction",
		"make the zero value useful",
		"a little copying is better than a little dependency",
		"clear is better than clever",
	}

	// Step 1: start the pool: 3 workers, all waiting for jobs.
	jobs := make(chan job, len(lines))
	results := make(chan result, len(lines))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	// Step 2: hand out the jobs, then close the channel.
	// Watch: forgetting close(jobs) leaves the workers waiting forever.
	for i, l := range lines {
		jobs <- job{id: i + 1, text: l}
	}
	close(jobs)

	// Step 3: close results once every worker has returned.
	go func() {
		wg.Wait()
		close(results)
	}()

	// Step 4: collect. Store by job id so we can print in order.
	byJob := make(map[int]result)
	perWorker := make(map[int]int)
	for r := range results {
		if _, dup := byJob[r.jobID]; dup {
			fmt.Println("job done twice:", r.jobID) // never happens
		}
		byJob[r.jobID] = r
		perWorker[r.worker]++
	}
	for id := 1; id <= len(lines); id++ {
		fmt.Printf("job %d: %d words\n", id, byJob[id].words)
	}
	// Watch: how jobs were split among workers changes between runs
	// (print perWorker to see it); only the total is stable.
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Printf("%d jobs done by a pool of %d workers\n", total, 3)
}
