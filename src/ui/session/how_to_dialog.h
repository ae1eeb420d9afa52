#pragma once

#include "core/content/content_library.h"
#include "core/motion/technique.h"

#include <QDialog>

class QPushButton;

namespace legease::ui {

class TechniqueCard;

// "How?" during a session: the current stroke's technique card in a window of its own over the
// session, which goes on running underneath. Esc or Close puts it away; the session's own keys
// stay with the session window, so Esc here never stops the session.
class HowToDialog : public QDialog {
    Q_OBJECT

public:
    HowToDialog(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showExample(const core::TechniqueExample& example);
    void setReduceMotion(bool reduce);

    TechniqueCard* card() const { return m_card; }
    QPushButton* closeButton() const { return m_close; }

private:
    const core::ContentLibrary& m_library;
    TechniqueCard* m_card;
    QPushButton* m_close;
};

}  // namespace legease::ui
