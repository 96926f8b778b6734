// Package errors (golite): New, Is, As, Unwrap, Join, AsType and
// ErrUnsupported. Everything is Go except the As hook asTarget.
package errors

// New returns an error whose Error method returns text. Each call yields a
// distinct value (a new *errorString).
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil. It does
// not unwrap errors returned by Join (their Unwrap returns []error).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: it is equal to
// target or has an Is(error) bool method that reports true. The tree is
// walked depth first, following Unwrap() error and Unwrap() []error.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target)
}

func is(err, target error) bool {
	for {
		if equalErrors(err, target) {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && is(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// equalErrors is err == target, except that it reports false (as Go's Is
// does) instead of panicking when both hold the same uncomparable type.
func equalErrors(err, target error) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return err == target
}

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true. target must be a
// non-nil pointer to an interface type or to a type implementing error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e == nil {
					continue
				}
				if as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// asTarget is the reflection step of As. Native: target is a non-nil
// interface value. If target is not a pointer, or is a nil pointer, panic
// with "errors: target must be a non-nil pointer"; if *target's type is
// neither an interface type nor a type implementing error, panic with
// "errors: *target must be interface or implement error". Then, if err's
// dynamic type is assignable to *target's type, store err into *target
// (converted to that type: the dynamic value for a concrete type, the
// interface value for an interface type) and return true; else false.
func asTarget(err error, target any) bool

// AsType finds the first error in err's tree that has type E (the type
// assertion err.(E) holds, or err.As(*E) reports true) and returns it with
// true; it returns the zero E and false when there is none.
func AsType[E error](err error) (E, bool) {
	var target E
	if err == nil {
		return target, false
	}
	ok := asType(err, &target)
	return target, ok
}

func asType[E error](err error, target *E) bool {
	for {
		if e, ok := err.(E); ok {
			*target = e
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && asType(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors, discarding nils. It
// returns nil if every value in errs is nil. Its Error text joins the texts
// of the errors with newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
