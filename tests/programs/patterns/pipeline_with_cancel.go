package main

import (
	"fmt"
	"strings"
	"sync"
)

// From "Go Concurrency Patterns: Pipelines and cancellation": every stage
// takes a done channel so the consumer can stop early without leaks.
func gen(done <-chan struct{}, words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			select {
			case out <- w:
			case <-done:
				return
			}
		}
	}()
	return out
}

func transform(done <-chan struct{}, in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			select {
			case out <- f(w):
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	words := strings.Fields("one two three four five six seven eight nine ten")

	// full run: everything comes through (order sorted for printing)
	done := make(chan struct{})
	src := gen(done, words...)
	up1 := transform(done, src, strings.ToUpper)
	up2 := transform(done, src, strings.ToUpper)
	count := 0
	letters := 0
	for w := range merge(done, up1, up2) {
		count++
		letters += len(w)
	}
	close(done)
	fmt.Println("words:", count, "letters:", letters)

	// early exit: take only three results, then cancel everything
	done2 := make(chan struct{})
	src2 := gen(done2, words...)
	out := merge(done2, transform(done2, src2, strings.ToLower), transform(done2, src2, strings.ToLower))
	taken := 0
	for range out {
		taken++
		if taken == 3 {
			break
		}
	}
	close(done2)
	for range out {
		// merge's goroutines exit and close out
	}
	fmt.Println("took", taken, "then cancelled; output channel closed")
}
