package main

// This file holds the subcommands whose engines have not landed yet. Each
// says so plainly and exits 2: nbcheck never fakes success.

func notLanded(env *environ, cmd, what string) int {
	env.errorf("%s: %s has not landed yet in this build; see the README's status section", cmd, what)
	return exitTrouble
}

func cmdCheck(env *environ, paths []string) int {
	return notLanded(env, "check", "the engine that runs cells")
}

func cmdRun(env *environ, paths []string) int {
	return notLanded(env, "run", "the engine that runs cells")
}

func cmdTranspile(env *environ, paths []string) int {
	return notLanded(env, "transpile", "the transpiler")
}

func cmdExec(env *environ, paths []string) int {
	return notLanded(env, "exec", "the runtime")
}

func cmdExplain(env *environ, paths []string) int {
	return notLanded(env, "explain", "the checker's finding codes")
}
