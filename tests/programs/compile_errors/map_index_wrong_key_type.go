package main

import "fmt"

func main() {
	ages := map[string]int{"ana": 30}
	fmt.Println(ages[1])
}
