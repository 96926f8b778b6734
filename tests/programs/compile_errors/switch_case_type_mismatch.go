package main

import "fmt"

func main() {
	status := 404
	switch status {
	case 200:
		fmt.Println("ok")
	case "404":
		fmt.Println("not found")
	}
}
