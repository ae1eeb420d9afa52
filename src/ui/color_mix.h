#pragma once

#include <QColor>

namespace legease::ui {

// The colour `share` of the way from `from` to `to` (0 gives `from`, 1 gives `to`). Drawing
// colours are mixed from the palette this way, so they read in light and dark themes alike.
inline QColor mix(const QColor& from, const QColor& to, qreal share)
{
    const auto channel = [share](float a, float b) { return a + (b - a) * float(share); };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
        channel(from.blueF(), to.blueF()));
}

}  // namespace legease::ui
