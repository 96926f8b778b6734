package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	// OnceFunc: a function that runs its body only the first time
	calls := 0
	setup := sync.OnceFunc(func() {
		calls++
		fmt.Println("setup running")
	})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup()
		}()
	}
	wg.Wait()
	setup()
	fmt.Println("setup calls:", calls)

	// OnceValue: compute once, return the cached value afterwards
	computed := 0
	table := sync.OnceValue(func() []int {
		computed++
		t := make([]int, 10)
		for i := range t {
			t[i] = i * i
		}
		return t
	})
	fmt.Println(table()[3], table()[9], "computed", computed, "time(s)")

	// OnceValues: a value and an error, both cached
	parsed := 0
	port := sync.OnceValues(func() (int, error) {
		parsed++
		return strconv.Atoi("8080")
	})
	p, err := port()
	fmt.Println(p, err)
	p, err = port()
	fmt.Println(p, err, "parsed", parsed, "time(s)")

	bad := sync.OnceValues(func() (int, error) {
		parsed++
		return 0, errors.New("no port configured")
	})
	for i := 0; i < 2; i++ {
		_, err := bad()
		fmt.Println("error is cached:", err)
	}
	fmt.Println("parsed total:", parsed)
}
