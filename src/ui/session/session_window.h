#pragma once

#include "ui/session/session_view.h"

#include <QWidget>

namespace legease::ui {

// A top-level window around one SessionView. Closing it mid-session stops the session the same
// way Esc does, asking first when more than a minute has gone by.
class SessionWindow : public QWidget {
    Q_OBJECT

public:
    explicit SessionWindow(SessionView* view, QWidget* parent = nullptr);
    SessionView* view() const { return m_view; }

Q_SIGNALS:
    void ended(const legease::core::SessionRecord& record);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    SessionView* m_view;
    bool m_reported = false;
};

}  // namespace legease::ui
