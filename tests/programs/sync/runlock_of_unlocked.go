package main

import (
	"fmt"
	"sync"
)

type Table struct {
	mu   sync.RWMutex
	rows []string
}

func (t *Table) Rows() []string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return append([]string(nil), t.rows...)
}

func main() {
	t := &Table{rows: []string{"r1", "r2"}}
	fmt.Println(t.Rows())
	fmt.Println("releasing a read lock that is not held")
	t.mu.RUnlock()
	fmt.Println("unreachable")
}
