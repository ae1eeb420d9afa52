#include "ui/session/step_words.h"

#include <QCoreApplication>

namespace legease::ui {
namespace {

// Free functions, so they borrow a class's tr() for one translation context.
struct StepWords {
    Q_DECLARE_TR_FUNCTIONS(StepWords)
};

}  // namespace

QString legWords(core::Leg leg)
{
    switch (leg) {
    case core::Leg::Left:
        return StepWords::tr("Left leg");
    case core::Leg::Right:
        return StepWords::tr("Right leg");
    case core::Leg::Both:
        break;
    }
    return StepWords::tr("Both legs");
}

// Whole phrases rather than a lower-cased label, so each language can word them its own way.
QString legPhrase(core::Leg leg)
{
    switch (leg) {
    case core::Leg::Left:
        return StepWords::tr("your left leg");
    case core::Leg::Right:
        return StepWords::tr("your right leg");
    case core::Leg::Both:
        break;
    }
    return StepWords::tr("both legs");
}

QString pressureWords(core::Pressure pressure)
{
    switch (pressure) {
    case core::Pressure::Light:
        return StepWords::tr("Light pressure");
    case core::Pressure::Medium:
        return StepWords::tr("Medium pressure");
    case core::Pressure::Firm:
        break;
    }
    return StepWords::tr("Firm pressure");
}

QString directionWords(core::Direction direction)
{
    switch (direction) {
    case core::Direction::TowardHeart:
        return StepWords::tr("Toward your heart");
    case core::Direction::Circular:
        return StepWords::tr("In small circles");
    case core::Direction::AlongMuscle:
        return StepWords::tr("Along the muscle");
    case core::Direction::None:
        break;
    }
    return {};
}

QString regionName(const core::ContentLibrary& library, const QString& regionId)
{
    const core::Region* region = library.region(regionId);
    return region ? region->name : regionId;
}

QString strokeName(const core::ContentLibrary& library, const QString& strokeId)
{
    const core::Stroke* stroke = library.stroke(strokeId);
    return stroke ? stroke->name : strokeId;
}

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

QString countdownText(qint64 remainingMs)
{
    const qint64 seconds = (std::max<qint64>(remainingMs, 0) + 999) / 1000;
    return core::formatClock(int(seconds));
}

}  // namespace legease::ui
