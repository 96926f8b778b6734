// Lesson: graceful shutdown.
//
// A server should not just die when asked to stop. A graceful shutdown:
//  1. stops accepting new work,
//  2. lets the work already accepted finish,
//  3. but gives up after a deadline, so a stuck request cannot hold the
//     program hostage.
//
// Real servers wait for a signal with signal.Notify(sig, os.Interrupt)
// (Ctrl-C). To keep the lesson self-contained we "send" the interrupt from
// a goroutine instead; everything after that is the real pattern.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

type Server struct {
	mu      sync.Mutex
	closing bool
	queue   chan time.Duration // each request is "how long it takes"
	wg      sync.WaitGroup
	handled atomic.Int32
}

func NewServer(workers int) *Server {
	s := &Server{queue: make(chan time.Duration, 16)}
	for range workers {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			for d := range s.queue { // drains what is queued, then stops
				time.Sleep(d)
				s.handled.Add(1)
			}
		}()
	}
	return s
}

var ErrClosing = errors.New("server is shutting down")

// Submit accepts a request unless shutdown has begun.
// Watch: the flag check and the send happen under the same lock as the
// close in Shutdown, so we can never send on a closed channel.
func (s *Server) Submit(d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return ErrClosing
	}
	s.queue <- d
	return nil
}

// Shutdown stops intake and waits for the workers, at most until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	close(s.queue) // step 1: no new work
	s.mu.Unlock()

	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done: // step 2: all accepted work finished
		return nil
	case <-ctx.Done(): // step 3: we waited long enough
		return ctx.Err()
	}
}

func main() {
	// Part 1: a normal shutdown.
	srv := NewServer(3)
	for range 6 {
		srv.Submit(10 * time.Millisecond)
	}
	sig := make(chan os.Signal, 1)
	go func() { sig <- os.Interrupt }() // stands in for the user's Ctrl-C

	fmt.Println("got signal:", <-sig)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	shutdownErr := srv.Shutdown(ctx)
	// Watch: a request after Shutdown began is refused, not lost silently.
	fmt.Println("late request:", srv.Submit(time.Millisecond))
	fmt.Println("shutdown error:", shutdownErr)
	fmt.Println("requests handled:", srv.handled.Load(), "of 6")

	// Part 2: a stuck request and a short deadline.
	// Watch: Shutdown returns after ~30ms with "context deadline exceeded"
	// instead of waiting the full second for the stuck request.
	srv = NewServer(1)
	srv.Submit(time.Second)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel2()
	start := time.Now()
	err := srv.Shutdown(ctx2)
	fmt.Println("stuck shutdown error:", err)
	fmt.Println("gave up early:", time.Since(start) < time.Second)
	fmt.Println("requests handled:", srv.handled.Load(), "of 1")
}
