package main

// Case mode: runs every case of build() through real Go's fmt and writes
// the table the Rust test (src/natives/fmt/tests.rs) replays.
//
// File format, one item per line:
//
//	case ID MODE "FORMAT"      MODE is printf, sprint, sprintln or errorf
//	arg VALUE                  one per argument, VALUE as below
//	out "OUTPUT"               or: panic "fmt.Sprint(panic value)"
//	wrap none|one|many [IDX]   errorf only: what the error unwraps to
//	end
//
// VALUE is an s-expression describing golite's FmtValue; every node but
// (nil) ends with its methods, "-" or (methods HANDLE ERROR STRING
// GOSTRING), each "-" (absent), (ret "S") or (panic VALUE):
//
//	(nil)
//	(bool TYPE true M) (int TYPE N M) (uint TYPE N M)
//	(float TYPE 32|64 BITS M) (complex TYPE 64|128 REBITS IMBITS M)
//	(string TYPE "S" M)
//	(ptr TYPE ADDR TARGET|- M)
//	(struct TYPE (field NAME exported|unexported VALUE)... M)
//	(array TYPE u8|any VALUE... M)
//	(slice TYPE nil|set ADDR u8|any VALUE... M)
//	(bytes TYPE array|slice nil|set ADDR "DATA" M)
//	(map TYPE nil|set ADDR (entry KEY VALUE)... M)
//	(iface TYPE VALUE|- M)
//	(chan TYPE ADDR M) (func TYPE ADDR M) (uptr TYPE ADDR M)
//
// Methods are computed here as golite's VM would compute them: for every
// value whose type has Error/String/GoString in its method set. For values
// fmt must not call methods on (reached through unexported fields), the
// result is the poison string "POISON", which must never be printed.

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
)

type caseT struct {
	mode   string
	format string
	args   []any
}

var cases []caseT

func pf(format string, args ...any) { cases = append(cases, caseT{"printf", format, args}) }
func sp(args ...any)                { cases = append(cases, caseT{"sprint", "", args}) }
func sl(args ...any)                { cases = append(cases, caseT{"sprintln", "", args}) }
func ef(format string, args ...any) { cases = append(cases, caseT{"errorf", format, args}) }

var (
	errorType      = reflect.TypeOf((*error)(nil)).Elem()
	stringerType   = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	goStringerType = reflect.TypeOf((*fmt.GoStringer)(nil)).Elem()
	byteType       = reflect.TypeOf(byte(0))
)

// Alternate cases describe plain byte slices and arrays compactly
// (bytes ...) or element by element, so both forms are tested.
var compact bool
var handleCounter uint64

func q(s string) string { return strconv.Quote(s) }

func call(f func() string) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "(panic " + ser(reflect.ValueOf(r), 1) + ")"
		}
	}()
	return "(ret " + q(f()) + ")"
}

func methods(v reflect.Value) string {
	if v.Kind() == reflect.Interface {
		return "-"
	}
	t := v.Type()
	has := []bool{t.Implements(errorType), t.Implements(stringerType), t.Implements(goStringerType)}
	if !has[0] && !has[1] && !has[2] {
		return "-"
	}
	handleCounter++
	parts := []string{"(methods", strconv.FormatUint(handleCounter, 10)}
	for k, h := range has {
		switch {
		case !h:
			parts = append(parts, "-")
		case !v.CanInterface():
			parts = append(parts, `(ret "POISON")`)
		default:
			x := v.Interface()
			switch k {
			case 0:
				parts = append(parts, call(func() string { return x.(error).Error() }))
			case 1:
				parts = append(parts, call(func() string { return x.(fmt.Stringer).String() }))
			case 2:
				parts = append(parts, call(func() string { return x.(fmt.GoStringer).GoString() }))
			}
		}
	}
	return strings.Join(parts, " ") + ")"
}

func isComposite(k reflect.Kind) bool {
	return k == reflect.Struct || k == reflect.Array || k == reflect.Slice || k == reflect.Map
}

