// The compiler and matcher of package regexp (golite): the syntax tree
// becomes a list of instructions run by a Pike VM, a breadth-first
// simulation of the NFA that keeps threads in priority order. It takes
// time linear in the input for a given program and gives Go's
// leftmost-first submatches.
package regexp

import (
	"unicode"
	"unicode/utf8"
)

// Instruction kinds.
const (
	iRune   = iota // match rune r (or any rune of its case-fold orbit)
	iClass         // match a rune of cls
	iAny           // match any rune
	iAnyNL         // match any rune but '\n'
	iSplit         // continue at out, then (lower priority) at arg
	iJmp           // continue at out
	iSave          // record the position in capture slot arg
	iAssert        // continue when assertion arg holds here
	iMatch         // a match
)

type inst struct {
	op    int
	out   int
	arg   int
	r     rune
	orbit []rune // case-fold equivalents of r (nil: exact)
	cls   *charClass
}

// patch is an instruction field to fill: the out field (arg false) or the
// arg field of instruction i.
type patch struct {
	i   int
	arg bool
}

type frag struct {
	start    int
	outs     []patch
	nullable bool
}

type compiler struct {
	prog []inst
}

func (c *compiler) emit(in inst) int {
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

func (c *compiler) fill(ps []patch, target int) {
	for _, p := range ps {
		if p.arg {
			c.prog[p.i].arg = target
		} else {
			c.prog[p.i].out = target
		}
	}
}

// single returns a fragment of the one instruction in.
func (c *compiler) single(in inst, nullable bool) frag {
	i := c.emit(in)
	return frag{start: i, outs: []patch{{i, false}}, nullable: nullable}
}

func (c *compiler) cat(a, b frag) frag {
	c.fill(a.outs, b.start)
	return frag{start: a.start, outs: b.outs, nullable: a.nullable && b.nullable}
}

// split returns a fragment trying a first and then b.
func (c *compiler) alt(a, b frag) frag {
	i := c.emit(inst{op: iSplit, out: a.start, arg: b.start})
	outs := append(append([]patch(nil), a.outs...), b.outs...)
	return frag{start: i, outs: outs, nullable: a.nullable || b.nullable}
}

func (c *compiler) quest(f frag, greedy bool) frag {
	i := c.emit(inst{op: iSplit})
	var outs []patch
	if greedy {
		c.prog[i].out = f.start
		outs = append(outs, patch{i, true})
	} else {
		c.prog[i].arg = f.start
		outs = append(outs, patch{i, false})
	}
	outs = append(outs, f.outs...)
	return frag{start: i, outs: outs, nullable: true}
}

// loop makes f repeat: a split after f goes back to f or on.
func (c *compiler) loop(f frag, greedy bool) []patch {
	i := c.emit(inst{op: iSplit})
	if greedy {
		c.prog[i].out = f.start
		c.fill(f.outs, i)
		return []patch{{i, true}}
	}
	c.prog[i].arg = f.start
	c.fill(f.outs, i)
	return []patch{{i, false}}
}

func (c *compiler) plus(f frag, greedy bool) frag {
	return frag{start: f.start, outs: c.loop(f, greedy), nullable: f.nullable}
}

func (c *compiler) star(f frag, greedy bool) frag {
	if f.nullable {
		// (f+)? keeps the priorities right when f can match empty.
		return c.quest(c.plus(f, greedy), greedy)
	}
	i := c.emit(inst{op: iSplit})
	var outs []patch
	if greedy {
		c.prog[i].out = f.start
		outs = []patch{{i, true}}
	} else {
		c.prog[i].arg = f.start
		outs = []patch{{i, false}}
	}
	c.fill(f.outs, i)
	return frag{start: i, outs: outs, nullable: true}
}

func (c *compiler) empty() frag {
	return c.single(inst{op: iJmp}, true)
}

func (c *compiler) compile(n *node) frag {
	switch n.kind {
	case nLit:
		in := inst{op: iRune, r: n.r}
		if n.fold {
			in.orbit = append(in.orbit, n.r)
			for f := unicode.SimpleFold(n.r); f != n.r; f = unicode.SimpleFold(f) {
				in.orbit = append(in.orbit, f)
			}
		}
		return c.single(in, false)
	case nClass:
		return c.single(inst{op: iClass, cls: n.cls}, false)
	case nAny:
		return c.single(inst{op: iAny}, false)
	case nAnyNL:
		return c.single(inst{op: iAnyNL}, false)
	case nAssert:
		return c.single(inst{op: iAssert, arg: n.assert}, true)
	case nEmpty:
		return c.empty()
	case nCapture:
		open := c.single(inst{op: iSave, arg: 2 * n.capIdx}, true)
		body := c.compile(n.sub)
		closeF := c.single(inst{op: iSave, arg: 2*n.capIdx + 1}, true)
		f := c.cat(c.cat(open, body), closeF)
		f.nullable = body.nullable
		return f
	case nConcat:
		f := c.compile(n.subs[0])
		for _, s := range n.subs[1:] {
			f = c.cat(f, c.compile(s))
		}
		return f
	case nAlt:
		// Compile back to front so each split's second branch exists.
		f := c.compile(n.subs[len(n.subs)-1])
		for i := len(n.subs) - 2; i >= 0; i-- {
			f = c.alt(c.compile(n.subs[i]), f)
		}
		return f
	case nRepeat:
		return c.repeat(n)
	}
	return c.empty()
}

// repeat compiles n.sub{min,max} by expansion: min copies, then either a
// plus (no upper bound) or nested optional copies.
func (c *compiler) repeat(n *node) frag {
	min, max, g := n.min, n.max, n.greedy
	switch {
	case min == 0 && max == -1:
		return c.star(c.compile(n.sub), g)
	case min == 1 && max == -1:
		return c.plus(c.compile(n.sub), g)
	case min == 0 && max == 1:
		return c.quest(c.compile(n.sub), g)
	case max == 0:
		return c.empty()
	}
	var parts []frag
	if max == -1 {
		for i := 0; i < min-1; i++ {
			parts = append(parts, c.compile(n.sub))
		}
		parts = append(parts, c.plus(c.compile(n.sub), g))
	} else {
		for i := 0; i < min; i++ {
			parts = append(parts, c.compile(n.sub))
		}
		if max > min {
			// (x(x(x)?)?)? built from the inside out.
			opt := c.quest(c.compile(n.sub), g)
			for i := min + 1; i < max; i++ {
				opt = c.quest(c.cat(c.compile(n.sub), opt), g)
			}
			parts = append(parts, opt)
		}
	}
	f := parts[0]
	for _, p := range parts[1:] {
		f = c.cat(f, p)
	}
	return f
}

// program is a compiled expression.
type program struct {
	insts []inst
	start int
	ncap  int // capture groups, including the whole match (group 0)
	// anchored: the expression starts with \A (or ^ without (?m)), so
	// it can only match at position 0.
	anchored bool
}

func compileProgram(n *node, ncap int) *program {
	c := &compiler{}
	open := c.single(inst{op: iSave, arg: 0}, true)
	body := c.compile(n)
	closeF := c.single(inst{op: iSave, arg: 1}, true)
	f := c.cat(c.cat(open, body), closeF)
	m := c.emit(inst{op: iMatch})
	c.fill(f.outs, m)
	return &program{insts: c.prog, start: f.start, ncap: ncap, anchored: startsAnchored(n)}
}

func startsAnchored(n *node) bool {
	for {
		switch n.kind {
		case nAssert:
			return n.assert == aBeginText
		case nConcat:
			n = n.subs[0]
		case nCapture:
			n = n.sub
		default:
			return false
		}
	}
}

type thread struct {
	pc  int
	cap []int
}

// threadList is an ordered set of threads, at most one per instruction.
type threadList struct {
	threads []thread
	mark    []int
	gen     int
}

func newThreadList(n int) *threadList {
	return &threadList{mark: make([]int, n)}
}

func (l *threadList) clear() {
	l.threads = l.threads[:0]
	l.gen++
}

func isWordRune(r rune) bool {
	return r >= 0 && r < utf8.RuneSelf && isWordByte(byte(r))
}

// machine runs a program over one input.
type machine struct {
	p       *program
	input   string
	longest bool
}

// holds reports whether assertion a holds at position pos, between the
// runes before (-1 at the start) and after (-1 at the end).
func (m *machine) holds(a int, pos int, before, after rune) bool {
	switch a {
	case aBeginText:
		return pos == 0
	case aEndText:
		return pos == len(m.input)
	case aBeginLine:
		return pos == 0 || before == '\n'
	case aEndLine:
		return pos == len(m.input) || after == '\n'
	case aWordBoundary:
		return isWordRune(before) != isWordRune(after)
	case aNoWordBoundary:
		return isWordRune(before) == isWordRune(after)
	}
	return false
}

// add puts the thread at pc (and everything reachable from it without
// consuming input) on l, in priority order.
func (m *machine) add(l *threadList, pc int, pos int, cap []int, before, after rune) {
	if l.mark[pc] == l.gen {
		return
	}
	l.mark[pc] = l.gen
	in := &m.p.insts[pc]
	switch in.op {
	case iJmp:
		m.add(l, in.out, pos, cap, before, after)
	case iSplit:
		m.add(l, in.out, pos, cap, before, after)
		m.add(l, in.arg, pos, cap, before, after)
	case iSave:
		if in.arg < len(cap) {
			c := make([]int, len(cap))
			copy(c, cap)
			c[in.arg] = pos
			cap = c
		}
		m.add(l, in.out, pos, cap, before, after)
	case iAssert:
		if m.holds(in.arg, pos, before, after) {
			m.add(l, in.out, pos, cap, before, after)
		}
	default:
		l.threads = append(l.threads, thread{pc, cap})
	}
}

// step reports whether instruction in accepts rune r.
func (in *inst) accepts(r rune) bool {
	switch in.op {
	case iRune:
		if in.orbit == nil {
			return r == in.r
		}
		for _, o := range in.orbit {
			if o == r {
				return true
			}
		}
		return false
	case iClass:
		return in.cls.matches(r)
	case iAny:
		return true
	case iAnyNL:
		return r != '\n'
	}
	return false
}

// runeAt decodes the rune at i (-1 and width 0 at the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at i (-1 at the start).
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// match searches input from pos for the first match and returns its
// capture slots (ncap*2 of them, or just 2 when ncap is 2 or less and
// only the bounds are wanted), or nil.
func (m *machine) match(pos int, nslots int) []int {
	p := m.p
	clist := newThreadList(len(p.insts))
	nlist := newThreadList(len(p.insts))
	clist.gen = 1
	nlist.gen = 2
	var matched []int
	before := runeBefore(m.input, pos)
	for i := pos; ; {
		r, w := runeAt(m.input, i)
		if matched == nil && (!p.anchored || i == 0) {
			start := make([]int, nslots)
			for k := range start {
				start[k] = -1
			}
			m.add(clist, p.start, i, start, before, r)
		}
		if len(clist.threads) == 0 && (matched != nil || p.anchored) {
			break
		}
		nlist.clear()
		var r2 rune = -1
		if w > 0 {
			r2, _ = runeAt(m.input, i+w)
		}
		for _, t := range clist.threads {
			if m.longest && matched != nil && t.cap[0] > matched[0] {
				// Started after the match found: cannot be leftmost.
				continue
			}
			in := &p.insts[t.pc]
			if in.op == iMatch {
				if m.longest {
					if matched == nil || t.cap[1] > matched[1] {
						matched = t.cap
					}
					continue
				}
				matched = t.cap
				// Lower-priority threads can no longer win.
				break
			}
			if w > 0 && in.accepts(r) {
				m.add(nlist, in.out, i+w, t.cap, r, r2)
			}
		}
		clist, nlist = nlist, clist
		if w == 0 {
			break
		}
		before = r
		i += w
		if matched != nil && len(clist.threads) == 0 {
			break
		}
	}
	return matched
}
