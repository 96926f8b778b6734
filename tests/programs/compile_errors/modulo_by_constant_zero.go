package main

import "fmt"

const buckets = 0

func main() {
	key := 17
	fmt.Println(key % buckets)
}
