package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("boom")
	msg := "failed: " + err.Error
	fmt.Println(msg)
}
