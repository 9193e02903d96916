package transpile

// This file decides which `+` and ordering comparisons go through pyrt
// (C-TUPLEADD, C-CMPSEQ). gpython v0.2.0's tuple + tuple copies the right
// operand at the offset of its own length ((1, 2) + (3,) gave
// (1, 3, <NULL>)), and gpython cannot order tuples or lists at all (a < b
// raised TypeError). Neither can be mended at run time: the VM calls the
// methods of gpython's Go tuple type directly. So the transpiler lowers
// `a + b` to __nbc_add(a, b) and `a < b` to __nbc_lt(a, b) (and <=, >,
// >=), unless an operand can be shown statically not to be a tuple (for
// +) or neither a tuple nor a list (for orderings): then the VM's fast
// opcode is kept. A helper call costs a builtin call per operation, so
// the analysis below keeps arithmetic loops on the opcodes.
//
// An operand is known not to be a tuple (notSeq(e, false)) when it is
//   - a literal other than a tuple (number, str, bytes, None, ...), an
//     f-string, a list, dict or set display or comprehension, a lambda;
//   - the result of -, /, //, %, **, <<, >>, &, |, ^, @, of a unary
//     operator, of not, of a comparison; of + when either operand is
//     known not to be a tuple; of * when both are;
//   - and/or and if-else whose every branch is known;
//   - a call of a builtin that never returns a tuple (len, int, str,
//     abs, ... see knownCalls) whose name is bound nowhere in the source;
//   - a local variable of a function (not a parameter, not declared
//     global or nonlocal, not declared nonlocal below) that every
//     binding in its function assigns such a value: plain assignments,
//     augmented assignments, annotated assignments and `for v in
//     range(...)`. Any other binding (unpacking, with, import, except
//     as, :=, ...) makes it unknown.
//
// Module-level names are never known: another cell, or a function
// declaring them global, may rebind them. For orderings, notSeq(e, true)
// is the same with lists counted as unknown too (list displays and
// comprehensions, list() and sorted()).
//
// What this assumes: user classes' operator methods (__sub__, __abs__,
// __lt__, ...) do not return tuples, and a notebook does not rebind the
// builtins of knownCalls in an earlier cell. Chained comparisons are
// lowered pair by pair, an inner operand printed again in the next pair
// only when it is a literal or a plain local (reading it twice is then
// unobservable); an inner operand of another kind is held between its
// two pairs by __nbc_cmphold and __nbc_cmpheld (see lowerCompare).

import (
	gpy "github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyrt"
	py "github.com/nbcheck/nbcheck/pysyntax"
	"github.com/nbcheck/nbcheck/pyvm"
)

// knownCalls are the builtins whose result is never a tuple, and whether
// it may be a list.
var knownCalls = map[string]bool{
	"len": false, "int": false, "float": false, "complex": false,
	"str": false, "repr": false, "ascii": false, "format": false,
	"bool": false, "ord": false, "chr": false, "hash": false, "id": false,
	"hex": false, "oct": false, "bin": false, "abs": false, "round": false,
	"isinstance": false, "issubclass": false, "callable": false,
	"dict": false, "set": false, "frozenset": false, "bytes": false,
	"bytearray": false, "range": false, "type": false,
	"list": true, "sorted": true,
}

// binFacts is what the analysis knows in one function.
type binFacts struct {
	notTuple map[string]bool // locals that never hold a tuple
	notSeq   map[string]bool // locals that never hold a tuple or a list
}

// binding is one assignment of a local name in its function.
type binding struct {
	value   py.Expr     // the value assigned (for AugAssign, the operand)
	aug     bool        // an augmented assignment
	op      py.Operator // its operator
	rangeIt bool        // the target of `for name in range(...)`
}

// needAdd reports whether `l + r` must go through __nbc_add.
func (p *printer) needAdd(l, r py.Expr) bool {
	if isTupleDisplay(l) || isTupleDisplay(r) {
		return true
	}
	return !p.notSeq(l, false) && !p.notSeq(r, false)
}

