package main

import "fmt"

func checkAll(codes []int) {
	for i, c := range codes {
		if c != 0 {
			fmt.Println("bad code at", i)
			panic(c)
		}
		fmt.Println("code", i, "ok")
	}
}

func main() {
	checkAll([]int{0, 0, 404, 0})
}
