package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(amount float64) {
	a.mu.Lock()
	a.balance += amount
	a.mu.unlock()
}

func main() {
	acc := Account{}
	acc.Deposit(10)
	fmt.Println(acc.balance)
}
