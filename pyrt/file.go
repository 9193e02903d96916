package pyrt

// This file completes gpython's file objects, which have only read,
// write, close and flush: readline, readlines, writelines, seek, tell,
// truncate, fileno, readable, writable, seekable, iteration by lines
// (through Iter, which the transpiler's loops and pyrt's iter() use, and
// next(f)), and the attributes name, mode, encoding and closed. A line is
// read by reading a chunk and seeking back to just after its newline, so
// read() and readline() can be mixed as in CPython.
//
// CPython's text files read through a buffer in chunks of 8192 bytes, so
// after a read the operating system's position is at the end of the
// last chunk read: a write after a read in 'r+' lands there (at the end
// of a small file), and truncate() without a size cuts there. A text
// file that reads and writes follows where CPython's buffer would leave
// the file after the reads since the last seek or write
// (fileState.rawPos: readline reads chunks of 8192 bytes until it has
// the line, read(n) chunks of max(8192, what it lacks), read() all) and
// puts writes and truncate() there. That is exact for ASCII text; CPython
// scales its chunks by the bytes per character of text read before, so a
// large non-ASCII file can differ.

import (
	"bytes"
	"errors"
	"io"
	"os"
	goruntime "runtime"
	"sync"
	"syscall"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

// fileState is what nbcheck knows of a file beyond gpython's *py.File:
// CPython's name, mode and encoding as open was given them, and where
// the current run of reads began.
type fileState struct {
	mu         sync.Mutex
	known      bool // name and mode come from open (SetFileInfo)
	name, mode string
	encoding   string // "" for the default, UTF-8
	rawPos     int64  // where CPython's buffer leaves the file after the reads since the last seek or write; -1 if none
}

// fileStates maps weak.Pointer[py.File] to *fileState: weak, so that a
// file the program dropped is still closed by the collector.
var fileStates sync.Map

// stateOf returns f's state, made on first use.
func stateOf(f *py.File) *fileState {
	if st, ok := fileStates.Load(weak.Make(f)); ok {
		return st.(*fileState)
	}
	key := weak.Make(f)
	st, loaded := fileStates.LoadOrStore(key, &fileState{rawPos: -1})
	if !loaded {
		goruntime.AddCleanup(f, func(k weak.Pointer[py.File]) { fileStates.Delete(k) }, key)
	}
	return st.(*fileState)
}

// SetFileInfo records the name and mode a file was opened with, which
// its name and mode attributes return (the real path nbcheck opened
// stays hidden), and the encoding open was given ("" for none).
func SetFileInfo(f *py.File, name, mode, encoding string) {
	st := stateOf(f)
	st.mu.Lock()
	defer st.mu.Unlock()
	st.known, st.name, st.mode, st.encoding = true, name, mode, encoding
}

func infoOf(self py.Object) (*fileState, bool) {
	f, ok := self.(*py.File)
	if !ok {
		return nil, false
	}
	st := stateOf(f)
	return st, st.known
}

// chunkSize is CPython's TextIOWrapper chunk size (io.DEFAULT_BUFFER_SIZE).
const chunkSize = 8192

// tracked reports whether CPython's buffer position is followed for f:
// a text file that reads and writes.
func (f file) tracked() bool { return !f.Can(py.FileBinary) && f.Can(py.FileReadWrite) }

// pos returns the operating system's position of f.
func (f file) pos() int64 {
	pos, _ := f.os().Seek(0, io.SeekCurrent)
	return pos
}

// size returns the size of f, or -1.
func (f file) size() int64 {
	info, err := f.os().Stat()
	if err != nil {
		return -1
	}
	return info.Size()
}

// beginRead notes that a read begins at the file's position (the start
// of a run of reads when none is under way) and returns the position.
func (f file) beginRead() int64 {
	pos := f.pos()
	if !f.tracked() {
		return pos
	}
	st := stateOf(f.File)
	st.mu.Lock()
	if st.rawPos < 0 {
		st.rawPos = pos
	}
	st.mu.Unlock()
	return pos
}

// moveRaw sets where CPython's buffer leaves the file after a read, by
// grow (given the buffer's end and what is known of the read), at most
// the file's size and at least the position the read reached.
func (f file) moveRaw(grow func(raw int64) int64) {
	if !f.tracked() {
		return
	}
	pos, size := f.pos(), f.size()
	st := stateOf(f.File)
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.rawPos < 0 {
		return
	}
	raw := grow(st.rawPos)
	if size >= 0 && raw > size {
		raw = size
	}
	if raw < pos {
		raw = pos
	}
	st.rawPos = raw
}

// endLines follows readline (and readlines, iteration): CPython reads
// chunks of 8192 bytes until it holds the line.
func (f file) endLines() {
	pos := f.pos()
	f.moveRaw(func(raw int64) int64 {
		if pos > raw {
			raw += (pos - raw + chunkSize - 1) / chunkSize * chunkSize
		}
		return raw
	})
}

// endSized follows read(n) begun at before: CPython takes what its
// buffer holds, then reads chunks of max(8192, what is missing).
func (f file) endSized(before, n int64) {
	size := f.size()
	f.moveRaw(func(raw int64) int64 {
		missing := n - (raw - before)
		for missing > 0 && (size < 0 || raw < size) {
			c := max(int64(chunkSize), missing)
			raw += c
			missing -= c
		}
		return raw
	})
}

// endAll follows read() to the end.
func (f file) endAll() {
	size := f.size()
	f.moveRaw(func(raw int64) int64 { return size })
}

// resetRead forgets the reads (after a seek or a write).
func (f file) resetRead() {
	st := stateOf(f.File)
	st.mu.Lock()
	st.rawPos = -1
	st.mu.Unlock()
}

// bufferPos returns where CPython's buffer of a text file leaves the
// operating system's position: after a run of reads, the end of the
// chunks they read (see endLines and endSized); else the position.
func (f file) bufferPos() (int64, error) {
	pos, err := f.os().Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	if !f.tracked() {
		return pos, nil
	}
	st := stateOf(f.File)
	st.mu.Lock()
	raw := st.rawPos
	st.mu.Unlock()
	if raw < pos {
		return pos, nil
	}
	return raw, nil
}

// closedError is CPython's ValueError for an operation on a closed file;
// dot says whether the message ends with a period (TextIOWrapper's
// methods that flush first) or not (the raw file's).
func closedError(dot bool) error {
	if dot {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return py.ExceptionNewf(py.ValueError, "I/O operation on closed file")
}

// closedBinaryError is CPython's error for op on a closed binary file,
// whose buffered classes name the operation ("read of closed file",
// "write to closed file"; a BufferedWriter has no read at all); nil when
// f is not a closed binary file (a text file says "I/O operation on
// closed file." for all).
func closedBinaryError(f *py.File, op string) error {
	if !f.Can(py.FileBinary) || !isClosed(f) {
		return nil
	}
	switch op {
	case "read", "readline":
		if !f.Can(py.FileRead) {
			return unsupported("read")
		}
		return py.ExceptionNewf(py.ValueError, "%s of closed file", op)
	case "flush":
		if !f.Can(py.FileWrite) {
			return closedError(true)
		}
		return py.ExceptionNewf(py.ValueError, "flush of closed file")
	case "write":
		return py.ExceptionNewf(py.ValueError, "write to closed file")
	case "seek":
		return py.ExceptionNewf(py.ValueError, "seek of closed file")
	}
	return closedError(false) // tell, fileno
}

// isClosed reports whether f was closed.
func isClosed(f *py.File) bool {
	_, err := f.File.Stat()
	return errors.Is(err, os.ErrClosed)
}

// bufferedName is the class of CPython's binary file for f's mode.
func bufferedName(f *py.File) string {
	switch {
	case f.Can(py.FileReadWrite):
		return "_io.BufferedRandom"
	case f.Can(py.FileWrite):
		return "_io.BufferedWriter"
	}
	return "_io.BufferedReader"
}

// unsupportedOperation is the class io.UnsupportedOperation (a subclass
// of OSError and ValueError), made through type() when first needed, so
// that it is a class of the object layer (pyobj, installed by then);
// module io exports this same class. A failed attempt is not kept.
var unsupportedOperation struct {
	sync.Mutex
	cls py.Object
}

func unsupportedOperationClass() (py.Object, error) {
	u := &unsupportedOperation
	u.Lock()
	defer u.Unlock()
	if u.cls != nil {
		return u.cls, nil
	}
	ns := py.NewStringDict()
	ns["__module__"] = py.String("io")
	ns["__qualname__"] = py.String("UnsupportedOperation")
	cls, err := py.Call(py.TypeType, py.Tuple{py.String("UnsupportedOperation"), py.Tuple{py.OSError, py.ValueError}, ns}, nil)
	if err != nil {
		return nil, err
	}
	u.cls = cls
	return cls, nil
}

// UnsupportedOperation returns the class io.UnsupportedOperation.
func UnsupportedOperation() (py.Object, error) { return unsupportedOperationClass() }

// seekArgsError is CPython's error for seek(off, whence) arguments it
// refuses before any system call: a text file (TextIOWrapper) seeks
// only to a position from the start or by 0 from the current position or
// the end; a binary file refuses a negative whence (others go to lseek).
func seekArgsError(binary bool, off, whence int) error {
	switch {
	case binary:
		if whence < 0 {
			return py.ExceptionNewf(py.ValueError, "whence value %d unsupported", whence)
		}
	case whence < 0 || whence > 2:
		return py.ExceptionNewf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	case whence == io.SeekCurrent && off != 0:
		return unsupported("can't do nonzero cur-relative seeks")
	case whence == io.SeekEnd && off != 0:
		return unsupported("can't do nonzero end-relative seeks")
	case whence == io.SeekStart && off < 0:
		return py.ExceptionNewf(py.ValueError, "negative seek position %d", off)
	}
	return nil
}

// unsupported is io.UnsupportedOperation(msg).
func unsupported(msg string) error {
	cls, err := unsupportedOperationClass()
	if err != nil {
		return err
	}
	e, err := py.Call(cls, py.Tuple{py.String(msg)}, nil)
	if err != nil {
		return err
	}
	if ex, ok := e.(*py.Exception); ok {
		return ex
	}
	return py.ExceptionNewf(py.TypeError, "io.UnsupportedOperation() made a %s", TypeName(e))
}

var fileMethodsOnce sync.Once

func installFileMethods() {
	fileMethodsOnce.Do(func() {
		d := py.FileType.Dict
		d["readline"] = py.MustNewMethod("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
			f, err := openFileFor(self, "readline")
			if err != nil {
				return nil, err
			}
			limit := -1
			if len(args) > 0 && args[0] != py.None {
				n, err := py.IndexInt(args[0])
				if err != nil {
					return nil, err
				}
				limit = n
			}
			f.beginRead()
			line, err := readLine(f, limit)
			if err != nil {
				return nil, err
			}
			f.endLines()
			return f.readResultOf(line), nil
		}, 0, "readline(size=-1) -> the next line, with its newline")
		d["readlines"] = py.MustNewMethod("readlines", func(self py.Object, args py.Tuple) (py.Object, error) {
			f, err := openFile(self)
			if err != nil {
				return nil, err
			}
			f.beginRead()
			var lines []py.Object
			for {
				line, err := readLine(f, -1)
				if err != nil {
					return nil, err
				}
				if len(line) == 0 {
					f.endLines()
					return py.NewListFromItems(lines), nil
				}
				lines = append(lines, f.readResultOf(line))
			}
		}, 0, "readlines() -> the list of the remaining lines")
		d["writelines"] = py.MustNewMethod("writelines", func(self py.Object, args py.Tuple) (py.Object, error) {
			if _, err := openFile(self); err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "writelines() takes exactly one argument (%d given)", len(args))
			}
			write, err := pyvm.GetAttr(self, "write") // with its messages
			if err != nil {
				return nil, err
			}
			var werr error
			err = py.Iterate(args[0], func(line py.Object) bool {
				_, werr = py.Call(write, py.Tuple{line}, nil)
				return werr != nil
			})
			if werr != nil {
				return nil, werr
			}
			return py.None, err
		}, 0, "writelines(lines) writes each line")
		d["seek"] = py.MustNewMethod("seek", func(self py.Object, args py.Tuple) (py.Object, error) {
			f, err := openFileFor(self, "seek")
			if err != nil {
				return nil, err
			}
			switch {
			case len(args) < 1:
				return nil, py.ExceptionNewf(py.TypeError, "seek expected at least 1 argument, got 0")
			case len(args) > 2:
				return nil, py.ExceptionNewf(py.TypeError, "seek expected at most 2 arguments, got %d", len(args))
			}
			off, err := py.IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			whence := io.SeekStart
			if len(args) == 2 {
				if whence, err = py.IndexInt(args[1]); err != nil {
					return nil, err
				}
			}
			if err := seekArgsError(f.Can(py.FileBinary), off, whence); err != nil {
				return nil, err
			}
			pos, err := f.os().Seek(int64(off), whence)
			if err != nil {
				return nil, OSErrorOf(err)
			}
			f.resetRead()
			return py.Int(pos), nil
		}, 0, "seek(offset, whence=0) -> the new position")
		d["tell"] = py.MustNewMethod("tell", func(self py.Object) (py.Object, error) {
			f, err := openFileFor(self, "tell")
			if err != nil {
				return nil, err
			}
			pos, err := f.os().Seek(0, io.SeekCurrent)
			if err != nil {
				return nil, OSErrorOf(err)
			}
			return py.Int(pos), nil
		}, 0, "tell() -> the current position")
		d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if st, ok := infoOf(self); ok {
				return py.String(st.name), nil
			}
			return py.String(self.(*py.File).File.Name()), nil
		}}
		d["mode"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if st, ok := infoOf(self); ok {
				return py.String(st.mode), nil
			}
			// Opened without nbcheck's open: what the file's flags tell.
			f := self.(*py.File)
			mode := "r"
			if f.Can(py.FileWrite) {
				mode = "w"
				if f.Can(py.FileRead) {
					mode = "r+"
				}
			}
			if f.Can(py.FileBinary) {
				mode += "b"
			}
			return py.String(mode), nil
		}}
		// A file is its own iterator, of its lines: next(f) (pyrt's next
		// looks in the type's dict). gpython's py.Iter and py.Next do not,
		// so loops and iter(f) get a fileLines from Iter (iter(f) is not f).
		d["__iter__"] = py.MustNewMethod("__iter__", func(self py.Object) (py.Object, error) {
			if _, err := openFile(self); err != nil {
				return nil, err
			}
			return self, nil
		}, 0, "__iter__() -> the file itself")
		d["__next__"] = py.MustNewMethod("__next__", func(self py.Object) (py.Object, error) {
			f, err := openFileFor(self, "readline")
			if err != nil {
				return nil, err
			}
			return (&fileLines{f}).M__next__()
		}, 0, "__next__() -> the next line")
		d["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return py.NewBool(isClosed(self.(*py.File))), nil
		}}
		installIOMethods(d)
	})
}

