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

// closedSrc calls each method of a closed file in five modes: a binary
// file's buffered classes name the operation in their messages ("read of
// closed file", "write to closed file", "flush of closed file"), a text
// file's say "I/O operation on closed file." PATH as in fileSrc.
const closedSrc = `
p = PATH
with open(p, 'w') as f:
    f.write('hello\n')
for mode in ['r', 'rb', 'w', 'wb', 'r+b']:
    f = open(p, mode)
    f.close()
    for m in ['tell', 'read', 'readline', 'readlines', 'truncate', 'flush', 'fileno', 'seek', 'write', 'writelines', '__iter__', '__next__', 'readable', 'writable', 'seekable']:
        args = {'seek': (0,), 'write': (b'x' if 'b' in mode else 'x',), 'writelines': ([],)}.get(m, ())
        try:
            getattr(f, m)(*args)
            print(mode, m, 'ok')
        except (OSError, ValueError) as e:
            print(mode, m, type(e).__name__, e)
`

// closedWant is what CPython 3.11 prints for closedSrc.
const closedWant = `
r tell ValueError I/O operation on closed file.
r read ValueError I/O operation on closed file.
r readline ValueError I/O operation on closed file.
r readlines ValueError I/O operation on closed file.
r truncate ValueError I/O operation on closed file.
r flush ValueError I/O operation on closed file.
r fileno ValueError I/O operation on closed file
r seek ValueError I/O operation on closed file.
r write ValueError I/O operation on closed file.
r writelines ValueError I/O operation on closed file.
r __iter__ ValueError I/O operation on closed file.
r __next__ ValueError I/O operation on closed file.
r readable ValueError I/O operation on closed file
r writable ok
r seekable ValueError I/O operation on closed file
rb tell ValueError I/O operation on closed file
rb read ValueError read of closed file
rb readline ValueError readline of closed file
rb readlines ValueError I/O operation on closed file.
rb truncate ValueError truncate of closed file
rb flush ValueError I/O operation on closed file.
rb fileno ValueError I/O operation on closed file
rb seek ValueError seek of closed file
rb write UnsupportedOperation write
rb writelines ValueError I/O operation on closed file.
rb __iter__ ValueError I/O operation on closed file.
rb __next__ ValueError readline of closed file
rb readable ValueError I/O operation on closed file
rb writable ok
rb seekable ValueError I/O operation on closed file
w tell ValueError I/O operation on closed file.
w read ValueError I/O operation on closed file.
w readline ValueError I/O operation on closed file.
w readlines ValueError I/O operation on closed file.
w truncate ValueError I/O operation on closed file.
w flush ValueError I/O operation on closed file.
w fileno ValueError I/O operation on closed file
w seek ValueError I/O operation on closed file.
w write ValueError I/O operation on closed file.
w writelines ValueError I/O operation on closed file.
w __iter__ ValueError I/O operation on closed file.
w __next__ ValueError I/O operation on closed file.
w readable ok
w writable ValueError I/O operation on closed file
w seekable ValueError I/O operation on closed file
wb tell ValueError I/O operation on closed file
wb read UnsupportedOperation read
wb readline UnsupportedOperation read
wb readlines ValueError I/O operation on closed file.
wb truncate ValueError truncate of closed file
wb flush ValueError flush of closed file
wb fileno ValueError I/O operation on closed file
wb seek ValueError seek of closed file
wb write ValueError write to closed file
wb writelines ValueError I/O operation on closed file.
wb __iter__ ValueError I/O operation on closed file.
wb __next__ UnsupportedOperation read
wb readable ok
wb writable ValueError I/O operation on closed file
wb seekable ValueError I/O operation on closed file
r+b tell ValueError I/O operation on closed file
r+b read ValueError read of closed file
r+b readline ValueError readline of closed file
r+b readlines ValueError I/O operation on closed file.
r+b truncate ValueError truncate of closed file
r+b flush ValueError flush of closed file
r+b fileno ValueError I/O operation on closed file
r+b seek ValueError seek of closed file
r+b write ValueError write to closed file
r+b writelines ValueError I/O operation on closed file.
r+b __iter__ ValueError I/O operation on closed file.
r+b __next__ ValueError readline of closed file
r+b readable ValueError I/O operation on closed file
r+b writable ValueError I/O operation on closed file
r+b seekable ValueError I/O operation on closed file
`

func TestFileClosedErrors(t *testing.T) {
	if got, want := runFileScript(t, closedSrc), closedWant[1:]; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
