package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	value string
	hits  int
}

// A sync.Map used as a concurrent cache with an eviction pass: Range may
// run while other goroutines store and delete.
func main() {
	var cache sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 26; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := string(rune('a' + i))
			cache.Store(k, &entry{value: strings.Repeat(k, 3), hits: i % 5})
		}()
	}
	wg.Wait()

	// evict cold entries (hits == 0) during a Range: deleting the current
	// key from inside Range is allowed
	evicted := 0
	cache.Range(func(k, v any) bool {
		if v.(*entry).hits == 0 {
			cache.Delete(k)
			evicted++
		}
		return true
	})
	fmt.Println("evicted:", evicted)

	var keys []string
	cache.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println("remaining:", strings.Join(keys, ""))

	// typed helpers around the untyped API
	get := func(k string) (string, bool) {
		v, ok := cache.Load(k)
		if !ok {
			return "", false
		}
		return v.(*entry).value, true
	}
	fmt.Println(get("b"))
	fmt.Println(get("f")) // hits was 0: evicted
	fmt.Println(get("zz"))
}
