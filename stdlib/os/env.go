// Package os (golite): environment variables, Expand, and signals.
package os

import "syscall"

// Getenv returns the value of the environment variable key, or "" if it
// is not set.
func Getenv(key string) string {
	v, _ := sysLookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) { return sysLookupEnv(key) }

// Setenv sets the environment variable key to value. An empty key, a key
// holding '=' or NUL, or a value holding NUL is refused with a
// *SyscallError for EINVAL.
func Setenv(key, value string) error {
	if !validEnv(key, value) {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	sysSetenv(key, value)
	return nil
}

// validEnv reports whether key and value can be stored in the
// environment.
func validEnv(key, value string) bool {
	if key == "" {
		return false
	}
	for k := 0; k < len(key); k++ {
		if c := key[k]; c == '=' || c == 0 {
			return false
		}
	}
	for k := 0; k < len(value); k++ {
		if value[k] == 0 {
			return false
		}
	}
	return true
}

// Unsetenv removes the environment variable key (it never fails).
func Unsetenv(key string) error {
	sysUnsetenv(key)
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() { sysClearenv() }

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string { return sysEnviron() }

// ExpandEnv is Expand with Getenv as the mapping.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces each $name and ${name} in s with mapping(name), as a
// shell does. A name is a run of ASCII letters, digits and underscores,
// or one special character (* # $ @ ! ? - or a digit); braces may hold
// any name. A '$' with no name after it stays; "${}" and an unclosed "${"
// are dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte // nil until s has a '$' with something after it
	copied := 0    // s[:copied] has been dealt with
	for j := 0; j+1 < len(s); j++ {
		if s[j] != '$' {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[copied:j]...)
		name, width := shellName(s[j+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case width == 0:
			out = append(out, '$')
		}
		j += width
		copied = j + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[copied:]
}

// shellName reads the variable name at the start of s (just after a '$')
// and returns it with the number of bytes it takes; a bad "${...}" gives
// an empty name with a positive width.
func shellName(s string) (name string, width int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		end := 1
		for end < len(s) && s[end] != '}' {
			end++
		}
		switch end {
		case len(s):
			return "", 1 // no closing brace: drop "${"
		case 1:
			return "", 2 // drop "${}"
		}
		return s[1:end], end + 1
	case shellSpecial(s[0]):
		return s[:1], 1
	}
	for width < len(s) && nameByte(s[width]) {
		width++
	}
	return s[:width], width
}

// shellSpecial reports whether c names a special shell variable ($*, $1,
// ...).
func shellSpecial(c byte) bool {
	return c >= '0' && c <= '9' || c != 0 && indexOf("*#$@!?-", c) >= 0
}

// nameByte reports whether c may be part of a variable name.
func nameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// indexOf returns the index of c in s, or -1.
func indexOf(s string, c byte) int {
	for k := 0; k < len(s); k++ {
		if s[k] == c {
			return k
		}
	}
	return -1
}

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all
// systems are os.Interrupt (send the process an interrupt) and os.Kill
// (force the process to exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)
