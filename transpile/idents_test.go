package transpile_test

import "testing"

// TestNonASCIIIdentifiers checks the identifier check (idents.go), which
// runs only when the parser saw a non-ASCII name: letters gpython reads
// pass, others are refused, and non-ASCII text outside names does not
// matter.
func TestNonASCIIIdentifiers(t *testing.T) {
	expectTranspiled(t, "é = 1\nprint(é);", "é = 1\nprint(é)")
	expectTranspiled(t, "x = 'a\u00b7b'  # \u00b7", "x = 'a\\u00b7b'")
	expectTranspileError(t, "a\u00b7b = 1", "identifier `a\u00b7b` has a character gpython cannot read in a name")
	expectTranspileError(t, "import os.\u2118x", "identifier `os.\u2118x` has a character gpython cannot read in a name")
	expectTranspileError(t, "def f(\u2118=1): pass", "identifier `\u2118` has a character gpython cannot read in a name")
}
