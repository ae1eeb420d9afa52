#pragma once

#include "content/content_loader.h"

#include <QMainWindow>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace legease::ui {

// The first main window: everything that loaded, a reading pane, and any content problems.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const core::LoadedContent& content, QWidget* parent = nullptr);

    QTreeWidget* contentTree() const { return m_tree; }
    QTextBrowser* reader() const { return m_reader; }

Q_SIGNALS:
    // Enter or a double click on a routine, or on a benefit (for its routine).
    void routineActivated(const QString& routineId);

private:
    QWidget* buildProblemsPanel();
    void showSelected();
    void activate(QTreeWidgetItem* item);

    const core::LoadedContent& m_content;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_reader = nullptr;
};

}  // namespace legease::ui
