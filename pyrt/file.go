package pyrt

// This file completes gpython's file objects, which have only read,
// write, close and flush: readline, readlines, writelines, seek, tell,
// iteration by lines (through Iter, which the transpiler's loops and
// pyrt's iter() use, and next(f)), and the attributes name, mode and
// closed. A line is read by reading a chunk
// and seeking back to just after its newline, so read() and readline()
// can be mixed as in CPython.

import (
	"bytes"
	"errors"
	"io"
	"os"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// fileInfo is what open was given for a file: CPython's name and mode.
type fileInfo struct{ name, mode string }

// fileInfos maps weak.Pointer[py.File] to fileInfo: weak, so that a file
// the program dropped is still closed by the collector.
var fileInfos sync.Map

// SetFileInfo records the name and mode a file was opened with, which
// its name and mode attributes return (the real path nbcheck opened
// stays hidden).
func SetFileInfo(f *py.File, name, mode string) {
	fileInfos.Store(weak.Make(f), fileInfo{name, mode})
}

func infoOf(self py.Object) (fileInfo, bool) {
	f, ok := self.(*py.File)
	if !ok {
		return fileInfo{}, false
	}
	info, ok := fileInfos.Load(weak.Make(f))
	if !ok {
		return fileInfo{}, false
	}
	return info.(fileInfo), true
}

var fileMethodsOnce sync.Once

func installFileMethods() {
	fileMethodsOnce.Do(func() {
		d := py.FileType.Dict
		d["readline"] = py.MustNewMethod("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
			f, err := openFile(self)
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
			line, err := readLine(f, limit)
			if err != nil {
				return nil, err
			}
			return f.readResultOf(line), nil
		}, 0, "readline(size=-1) -> the next line, with its newline")
		d["readlines"] = py.MustNewMethod("readlines", func(self py.Object, args py.Tuple) (py.Object, error) {
			f, err := openFile(self)
			if err != nil {
				return nil, err
			}
			var lines []py.Object
			for {
				line, err := readLine(f, -1)
				if err != nil {
					return nil, err
				}
				if len(line) == 0 {
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
			write, err := py.GetAttrString(self, "write") // with its messages
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
			f, err := openFile(self)
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
			pos, err := f.os().Seek(int64(off), whence)
			if err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%v", err)
			}
			return py.Int(pos), nil
		}, 0, "seek(offset, whence=0) -> the new position")
		d["tell"] = py.MustNewMethod("tell", func(self py.Object) (py.Object, error) {
			f, err := openFile(self)
			if err != nil {
				return nil, err
			}
			pos, err := f.os().Seek(0, io.SeekCurrent)
			if err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%v", err)
			}
			return py.Int(pos), nil
		}, 0, "tell() -> the current position")
		d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if info, ok := infoOf(self); ok {
				return py.String(info.name), nil
			}
			return py.String(self.(*py.File).File.Name()), nil
		}}
		d["mode"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if info, ok := infoOf(self); ok {
				return py.String(info.mode), nil
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
			f, err := openFile(self)
			if err != nil {
				return nil, err
			}
			return (&fileLines{f}).M__next__()
		}, 0, "__next__() -> the next line")
		d["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			_, err := self.(*py.File).File.Stat()
			return py.NewBool(errors.Is(err, os.ErrClosed)), nil
		}}
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
					return nil, py.ExceptionNewf(py.OSError, "%v", err)
				}
			}
			return line, nil
		}
		line = append(line, buf[:n]...)
		if err == io.EOF || n == 0 {
			return line, nil
		}
		if err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
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
	line, err := readLine(l.f, -1)
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return l.f.readResultOf(line), nil
}
