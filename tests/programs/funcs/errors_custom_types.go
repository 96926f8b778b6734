package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Msg }

type HTTPError struct {
	Code int
	Err  error
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %v", e.Code, e.Err) }
func (e *HTTPError) Unwrap() error { return e.Err }

type TempError interface {
	error
	Temporary() bool
}

type timeout struct{ op string }

func (t timeout) Error() string   { return t.op + " timed out" }
func (t timeout) Temporary() bool { return true }

// Is lets errors compare by code
type CodeError struct{ Code int }

func (c CodeError) Error() string { return fmt.Sprintf("code %d", c.Code) }
func (c CodeError) Is(target error) bool {
	t, ok := target.(CodeError)
	return ok && (t.Code == 0 || t.Code == c.Code)
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", "must be non-negative"}
	}
	if age > 150 {
		return &HTTPError{400, ValidationError{"age", "unrealistic"}}
	}
	return nil
}

func main() {
	for _, a := range []int{10, -1, 200} {
		err := validate(a)
		fmt.Printf("%d: %v\n", a, err)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("   field:", ve.Field)
		}
		var he *HTTPError
		if errors.As(err, &he) {
			fmt.Println("   http code:", he.Code)
		}
	}
	// As into an interface type
	err := fmt.Errorf("fetch: %w", timeout{"read"})
	var te TempError
	if errors.As(err, &te) {
		fmt.Println(te.Temporary(), te)
	}
	// custom Is method
	e := fmt.Errorf("layer: %w", CodeError{404})
	fmt.Println(errors.Is(e, CodeError{404}), errors.Is(e, CodeError{500}), errors.Is(e, CodeError{}))
	// comparable struct errors compare with ==
	fmt.Println(validate(-1) == ValidationError{"age", "must be non-negative"})
	// type switch on errors
	for _, err := range []error{timeout{"write"}, &HTTPError{503, errors.New("down")}, ValidationError{"x", "y"}, nil} {
		switch e := err.(type) {
		case nil:
			fmt.Println("no error")
		case TempError:
			fmt.Println("temporary:", e)
		case *HTTPError:
			fmt.Println("http:", e.Code)
		default:
			fmt.Println("other:", e)
		}
	}
}
