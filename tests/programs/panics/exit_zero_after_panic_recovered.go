package main

import (
	"errors"
	"fmt"
	"os"
)

func risky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("risky recovered")
			err = errors.New("risky failed")
		}
	}()
	var m []int
	m[0]++
	return nil
}

func main() {
	if err := risky(); err != nil {
		fmt.Println(err != nil)
		os.Exit(0)
	}
	fmt.Println("unreachable")
}
