package main

import "fmt"

type User struct {
	Name string
}

func main() {
	u := User{"ana"}
	fmt.Println("user: " + string(u))
}
