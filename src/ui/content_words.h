#pragma once

#include "core/content/content_library.h"
#include "core/session/leg.h"

#include <QString>

// The words that name the content's choices and items on screen and in speech, in one place so
// every view, the voice and the tests agree, and each is translated once.
namespace legease::ui {

QString legWords(core::Leg leg);  // "Left leg"
QString legPhrase(core::Leg leg);  // inside a sentence: "your left leg", "both legs"
QString pressureWords(core::Pressure pressure);  // "Light pressure"
QString shortPressureWords(core::Pressure pressure);  // "Light", in a table of steps
QString directionWords(core::Direction direction);  // "Toward your heart", "" for none
QString directionPhrase(core::Direction direction);  // inside a sentence: "toward your heart", "in place"
QString levelWords(core::Level level);  // "Gentle"
QString sidesWords(core::Sides sides);  // "Left leg first, then the right"
QString directionChoiceWords(core::Direction direction);  // as directionWords, and "No particular direction" for none
// An item's name as its pack (or a translation pack) gives it; the id when it is unknown.
QString regionName(const core::ContentLibrary& library, const QString& regionId);
QString strokeName(const core::ContentLibrary& library, const QString& strokeId);
// What a picture of a stroke at work shows, for people who cannot see it: "Gliding strokes on
// Calf, toward your heart".
QString strokeOnRegion(const core::ContentLibrary& library, const QString& strokeId, const QString& regionId,
    core::Direction direction);

}  // namespace legease::ui
