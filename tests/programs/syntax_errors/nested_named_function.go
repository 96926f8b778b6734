package main

import "fmt"

func main() {
	func worker(id int) {
		fmt.Println("worker", id)
	}
	worker(1)
}
