//go:build unix

package main

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock (flock) on the file at path,
// waiting for it, and returns the function that releases it. Writes
// replace the file by renaming a new one over it, so after each wait the
// lock is checked to still be on the file the path names; if not, it is
// taken again on the new one. Two `nbcheck run --inplace` (or `check
// --update`) on the same notebook thus run one after the other: the
// second reads what the first wrote.
func lockFile(path string) (unlock func(), err error) {
	for {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, err
		}
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return func() { f.Close() }, nil // closing releases the lock
		}
		f.Close()
		if err2 != nil {
			return nil, err2
		}
	}
}
