#pragma once

#include "core/content/problem.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace legease::ui {

// The problems of one file (an import that was refused, say), one line each in the words
// `legease --validate` uses: the file, the place in it, what was expected and what was found.
class ProblemsDialog : public QDialog {
    Q_OBJECT

public:
    ProblemsDialog(const QString& title, const QString& intro, const core::Problems& problems, QWidget* parent = nullptr);

    QLabel* introLabel() const { return m_intro; }
    QListWidget* list() const { return m_list; }

private:
    QLabel* m_intro;
    QListWidget* m_list;
};

}  // namespace legease::ui
