package main

import "fmt"

func main() {
	best := 0
	scores := []int{3, 9, 4}
	for _, s := range scores {
		if s > best {
			best = s
		}
	}
	best = nil
	fmt.Println(best)
}
