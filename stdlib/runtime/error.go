// Package runtime (golite): the run-time error values. The VM panics with
// these when a program fails at run time, so %T, %v, errors.As and
// runtime.Error assertions behave as in Go:
//   - boundsError{x, y, signed, code} for index and slice bounds failures
//     (code: boundsIndex, boundsSliceAlen, ... as below);
//   - errorString for "integer divide by zero", "invalid memory address or
//     nil pointer dereference", "integer overflow", "negative shift
//     amount", "makeslice: len out of range", "hash of unhashable type T"
//     and the like (Error adds the "runtime error: " prefix);
//   - plainError for messages Go prints without the prefix ("assignment to
//     entry in nil map", "send on closed channel", "close of closed
//     channel", "close of nil channel", "all goroutines are asleep");
//   - *TypeAssertionError for failed x.(T) and interface conversions;
//   - *PanicNilError for panic(nil).
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors: a type is a run time
	// error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion. Layout for the
// VM: the type names as Go prints them; _interface is "" for a non-
// interface source, concrete is "" when the value was nil, missingMethod
// is the name of the first missing method ("" if none); samePkg reports,
// when concrete and asserted print alike, whether both come from the same
// package (different scopes) or not.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
	samePkg       bool
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	as := e.asserted
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			// Same spelling, different types.
			if !e.samePkg {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as +
		": missing method " + e.missingMethod
}

// PanicNilError is what recover returns after panic(nil).
type PanicNilError struct {
	// Gives the type a shape no other struct here shares.
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string {
	return "runtime error: panic called with nil argument"
}

func (*PanicNilError) RuntimeError() {}

// errorString is a run-time error whose text gets the "runtime error: "
// prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a run-time error printed without the prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError is an out-of-bounds index or slice expression: x is the
// failing index (or bound), y the length, capacity or other bound, signed
// whether x was of a signed type, code which check failed.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

// Codes of boundsError.
const (
	boundsIndex      = iota // s[x], 0 <= x < len(s) failed
	boundsSliceAlen         // s[?:x], 0 <= x <= len(s) failed
	boundsSliceAcap         // s[?:x], 0 <= x <= cap(s) failed
	boundsSliceB            // s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen)
	boundsSlice3Alen        // s[?:?:x], 0 <= x <= len(s) failed
	boundsSlice3Acap        // s[?:?:x], 0 <= x <= cap(s) failed
	boundsSlice3B           // s[?:x:y], 0 <= x <= y failed (but boundsSlice3A didn't happen)
	boundsSlice3C           // s[x:y:?], 0 <= x <= y failed (but boundsSlice3A/B didn't happen)
	boundsConvert           // (*[x]T)(s), 0 <= x <= len(s) failed
)

var boundsErrorFmts = [...]string{
	boundsIndex:      "index out of range [%x] with length %y",
	boundsSliceAlen:  "slice bounds out of range [:%x] with length %y",
	boundsSliceAcap:  "slice bounds out of range [:%x] with capacity %y",
	boundsSliceB:     "slice bounds out of range [%x:%y]",
	boundsSlice3Alen: "slice bounds out of range [::%x] with length %y",
	boundsSlice3Acap: "slice bounds out of range [::%x] with capacity %y",
	boundsSlice3B:    "slice bounds out of range [:%x:%y]",
	boundsSlice3C:    "slice bounds out of range [%x:%y:]",
	boundsConvert:    "cannot convert slice with length %y to array or pointer to array with length %x",
}

// boundsNegErrorFmts are used instead when x is negative (y is not shown).
var boundsNegErrorFmts = [...]string{
	boundsIndex:      "index out of range [%x]",
	boundsSliceAlen:  "slice bounds out of range [:%x]",
	boundsSliceAcap:  "slice bounds out of range [:%x]",
	boundsSliceB:     "slice bounds out of range [%x:]",
	boundsSlice3Alen: "slice bounds out of range [::%x]",
	boundsSlice3Acap: "slice bounds out of range [::%x]",
	boundsSlice3B:    "slice bounds out of range [:%x:]",
	boundsSlice3C:    "slice bounds out of range [%x::]",
}

func (e boundsError) RuntimeError() {}

// appendIntStr appends v in decimal, as unsigned unless signed.
func appendIntStr(b []byte, v int64, signed bool) []byte {
	if signed && v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	i := len(buf)
	u := uint64(v)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

func (e boundsError) Error() string {
	fmt := boundsErrorFmts[e.code]
	if e.signed && e.x < 0 {
		fmt = boundsNegErrorFmts[e.code]
	}
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(fmt); i++ {
		c := fmt[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		switch fmt[i] {
		case 'x':
			b = appendIntStr(b, e.x, e.signed)
		case 'y':
			b = appendIntStr(b, int64(e.y), true)
		}
	}
	return string(b)
}
