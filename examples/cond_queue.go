// Lesson: a bounded queue with sync.Cond.
//
// A sync.Cond lets goroutines wait until some condition on shared data
// becomes true. It is always used with a mutex, in this shape:
//
//	mu.Lock()
//	for !condition() {   // a LOOP, not an if: re-check after waking
//	    cond.Wait()      // unlocks mu, sleeps, re-locks mu before returning
//	}
//	... use the data ...
//	mu.Unlock()
//
// Whoever changes the data calls Signal (wake one waiter) or Broadcast
// (wake all waiters).
//
// (In Go, channels are usually simpler; a Cond shines when many goroutines
// wait for a condition on data that a mutex already protects.)
package main

import (
	"fmt"
	"sync"
)

// Queue is a FIFO queue that holds at most max items.
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu) // both conditions share one mutex
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max { // Watch: a full queue makes Put wait
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal() // one item added: one getter may proceed
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 { // Watch: an empty queue makes Get wait
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal() // one slot freed: one putter may proceed
	return v
}

func main() {
	// Step 1: a producer fills a queue of capacity 2 faster than the
	// consumer empties it, so the producer spends time waiting.
	q := NewQueue(2)
	go func() {
		for i := 1; i <= 8; i++ {
			q.Put(i * i)
		}
	}()
	// Watch: the items come out in the order they were put in.
	fmt.Print("consumed:")
	for range 8 {
		fmt.Print(" ", q.Get())
	}
	fmt.Println()

	// Step 2: Broadcast wakes every waiter. Five runners wait for the
	// starting gun; one Broadcast releases them all.
	var mu sync.Mutex
	gun := sync.NewCond(&mu)
	started := false
	var running sync.WaitGroup
	woken := 0
	for range 5 {
		running.Add(1)
		go func() {
			defer running.Done()
			mu.Lock()
			for !started { // a runner arriving late sees started == true
				gun.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	mu.Lock()
	started = true
	mu.Unlock()
	// Watch: Signal here would wake only one runner; the others already
	// waiting would sleep forever (and Go would report a deadlock).
	gun.Broadcast()
	running.Wait()
	fmt.Println("runners that started:", woken)
}
