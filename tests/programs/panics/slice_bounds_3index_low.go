package main

import "fmt"

type Page struct {
	Items      []int
	Start, End int
}

func (p Page) View() []int {
	return p.Items[p.Start:p.End:len(p.Items)]
}

func main() {
	items := []int{10, 20, 30, 40}
	pages := []Page{
		{items, 0, 2},
		{items, 2, 4},
		{items, 3, 2},
	}
	for i, p := range pages {
		fmt.Printf("page %d [%d:%d]\n", i, p.Start, p.End)
		fmt.Println(p.View())
	}
}
