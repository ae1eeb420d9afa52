#pragma once

#include "core/motion/stroke_motion.h"

#include <QPainterPath>
#include <QPointF>

#include <vector>

namespace legease::ui {

// Places the region frame of core/motion/stroke_motion.h on a region's real outline: `along`
// runs from the bottom of the outline (the far end: every region of the leg diagram has its far
// end toward the feet) to its top, a little inside both; `across` runs over the width of the
// outline at that height, a little inside both edges, with +1 on the leg's outer side, which
// is to the right or the left on screen depending on the leg and the view. So marks follow the
// shape, wide where the region is wide and narrow where it tapers.
class RegionFrame {
public:
    RegionFrame() = default;
    // `outline` in drawing coordinates; `outerToTheRight` says which way the outer side points.
    RegionFrame(const QPainterPath& outline, bool outerToTheRight);

    bool isNull() const { return m_rows.empty(); }
    const QPainterPath& outline() const { return m_outline; }
    QPointF map(const core::MotionPoint& point) const;
    double width() const { return m_width; }  // typical width of the region, in drawing units
    double length() const { return m_length; }  // from the far end to the trunk end, inside the margins
    double aspect() const { return m_width > 0 ? m_length / m_width : 1.0; }
    double outerSign() const { return m_outerSign; }  // +1 when the outer side is to the right

private:
    struct Row {
        double left;
        double right;
    };
    Row rowAt(double y) const;

    QPainterPath m_outline;
    std::vector<Row> m_rows;  // from the top of the outline to its bottom
    double m_top = 0;
    double m_bottom = 0;
    double m_width = 0;
    double m_length = 0;
    double m_outerSign = 1;
};

}  // namespace legease::ui
