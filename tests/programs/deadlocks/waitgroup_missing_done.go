package main

import (
	"fmt"
	"sync"
)

func fetch(url string, wg *sync.WaitGroup, mu *sync.Mutex, got map[string]int) {
	if url == "" {
		return // bug: returns without calling wg.Done
	}
	defer wg.Done()
	mu.Lock()
	got[url] = len(url)
	mu.Unlock()
}

func main() {
	urls := []string{"a.example", "", "bb.example"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string]int{}
	wg.Add(len(urls))
	for _, u := range urls {
		go fetch(u, &wg, &mu, got)
	}
	fmt.Println("waiting for", len(urls), "fetches")
	wg.Wait()
	fmt.Println(got)
}
