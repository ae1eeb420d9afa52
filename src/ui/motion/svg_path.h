#pragma once

#include <QPainterPath>
#include <QString>

namespace legease::ui {

// The outline an SVG path's `d` attribute draws, in the SVG's own coordinates: moves, lines
// (also horizontal and vertical), cubic and quadratic curves with their smooth forms, and closes,
// absolute and relative. Elliptical arcs are taken as straight lines to their end point, which is
// enough to clip to and hit-test a region; the leg diagram does not use them. Stops at the first
// thing it cannot read and returns what it has.
QPainterPath parseSvgPath(const QString& data);

}  // namespace legease::ui