// cmpHelper returns the helper for ordering operator op between l and
// r, or "" when the VM's opcode is right for them.
func (p *printer) cmpHelper(op py.CmpOp, l, r py.Expr) string {
	var h string
	switch op {
	case py.Lt:
		h = "__nbc_lt"
	case py.LtE:
		h = "__nbc_le"
	case py.Gt:
		h = "__nbc_gt"
	case py.GtE:
		h = "__nbc_ge"
	default:
		return ""
	}
	if isSeqDisplay(l) || isSeqDisplay(r) {
		return h
	}
	if p.notSeq(l, true) || p.notSeq(r, true) {
		return ""
	}
	return h
}

// lowerCompare prints comparison e through the ordering helpers where
// needed (C-CMPSEQ) and reports whether it did; when it did not, the
// caller prints e as written.
func (p *printer) lowerCompare(e *py.Compare) bool {
	helpers := make([]string, len(e.Ops))
	any := false
	left := e.Left
	for i, op := range e.Ops {
		helpers[i] = p.cmpHelper(op, left, e.Comparators[i])
		any = any || helpers[i] != ""
		left = e.Comparators[i]
	}
	if !any {
		return false
	}
	if len(e.Ops) == 1 {
		p.w(helpers[0] + "(")
		p.expr(e.Left, precLambda)
		p.w(", ")
		p.expr(e.Comparators[0], precLambda)
		p.w(")")
		return true
	}
	// a < b < c is (a < b) and (b < c) with b evaluated once. An inner
	// literal or plain local is printed again in the next pair (reading
	// it twice is unobservable: see chainRereadable). An inner operand m
	// of another kind (a global name too) goes through
	// __nbc_cmphold(op, l, m), which compares l op m and, when that is
	// true, holds m for the next pair, whose left operand is then
	// __nbc_cmpheld(): (__nbc_cmphold('<', a, f()) and
	// __nbc_lt(__nbc_cmpheld(), b)). The next pair's call takes the held
	// value as its first argument, so no other Python code runs between
	// the hold and its take (see cmpHold).
	n := len(e.Ops)
	p.w("(")
	for i := 0; i < n; i++ {
		if i > 0 {
			p.w(" and ")
		}
		printLeft := func(prec int) {
			switch {
			case i == 0:
				p.expr(e.Left, prec)
			case !p.chainRereadable(e.Comparators[i-1]):
				p.w("__nbc_cmpheld()")
			default:
				p.expr(e.Comparators[i-1], prec)
			}
		}
		switch {
		case i < n-1 && !p.chainRereadable(e.Comparators[i]):
			p.w("__nbc_cmphold('" + e.Ops[i].Token() + "', ")
			printLeft(precLambda)
			p.w(", ")
			p.expr(e.Comparators[i], precLambda)
			p.w(")")
		case helpers[i] != "":
			p.w(helpers[i] + "(")
			printLeft(precLambda)
			p.w(", ")
			p.expr(e.Comparators[i], precLambda)
			p.w(")")
		default:
			printLeft(precCmp + 1)
			p.w(" " + e.Ops[i].Token() + " ")
			p.expr(e.Comparators[i], precCmp+1)
		}
	}
	p.w(")")
	return true
}

// chainRereadable reports whether an inner operand of a chained
// comparison may be printed again in the next pair rather than held: a
// constant, or a name only the running function can rebind (a plain
// local of a function, lambda or comprehension: not global, nonlocal,
// free, nor a cell a nested function could write through). The first
// pair's comparison may run Python code (a user __lt__), which can
// rebind or delete a global, module, class-body or cell variable; CPython
// compares with the value it read once.
func (p *printer) chainRereadable(e py.Expr) bool {
	switch e := e.(type) {
	case *py.Constant:
		return true
	case *py.Name:
		s := p.top()
		if s.data == nil || (s.kind != scopeFunc && s.kind != scopeLambda && s.kind != scopeComp) {
			return false
		}
		d, n := s.data, e.ID
		return d.locals[n] && !d.globals[n] && !d.nonlocals[n] && !d.free[n] && !d.childFree[n] &&
			!d.walrusCells[n] && !d.walrusOut[n] && s.rename[n] == ""
	}
	return false
}

