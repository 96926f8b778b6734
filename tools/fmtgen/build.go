package main

// The cases: a cross product of values and verbs for each basic kind,
// then composite values, methods, and Printf's error forms.

import (
	"errors"
	"fmt"
	"math"
	"unsafe"
)

type Point struct{ X, Y int }

type Named struct {
	Name string
	Age  int
	tags []string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type ValErr struct{ Msg string }

func (e ValErr) Error() string { return "valerr: " + e.Msg }

type Both struct{ N int }

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type GoS struct{ A int }

func (g GoS) GoString() string { return fmt.Sprintf("GoS<%d>", g.A) }
func (g GoS) String() string   { return "gos-string" }

type Panicky struct{ N int }

func (Panicky) String() string { panic("boom") }

type PanickyErr struct{}

func (PanickyErr) Error() string { panic(errors.New("inner failure")) }

type PanickyGo struct{}

func (PanickyGo) GoString() string { panic(42) }

type DoublePanic struct{}

func (DoublePanic) String() string { panic(PanickyErr{}) }

type NilSafe struct{ v int }

func (n *NilSafe) String() string {
	if n == nil {
		return "nil NilSafe"
	}
	return fmt.Sprintf("NilSafe(%d)", n.v)
}

type ValStr struct{ V int }

func (v ValStr) String() string { return fmt.Sprintf("ValStr(%d)", v.V) }

type PtrStr struct{ V int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr(%d)", p.V) }

type Inner struct{ A int }

type Outer struct {
	Inner
	B string
	p *Inner
	c Color
	C Color
	I any
	E error
}

type hidden struct {
	c  Color
	cs []Color
	m  map[Color]Celsius
	e  error
	P  *Point
}

type MyBytes []byte
type B byte

func (b B) String() string { return fmt.Sprintf("B%d", byte(b)) }

type Tree struct {
	Left  *Tree
	Val   int
	Right *Tree
}

type MyMap map[string]int
type MyInt int
type MyStr string

func (s MyStr) String() string { return "MyStr(" + string(s) + ")" }

type PlainStr string

type Wrapper struct{ Err error }

type Anon = struct {
	X int
	y string
}

type Embeds struct {
	*Inner
	Color
}

type F32s struct {
	F float32
	C complex64
}

type WithArr struct {
	A [2]bool
	M map[string][]int
	S []*Point
}

func build() {
	ints()
	floats()
	complexes()
	stringsAndBytes()
	bools()
	composites()
	pointers()
	maps()
	methodCases()
	printfErrors()
	printAndPrintln()
	errorfCases()
	misc()
}

func cross(values []any, formats []string) {
	for _, v := range values {
		for _, f := range formats {
			pf(f, v)
		}
	}
}

func ints() {
	values := []any{0, 1, -1, 42, -42, 255, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64),
		int8(-128), uint8(200), 'x', rune(0x1F600), int32(-1), uint16(0xBEEF), MyInt(7), uintptr(0x1234)}
	formats := []string{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%.3d", "%8.3d", "%-8.3d|", "%08.3d",
		"%+05d", "%x", "%X", "%#x", "%#X", "%#08x", "%-#8x|", "%o", "%#o", "%O", "%b", "%#b",
		"%c", "%q", "%+q", "%#q", "%U", "%#U", "%v", "%#v", "%+v", "%T", "%.0d", "%s", "%e", "%t", "%10.4x", "% x", "%.5U"}
	cross(values, formats)
	pf("%c %c %c %c", -1, 0xD800, 0x110000, 'é')
	pf("%q %q %q %q %q", 0x7f, '\n', '\'', '"', 0xD800)
	pf("%U %#U %#U %#U", -1, '\n', 0x10FFFF, 0x1F600)
	pf("%.0d|%5.0d|%-5.0d|%05.0d", 0, 0, 0, 0)
	pf("%x %X %o %b", -255, -255, -8, -5)
	pf("%#o %#o %#x", 0, 8, 0)
	pf("%6.2d|%-+6.2d|% 06d|%+06d", 3, 3, 3, -3)
	pf("%d %d %d %d", int16(-300), uint32(4000000000), int64(-9), uint(5))
}

func floats() {
	values := []any{0.0, math.Copysign(0, -1), 1.0, -1.0, 0.1, float32(0.1), 2.675, 1e21, 1e20, 1e-7, 123456789.0,
		1e6, 100000.0, 3.141592653589793, math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64,
		math.SmallestNonzeroFloat64, float32(1) / 3, 0.5, 1.5, 2.5, 0.125, 1e-5, 0.0001, float32(16777216),
		1.0000000000000002, float32(math.MaxFloat32), float32(1e-45), 33.0, 1e23, 5e-324, 0.3, 2.0 / 3, Celsius(-3.25)}
	formats := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3e", "%.10g", "%8.2f|",
		"%-8.2f|", "%08.2f", "%+.2f", "% .2f", "%#g", "%#.3g", "%#v", "%x", "%X", "%#x", "%b", "%.3x",
		"%10.3v|", "%.1f", "%T", "%s", "%d", "%.20f", "%.30e", "%#.0f", "%#e", "%+v", "%08v", "%.3g", "%+08.3e", "% 010.2f", "%#.0e", "%-+9.2g|"}
	cross(values, formats)
	for _, f := range []float64{2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 1.45, 0.045, 1234.5678, 9.995, 99.5, 0.05} {
		pf("%.2f %.1f %.0f %.2e %.3g", f, f, f, f, f)
	}
	for _, f := range []float32{0.1, 0.2, 0.3, 1.1, 3.4028235e38, 1e-10, 16777217, 0.333333343, 7.0e-45} {
		pf("%v %g %e %.3f %b %x", f, f, f, f, f, f)
	}
	pf("%6.2f|%-6.2f|%06.2f|%+06.2f", math.NaN(), math.Inf(1), math.Inf(-1), math.NaN())
	pf("% f|%+f|% +f", math.NaN(), math.NaN(), math.Inf(1))
	pf("%.1000f", 1e-300)
	pf("%.17g %.17g %.17g", 0.1, 1.0/3, 1e300)
	pf("%v %v %v %v %v", 1e-4, 1e-5, 123456.0, 1234567.0, 12345678.9)
	pf("%g %g", float32(1e20), float32(1e21))
	pf("%5.1v|%-7.3v|%07.2v", 3.14159, 2.71828, -1.5)
	pf("%x %X %#.2x %.0x", 1.0, -0.5, 3.0, 1.5)
}

