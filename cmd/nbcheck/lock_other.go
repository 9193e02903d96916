//go:build !unix

package main

// lockFile: no advisory locks here; in-place writes are still atomic.
func lockFile(string) (func(), error) { return func() {}, nil }
