package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Scores  [3]int
	Friends map[string]bool
}

func birthday(p Person) Person {
	p.Age++
	p.Addr.City = "Changed"
	p.Scores[0] = 99
	p.Tags[0] = "mutated" // shares backing array
	return p
}

func birthdayPtr(p *Person) {
	p.Age++
}

func main() {
	alice := Person{Name: "Alice", Age: 30, Addr: Address{"Paris", 75001}, Tags: []string{"a", "b"}, Friends: map[string]bool{"bob": true}}
	bob := alice // copy
	bob.Name = "Bob"
	bob.Addr.Zip = 10001
	bob.Scores[1] = 5
	bob.Friends["carol"] = true // maps are references
	fmt.Printf("%+v\n", alice)
	fmt.Printf("%+v\n", bob)

	older := birthday(alice)
	fmt.Println(alice.Age, alice.Addr.City, alice.Scores, alice.Tags)
	fmt.Println(older.Age, older.Addr.City, older.Scores, older.Tags)
	birthdayPtr(&alice)
	fmt.Println(alice.Age)

	// copies in a slice of structs
	people := []Person{alice, bob}
	for _, p := range people {
		p.Age = 0
	}
	fmt.Println(people[0].Age, people[1].Age)
	for i := range people {
		people[i].Age = 1
	}
	fmt.Println(people[0].Age, people[1].Age, alice.Age)

	// array of structs is copied as a whole
	arr := [2]Address{{"A", 1}, {"B", 2}}
	arr2 := arr
	arr2[0].City = "Z"
	fmt.Println(arr, arr2)

	// struct in a map must be replaced whole
	m := map[string]Address{"home": {"Rome", 100}}
	a := m["home"]
	a.Zip = 200
	fmt.Println(m["home"].Zip, a.Zip)
	m["home"] = a
	fmt.Println(m["home"])

	// pointer to struct shares
	pa := &arr[1]
	pa.Zip = 42
	fmt.Println(arr[1])
	// assigning through a function returning a struct
	getAddr := func() Address { return arr[0] }
	c := getAddr()
	c.City = "copy"
	fmt.Println(arr[0].City, c.City)
}
