package main

import "fmt"

// When a stop signal and work are both ready, select may pick either.
// Programs that must not lose work drain what is left after stopping.
func main() {
	work := make(chan int, 100)
	stop := make(chan struct{})
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(stop) // stop is ready from the start

	processed := 0
	sum := 0
	stopSeen := false
	for !stopSeen {
		select {
		case v := <-work:
			processed++
			sum += v
		case <-stop:
			stopSeen = true
		}
	}
	// the number processed before noticing stop varies from run to run;
	// draining afterwards makes the final result deterministic
	close(work)
	for v := range work {
		processed++
		sum += v
	}
	fmt.Println("processed:", processed, "sum:", sum)

	// checking stop first, in its own select, gives it priority
	work2 := make(chan int, 10)
	for i := 0; i < 10; i++ {
		work2 <- i
	}
	handled := 0
	for {
		select {
		case <-stop:
			fmt.Println("stop has priority, handled:", handled)
			return
		default:
		}
		select {
		case <-work2:
			handled++
		case <-stop:
		}
	}
}
