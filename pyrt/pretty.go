package pyrt

// This file defines Pretty: the text/plain that IPython's displayhook
// shows for a value, which is IPython.lib.pretty's output, not repr():
// containers wrap at 79 columns, sets are sorted, classes print as
// module.Name, functions as <function __main__.f(x, y=1)>, and plain
// objects as <__main__.A at 0x...>.
//
// The printer below is a port of IPython 8's PrettyPrinter (its group
// queue and buffer included, quirks and all) so that line breaks fall
// exactly where IPython puts them.

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// Pretty returns IPython's pretty representation of o (max width 79).
func Pretty(o py.Object) (string, error) {
	pp := newPrettyPrinter(79, 1000)
	if err := pp.pretty(o); err != nil {
		return "", err
	}
	pp.flush()
	return pp.out.String(), nil
}

type ppGroup struct {
	depth      int
	breakables []*ppBreakable
	wantBreak  bool
}

type ppItem interface {
	output(p *prettyPrinter, outputWidth int) int
	width() int
}

type ppText struct {
	objs []string
	w    int
}

func (t *ppText) output(p *prettyPrinter, outputWidth int) int {
	for _, o := range t.objs {
		p.out.WriteString(o)
	}
	return outputWidth + t.w
}

func (t *ppText) width() int { return t.w }

type ppBreakable struct {
	sep         string
	w           int
	indentation int
	group       *ppGroup
}

func (b *ppBreakable) width() int { return b.w }

func (b *ppBreakable) output(p *prettyPrinter, outputWidth int) int {
	b.group.breakables = b.group.breakables[1:]
	if b.group.wantBreak {
		p.out.WriteString("\n")
		p.out.WriteString(strings.Repeat(" ", b.indentation))
		return b.indentation
	}
	if len(b.group.breakables) == 0 {
		p.queueRemove(b.group)
	}
	p.out.WriteString(b.sep)
	return outputWidth + b.w
}

type prettyPrinter struct {
	out          strings.Builder
	maxWidth     int
	maxSeqLength int
	outputWidth  int
	bufferWidth  int
	buffer       []ppItem
	groupStack   []*ppGroup
	queue        [][]*ppGroup
	indentation  int
	stack        []py.Object // objects being printed, for cycles
}

func newPrettyPrinter(maxWidth, maxSeq int) *prettyPrinter {
	p := &prettyPrinter{maxWidth: maxWidth, maxSeqLength: maxSeq}
	root := &ppGroup{}
	p.groupStack = []*ppGroup{root}
	p.enq(root)
	return p
}

func (p *prettyPrinter) enq(g *ppGroup) {
	for g.depth > len(p.queue)-1 {
		p.queue = append(p.queue, nil)
	}
	p.queue[g.depth] = append(p.queue[g.depth], g)
}

// deq is GroupQueue.deq, including its deletion of stack[idx] with idx
// counted from the end.
func (p *prettyPrinter) deq() *ppGroup {
	for d, stack := range p.queue {
		n := len(stack)
		for idx := 0; idx < n; idx++ {
			g := stack[n-1-idx]
			if len(g.breakables) > 0 {
				p.queue[d] = append(stack[:idx:idx], stack[idx+1:]...)
				g.wantBreak = true
				return g
			}
		}
		for _, g := range stack {
			g.wantBreak = true
		}
		p.queue[d] = nil
	}
	return nil
}

func (p *prettyPrinter) queueRemove(g *ppGroup) {
	if g.depth >= len(p.queue) {
		return
	}
	stack := p.queue[g.depth]
	for i, x := range stack {
		if x == g {
			p.queue[g.depth] = append(stack[:i:i], stack[i+1:]...)
			return
		}
	}
}

