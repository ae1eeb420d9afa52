#pragma once

#include "core/content/content_library.h"
#include "core/session/leg.h"
#include "core/session/timeline.h"

#include <QString>

// The words a session shows and speaks, in one place so screen, voice and tests agree.
namespace legease::ui {

QString legWords(core::Leg leg);              // "Left leg"
QString legPhrase(core::Leg leg);             // inside a sentence: "your left leg", "both legs"
QString pressureWords(core::Pressure pressure);  // "Light pressure"
QString directionWords(core::Direction direction);  // "Toward your heart", "" for none
QString regionName(const core::ContentLibrary& library, const QString& regionId);
QString strokeName(const core::ContentLibrary& library, const QString& strokeId);

// "Calf · Gliding strokes" for a step, "Get ready" or "Switch legs" for the pauses.
QString segmentTitle(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library);

// What the voice says when a segment begins.
QString spokenIntro(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library);

// "1:05" for a countdown, rounding up so "0:00" only shows at the very end.
QString countdownText(qint64 remainingMs);

}  // namespace legease::ui
