package pysyntax

// slab hands out nodes of one type from chunks, so that a large source
// costs one allocation per chunk instead of one per node. A node keeps
// its chunk alive, which is no loss: a tree is kept or dropped whole.
type slab[T any] struct {
	free []T
	size int
}

func (s *slab[T]) alloc() *T {
	if len(s.free) == 0 {
		// Chunks grow from 8 nodes to 256, so that a small cell wastes
		// little.
		if s.size < 8 {
			s.size = 8
		} else if s.size < 256 {
			s.size *= 2
		}
		s.free = make([]T, s.size)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	return x
}

// nodeSlabs are the parser's slabs of its most frequent nodes.
type nodeSlabs struct {
	names      slab[Name]
	attributes slab[Attribute]
	calls      slab[Call]
	constants  slab[Constant]
	exprStmts  slab[ExprStmt]
	assigns    slab[Assign]
}
