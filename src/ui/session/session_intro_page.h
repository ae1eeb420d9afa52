#pragma once

#include "core/content/content_library.h"
#include "core/session/timeline.h"

#include <QWidget>

class QPushButton;

namespace legease::ui {

class FeelingScale;

// Before a session: what it is, how long it takes, its cautions, and how the legs feel now.
class SessionIntroPage : public QWidget {
    Q_OBJECT

public:
    SessionIntroPage(const core::Routine& routine, const core::Timeline& timeline, QWidget* parent = nullptr);

    FeelingScale* feeling() const { return m_feeling; }
    QPushButton* startButton() const { return m_start; }

Q_SIGNALS:
    void startRequested();

private:
    FeelingScale* m_feeling;
    QPushButton* m_start;
};

}  // namespace legease::ui
