package main

import "fmt"

func weekday(d int) string {
	switch d {
	case 0:
		return "sun"
	case 1:
		return "mon"
	}
}

func main() {
	fmt.Println(weekday(1))
}
