package pystd

import (
	"slices"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestSetCompiled checks that code given with SetCompiled is what an
// import then runs, that code given after a module was compiled here is
// ignored, and that Imported lists the modules imported.
func TestSetCompiled(t *testing.T) {
	name := "bisect"
	given := Compiled("heapq") // any other module's code
	if given == nil {
		t.Fatal("heapq does not compile")
	}
	s := sources[name]
	defer func() { sources[name] = s }()
	sources[name] = &source{name: s.name, path: s.path} // not compiled yet
	SetCompiled(name, func() *py.Code { return given })
	impl, err := find(name)
	if err != nil || impl.Code != given {
		t.Fatalf("find(%q) after SetCompiled ran %v (%v), want the code given", name, impl, err)
	}
	if !slices.Contains(Imported(), name) {
		t.Errorf("Imported() = %v, want %s in it", Imported(), name)
	}
	compiled := Compiled("heapq")
	SetCompiled("heapq", func() *py.Code { return &py.Code{} })
	if Compiled("heapq") != compiled {
		t.Error("SetCompiled replaced code already compiled")
	}
	// A load that gives nothing: the module is compiled here.
	sources[name] = &source{name: s.name, path: s.path}
	SetCompiled(name, func() *py.Code { return nil })
	if code := Compiled(name); code == nil || code == given {
		t.Errorf("after a load giving nil, Compiled(%q) = %v, want its own code", name, code)
	}
	if Compiled("no.such.module") != nil {
		t.Error("Compiled of an unknown module is not nil")
	}
}
