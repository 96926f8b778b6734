package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int { return c.n }
func (c Counter) IncValue()  { c.n++ } // modifies a copy
func (c *Counter) Inc()      { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) ToF() float64    { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Append(v int) { *l = append(*l, v) }

type StrMap map[string]int

func (m StrMap) Set(k string, v int) { m[k] = v } // value receiver still mutates map

func main() {
	c := Counter{name: "hits"}
	c.IncValue()
	fmt.Println(c.Value())
	c.Inc() // auto-address: (&c).Inc()
	c.Inc()
	fmt.Println(c.Value())
	c.Add(10).Add(5).Inc()
	fmt.Println(c.n)

	p := &c
	fmt.Println(p.Value()) // auto-deref: (*p).Value()
	p.IncValue()
	fmt.Println(p.n)

	var t Celsius = 100
	fmt.Println(t.ToF())
	t.Warm(-100)
	fmt.Println(t, t.ToF())

	var l IntList
	for i := 1; i <= 4; i++ {
		l.Append(i * i)
	}
	fmt.Println(l, l.Sum(), len(l))

	m := StrMap{}
	m.Set("a", 1)
	fmt.Println(m)

	// methods on slice elements and map lookups
	counters := []Counter{{"a", 0}, {"b", 0}}
	counters[1].Inc()
	counters[1].Add(2)
	fmt.Println(counters)
	mc := map[string]Counter{"x": {"x", 5}}
	fmt.Println(mc["x"].Value()) // value method OK on map element
	// array of counters through a pointer
	arr := &[2]Counter{}
	arr[0].Inc()
	fmt.Println(arr[0].n)
	// method on a struct returned by function (value method only)
	mk := func() Counter { return Counter{"tmp", 7} }
	fmt.Println(mk().Value())
}
