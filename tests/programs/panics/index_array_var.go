package main

import "fmt"

type Board [3][3]byte

func (b *Board) Set(r, c int, v byte) {
	b[r][c] = v
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	moves := [][2]int{{0, 0}, {1, 1}, {2, 2}, {1, 3}}
	for i, m := range moves {
		player := byte('X')
		if i%2 == 1 {
			player = 'O'
		}
		fmt.Printf("move %d: %c at %v\n", i, player, m)
		b.Set(m[0], m[1], player)
		fmt.Print(b)
	}
}
