// The pattern parser of package regexp (golite): RE2 syntax with Go's
// Perl extensions, into a small syntax tree.
package regexp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Node kinds.
const (
	nLit     = iota // one rune (r), case-folded when fold
	nClass          // a character class (cls)
	nAny            // any rune
	nAnyNL          // any rune but '\n'
	nAssert         // an empty-width assertion (assert)
	nCapture        // a capturing group (capIdx, sub)
	nRepeat         // sub repeated min..max times (max -1: no limit)
	nConcat         // subs in sequence
	nAlt            // one of subs, in priority order
	nEmpty          // the empty string
)

// Assertion kinds.
const (
	aBeginLine = iota
	aEndLine
	aBeginText
	aEndText
	aWordBoundary
	aNoWordBoundary
)

type node struct {
	kind   int
	r      rune
	fold   bool
	cls    *charClass
	assert int
	capIdx int
	sub    *node
	subs   []*node
	min    int
	max    int
	greedy bool
	braces bool // a {n,m} repetition (counted against the repeat limit)
}

// classItem is one part of a character class: a set of ranges and/or
// Unicode tables, possibly complemented. Case folding applies to an item
// before its complement, as in Go.
type classItem struct {
	ranges []rune // pairs lo, hi
	tables []*unicode.RangeTable
	neg    bool
}

type charClass struct {
	items []classItem
	neg   bool
	fold  bool
}

func (it *classItem) contains(r rune) bool {
	for i := 0; i+1 < len(it.ranges); i += 2 {
		if it.ranges[i] <= r && r <= it.ranges[i+1] {
			return true
		}
	}
	for _, t := range it.tables {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}

func (it *classItem) matches(r rune, fold bool) bool {
	in := it.contains(r)
	if fold && !in {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if it.contains(f) {
				in = true
				break
			}
		}
	}
	return in != it.neg
}

func (c *charClass) matches(r rune) bool {
	in := false
	for i := range c.items {
		if c.items[i].matches(r, c.fold) {
			in = true
			break
		}
	}
	return in != c.neg
}

// Error codes, as texts.
const (
	errInvalidCharRange  = "invalid character class range"
	errInvalidEscape     = "invalid escape sequence"
	errInvalidNamedCap   = "invalid named capture"
	errInvalidPerlOp     = "invalid or unsupported Perl syntax"
	errInvalidRepeatOp   = "invalid nested repetition operator"
	errInvalidRepeatSize = "invalid repeat count"
	errInvalidUTF8       = "invalid UTF-8"
	errMissingBracket    = "missing closing ]"
	errMissingParen      = "missing closing )"
	errMissingRepeatArg  = "missing argument to repetition operator"
	errTrailingBackslash = "trailing backslash at end of expression"
	errUnexpectedParen   = "unexpected )"
	errNestingDepth      = "expression nests too deeply"
	maxRepeat            = 1000
	maxNesting           = 1000
)

// parseError is a syntax error: its code text and the offending text.
type parseError struct {
	code string
	expr string
}

