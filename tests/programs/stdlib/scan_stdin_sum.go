package main

import "fmt"

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("no count:", err)
		return
	}
	total := 0
	nums := make([]int, 0, n)
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("read error:", err)
			return
		}
		nums = append(nums, x)
		total += x
	}
	fmt.Println("numbers:", nums)
	fmt.Println("sum:", total)
	var name string
	var score float64
	for {
		c, err := fmt.Scan(&name, &score)
		if err != nil {
			fmt.Println("stopped:", c, err)
			break
		}
		fmt.Printf("%s scored %.1f\n", name, score)
	}
}
