#pragma once

#include "ui/session/session_view.h"

#include <QMainWindow>

namespace legease::ui {

// A top-level window around one SessionView (a frame to screen readers, like the main window).
// Closing it mid-session stops the session the same way Esc does, asking first when more than a
// minute has gone by. F11 (or the run page's Full screen button) fills the screen for reading
// from the sofa; Ctrl+Q quits LegEase from here too.
class SessionWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit SessionWindow(SessionView* view, QWidget* parent = nullptr);
    SessionView* view() const { return m_view; }

public Q_SLOTS:
    void toggleFullScreen();

Q_SIGNALS:
    void ended(const legease::core::SessionRecord& record);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    SessionView* m_view;
    bool m_reported = false;
};

}  // namespace legease::ui
