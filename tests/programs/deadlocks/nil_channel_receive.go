package main

import "fmt"

type Server struct {
	name    string
	updates chan string // never initialised: nil
}

func NewServer(name string) *Server {
	// bug: forgets updates: make(chan string)
	return &Server{name: name}
}

func main() {
	s := NewServer("api")
	fmt.Println("server", s.name, "waiting for an update")
	fmt.Println("updates is nil:", s.updates == nil)
	fmt.Println("len and cap of nil channel:", len(s.updates), cap(s.updates))
	// receiving from a nil channel blocks forever
	msg := <-s.updates
	fmt.Println(msg)
}
