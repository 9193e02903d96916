// Package pysyntax parses Python 3.12 source into a syntax tree.
package pysyntax

// This file defines the syntax tree. Node types mirror CPython's ast
// module (3.12) one for one: same names, same fields in the same order
// (the order of CPython's _fields), so that Dump can print exactly what
// ast.dump prints. Keep Dump (dump.go) in step with every type here.
//
// Positions follow CPython: lines are 1-based, columns are 0-based byte
// offsets into the UTF-8 line, and the end column is exclusive.

import (
	"math/big"
	"strings"
)

// Span is the source range of a node.
type Span struct {
	Lineno       int // 1-based line of the first byte
	ColOffset    int // 0-based, in bytes, within Lineno
	EndLineno    int // 1-based line of the last byte
	EndColOffset int // 0-based, in bytes, within EndLineno; exclusive
}

// NodeSpan returns s itself, so that every node embedding a Span is a
// [Positioned].
func (s *Span) NodeSpan() *Span { return s }

// Node is any node of the tree: a [Module], [Stmt], [Expr], [Pattern],
// [TypeParam] or one of the helper nodes ([Arguments], [Arg], [Keyword],
// [Alias], [WithItem], [Comprehension], [ExceptHandler], [MatchCase]).
type Node interface {
	node()
}

// Positioned is a node that has a source range (CPython's _attributes).
type Positioned interface {
	Node
	NodeSpan() *Span
}

// Stmt is a statement node.
type Stmt interface {
	Positioned
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Positioned
	exprNode()
}

// Pattern is a pattern node of a match statement's case.
type Pattern interface {
	Positioned
	patternNode()
}

// TypeParam is a type parameter of a generic function, class or type
// alias (PEP 695): [TypeVar], [ParamSpec] or [TypeVarTuple].
type TypeParam interface {
	Positioned
	typeParamNode()
}

// Ctx is the context of a Name, Attribute, Subscript, Starred, List or
// Tuple expression.
type Ctx uint8

// The expression contexts.
const (
	Load Ctx = iota
	Store
	Del
)

