package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() int {
	fmt.Println("setup")
	return 1
}

func main() {
	for i := 0; i < 3; i++ {
		once.Do(setup)
	}
}
