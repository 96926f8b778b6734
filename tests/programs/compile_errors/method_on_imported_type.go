package main

import (
	"fmt"
	"time"
)

func (d time.Duration) Half() time.Duration {
	return d / 2
}

func main() {
	fmt.Println(time.Second)
}
