package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	vowels int
	worker int
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func main() {
	texts := []string{
		"concurrency", "is", "not", "parallelism", "channels", "orchestrate",
		"mutexes", "serialize", "goroutines", "are", "cheap", "share", "memory",
		"by", "communicating",
	}
	jobs := make(chan job)
	results := make(chan result)

	// fan out: several workers read from the same jobs channel;
	// each job is received by exactly one of them
	const workers = 4
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n := 0
				for _, r := range j.text {
					if isVowel(r) {
						n++
					}
				}
				results <- result{j.id, n, w}
			}
		}()
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var got []result
	usedWorkers := map[int]bool{}
	for r := range results {
		got = append(got, r)
		usedWorkers[r.worker] = true
	}
	sort.Slice(got, func(i, j int) bool { return got[i].id < got[j].id })
	total := 0
	for _, r := range got {
		fmt.Printf("%-14s %d\n", texts[r.id], r.vowels)
		total += r.vowels
	}
	fmt.Println("jobs:", len(got), "vowels:", total)
	fmt.Println("workers in range:", len(usedWorkers) >= 1 && len(usedWorkers) <= workers)
}
