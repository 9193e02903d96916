//go:build !linux

package main

import "syscall"

// workerSysProcAttr: only Linux can tie a worker's life to its parent's.
func workerSysProcAttr() *syscall.SysProcAttr { return nil }
