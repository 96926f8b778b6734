package main

import (
	"fmt"
	"strings"
)

type Line struct {
	Item  string
	Qty   int
	Price float64
}

func main() {
	lines := []Line{
		{"Widget", 3, 4.99},
		{"Gadget extra long name", 1, 129.5},
		{"Nut", 250, 0.035},
		{"Über-bolt", 12, 1.2},
	}
	fmt.Printf("%-20s %5s %10s %11s\n", "ITEM", "QTY", "PRICE", "TOTAL")
	fmt.Println(strings.Repeat("-", 49))
	var grand float64
	for i, l := range lines {
		name := l.Item
		if len([]rune(name)) > 20 {
			name = string([]rune(name)[:17]) + "..."
		}
		total := float64(l.Qty) * l.Price
		grand += total
		fmt.Printf("%-20s %5d %10.3f %11.2f", name, l.Qty, l.Price, total)
		if i%2 == 0 {
			fmt.Print(" *")
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("-", 49))
	fmt.Printf("%-20s %5s %10s %11.2f\n", "TOTAL", "", "", grand)
	fmt.Printf("%-20s %5s %10s %10.1f%%\n", "TAX", "", "", 8.25)
	fmt.Printf("%49s\n", fmt.Sprintf("grand total: $%.2f", grand*1.0825))
	// percentages and signs
	changes := []float64{0.1234, -0.05, 0, 1.5}
	for _, c := range changes {
		fmt.Printf("%+7.2f%% %s\n", c*100, strings.Repeat("|", int(c*10+0.5)))
	}
}
