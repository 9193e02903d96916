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
	if got, want := runFileScript(t, fileSrc), fileWant[1:]; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// runFileScript runs src, with PATH replaced by a file in a temporary
// folder, transpiled as a script, and returns what it printed.
func runFileScript(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.txt")
	src = strings.Replace(src, "PATH", strconv.Quote(path), 1)
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
	return runPyWith(t, "file.py", res.Code, setup)
}

// seekWriteSrc: the arguments seek refuses (text files: TextIOWrapper's
// rules; binary ones: a negative whence, and the rest lseek's errno as
// CPython's OSError, with no file name), and write on a file not open
// for writing (io.UnsupportedOperation; gpython's Go error named the
// real path). PATH as in fileSrc.
const seekWriteSrc = `
p = PATH
with open(p, 'w') as f:
    f.write('hello\n')
for mode in ['r', 'rb', 'r+', 'w+b']:
    f = open(p, mode)
    for a in [(-5,), (0, 1), (1, 1), (0, 2), (-1, 2), (0, 3), (0, -1)]:
        try:
            print(mode, a, f.seek(*a))
        except (OSError, ValueError) as e:
            extra = (e.errno, e.filename) if isinstance(e, OSError) else ()
            print(mode, a, type(e).__name__, e, *extra)
    f.close()
    try:
        f.seek(0)
    except ValueError as e:
        print(mode, 'closed', e)
for mode in ['r', 'rb']:
    f = open(p, mode)
    try:
        f.write(b'x' if 'b' in mode else 'x')
    except OSError as e:
        print(mode, type(e).__name__, e)
    f.close()
    try:
        f.write(b'x' if 'b' in mode else 'x')
    except (OSError, ValueError) as e:
        print(mode, 'closed', type(e).__name__, e)
`

// seekWriteWant is what CPython 3.11 prints for seekWriteSrc.
const seekWriteWant = `
r (-5,) ValueError negative seek position -5
r (0, 1) 0
r (1, 1) UnsupportedOperation can't do nonzero cur-relative seeks None None
r (0, 2) 6
r (-1, 2) UnsupportedOperation can't do nonzero end-relative seeks None None
r (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
r (0, -1) ValueError invalid whence (-1, should be 0, 1 or 2)
r closed I/O operation on closed file.
rb (-5,) OSError [Errno 22] Invalid argument 22 None
rb (0, 1) 0
rb (1, 1) 1
rb (0, 2) 6
rb (-1, 2) 5
rb (0, 3) 0
rb (0, -1) ValueError whence value -1 unsupported
rb closed seek of closed file
r+ (-5,) ValueError negative seek position -5
r+ (0, 1) 0
r+ (1, 1) UnsupportedOperation can't do nonzero cur-relative seeks None None
r+ (0, 2) 6
r+ (-1, 2) UnsupportedOperation can't do nonzero end-relative seeks None None
r+ (0, 3) ValueError invalid whence (3, should be 0, 1 or 2)
r+ (0, -1) ValueError invalid whence (-1, should be 0, 1 or 2)
r+ closed I/O operation on closed file.
w+b (-5,) OSError [Errno 22] Invalid argument 22 None
w+b (0, 1) 0
w+b (1, 1) 1
w+b (0, 2) 0
w+b (-1, 2) OSError [Errno 22] Invalid argument 22 None
w+b (0, 3) OSError [Errno 6] No such device or address 6 None
w+b (0, -1) ValueError whence value -1 unsupported
w+b closed seek of closed file
r UnsupportedOperation not writable
r closed ValueError I/O operation on closed file.
rb UnsupportedOperation write
rb closed UnsupportedOperation write
`

func TestFileSeekWriteErrors(t *testing.T) {
	if got, want := runFileScript(t, seekWriteSrc), seekWriteWant[1:]; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