func complexes() {
	values := []any{1 + 2i, complex64(1.5 - 0.25i), complex(math.Copysign(0, -1), math.Copysign(0, -1)),
		complex(math.NaN(), math.Inf(-1)), 3i, complex(1e21, 1e-7)}
	formats := []string{"%v", "%.2f", "%+.1e", "%#v", "%T", "%8.1f|", "%d", "%g", "%x", "%010.2f", "% .1f", "%s", "%+v", "%-12.1f|"}
	cross(values, formats)
}

func stringsAndBytes() {
	values := []any{"", "hello", "héllo, 世界", "tab\tnl\n", "\xff\xfe invalid", "quote\"back`tick", "\u200b zero-width",
		"bom\ufeff", "日本語", PlainStr("plain"), "\x00\x07\x7f", "emoji 🎉"}
	formats := []string{"%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.3s", "%10.2s|",
		"%v", "%#v", "%T", "%d", "%c", "%010s", "%.0s|", "%5.1q", "%.2x", "%U", "%-8q|", "%#+q", "% X", "%8x|", "%-10x|", "%.1X"}
	cross(values, formats)
	bvals := []any{[]byte("hi"), []byte(nil), []byte{}, []byte{0, 1, 255}, MyBytes("xy"), [3]byte{1, 2, 3}, [0]byte{},
		[]byte("héllo"), []B{1, 2}, [2]B{3, 4}, []uint8{'a', 'b'}}
	bformats := []string{"%v", "%s", "%q", "%x", "%X", "% x", "%#x", "%# X", "%d", "%#v", "%T", "%c", "%o", "%5v", "%08b",
		"%+v", "%6s|", "%-6q|", "%.1s", "%.1x", "%U", "%w", "%t", "%p"}
	cross(bvals, bformats)
}

func bools() {
	cross([]any{true, false}, []string{"%t", "%v", "%5t|", "%-6t|", "%d", "%s", "%#v", "%q", "%T", "%x", "%08t"})
}

