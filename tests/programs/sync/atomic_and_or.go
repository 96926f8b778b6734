package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	FlagRead uint32 = 1 << iota
	FlagWrite
	FlagExec
	FlagAdmin
)

func main() {
	// Or sets bits, And clears them; both return the OLD value (Go 1.23)
	var perms uint32
	old := atomic.OrUint32(&perms, FlagRead|FlagWrite)
	fmt.Printf("old=%04b new=%04b\n", old, perms)
	old = atomic.AndUint32(&perms, ^FlagWrite)
	fmt.Printf("old=%04b new=%04b\n", old, perms)

	// concurrent goroutines each set their own bit
	var mask atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		if i%3 == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			mask.Or(1 << i)
		}()
	}
	wg.Wait()
	fmt.Printf("mask=%#x\n", mask.Load())

	// and each clears a bit of a full word
	var full atomic.Int32
	full.Store(-1)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			full.And(^(int32(1) << (2 * i)))
		}()
	}
	wg.Wait()
	fmt.Printf("cleared even bits: %#x\n", uint32(full.Load()))

	var i64 int64 = 0b1100
	fmt.Println(atomic.AndInt64(&i64, 0b1010), i64)
	fmt.Println(atomic.OrInt64(&i64, 0b0001), i64)
	var u64 uint64 = 0xF0
	fmt.Println(atomic.AndUint64(&u64, 0x3C), u64, atomic.OrUint64(&u64, 0x01), u64)
	var i32 int32 = 6
	fmt.Println(atomic.OrInt32(&i32, 1), atomic.AndInt32(&i32, 3), i32)
	var up uintptr = 8
	fmt.Println(atomic.OrUintptr(&up, 1), atomic.AndUintptr(&up, 1), up)
}