// augAddTarget reports whether `target += value` must be lowered to
// `target = __nbc_add(target, value, 1)`, and whether it can be: the
// target is a name, or an attribute or subscription of names and
// literals (which are then evaluated twice, unobservably).
func (p *printer) augAddTarget(target, value py.Expr) bool {
	switch t := target.(type) {
	case *py.Name:
	case *py.Attribute:
		if !simpleOperand(t.Value) {
			return false
		}
	case *py.Subscript:
		if !simpleOperand(t.Value) || !simpleOperand(t.Slice) {
			return false
		}
	default:
		return false
	}
	return p.needAdd(target, value)
}

// simpleOperand is a name or a literal.
func simpleOperand(e py.Expr) bool {
	switch e.(type) {
	case *py.Name, *py.Constant:
		return true
	}
	return false
}

// augAdd prints `target = __nbc_add(target, value, 1)`: the third
// argument asks for in-place addition when the operands are not tuples.
func (p *printer) augAdd(target, value py.Expr) {
	p.target(target)
	p.w(" = __nbc_add(")
	p.expr(loadOf(target), precLambda)
	p.w(", ")
	p.expr(value, precLambda)
	p.w(", 1)")
}

// loadOf returns target as an expression that reads it.
func loadOf(target py.Expr) py.Expr {
	switch t := target.(type) {
	case *py.Name:
		return &py.Name{Span: t.Span, ID: t.ID, Ctx: py.Load}
	case *py.Attribute:
		c := *t
		c.Ctx = py.Load
		return &c
	case *py.Subscript:
		c := *t
		c.Ctx = py.Load
		return &c
	}
	return target
}

// notSeq reports whether e is known never to be a tuple (seq: nor a
// list) when evaluated in the scope being printed.
func (p *printer) notSeq(e py.Expr, seq bool) bool {
	return p.known(e, seq, p.nameFacts(seq))
}

// known is notSeq with the known locals given.
func (p *printer) known(e py.Expr, seq bool, names func(string) bool) bool {
	switch e := e.(type) {
	case *py.Constant:
		return true
	case *py.JoinedStr, *py.Dict, *py.DictComp, *py.Set, *py.SetComp, *py.Lambda, *py.GeneratorExp:
		return true
	case *py.List, *py.ListComp:
		return !seq
	case *py.Tuple:
		return false
	case *py.BinOp:
		switch e.Op {
		case py.Add:
			return p.known(e.Left, seq, names) || p.known(e.Right, seq, names)
		case py.Mult:
			return p.known(e.Left, seq, names) && p.known(e.Right, seq, names)
		}
		return true
	case *py.UnaryOp:
		return true
	case *py.Compare:
		return true
	case *py.BoolOp:
		for _, v := range e.Values {
			if !p.known(v, seq, names) {
				return false
			}
		}
		return true
	case *py.IfExp:
		return p.known(e.Body, seq, names) && p.known(e.Orelse, seq, names)
	case *py.NamedExpr:
		return p.known(e.Value, seq, names)
	case *py.Call:
		f, ok := e.Func.(*py.Name)
		if !ok {
			return false
		}
		mayList, ok := knownCalls[f.ID]
		if !ok || p.boundAnywhere()[f.ID] || p.localName(f.ID) {
			return false
		}
		return !(seq && mayList)
	case *py.Name:
		return names != nil && names(e.ID)
	}
	return false
}

// localName reports whether name is bound in one of the scopes being
// printed (a parameter or local shadowing a builtin).
func (p *printer) localName(name string) bool {
	for _, s := range p.scopes {
		if s.data != nil && s.data.locals[name] {
			return true
		}
	}
	return false
}

// boundAnywhere returns the names bound anywhere in the source (any
// scope, any kind of binding), computed once: a builtin whose name is
// rebound somewhere is not trusted anywhere.
func (p *printer) boundAnywhere() map[string]bool {
	if p.bound != nil {
		return p.bound
	}
	p.bound = map[string]bool{}
	if p.root == nil {
		return p.bound
	}
	var walk func(n py.Node)
	walk = func(n py.Node) {
		if nm, ok := n.(*py.Name); ok { // the most common node: no allocation
			if nm.Ctx == py.Store || nm.Ctx == py.Del {
				p.bound[nm.ID] = true
			}
			return
		}
		var buf [4]string
		for _, name := range bindingNames(buf[:0], n) {
			p.bound[name] = true
		}
		py.EachChild(n, walk)
	}
	walk(p.root)
	return p.bound
}

