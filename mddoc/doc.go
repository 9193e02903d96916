// Package mddoc reads Markdown tutorials as notebooks and writes
// regenerated outputs back into them.
//
// A Markdown document is read line by line. Each fenced code block (``` or
// ~~~, three or more, indented by at most three spaces, as CommonMark
// defines fences) whose info string starts with python, py or python3 is
// a code cell; the prose between code cells becomes markdown cells. A code
// cell's recorded output is found in one of three forms ([OutputForm]):
//
// Fence (form a): the next fenced block is the output when
//   - only blank lines and at most one label line separate it from the
//     code block, and
//   - its info string is empty or starts with one of the words text, txt,
//     plaintext, output, console or stdout.
//
// A label line is one non-blank line of at most 40 characters (after
// trimming) that, once an ATX heading prefix (#, ##, …), emphasis
// (**x**, __x__, *x*, _x_) and one trailing colon are taken away, reads
// (case-insensitively, spaces collapsed) as one of the words in
// labelWords: "Output", "#### Output", "**Output:**", "Result", "Prints",
// "Expected output" and so on. Any other line between the two blocks is
// prose, and the following fence is then not an output.
//
// Comments (form b): the code block ends with a run of whole-line
// comments, each exactly "#" or starting with "# ", at column 0 of the
// block, and
//   - the run is separated from the code above it by at least one blank
//     line, and there is code (a non-blank, non-comment line) above it;
//   - only blank lines follow the run inside the block.
//
// The output text is each line with its "# " (or "#") taken off.
//
// CommentBlock (form b'): a code block with no output of its own is
// directly followed (blank lines and at most one label line between) by
// a python block that holds nothing but comment lines (as in form b) and
// blank lines; that second block is the first one's output, not a cell.
// This is how a tutorial reads when the author closed the fence before
// writing the expected output as comments.
//
// Forms b and b' are off when the document uses form a anywhere (a
// document writes its outputs one way, so trailing comments there are
// ordinary comments), when [Options.NoCommentOutput] is set, or when the
// document holds the marker <!-- nbcheck: no-comment-output --> anywhere.
//
// Markers are HTML comments alone on a line, outside fences:
//
//	<!-- nbcheck: WORD[, WORD…] -->
//
// no-comment-output applies to the whole document wherever it stands.
// The other words apply to the next python block, which must follow with
// only blank lines and other marker lines in between:
//
//	skip              tag the cell skip-execution
//	raises-exception  tag the cell raises-exception
//	ignore-output     tag the cell nbval-ignore-output
//	no-output         the block has no recorded output (forms a, b and b'
//	                  are not looked for), and Render writes none
//
// Tags go to the cell's metadata as {"tags": [...]}, in the order written.
//
// A code cell with a recorded output has one stdout stream output with the
// block's text (every line ending in "\n") and an execution count equal to
// its 1-based position among the document's code cells; a code cell
// without one has no outputs and a nil execution count. An empty output
// block records an empty output: no outputs, but a non-nil count.
//
// [Doc.Render] rewrites only the output blocks. A block whose text is
// unchanged keeps its bytes exactly; a changed block gets the new text;
// an output that is now empty leaves an empty fenced block (form a and
// b'), or no comment lines (form b). A code cell that had no output and now
// has some gets a new block in the document's own style: a copy of the
// label and fences of the first form-a output, or comment lines if the
// document uses form b or b' (in a python block of their own when the
// block has no code); a document with neither gets a ```text block after
// a blank line.
//
// An empty form-b output leaves no trace, so it reads back as no output;
// and if the block's own code then ends with a blank line and "# "
// comments, those read back as its output. Use form a for code whose
// output may be empty.
//
// Not supported: fences inside block quotes or list items indented by
// four spaces or more (CommonMark reads those as indented code), and
// markers that span lines.
package mddoc