func composites() {
	ns := Named{"Ann", 30, []string{"a", "b"}}
	values := []any{
		[]int{1, 2, 3}, []int(nil), []int{}, [3]int{1, 2, 3}, [0]int{}, []string{"a", "b c", ""},
		[][]int{{1}, {2, 3}, nil}, Point{1, -2}, ns, struct{}{}, struct {
			A int
			b string
		}{1, "x"},
		[]any{1, "a", nil, 2.5, []int{1}}, []error{errors.New("e1"), nil}, []Point{{1, 2}, {3, 4}},
		[2][]string{{"x"}, nil}, Anon{1, "why"}, F32s{0.1, 0.1 + 0.2i}, []float32{0.1, 1e21},
		[]bool{true, false}, [2]any{nil, 5}, []*int(nil), []func(){nil},
		WithArr{[2]bool{true, false}, map[string][]int{"k": {1, 2}, "a": nil}, []*Point{nil}},
	}
	formats := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q", "%5v|", "%-4d|", "%X", "%o", "%t", "%.1f", "%p"}
	cross(values, formats)
}

func pointers() {
	p := &Point{1, 2}
	pp := &p
	n := 5
	pn := &n
	var nilp *Point
	var nilpp **Point
	arr := &[2]int{7, 8}
	sl := &[]string{"s"}
	mp := &map[string]int{"one": 1}
	tr := &Tree{Left: &Tree{Val: 1}, Val: 2}
	ch := make(chan int)
	var nilch chan string
	fn := func(int) string { return "" }
	var nilfn func()
	up := unsafe.Pointer(pn)
	values := []any{p, pp, pn, nilp, nilpp, arr, sl, mp, tr, ch, nilch, fn, nilfn, up, unsafe.Pointer(nil),
		&Named{"Bob", 5, nil}, &struct{ X *int }{pn}, []*Point{p, nil}, struct{ P *Point }{p}, &[]*Point{p},
		(<-chan int)(ch), &Outer{}, &ValStr{3}}
	formats := []string{"%v", "%+v", "%#v", "%T", "%d", "%x", "%s", "%p", "%#p", "%q", "%X", "%o", "%b", "%20v|", "%-20p|", "%t"}
	cross(values, formats)
	pf("%v %v", []any{p, nilp}, map[string]*Point{"a": p})
	pf("%z", []*Point{p})
	pf("%s", struct{ P *Point }{p})
}

