package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	err := fmt.Errorf("wrap: %w", errors.New("inner failure"))
	panic(err)
}