func (p *prettyPrinter) breakOneGroup(g *ppGroup) {
	for len(g.breakables) > 0 {
		x := p.buffer[0]
		p.buffer = p.buffer[1:]
		p.outputWidth = x.output(p, p.outputWidth)
		p.bufferWidth -= x.width()
	}
	for len(p.buffer) > 0 {
		t, ok := p.buffer[0].(*ppText)
		if !ok {
			break
		}
		p.buffer = p.buffer[1:]
		p.outputWidth = t.output(p, p.outputWidth)
		p.bufferWidth -= t.width()
	}
}

func (p *prettyPrinter) breakOuterGroups() {
	for p.maxWidth < p.outputWidth+p.bufferWidth {
		g := p.deq()
		if g == nil {
			return
		}
		p.breakOneGroup(g)
	}
}

func (p *prettyPrinter) text(s string) {
	w := utf8.RuneCountInString(s)
	if len(p.buffer) > 0 {
		t, ok := p.buffer[len(p.buffer)-1].(*ppText)
		if !ok {
			t = &ppText{}
			p.buffer = append(p.buffer, t)
		}
		t.objs = append(t.objs, s)
		t.w += w
		p.bufferWidth += w
		p.breakOuterGroups()
		return
	}
	p.out.WriteString(s)
	p.outputWidth += w
}

func (p *prettyPrinter) breakable() {
	g := p.groupStack[len(p.groupStack)-1]
	if g.wantBreak {
		p.flush()
		p.out.WriteString("\n")
		p.out.WriteString(strings.Repeat(" ", p.indentation))
		p.outputWidth = p.indentation
		p.bufferWidth = 0
		return
	}
	b := &ppBreakable{sep: " ", w: 1, indentation: p.indentation, group: g}
	g.breakables = append(g.breakables, b)
	p.buffer = append(p.buffer, b)
	p.bufferWidth++
	p.breakOuterGroups()
}

func (p *prettyPrinter) break_() {
	if g := p.deq(); g != nil {
		p.breakOneGroup(g)
	}
	p.flush()
	p.out.WriteString("\n")
	p.out.WriteString(strings.Repeat(" ", p.indentation))
	p.outputWidth = p.indentation
	p.bufferWidth = 0
}

func (p *prettyPrinter) beginGroup(indent int, open string) {
	if open != "" {
		p.text(open)
	}
	g := &ppGroup{depth: p.groupStack[len(p.groupStack)-1].depth + 1}
	p.groupStack = append(p.groupStack, g)
	p.enq(g)
	p.indentation += indent
}

func (p *prettyPrinter) endGroup(dedent int, close string) {
	p.indentation -= dedent
	g := p.groupStack[len(p.groupStack)-1]
	p.groupStack = p.groupStack[:len(p.groupStack)-1]
	if len(g.breakables) == 0 {
		p.queueRemove(g)
	}
	if close != "" {
		p.text(close)
	}
}

// flush is PrettyPrinter.flush, which adds each item's returned width
// (already a running total) to the output width, as IPython does.
func (p *prettyPrinter) flush() {
	for _, x := range p.buffer {
		p.outputWidth += x.output(p, p.outputWidth)
	}
	p.buffer = nil
	p.bufferWidth = 0
}

