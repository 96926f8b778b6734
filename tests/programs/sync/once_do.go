package main

import (
	"fmt"
	"sync"
)

type Service struct {
	initOnce sync.Once
	conn     string
	inits    int
}

func (s *Service) conn_() string {
	s.initOnce.Do(func() {
		s.inits++
		s.conn = "connected"
	})
	return s.conn
}

func main() {
	s := &Service{}
	var wg sync.WaitGroup
	seen := make([]string, 100)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// every caller returns only after the single init finished
			seen[i] = s.conn_()
		}()
	}
	wg.Wait()
	allSame := true
	for _, v := range seen {
		allSame = allSame && v == "connected"
	}
	fmt.Println("inits:", s.inits, "all saw the result:", allSame)

	// each Once is independent
	var a, b sync.Once
	a.Do(func() { fmt.Println("a runs") })
	b.Do(func() { fmt.Println("b runs") })
	a.Do(func() { fmt.Println("a again (never)") })

	// Do with a different function after the first call does nothing
	var c sync.Once
	for _, msg := range []string{"first", "second", "third"} {
		c.Do(func() { fmt.Println("c ran with", msg) })
	}

	// Once in a struct copied before use: copies are independent (a vet
	// warning in real code, but well defined)
	type wrapper struct{ o sync.Once }
	w1 := wrapper{}
	w2 := w1
	w1.o.Do(func() { fmt.Println("w1") })
	w2.o.Do(func() { fmt.Println("w2") })
}
