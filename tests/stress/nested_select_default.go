// Stress: nested selects with default under load lose and duplicate
// nothing. Producers try channel a, then b, then block on both; consumers
// poll a, then b, then block on both, until both are closed. Every value
// must be received exactly once.
package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const producers, per, consumers = 4, 2000, 4
	a := make(chan int, 4)
	b := make(chan int) // unbuffered
	var seen [producers * per]atomic.Int32
	var polls, blocks atomic.Int64

	var pwg sync.WaitGroup
	for p := range producers {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for i := range per {
				v := p*per + i
				select {
				case a <- v:
				default:
					select {
					case b <- v:
					default:
						select {
						case a <- v:
						case b <- v:
						}
					}
				}
			}
		}()
	}

	var cwg sync.WaitGroup
	for range consumers {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			a, b := a, b // local copies, set to nil once closed
			take := func(v int, ok bool, ch *chan int) {
				if !ok {
					*ch = nil
					return
				}
				if seen[v].Add(1) != 1 {
					fail("value %d received twice", v)
				}
			}
			for a != nil || b != nil {
				select {
				case v, ok := <-a:
					polls.Add(1)
					take(v, ok, &a)
				default:
					select {
					case v, ok := <-b:
						polls.Add(1)
						take(v, ok, &b)
					default:
						blocks.Add(1)
						select {
						case v, ok := <-a:
							take(v, ok, &a)
						case v, ok := <-b:
							take(v, ok, &b)
						}
					}
				}
			}
		}()
	}

	pwg.Wait()
	close(a)
	close(b)
	cwg.Wait()
	for v := range seen {
		if c := seen[v].Load(); c != 1 {
			fail("value %d received %d times", v, c)
		}
	}
	fmt.Println("ok")
}
