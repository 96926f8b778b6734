// Lesson: lazy initialisation with sync.Once.
//
// Some things should be set up once, the first time they are needed, and
// never again: a configuration, a connection pool, a big table. When many
// goroutines may ask at the same moment, "if not loaded, load" is a race:
// several of them can see "not loaded" and all load.
//
// sync.Once solves it: once.Do(f) runs f the first time only. Every other
// caller, even one arriving while f is still running, waits until f has
// finished, and then sees everything f wrote.
//
// Go 1.21 added helpers built on Once: sync.OnceValue(f) returns a function
// that calls f once and then always returns its result.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct {
	Name    string
	Workers int
}

var (
	configOnce sync.Once
	config     *Config
	loads      atomic.Int32 // counts how often loadConfig really runs
)

func loadConfig() {
	loads.Add(1)
	time.Sleep(10 * time.Millisecond) // pretend to read a file
	config = &Config{Name: "golite-class", Workers: 4}
}

// GetConfig is safe to call from any goroutine at any time.
func GetConfig() *Config {
	configOnce.Do(loadConfig) // Watch: callers block here until loaded
	return config
}

func main() {
	// Step 1: 20 goroutines all want the configuration at once.
	const callers = 20
	got := make([]*Config, callers)
	var wg sync.WaitGroup
	for i := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = GetConfig()
		}()
	}
	wg.Wait()

	// Step 2: loadConfig ran once, and everybody got the same pointer.
	allSame := true
	for _, c := range got {
		allSame = allSame && c == got[0]
	}
	fmt.Println("loadConfig ran", loads.Load(), "time(s)")
	fmt.Println("all callers got the same *Config:", allSame)
	fmt.Printf("config: %+v\n", *got[0])

	// Step 3: the same with sync.OnceValue: no global variables needed.
	var squares atomic.Int32
	table := sync.OnceValue(func() []int {
		squares.Add(1)
		t := make([]int, 10)
		for i := range t {
			t[i] = i * i
		}
		return t
	})
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = table()[3]
		}()
	}
	wg.Wait()
	fmt.Println("table built", squares.Load(), "time(s):", table())

	// Step 4: a Once is used up even if f panics. Later Do calls do not
	// retry. Watch: the second Do does nothing.
	var risky sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		risky.Do(func() { panic("setup failed") })
	}()
	ran := false
	risky.Do(func() { ran = true })
	fmt.Println("second Do ran its function:", ran)
}
