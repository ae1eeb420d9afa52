#pragma once

class QLabel;

namespace legease::ui {

// A wrapped, selectable label for text from content packs: always plain text, never markup,
// in the default font scaled by `scale`.
QLabel* textLabel(double scale = 1.0, bool bold = false);

}  // namespace legease::ui
