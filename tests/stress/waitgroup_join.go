// Stress: WaitGroup.Wait sees every write made before each Done.
// 20 rounds of 100 goroutines writing plain (non-atomic) slots, some of
// them through nested goroutines added by their parent; after Wait every
// write must be visible.
package main

import (
	"fmt"
	"os"
	"sync"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type rec struct {
	a, b int
	s    string
}

func main() {
	for round := range 20 {
		const n = 100
		data := make([]rec, 2*n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				data[i] = rec{i, i * i, fmt.Sprint(i)}
				if i%2 == 0 {
					// A parent may Add for a child while its own count
					// keeps the WaitGroup above zero.
					wg.Add(1)
					go func() {
						defer wg.Done()
						data[n+i] = rec{round, i, "child"}
					}()
				}
			}()
		}
		wg.Wait()
		for i := range n {
			if d := data[i]; d.a != i || d.b != i*i || d.s != fmt.Sprint(i) {
				fail("round %d: slot %d = %+v after Wait", round, i, d)
			}
			if i%2 == 0 {
				if d := data[n+i]; d.a != round || d.b != i || d.s != "child" {
					fail("round %d: child slot %d = %+v after Wait", round, i, d)
				}
			}
		}
	}
	fmt.Println("ok")
}