func (e *parseError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

type parser struct {
	src       string
	pos       int
	fold      bool // (?i)
	multiLine bool // (?m)
	dotNL     bool // (?s)
	ungreedy  bool // (?U)
	ncap      int
	names     []string // names[i] is the name of group i (0: whole match)
	depth     int
}

func parse(expr string) (*node, *parser, error) {
	if !utf8.ValidString(expr) {
		i := 0
		for i < len(expr) {
			r, w := utf8.DecodeRuneInString(expr[i:])
			if r == utf8.RuneError && w == 1 {
				break
			}
			i += w
		}
		return nil, nil, &parseError{errInvalidUTF8, expr[i:]}
	}
	p := &parser{src: expr, names: []string{""}}
	n, err := p.parseAlt()
	if err != nil {
		return nil, nil, err
	}
	if p.pos < len(p.src) {
		// Only an unmatched ')' stops the top level early.
		return nil, nil, &parseError{errUnexpectedParen, expr}
	}
	return n, p, nil
}

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peek() byte { return p.src[p.pos] }

// parseAlt parses alternatives up to an unmatched ')' or the end.
func (p *parser) parseAlt() (*node, error) {
	var alts []*node
	for {
		c, err := p.parseConcat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.more() && p.peek() == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, subs: alts}, nil
}

// parseConcat parses a sequence of items up to '|', ')' or the end.
func (p *parser) parseConcat() (*node, error) {
	var items []*node
	lastRepeat := -1 // start of the repetition operator just parsed
	for p.more() {
		c := p.peek()
		if c == '|' || c == ')' {
			break
		}
		start := p.pos
		switch c {
		case '*', '+', '?', '{':
			min, max, ok := 0, 0, true
			switch c {
			case '*':
				min, max = 0, -1
				p.pos++
			case '+':
				min, max = 1, -1
				p.pos++
			case '?':
				min, max = 0, 1
				p.pos++
			default:
				min, max, ok = p.parseRepeatCount()
			}
			if !ok {
				// Not a repetition: a literal '{'.
				p.pos++
				items = append(items, p.literal('{'))
				lastRepeat = -1
				continue
			}
			if c == '{' && (min < 0 || min > maxRepeat || max > maxRepeat || (max >= 0 && min > max)) {
				return nil, &parseError{errInvalidRepeatSize, p.src[start:p.pos]}
			}
			greedy := true
			if p.more() && p.peek() == '?' {
				p.pos++
				greedy = false
			}
			if p.ungreedy {
				greedy = !greedy
			}
			if lastRepeat >= 0 {
				return nil, &parseError{errInvalidRepeatOp, p.src[lastRepeat:p.pos]}
			}
			if len(items) == 0 {
				return nil, &parseError{errMissingRepeatArg, p.src[start:p.pos]}
			}
			sub := items[len(items)-1]
			rep := &node{kind: nRepeat, sub: sub, min: min, max: max, greedy: greedy, braces: c == '{'}
			if c == '{' && (min >= 2 || max >= 2) && !repeatFits(rep, maxRepeat) {
				return nil, &parseError{errInvalidRepeatSize, p.src[start:p.pos]}
			}
			items[len(items)-1] = rep
			lastRepeat = start
			continue
		}
		lastRepeat = -1
		switch c {
		case '(':
			if p.depth >= maxNesting {
				return nil, &parseError{errNestingDepth, p.src[p.pos:]}
			}
			p.depth++
			n, err := p.parseGroup()
			p.depth--
			if err != nil {
				return nil, err
			}
			if n != nil {
				items = append(items, n)
			}
		case '[':
			n, err := p.parseClass()
			if err != nil {
				return nil, err
			}
			items = append(items, n)
		case '.':
			p.pos++
			if p.dotNL {
				items = append(items, &node{kind: nAny})
			} else {
				items = append(items, &node{kind: nAnyNL})
			}
		case '^':
			p.pos++
			if p.multiLine {
				items = append(items, &node{kind: nAssert, assert: aBeginLine})
			} else {
				items = append(items, &node{kind: nAssert, assert: aBeginText})
			}
		case '$':
			p.pos++
			if p.multiLine {
				items = append(items, &node{kind: nAssert, assert: aEndLine})
			} else {
				items = append(items, &node{kind: nAssert, assert: aEndText})
			}
		case '\\':
			ns, err := p.parseEscapeItem()
			if err != nil {
				return nil, err
			}
			items = append(items, ns...)
		default:
			r, w := utf8.DecodeRuneInString(p.src[p.pos:])
			p.pos += w
			items = append(items, p.literal(r))
		}
	}
	switch len(items) {
	case 0:
		return &node{kind: nEmpty}, nil
	case 1:
		return items[0], nil
	}
	return &node{kind: nConcat, subs: items}, nil
}

// repeatFits reports whether the nested {n,m} counts under n multiply to
// at most limit.
func repeatFits(n *node, limit int) bool {
	if n.kind == nRepeat && n.braces {
		m := n.max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = n.min
		}
		if m > limit {
			return false
		}
		if m > 0 {
			limit /= m
		}
	}
	if n.sub != nil && !repeatFits(n.sub, limit) {
		return false
	}
	for _, s := range n.subs {
		if !repeatFits(s, limit) {
			return false
		}
	}
	return true
}

