package main

import (
	"fmt"
	"time"
)

// A periodic job running in its own goroutine, stopped via a done channel.
// The job reports how many runs it did through a result channel.
func periodic(every time.Duration, done <-chan struct{}, job func(int)) <-chan int {
	result := make(chan int)
	go func() {
		tk := time.NewTicker(every)
		defer tk.Stop()
		runs := 0
		for {
			select {
			case <-tk.C:
				runs++
				job(runs)
			case <-done:
				result <- runs
				return
			}
		}
	}()
	return result
}

func main() {
	done := make(chan struct{})
	seen := make(chan int, 100)
	result := periodic(20*time.Millisecond, done, func(n int) { seen <- n })

	time.Sleep(170 * time.Millisecond)
	close(done)
	runs := <-result
	fmt.Println("runs in range [4, 9]:", runs >= 4 && runs <= 9)

	// the job saw exactly runs calls, numbered 1..runs
	close(seen)
	ok := true
	want := 1
	for n := range seen {
		if n != want {
			ok = false
		}
		want++
	}
	fmt.Println("job calls numbered consecutively:", ok, want-1 == runs)
}