// file is a *py.File with the result type of its mode.
type file struct{ *py.File }

// os returns the operating system's file.
func (f file) os() *os.File { return f.File.File }

func (f file) readResultOf(b []byte) py.Object {
	if f.Can(py.FileBinary) {
		return py.Bytes(b)
	}
	return py.String(b)
}

// openFileFor is openFile for the method op, with the messages of a
// closed binary file (closedBinaryError).
func openFileFor(self py.Object, op string) (file, error) {
	if f, ok := self.(*py.File); ok {
		if err := closedBinaryError(f, op); err != nil {
			return file{}, err
		}
	}
	return openFile(self)
}

func openFile(self py.Object) (file, error) {
	f, ok := self.(*py.File)
	if !ok {
		return file{}, py.ExceptionNewf(py.TypeError, "descriptor requires a 'file' object")
	}
	if _, err := f.File.Stat(); errors.Is(err, os.ErrClosed) {
		return file{}, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return file{f}, nil
}

// readLine reads up to and including the next "\n" (at most limit bytes
// when limit >= 0), leaving the file just after it.
func readLine(f file, limit int) ([]byte, error) {
	var line []byte
	buf := make([]byte, 4096)
	for limit < 0 || len(line) < limit {
		want := len(buf)
		if limit >= 0 && limit-len(line) < want {
			want = limit - len(line)
		}
		n, err := f.os().Read(buf[:want])
		if i := bytes.IndexByte(buf[:n], '\n'); i >= 0 {
			line = append(line, buf[:i+1]...)
			if back := n - (i + 1); back > 0 {
				if _, err := f.os().Seek(int64(-back), io.SeekCurrent); err != nil {
					return nil, OSErrorOf(err)
				}
			}
			return line, nil
		}
		line = append(line, buf[:n]...)
		if err == io.EOF || n == 0 {
			return line, nil
		}
		if err != nil {
			return nil, OSErrorOf(err)
		}
	}
	return line, nil
}

// fileLines iterates a file's lines.
type fileLines struct{ f file }

var fileLinesType = py.NewType("file_iterator", "the lines of a file")

func (l *fileLines) Type() *py.Type                { return fileLinesType }
func (l *fileLines) M__iter__() (py.Object, error) { return l, nil }
func (l *fileLines) M__next__() (py.Object, error) {
	if _, err := openFile(l.f.File); err != nil {
		return nil, err
	}
	l.f.beginRead()
	line, err := readLine(l.f, -1)
	if err != nil {
		return nil, err
	}
	l.f.endLines()
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return l.f.readResultOf(line), nil
}

// installIOMethods adds the methods of CPython's io classes that
// gpython's files lack, and wraps gpython's read and write to follow
// where CPython's buffer leaves a text file (see the file's doc).
func installIOMethods(d py.StringDict) {
	d["read"] = py.MustNewMethod("read", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, ok := self.(*py.File)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'read' requires a 'file' object")
		}
		if err := closedBinaryError(f, "read"); err != nil {
			return nil, err
		}
		if isClosed(f) || len(kwargs) > 0 || len(args) > 1 {
			return f.Read(args, kwargs) // with gpython's errors
		}
		ff := file{f}
		n := int64(-1)
		if len(args) == 1 && args[0] != py.None {
			v, ok := args[0].(py.Int)
			if !ok {
				return f.Read(args, kwargs)
			}
			n = int64(v)
		}
		if n == 0 {
			return f.Read(args, kwargs)
		}
		before := ff.beginRead()
		res, err := f.Read(args, kwargs)
		if err == nil {
			if n < 0 {
				ff.endAll()
			} else {
				ff.endSized(before, n)
			}
		}
		return res, err
	}, 0, "read(size=-1) -> at most size characters (bytes in binary mode), or all until the end")
	d["write"] = py.MustNewMethod("write", func(self, value py.Object) (py.Object, error) {
		f, ok := self.(*py.File)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'write' requires a 'file' object")
		}
		if !isClosed(f) && f.Can(py.FileRead) && !f.Can(py.FileBinary) {
			ff := file{f}
			pos, err := ff.bufferPos()
			if err == nil {
				_, err = ff.os().Seek(pos, io.SeekStart)
			}
			if err != nil {
				return nil, OSErrorOf(err)
			}
			ff.resetRead()
		}
		switch {
		case f.Can(py.FileWrite):
			if err := closedBinaryError(f, "write"); err != nil {
				return nil, err
			}
		case f.Can(py.FileBinary):
			// A BufferedReader has no write of its own: closed or not,
			// its base class's says just "write".
			return nil, unsupported("write")
		case !isClosed(f):
			return nil, unsupported("not writable")
		}
		n, err := f.Write(value)
		if err != nil {
			if _, isPy := err.(*py.Exception); !isPy {
				// A Go error of the system call (its text names the
				// real path): CPython's OSError.
				err = OSErrorOf(err)
			}
		}
		return n, err
	}, 0, "write(s) -> writes s, returning the number of characters (bytes in binary mode) written")
	d["truncate"] = py.MustNewMethod("truncate", func(self py.Object, args py.Tuple) (py.Object, error) {
		f, ok := self.(*py.File)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'truncate' requires a 'file' object")
		}
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "truncate() takes at most 1 argument (%d given)", len(args))
		}
		if isClosed(f) {
			if f.Can(py.FileBinary) {
				return nil, py.ExceptionNewf(py.ValueError, "truncate of closed file")
			}
			return nil, closedError(true)
		}
		if !f.Can(py.FileWrite) {
			return nil, unsupported("truncate")
		}
		ff := file{f}
		var size int64
		if len(args) == 0 || args[0] == py.None {
			pos, err := ff.bufferPos()
			if err != nil {
				return nil, OSErrorOf(err)
			}
			size = pos
		} else {
			n, ok := bigOf(args[0])
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
			}
			if !n.IsInt64() {
				return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
			}
			size = n.Int64()
		}
		if size < 0 {
			return nil, errnoError(syscall.EINVAL, nil)
		}
		if err := ff.os().Truncate(size); err != nil {
			return nil, OSErrorOf(err)
		}
		return py.Int(size), nil
	}, 0, "truncate(size=None) -> cuts (or extends) the file to size bytes, by default at the current position; the position does not change")
	d["fileno"] = py.MustNewMethod("fileno", func(self py.Object) (py.Object, error) {
		f, ok := self.(*py.File)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'fileno' requires a 'file' object")
		}
		if isClosed(f) {
			return nil, closedError(false)
		}
		return py.Int(f.File.Fd()), nil
	}, 0, "fileno() -> the file's descriptor")
	if flush, ok := d["flush"].(*py.Method); ok { // gpython's
		d["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
			if f, ok := self.(*py.File); ok {
				if err := closedBinaryError(f, "flush"); err != nil {
					return nil, err
				}
			}
			return flush.Call(self, nil)
		}, 0, "flush() -> writes what is buffered")
	}
	// readable() and writable() check that the file is open only when the
	// mode allows the operation: CPython's buffered classes answer False
	// from IOBase's default otherwise.
	for name, can := range map[string]py.FileMode{"readable": py.FileRead, "writable": py.FileWrite} {
		can := can
		d[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.File)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'file' object")
			}
			if !f.Can(can) {
				return py.False, nil
			}
			if isClosed(f) {
				return nil, closedError(false)
			}
			return py.True, nil
		}, 0, name+"() -> whether the file was opened for it")
	}
	d["seekable"] = py.MustNewMethod("seekable", func(self py.Object) (py.Object, error) {
		f, ok := self.(*py.File)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'seekable' requires a 'file' object")
		}
		if isClosed(f) {
			return nil, closedError(false)
		}
		_, err := f.File.Seek(0, io.SeekCurrent)
		return py.NewBool(err == nil), nil
	}, 0, "seekable() -> whether the file supports seek")
	d["encoding"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		f, ok := self.(*py.File)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'encoding' requires a 'file' object")
		}
		if f.Can(py.FileBinary) {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'encoding'", bufferedName(f))
		}
		st := stateOf(f)
		st.mu.Lock()
		enc := st.encoding
		st.mu.Unlock()
		if enc == "" {
			// CPython's locale encoding under a UTF-8 locale.
			enc = "UTF-8"
		}
		return py.String(enc), nil
	}}
}
