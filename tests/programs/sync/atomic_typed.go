package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var up atomic.Uintptr
	var b atomic.Bool

	var wg sync.WaitGroup
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				i32.Add(1)
				i64.Add(-2)
				u32.Add(3)
				u64.Add(4)
				up.Add(1)
			}
			if g == 17 {
				b.Store(true)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), up.Load(), b.Load())

	// the zero values are ready to use
	var zb atomic.Bool
	var zi atomic.Int64
	fmt.Println("zero values:", zb.Load(), zi.Load())

	// Swap and CompareAndSwap on the typed values
	fmt.Println("Bool.Swap:", b.Swap(false), b.Load())
	fmt.Println("Bool.CAS false->true:", b.CompareAndSwap(false, true), b.Load())
	fmt.Println("Int64.Swap:", i64.Swap(99), i64.Load())
	fmt.Println("Int64.CAS 99->100:", i64.CompareAndSwap(99, 100), i64.Load())
	fmt.Println("Uint32.CAS wrong old:", u32.CompareAndSwap(1, 2), u32.Load())

	// atomic.Pointer[T]: publish immutable snapshots
	var cfg atomic.Pointer[Config]
	fmt.Println("empty pointer is nil:", cfg.Load() == nil)
	cfg.Store(&Config{"svc", 1})
	for v := 2; v <= 5; v++ {
		old := cfg.Load()
		next := &Config{old.Name, v}
		cfg.CompareAndSwap(old, next)
	}
	fmt.Printf("%+v\n", *cfg.Load())
	prev := cfg.Swap(&Config{"svc2", 1})
	fmt.Printf("swapped out %+v, now %+v\n", *prev, *cfg.Load())

	// atomic.Value holds any value of one consistent concrete type
	var v atomic.Value
	fmt.Println("empty Value:", v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	fmt.Println("Value.Swap:", v.Swap([]string{"c"}), v.Load())
	var n atomic.Value
	n.Store(1)
	fmt.Println("Value.CAS 1->2:", n.CompareAndSwap(1, 2), n.Load())
	fmt.Println("Value.CAS 1->3:", n.CompareAndSwap(1, 3), n.Load())
}
