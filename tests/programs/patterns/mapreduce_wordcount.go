package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type pair struct {
	word  string
	count int
}

// map phase: each document is counted by its own goroutine
func mapper(doc string, out chan<- map[string]int) {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		counts[w]++
	}
	out <- counts
}

// reduce phase: partitioned by first letter, each partition reduced in parallel
func reducer(parts []map[string]int, keep func(string) bool, out chan<- []pair) {
	total := map[string]int{}
	for _, p := range parts {
		for w, c := range p {
			if keep(w) {
				total[w] += c
			}
		}
	}
	var res []pair
	for w, c := range total {
		res = append(res, pair{w, c})
	}
	out <- res
}

func main() {
	docs := []string{
		"It was the best of times, it was the worst of times.",
		"It was the age of wisdom, it was the age of foolishness.",
		"It was the epoch of belief, it was the epoch of incredulity.",
		"It was the season of Light, it was the season of Darkness.",
	}
	mapped := make(chan map[string]int)
	for _, d := range docs {
		go mapper(d, mapped)
	}
	var parts []map[string]int
	for range docs {
		parts = append(parts, <-mapped)
	}

	ranges := []string{"abcdefg", "hijklmn", "opqrstu", "vwxyz"}
	reduced := make(chan []pair)
	var wg sync.WaitGroup
	for _, r := range ranges {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reducer(parts, func(w string) bool { return strings.ContainsRune(r, rune(w[0])) }, reduced)
		}()
	}
	go func() {
		wg.Wait()
		close(reduced)
	}()
	var all []pair
	for ps := range reduced {
		all = append(all, ps...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].word < all[j].word
	})
	for _, p := range all[:8] {
		fmt.Printf("%-8s %d\n", p.word, p.count)
	}
	fmt.Println("distinct words:", len(all))
}
