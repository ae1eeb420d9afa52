#pragma once

#include <QKeySequence>

class QWidget;

// Keyboard rules that hold in every LegEase window.
namespace legease::ui {

// Spelled out rather than QKeySequence::Quit and ::FullScreen, which some platforms leave
// empty (Quit has no key where Alt+F4 is the custom) or put elsewhere; LegEase promises these.
inline QKeySequence quitKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Q);
}

inline QKeySequence fullScreenKey()
{
    return QKeySequence(Qt::Key_F11);
}

// Installs, once, the rules for buttons: Enter and Return press the focused push button as
// Space does (Qt only does that in dialogs), and a focused button keeps Space and Enter for
// itself even where the window has a shortcut on Space (the session's pause), so Space on Stop
// stops. Every window calls this; only the first call installs anything.
void useButtonKeys();

// Draws where keyboard focus is from the moment `window` opens. Qt's styles only show focus
// after the first Tab; someone who only uses the keyboard needs to see it before that.
void showFocusFromTheStart(QWidget* window);

// Ends LegEase from any window (Ctrl+Q, File > Quit): closes every window, each asking first where
// it has something to lose (a running session), and quits once all of them have closed. Returns
// false when someone chose to carry on.
bool quitLegEase();

}  // namespace legease::ui
