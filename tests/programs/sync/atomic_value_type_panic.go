package main

import (
	"fmt"
	"sync/atomic"
)

type Limits struct{ Max int }

func main() {
	var v atomic.Value
	v.Store(Limits{Max: 10})
	fmt.Println("stored:", v.Load())
	v.Store(Limits{Max: 20})
	fmt.Println("stored again:", v.Load().(Limits).Max)

	// the concrete type must never change: a pointer is a different type
	fmt.Println("now storing a *Limits into the same Value")
	v.Store(&Limits{Max: 30})
	fmt.Println("unreachable")
}