func maps() {
	pk1, pk2 := new(int), new(int)
	values := []any{
		map[string]int{"b": 2, "a": 1, "c": 3, "": 0},
		map[int]string{-5: "neg", 10: "ten", 0: "zero", 3: "three"},
		map[float64]string{math.NaN(): "nan", math.Inf(-1): "-inf", 0: "zero", -1e300: "big", 2.5: "x", math.Inf(1): "inf"},
		map[bool]int{true: 1, false: 0},
		map[Point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"},
		map[[2]int]int{{2, 0}: 1, {1, 9}: 2, {1, 3}: 3},
		map[*int]string{pk1: "p1", pk2: "p2"},
		map[any]int{3: 1, 1: 2, 2: 3},
		map[any]string{"z": "1", "a": "2", nil: "nil"},
		map[string]int(nil), map[string]int{}, MyMap{"k": 1},
		map[string][]int{"x": {1, 2}, "y": nil},
		map[string]map[string]int{"o": {"i": 1, "h": 2}},
		map[Color]Celsius{1: 20, 0: -5, 7: 1.25},
		map[MyInt]bool{3: true, -1: false},
		map[uint8]string{200: "a", 7: "b"},
		map[string]any{"n": nil, "e": errors.New("boom"), "i": 1},
		map[rune]string{'b': "B", 'a': "A"},
		map[complex128]int{2 + 1i: 1, 1 + 5i: 2, 1 + 1i: 3},
		map[string]*Point{"nil": nil},
		map[int8]int8{-1: 1, 1: -1},
		map[struct {
			A string
			B int
		}]int{{"a", 2}: 1, {"a", 1}: 2, {"0", 9}: 3},
	}
	formats := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q", "%6v|", "%p"}
	cross(values, formats)
}

func methodCases() {
	var nilErr *MyErr
	var nilSafe *NilSafe
	var nilVal *ValStr
	e1 := &MyErr{7}
	values := []any{
		Celsius(21.5), Color(0), Color(1), Color(9), e1, MyErr{3}, ValErr{"bad"}, &ValErr{"ptr"}, Both{1}, &Both{2},
		GoS{5}, &GoS{6}, Panicky{}, &Panicky{}, PanickyErr{}, PanickyGo{}, nilErr, nilSafe, &NilSafe{4}, NilSafe{8},
		nilVal, ValStr{1}, &ValStr{2}, PtrStr{3}, &PtrStr{4}, MyStr("s"),
		[]Color{0, 1, 2}, []*MyErr{e1, nil}, []MyErr{{1}}, []error{e1, ValErr{"x"}, nil}, []fmt.Stringer{Color(1), nil, nilSafe},
		[]any{Celsius(1), Color(0), GoS{1}, Panicky{}}, [2]Color{1, 0},
		Outer{Inner{1}, "b", &Inner{2}, 1, 0, Color(1), ValErr{"e"}},
		hidden{1, []Color{0, 1}, map[Color]Celsius{0: 1}, ValErr{"hid"}, &Point{1, 2}},
		Embeds{&Inner{5}, 1}, Embeds{}, Wrapper{e1}, Wrapper{nil}, struct{ S fmt.Stringer }{Color(0)},
		[]B{1, 2}, map[string]Color{"x": 1}, map[Color]int{1: 1, 0: 2, 5: 3},
		[]Panicky{{1}, {2}}, struct{ P Panicky }{}, []*Panicky{nil}, []PanickyGo{{}}, []ValStr{{1}, {2}},
		[]*ValStr{{1}, nil}, []PtrStr{{1}}, []*PtrStr{{2}}, struct{ p Panicky }{}, []DoublePanic{{}},
	}
	formats := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T", "%10v|", "%-12s|", "%.3v", "%w"}
	cross(values, formats)
	sl(Color(1), Celsius(2), e1, nilErr, nilSafe, nilVal, Panicky{}, GoS{1})
	sp(Color(1), "x", MyStr("y"), 3, 4)
	pf("%v", DoublePanic{})
	pf("%s %d", DoublePanic{}, 1)
}

func printfErrors() {
	pf("%d", "hi")
	pf("%d %d", 1)
	pf("%d", 1, 2)
	pf("%d", 1, "x", nil, 2.5, Color(1), []int{1})
	pf("%")
	pf("abc%")
	pf("%-")
	pf("%5")
	pf("%.")
	pf("%.5")
	pf("%[2]d %[1]d", 1, 2)
	pf("%[3]d", 1, 2)
	pf("%[0]d", 1)
	pf("%[x]d", 1)
	pf("%[1]d %d %d", 1, 2)
	pf("%[2]d %d", 1, 2, 3)
	pf("%*d|", 5, 42)
	pf("%-*d|", 5, 42)
	pf("%*d|", -5, 42)
	pf("%*d", "x", 42)
	pf("%.*d", 3, 42)
	pf("%.*d", -1, 42)
	pf("%.*f", "x", 1.5)
	pf("%*.*f|", 8, 2, 3.14159)
	pf("%[2]*[1]d|", 12, 5)
	pf("%[3]*.[2]*[1]f", 12.0, 2, 6)
	pf("%3[1]d", 7)
	pf("%.[2]d", 7, 3)
	pf("%[1]d %[1]x %[1]o %#[1]x", 255)
	pf("%[2]v %v", 1, 2, 3)
	pf("%!")
	pf("%z", 5)
	pf("%ä", 5)
	pf("%%")
	pf("%5%|%-5%|%05%")
	pf("%-+ #0d", 5)
	pf("%99999999d", 5)
	pf("%*d", 10000000, 5)
	pf("%.*d", 1000001, 5)
	pf("%[1]", 5)
	pf("%[1", 5)
	pf("%[]d", 5)
	pf("%[-1]d", 5)
	pf("%[99999999999999999999]d", 5)
	pf("%d %s", nil, nil)
	pf("%v %T %d %s", nil, nil, nil, nil)
	pf("%[2]d", 1)
	pf("no verbs", 1, 2)
	pf("%d\xff", 1)
	pf("%\xff", 1)
	pf("%*d", uint(3), 1)
	pf("%*d", int8(-3), 1)
	pf("%*d", uint64(math.MaxUint64), 1)
	pf("%*d", 1.5, 1)
	pf("%.*d|", 0, 0)
	pf("%v %v", 1)
	pf("%!d(string=hi)")
	pf("%[1]*d", 3)
	pf("%w", errors.New("not in errorf"))
	pf("%w", 5)
	pf("%-010d|%-010.3f|%-010s|", 5, 1.5, "s")
	pf("%0-10d|", 5)
	pf("%+q %+q", "héllo", 'é')
	pf("%#+q", "héllo")
	pf("%8.3q|", "abcdef")
	pf("%x %X", "", []byte{})
	pf("%5x|%-5X|%05x", "", "", "")
	pf("% #x|%# X", "ab", []byte("cd"))
}

func printAndPrintln() {
	sp("a", 1, 2, "b", "c", 3.0, nil, errors.New("err"), PlainStr("p"), 4)
	sp(1, 2)
	sp("a", "b")
	sp()
	sp(nil, nil)
	sp([]int{1}, map[string]int{"a": 1}, &Point{1, 2}, "s", 1.5)
	sp(MyStr("x"), 1)
	sp(true, false, 'x', "y", MyInt(2))
	sl("a", 1, 2, "b", nil)
	sl()
	sl(nil)
	sl(float32(0.1), 1e21, 1e20, complex64(1+2i), uint8(3), uintptr(0))
	sl(Point{1, 2}, &Point{3, 4}, []Point{{5, 6}}, Named{"n", 1, []string{"t"}})
	sl([]byte("abc"), "x", MyBytes("y"))
	sl(math.NaN(), math.Inf(-1), -0.0, math.Copysign(0, -1))
}

func errorfCases() {
	e1 := errors.New("e1")
	e2 := &MyErr{2}
	e3 := ValErr{"three"}
	ef("plain")
	ef("no args %d", 5)
	ef("wrap: %w", e1)
	ef("wrap: %v", e1)
	ef("wrap: %w", 5)
	ef("wrap: %w", nil)
	ef("two: %w and %w", e1, e2)
	ef("three: %w %w %w", e1, e2, e3)
	ef("reordered: %[2]w %[1]w", e1, e2)
	ef("dup: %[1]w %[1]w", e1)
	ef("mixed: %w %v %w", e1, 5, "x")
	ef("%w", e3)
	ef("%#w", GoS{1})
	ef("%+w", e2)
	ef("%10w|", e1)
	ef("%d %w", 1, e1)
	ef("%w", []error{e1})
	ef("%w", []byte("hi"))
	ef("%s", e1)
	ef("%w %w", e1)
	ef("%[3]w", e1)
	ef("%w", PanickyErr{})
}

func misc() {
	type local struct{ A, b int }
	pf("%v %+v %#v %T", local{1, 2}, local{1, 2}, local{1, 2}, local{})
	pf("%6.2f|%-8.3s|%+d|%x|%X|%o|%q|%c|%U", 3.14159, "golang", 5, 255, 255, 8, "q", 'A', 'A')
	pf("%v %v %v", int8(-1), uint8(255), uintptr(0))
	pf("%#v %#v %#v %#v", uint8(1), uintptr(0xff), uint64(0), int64(-3))
	pf("%#v %#v %#v", 1.0, -0.5, 1e21)
	pf("%#v %#v", "str", []string{"a"})
	pf("%#v %#v %#v", any(nil), []any{nil}, map[string]any{"k": nil})
	pf("%#v", struct {
		I any
		E error
		S fmt.Stringer
	}{})
	pf("%v|%+v", struct {
		I any
		E error
	}{}, struct{ I any }{})
	pf("%T %T %T %T %T", func(int) string { return "" }, make(chan<- bool), map[string][]int{}, struct{ X int }{}, [2]*int{})
	pf("%T %T %T", []any{}, (*error)(nil), errors.New(""))
	pf("%s|%10s|%-10s|", "日本", "日本", "日本")
	pf("%5c|%-5c|%05c", '日', 'x', 'y')
	pf("%6q|%-6q|", '日', "日")
	pf("%v", [][]string{{"a", "b"}, {}})
	pf("%v %d", []int8{-1, 2}, []uint16{1, 65535})
	pf("%x %X %#x", []int{10, 255}, []string{"ab", "c"}, []uint{1})
	pf("%5d|%-5d|%05d", []int{1, 22}, []int{3}, []int{-4})
	pf("%q", []string{"a\n", "b"})
	pf("%v %s", errors.New("e"), errors.New("e"))
	pf("%08.3f|%-08.3f|%+08.3f", -3.14159, 3.14159, 3.14159)
	pf("%.3s|%.10s|%.0s|%.2s", "héllo", "hi", "x", "日本語")
	pf("%.2q|%.1x|%.2X", "héllo", "héllo", []byte("abc"))
	pf("%010.4d|%-010.4d|%+.4d", 42, 42, 42)
	pf("%e %E %.0e %#.0e", 123456.789, 0.000123, 5.5, 5.5)
	pf("%g %g %g %g %g", 1e-4, 1e-5, 1e5, 1e6, 123456789.0)
	pf("%G %.3G %#G", 1e-10, 1234567.0, 1.0)
	pf("%.3v %.10v %.0v", 3.14159, 1.0/3, 2.5)
	pf("%#.3v %#v %#.0v", 3.0, 3.0, 2.0)
	pf("%b %b", 1.0, float32(1.0))
	pf("%v %v", Point{}, &Point{})
	pf("%+v", Outer{Inner{1}, "b", &Inner{2}, 1, 0, nil, nil})
	pf("%v %+v", Tree{Val: 1}, &Tree{Val: 1, Left: &Tree{}})
	pf("%s", []any{1, "a", 2.5, true, nil})
	pf("%d", []any{1, "a", 2.5, true, nil})
	pf("%v %v %v", int64(math.MinInt64), uint64(math.MaxUint64), int32(math.MinInt32))
	pf("%08d|%-08d|%+08d|% 08d", -42, -42, 42, 42)
	pf("%x|% x|%#x|%# x|%X", "Hello", "Hello", "Hello", "Hello", "Hello")
	pf("%c|%c|%c", 65, 0x1F600, 'é')
	pf("%t %t", true, false)
	pf("%v %v", make([]int, 2, 10), [3]string{})
	pf("%s", map[string]Color{"a": 0})
	pf("%v %s", MyBytes("ab"), MyBytes("ab"))
	pf("%5.2v|%-5.2v|", "abc", []string{"abc", "d"})
	runes := []rune("aé😀")
	for _, f := range []string{"%v", "%c", "%q", "%U", "%#U", "%s", "%x", "%+q", "%#v", "%d"} {
		pf(f, runes)
	}
	type blank struct {
		A int
		_ int
		B string
		_ [2]bool
	}
	pf("%v|%+v|%#v", blank{A: 1, B: "b"}, blank{A: 1, B: "b"}, blank{A: 1, B: "b"})
	type fnch struct {
		F  func()
		C  chan int
		U  unsafe.Pointer
		N  func()
		NC chan int
	}
	fv := fnch{F: func() {}, C: make(chan int), U: unsafe.Pointer(new(int))}
	pf("%v|%+v|%#v|%d|%x", fv, fv, fv, fv, fv)
	pf("%08q|%-08d|%08s|%-08s|%08v|%08x", "q", 5, "s", "s", "v", "x")
	pf("%08t|%08v|%08c|%08U", true, []int{1, -2}, 'x', 'x')
	pf("%.3v|%.3s|%.3q|%.3x", []string{"abcdef"}, []string{"abcdef"}, map[string]string{"abcdef": "ghijkl"}, [2]string{"abcdef"})
	pf("%v %s", struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")})
	pf("%x %X %q", struct {
		B [2]byte
		S string
	}{[2]byte{1, 2}, "s"}, [][]byte{[]byte("ab"), nil}, map[string][]byte{"k": []byte("v")})
	pf("%v %+v %#v", [2]Point{{1, 2}}, []*Point{{3, 4}}, map[Point]*Point{{1, 1}: nil})
	pf("%v|%s|%d", []any{[]byte("x"), MyBytes("y"), [1]byte{'z'}}, []any{[]byte("x"), MyBytes("y"), [1]byte{'z'}}, []any{[]byte("x")})
	pf("%s %v %d", Color(1), []Color{2}, Color(3))
	pf("%[1]v %[1]T %[1]d %[1]s %#[1]v", Celsius(1.5))
	pf("%v %v", &[]any{1, nil}, &map[string]any{"n": nil})
	pf("%6.2v|%-8v|%+v", Celsius(1), Color(0), ValErr{"x"})
	ef("%v: %w", "ctx", ValErr{"deep"})
	ef("%x %X %q %w", "a", "b", "c", ValErr{"e"})
	sp(Celsius(1), Celsius(2), "s", Celsius(3))
	sl(errors.New("a"), []error{errors.New("b")}, map[string]error{"k": errors.New("c")})
}
