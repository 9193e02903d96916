// Package pystd holds the standard modules that nbcheck's runtime adds to
// gpython: collections, functools, random, datetime, json, re and the
// others tutorials import.
//
// A module is either Python source under lib/ (written for nbcheck, in
// modern Python: it goes through package transpile like a user's script,
// once per process, on first import) or Go code registered with
// gpython's py.RegisterModule (a module whose name starts with an
// underscore, such as _random, usually backs a Python one). The Python
// modules see the same builtins and __nbc_* helpers as a notebook cell.
//
// Importing pystd (for its side effects) makes its modules importable in
// every context that has pyrt installed.
package pystd
