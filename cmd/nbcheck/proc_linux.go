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

// limitAddressSpace caps the worker's virtual memory (RLIMIT_AS) well
// above the memory limit, so that one huge allocation ("a" * 10**12)
// fails at once (Go's runtime then dies with "out of memory", which the
// parent reports as the cell's MemoryError) instead of being filled in
// for seconds before the watchdog sees it.
func limitAddressSpace(memLimit int64) {
	if memLimit <= 0 {
		return
	}
	n := uint64(max(3*memLimit, memLimit+8<<30))
	syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: n, Max: n})
}
