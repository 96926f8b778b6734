package main

import (
	"fmt"
	"sync"
)

// A channel with capacity 1 works as a mutex: sending takes the lock,
// receiving releases it.
type ChanMutex chan struct{}

func NewChanMutex() ChanMutex { return make(ChanMutex, 1) }
func (m ChanMutex) Lock()      { m <- struct{}{} }
func (m ChanMutex) Unlock()    { <-m }
func (m ChanMutex) TryLock() bool {
	select {
	case m <- struct{}{}:
		return true
	default:
		return false
	}
}

func main() {
	mu := NewChanMutex()
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	fmt.Println("try on free lock:", mu.TryLock())
	fmt.Println("try on held lock:", mu.TryLock())
	mu.Unlock()
	fmt.Println("try after unlock:", mu.TryLock())
	mu.Unlock()

	// the alternative style: a token in the channel means "unlocked"
	token := make(chan int, 1)
	token <- 0 // the protected value travels with the token
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := <-token
			token <- v + i
		}()
	}
	wg.Wait()
	fmt.Println("token value:", <-token)
}
