package main

import (
	"fmt"
	"sort"
	"sync"
)

// Embedding sync.Mutex promotes Lock and Unlock to the struct.
type Registry struct {
	sync.Mutex
	names []string
}

func (r *Registry) Register(name string) {
	r.Lock()
	defer r.Unlock()
	r.names = append(r.names, name)
}

// A struct holding several independently locked fields.
type Stats struct {
	reqMu    sync.Mutex
	requests int
	errMu    sync.Mutex
	errors   int
}

func main() {
	var reg Registry // the zero value is ready to use
	var wg sync.WaitGroup
	for _, n := range []string{"db", "cache", "queue", "auth", "search"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reg.Register(n)
		}()
	}
	wg.Wait()
	reg.Lock()
	sort.Strings(reg.names)
	fmt.Println(reg.names)
	reg.Unlock()

	var st Stats
	for i := 0; i < 500; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.reqMu.Lock()
			st.requests++
			st.reqMu.Unlock()
			if i%7 == 0 {
				st.errMu.Lock()
				st.errors++
				st.errMu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("requests:", st.requests, "errors:", st.errors)

	// an array of mutexes: lock striping
	var stripes [4]sync.Mutex
	var buckets [4]int
	for i := 0; i < 400; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := i % 4
			stripes[s].Lock()
			buckets[s] += i
			stripes[s].Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("buckets:", buckets)
}
