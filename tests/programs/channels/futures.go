package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A future: start work now, read the result later through a channel.
type Future[T any] struct {
	ch chan result[T]
}

type result[T any] struct {
	val T
	err error
}

func Async[T any](f func() (T, error)) Future[T] {
	fut := Future[T]{ch: make(chan result[T], 1)}
	go func() {
		v, err := f()
		fut.ch <- result[T]{v, err}
	}()
	return fut
}

func (f Future[T]) Await() (T, error) {
	r := <-f.ch
	f.ch <- r // put it back so Await can be called again
	return r.val, r.err
}

func main() {
	parse := Async(func() (int, error) { return strconv.Atoi("1234") })
	bad := Async(func() (int, error) { return strconv.Atoi("12x4") })
	greet := Async(func() (string, error) { return "hello, future", nil })
	fails := Async(func() (bool, error) { return false, errors.New("service unavailable") })

	v, err := parse.Await()
	fmt.Println("parse:", v, err)
	v, err = bad.Await()
	fmt.Println("bad:", v, err)
	s, _ := greet.Await()
	fmt.Println("greet:", s)
	s, _ = greet.Await()
	fmt.Println("greet again:", s)
	b, err := fails.Await()
	fmt.Println("fails:", b, err)

	// combine several futures
	futs := make([]Future[int], 10)
	for i := range futs {
		futs[i] = Async(func() (int, error) { return i * i * i, nil })
	}
	sum := 0
	for _, f := range futs {
		n, _ := f.Await()
		sum += n
	}
	fmt.Println("sum of cubes 0..9:", sum)
}
