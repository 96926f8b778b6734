package main

import "fmt"

type Base struct {
	ID int
}

type Meta struct {
	Tags []string
}

func (m Meta) String() string { return fmt.Sprintf("meta%v", m.Tags) }

type Item struct {
	Base
	Meta
	Name string
}

type Wrapper struct {
	*Base
	Label string
}

type Stringy struct {
	Base
}

func (s Stringy) String() string { return fmt.Sprintf("Stringy#%d", s.ID) }

func main() {
	it := Item{Base{1}, Meta{[]string{"a"}}, "thing"}
	// Item has a promoted String method from Meta, so fmt uses it!
	fmt.Println(it)
	fmt.Printf("%v|%+v|%s\n", it, it, it)
	fmt.Printf("%#v\n", it)
	w := Wrapper{nil, "no base"}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println(Stringy{Base{9}}, []Stringy{{Base{1}}, {Base{2}}})
	type Plain struct {
		Base
		X int
	}
	fmt.Printf("%v %+v %#v\n", Plain{Base{5}, 6}, Plain{Base{5}, 6}, Plain{Base{5}, 6})
}
