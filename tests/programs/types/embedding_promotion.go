package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	*Timestamps
	Email string
}

func (u User) Kind() string { return "user" } // shadows Base.Kind

type Admin struct {
	User
	Level int
}

func main() {
	u := User{Base: Base{1, "ann"}, Timestamps: &Timestamps{100, 100}, Email: "a@x"}
	fmt.Println(u.ID, u.Name, u.Email, u.Created)
	fmt.Println(u.Describe(), u.Kind(), u.Base.Kind())
	u.Rename("annie") // promoted pointer method on addressable value
	u.Touch(200)      // through embedded pointer
	fmt.Println(u.Name, u.Updated, u.Timestamps.Updated)

	a := Admin{User: u, Level: 3}
	fmt.Println(a.Name, a.ID, a.Kind(), a.Describe(), a.Level)
	a.Rename("root")
	fmt.Println(a.Name, u.Name)
	// the embedded pointer is shared between copies
	a.Touch(300)
	fmt.Println(a.Updated, u.Updated)

	// method value from promoted method
	desc := a.Describe
	a.ID = 99
	fmt.Println(desc(), a.Describe())

	// interface satisfied via promotion
	type Describer interface{ Describe() string }
	var d Describer = a
	fmt.Println(d.Describe())
	type Kinder interface{ Kind() string }
	for _, k := range []Kinder{u.Base, u, a} {
		fmt.Print(k.Kind(), " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", a.User.Base)
	// field names of embedded types are the type names
	a.User.Base.ID = 7
	fmt.Println(a.ID, a.User.ID, a.Base.ID)
}
