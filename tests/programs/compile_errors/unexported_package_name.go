package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.builder
	b.WriteString("hi")
	fmt.Println(b.String())
}
