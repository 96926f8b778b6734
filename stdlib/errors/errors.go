// Package errors (golite): New, Is, As, Unwrap, Join, AsType and
// ErrUnsupported. Everything is Go except the As hook asTarget.
//
// Is, As and AsType search an error's tree: the error itself, then what
// it wraps, depth first. An error wraps one error through an Unwrap()
// error method, or several, searched in order, through Unwrap() []error.
package errors

// errorString is the error New returns. (Its name and field show in %T
// and %#v output, as in Go.)
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error with the given text. Every call returns a distinct
// error, even for equal texts.
func New(text string) error {
	return &errorString{s: text}
}

// ErrUnsupported is the error for an operation that cannot be performed
// because it is not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns what err wraps through an Unwrap() error method, or nil
// (also for errors that wrap a list, such as those made by Join).
func Unwrap(err error) error {
	if w, ok := err.(interface{ Unwrap() error }); ok {
		return w.Unwrap()
	}
	return nil
}

// search walks the tree of err depth first and reports whether hit is
// true for one of its errors; it stops at the first one. Nil entries of
// an Unwrap() []error list are passed over.
func search(err error, hit func(error) bool) bool {
	for err != nil {
		if hit(err) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, sub := range w.Unwrap() {
				if search(sub, hit) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Is reports whether an error in err's tree matches target: equals it, or
// has an Is(error) bool method that says so. When both are nil it reports
// true; when only one is, false.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return search(err, func(e error) bool {
		if sameError(e, target) {
			return true
		}
		m, ok := e.(interface{ Is(error) bool })
		return ok && m.Is(target)
	})
}

// sameError is e == target, but false rather than a panic when the two
// hold the same uncomparable type (Go skips the comparison for a target
// whose type is not comparable).
func sameError(e, target error) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return e == target
}

// As looks for the first error in err's tree that can be assigned to the
// variable target points to, or whose As(any) bool method accepts target;
// it stores the former in *target and reports whether it found one. It
// panics if target is not a non-nil pointer to an interface type or to a
// type implementing error.
func As(err error, target any) bool {
	switch {
	case err == nil:
		return false
	case target == nil:
		panic("errors: target cannot be nil")
	}
	return search(err, func(e error) bool {
		if asTarget(e, target) {
			return true
		}
		m, ok := e.(interface{ As(any) bool })
		return ok && m.As(target)
	})
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

// AsType returns the first error in err's tree that has type E, or that
// sets a *E through its As(any) bool method, and true; or the zero E and
// false. The *E given to As methods is allocated once per call.
func AsType[E error](err error) (E, bool) {
	var found E
	var scratch *E
	ok := search(err, func(e error) bool {
		if v, is := e.(E); is {
			found = v
			return true
		}
		m, has := e.(interface{ As(any) bool })
		if !has {
			return false
		}
		if scratch == nil {
			scratch = new(E)
		}
		if m.As(scratch) {
			found = *scratch
			return true
		}
		return false
	})
	return found, ok
}

// joinError is the error Join returns. (Its name and field show in %T and
// %#v output, as in Go.)
type joinError struct {
	errs []error
}

// Join returns an error wrapping the non-nil errors of errs, or nil if
// there are none. Its text is their texts, one per line.
func Join(errs ...error) error {
	n := len(errs)
	for _, e := range errs {
		if e == nil {
			n--
		}
	}
	if n == 0 {
		return nil
	}
	kept := make([]error, 0, n)
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	return &joinError{errs: kept}
}

func (e *joinError) Error() string {
	var text []byte
	for i, sub := range e.errs {
		if i > 0 {
			text = append(text, '\n')
		}
		text = append(text, sub.Error()...)
	}
	return string(text)
}

func (e *joinError) Unwrap() []error { return e.errs }
