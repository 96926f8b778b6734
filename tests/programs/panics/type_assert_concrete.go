package main

import "fmt"

func sumInts(vals []any) int {
	total := 0
	for _, v := range vals {
		total += v.(int)
	}
	return total
}

func main() {
	fmt.Println(sumInts([]any{1, 2, 3}))
	mixed := []any{4, 5, "six", 7}
	if n, ok := mixed[2].(int); !ok {
		fmt.Println("comma-ok form does not panic:", n, ok)
	}
	fmt.Println(sumInts(mixed))
}
