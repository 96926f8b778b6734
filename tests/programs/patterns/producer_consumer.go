package main

import (
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Amount   int
}

func producer(name string, start, n int, out chan<- Order, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- Order{ID: start + i, Customer: name, Amount: (start + i) % 17}
	}
}

func consumer(id int, in <-chan Order, totals chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	local := map[string]int{}
	for o := range in {
		local[o.Customer] += o.Amount
	}
	totals <- local
}

func main() {
	orders := make(chan Order, 10)
	var prodWG, consWG sync.WaitGroup

	customers := []string{"acme", "globex", "initech"}
	for i, c := range customers {
		prodWG.Add(1)
		go producer(c, i*1000, 300, orders, &prodWG)
	}

	const consumers = 4
	totals := make(chan map[string]int, consumers)
	for i := 0; i < consumers; i++ {
		consWG.Add(1)
		go consumer(i, orders, totals, &consWG)
	}

	// close the queue once every producer is done, then wait for consumers
	prodWG.Wait()
	close(orders)
	consWG.Wait()
	close(totals)

	merged := map[string]int{}
	for t := range totals {
		for k, v := range t {
			merged[k] += v
		}
	}
	keys := make([]string, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	grand := 0
	for _, k := range keys {
		fmt.Printf("%-8s %d\n", k, merged[k])
		grand += merged[k]
	}
	fmt.Println("grand total:", grand)
}
