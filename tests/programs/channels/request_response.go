package main

import (
	"fmt"
	"sync"
)

// The account's balance is owned by one goroutine; everyone else talks to
// it with messages. "Share memory by communicating."
type deposit struct {
	amount int
}

type withdraw struct {
	amount int
	ok     chan bool
}

type balance struct {
	reply chan int
}

func teller(msgs <-chan any) {
	bal := 0
	for m := range msgs {
		switch m := m.(type) {
		case deposit:
			bal += m.amount
		case withdraw:
			if m.amount <= bal {
				bal -= m.amount
				m.ok <- true
			} else {
				m.ok <- false
			}
		case balance:
			m.reply <- bal
		}
	}
}

func main() {
	msgs := make(chan any)
	go teller(msgs)

	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msgs <- deposit{amount: i}
		}()
	}
	wg.Wait()

	reply := make(chan int)
	msgs <- balance{reply}
	fmt.Println("balance after 100 deposits:", <-reply)

	// 60 concurrent withdrawals of 100: only 50 can succeed
	okCount := make(chan bool, 60)
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := make(chan bool)
			msgs <- withdraw{100, ok}
			okCount <- <-ok
		}()
	}
	wg.Wait()
	close(okCount)
	succeeded, refused := 0, 0
	for ok := range okCount {
		if ok {
			succeeded++
		} else {
			refused++
		}
	}
	fmt.Println("withdrawals succeeded:", succeeded, "refused:", refused)
	msgs <- balance{reply}
	fmt.Println("final balance:", <-reply)
	close(msgs)
}