// pretty is RepresentationPrinter.pretty.
func (p *prettyPrinter) pretty(o py.Object) error {
	cycle := false
	for _, a := range p.stack {
		if pyvm.Identical(a, o) {
			cycle = true
			break
		}
	}
	p.stack = append(p.stack, o)
	p.beginGroup(0, "")
	defer func() {
		p.endGroup(0, "")
		p.stack = p.stack[:len(p.stack)-1]
	}()
	if len(p.stack) > maxReprDepth {
		return py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	switch x := o.(type) {
	case py.Tuple:
		return p.seq(x, "(", ")", cycle, len(x) == 1)
	case *py.List:
		return p.seq(x.Items, "[", "]", cycle, false)
	case *Dict:
		if x.typ == nil {
			return p.dict(x, cycle)
		}
	case *Set:
		return p.set(x, cycle)
	case *py.Type:
		if x.Name != "" {
			p.text(prettyTypeName(x))
			return nil
		}
	case *py.Function:
		p.text("<function " + functionSignature(x) + ">")
		return nil
	case *py.Method:
		p.text("<function " + x.Name + ">")
		return nil
	case *py.Exception:
		if o != py.NotImplemented {
			return p.call(x.Base.Name, excArgs(x))
		}
	}
	if t := o.Type(); t != nil && t.IsSubtype(py.BaseException) {
		if _, isExc := o.(*py.Exception); !isExc {
			if args, err := pyvm.GetAttr(o, "args"); err == nil {
				if a, ok := args.(py.Tuple); ok {
					name := t.Name
					if t.Qualname != "" {
						name = t.Qualname
					}
					if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" {
						name = string(m) + "." + name
					}
					return p.call(name, a)
				}
			}
		}
	}
	s, err := Repr(o)
	if err != nil {
		return err
	}
	if isDefaultRepr(o) {
		// IPython's _default_pprint: <module.Class at 0x...>.
		s = strings.Replace(s, " object at 0x", " at 0x", 1)
	}
	for i, line := range splitLines(s) {
		if i > 0 {
			p.break_()
		}
		p.text(line)
	}
	return nil
}

// isDefaultRepr reports whether o is a user object whose class has no
// __repr__ of its own (only object's).
func isDefaultRepr(o py.Object) bool {
	t := o.Type()
	if t == nil || !isUserType(t) {
		return false
	}
	for _, c := range t.Mro {
		ct, ok := c.(*py.Type)
		if !ok || ct == py.ObjectType {
			continue
		}
		if _, ok := ct.Dict["__repr__"]; ok {
			return false
		}
		if !isUserType(ct) {
			// A builtin base (list, dict, ...) prints its own way.
			return false
		}
	}
	return true
}

// splitLines is Python's str.splitlines without keepends.
func splitLines(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); i++ {
		if !isLineBreak(rs[i]) {
			continue
		}
		out = append(out, string(rs[start:i]))
		if rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

func (p *prettyPrinter) seq(items []py.Object, start, end string, cycle, oneTuple bool) error {
	if cycle {
		p.text(start + "..." + end)
		return nil
	}
	step := len(start)
	p.beginGroup(step, start)
	for i, it := range items {
		if p.maxSeqLength > 0 && i >= p.maxSeqLength {
			p.text(",")
			p.breakable()
			p.text("...")
			break
		}
		if i > 0 {
			p.text(",")
			p.breakable()
		}
		if err := p.pretty(it); err != nil {
			return err
		}
	}
	if oneTuple {
		p.text(",")
	}
	p.endGroup(step, end)
	return nil
}

func (p *prettyPrinter) dict(d *Dict, cycle bool) error {
	if cycle {
		p.text("{...}")
		return nil
	}
	p.beginGroup(1, "{")
	i := 0
	for _, e := range d.t.entries {
		if e.deleted {
			continue
		}
		if p.maxSeqLength > 0 && i >= p.maxSeqLength {
			p.text(",")
			p.breakable()
			p.text("...")
			break
		}
		if i > 0 {
			p.text(",")
			p.breakable()
		}
		i++
		if err := p.pretty(e.key); err != nil {
			return err
		}
		p.text(": ")
		if err := p.pretty(e.value); err != nil {
			return err
		}
	}
	p.endGroup(1, "}")
	return nil
}

func (p *prettyPrinter) set(s *Set, cycle bool) error {
	start, end := "{", "}"
	if s.frozen {
		start, end = "frozenset({", "})"
	}
	if cycle {
		p.text(start + "..." + end)
		return nil
	}
	if s.t.used == 0 {
		p.text(s.Type().Name + "()")
		return nil
	}
	items := s.Items()
	if !(p.maxSeqLength > 0 && len(items) >= p.maxSeqLength) {
		items = sortedForPprint(items)
	}
	step := len(start)
	p.beginGroup(step, start)
	for i, it := range items {
		if p.maxSeqLength > 0 && i >= p.maxSeqLength {
			p.text(",")
			p.breakable()
			p.text("...")
			break
		}
		if i > 0 {
			p.text(",")
			p.breakable()
		}
		if err := p.pretty(it); err != nil {
			return err
		}
	}
	p.endGroup(step, end)
	return nil
}

// sortedForPprint is IPython's _sorted_for_pprint: sorted, else sorted by
// str, else as is.
func sortedForPprint(items []py.Object) []py.Object {
	l := py.NewListFromItems(append([]py.Object{}, items...))
	if err := sortList(l, nil, "sorted"); err == nil {
		return l.Items
	}
	strs := make([]py.Object, len(items))
	for i, it := range items {
		s, err := Str(it)
		if err != nil {
			return items
		}
		strs[i] = py.String(s)
	}
	idx := make([]py.Object, len(items))
	for i := range idx {
		idx[i] = py.Tuple{strs[i], py.Int(i)}
	}
	l = py.NewListFromItems(idx)
	if err := sortList(l, nil, "sorted"); err != nil {
		return items
	}
	out := make([]py.Object, len(items))
	for i, t := range l.Items {
		out[i] = items[int(t.(py.Tuple)[1].(py.Int))]
	}
	return out
}

// call prints name(arg, ...) as IPython's CallExpression does.
func (p *prettyPrinter) call(name string, args py.Tuple) error {
	prefix := name + "("
	p.beginGroup(utf8.RuneCountInString(prefix), prefix)
	for i, a := range args {
		if i > 0 {
			p.text(",")
			p.breakable()
		}
		if err := p.pretty(a); err != nil {
			return err
		}
	}
	p.endGroup(utf8.RuneCountInString(prefix), ")")
	return nil
}

// prettyTypeName is IPython's _type_pprint: Name for builtins,
// module.Qualname otherwise.
func prettyTypeName(t *py.Type) string {
	name := typeName(t)
	if t.Qualname != "" {
		name = t.Qualname
	}
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" {
		return string(m) + "." + name
	}
	return name
}