// bindingNames appends to dst the names node n binds by itself (a stored
// name, a def, an import, an except or match capture, a global
// declaration); callers pass a small array's slice, so that nothing is
// allocated.
func bindingNames(dst []string, n py.Node) []string {
	switch n := n.(type) {
	case *py.Name:
		if n.Ctx == py.Store || n.Ctx == py.Del {
			return append(dst, n.ID)
		}
	case *py.FunctionDef:
		return append(dst, n.Name)
	case *py.AsyncFunctionDef:
		return append(dst, n.Name)
	case *py.ClassDef:
		return append(dst, n.Name)
	case *py.Import:
		for _, al := range n.Names {
			dst = append(dst, importBinding(al))
		}
		return dst
	case *py.ImportFrom:
		for _, al := range n.Names {
			dst = append(dst, importBinding(al))
		}
		return dst
	case *py.ExceptHandler:
		if n.Name != "" {
			return append(dst, n.Name)
		}
	case *py.MatchAs:
		if n.Name != "" {
			return append(dst, n.Name)
		}
	case *py.MatchStar:
		if n.Name != "" {
			return append(dst, n.Name)
		}
	case *py.MatchMapping:
		if n.Rest != "" {
			return append(dst, n.Rest)
		}
	case *py.Global:
		return append(dst, n.Names...)
	case *py.Nonlocal:
		return append(dst, n.Names...)
	case *py.Arg:
		return append(dst, n.Arg)
	}
	return dst
}

// nameFacts returns the known locals of the innermost function scope
// visible from the scope being printed (nil at module level or in a
// class body), as a predicate.
func (p *printer) nameFacts(seq bool) func(string) bool {
	for i := len(p.scopes) - 1; i >= 0; i-- {
		s := p.scopes[i]
		if s.data == nil {
			return nil
		}
		switch s.kind {
		case scopeFunc:
			f := p.factsOf(s.data)
			if f == nil {
				return nil
			}
			m := f.notTuple
			if seq {
				m = f.notSeq
			}
			inner := p.scopes[i+1:]
			return func(name string) bool {
				for _, in := range inner {
					if in.data != nil && in.data.locals[name] {
						return false
					}
				}
				return m[name]
			}
		case scopeClass:
			return nil
		}
		// Comprehensions and lambdas bind only their own variables
		// (unknown); other names come from the enclosing function.
	}
	return nil
}

