#include "ui/session/step_words.h"

#include <QCoreApplication>

namespace legease::ui {
namespace {

// Free functions, so they borrow a class's tr() for one translation context.
struct StepWords {
    Q_DECLARE_TR_FUNCTIONS(StepWords)
};

}  // namespace

QString segmentTitle(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library)
{
    switch (segment.kind) {
    case core::Segment::Kind::GetReady:
        return StepWords::tr("Get ready");
    case core::Segment::Kind::SwitchLegs:
        return StepWords::tr("Switch legs");
    case core::Segment::Kind::Step:
        break;
    }
    if (!step)
        return {};
    return QStringLiteral("%1 · %2").arg(regionName(library, step->region), strokeName(library, step->stroke));
}

QString spokenIntro(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library)
{
    switch (segment.kind) {
    case core::Segment::Kind::GetReady:
        return StepWords::tr("Get ready. We start with %1.").arg(legPhrase(segment.leg));
    case core::Segment::Kind::SwitchLegs:
        return StepWords::tr("Switch legs. Next, %1.").arg(legPhrase(segment.leg));
    case core::Segment::Kind::Step:
        break;
    }
    if (!step)
        return {};
    return QStringLiteral("%1. %2. %3").arg(regionName(library, step->region), strokeName(library, step->stroke), step->instruction);
}

QString segmentAnnouncement(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library,
    int stepNumber, int stepCount)
{
    if (segment.kind != core::Segment::Kind::Step || !step)
        return spokenIntro(segment, step, library);
    QStringList how{pressureWords(step->pressure)};
    if (const QString direction = directionWords(step->direction); !direction.isEmpty())
        how << direction;
    return StepWords::tr("%1, step %2 of %3: %4, %5. %6. %7")
        .arg(legWords(segment.leg))
        .arg(stepNumber)
        .arg(stepCount)
        .arg(regionName(library, step->region), strokeName(library, step->stroke), how.join(QStringLiteral(", ")),
            step->instruction);
}

QString countdownText(qint64 remainingMs)
{
    const qint64 seconds = (std::max<qint64>(remainingMs, 0) + 999) / 1000;
    return core::formatClock(int(seconds));
}

}  // namespace legease::ui
