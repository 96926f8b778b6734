package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "Hand(" + strings.Join(parts, " ") + ")"
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type IP [4]byte

func (ip IP) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

func main() {
	c := Card{12, Hearts}
	fmt.Println(c, Spades, Clubs)
	fmt.Printf("%v %s %d %+v\n", c, c, c.Suit, Card{1, Diamonds})
	h := Hand{{1, Spades}, {10, Hearts}, {13, Clubs}}
	fmt.Println(h, len(h))
	fmt.Println([]Card(h))
	fmt.Printf("%v|%s\n", []Suit{Hearts, Clubs}, map[Suit]int{Clubs: 2, Spades: 1})
	// pointer receiver String only applies to pointers
	t := Temp(21.5)
	fmt.Println(t, &t)
	// String on an array type
	ip := IP{192, 168, 0, 1}
	fmt.Println(ip, []IP{{10, 0, 0, 1}})
	fmt.Printf("%v %d\n", ip, ip)
	// struct field with Stringer is formatted with it
	type Server struct {
		Name string
		Addr IP
	}
	fmt.Printf("%v %+v\n", Server{"web", ip}, Server{"db", IP{127, 0, 0, 1}})
	// Sprint uses String too
	s := fmt.Sprint(c, " & ", Card{2, Spades})
	fmt.Println(s, len(s))
	var st fmt.Stringer = h
	fmt.Println(st.String())
}
