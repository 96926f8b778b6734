// Package regexp (golite, regexp): regular expressions in the RE2 syntax
// that Go's package accepts, matched by a Pike VM in time linear in the
// input (no backtracking), with Go's leftmost-first submatch rules.
//
// The syntax is that of `go doc regexp/syntax`: literals, ., classes
// ([a-z], [^...], [[:alpha:]], \d \s \w and their negations, \pL and
// \p{Greek} for the Unicode tables golite has), anchors ^ $ \A \z \b \B,
// groups (capturing, (?:...), (?P<name>...), (?<name>...)), alternation,
// the repetitions * + ? {n} {n,} {n,m} (greedy, or lazy with a trailing
// ?) and the flags i, m, s and U.
package regexp

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled regular expression. It is safe for concurrent use
// (nothing in it changes after compilation, except through Longest).
type Regexp struct {
	expr    string
	prog    *program
	names   []string
	longest bool
	// The literal prefix (see LiteralPrefix).
	prefix   string
	complete bool
}

// String returns the source text of the expression.
func (re *Regexp) String() string { return re.expr }

// Copy returns a copy of re.
//
// Deprecated: a Regexp is safe for concurrent use; copies are not needed.
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Compile parses expr and returns the Regexp, or an error describing the
// first syntax problem. Matches are leftmost-first, like Perl's.
func Compile(expr string) (*Regexp, error) {
	n, p, err := parse(expr)
	if err != nil {
		return nil, err
	}
	re := &Regexp{expr: expr, prog: compileProgram(n, p.ncap+1), names: p.names}
	re.prefix, re.complete = literalPrefix(n, true)
	if n.kind == nAssert && n.assert == aBeginText {
		re.complete = false
	}
	return re, nil
}

// CompilePOSIX is like Compile but makes the Regexp prefer the leftmost
// longest match, as POSIX does.
func CompilePOSIX(expr string) (*Regexp, error) {
	re, err := Compile(expr)
	if err != nil {
		return nil, err
	}
	re.longest = true
	return re, nil
}

// MustCompile is like Compile but panics when the expression does not
// parse.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quoteForPanic(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics when the expression
// does not parse.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quoteForPanic(str) + `): ` + err.Error())
	}
	return re
}

// Longest makes later searches prefer the leftmost-longest match.
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp returns the number of parenthesized subexpressions.
func (re *Regexp) NumSubexp() int { return len(re.names) - 1 }

// SubexpNames returns the names of the subexpressions; element 0 stands
// for the whole match and unnamed groups have "". Do not modify it.
func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex returns the index of the first group named name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.names {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns the literal text every match must begin with, and
// whether that text is the whole expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.complete
}

// literalPrefix computes LiteralPrefix from the syntax tree.
func literalPrefix(n *node, first bool) (string, bool) {
	switch n.kind {
	case nLit:
		if n.fold || n.r == utf8.RuneError {
			return "", false
		}
		return string(n.r), true
	case nClass:
		c := n.cls
		if !c.neg && len(c.items) == 1 && !c.items[0].neg && c.items[0].tables == nil &&
			len(c.items[0].ranges) == 2 && c.items[0].ranges[0] == c.items[0].ranges[1] {
			r := c.items[0].ranges[0]
			if !c.fold || unicode.SimpleFold(r) == r {
				return string(r), true
			}
		}
		return "", false
	case nEmpty:
		return "", true
	case nCapture:
		return literalPrefix(n.sub, first)
	case nConcat:
		var sb strings.Builder
		for i, s := range n.subs {
			if i == 0 && first && s.kind == nAssert && s.assert == aBeginText {
				// An anchored expression: the prefix follows the anchor.
				p, _ := literalPrefix(&node{kind: nConcat, subs: n.subs[1:]}, false)
				return p, false
			}
			p, done := literalPrefix(s, first && i == 0)
			sb.WriteString(p)
			if !done {
				return sb.String(), false
			}
		}
		return sb.String(), true
	case nAlt:
		common, _ := literalPrefix(n.subs[0], false)
		for _, s := range n.subs[1:] {
			p, _ := literalPrefix(s, false)
			k := 0
			for k < len(common) && k < len(p) && common[k] == p[k] {
				k++
			}
			common = common[:k]
		}
		return strings.ToValidUTF8(common, ""), false
	case nRepeat:
		if n.max == 0 {
			return "", true
		}
		if n.min == 0 {
			return "", false
		}
		p, done := literalPrefix(n.sub, false)
		if !done {
			return p, false
		}
		if n.max == n.min {
			return strings.Repeat(p, n.min), true
		}
		return strings.Repeat(p, n.min), false
	}
	return "", false
}

