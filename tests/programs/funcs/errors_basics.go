package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type User struct{ Name string }

var db = map[int]User{1: {"ann"}, 2: {"bob"}}

func findUser(id int) (User, error) {
	if id < 0 {
		return User{}, fmt.Errorf("find user %d: %w", id, ErrPermission)
	}
	u, ok := db[id]
	if !ok {
		return User{}, fmt.Errorf("find user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func main() {
	for _, id := range []int{1, 3, -1} {
		u, err := findUser(id)
		switch {
		case err == nil:
			fmt.Println("found", u.Name)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrPermission):
			fmt.Println("denied:", err)
		}
	}
	// errors.New creates distinct values even with the same text
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))
	// Unwrap
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", io.EOF))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == io.EOF)
	fmt.Println(errors.Unwrap(io.EOF) == nil)
	// %v does not wrap
	notWrapped := fmt.Errorf("outer: %v", io.EOF)
	fmt.Println(errors.Is(notWrapped, io.EOF), errors.Is(wrapped, io.EOF))
	// standard library errors
	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pathErr *fs.PathError
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, pathErr.Path)
	// nil error formatting
	var none error
	fmt.Println(none, none == nil)
	fmt.Printf("%v %T\n", none, none)
}
