package main

import (
	"fmt"
	"time"
)

// A watchdog expects a "kick" at least every limit; each kick resets its
// timer. With Go 1.23 timers, Reset needs no Stop-and-drain dance.
func watchdog(kicks <-chan string, limit time.Duration, report chan<- string) {
	t := time.NewTimer(limit)
	defer t.Stop()
	for {
		select {
		case k, ok := <-kicks:
			if !ok {
				report <- "watchdog: shut down cleanly"
				return
			}
			t.Reset(limit)
			report <- "kick from " + k
		case <-t.C:
			report <- "watchdog: no kick in time!"
			return
		}
	}
}

func main() {
	kicks := make(chan string)
	report := make(chan string)
	go watchdog(kicks, 80*time.Millisecond, report)
	for _, k := range []string{"a", "b", "c"} {
		time.Sleep(30 * time.Millisecond)
		kicks <- k
		fmt.Println(<-report)
	}
	// stop kicking: the watchdog must bark
	fmt.Println(<-report)

	// a healthy run that closes the kick channel
	kicks2 := make(chan string)
	go watchdog(kicks2, 80*time.Millisecond, report)
	kicks2 <- "x"
	fmt.Println(<-report)
	close(kicks2)
	fmt.Println(<-report)
}
