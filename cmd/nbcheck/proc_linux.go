package main

import "syscall"

// workerSysProcAttr makes a worker die with its parent (SIGINT or SIGTERM
// to nbcheck, or nbcheck killed), so no worker runs on unwatched.
func workerSysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
