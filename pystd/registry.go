package pystd

// This file finds the Python-source modules under lib/ and compiles each
// one, once per process, when a context first imports it.

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/transpile"
)

//go:embed all:lib
var libFS embed.FS

// source is one Python-source module.
type source struct {
	name string // dotted module name: "collections", "collections.abc"
	path string // path in libFS
	once sync.Once
	code *py.Code
	err  error
	used atomic.Bool // imported in this process
	// given, if set, returns the module's code compiled by another
	// process (SetCompiled); nil means compile here after all.
	given func() *py.Code
}

// sources holds every module under lib/, by dotted name. A file
// lib/a/b.py is module a.b; lib/a/__init__.py is package a.
var sources = map[string]*source{}

func init() {
	err := fs.WalkDir(libFS, "lib", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		name := strings.TrimSuffix(strings.TrimPrefix(path, "lib/"), ".py")
		name = strings.TrimSuffix(name, "/__init__")
		name = strings.ReplaceAll(name, "/", ".")
		sources[name] = &source{name: name, path: path}
		return nil
	})
	if err != nil {
		panic(err)
	}
	pyrt.RegisterFinder(find)
}

// Names returns the names of the Python-source modules, sorted.
func Names() []string {
	var names []string
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// find returns the module implementation for name, if pystd has it as
// Python source. Its code is transpiled and compiled on first use.
func find(name string) (*py.ModuleImpl, error) {
	s, ok := sources[name]
	if !ok {
		return nil, nil
	}
	s.once.Do(s.compile)
	s.used.Store(true)
	if s.err != nil {
		return nil, s.err
	}
	file := "<frozen " + name + ">"
	return &py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: file}, Code: s.code}, nil
}

// compile transpiles and compiles the module's source, unless it was
// given compiled.
func (s *source) compile() {
	if s.given != nil {
		if s.code = s.given(); s.code != nil {
			return
		}
	}
	src, err := libFS.ReadFile(s.path)
	if err != nil {
		s.err = err
		return
	}
	file := "<frozen " + s.name + ">"
	res, err := transpile.Script(string(src), transpile.Options{Filename: file})
	if err != nil {
		s.err = fmt.Errorf("pystd: module %s: %w", s.name, err)
		return
	}
	code, err := py.Compile(res.Code, file, py.ExecMode, 0, true)
	if err != nil {
		s.err = fmt.Errorf("pystd: module %s: compile: %w", s.name, err)
		return
	}
	s.code = code
}

// Imported returns the names of the Python-source modules imported in
// this process so far, sorted.
func Imported() []string {
	var names []string
	for n, s := range sources {
		if s.used.Load() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// Compiled returns the compiled code of the Python-source module name,
// compiling it on first use; nil when pystd has no such module or it
// does not compile.
func Compiled(name string) *py.Code {
	s, ok := sources[name]
	if !ok {
		return nil
	}
	s.once.Do(s.compile)
	return s.code
}

// SetCompiled gives this process the code of module name, compiled from
// the same source by the same nbcheck binary in another process
// (Compiled there): nbcheck's parent process compiles, once per run, the
// modules its worker processes import and hands the code to the workers
// it starts next, so that each does not transpile and compile them
// again. load is called when the module is first imported, and returns
// its code, or nil to have it compiled here after all. SetCompiled has
// no effect when pystd has no such module or once it was compiled here;
// call it before anything is imported.
func SetCompiled(name string, load func() *py.Code) {
	if s, ok := sources[name]; ok && load != nil {
		s.given = load
	}
}