// factsOf computes (once) the known locals of the function whose scope
// data is d.
func (p *printer) factsOf(d *scopeData) *binFacts {
	if f, ok := p.facts[d]; ok {
		return f
	}
	if p.facts == nil {
		p.facts = map[*scopeData]*binFacts{}
	}
	fn := d.node
	var body []py.Stmt
	var args *py.Arguments
	switch n := fn.(type) {
	case *py.FunctionDef:
		body, args = n.Body, n.Args
	case *py.AsyncFunctionDef:
		body, args = n.Body, n.Args
	default:
		p.facts[d] = nil
		return nil
	}
	binds := map[string][]binding{}
	bad := map[string]bool{}
	if args != nil {
		for _, a := range args.Params() {
			bad[a.Arg] = true
		}
	}
	var stmt func(s py.Node)
	var other func(n py.Node)
	// other marks every name n binds, and those of its children, as
	// bound in an unrecognised way; nested scopes bind only their name
	// here, := targets (which bind in this function) and what nested
	// functions declare nonlocal.
	other = func(n py.Node) {
		if nm, ok := n.(*py.Name); ok { // the most common node: no allocation
			if nm.Ctx == py.Store || nm.Ctx == py.Del {
				bad[nm.ID] = true
			}
			return
		}
		var buf [4]string
		for _, name := range bindingNames(buf[:0], n) {
			bad[name] = true
		}
		switch n.(type) {
		case *py.FunctionDef, *py.AsyncFunctionDef, *py.ClassDef, *py.Lambda,
			*py.ListComp, *py.SetComp, *py.DictComp, *py.GeneratorExp:
			var walrus func(c py.Node)
			walrus = func(c py.Node) {
				switch c := c.(type) {
				case *py.NamedExpr:
					if t, ok := c.Target.(*py.Name); ok {
						bad[t.ID] = true
					}
				case *py.Nonlocal:
					for _, name := range c.Names {
						bad[name] = true
					}
				}
				py.EachChild(c, walrus)
			}
			py.EachChild(n, walrus)
			return
		}
		py.EachChild(n, stmt)
	}
	stmt = func(n py.Node) {
		switch s := n.(type) {
		case *py.Assign:
			for _, t := range s.Targets {
				if nm, ok := t.(*py.Name); ok {
					binds[nm.ID] = append(binds[nm.ID], binding{value: s.Value})
				} else {
					other(t)
				}
			}
			other(s.Value)
			return
		case *py.AugAssign:
			if nm, ok := s.Target.(*py.Name); ok {
				binds[nm.ID] = append(binds[nm.ID], binding{value: s.Value, aug: true, op: s.Op})
			} else {
				other(s.Target)
			}
			other(s.Value)
			return
		case *py.AnnAssign:
			if nm, ok := s.Target.(*py.Name); ok && s.Value != nil {
				binds[nm.ID] = append(binds[nm.ID], binding{value: s.Value})
				other(s.Annotation)
				other(s.Value)
				return
			}
		case *py.For:
			if nm, ok := s.Target.(*py.Name); ok && p.isRangeCall(s.Iter) {
				binds[nm.ID] = append(binds[nm.ID], binding{rangeIt: true})
				other(s.Iter)
				for _, b := range s.Body {
					stmt(b)
				}
				for _, b := range s.Orelse {
					stmt(b)
				}
				return
			}
		}
		other(n)
	}
	for _, s := range body {
		stmt(s)
	}
	f := &binFacts{}
	cands := func() map[string]bool {
		m := map[string]bool{}
		for name := range binds {
			if !bad[name] && !d.globals[name] && !d.nonlocals[name] && !d.free[name] {
				m[name] = true
			}
		}
		return m
	}
	for _, seq := range []bool{false, true} {
		set := cands()
		for changed := true; changed; {
			changed = false
			has := func(name string) bool { return set[name] }
			for name := range set {
				for _, b := range binds[name] {
					ok := b.rangeIt
					if !ok && b.aug {
						switch b.op {
						case py.Add:
							ok = set[name] || p.known(b.value, seq, has)
						case py.Mult:
							ok = p.known(b.value, seq, has)
						default:
							ok = true
						}
					} else if !ok {
						ok = p.known(b.value, seq, has)
					}
					if !ok {
						delete(set, name)
						changed = true
						break
					}
				}
			}
		}
		if seq {
			f.notSeq = set
		} else {
			f.notTuple = set
		}
	}
	p.facts[d] = f
	return f
}

// isRangeCall reports a call of the builtin range.
func (p *printer) isRangeCall(e py.Expr) bool {
	c, ok := e.(*py.Call)
	if !ok {
		return false
	}
	f, ok := c.Func.(*py.Name)
	return ok && f.ID == "range" && !p.boundAnywhere()["range"]
}

