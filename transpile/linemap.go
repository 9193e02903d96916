package transpile

// This file defines the source map from generated lines back to the
// original cell. The printer keeps each statement on its original line
// when it can (padding with blank lines); a rewrite that needs more lines
// shifts what follows, and the map records where each statement went.

import "sort"

// Mapping maps one generated line to an original position.
type Mapping struct {
	Gen  int // 0-based line of the generated code
	Line int // 0-based line of the original source
	Col  int // 0-based, in bytes, within Line
}

// LineMap maps generated lines to original positions. Its mappings are
// sorted by Gen.
type LineMap struct {
	Mappings []Mapping
}

// add appends a mapping; gen must not decrease.
func (m *LineMap) add(gen, line, col int) {
	if n := len(m.Mappings); n > 0 && m.Mappings[n-1].Gen == gen {
		return
	}
	m.Mappings = append(m.Mappings, Mapping{gen, line, col})
}

// Find returns the original line and column (both 0-based) of generated
// line gen (0-based): those of the last mapping at or before gen. A line
// before every mapping maps to itself.
func (m *LineMap) Find(gen int) (line, col int) {
	if m == nil {
		return gen, 0
	}
	i := sort.Search(len(m.Mappings), func(i int) bool { return m.Mappings[i].Gen > gen })
	if i == 0 {
		return gen, 0
	}
	mp := m.Mappings[i-1]
	return mp.Line, mp.Col
}
