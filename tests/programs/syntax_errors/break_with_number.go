package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		for _, v := range row {
			if v == 3 {
				break 2
			}
			fmt.Println(v)
		}
	}
}