// ser describes v; tgt is how many more pointer targets to include.
func ser(v reflect.Value, tgt int) string {
	if !v.IsValid() {
		return "(nil)"
	}
	ty := q(v.Type().String())
	m := methods(v)
	switch v.Kind() {
	case reflect.Bool:
		return fmt.Sprintf("(bool %s %t %s)", ty, v.Bool(), m)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("(int %s %d %s)", ty, v.Int(), m)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("(uint %s %d %s)", ty, v.Uint(), m)
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("(float %s %d %#x %s)", ty, v.Type().Bits(), f64bits(v.Float()), m)
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return fmt.Sprintf("(complex %s %d %#x %#x %s)", ty, v.Type().Bits(), f64bits(real(c)), f64bits(imag(c)), m)
	case reflect.String:
		return fmt.Sprintf("(string %s %s %s)", ty, q(v.String()), m)
	case reflect.Pointer:
		target := "-"
		if !v.IsNil() && tgt > 0 && isComposite(v.Elem().Kind()) {
			target = ser(v.Elem(), tgt-1)
		}
		return fmt.Sprintf("(ptr %s %#x %s %s)", ty, v.Pointer(), target, m)
	case reflect.Struct:
		var b strings.Builder
		fmt.Fprintf(&b, "(struct %s", ty)
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			exp := "unexported"
			if f.IsExported() {
				exp = "exported"
			}
			fmt.Fprintf(&b, " (field %s %s %s)", q(f.Name), exp, ser(v.Field(i), tgt))
		}
		fmt.Fprintf(&b, " %s)", m)
		return b.String()
	case reflect.Array, reflect.Slice:
		isSlice := v.Kind() == reflect.Slice
		if compact && v.Type().Elem() == byteType && m == "-" {
			data := make([]byte, v.Len())
			for i := range data {
				data[i] = byte(v.Index(i).Uint())
			}
			if isSlice {
				return fmt.Sprintf("(bytes %s slice %s %#x %s -)", ty, nilStr(v.IsNil()), v.Pointer(), q(string(data)))
			}
			return fmt.Sprintf("(bytes %s array set 0 %s -)", ty, q(string(data)))
		}
		u8 := "any"
		if v.Type().Elem().Kind() == reflect.Uint8 {
			u8 = "u8"
		}
		var b strings.Builder
		if isSlice {
			fmt.Fprintf(&b, "(slice %s %s %#x %s", ty, nilStr(v.IsNil()), v.Pointer(), u8)
		} else {
			fmt.Fprintf(&b, "(array %s %s", ty, u8)
		}
		for i := 0; i < v.Len(); i++ {
			b.WriteString(" " + ser(v.Index(i), tgt))
		}
		fmt.Fprintf(&b, " %s)", m)
		return b.String()
	case reflect.Map:
		var b strings.Builder
		fmt.Fprintf(&b, "(map %s %s %#x", ty, nilStr(v.IsNil()), v.Pointer())
		it := v.MapRange()
		for it.Next() {
			fmt.Fprintf(&b, " (entry %s %s)", ser(it.Key(), tgt), ser(it.Value(), tgt))
		}
		fmt.Fprintf(&b, " %s)", m)
		return b.String()
	case reflect.Interface:
		inner := "-"
		if !v.IsNil() {
			inner = ser(v.Elem(), tgt)
		}
		return fmt.Sprintf("(iface %s %s %s)", ty, inner, m)
	case reflect.Chan:
		return fmt.Sprintf("(chan %s %#x %s)", ty, v.Pointer(), m)
	case reflect.Func:
		return fmt.Sprintf("(func %s %#x %s)", ty, v.Pointer(), m)
	case reflect.UnsafePointer:
		return fmt.Sprintf("(uptr %s %#x %s)", ty, v.Pointer(), m)
	}
	panic("fmtgen: unsupported kind " + v.Kind().String())
}

func nilStr(b bool) string {
	if b {
		return "nil"
	}
	return "set"
}

// run formats one case with real Go.
func run(c caseT) (out string, panicked bool, wrap string) {
	defer func() {
		if r := recover(); r != nil {
			out, panicked = fmt.Sprint(r), true
		}
	}()
	switch c.mode {
	case "printf":
		return fmt.Sprintf(c.format, c.args...), false, ""
	case "sprint":
		return fmt.Sprint(c.args...), false, ""
	case "sprintln":
		return fmt.Sprintln(c.args...), false, ""
	}
	err := fmt.Errorf(c.format, c.args...)
	idx := func(e error) string {
		for i, a := range c.args {
			if ae, ok := a.(error); ok && ae == e {
				return strconv.Itoa(i)
			}
		}
		return "?"
	}
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		wrap = "many"
		for _, e := range u.Unwrap() {
			wrap += " " + idx(e)
		}
	case interface{ Unwrap() error }:
		wrap = "one"
		if e := u.Unwrap(); e != nil {
			wrap += " " + idx(e)
		}
	default:
		wrap = "none"
	}
	return err.Error(), false, wrap
}

func writeCases(path string) {
	build()
	var out bytes.Buffer
	fmt.Fprintf(&out, "# golite fmt engine cases, generated by tools/fmtgen (go run . -cases) with %s. DO NOT EDIT.\n", runtime.Version())
	for i, c := range cases {
		compact = i%2 == 0
		fmt.Fprintf(&out, "case %d %s %s\n", i, c.mode, q(c.format))
		for _, a := range c.args {
			fmt.Fprintf(&out, "arg %s\n", ser(reflect.ValueOf(a), 2))
		}
		res, panicked, wrap := run(c)
		if panicked {
			fmt.Fprintf(&out, "panic %s\n", q(res))
		} else {
			fmt.Fprintf(&out, "out %s\n", q(res))
		}
		if c.mode == "errorf" {
			fmt.Fprintf(&out, "wrap %s\n", wrap)
		}
		out.WriteString("end\n")
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fmtgen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "wrote %d cases to %s\n", len(cases), path)
}

var _ = errors.New

func f64bits(f float64) uint64 { return math.Float64bits(f) }
