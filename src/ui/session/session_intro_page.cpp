#include "ui/session/session_intro_page.h"

#include "ui/session/feeling_scale.h"
#include "ui/session/step_words.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace legease::ui {
namespace {

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

SessionIntroPage::SessionIntroPage(const core::Routine& routine, const core::Timeline& timeline, QWidget* parent)
    : QWidget(parent)
    , m_feeling(new FeelingScale(tr("How do your legs feel right now? (optional)")))
    , m_start(new QPushButton(tr("Start session")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);

    auto* title = wrapped(routine.title);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(wrapped(routine.summary));

    const core::Segment* firstStep = nullptr;
    for (const core::Segment& segment : timeline.segments)
        if (segment.kind == core::Segment::Kind::Step && !firstStep)
            firstStep = &segment;
    QString facts = tr("About %1 in all").arg(core::formatClock(timeline.totalSeconds())) + QStringLiteral(" · ")
        + tr("%n step(s)", nullptr, timeline.stepSegmentCount());
    if (firstStep)
        facts += QStringLiteral(" · ") + (firstStep->leg == core::Leg::Both ? tr("Both legs together")
                                                                             : tr("%1 first").arg(legWords(firstStep->leg)));
    auto* factsLabel = wrapped(facts);
    layout->addWidget(factsLabel);

    if (!routine.cautions.isEmpty()) {
        auto* heading = wrapped(tr("Before you start"));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        layout->addWidget(heading);
        QString list;
        for (const QString& caution : routine.cautions)
            list += QStringLiteral("<li>%1</li>").arg(caution.toHtmlEscaped());
        auto* cautions = wrapped(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(list));
        cautions->setTextFormat(Qt::RichText);
        cautions->setAccessibleDescription(tr("Cautions for this routine"));
        layout->addWidget(cautions);
    }
    layout->addWidget(wrapped(tr("Massage should feel good. Stop at once if anything hurts, tingles or feels numb.")));
    layout->addSpacing(8);
    layout->addWidget(m_feeling);
    layout->addStretch();

    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    m_start->setMinimumHeight(44);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    connect(m_start, &QPushButton::clicked, this, &SessionIntroPage::startRequested);
    setFocusProxy(m_start);
}

}  // namespace legease::ui
