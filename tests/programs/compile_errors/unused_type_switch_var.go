package main

import "fmt"

func describe(x any) string {
	switch v := x.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "unknown"
}

func main() {
	fmt.Println(describe(3))
}
