#pragma once

#include "core/content/model.h"

#include <QListWidget>

namespace legease::ui {

// The safety screen's checklist, one item per situation: a bold title and its detail, wrapped to
// the width. One tab stop; the arrow keys move through the items and a screen reader reads each
// as it is reached ("Pregnancy. Ask your midwife..."), so nobody has to take in the whole list at
// once.
class SafetyChecklist : public QListWidget {
    Q_OBJECT

public:
    explicit SafetyChecklist(const std::vector<core::SafetyItem>& items, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

}  // namespace legease::ui
