package pyrt_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyobj"
	"github.com/nbcheck/nbcheck/transpile"
)

// fileSrc exercises the file methods of file.go on gpython's own open
// (no nbcheck sandbox, so name and mode come from the file's flags),
// transpiled as a script so that its loops go through Iter.
// PATH is replaced by a file in a temporary folder.
const fileSrc = `
p = PATH
with open(p, 'w') as f:
    f.write('ab\n' + 'x' * 5000 + '\nlast')
    f.writelines(['ok\n', 'end\n'])
    try:
        f.writelines(['more\n', 1])
    except TypeError:
        print('writelines raised')
    print(f.mode)
f = open(p)
print(repr(f.readline(1)), repr(f.readline(0)), repr(f.readline()), f.tell())
print(len(f.readline()), f.tell())
print(repr(next(f)), [line for line in f])
print(f.seek(0), repr(f.read(1)), repr(f.readline()))
print(f.seek(0, 2), repr(f.readline()), f.readlines())
for args in [(), (1, 2, 3)]:
    try:
        f.seek(*args)
    except TypeError as e:
        print('TypeError', e)
print(f.closed)
f.close()
print(f.closed)
for g in (lambda: f.readline(), lambda: f.tell(), lambda: next(f), lambda: [x for x in f], lambda: f.writelines([])):
    try:
        g()
    except ValueError as e:
        print('ValueError', e)
f = open(p, 'rb')
print(f.readline(), f.readline(3), f.mode)
n = 0
for _ in f:
    n += 1
print(n)
f.seek(0)
it = iter(f)
print(next(it), list(it)[-1])
f.close()
`

// fileWant is what CPython 3.11 prints for fileSrc.
const fileWant = `
writelines raised
w
'a' '' 'b\n' 3
5001 5004
'lastok\n' ['end\n', 'more\n']
0 'a' 'b\n'
5020 '' []
TypeError seek expected at least 1 argument, got 0
TypeError seek expected at most 2 arguments, got 3
False
True
ValueError I/O operation on closed file.
ValueError I/O operation on closed file.
ValueError I/O operation on closed file.
ValueError I/O operation on closed file.
ValueError I/O operation on closed file.
b'ab\n' b'xxx' rb
4
b'ab\n' b'more\n'
`

func TestFileMethods(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.txt")
	src := strings.Replace(fileSrc, "PATH", strconv.Quote(path), 1)
	res, err := transpile.Script(src, transpile.Options{Filename: "file.py"})
	if err != nil {
		t.Fatal(err)
	}
	// The transpiled code's helpers, on the object layer they need, as
	// a kernel installs them.
	setup := func(ctx py.Context) error {
		if err := pyobj.Install(ctx); err != nil {
			return err
		}
		return transpile.InstallHelpers(ctx)
	}
	got := runPyWith(t, "file.py", res.Code, setup)
	if want := fileWant[1:]; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
