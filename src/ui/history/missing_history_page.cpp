#include "ui/history/missing_history_page.h"

#include "ui/text_label.h"

#include <QLabel>
#include <QVBoxLayout>

namespace legease::ui {

MissingHistoryPage::MissingHistoryPage(const QString& problem, QWidget* parent)
    : HistoryPage(parent)
{
    setAccessibleName(tr("History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);

    QLabel* title = textLabel(1.6, true);
    title->setText(tr("History"));
    auto* message = new QLabel(tr("Your history cannot be shown here, because the part of LegEase that draws it is "
                                  "missing from this installation. Your sessions are still saved. To get them all as "
                                  "a CSV file, run: legease --export-history FILE"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* detail = new QLabel(problem);
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(title);
    layout->addWidget(message);
    layout->addWidget(detail);
    layout->addStretch(1);
}

}  // namespace legease::ui
