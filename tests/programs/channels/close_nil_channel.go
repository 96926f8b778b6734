package main

import "fmt"

type Service struct {
	name string
	quit chan struct{}
}

func (s *Service) Start() {
	s.quit = make(chan struct{})
}

func (s *Service) Stop() {
	fmt.Println("stopping", s.name)
	close(s.quit)
}

func main() {
	a := &Service{name: "a"}
	a.Start()
	a.Stop()
	_, open := <-a.quit
	fmt.Println("a.quit open:", open)

	// b was never started, so its quit channel is nil
	b := &Service{name: "b"}
	b.Stop()
	fmt.Println("unreachable")
}
