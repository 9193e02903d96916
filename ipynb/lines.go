package ipynb

// SplitLines splits s into lines as Python's str.splitlines(True) does,
// which is how nbformat stores multiline text: each line keeps its end,
// and a line ends at \n, \r\n, \r, \v, \f, \x1c, \x1d, \x1e, U+0085,
// U+2028 or U+2029. The empty string has no lines.
func SplitLines(s string) []string {
	var lines []string
	for start := 0; start < len(s); {
		end := nextLine(s, start)
		lines = append(lines, s[start:end])
		start = end
	}
	return lines
}

// nextLine returns the end of the line that starts at s[start:], just
// after its line end, or len(s).
func nextLine(s string, start int) int {
	for i := start; i < len(s); {
		if n := lineEnd(s, i); n > 0 {
			return i + n
		}
		i++
	}
	return len(s)
}

// lineEnd returns the length of the line ending at s[i:], or 0.
func lineEnd(s string, i int) int {
	switch c := s[i]; c {
	case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e:
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xc2: // U+0085 is C2 85
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xe2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
			return 3
		}
	}
	return 0
}
