package pyrun

// FormatTime exposes formatTime to tests.
var FormatTime = formatTime
