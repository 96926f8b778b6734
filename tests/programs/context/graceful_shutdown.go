package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Server struct {
	mu       sync.Mutex
	handled  []string
	inflight sync.WaitGroup
}

func (s *Server) handle(ctx context.Context, req string, d time.Duration) {
	defer s.inflight.Done()
	select {
	case <-time.After(d):
		s.mu.Lock()
		s.handled = append(s.handled, req)
		s.mu.Unlock()
	case <-ctx.Done():
		s.mu.Lock()
		s.handled = append(s.handled, req+"(aborted)")
		s.mu.Unlock()
	}
}

// Serve accepts requests until ctx is cancelled, then waits for in-flight
// requests, but no longer than the shutdown grace period.
func (s *Server) Serve(ctx context.Context, reqs <-chan string, grace time.Duration) error {
	hardCtx, hardCancel := context.WithCancel(context.WithoutCancel(ctx))
	defer hardCancel()
	for {
		select {
		case r := <-reqs:
			s.inflight.Add(1)
			d := 20 * time.Millisecond
			if r == "slow-upload" {
				d = time.Hour
			}
			go s.handle(hardCtx, r, d)
		case <-ctx.Done():
			drained := make(chan struct{})
			go func() {
				s.inflight.Wait()
				close(drained)
			}()
			select {
			case <-drained:
				return nil
			case <-time.After(grace):
				hardCancel() // abort whatever is left
				<-drained
				return errors.New("grace period expired")
			}
		}
	}
}

func main() {
	s := &Server{}
	ctx, cancel := context.WithCancel(context.Background())
	reqs := make(chan string)
	result := make(chan error)
	go func() { result <- s.Serve(ctx, reqs, 100*time.Millisecond) }()

	for _, r := range []string{"get-index", "get-about", "slow-upload", "get-faq"} {
		reqs <- r
	}
	fmt.Println("shutting down")
	cancel()
	fmt.Println("serve returned:", <-result)
	sort.Strings(s.handled)
	fmt.Println("handled:", s.handled)
}