// literal returns the node for rune r under the current flags.
func (p *parser) literal(r rune) *node {
	fold := p.fold && unicode.SimpleFold(r) != r
	return &node{kind: nLit, r: r, fold: fold}
}

// parseRepeatCount parses {n}, {n,} or {n,m} at p.pos. ok is false (and
// p.pos unchanged) when the text is not a repetition; counts that are too
// large come back as -1 or above maxRepeat.
func (p *parser) parseRepeatCount() (min, max int, ok bool) {
	s := p.src[p.pos+1:]
	min, s, ok = parseCount(s)
	if !ok || s == "" {
		return 0, 0, false
	}
	if s[0] == ',' {
		s = s[1:]
		if s == "" {
			return 0, 0, false
		}
		if s[0] == '}' {
			max = -1
		} else {
			max, s, ok = parseCount(s)
			if !ok || s == "" {
				return 0, 0, false
			}
			if max < 0 {
				// Too large: report it as an invalid count.
				max = maxRepeat + 1
			}
		}
	} else {
		max = min
	}
	if s == "" || s[0] != '}' {
		return 0, 0, false
	}
	p.pos = len(p.src) - len(s) + 1
	return min, max, true
}

// parseCount reads a decimal count without leading zeros; values past
// 10^8 come back as -1.
func parseCount(s string) (int, string, bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 || (i >= 2 && s[0] == '0') {
		return 0, s, false
	}
	v := 0
	for _, c := range s[:i] {
		if v >= 1e8 {
			v = -1
			break
		}
		v = v*10 + int(c-'0')
	}
	return v, s[i:], true
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// parseGroup parses a group starting at '('. Flag-only groups such as
// (?i) change the flags and return nil.
func (p *parser) parseGroup() (*node, error) {
	start := p.pos
	p.pos++
	capIdx := -1
	name := ""
	saved := [4]bool{p.fold, p.multiLine, p.dotNL, p.ungreedy}
	if strings.HasPrefix(p.src[p.pos:], "?") {
		rest := p.src[p.pos+1:]
		if (strings.HasPrefix(rest, "P<") && len(rest) > 2) || (strings.HasPrefix(rest, "<") && len(rest) > 1) {
			skip := 2
			if rest[0] == 'P' {
				skip = 3
			}
			end := strings.IndexByte(p.src[p.pos:], '>')
			if end < 0 {
				return nil, &parseError{errInvalidNamedCap, p.src[start:]}
			}
			end += p.pos
			name = p.src[p.pos+skip : end]
			if !validCaptureName(name) {
				return nil, &parseError{errInvalidNamedCap, p.src[start : end+1]}
			}
			p.pos = end + 1
			p.ncap++
			capIdx = p.ncap
			p.names = append(p.names, name)
		} else if strings.HasPrefix(rest, "P") {
			return nil, &parseError{errInvalidPerlOp, p.src[start : p.pos+2]}
		} else {
			// Flags: (?flags) or (?flags:re).
			p.pos++
			neg := false
			sawFlag := false
			fold, ml, dot, ug := p.fold, p.multiLine, p.dotNL, p.ungreedy
			for {
				if !p.more() {
					return nil, &parseError{errInvalidPerlOp, p.src[start:]}
				}
				c := p.peek()
				p.pos++
				switch c {
				case 'i':
					fold = !neg
					sawFlag = true
					continue
				case 'm':
					ml = !neg
					sawFlag = true
					continue
				case 's':
					dot = !neg
					sawFlag = true
					continue
				case 'U':
					ug = !neg
					sawFlag = true
					continue
				case '-':
					if neg {
						break
					}
					neg = true
					sawFlag = false
					continue
				case ':', ')':
					if neg && !sawFlag {
						break
					}
					p.fold, p.multiLine, p.dotNL, p.ungreedy = fold, ml, dot, ug
					if c == ')' {
						// The flags hold until the end of the enclosing group.
						return nil, nil
					}
					sub, err := p.parseAlt()
					if err != nil {
						return nil, err
					}
					if !p.more() {
						return nil, &parseError{errMissingParen, p.src}
					}
					p.pos++
					p.fold, p.multiLine, p.dotNL, p.ungreedy = saved[0], saved[1], saved[2], saved[3]
					return sub, nil
				}
				_, w := utf8.DecodeRuneInString(p.src[p.pos-1:])
				return nil, &parseError{errInvalidPerlOp, p.src[start : p.pos-1+w]}
			}
		}
	} else {
		p.ncap++
		capIdx = p.ncap
		p.names = append(p.names, "")
	}
	sub, err := p.parseAlt()
	if err != nil {
		return nil, err
	}
	if !p.more() {
		return nil, &parseError{errMissingParen, p.src}
	}
	p.pos++ // ')'
	p.fold, p.multiLine, p.dotNL, p.ungreedy = saved[0], saved[1], saved[2], saved[3]
	return &node{kind: nCapture, capIdx: capIdx, sub: sub}, nil
}

func validCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// perlClass returns the ranges of \d, \s or \w.
func perlClass(c byte) []rune {
	switch c {
	case 'd':
		return []rune{'0', '9'}
	case 's':
		return []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	}
	return []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
}

var asciiClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// unicodeTables returns the tables for a \p name, matched loosely as Go
// does (ignoring case, spaces, '_' and '-'), for the categories and
// scripts golite's unicode package has.
func unicodeTables(name string) []*unicode.RangeTable {
	var sb strings.Builder
	for _, c := range name {
		if c == ' ' || c == '_' || c == '-' {
			continue
		}
		sb.WriteRune(unicode.ToLower(c))
	}
	switch sb.String() {
	case "l", "letter":
		return []*unicode.RangeTable{unicode.L}
	case "lc", "casedletter":
		return []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt}
	case "ll", "lowercaseletter":
		return []*unicode.RangeTable{unicode.Ll}
	case "lt", "titlecaseletter":
		return []*unicode.RangeTable{unicode.Lt}
	case "lu", "uppercaseletter":
		return []*unicode.RangeTable{unicode.Lu}
	case "m", "mark", "combiningmark":
		return []*unicode.RangeTable{unicode.M}
	case "mn", "nonspacingmark":
		return []*unicode.RangeTable{unicode.Mn}
	case "n", "number":
		return []*unicode.RangeTable{unicode.N}
	case "nd", "decimalnumber", "digit":
		return []*unicode.RangeTable{unicode.Nd}
	case "p", "punctuation", "punct":
		return []*unicode.RangeTable{unicode.P}
	case "s", "symbol":
		return []*unicode.RangeTable{unicode.S}
	case "z", "separator":
		return []*unicode.RangeTable{unicode.Z}
	case "zs", "spaceseparator":
		return []*unicode.RangeTable{unicode.Zs}
	case "cc", "control", "cntrl":
		return []*unicode.RangeTable{unicode.Cc}
	case "arabic", "arab":
		return []*unicode.RangeTable{unicode.Arabic}
	case "cyrillic", "cyrl":
		return []*unicode.RangeTable{unicode.Cyrillic}
	case "devanagari", "deva":
		return []*unicode.RangeTable{unicode.Devanagari}
	case "greek", "grek":
		return []*unicode.RangeTable{unicode.Greek}
	case "han", "hani":
		return []*unicode.RangeTable{unicode.Han}
	case "hangul", "hang":
		return []*unicode.RangeTable{unicode.Hangul}
	case "hebrew", "hebr":
		return []*unicode.RangeTable{unicode.Hebrew}
	case "hiragana", "hira":
		return []*unicode.RangeTable{unicode.Hiragana}
	case "katakana", "kana":
		return []*unicode.RangeTable{unicode.Katakana}
	case "latin", "latn":
		return []*unicode.RangeTable{unicode.Latin}
	case "thai":
		return []*unicode.RangeTable{unicode.Thai}
	}
	return nil
}

