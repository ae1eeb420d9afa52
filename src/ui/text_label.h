#pragma once

class QLabel;

namespace legease::ui {

// One size of type for the sidebar and an article's summary, a little larger than the text. The
// first screen keeps to few sizes: each size and weight is a font Qt must match and draw afresh
// before the window first appears (docs/performance.md).
inline constexpr double kLeadTextScale = 1.1;

// Whether the mouse can select a label's text to copy it.
enum class TextSelection { Mouse, None };

// A wrapped label for text from content packs: always plain text, never markup, in the default
// font scaled by `scale`. Selectable unless asked otherwise: a selectable label keeps a whole
// text document and lays it out several times over as its size is worked out, which a page on
// the start-up path cannot afford for every line (see docs/performance.md).
QLabel* textLabel(double scale = 1.0, bool bold = false, TextSelection selection = TextSelection::Mouse);

}  // namespace legease::ui