func (c Ctx) String() string {
	switch c {
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return "Load"
}

// Operator is a binary operator of BinOp and AugAssign.
type Operator uint8

// The binary operators; keep operatorNames and operatorTokens in step.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

// operatorTokens are the operators' source spellings.
var operatorTokens = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

func (o Operator) String() string { return operatorNames[o] }

// Token returns the operator's source spelling, such as "//".
func (o Operator) Token() string { return operatorTokens[o] }

// BoolOpKind is the operator of a BoolOp.
type BoolOpKind uint8

// The boolean operators.
const (
	And BoolOpKind = iota
	Or
)

func (o BoolOpKind) String() string {
	if o == Or {
		return "Or"
	}
	return "And"
}

// UnaryOpKind is the operator of a UnaryOp.
type UnaryOpKind uint8

// The unary operators.
const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

var unaryNames = [...]string{"Invert", "Not", "UAdd", "USub"}

func (o UnaryOpKind) String() string { return unaryNames[o] }

// CmpOp is a comparison operator of a Compare.
type CmpOp uint8

// The comparison operators; keep cmpNames and cmpTokens in step.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var cmpTokens = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func (o CmpOp) String() string { return cmpNames[o] }

// Token returns the operator's source spelling, such as "not in".
func (o CmpOp) Token() string { return cmpTokens[o] }

// ---- module ----

// Module is a parsed file or cell.
type Module struct {
	Body []Stmt

	// info is what the parser noticed about the source, nil for a
	// tree not made by the parser.
	info *parseInfo
}

// parseInfo records source-wide facts that let later passes skip whole
// analyses.
type parseInfo struct {
	walrus       bool // an assignment expression was parsed
	nonASCIIName bool // some name token has a non-ASCII character
}

// MayHaveWalrus reports whether the tree may hold an assignment
// expression: false only for a tree the parser made from source without
// one.
func (m *Module) MayHaveWalrus() bool { return m.info == nil || m.info.walrus }

// MayHaveNonASCIIName reports whether some identifier of the tree may
// have a non-ASCII character: false only for a tree the parser made from
// source whose names are all ASCII.
func (m *Module) MayHaveNonASCIIName() bool { return m.info == nil || m.info.nonASCIIName }

// ---- statements ----

// FunctionDef is a def statement.
type FunctionDef struct {
	Span
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil when absent
	TypeParams    []TypeParam
}

// AsyncFunctionDef is an async def statement.
type AsyncFunctionDef struct {
	Span
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil when absent
	TypeParams    []TypeParam
}

// ClassDef is a class statement.
type ClassDef struct {
	Span
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam
}

// Return is a return statement.
type Return struct {
	Span
	Value Expr // nil when absent
}

// Delete is a del statement.
type Delete struct {
	Span
	Targets []Expr
}

// Assign is an assignment; a = b = c has two targets.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// TypeAlias is a type statement (PEP 695).
type TypeAlias struct {
	Span
	Name       Expr // a *Name
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is an augmented assignment such as x += 1.
type AugAssign struct {
	Span
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is an annotated assignment such as x: int = 1.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr // nil when absent
	Simple     bool // the target is a plain name, not in parentheses
}

// For is a for loop.
type For struct {
	Span
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// AsyncFor is an async for loop.
type AsyncFor struct {
	Span
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is a while loop.
type While struct {
	Span
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; elif chains nest in Orelse.
type If struct {
	Span
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with statement.
type With struct {
	Span
	Items []*WithItem
	Body  []Stmt
}

// AsyncWith is an async with statement.
type AsyncWith struct {
	Span
	Items []*WithItem
	Body  []Stmt
}

// Match is a match statement.
type Match struct {
	Span
	Subject Expr
	Cases   []*MatchCase
}

// Raise is a raise statement.
type Raise struct {
	Span
	Exc   Expr // nil when absent
	Cause Expr // nil when absent
}

// Try is a try statement with except clauses.
type Try struct {
	Span
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is a try statement with except* clauses.
type TryStar struct {
	Span
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an assert statement.
type Assert struct {
	Span
	Test Expr
	Msg  Expr // nil when absent
}

// Import is an import statement.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is a from ... import statement.
type ImportFrom struct {
	Span
	Module string // "" when absent (from . import x)
	Names  []*Alias
	Level  int // number of leading dots
}

// Global is a global statement.
type Global struct {
	Span
	Names []string
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Span
	Names []string
}

// ExprStmt is an expression statement (CPython's Expr).
type ExprStmt struct {
	Span
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Span }

// Break is a break statement.
type Break struct{ Span }

// Continue is a continue statement.
type Continue struct{ Span }

// ---- expressions ----

// BoolOp is a chain of and or of or: a and b and c has three values.
type BoolOp struct {
	Span
	Op     BoolOpKind
	Values []Expr
}

// NamedExpr is an assignment expression (x := v).
type NamedExpr struct {
	Span
	Target Expr // a *Name
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Span
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	Span
	Op      UnaryOpKind
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Span
	Args *Arguments
	Body Expr
}

// IfExp is a conditional expression (body if test else orelse).
type IfExp struct {
	Span
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display. A **m entry has a nil key.
type Dict struct {
	Span
	Keys   []Expr // nil entries for **m
	Values []Expr
}

// Set is a set display.
type Set struct {
	Span
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Span
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// Await is an await expression.
type Await struct {
	Span
	Value Expr
}

// Yield is a yield expression.
type Yield struct {
	Span
	Value Expr // nil when absent
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Span
	Value Expr
}

// Compare is a comparison chain: a < b < c has two ops.
type Compare struct {
	Span
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is a call.
type Call struct {
	Span
	Func     Expr
	Args     []Expr // *Starred for *a
	Keywords []*Keyword
}

// FormattedValue is one replacement field of an f-string.
type FormattedValue struct {
	Span
	Value      Expr
	Conversion int  // -1 for none, else 's', 'r' or 'a'
	FormatSpec Expr // a *JoinedStr, nil when absent
}

// JoinedStr is an f-string (with any strings implicitly concatenated to
// it). Values holds *Constant (str) and *FormattedValue parts.
type JoinedStr struct {
	Span
	Values []Expr
}

// ConstKind is the Python type of a [Constant].
type ConstKind uint8

// The constant kinds.
const (
	ConstNone ConstKind = iota
	ConstBool
	ConstEllipsis
	ConstInt
	ConstFloat
	ConstComplex // an imaginary literal such as 2j
	ConstStr
	ConstBytes
)

// Constant is a literal, or True, False, None or the Ellipsis.
type Constant struct {
	Span
	Kind ConstKind
	// Str is the value of a str (UTF-8; a lone surrogate from a \ud800
	// escape is kept as its 3-byte WTF-8 form) or of a bytes literal (raw
	// bytes), after implicit concatenation.
	Str string
	// Bool is the value of True or False.
	Bool bool
	// Float is the value of a float, or the imaginary part of a complex.
	Float float64
	// U reports a str literal whose first part had the u prefix (CPython's
	// kind='u').
	U bool
	// Raw is the literal's source text (for concatenated strings, from the
	// start of the first part to the end of the last; for True, False,
	// None and the Ellipsis, the keyword or "...").
	Raw string
}

// BigInt returns the value of an int constant, or nil for other kinds.
func (c *Constant) BigInt() *big.Int {
	if c.Kind != ConstInt {
		return nil
	}
	s := strings.ReplaceAll(c.Raw, "_", "")
	v := new(big.Int)
	base := 10
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, s = 16, s[2:]
		case 'o', 'O':
			base, s = 8, s[2:]
		case 'b', 'B':
			base, s = 2, s[2:]
		}
	}
	if _, ok := v.SetString(s, base); !ok {
		return nil
	}
	return v
}

// Attribute is an attribute reference (value.attr).
type Attribute struct {
	Span
	Value Expr
	Attr  string
	Ctx   Ctx
}

// Subscript is a subscription (value[slice]).
type Subscript struct {
	Span
	Value Expr
	Slice Expr // a *Slice, a *Tuple for a[1:2, 3], or any expression
	Ctx   Ctx
}

// Starred is a starred expression (*value).
type Starred struct {
	Span
	Value Expr
	Ctx   Ctx
}

// Name is a name.
type Name struct {
	Span
	ID  string
	Ctx Ctx
}

// List is a list display.
type List struct {
	Span
	Elts []Expr
	Ctx  Ctx
}

// Tuple is a tuple display.
type Tuple struct {
	Span
	Elts []Expr
	Ctx  Ctx
}

// Slice is a slice (lower:upper:step) inside a subscription.
type Slice struct {
	Span
	Lower Expr // nil when absent
	Upper Expr // nil when absent
	Step  Expr // nil when absent
}

// ---- helper nodes ----

// Arguments is the parameter list of a def or lambda.
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg // nil when absent
	Kwonlyargs  []*Arg
	KwDefaults  []Expr // one per Kwonlyargs entry, nil for none
	Kwarg       *Arg   // nil when absent
	Defaults    []Expr // for the last positional parameters
}

// Params returns every parameter in source order: positional-only,
// positional, *args, keyword-only, **kwargs.
func (a *Arguments) Params() []*Arg {
	out := make([]*Arg, 0, len(a.Posonlyargs)+len(a.Args)+len(a.Kwonlyargs)+2)
	out = append(append(out, a.Posonlyargs...), a.Args...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	out = append(out, a.Kwonlyargs...)
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

// Arg is one parameter.
type Arg struct {
	Span
	Arg        string
	Annotation Expr // nil when absent
}

// Keyword is a keyword argument of a call or class statement; Arg is ""
// for **kwargs.
type Keyword struct {
	Span
	Arg   string
	Value Expr
}

// Alias is one name of an import.
type Alias struct {
	Span
	Name   string
	Asname string // "" when absent
}

// WithItem is one item of a with statement.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // nil when absent
}

// Comprehension is one for clause of a comprehension, with its ifs.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ExceptHandler is one except (or except*) clause.
type ExceptHandler struct {
	Span
	Type Expr   // nil for a bare except
	Name string // "" when absent
	Body []Stmt
}

// MatchCase is one case of a match statement.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr // nil when absent
	Body    []Stmt
}

// ---- patterns ----

// MatchValue is a value pattern (a literal or a dotted name).
type MatchValue struct {
	Span
	Value Expr
}

// MatchSingleton is a None, True or False pattern.
type MatchSingleton struct {
	Span
	Value *Constant
}

// MatchSequence is a sequence pattern ([a, b] or (a, *rest)).
type MatchSequence struct {
	Span
	Patterns []Pattern
}

// MatchMapping is a mapping pattern.
type MatchMapping struct {
	Span
	Keys     []Expr
	Patterns []Pattern
	Rest     string // "" when absent
}

// MatchClass is a class pattern.
type MatchClass struct {
	Span
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is a *name pattern inside a sequence pattern; Name is "" for *_.
type MatchStar struct {
	Span
	Name string
}

// MatchAs is a capture pattern (name), the wildcard (_, with nil Pattern
// and "" Name) or an as pattern (pattern as name).
type MatchAs struct {
	Span
	Pattern Pattern // nil when absent
	Name    string  // "" when absent
}

// MatchOr is an or pattern (a | b).
type MatchOr struct {
	Span
	Patterns []Pattern
}

// ---- type parameters ----

// TypeVar is a type parameter T or T: bound.
type TypeVar struct {
	Span
	Name  string
	Bound Expr // nil when absent
}

// ParamSpec is a type parameter **P.
type ParamSpec struct {
	Span
	Name string
}

// TypeVarTuple is a type parameter *Ts.
type TypeVarTuple struct {
	Span
	Name string
}

func (*Module) node()           {}
func (*FunctionDef) node()      {}
func (*AsyncFunctionDef) node() {}
func (*ClassDef) node()         {}
func (*Return) node()           {}
func (*Delete) node()           {}
func (*Assign) node()           {}
func (*TypeAlias) node()        {}
func (*AugAssign) node()        {}
func (*AnnAssign) node()        {}
func (*For) node()              {}
func (*AsyncFor) node()         {}
func (*While) node()            {}
func (*If) node()               {}
func (*With) node()             {}
func (*AsyncWith) node()        {}
func (*Match) node()            {}
func (*Raise) node()            {}
func (*Try) node()              {}
func (*TryStar) node()          {}
func (*Assert) node()           {}
func (*Import) node()           {}
func (*ImportFrom) node()       {}
func (*Global) node()           {}
func (*Nonlocal) node()         {}
func (*ExprStmt) node()         {}
func (*Pass) node()             {}
func (*Break) node()            {}
func (*Continue) node()         {}
func (*BoolOp) node()           {}
func (*NamedExpr) node()        {}
func (*BinOp) node()            {}
func (*UnaryOp) node()          {}
func (*Lambda) node()           {}
func (*IfExp) node()            {}
func (*Dict) node()             {}
func (*Set) node()              {}
func (*ListComp) node()         {}
func (*SetComp) node()          {}
func (*DictComp) node()         {}
func (*GeneratorExp) node()     {}
func (*Await) node()            {}
func (*Yield) node()            {}
func (*YieldFrom) node()        {}
func (*Compare) node()          {}
func (*Call) node()             {}
func (*FormattedValue) node()   {}
func (*JoinedStr) node()        {}
func (*Constant) node()         {}
func (*Attribute) node()        {}
func (*Subscript) node()        {}
func (*Starred) node()          {}
func (*Name) node()             {}
func (*List) node()             {}
func (*Tuple) node()            {}
func (*Slice) node()            {}
func (*Arguments) node()        {}
func (*Arg) node()              {}
func (*Keyword) node()          {}
func (*Alias) node()            {}
func (*WithItem) node()         {}
func (*Comprehension) node()    {}
func (*ExceptHandler) node()    {}
func (*MatchCase) node()        {}
func (*MatchValue) node()       {}
func (*MatchSingleton) node()   {}
func (*MatchSequence) node()    {}
func (*MatchMapping) node()     {}
func (*MatchClass) node()       {}
func (*MatchStar) node()        {}
func (*MatchAs) node()          {}
func (*MatchOr) node()          {}
func (*TypeVar) node()          {}
func (*ParamSpec) node()        {}
func (*TypeVarTuple) node()     {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*TypeAlias) stmtNode()        {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}

var (
	_ Stmt       = (*ExprStmt)(nil)
	_ Expr       = (*Name)(nil)
	_ Pattern    = (*MatchAs)(nil)
	_ TypeParam  = (*TypeVar)(nil)
	_ Positioned = (*Arg)(nil)
)
