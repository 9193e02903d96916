package main

import (
	"os/signal"
	"syscall"
)

// workerSysProcAttr makes a worker die with its parent (SIGINT or SIGTERM
// to nbcheck, or nbcheck killed), so no worker runs on unwatched.
func workerSysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// limitFileSize caps the size of any file the worker writes (RLIMIT_FSIZE):
// a write past it fails with EFBIG, an OSError in Python, instead of
// filling the disk. SIGXFSZ, which the kernel sends too, is ignored.
func limitFileSize(n int64) {
	if n <= 0 {
		return
	}
	signal.Ignore(syscall.SIGXFSZ)
	syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: uint64(n), Max: uint64(n)})
}
