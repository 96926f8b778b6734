package main

import (
	"fmt"
	"sync"
)

type Account struct {
	name    string
	mu      sync.Mutex
	balance int
}

// transfer locks from then to: two opposite transfers lock in opposite
// orders. The barrier makes both take their first lock before either
// takes its second, so they always deadlock.
func transfer(from, to *Account, amount int, barrier *sync.WaitGroup, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	barrier.Done()
	barrier.Wait()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	a := &Account{name: "alice", balance: 100}
	b := &Account{name: "bob", balance: 100}
	fmt.Println("starting two opposite transfers")
	var barrier, wg sync.WaitGroup
	barrier.Add(2)
	wg.Add(2)
	go transfer(a, b, 10, &barrier, &wg)
	go transfer(b, a, 20, &barrier, &wg)
	wg.Wait()
	fmt.Println(a.balance, b.balance)
}
