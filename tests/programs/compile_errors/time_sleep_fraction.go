package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("waiting")
	time.Sleep(0.5)
	fmt.Println("done")
}
