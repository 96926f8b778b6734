package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	<-done
	fmt.Println("done")
}
