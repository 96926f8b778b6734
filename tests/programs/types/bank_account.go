package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrInvalidAmount = errors.New("invalid amount")

type Account struct {
	Owner   string
	balance int
	history []string
}

func NewAccount(owner string, initial int) *Account {
	a := &Account{Owner: owner}
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (a *Account) Deposit(amt int) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %d: %w", amt, ErrInvalidAmount)
	}
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%d", amt))
	return nil
}

func (a *Account) Withdraw(amt int) error {
	if amt <= 0 {
		return fmt.Errorf("withdraw %d: %w", amt, ErrInvalidAmount)
	}
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amt, a.Owner, a.balance, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%d", amt))
	return nil
}

func (a Account) Balance() int { return a.balance }

func (a *Account) String() string {
	return fmt.Sprintf("%s: %d %v", a.Owner, a.balance, a.history)
}

func Transfer(from, to *Account, amt int) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amt)
}

func main() {
	alice := NewAccount("alice", 100)
	bob := NewAccount("bob", 0)
	fmt.Println(alice, bob)
	fmt.Println(Transfer(alice, bob, 30))
	err := Transfer(bob, alice, 50)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Is(err, ErrInvalidAmount))
	err = alice.Deposit(-5)
	fmt.Println(err, errors.Is(err, ErrInvalidAmount))
	fmt.Println(alice, bob)
	fmt.Println(alice.Balance() + bob.Balance())
	accounts := []*Account{alice, bob, NewAccount("carol", 500)}
	total := 0
	for _, acc := range accounts {
		total += acc.Balance()
	}
	fmt.Println("total", total)
}