// installBinop gives a context without pyrt's builtins (the transpiler's
// own tests) the helpers this lowering emits, from pyrt; a context with
// pyrt keeps its own.
func installBinop(b *gpy.Module) {
	if _, ok := b.Globals["__nbc_add"]; !ok {
		b.Globals["__nbc_add"] = gpy.MustNewMethod("__nbc_add", func(_ gpy.Object, args gpy.Tuple) (gpy.Object, error) {
			switch len(args) {
			case 2:
				return pyrt.Add(args[0], args[1])
			case 3:
				return pyrt.IAdd(args[0], args[1])
			}
			return nil, gpy.ExceptionNewf(gpy.TypeError, "__nbc_add expected 2 or 3 arguments, got %d", len(args))
		}, 0, "")
	}
	if _, ok := b.Globals["__nbc_cmphold"]; !ok {
		hold, held := cmpHold()
		b.Globals["__nbc_cmphold"] = gpy.MustNewMethod("__nbc_cmphold", func(_ gpy.Object, args gpy.Tuple) (gpy.Object, error) {
			return hold(args)
		}, 0, "")
		b.Globals["__nbc_cmpheld"] = gpy.MustNewMethod("__nbc_cmpheld", func(_ gpy.Object, args gpy.Tuple) (gpy.Object, error) {
			return held(args)
		}, 0, "")
	}
	for name, op := range map[string]string{"__nbc_lt": "<", "__nbc_le": "<=", "__nbc_gt": ">", "__nbc_ge": ">="} {
		if _, ok := b.Globals[name]; ok {
			continue
		}
		op := op
		b.Globals[name] = gpy.MustNewMethod(name, func(_ gpy.Object, args gpy.Tuple) (gpy.Object, error) {
			if len(args) != 2 {
				return nil, gpy.ExceptionNewf(gpy.TypeError, "comparison helper expected 2 arguments, got %d", len(args))
			}
			return pyrt.Compare(op, args[0], args[1])
		}, 0, "")
	}
}

// cmpHold returns __nbc_cmphold(op, l, m) and __nbc_cmpheld() of one
// context. hold returns l op m (op any comparison operator, as a string)
// and keeps m until held takes it. It does not ask the result's truth:
// the chain's `and` does, once, as CPython's JUMP_IF_FALSE_OR_POP (a
// __bool__ with side effects runs once per pair). When the result is
// false the chain ends and m stays in the slot until the next hold. The
// lowering calls held as the first argument of the next pair's call, so
// between the two only a few bytecodes run (a forward jump, loads, the
// call): no Python code, and no switch to another thread, which the
// kernel makes only at its loop checks (back-edges) and blocking calls.
// So one slot per context is enough. One gap is left: when l op m gives
// an object that is not a bool, the chain's `and` asks its __bool__,
// which runs between hold and held; a __bool__ that itself evaluates a
// chained comparison holding an operand, or blocks and lets another
// thread do so, takes the slot first (the chain then fails with
// SystemError "__nbc_cmpheld: no operand held").
func cmpHold() (hold, held func(gpy.Tuple) (gpy.Object, error)) {
	var slot gpy.Object
	hold = func(args gpy.Tuple) (gpy.Object, error) {
		if len(args) != 3 {
			return nil, gpy.ExceptionNewf(gpy.TypeError, "__nbc_cmphold expected 3 arguments, got %d", len(args))
		}
		op, ok := args[0].(gpy.String)
		if !ok {
			return nil, gpy.ExceptionNewf(gpy.TypeError, "__nbc_cmphold: the operator must be a string")
		}
		res, err := compareOp(string(op), args[1], args[2])
		if err != nil {
			return nil, err
		}
		slot = args[2]
		return res, nil
	}
	held = func(args gpy.Tuple) (gpy.Object, error) {
		v := slot
		slot = nil
		if len(args) != 0 || v == nil {
			return nil, gpy.ExceptionNewf(gpy.SystemError, "__nbc_cmpheld: no operand held")
		}
		return v, nil
	}
	return hold, held
}

// vmCmpOps are the comparisons compareOp leaves to the evaluator, by
// their COMPARE_OP argument.
var vmCmpOps = map[string]int{
	"==": vm.PyCmp_EQ, "!=": vm.PyCmp_NE, "in": vm.PyCmp_IN, "not in": vm.PyCmp_NOT_IN,
	"is": vm.PyCmp_IS, "is not": vm.PyCmp_IS_NOT,
}

// compareOp is a op b as the same pair written alone is run: an ordering
// through pyrt (as __nbc_lt and friends), the others as the evaluator's
// COMPARE_OP (identity fallback of == and !=, exact int/float equality,
// `in` by identity then ==, bytes membership).
func compareOp(op string, a, b gpy.Object) (gpy.Object, error) {
	if c, ok := vmCmpOps[op]; ok {
		return pyvm.Compare(c, a, b)
	}
	return pyrt.Compare(op, a, b)
}
