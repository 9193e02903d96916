package main

// This file lets worker processes skip compiling Python their parent has
// compiled. A worker transpiles and compiles, on first use, the Python
// of the runtime's lowerings (transpile.RuntimeCode) and of every
// standard module the notebook imports (pystd): a few milliseconds for
// the first, tens for a module such as typing or collections. One
// process per notebook would pay that for every notebook, where a
// single process pays it once. So the parent, which runs no notebook
// code, compiles each of them once per run, from the sources embedded in
// this same binary, and sends the compiled code (internal/pycode) to
// each worker it starts, on stdin: what is ready when the worker starts,
// then, with the notebook's path, what was compiled since. The worker
// then has it as if it had compiled it. What a worker tells its
// parent is only the names of the standard modules it imported (which
// the parent checks against pystd's own list); no code or object goes
// from one worker to another.
//
// A worker's stdin holds two messages, each one JSON line, {"path": P,
// "code": [{"key": K, "size": N}, ...]}, then the N bytes of each entry
// in order; the first has no path. A key is "rt:" and a runtime source's
// name, "mod:" and a standard module's name, or "sb:" and the name of a
// sandbox module with a Python half.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/pycode"
	"github.com/nbcheck/nbcheck/pystd"
	"github.com/nbcheck/nbcheck/sandbox"
	"github.com/nbcheck/nbcheck/transpile"
)

// sharedCode is the compiled code a pool's parent hands its workers.
type sharedCode struct {
	mu     sync.Mutex
	keys   []string          // in the order compiled
	blobs  map[string][]byte // encoded code by key
	queued map[string]bool
	work   chan string
}

func newSharedCode() *sharedCode {
	return &sharedCode{blobs: map[string][]byte{}, queued: map[string]bool{}}
}

// runtimeKeys are the keys of the code every kernel runs as it starts:
// the runtime sources, and the sandbox modules' Python.
func runtimeKeys() []string {
	var keys []string
	for _, n := range sandbox.CodeNames() {
		keys = append(keys, "sb:"+n)
	}
	for _, n := range transpile.RuntimeNames() {
		keys = append(keys, "rt:"+n)
	}
	return keys
}

// moduleKeys are the keys of the standard modules a worker says it
// imported; names that are not pystd's are dropped.
func moduleKeys(names []string) []string {
	known := pystd.Names()
	var keys []string
	for _, n := range names {
		if slices.Contains(known, n) {
			keys = append(keys, "mod:"+n)
		}
	}
	return keys
}

// learn queues keys not seen before for compiling, one at a time in the
// background; workers started after a key is compiled get its code.
func (c *sharedCode) learn(keys []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		if c.queued[k] {
			continue
		}
		c.queued[k] = true
		if c.work == nil {
			c.work = make(chan string, 1024)
			go c.compileLoop()
		}
		select {
		case c.work <- k:
		default: // a run with that many modules: the rest compile in workers
		}
	}
}

func (c *sharedCode) compileLoop() {
	for k := range c.work {
		var code *py.Code
		switch kind, name, _ := strings.Cut(k, ":"); kind {
		case "rt":
			code = transpile.RuntimeCode(name)
		case "mod":
			code = pystd.Compiled(name)
		case "sb":
			code = sandbox.Code(name)
		}
		if code == nil {
			continue // the worker compiles it, and reports the error
		}
		b, err := pycode.Encode(code)
		if err != nil {
			continue
		}
		c.mu.Lock()
		c.keys = append(c.keys, k)
		c.blobs[k] = b
		c.mu.Unlock()
	}
}

// message is what a worker reads on stdin: the code compiled so far
// from the skip-th key on, and the document's path unless it is "" (the
// first message, sent when the worker starts). It also returns how many
// keys the worker has been sent then.
func (c *sharedCode) message(path string, skip int) ([]byte, int) {
	var head message
	if path != "" {
		head.Path = &path
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var body []byte
	for _, k := range c.keys[min(skip, len(c.keys)):] {
		head.Code = append(head.Code, codeEntry{k, len(c.blobs[k])})
		body = append(body, c.blobs[k]...)
	}
	line, _ := json.Marshal(head)
	return append(append(line, '\n'), body...), len(c.keys)
}

// message is the header line of a message to a worker; the code of each
// entry follows it, in order.
type message struct {
	Path *string     `json:"path,omitempty"`
	Code []codeEntry `json:"code,omitempty"`
}

type codeEntry struct {
	Key  string `json:"key"`
	Size int    `json:"size"`
}

// readMessage reads a message and gives its code to the runtime and to
// pystd (code that does not decode is compiled by the worker itself). It
// returns the message's path, if any; io.EOF when the parent closed the
// input at a message boundary.
func readMessage(in *bufio.Reader) (path *string, err error) {
	line, err := in.ReadBytes('\n')
	if err != nil {
		if len(line) == 0 && err == io.EOF {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("reading from the parent: %w", err)
	}
	var head message
	if err := json.Unmarshal(line, &head); err != nil {
		return nil, fmt.Errorf("reading from the parent: %w", err)
	}
	for _, e := range head.Code {
		if e.Size < 0 || e.Size > 1<<30 {
			return nil, fmt.Errorf("reading from the parent: entry %s of %d bytes", e.Key, e.Size)
		}
		b := make([]byte, e.Size)
		if _, err := io.ReadFull(in, b); err != nil {
			return nil, fmt.Errorf("reading from the parent: %w", err)
		}
		switch kind, name, _ := strings.Cut(e.Key, ":"); kind {
		case "rt": // every kernel runs it
			if code, err := pycode.Decode(b); err == nil {
				transpile.SetRuntimeCode(name, code)
			}
		case "sb": // a sandbox module's Python: every kernel runs it
			if code, err := pycode.Decode(b); err == nil {
				sandbox.SetCode(name, code)
			}
		case "mod": // decoded when imported
			pystd.SetCompiled(name, func() *py.Code {
				code, _ := pycode.Decode(b)
				return code
			})
		}
	}
	return head.Path, nil
}
