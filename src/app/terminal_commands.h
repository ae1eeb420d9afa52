#pragma once

#include "app/command_line.h"

namespace legease::app {

// Answers the options that print to the terminal (--help, --version, --validate, --list,
// --export-history, --export-routine, --import), and --remind, all without a display; returns the
// exit status.
int runInTerminal(const CommandLine& options);

}  // namespace legease::app
