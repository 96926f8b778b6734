package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.Reader{s: "hello"}
	fmt.Println(r.Len())
}
