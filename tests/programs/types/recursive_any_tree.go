package main

import (
	"fmt"
	"sort"
	"strings"
)

// A JSON-like value tree built from any.
func render(v any, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprint(x)
	case int:
		return fmt.Sprint(x)
	case float64:
		return fmt.Sprintf("%g", x)
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		if len(x) == 0 {
			return "[]"
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pad + "  " + render(e, indent+1)
		}
		return "[\n" + strings.Join(parts, ",\n") + "\n" + pad + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s  %q: %s", pad, k, render(x[k], indent+1))
		}
		return "{\n" + strings.Join(parts, ",\n") + "\n" + pad + "}"
	}
	return fmt.Sprintf("<%T>", v)
}

func count(v any) int {
	switch x := v.(type) {
	case []any:
		n := 1
		for _, e := range x {
			n += count(e)
		}
		return n
	case map[string]any:
		n := 1
		for _, e := range x {
			n += count(e)
		}
		return n
	}
	return 1
}

func main() {
	doc := map[string]any{
		"name":    "golite",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"go", "rust", 3, nil},
		"owner":   map[string]any{"login": "gopher", "id": 7},
		"empty":   []any{},
		"weird":   struct{}{},
	}
	fmt.Println(render(doc, 0))
	fmt.Println("nodes:", count(doc))
	fmt.Println(doc["owner"].(map[string]any)["login"])
	tags := doc["tags"].([]any)
	fmt.Println(len(tags), tags[2].(int)+1)
}
