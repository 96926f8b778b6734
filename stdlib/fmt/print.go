// Package fmt (golite): formatted printing. The formatting engine is
// native (Sprint*, Print*, Append*) with Go's exact output; the Fprint*
// functions, Errorf's wrapping and the State given to Format methods are
// Go. Scanning is in scan.go.
package fmt

import (
	"errors"
	"io"
	"slices"
	"strconv"
)

// Stringer is the interface of values with a String method: that string
// is how %v, %s and the unformatted printers show the value.
type Stringer interface {
	String() string
}

// GoStringer is the interface of values with a GoString method, whose
// result %#v prints in place of the value's Go-syntax form.
type GoStringer interface {
	GoString() string
}

// Formatter is the interface of values that print themselves: the
// printer hands Format the verb and a State holding the flags, width and
// precision, and Format writes the whole output.
type Formatter interface {
	Format(f State, verb rune)
}

// State is what a Formatter's Format method gets: the destination of its
// output and the options of the directive being printed.
type State interface {
	// Write adds b to the output.
	Write(b []byte) (n int, err error)
	// Width returns the directive's width, if it has one.
	Width() (wid int, ok bool)
	// Precision returns the directive's precision, if it has one.
	Precision() (prec int, ok bool)

	// Flag reports whether the directive has the flag character c
	// ('-', '+', '#', ' ' or '0').
	Flag(c int) bool
}

// Natives. They implement Go's printing rules: verbs, flags, widths and
// precisions, argument indexes, %!verb(type=value) errors, maps printed
// with sorted keys, pointers as 0x..., nested values, and the methods of
// operands (Formatter, then for %v %s %q %x %X and unformatted printing
// error's Error and Stringer's String, GoStringer for %#v), calling those
// Go methods through the VM and catching their panics as Go does
// ("%!v(PANIC=String method: ...)", "<nil>" for nil receivers).

// Sprintf returns the text of format with each verb replaced by its
// operand from a, printed as the verb says.
func Sprintf(format string, a ...any) string

// Sprint returns the operands printed as by %v, one after the other,
// with a space between two neighbours only if neither is a string.
func Sprint(a ...any) string

// Sprintln returns the operands printed as by %v, separated by single
// spaces and followed by a newline.
func Sprintln(a ...any) string

// Printf writes Sprintf(format, a...) to standard output and returns the
// byte count and error of that write. Native: the output goes to golite's stdout buffer (fd 1)
// as one write.
func Printf(format string, a ...any) (n int, err error)

// Print writes Sprint(a...) to standard output. Native: as Printf.
func Print(a ...any) (n int, err error)

// Println writes Sprintln(a...) to standard output. Native: as Printf.
func Println(a ...any) (n int, err error)

// Appendf is Sprintf that adds the text to the end of b and returns the
// extended slice.
func Appendf(b []byte, format string, a ...any) []byte

// Append is Sprint that adds the text to the end of b and returns the
// extended slice.
func Append(b []byte, a ...any) []byte

// Appendln is Sprintln that adds the text to the end of b and returns
// the extended slice.
func Appendln(b []byte, a ...any) []byte

// Fprintf writes Sprintf(format, a...) to w in one Write call and
// returns what that call returns.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(Appendf(nil, format, a...))
}

// Fprint writes Sprint(a...) to w in one Write call.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Append(nil, a...))
}

// Fprintln writes Sprintln(a...) to w in one Write call.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Appendln(nil, a...))
}

// sprintfWrap is a hook for Errorf. Native: format like Sprintf, except
// that %w accepts an error operand and prints it as %v (a non-error
// operand still gives %!w(...)); also return the argument index of every
// %w directive, in the order they appear.
func sprintfWrap(format string, a []any) (s string, wrapped []int)

// Errorf formats like Sprintf and returns the text as an error. Each %w
// directive formats an error operand as %v and records it: with one %w,
// the error's Unwrap returns that operand (nil if it is not an error);
// with several, Unwrap returns the distinct error operands in argument
// order.
func Errorf(format string, a ...any) (err error) {
	text, verbs := sprintfWrap(format, a)
	switch len(verbs) {
	case 0:
		return errors.New(text)
	case 1:
		inner, _ := a[verbs[0]].(error)
		return &wrapError{msg: text, err: inner}
	}
	slices.Sort(verbs)
	var list []error
	for _, k := range slices.Compact(verbs) {
		if e, isErr := a[k].(error); isErr {
			list = append(list, e)
		}
	}
	return &wrapErrors{msg: text, errs: list}
}

// wrapError and wrapErrors are the errors Errorf returns for one and for
// several %w directives (their names and fields are Go's, as %T and %#v
// show them).
type (
	wrapError struct {
		msg string
		err error
	}
	wrapErrors struct {
		msg  string
		errs []error
	}
)

func (e *wrapError) Error() string    { return e.msg }
func (e *wrapError) Unwrap() error    { return e.err }
func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// formatState is the State passed to a user Format method. Native: for an
// operand implementing Formatter, the printer allocates a formatState
// with the directive's flags, width and precision (fields in this
// order), calls arg.Format(state, verb) through the VM and appends
// state.buf to its output.
type formatState struct {
	buf    []byte
	wid    int
	prec   int
	widOK  bool
	precOK bool
	minus  bool
	plus   bool
	sharp  bool
	space  bool
	zero   bool
}

func (f *formatState) Write(b []byte) (n int, err error) {
	f.buf = append(f.buf, b...)
	return len(b), nil
}

func (f *formatState) WriteString(s string) (n int, err error) {
	f.buf = append(f.buf, s...)
	return len(s), nil
}

func (f *formatState) Width() (wid int, ok bool) { return f.wid, f.widOK }

func (f *formatState) Precision() (prec int, ok bool) { return f.prec, f.precOK }

func (f *formatState) Flag(c int) bool {
	switch c {
	case '-':
		return f.minus
	case '+':
		return f.plus
	case '#':
		return f.sharp
	case ' ':
		return f.space
	case '0':
		return f.zero
	}
	return false
}

// FormatString rebuilds the directive a Formatter was called for: '%',
// the flags state reports (asked in the order ' ', '+', '-', '#', '0'),
// the width and the precision if set, and verb.
func FormatString(state State, verb rune) string {
	directive := []byte{'%'}
	for _, flag := range []byte(" +-#0") {
		if state.Flag(int(flag)) {
			directive = append(directive, flag)
		}
	}
	if width, ok := state.Width(); ok {
		directive = strconv.AppendInt(directive, int64(width), 10)
	}
	if prec, ok := state.Precision(); ok {
		directive = strconv.AppendInt(append(directive, '.'), int64(prec), 10)
	}
	return string(directive) + string(verb)
}
