// Lesson: a deliberate deadlock (this program is SUPPOSED to crash).
//
// Two goroutines each hold one lock and wait for the other's lock. Neither
// can continue, and main waits for both: nothing in the program can ever
// move again. The Go runtime notices that every goroutine is blocked and
// stops the program with
//
//	fatal error: all goroutines are asleep - deadlock!
//
// followed by a list of goroutines and where each one is stuck, and exit
// status 2. (Go only notices when EVERY goroutine is stuck; if some other
// goroutine were still running, or sleeping with time.Sleep, the two
// would hang silently instead.)
//
// The fix is lock ordering: if both took lockA before lockB, one would
// simply wait for the other. See dining_philosophers.go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var lockA, lockB sync.Mutex
	var wg sync.WaitGroup
	aHeld := make(chan bool)
	bHeld := make(chan bool)

	// Step 1: "transfer from A to B" locks A, then B.
	wg.Add(2)
	go func() {
		defer wg.Done()
		lockA.Lock()
		fmt.Println("goroutine 1: holding A")
		aHeld <- true // tell goroutine 2 we hold A
		<-bHeld       // wait until goroutine 2 holds B
		fmt.Println("goroutine 1: now waiting for B...")
		lockB.Lock() // Watch: blocks forever, B is held by goroutine 2
		fmt.Println("never printed")
	}()

	// Step 2: "transfer from B to A" locks B, then A: the opposite order.
	// (The channels only make the unlucky timing happen on every run; in
	// real programs it happens once in a while, which is worse.)
	go func() {
		defer wg.Done()
		<-aHeld
		lockB.Lock()
		fmt.Println("goroutine 2: holding B, now waiting for A...")
		bHeld <- true
		lockA.Lock() // Watch: blocks forever, A is held by goroutine 1
		fmt.Println("never printed")
	}()

	// Step 3: main waits for both, and so is stuck too.
	// Watch the end of the output: Go's fatal error, then exit status 2.
	wg.Wait()
	fmt.Println("never printed either")
}
