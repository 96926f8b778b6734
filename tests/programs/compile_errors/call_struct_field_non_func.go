package main

import "fmt"

type Server struct {
	Name string
	Port int
}

func main() {
	s := Server{"api", 8080}
	fmt.Println(s.Name, s.Port())
}
