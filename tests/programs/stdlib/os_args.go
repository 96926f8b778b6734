package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	args := os.Args[1:] // os.Args[0] is the program path: never print it
	fmt.Println(len(args))
	for i, a := range args {
		fmt.Printf("%d: %q\n", i, a)
	}
	// a tiny flag parser
	opts := map[string]string{}
	var positional []string
	for _, a := range args {
		if strings.HasPrefix(a, "--") {
			k, v, ok := strings.Cut(a[2:], "=")
			if !ok {
				v = "true"
			}
			opts[k] = v
		} else {
			positional = append(positional, a)
		}
	}
	fmt.Println(opts)
	fmt.Println(positional)
	sum := 0
	for _, p := range positional {
		if n, err := strconv.Atoi(p); err == nil {
			sum += n
		} else {
			fmt.Println("skip:", err)
		}
	}
	fmt.Println("sum:", sum)
	fmt.Println(len(os.Args) == len(args)+1)
}