// find returns the slots of the first match at or after pos, or nil.
// With full false only the bounds of the whole match are computed.
func (re *Regexp) find(s string, pos int, full bool) []int {
	n := 2
	if full {
		n = 2 * re.prog.ncap
	}
	m := &machine{p: re.prog, input: s, longest: re.longest}
	return m.match(pos, n)
}

// MatchString reports whether s contains a match of re.
func (re *Regexp) MatchString(s string) bool { return re.find(s, 0, false) != nil }

// Match reports whether b contains a match of re.
func (re *Regexp) Match(b []byte) bool { return re.find(string(b), 0, false) != nil }

// readAll collects the runes of r as a string.
func readAll(r io.RuneReader) string {
	var sb strings.Builder
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			return sb.String()
		}
		sb.WriteRune(c)
	}
}

// MatchReader reports whether the text read from r contains a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return re.MatchString(readAll(r)) }

// MatchString reports whether s contains a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// MatchReader reports whether the text read from r contains a match of
// pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// QuoteMeta returns s with every regexp metacharacter escaped, so that
// the result matches s literally.
func QuoteMeta(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			sb.WriteByte('\\')
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// Find returns the text of the leftmost match in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	a := re.find(string(b), 0, false)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the bounds of the leftmost match in b, or nil.
func (re *Regexp) FindIndex(b []byte) (m []int) {
	a := re.find(string(b), 0, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns the text of the leftmost match in s, or "" (which
// is also what an empty match gives; use FindStringIndex to tell them
// apart).
func (re *Regexp) FindString(s string) string {
	a := re.find(s, 0, false)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the bounds of the leftmost match in s, or nil.
func (re *Regexp) FindStringIndex(s string) (m []int) {
	a := re.find(s, 0, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns the bounds of the leftmost match in the text
// read from r, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (m []int) {
	return re.FindStringIndex(readAll(r))
}

// FindSubmatch returns the texts of the leftmost match and its groups
// (nil for groups that did not take part), or nil.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.find(string(b), 0, true)
	if a == nil {
		return nil
	}
	out := make([][]byte, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return out
}

// FindSubmatchIndex returns the bounds of the leftmost match and of its
// groups (-1 for groups that did not take part), or nil.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.find(string(b), 0, true)
}

// FindStringSubmatch returns the texts of the leftmost match and its
// groups ("" for groups that did not take part), or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.find(s, 0, true)
	if a == nil {
		return nil
	}
	out := make([]string, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

// FindStringSubmatchIndex returns the bounds of the leftmost match in s
// and of its groups, or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.find(s, 0, true)
}

// FindReaderSubmatchIndex is FindStringSubmatchIndex on the text read
// from r.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.find(readAll(r), 0, true)
}

// allMatches returns the slots of successive non-overlapping matches in
// s, at most n of them (all when n < 0). An empty match right where the
// previous match ended is skipped.
func (re *Regexp) allMatches(s string, n int, full bool) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	prevEnd := -1
	for pos := 0; len(out) < n && pos <= len(s); {
		a := re.find(s, pos, full)
		if a == nil {
			break
		}
		keep := true
		if a[1] == pos {
			// Empty match: step over one rune so the search advances.
			if a[0] == prevEnd {
				keep = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// FindAll returns the texts of successive matches in b (at most n; all
// for n < 0), or nil.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	for _, a := range re.allMatches(string(b), n, false) {
		out = append(out, b[a[0]:a[1]:a[1]])
	}
	return out
}

// FindAllIndex returns the bounds of successive matches in b, or nil.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var out [][]int
	for _, a := range re.allMatches(string(b), n, false) {
		out = append(out, a[0:2])
	}
	return out
}

// FindAllString returns the texts of successive matches in s (at most
// n; all for n < 0), or nil.
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	for _, a := range re.allMatches(s, n, false) {
		out = append(out, s[a[0]:a[1]])
	}
	return out
}

// FindAllStringIndex returns the bounds of successive matches in s, or
// nil.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	for _, a := range re.allMatches(s, n, false) {
		out = append(out, a[0:2])
	}
	return out
}

// FindAllSubmatch returns FindSubmatch's result for successive matches
// in b, or nil.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	for _, a := range re.allMatches(string(b), n, true) {
		m := make([][]byte, len(a)/2)
		for i := range m {
			if a[2*i] >= 0 {
				m[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
			}
		}
		out = append(out, m)
	}
	return out
}

// FindAllSubmatchIndex returns FindSubmatchIndex's result for successive
// matches in b, or nil.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.allMatches(string(b), n, true)
}

// FindAllStringSubmatch returns FindStringSubmatch's result for
// successive matches in s, or nil.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	for _, a := range re.allMatches(s, n, true) {
		m := make([]string, len(a)/2)
		for i := range m {
			if a[2*i] >= 0 {
				m[i] = s[a[2*i]:a[2*i+1]]
			}
		}
		out = append(out, m)
	}
	return out
}

