package transpile

import "testing"

// TestStripAnnotationScopes checks that FixQualnames's rewrite drops the
// hidden functions of generic definitions, and only them, from
// qualified names.
func TestStripAnnotationScopes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"__nbc_tp1.<locals>.f", "f"},
		{"C.__nbc_tp2.<locals>.m", "C.m"},
		{"outer.<locals>.__nbc_tp13.<locals>.g", "outer.<locals>.g"},
		{"__nbc_tp1.<locals>.C.__nbc_tp2.<locals>.m", "C.m"},
		{"f", "f"},
		{"__nbc_tp.<locals>.f", "__nbc_tp.<locals>.f"},     // no number: not a hidden function
		{"__nbc_tp1x.<locals>.f", "__nbc_tp1x.<locals>.f"}, // another name
		{"__nbc_tp1", "__nbc_tp1"},                         // the function itself
		{"a__nbc_tp1.<locals>.f", "a__nbc_tp1.<locals>.f"}, // a user's name
		{"a__nbc_tp1.<locals>.__nbc_tp2.<locals>.g", "a__nbc_tp1.<locals>.g"},
	} {
		if got := stripAnnotationScopes(tt.in); got != tt.want {
			t.Errorf("stripAnnotationScopes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
