package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if n == 3 {
				break
			}
			fmt.Println(n)
		}(i)
	}
	wg.Wait()
}
