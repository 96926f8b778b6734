package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Println("min:", (*h)[0], "len:", h.Len())
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)

	pq := PQ{}
	tasks := map[string]*Task{}
	for i, n := range []string{"write", "test", "deploy", "review", "plan"} {
		t := &Task{name: n, priority: (i * 7) % 5}
		tasks[n] = t
		heap.Push(&pq, t)
	}
	// bump a priority and fix the heap
	tasks["plan"].priority = 10
	heap.Fix(&pq, tasks["plan"].index)
	heap.Remove(&pq, tasks["test"].index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()

	// k smallest via a heap of size k
	nums := []int{9, 4, 7, 1, 8, 2, 6, 3, 5}
	kh := &IntHeap{}
	for _, n := range nums {
		heap.Push(kh, -n)
		if kh.Len() > 3 {
			heap.Pop(kh)
		}
	}
	var small []int
	for kh.Len() > 0 {
		small = append(small, -heap.Pop(kh).(int))
	}
	fmt.Println(small)
}
