package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func sensor(name string, readings []int, delay time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, r := range readings {
			time.Sleep(delay)
			out <- fmt.Sprintf("%s:%d", name, r)
		}
	}()
	return out
}

// merge forwards every input to one output, closing it when all are done
func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
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
	merged := merge(
		sensor("temp", []int{21, 22, 23}, time.Millisecond),
		sensor("humidity", []int{40, 45}, 2*time.Millisecond),
		sensor("pressure", []int{1013, 1012, 1011, 1010}, 0),
	)
	var all []string
	for v := range merged {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), "readings")
	for _, v := range all {
		fmt.Println(" ", v)
	}

	// per-source order is preserved even though sources interleave
	lastTemp := 0
	inOrder := true
	for v := range merge(sensor("t", []int{1, 2, 3, 4, 5}, 0), sensor("u", []int{9, 9}, 0)) {
		var name string
		var n int
		fmt.Sscanf(v, "%1s:%d", &name, &n)
		if name == "t" {
			if n != lastTemp+1 {
				inOrder = false
			}
			lastTemp = n
		}
	}
	fmt.Println("per-source order kept:", inOrder, lastTemp)
}
