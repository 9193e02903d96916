package pyrt

import "testing"

// TestStrerror: glibc's texts, as CPython 3.11's os.strerror gives them
// (python3 -c 'import os; print(os.strerror(n))').
func TestStrerror(t *testing.T) {
	for n, want := range map[int]string{
		0:     "Success",
		1:     "Operation not permitted",
		2:     "No such file or directory",
		11:    "Resource temporarily unavailable",
		13:    "Permission denied",
		41:    "Unknown error 41",
		99:    "Cannot assign requested address",
		133:   "Memory page has hardware error",
		134:   "Unknown error 134",
		99999: "Unknown error 99999",
		-1:    "Unknown error -1",
	} {
		if got := Strerror(n); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", n, got, want)
		}
	}
}
