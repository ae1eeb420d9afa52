#pragma once

#include "core/content/content_library.h"
#include "core/session/timeline.h"
#include "ui/content_words.h"

#include <QString>

// The sentences a session shows and speaks, built from the content's words (content_words.h), in
// one place so screen, voice and tests agree.
namespace legease::ui {

// "Calf · Gliding strokes" for a step, "Get ready" or "Switch legs" for the pauses.
QString segmentTitle(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library);

// What a screen reader hears when a segment begins: the leg, where it is in the session, the
// region, the stroke, how firmly and which way, and the instruction. `stepNumber` counts steps
// from 1 and is ignored for the pauses.
QString segmentAnnouncement(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library,
    int stepNumber, int stepCount);

// What the voice says when a segment begins.
QString spokenIntro(const core::Segment& segment, const core::Step* step, const core::ContentLibrary& library);

// "1:05" for a countdown, rounding up so "0:00" only shows at the very end.
QString countdownText(qint64 remainingMs);

}  // namespace legease::ui
