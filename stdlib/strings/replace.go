// Package strings (golite): Replacer, in Go. At each position of the input
// the first old string (in argument order) that matches is replaced, as
// Go's replacers do; an empty old string matches at every position.
package strings

import "io"

// Replacer rewrites strings by a fixed list of old → new substitutions.
// Its methods may be called from several goroutines at once.
type Replacer struct {
	oldnew []string
	// first[c] lists the pair indexes (in argument order) whose old
	// string starts with byte c; hasEmpty reports an empty old string.
	first    [256][]int
	hasEmpty bool
	emptyNew string
	emptyIdx int
}

// NewReplacer makes a Replacer from arguments taken as old, new pairs. The
// input is scanned from the left; at each position the earliest pair (in
// argument order) whose old string matches there is applied, and the
// scan resumes after the match, so matches never overlap. An odd number of
// arguments panics.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), emptyIdx: -1}
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		if old == "" {
			if !r.hasEmpty {
				r.hasEmpty = true
				r.emptyNew = oldnew[i+1]
				r.emptyIdx = i
			}
			continue
		}
		r.first[old[0]] = append(r.first[old[0]], i)
	}
	return r
}

// match returns the replacement and length of the match at s[i:], by
// argument order; ignoreEmpty skips the empty old string.
func (r *Replacer) match(s string, i int, ignoreEmpty bool) (val string, keylen int, ok bool) {
	best := -1
	if i < len(s) {
		for _, k := range r.first[s[i]] {
			old := r.oldnew[k]
			if len(s)-i >= len(old) && s[i:i+len(old)] == old {
				best = k
				break
			}
		}
	}
	if r.hasEmpty && !ignoreEmpty && (best < 0 || r.emptyIdx < best) {
		return r.emptyNew, 0, true
	}
	if best >= 0 {
		return r.oldnew[best+1], len(r.oldnew[best]), true
	}
	return "", 0, false
}

// Replace returns s with every substitution applied.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		val, keylen, ok := r.match(s, i, prevEmpty)
		prevEmpty = ok && keylen == 0
		if ok {
			if !changed {
				changed = true
				b = make([]byte, 0, len(s))
			}
			b = append(b, s[last:i]...)
			b = append(b, val...)
			i += keylen
			last = i
			continue
		}
		i++
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s, with every substitution applied, to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
