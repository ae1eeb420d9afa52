#include "ui/problems_dialog.h"

#include "ui/keyboard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace legease::ui {

ProblemsDialog::ProblemsDialog(const QString& title, const QString& intro, const core::Problems& problems, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(intro))
    , m_list(new QListWidget)
{
    setWindowTitle(title);
    useButtonKeys();
    showFocusFromTheStart(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    for (const core::Problem& problem : problems)
        m_list->addItem((problem.severity == core::Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(problem.toString()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 360);
    m_list->setFocus();
}

}  // namespace legease::ui
