package ipynb

// SetRename replaces the rename step of AtomicWriteFile, to inject
// failures, and returns a function that puts it back.
func SetRename(f func(oldpath, newpath string) error) (restore func()) {
	old := rename
	rename = f
	return func() { rename = old }
}
