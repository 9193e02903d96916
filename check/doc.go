// Package check compares the outputs a notebook recorded with the outputs
// nbcheck produced, and gives each cell a verdict.
//
// The runner gives check the produced outputs; check never runs Python.
// [CheckCell] judges one code cell from its source and tags (markers), its
// recorded outputs, the produced outputs and how the run went; [Compare]
// compares two output lists alone. Both return a [Result]: one [Verdict],
// structured [Finding]s with stable codes (see [Codes]) and a line diff
// made by [Diff].
//
// What is compared: stream text (stdout, and stderr unless
// [Options.IgnoreStderr]), the text/plain value of execute_result and
// display_data outputs, and errors by ename and evalue. Tracebacks,
// execution counts and metadata are never compared. Other MIME types are
// kept in the notebook but not judged, and [Result.RichNotJudged] says so.
//
// Before comparing, consecutive stream outputs are joined per stream name,
// stream text is processed as a terminal shows it (see [Terminal]), and the
// [Normalization]s and user [Sanitizer]s of [Options] are applied to both
// sides.
package check
