package main

import "fmt"

func show(v any) {
	switch v.(type) {
	case int:
		fmt.Println("int")
		fallthrough
	case float64:
		fmt.Println("number")
	}
}

func main() {
	show(1)
}