// functionSignature is module.qualname(signature) of a Python function,
// as inspect.signature prints it (annotations are not kept by nbcheck's
// transpiler, so none are shown).
func functionSignature(f *py.Function) string {
	name := f.Qualname
	if m, ok := f.Globals["__name__"].(py.String); ok && m != "builtins" && m != "" {
		name = string(m) + "." + name
	}
	c := f.Code
	var params []string
	nargs := int(c.Argcount)
	ndef := len(f.Defaults)
	for i := 0; i < nargs && i < len(c.Varnames); i++ {
		s := c.Varnames[i]
		if j := i - (nargs - ndef); j >= 0 && j < ndef {
			d, err := Repr(f.Defaults[j])
			if err != nil {
				d = "?"
			}
			s += "=" + d
		}
		params = append(params, s)
	}
	next := nargs
	kwonly := int(c.Kwonlyargcount)
	if c.Flags&py.CO_VARARGS != 0 {
		if next+kwonly < len(c.Varnames) {
			params = append(params, "*"+c.Varnames[next+kwonly])
		}
	} else if kwonly > 0 {
		params = append(params, "*")
	}
	for i := 0; i < kwonly && next+i < len(c.Varnames); i++ {
		s := c.Varnames[next+i]
		if d, ok := f.KwDefaults[s]; ok {
			r, err := Repr(d)
			if err != nil {
				r = "?"
			}
			s += "=" + r
		}
		params = append(params, s)
	}
	if c.Flags&py.CO_VARKEYWORDS != 0 {
		i := next + kwonly
		if c.Flags&py.CO_VARARGS != 0 {
			i++
		}
		if i < len(c.Varnames) {
			params = append(params, "**"+c.Varnames[i])
		}
	}
	return name + "(" + strings.Join(params, ", ") + ")"
}