// parseUnicodeClass parses \pX, \p{Name} or \p{^Name} (or \P...) at
// p.pos and returns it as a class item.
func (p *parser) parseUnicodeClass() (classItem, error) {
	start := p.pos
	neg := p.src[p.pos+1] == 'P'
	p.pos += 2
	if !p.more() {
		return classItem{}, &parseError{errInvalidCharRange, p.src[start:]}
	}
	var name string
	if p.peek() == '{' {
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return classItem{}, &parseError{errInvalidCharRange, p.src[start:]}
		}
		name = p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
	} else {
		_, w := utf8.DecodeRuneInString(p.src[p.pos:])
		name = p.src[p.pos : p.pos+w]
		p.pos += w
	}
	if strings.HasPrefix(name, "^") {
		neg = !neg
		name = name[1:]
	}
	switch strings.ToLower(name) {
	case "any":
		return classItem{ranges: []rune{0, unicode.MaxRune}, neg: neg}, nil
	case "ascii":
		return classItem{ranges: []rune{0, 0x7f}, neg: neg}, nil
	}
	ts := unicodeTables(name)
	if ts == nil {
		return classItem{}, &parseError{errInvalidCharRange, p.src[start:p.pos]}
	}
	return classItem{tables: ts, neg: neg}, nil
}

