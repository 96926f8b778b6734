package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	name string
	n    int
}

// value receiver: the goroutine works on a copy made at the go statement
func (c Counter) Report(out chan<- string) {
	out <- fmt.Sprintf("%s=%d", c.name, c.n)
}

// pointer receiver: the goroutine shares the original
func (c *Counter) Add(k int, wg *sync.WaitGroup) {
	defer wg.Done()
	c.n += k
}

type Greeter interface{ Greet(chan<- string) }

type English struct{}
type French struct{}

func (English) Greet(out chan<- string) { out <- "hello" }
func (French) Greet(out chan<- string)  { out <- "bonjour" }

func main() {
	out := make(chan string)

	c := Counter{name: "c", n: 1}
	go c.Report(out) // receiver copied now, while n == 1
	c.n = 100
	fmt.Println(<-out, "(c.n is now", c.n, ")")

	// a method value bound before being started
	r := c.Report
	c.n = 200
	go r(out)
	fmt.Println(<-out)

	// pointer receiver: all goroutines update the same Counter
	p := &Counter{name: "p"}
	var wg sync.WaitGroup
	wg.Add(1)
	go p.Add(5, &wg)
	wg.Wait()
	wg.Add(1)
	go p.Add(10, &wg)
	wg.Wait()
	fmt.Println("p.n =", p.n)

	// method expression
	wg.Add(1)
	go (*Counter).Add(p, 1, &wg)
	wg.Wait()
	fmt.Println("p.n =", p.n)

	// interface method values: dynamic dispatch decided at the go statement
	var g Greeter = English{}
	go g.Greet(out)
	g = French{}
	fmt.Println(<-out)
	go g.Greet(out)
	fmt.Println(<-out)
}
