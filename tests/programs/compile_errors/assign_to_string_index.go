package main

import "fmt"

func main() {
	s := "hello"
	for i := range s {
		if s[i] == 'h' {
			s[i] = 'H'
		}
	}
	fmt.Println(s)
}
