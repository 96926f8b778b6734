package main

import (
	"fmt"
	"strings"
)

func mustParseLevel(s string) int {
	switch strings.ToLower(s) {
	case "debug":
		return 0
	case "info":
		return 1
	case "warn":
		return 2
	}
	panic("unknown log level: " + s)
}

func main() {
	for _, l := range []string{"DEBUG", "info", "Warn"} {
		fmt.Println(l, "=", mustParseLevel(l))
	}
	defer fmt.Println("main deferred")
	fmt.Println(mustParseLevel("verbose"))
}
