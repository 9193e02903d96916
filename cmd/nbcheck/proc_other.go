//go:build !linux

package main

import "syscall"

// workerSysProcAttr: only Linux can tie a worker's life to its parent's.
func workerSysProcAttr() *syscall.SysProcAttr { return nil }

// limitFileSize: only the scratch folder's quota applies off Linux.
func limitFileSize(int64) {}

// limitAddressSpace: the watchdog alone enforces the memory limit here.
func limitAddressSpace(int64) {}
