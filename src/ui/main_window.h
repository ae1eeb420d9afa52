#pragma once

#include "content/content_loader.h"

#include <QMainWindow>

class QTextBrowser;
class QTreeWidget;

namespace legease::ui {

// The first main window: everything that loaded, a reading pane, and any content problems.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const core::LoadedContent& content, QWidget* parent = nullptr);

    QTreeWidget* contentTree() const { return m_tree; }
    QTextBrowser* reader() const { return m_reader; }

private:
    QWidget* buildProblemsPanel();
    void showSelected();

    const core::LoadedContent& m_content;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_reader = nullptr;
};

}  // namespace legease::ui
