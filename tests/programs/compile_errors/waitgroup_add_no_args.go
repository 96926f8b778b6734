package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add()
		go func() {
			defer wg.Done()
			fmt.Println("hi")
		}()
	}
	wg.Wait()
}
