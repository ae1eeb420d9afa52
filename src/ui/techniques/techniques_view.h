#pragma once

#include "core/content/content_library.h"

#include <QWidget>

class QListWidget;
class QScrollArea;

namespace legease::core {
class Clock;
}

namespace legease::ui {

class TechniqueCard;

// The Techniques page: every stroke the loaded packs describe, in their order, on the left; the
// chosen one's card on the right, with its motion moving on a region and the routines that use
// it, each a link to that routine.
class TechniquesView : public QWidget {
    Q_OBJECT

public:
    explicit TechniquesView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    // Selects and shows a stroke; false, changing nothing, when there is no such one.
    bool showStroke(const QString& strokeId);
    QString currentStroke() const;

    // Lists the strokes again, keeping the chosen one, after the content was loaded again (a
    // routine of one's own may now use a stroke).
    void reloadContent();

    void setReduceMotion(bool reduce);
    void setClock(const core::Clock* clock);  // for tests and screenshots

    QListWidget* list() const { return m_list; }
    TechniqueCard* card() const { return m_card; }

Q_SIGNALS:
    void routineRequested(const QString& routineId);

private:
    void fillList();
    void showRow(int row);

    const core::ContentLibrary& m_library;
    QListWidget* m_list;
    QScrollArea* m_scroll;
    TechniqueCard* m_card;
};

}  // namespace legease::ui
