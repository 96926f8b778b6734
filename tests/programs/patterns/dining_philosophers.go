package main

import (
	"fmt"
	"sync"
)

// Five philosophers, five forks. Deadlock is avoided by resource ordering:
// everyone picks up the lower-numbered fork first.
type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	leftID      int
	rightID     int
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if p.rightID < p.leftID {
		first, second = second, first
	}
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // the host seats at most 4 at a time as well
		first.Lock()
		second.Lock()
		p.meals++
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		j := (i + 1) % len(names)
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[j], leftID: i, rightID: j}
	}

	host := make(chan struct{}, len(names)-1)
	var wg sync.WaitGroup
	const rounds = 200
	for _, p := range phils {
		wg.Add(1)
		go p.dine(rounds, host, &wg)
	}
	wg.Wait()

	total := 0
	for _, p := range phils {
		fmt.Printf("%s ate %d meals\n", p.name, p.meals)
		total += p.meals
	}
	fmt.Println("total meals:", total)
	fmt.Println("all forks free:", func() bool {
		for _, f := range forks {
			if !f.TryLock() {
				return false
			}
			f.Unlock()
		}
		return true
	}())
}