// parseEscapeItem parses an escape outside a class: an assertion, a
// class, \Q...\E, or one literal rune.
func (p *parser) parseEscapeItem() ([]*node, error) {
	if p.pos+1 >= len(p.src) {
		return nil, &parseError{errTrailingBackslash, ""}
	}
	c := p.src[p.pos+1]
	switch c {
	case 'A':
		p.pos += 2
		return []*node{{kind: nAssert, assert: aBeginText}}, nil
	case 'z':
		p.pos += 2
		return []*node{{kind: nAssert, assert: aEndText}}, nil
	case 'b':
		p.pos += 2
		return []*node{{kind: nAssert, assert: aWordBoundary}}, nil
	case 'B':
		p.pos += 2
		return []*node{{kind: nAssert, assert: aNoWordBoundary}}, nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		p.pos += 2
		item := classItem{ranges: perlClass(c | 0x20), neg: c < 'a'}
		return []*node{{kind: nClass, cls: &charClass{items: []classItem{item}, fold: p.fold}}}, nil
	case 'p', 'P':
		item, err := p.parseUnicodeClass()
		if err != nil {
			return nil, err
		}
		return []*node{{kind: nClass, cls: &charClass{items: []classItem{item}, fold: p.fold}}}, nil
	case 'Q':
		p.pos += 2
		lit := p.src[p.pos:]
		if i := strings.Index(lit, `\E`); i >= 0 {
			lit = lit[:i]
			p.pos += i + 2
		} else {
			p.pos = len(p.src)
		}
		var ns []*node
		for _, r := range lit {
			ns = append(ns, p.literal(r))
		}
		return ns, nil
	}
	r, err := p.parseEscapeRune()
	if err != nil {
		return nil, err
	}
	return []*node{p.literal(r)}, nil
}

