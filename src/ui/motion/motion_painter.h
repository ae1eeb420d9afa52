#pragma once

#include "core/motion/stroke_motion.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRect>
#include <QTransform>

#include <functional>
#include <vector>

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
    friend bool operator==(const MotionColours&, const MotionColours&) = default;
};

MotionColours motionColours(const QPalette& palette);

// Draws motion frames onto a widget, each leg's clipped to its region's outline, cheaply enough
// to run many times a second: every mark is drawn once into a small image (a sprite, kept for as
// long as the size and colours stay) and then only copied; trails are stamped with round dots;
// each leg's marks go into a layer that is cut to the region's outline with a mask made once
// per size. Qt's raster engine hands large antialiased fills to a thread pool, which would wake
// several threads on every frame; copying images never does.
class MotionPainter {
public:
    using RegionOf = std::function<const RegionFrame*(core::Leg)>;

    // `toWidget` maps drawing coordinates to the widget; `ratio` is its device pixel ratio.
    void paint(QPainter& painter, const std::vector<core::MotionFrame>& frames, const RegionOf& regionOf,
        const QTransform& toWidget, qreal ratio, const MotionColours& colours);

    // Forgets every sprite and mask (on a new size, palette or region).
    void reset();

private:
    struct Layer {
        QRect rect;  // in widget coordinates
        QTransform toLayer;  // drawing coordinates to the layer's pixels
        QImage mask;  // the region's outline, antialiased, in the layer's pixels
    };

    const Layer& layerFor(core::Leg leg, const RegionFrame& region, const QTransform& toWidget, qreal ratio);
    const QImage& sprite(const QString& key, const std::function<QImage()>& make);
    void drawMark(QPainter& layer, const core::MotionMark& mark, const RegionFrame& region, const Layer& geometry,
        double pixelsPerUnit);
    void drawLine(QPainter& layer, const core::MotionLine& line, const RegionFrame& region, const Layer& geometry,
        double pixelsPerUnit);

    MotionColours m_colours;
    QHash<QString, QImage> m_sprites;
    QHash<int, Layer> m_layers;  // by leg
    QImage m_buffer;
};

}  // namespace legease::ui
