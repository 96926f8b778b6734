package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else
	return "positive"
}

func main() {
	fmt.Println(classify(3))
}
