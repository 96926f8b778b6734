package main

import "fmt"

type Stats struct {
	hits int
}

func main() {
	m := map[string]Stats{"home": {}}
	m["home"].hits++
	fmt.Println(m)
}
