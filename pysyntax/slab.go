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

// sliceSlab hands out short slices cut from chunks, each with its
// capacity limited to its length, so that appending to one copies it
// instead of writing into its neighbour.
type sliceSlab[T any] struct {
	free []T
	size int
}

func (s *sliceSlab[T]) make(n int) []T {
	if n > 32 {
		return make([]T, n)
	}
	if len(s.free) < n {
		if s.size < 32 {
			s.size = 32
		} else if s.size < 1024 {
			s.size *= 2
		}
		s.free = make([]T, s.size)
	}
	x := s.free[:n:n]
	s.free = s.free[n:]
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
	keywords   slab[Keyword]
	args       slab[Arg]
	binOps     slab[BinOp]
	subscripts slab[Subscript]
	exprLists  sliceSlab[Expr]
	stmtLists  sliceSlab[Stmt]
}
