// Package asyncshim runs asyncio, threads and time for gpython on one
// deterministic scheduler with a virtual clock.
//
// One [Loop] serves one kernel. Every asyncio task and every emulated thread
// (threading.Thread, ThreadPoolExecutor workers, asyncio.to_thread,
// run_in_executor, and ProcessPoolExecutor, which is emulated on threads)
// runs on its own goroutine, but exactly one goroutine runs Python at any
// time: the goroutines pass a baton (a "fiber" switch), so gpython never
// sees two frames running at once.
//
// # Virtual time
//
// The clock is a pair (t, lag) compared lexicographically: t is virtual
// time in nanoseconds and lag an infinitesimal count. A timer created at
// now = (t, L) with delay d is due at (t+d, L). When nothing can run, the
// scheduler jumps to the earliest timer, due at (t', L'), and now becomes
// max(now, (t', L'+1)): every real wake-up from a timer happens a little
// after its deadline, so a chain of n sleeps has accumulated n lags and wakes
// after a single sleep of the same total length. Timers with equal keys
// fire in creation order. Python-visible clocks read only t, so
// time.time() - start prints 2.0 after sleeping 2 seconds. Delays are
// rounded to whole nanoseconds, so 10 sleeps of 0.1 s sum to exactly 1 s.
//
// In virtual mode time.time() starts at 1700000000.0 (2023-11-14
// 22:13:20 UTC), time.monotonic() and time.perf_counter() at 1000.0 and the
// local zone is UTC. [Options.Clock] may supply a real clock instead, which
// really waits.
//
// # Jupyter and script semantics
//
// Under Jupyter semantics (the default) an event loop is always running on
// the main thread; each cell runs as a task on it, so top-level await works,
// asyncio.run raises "RuntimeError: asyncio.run() cannot be called from a
// running event loop" and loop.run_until_complete raises "RuntimeError: This
// event loop is already running", until nest_asyncio.apply() is called.
// Cells run as nbclient (nbconvert --execute) runs them on ipykernel:
// the next cell starts at once, so no virtual time passes between cells.
// A cell without top-level await is over as soon as its code returns; a
// cell with top-level await once the loop has run what was ready when its
// code returned. What the loop would run between two cells (tasks the cell
// created, callbacks) runs when the next cell starts, before its code
// ([Loop.BetweenCells] is true then); tasks and threads waiting on timers
// go on only while later cells wait (sleep, await, join).
// [Options.Horizon] lets that much virtual time pass between cells
// instead, as if the user waited before running the next cell.
//
// Where that output goes follows the kernel that recorded the corpus
// oracle, ipykernel 6.17 (Debian 12's; its tracebacks name
// /usr/lib/python3/dist-packages/IPython 8.5.0), with nbclient, which
// records a message in a cell only if its parent header is that cell's
// execute_request and it arrives before the cell's idle status.
// ipykernel 6.17 buffers stream text and stamps it with the parent header
// current when the buffer is flushed: at the end of each cell, 0.2 s after
// a write, or at an explicit flush (sys.stdout.flush(), print(flush=True),
// a logging handler, display()). Text written between two cells (by
// tasks, callbacks or threads; ipykernel 6.17 makes no difference) so
// goes out with the next cell, as the kernel records it (pyrun keeps it
// until the cell's code starts: calwoo_asyncio cells 5 and 7), unless its
// stream is flushed before the cell starts: then it goes out stamped with
// the finished cell and nbclient drops it (jinnovation_async cells 8 and
// 11, whose tasks log). Text written while a cell runs belongs to it,
// whoever writes it. ipykernel 6.29 and later stamp each write with the
// parent header of the writer's context (contextvars: a task keeps its
// creator's cell, a thread has none and takes the running cell's); that
// would drop calwoo_asyncio's lines, and nbcheck does not model it.
// Task names count Task-1, Task-2, ... per kernel; the cell's own task does
// not take a number.
//
// Under script semantics the cell's code runs directly on the main thread;
// asyncio.run makes a fresh loop, runs the coroutine, cancels what is left
// and closes the loop.
//
// A cell whose tasks all wait with no timer pending and no thread runnable
// ends with a "deadlock: ..." error naming the waiting tasks and threads;
// [Options.Budget] (virtual time) and [Options.WallBudget] bound each cell.
//
// # Kernel interface
//
// A kernel makes one [Loop] with [New], calls [Loop.Install] on its gpython
// context, runs each cell's code through [Loop.RunCell], reads the clock
// with [Loop.Now] (for datetime), and calls [Loop.Close] before closing the
// context. A cell that deadlocks or runs out of budget is unwound: every
// wait of its code (and, under script semantics, of everything on the main
// thread) raises NbcheckAbort, a BaseException, so finally blocks run and
// the goroutines end; the next cell runs normally.
//
// # Known limits
//
// Thread subclasses that override run() are not wired to pyobj's classes
// yet; Thread(target=...) works. A task's repr says "running at file:line"
// with the line of its def (passed by the transpiler as
// __nbc_coroutine_at(line), since gpython's code objects all say line 1),
// not of the await it is suspended at. Code that runs later than its call
// (coroutine and async generator bodies, executor jobs, to_thread,
// Thread(kwargs=...)) keeps the call's keyword order for a **kwargs
// (pyrt.KeywordOrder). CPython's
// "Task exception was never retrieved" is not printed either (it depends on
// garbage collection). The default executor has 8 workers (CPython's
// min(32, cpu_count + 4) on a 4-CPU machine); ProcessPoolExecutor runs on
// threads with 4 workers.
//
// CPython prints "coroutine ... was never awaited" when a coroutine object
// is garbage collected; nbcheck cannot know when that happens and does not
// print it. asyncio.coroutine does not exist (it was removed in Python
// 3.11). Networking and subprocess functions raise "unsupported: network"
// or "unsupported: subprocess". Threads switch where they block (sleep,
// join, locks, queues, events) and where the kernel calls [Loop.Preempt]
// (pyrun does from its loop checks, every few thousand loop iterations or
// calls), as CPython's GIL switches every 5 ms; that running costs virtual
// time only while some thread waits on a timer.
package asyncshim
