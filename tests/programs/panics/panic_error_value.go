package main

import (
	"errors"
	"fmt"
)

var ErrCorrupt = errors.New("corrupt record")

func decode(rec string) string {
	if len(rec) < 3 {
		panic(fmt.Errorf("decode %q: %w", rec, ErrCorrupt))
	}
	return rec[1 : len(rec)-1]
}

func main() {
	for _, r := range []string{"[a]", "<hello>", "x"} {
		fmt.Println(decode(r))
	}
}
