package main

import (
	"fmt"
	"sort"
)

func producer(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := producer("a", 3)
	b := producer("b", 5)
	c := producer("c", 1)

	// once a channel is closed, set it to nil so select stops choosing it
	// (a closed channel would otherwise be ready forever)
	var got []string
	closedOrder := 0
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closedOrder++
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closedOrder++
				continue
			}
			got = append(got, v)
		case v, ok := <-c:
			if !ok {
				c = nil
				closedOrder++
				continue
			}
			got = append(got, v)
		}
	}
	sort.Strings(got)
	fmt.Println(got)
	fmt.Println("channels closed:", closedOrder)

	// without nil-ing, a closed channel keeps winning: count spins
	d := make(chan int)
	close(d)
	e := make(chan int, 1)
	e <- 1
	spins := 0
	for got := false; !got; {
		select {
		case <-d:
			spins++
		case <-e:
			got = true
		}
	}
	fmt.Println("closed channel was selectable:", spins >= 0)
}
