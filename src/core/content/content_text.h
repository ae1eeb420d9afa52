#pragma once

#include "core/content/content_library.h"
#include "core/content/content_loader.h"

#include <QString>

// Plain-text views of the content for the command line.
namespace legease::core {

// `text` made safe to print to a terminal: control characters (C0, DEL, C1: escape sequences
// start with them), invisible format characters such as the bidirectional overrides that can
// make a line read differently than it is, and line separators are written as visible escapes
// ("\x1b", "\u202e"). Packs, file names and JSON keys come from anyone, so everything taken
// from them passes through this before it reaches a terminal.
QString escapedForTerminal(const QString& text);

// One line per problem, then "N errors, M warnings"; escaped for a terminal.
QString validationText(const PackReport& report);

// The benefits in order with their routine and its length, then every routine with its step
// count and length; escaped for a terminal.
QString listingText(const ContentLibrary& library);

}  // namespace legease::core
