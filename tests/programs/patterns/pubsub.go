package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan string
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 16)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	type sub struct {
		name  string
		topic string
	}
	subs := []sub{{"alice", "sports"}, {"bob", "news"}, {"carol", "sports"}, {"dave", "weather"}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}
	for _, s := range subs {
		ch := b.Subscribe(s.topic)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for msg := range ch {
				mu.Lock()
				received[s.name] = append(received[s.name], msg)
				mu.Unlock()
			}
		}()
	}

	fmt.Println("delivered to", b.Publish("sports", "goal!"), "subscribers")
	fmt.Println("delivered to", b.Publish("news", "election results"), "subscribers")
	fmt.Println("delivered to", b.Publish("sports", "full time"), "subscribers")
	fmt.Println("delivered to", b.Publish("music", "new album"), "subscribers")
	b.Close()
	b.Close()
	fmt.Println("after close:", b.Publish("news", "too late"))
	wg.Wait()

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		// per-subscriber order follows publish order
		fmt.Printf("%s: %s\n", n, strings.Join(received[n], " | "))
	}
	fmt.Println("dave got nothing:", len(received["dave"]) == 0)
}
