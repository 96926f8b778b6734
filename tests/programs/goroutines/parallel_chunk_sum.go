package main

import (
	"fmt"
	"sync"
)

type partial struct {
	chunk    int
	sum      int
	min, max int
}

func summarize(chunk int, data []int) partial {
	p := partial{chunk: chunk, min: data[0], max: data[0]}
	for _, v := range data {
		p.sum += v
		p.min = min(p.min, v)
		p.max = max(p.max, v)
	}
	return p
}

func main() {
	// deterministic pseudo-random data
	data := make([]int, 10_000)
	seed := uint32(12345)
	for i := range data {
		seed = seed*1103515245 + 12345
		data[i] = int(seed>>16) % 1000
	}

	const workers = 8
	parts := make([]partial, workers)
	var wg sync.WaitGroup
	size := len(data) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*size, (w+1)*size
		if w == workers-1 {
			hi = len(data)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = summarize(w, data[lo:hi])
		}()
	}
	wg.Wait()

	total := partial{min: parts[0].min, max: parts[0].max}
	for _, p := range parts {
		fmt.Printf("chunk %d: sum=%d min=%d max=%d\n", p.chunk, p.sum, p.min, p.max)
		total.sum += p.sum
		total.min = min(total.min, p.min)
		total.max = max(total.max, p.max)
	}
	seq := summarize(0, data)
	fmt.Printf("total: sum=%d min=%d max=%d\n", total.sum, total.min, total.max)
	fmt.Println("matches sequential:", seq.sum == total.sum && seq.min == total.min && seq.max == total.max)
}
