// Lesson: the dining philosophers.
//
// Five philosophers sit around a table with one fork between each pair of
// neighbours. To eat, a philosopher needs BOTH forks next to them. If every
// philosopher picks up their left fork first, they may all hold one fork
// and wait forever for the other: a deadlock (see deadlock.go for one
// happening).
//
// The classic fix used here is a global order on the locks: every
// philosopher picks up the LOWER-numbered fork first. A cycle of waiting
// is then impossible, because somebody (the last philosopher) is reaching
// for the forks in the opposite direction.
//
// Who eats when changes from run to run; the printed totals do not.
package main

import (
	"fmt"
	"sync"
	"time"
)

const philosophers = 5
const meals = 3

type Fork struct{ sync.Mutex }

func dine(id int, left, right *Fork, leftNo, rightNo int, eaten []int, maxTogether *int, mu *sync.Mutex, eating *int, wg *sync.WaitGroup) {
	defer wg.Done()
	// Step 1: order the two forks by number.
	// Watch: philosopher 4 has forks 4 and 0, and takes fork 0 first.
	first, second := left, right
	if rightNo < leftNo {
		first, second = right, left
	}
	for range meals {
		time.Sleep(time.Millisecond) // think
		first.Lock()
		second.Lock()

		// Step 2: eat, holding both forks. We also count how many
		// philosophers eat at the same moment: with 5 forks, at most 2.
		mu.Lock()
		*eating++
		*maxTogether = max(*maxTogether, *eating)
		mu.Unlock()

		time.Sleep(time.Millisecond) // eat
		eaten[id]++

		mu.Lock()
		*eating--
		mu.Unlock()

		// Step 3: put the forks down (order does not matter here).
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	forks := make([]*Fork, philosophers)
	for i := range forks {
		forks[i] = new(Fork)
	}
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	eaten := make([]int, philosophers)

	var mu sync.Mutex
	eating, maxTogether := 0, 0
	var wg sync.WaitGroup
	for i := range philosophers {
		wg.Add(1)
		// Philosopher i sits between fork i (left) and fork i+1 (right).
		l, r := i, (i+1)%philosophers
		go dine(i, forks[l], forks[r], l, r, eaten, &maxTogether, &mu, &eating, &wg)
	}
	wg.Wait() // Watch: this returns, so nobody got stuck

	for i, n := range names {
		fmt.Printf("%-9s ate %d times\n", n, eaten[i])
	}
	fmt.Println("never more than 2 eating at once:", maxTogether <= 2)
	fmt.Println("everyone finished: no deadlock")
}