// parseEscapeRune parses an escape standing for one rune at p.pos.
func (p *parser) parseEscapeRune() (rune, error) {
	start := p.pos
	p.pos++
	if !p.more() {
		return 0, &parseError{errTrailingBackslash, ""}
	}
	c, w := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += w
	switch {
	case c >= '1' && c <= '7' && !(p.more() && p.peek() >= '0' && p.peek() <= '7'):
		// A lone digit would be a backreference, which RE2 lacks.
	case c >= '0' && c <= '7':
		v := c - '0'
		for i := 0; i < 2 && p.more() && p.peek() >= '0' && p.peek() <= '7'; i++ {
			v = v*8 + rune(p.peek()-'0')
			p.pos++
		}
		return v, nil
	case c == 'x':
		if !p.more() {
			break
		}
		if p.peek() == '{' {
			p.pos++
			v, digits := rune(0), 0
			for p.more() && p.peek() != '}' {
				d := hexValue(p.peek())
				if d < 0 {
					break
				}
				v = v*16 + rune(d)
				if v > unicode.MaxRune {
					break
				}
				p.pos++
				digits++
			}
			if !p.more() || p.peek() != '}' || digits == 0 || v > unicode.MaxRune {
				if p.more() {
					_, w := utf8.DecodeRuneInString(p.src[p.pos:])
					p.pos += w
				}
				return 0, &parseError{errInvalidEscape, p.src[start:p.pos]}
			}
			p.pos++
			return v, nil
		}
		if p.pos+1 >= len(p.src) || hexValue(p.src[p.pos]) < 0 || hexValue(p.src[p.pos+1]) < 0 {
			// The error shows up to two characters after \x.
			for i := 0; i < 2 && p.more(); i++ {
				_, w := utf8.DecodeRuneInString(p.src[p.pos:])
				p.pos += w
			}
			return 0, &parseError{errInvalidEscape, p.src[start:p.pos]}
		}
		v := rune(hexValue(p.src[p.pos])*16 + hexValue(p.src[p.pos+1]))
		p.pos += 2
		return v, nil
	case c == 'a':
		return '\a', nil
	case c == 'f':
		return '\f', nil
	case c == 'n':
		return '\n', nil
	case c == 'r':
		return '\r', nil
	case c == 't':
		return '\t', nil
	case c == 'v':
		return '\v', nil
	case c < utf8.RuneSelf && !isAlnum(byte(c)):
		return c, nil
	}
	return 0, &parseError{errInvalidEscape, p.src[start:p.pos]}
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseClass parses a bracketed class starting at '['.
func (p *parser) parseClass() (*node, error) {
	start := p.pos
	p.pos++
	cls := &charClass{fold: p.fold}
	if p.more() && p.peek() == '^' {
		cls.neg = true
		p.pos++
	}
	var ranges []rune
	first := true
	for {
		if !p.more() {
			return nil, &parseError{errMissingBracket, p.src[start:]}
		}
		c := p.peek()
		if c == ']' && !first {
			p.pos++
			break
		}
		first = false
		// [:name:] ASCII classes.
		if c == '[' && strings.HasPrefix(p.src[p.pos:], "[:") {
			if end := strings.Index(p.src[p.pos+2:], ":]"); end >= 0 {
				name := p.src[p.pos+2 : p.pos+2+end]
				text := p.src[p.pos : p.pos+2+end+2]
				neg := strings.HasPrefix(name, "^")
				if neg {
					name = name[1:]
				}
				rs, ok := asciiClasses[name]
				if !ok {
					return nil, &parseError{errInvalidCharRange, text}
				}
				cls.items = append(cls.items, classItem{ranges: rs, neg: neg})
				p.pos += len(text)
				continue
			}
		}
		if c == '\\' && p.pos+1 < len(p.src) {
			switch e := p.src[p.pos+1]; e {
			case 'd', 'D', 's', 'S', 'w', 'W':
				p.pos += 2
				cls.items = append(cls.items, classItem{ranges: perlClass(e | 0x20), neg: e < 'a'})
				continue
			case 'p', 'P':
				item, err := p.parseUnicodeClass()
				if err != nil {
					return nil, err
				}
				cls.items = append(cls.items, item)
				continue
			}
		}
		rangeStart := p.pos
		lo, err := p.classChar(start)
		if err != nil {
			return nil, err
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
			p.pos++
			hi, err = p.classChar(start)
			if err != nil {
				return nil, err
			}
			if hi < lo {
				return nil, &parseError{errInvalidCharRange, p.src[rangeStart:p.pos]}
			}
		}
		ranges = append(ranges, lo, hi)
	}
	if len(ranges) > 0 {
		cls.items = append(cls.items, classItem{ranges: ranges})
	}
	return &node{kind: nClass, cls: cls}, nil
}

// classChar reads one possibly escaped character inside a class.
func (p *parser) classChar(classStart int) (rune, error) {
	if !p.more() {
		return 0, &parseError{errMissingBracket, p.src[classStart:]}
	}
	if p.peek() == '\\' {
		return p.parseEscapeRune()
	}
	r, w := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += w
	return r, nil
}

// quoteForPanic quotes an expression for MustCompile's panic message.
func quoteForPanic(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
