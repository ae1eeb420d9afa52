#include "ui/session/session_summary_page.h"

#include "core/content/model.h"
#include "ui/session/feeling_scale.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace legease::ui {

SessionSummaryPage::SessionSummaryPage(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel)
    , m_details(new QLabel)
    , m_historyProblem(new QLabel)
    , m_feeling(new FeelingScale(tr("And how do your legs feel now? (optional)")))
    , m_done(new QPushButton(tr("Done")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_headline->setFont(big);
    m_details->setWordWrap(true);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    m_historyProblem->setWordWrap(true);
    m_historyProblem->hide();
    layout->addWidget(m_historyProblem);
    layout->addSpacing(8);
    layout->addWidget(m_feeling);
    layout->addStretch();
    m_done->setDefault(true);
    m_done->setMinimumHeight(44);
    layout->addWidget(m_done, 0, Qt::AlignLeft);
    connect(m_done, &QPushButton::clicked, this, &SessionSummaryPage::doneRequested);
    setFocusProxy(m_feeling);  // the first control: how the legs feel now, then Done
}

void SessionSummaryPage::showResult(bool completed, int activeSeconds, int stepsDone, int stepsTotal)
{
    m_headline->setText(completed ? tr("Well done") : tr("Session stopped"));
    const QString time = core::formatClock(activeSeconds);
    m_details->setText(completed
            ? tr("You gave your legs %1 of care and finished every step (%2 in all). Take a moment before you get up.")
                  .arg(time)
                  .arg(stepsTotal)
            : tr("You massaged for %1 and finished %2 of %3 steps. Stopping is always fine; listen to your legs.")
                  .arg(time)
                  .arg(stepsDone)
                  .arg(stepsTotal));
}

QString SessionSummaryPage::inWords() const
{
    QString words = m_headline->text() + QStringLiteral(". ") + m_details->text();
    if (!m_historyProblem->text().isEmpty())
        words += QLatin1Char(' ') + m_historyProblem->text();
    return words;
}

void SessionSummaryPage::showHistoryProblem(const QString& message)
{
    m_historyProblem->setText(message);
    m_historyProblem->setVisible(!message.isEmpty());
}

}  // namespace legease::ui
