#pragma once

#include "core/content/model.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace legease::ui {

// The content pack's "before you start" screen. Before the first session it must be
// acknowledged; from the Help menu it is simply shown again.
class SafetyDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Acknowledge, Read };

    SafetyDialog(const core::SafetyInfo& safety, Mode mode, QWidget* parent = nullptr);

    QCheckBox* agreement() const { return m_agreement; }
    QPushButton* acceptButton() const { return m_accept; }
    QSize sizeHint() const override { return {640, 640}; }

private:
    QCheckBox* m_agreement = nullptr;
    QPushButton* m_accept = nullptr;
};

}  // namespace legease::ui
