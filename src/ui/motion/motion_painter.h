#pragma once

#include "core/motion/stroke_motion.h"

#include <QColor>

class QPainter;
class QPalette;

namespace legease::ui {

class RegionFrame;

// The colours of the marks, mixed from the palette so they stand out on the lit region in light
// and dark themes alike: marks in the highlight's text colour, edged with a deeper highlight.
struct MotionColours {
    QColor fill;
    QColor edge;
    QColor trail;
};

MotionColours motionColours(const QPalette& palette);

// Draws one leg's frame on its region, in the painter's current (drawing) coordinates; clipping
// to the outline is the caller's.
void paintMotionFrame(QPainter& painter, const core::MotionFrame& frame, const RegionFrame& region,
    const MotionColours& colours);

}  // namespace legease::ui
