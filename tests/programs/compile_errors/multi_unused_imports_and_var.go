package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := 0
	names := []string{"a", "b"}
	for _, n := range names {
		fmt.Println(n)
	}
}
