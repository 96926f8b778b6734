package main

import "fmt"

func main() {
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	n := 3
	fmt.Println(arr[:n], arr[n:])
	p := &arr
	fmt.Println(p[1:4])
	n = 7
	fmt.Println(arr[:n])
}