// FindAllStringSubmatchIndex returns FindStringSubmatchIndex's result
// for successive matches in s, or nil.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return re.allMatches(s, n, true)
}

// What a replacement puts in place of a match.
const (
	replTemplate   = iota // repl with $ references expanded
	replLiteral           // repl as is
	replFuncString        // fnString(match)
	replFuncBytes         // fnBytes(match), the match taken from srcBytes
)

type replacement struct {
	kind     int
	repl     string
	fnString func(string) string
	fnBytes  func([]byte) []byte
	srcBytes []byte
}

// replace builds src with every match replaced as rp says. An empty match
// right after a previous match is not replaced.
func (re *Regexp) replace(src string, rp *replacement) []byte {
	full := rp.kind == replTemplate && strings.Contains(rp.repl, "$")
	var buf []byte
	lastEnd := 0
	pos := 0
	for pos <= len(src) {
		a := re.find(src, pos, full)
		if a == nil {
			break
		}
		buf = append(buf, src[lastEnd:a[0]]...)
		if a[1] > lastEnd || a[0] == 0 {
			switch rp.kind {
			case replTemplate:
				buf = re.expand(buf, rp.repl, src, a)
			case replLiteral:
				buf = append(buf, rp.repl...)
			case replFuncString:
				buf = append(buf, rp.fnString(src[a[0]:a[1]])...)
			default:
				buf = append(buf, rp.fnBytes(rp.srcBytes[a[0]:a[1]:a[1]])...)
			}
		}
		lastEnd = a[1]
		// Move on by at least one rune.
		w := 1
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		if pos+w > a[1] {
			pos += w
		} else {
			pos = a[1]
		}
	}
	return append(buf, src[lastEnd:]...)
}

// ReplaceAllString returns src with each match replaced by repl, in which
// $1, ${1}, $name and ${name} stand for groups (see Expand).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(src, &replacement{kind: replTemplate, repl: repl}))
}

// ReplaceAllLiteralString returns src with each match replaced by repl
// taken literally.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, &replacement{kind: replLiteral, repl: repl}))
}

// ReplaceAllStringFunc returns src with each match replaced by repl
// applied to the matched text.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, &replacement{kind: replFuncString, fnString: repl}))
}

// ReplaceAll returns src with each match replaced by repl, expanded as
// in ReplaceAllString.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	return re.replace(string(src), &replacement{kind: replTemplate, repl: string(repl)})
}

// ReplaceAllLiteral returns src with each match replaced by repl taken
// literally.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(string(src), &replacement{kind: replLiteral, repl: string(repl)})
}

// ReplaceAllFunc returns src with each match replaced by repl applied to
// the matched bytes.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(string(src), &replacement{kind: replFuncBytes, fnBytes: repl, srcBytes: src})
}

// Expand appends template to dst with $ references replaced by the groups
// of match (bounds into src, as from FindSubmatchIndex) and returns it.
// $name or ${name} is the group of that name or number, the name being
// the longest run of letters, digits and '_'; unknown or unmatched groups
// give ""; $$ is a literal $.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand with string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if strings.HasPrefix(template, "$") {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, rest, ok := templateName(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		idx := -1
		if num, err := strconv.Atoi(name); err == nil && isDigits(name) {
			idx = num
		} else {
			for k, n := range re.names {
				if n == name {
					idx = k
					break
				}
			}
		}
		if idx >= 0 && 2*idx+1 < len(match) && match[2*idx] >= 0 {
			dst = append(dst, src[match[2*idx]:match[2*idx+1]]...)
		}
	}
	return append(dst, template...)
}

// isDigits reports whether s is a group number: decimal digits, no
// leading zero, below 10^8.
func isDigits(s string) bool {
	if s == "" || len(s) > 8 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// templateName reads a group reference after '$': name or {name}.
func templateName(t string) (name, rest string, ok bool) {
	brace := strings.HasPrefix(t, "{")
	if brace {
		t = t[1:]
	}
	i := 0
	for i < len(t) {
		r, w := utf8.DecodeRuneInString(t[i:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += w
	}
	if i == 0 {
		return "", "", false
	}
	name = t[:i]
	if brace {
		if i >= len(t) || t[i] != '}' {
			return "", "", false
		}
		i++
	}
	return name, t[i:], true
}

// Split slices s around the matches of re and returns the pieces between
// them: at most n pieces (the last one holding the rest) for n > 0, none
// for n == 0, all for n < 0.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}

// MarshalText returns the expression's source text.
func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.String()), nil }

// AppendText appends the expression's source text to b.
func (re *Regexp) AppendText(b []byte) ([]byte, error) { return append(b, re.String()...), nil }

// UnmarshalText compiles text and stores the result in re.
func (re *Regexp) UnmarshalText(text []byte) error {
	n, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *n
	return nil
}
