#pragma once

#include "ui/history/history_page.h"

namespace legease::ui {

// Shown instead of History when the history plugin cannot be loaded: says plainly what is
// missing, and that sessions are still saved and can be exported from the command line.
class MissingHistoryPage : public HistoryPage {
    Q_OBJECT

public:
    // `problem` is the loader's own words (which file, what failed), shown small for bug reports.
    explicit MissingHistoryPage(const QString& problem, QWidget* parent = nullptr);

    void refresh() override {}
    void exportCsv() override {}  // the page already says how to export without it
    bool showsEmptyState() const override { return false; }
};

}  // namespace legease::ui
