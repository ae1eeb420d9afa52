#pragma once

#include "core/content/content_library.h"

#include <QString>
#include <QStringList>

// What the techniques guide says about a stroke beyond its own text: where it is best shown and
// which routines use it. Both are read from the routines loaded, so a pack's own strokes and
// routines are covered the same way as the built-in ones.
namespace legease::core {

// A step to show a stroke on: a region that suits its motion (the calf for most, the knee for
// small circles, the ankle for joint circles, the sole for thumb walking, the back of the thigh
// for stretching) if routines use the stroke there, else the region they use it on most, each
// with the direction used there most; for a stroke no routine uses, the suitable region.
struct TechniqueExample {
    QString stroke;
    QString region;
    Direction direction = Direction::TowardHeart;
    int tempo = 10;  // strokes per minute
};

TechniqueExample techniqueExample(const ContentLibrary& library, const QString& strokeId);

// The same for one step of a routine: its own region, direction and tempo.
TechniqueExample techniqueExample(const ContentLibrary& library, const Step& step);

// Ids of the routines with at least one step of this stroke, in the library's order.
QStringList routinesUsing(const ContentLibrary& library, const QString& strokeId);

}  // namespace legease::core
