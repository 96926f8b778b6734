package main

import "fmt"

func main() {
	// one-off anonymous struct
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port)
	fmt.Printf("%v %+v\n", cfg, cfg)

	// table-driven tests use slices of anonymous structs
	tests := []struct {
		a, b int
		want int
	}{
		{1, 2, 3},
		{-1, 1, 0},
		{10, 20, 30},
		{2, 2, 5},
	}
	for i, tt := range tests {
		got := tt.a + tt.b
		status := "ok"
		if got != tt.want {
			status = fmt.Sprintf("FAIL got %d want %d", got, tt.want)
		}
		fmt.Println(i, status)
	}

	// anonymous struct assignable to a named struct with the same fields
	type Point struct{ X, Y int }
	anon := struct{ X, Y int }{3, 4}
	var p Point = anon
	fmt.Println(p)

	// nested anonymous structs
	doc := struct {
		Title string
		Meta  struct {
			Author string
			Pages  int
		}
	}{Title: "Go"}
	doc.Meta.Author = "gopher"
	doc.Meta.Pages = 300
	fmt.Printf("%+v\n", doc)

	// map of anonymous structs
	inventory := map[string]struct {
		Qty   int
		Price float64
	}{
		"apple":  {5, 0.5},
		"banana": {12, 0.25},
	}
	total := 0.0
	for _, item := range inventory {
		total += float64(item.Qty) * item.Price
	}
	fmt.Println(total, inventory)

	// empty struct as a set value
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		set[w] = struct{}{}
	}
	_, hasA := set["a"]
	_, hasZ := set["z"]
	fmt.Println(len(set), hasA, hasZ, set)
	// pointer to anonymous struct
	pp := &struct{ N int }{1}
	pp.N += 10
	fmt.Println(pp.N, *pp)
	fmt.Printf("%T\n", cfg)
}
