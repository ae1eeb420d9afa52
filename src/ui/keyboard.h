#pragma once

class QWidget;

// Keyboard rules that hold in every LegEase window.
namespace legease::ui {

// Installs, once, the rules for buttons: Enter and Return press the focused push button as
// Space does (Qt only does that in dialogs), and a focused button keeps Space and Enter for
// itself even where the window has a shortcut on Space (the session's pause), so Space on Stop
// stops. Every window calls this; only the first call installs anything.
void useButtonKeys();

// Ends LegEase from any window (Ctrl+Q, File > Quit): closes every window, each asking first where
// it has something to lose (a running session), and quits once all of them have closed. Returns
// false when someone chose to carry on.
bool quitLegEase();

}  // namespace legease::ui
