package main

import (
	"bytes"
	"fmt"
	"sync"
)

// sync.Pool caches temporary objects. Whether Get returns a recycled
// object or a new one is up to the runtime, so programs must not depend
// on it: they reset what they get and only rely on New being called when
// the pool has nothing.
var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset() // a recycled buffer may still hold old data
	defer bufPool.Put(buf)
	fmt.Fprintf(buf, "%s has %d item", name, n)
	if n != 1 {
		buf.WriteByte('s')
	}
	return buf.String()
}

func main() {
	fmt.Println(render("ann", 1))
	fmt.Println(render("bob", 3))

	// concurrent users of one pool
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(fmt.Sprint("user", i), i)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}

	// a Pool without New returns nil when empty
	var p sync.Pool
	fmt.Println("empty pool without New:", p.Get())
	p.Put("x")
	v := p.Get()
	fmt.Println("Get after Put is \"x\" or nil:", v == "x" || v == nil)

	// New is called when the pool has nothing to give
	made := 0
	counted := sync.Pool{New: func() any { made++; return made }}
	first := counted.Get().(int)
	fmt.Println("first Get used New:", first == 1, made >= 1)
}
