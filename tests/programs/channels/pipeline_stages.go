package main

import (
	"fmt"
	"strings"
)

func source(lines ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

func splitWords(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for l := range in {
			for _, w := range strings.Fields(l) {
				out <- w
			}
		}
	}()
	return out
}

func normalize(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			w = strings.ToLower(strings.Trim(w, ".,!?;:"))
			if w != "" {
				out <- w
			}
		}
	}()
	return out
}

func filterLong(min int, in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if len(w) >= min {
				out <- w
			}
		}
	}()
	return out
}

func main() {
	text := []string{
		"Go channels, when composed, form pipelines.",
		"Each stage is a goroutine!",
		"Stages connect: output of one, input of the next.",
	}
	// the stages run concurrently, but a single chain keeps the order
	var kept []string
	for w := range filterLong(5, normalize(splitWords(source(text...)))) {
		kept = append(kept, w)
	}
	fmt.Println(len(kept), "words:", strings.Join(kept, " "))

	// the same stages reused with a different configuration
	count := 0
	for range normalize(splitWords(source(text...))) {
		count++
	}
	fmt.Println("all words:", count)
}
