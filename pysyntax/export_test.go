package pysyntax

// ParseAST parses src as ast.parse does: without the compiler's scope
// checks.
func ParseAST(src []byte) (*Module, error) {
	return Parse("<case>", src, Options{noScopeChecks: true})
}

// DumpNoFStringParts is Dump with positions, leaving out those of
// f-string parts, as testdata/gen_ast.py writes them.
func DumpNoFStringParts(n Node) string {
	d := &dumper{attrs: true, noFStringParts: true}
	d.node(n)
	return d.b.String()
}
