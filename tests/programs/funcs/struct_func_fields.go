package main

import (
	"fmt"
	"sort"
	"strings"
)

type Command struct {
	Name    string
	MinArgs int
	Run     func(args []string) (string, error)
}

type Shell struct {
	cmds    map[string]Command
	history []string
	vars    map[string]string
}

func NewShell() *Shell {
	s := &Shell{cmds: map[string]Command{}, vars: map[string]string{}}
	s.Register(Command{"echo", 0, func(a []string) (string, error) { return strings.Join(a, " "), nil }})
	s.Register(Command{"set", 2, s.set}) // method value bound to s
	s.Register(Command{"get", 1, func(a []string) (string, error) {
		v, ok := s.vars[a[0]]
		if !ok {
			return "", fmt.Errorf("get: %s is not set", a[0])
		}
		return v, nil
	}})
	s.Register(Command{"history", 0, func([]string) (string, error) { return strings.Join(s.history, ";"), nil }})
	return s
}

func (s *Shell) set(a []string) (string, error) {
	s.vars[a[0]] = a[1]
	return "", nil
}

func (s *Shell) Register(c Command) { s.cmds[c.Name] = c }

func (s *Shell) Exec(line string) string {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return ""
	}
	s.history = append(s.history, fields[0])
	c, ok := s.cmds[fields[0]]
	if !ok {
		return "unknown command: " + fields[0]
	}
	if len(fields)-1 < c.MinArgs {
		return fmt.Sprintf("%s: need %d args", c.Name, c.MinArgs)
	}
	out, err := c.Run(fields[1:])
	if err != nil {
		return "error: " + err.Error()
	}
	return out
}

func main() {
	sh := NewShell()
	for _, line := range []string{"echo hello  world", "set x 42", "get x", "get y", "set z", "frob", "", "history"} {
		fmt.Printf("%-20q -> %q\n", line, sh.Exec(line))
	}
	names := make([]string, 0)
	for n := range sh.cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
