package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Box struct {
	C     Color
	Label string
	T     Temp
	c     Color
}

type Wrapper struct {
	Inner fmt.Stringer
	Err   error
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type PErr struct{ msg string }

func (e *PErr) Error() string { return "perr: " + e.msg }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Deep struct {
	Items []Color
	Arr   [2]Temp
}

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q\n", Color(1), Color(0), Color(1), Color(0))
	fmt.Printf("%T %T\n", Color(1), &Pt{})
	p := Pt{1, 2}
	fmt.Println(&p)
	fmt.Println(p)
	fmt.Printf("%v %+v\n", &p, p)
	b := Box{1, "lbl", 21.5, 0}
	fmt.Println(b)
	fmt.Printf("%v|%+v\n", b, b)
	fmt.Println([]Color{0, 1, 2})
	fmt.Println([]fmt.Stringer{Color(1), Temp(3), &p})
	w := Wrapper{Color(0), MyErr{3}}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println(MyErr{5}, &PErr{"bad"})
	var err error = MyErr{9}
	fmt.Println("err:", err)
	fmt.Printf("%v|%s|%T\n", err, err, err)
	fmt.Println(Both{})
	s := fmt.Sprint(Color(1), " ", Temp(-2))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%10s|%-8v|", Color(0), Color(1)))
	fmt.Println(Deep{[]Color{1, 0}, [2]Temp{1, 2}})
	e1 := errors.New("base")
	e2 := fmt.Errorf("wrapped: %w", e1)
	fmt.Println(e2)
	fmt.Printf("%T\n", e2)
	fmt.Println(fmt.Errorf("code %d: %v", 3, MyErr{1}))
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
}
