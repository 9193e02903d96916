//go:build unix

package ipynb_test

import (
	"os"
	"syscall"
)

// umask returns the process's umask.
func umask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}
