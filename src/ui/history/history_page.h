#pragma once

#include <QWidget>

namespace legease::ui {

// The History page as MainWindow knows it. The real one (HistoryView, with its Qt Charts chart)
// comes from the history plugin; when that is missing, MissingHistoryPage says so instead.
class HistoryPage : public QWidget {
public:
    using QWidget::QWidget;

    virtual void refresh() = 0;    // reads the store again, e.g. after a session ended
    virtual void exportCsv() = 0;  // asks where to save and writes every session as CSV
    virtual bool showsEmptyState() const = 0;  // no sessions to show yet
};

}  // namespace legease::ui
