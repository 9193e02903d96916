package runner

// Warm fills the process-wide caches that the first kernel of a process
// fills as it starts (the compiled Python of the transpiler's runtime
// helpers, method tables, the wrapped VM): it starts a kernel with the
// modules every notebook gets and closes it, running no code. The
// first kernel of a process takes about ten times as long to start as the
// next ones, so a worker process started ahead of its notebook calls
// Warm while it waits for the notebook's path.
func Warm() error {
	k, err := NewKernel(Options{}, nil)
	if err != nil {
		return err
	}
	return k.Close()
}
