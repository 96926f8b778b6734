package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

// A concurrent map split into shards, each with its own RWMutex, so that
// goroutines touching different shards do not contend.
type Shard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

type ShardedMap[V any] struct {
	shards []*Shard[V]
}

func New[V any](n int) *ShardedMap[V] {
	sm := &ShardedMap[V]{shards: make([]*Shard[V], n)}
	for i := range sm.shards {
		sm.shards[i] = &Shard[V]{m: map[string]V{}}
	}
	return sm
}

func (sm *ShardedMap[V]) shard(key string) *Shard[V] {
	h := fnv.New32a()
	h.Write([]byte(key))
	return sm.shards[h.Sum32()%uint32(len(sm.shards))]
}

func (sm *ShardedMap[V]) Get(key string) (V, bool) {
	s := sm.shard(key)
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[key]
	return v, ok
}

func (sm *ShardedMap[V]) Update(key string, f func(V) V) {
	s := sm.shard(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = f(s.m[key])
}

func (sm *ShardedMap[V]) Keys() []string {
	var keys []string
	for _, s := range sm.shards {
		s.mu.RLock()
		for k := range s.m {
			keys = append(keys, k)
		}
		s.mu.RUnlock()
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := New[int](8)
	var wg sync.WaitGroup
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				key := fmt.Sprintf("k%02d", (g+i)%40)
				m.Update(key, func(v int) int { return v + 1 })
			}
		}()
	}
	wg.Wait()
	keys := m.Keys()
	total := 0
	for _, k := range keys {
		v, _ := m.Get(k)
		total += v
	}
	fmt.Println("keys:", len(keys), "first:", keys[0], "last:", keys[len(keys)-1])
	fmt.Println("total updates:", total)
	v, ok := m.Get("k07")
	fmt.Println("k07:", v, ok)
	_, ok = m.Get("nope")
	fmt.Println("nope:", ok)
}
