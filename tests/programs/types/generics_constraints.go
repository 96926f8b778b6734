package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Unsigned | Float
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type MyInt int
type Score float32

type Stringish interface{ ~string }

func Concat[S Stringish](parts []S, sep S) S {
	var out S
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

type Path string

// constraint with a method
type Shower interface {
	~int | ~string
	Show() string
}

type Code int

func (c Code) Show() string { return fmt.Sprintf("#%03d", int(c)) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Clamp[T Integer | Float](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[uint8](200, 100))
	fmt.Println(Sum(MyInt(4), MyInt(5)), Sum(Score(0.5), 0.25))
	fmt.Printf("%T %T\n", Sum(MyInt(1)), Sum(Score(1)))
	fmt.Println(Average([]int{1, 2, 3, 4}), Average([]float32{}), Average([]uint{7}))
	fmt.Println(Abs(-5), Abs(int8(-128)), Abs(-2.5), Abs(MyInt(-9)))
	fmt.Println(Concat([]string{"a", "b", "c"}, "-"))
	p := Concat([]Path{"usr", "local", "bin"}, "/")
	fmt.Printf("%v %T\n", p, p)
	fmt.Println(ShowAll([]Code{1, 42, 999}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(MyInt(5), 1, 9))
	var i8 int8 = 100
	fmt.Println(Sum(i8, i8)) // wraps at int8
}
