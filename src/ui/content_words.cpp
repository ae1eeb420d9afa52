#include "ui/content_words.h"

#include <QCoreApplication>

namespace legease::ui {
namespace {

// Free functions, so they borrow a class's tr() for one translation context.
struct ContentWords {
    Q_DECLARE_TR_FUNCTIONS(ContentWords)
};

}  // namespace

QString legWords(core::Leg leg)
{
    switch (leg) {
    case core::Leg::Left:
        return ContentWords::tr("Left leg");
    case core::Leg::Right:
        return ContentWords::tr("Right leg");
    case core::Leg::Both:
        break;
    }
    return ContentWords::tr("Both legs");
}

// Whole phrases rather than a lower-cased label, so each language can word them its own way.
QString legPhrase(core::Leg leg)
{
    switch (leg) {
    case core::Leg::Left:
        return ContentWords::tr("your left leg");
    case core::Leg::Right:
        return ContentWords::tr("your right leg");
    case core::Leg::Both:
        break;
    }
    return ContentWords::tr("both legs");
}

QString pressureWords(core::Pressure pressure)
{
    switch (pressure) {
    case core::Pressure::Light:
        return ContentWords::tr("Light pressure");
    case core::Pressure::Medium:
        return ContentWords::tr("Medium pressure");
    case core::Pressure::Firm:
        break;
    }
    return ContentWords::tr("Firm pressure");
}

QString directionWords(core::Direction direction)
{
    switch (direction) {
    case core::Direction::TowardHeart:
        return ContentWords::tr("Toward your heart");
    case core::Direction::Circular:
        return ContentWords::tr("In small circles");
    case core::Direction::AlongMuscle:
        return ContentWords::tr("Along the muscle");
    case core::Direction::None:
        break;
    }
    return {};
}

QString directionPhrase(core::Direction direction)
{
    switch (direction) {
    case core::Direction::TowardHeart:
        return ContentWords::tr("toward your heart");
    case core::Direction::Circular:
        return ContentWords::tr("in small circles");
    case core::Direction::AlongMuscle:
        return ContentWords::tr("up and down along the muscle");
    case core::Direction::None:
        break;
    }
    return ContentWords::tr("in place");
}

QString shortPressureWords(core::Pressure pressure)
{
    switch (pressure) {
    case core::Pressure::Light:
        return ContentWords::tr("Light", "pressure");
    case core::Pressure::Medium:
        return ContentWords::tr("Medium", "pressure");
    case core::Pressure::Firm:
        break;
    }
    return ContentWords::tr("Firm", "pressure");
}

QString levelWords(core::Level level)
{
    switch (level) {
    case core::Level::Gentle:
        return ContentWords::tr("Gentle", "level");
    case core::Level::Moderate:
        return ContentWords::tr("Moderate", "level");
    case core::Level::Firm:
        break;
    }
    return ContentWords::tr("Firm", "level");
}

QString sidesWords(core::Sides sides)
{
    switch (sides) {
    case core::Sides::LeftThenRight:
        return ContentWords::tr("Left leg first, then the right");
    case core::Sides::RightThenLeft:
        return ContentWords::tr("Right leg first, then the left");
    case core::Sides::BothTogether:
        break;
    }
    return ContentWords::tr("Both legs together");
}

QString directionChoiceWords(core::Direction direction)
{
    const QString words = directionWords(direction);
    return words.isEmpty() ? ContentWords::tr("No particular direction") : words;
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

QString strokeOnRegion(const core::ContentLibrary& library, const QString& strokeId, const QString& regionId,
    core::Direction direction)
{
    return ContentWords::tr("%1 on %2, %3", "stroke on region, direction")
        .arg(strokeName(library, strokeId), regionName(library, regionId), directionPhrase(direction));
}

}  // namespace legease::ui
