package main

import "fmt"

func bucket(hash uint32, buckets uint32) uint32 {
	return hash % buckets
}

func main() {
	// float division by zero does not panic
	f := 0.0
	fmt.Println(1/f, -1/f)
	var h uint32 = 2166136261
	for _, n := range []uint32{16, 7, 1} {
		fmt.Println("bucket", n, "->", bucket(h, n))
	}
	var empty uint32
	fmt.Println("buckets:", empty)
	fmt.Println(bucket(h, empty))
}
