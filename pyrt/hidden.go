package pyrt

// Hidden is implemented by the entries nbcheck adds to a builtin type's
// Dict for its own attribute lookups where CPython's type has none (the
// exception attribute slots of pyobj): dir() and the type's __dict__
// leave them out.
type Hidden interface{ HiddenEntry() }
