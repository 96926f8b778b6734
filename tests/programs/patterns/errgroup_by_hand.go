package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Group is a small hand-written version of golang.org/x/sync/errgroup:
// Go starts a task, Wait returns the first error, and the first error
// cancels the group's context. SetLimit bounds concurrency.
type Group struct {
	cancel  func(error)
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

func fetch(ctx context.Context, url string) (string, error) {
	d := 10 * time.Millisecond
	switch url {
	case "bad.example":
		time.Sleep(100 * time.Millisecond)
		return "", fmt.Errorf("fetch %s: 500 internal server error", url)
	case "slow.example":
		d = time.Second
	}
	select {
	case <-time.After(d):
		return "<html>" + url + "</html>", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	// all succeed
	var g Group
	urls := []string{"a.example", "b.example", "c.example"}
	pages := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			p, err := fetch(context.Background(), u)
			pages[i] = p
			return err
		})
	}
	fmt.Println("err:", g.Wait())
	fmt.Println(pages)

	// one fails: the others see the cancelled context
	g2, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var outcomes []string
	for _, u := range []string{"a.example", "bad.example", "slow.example"} {
		g2.Go(func() error {
			_, err := fetch(ctx, u)
			mu.Lock()
			outcomes = append(outcomes, fmt.Sprintf("%s: %v", u, err))
			mu.Unlock()
			return err
		})
	}
	err := g2.Wait()
	fmt.Println("first error:", err)
	fmt.Println("context cause:", context.Cause(ctx))
	sort.Strings(outcomes)
	for _, o := range outcomes {
		fmt.Println(" ", o)
	}

	// limited concurrency
	var g3 Group
	g3.SetLimit(2)
	var running, peak int
	var pmu sync.Mutex
	for i := 0; i < 8; i++ {
		g3.Go(func() error {
			pmu.Lock()
			running++
			peak = max(peak, running)
			pmu.Unlock()
			time.Sleep(5 * time.Millisecond)
			pmu.Lock()
			running--
			pmu.Unlock()
			if i == 5 {
				return errors.New("task 5 failed")
			}
			return nil
		})
	}
	fmt.Println("limited group:", g3.Wait(), "peak <= 2:", peak <= 2)
}
