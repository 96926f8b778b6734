package main

import (
	"fmt"
	"runtime"
	"sync"
)

func parallelSum(nums []int, parts int) int {
	sums := make([]int, parts)
	var wg sync.WaitGroup
	size := (len(nums) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*size, min((p+1)*size, len(nums))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range nums[lo:hi] {
				sums[p] += v
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	return total
}

func main() {
	// GOMAXPROCS(0) only queries; its value depends on the environment
	initial := runtime.GOMAXPROCS(0)
	fmt.Println("initial >= 1:", initial >= 1)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)

	// setting returns the previous value
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("previous equals initial:", prev == initial)
	fmt.Println("now:", runtime.GOMAXPROCS(0))

	nums := make([]int, 100000)
	for i := range nums {
		nums[i] = i % 1000
	}
	want := parallelSum(nums, 1)
	for _, procs := range []int{1, 2, 4, 8} {
		old := runtime.GOMAXPROCS(procs)
		got := parallelSum(nums, 7)
		fmt.Printf("GOMAXPROCS=%d (was %d): sum=%d correct=%v\n", procs, old, got, got == want)
	}

	// a negative or zero argument does not change anything
	runtime.GOMAXPROCS(2)
	runtime.GOMAXPROCS(-5)
	fmt.Println("after GOMAXPROCS(-5):", runtime.GOMAXPROCS(0))
}
