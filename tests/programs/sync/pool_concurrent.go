package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type scratch struct {
	words []string
}

func main() {
	var created atomic.Int32
	pool := sync.Pool{
		New: func() any {
			created.Add(1)
			return &scratch{words: make([]string, 0, 16)}
		},
	}

	lines := []string{
		"the cat sat on the mat",
		"a bird in the hand",
		"every cloud has a silver lining",
		"actions speak louder than words",
		"the early bird catches the worm",
	}
	var wg sync.WaitGroup
	results := make([]string, len(lines)*20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := pool.Get().(*scratch)
			s.words = s.words[:0]
			s.words = append(s.words, strings.Fields(lines[i%len(lines)])...)
			sort.Strings(s.words)
			results[i] = strings.Join(s.words, ",")
			pool.Put(s)
		}()
	}
	wg.Wait()

	for i := 0; i < len(lines); i++ {
		fmt.Println(results[i])
	}
	consistent := true
	for i, r := range results {
		if r != results[i%len(lines)] {
			consistent = false
		}
	}
	fmt.Println("all results consistent:", consistent)
	fmt.Println("objects created at most once per use:", created.Load() >= 1 && created.Load() <= int32(len(results)))
}
