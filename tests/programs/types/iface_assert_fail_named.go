package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

func main() {
	var e error = errors.New("x")
	fmt.Println("before")
	m := e.(MyErr)
	fmt.Println(m)
}
