package main

import "fmt"

func name(id int) string {
	if id < 0 {
		return nil
	}
	return fmt.Sprint("user", id)
}

func main() {
	fmt.Println(name(1))
}
