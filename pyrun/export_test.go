package pyrun

// FormatTime exposes formatTime to tests.
var FormatTime = formatTime

// TimeitLoops exposes timeitLoops to tests.
var TimeitLoops = timeitLoops
