package main

import "fmt"

func main() {
	status := 200
	if status == "200" {
		fmt.Println("ok")
	}
}
