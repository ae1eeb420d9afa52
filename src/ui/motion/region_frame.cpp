#include "ui/motion/region_frame.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace legease::ui {
namespace {

constexpr int kRows = 48;
constexpr double kEndMargin = 0.07;   // of the height, at the far end and at the trunk end
constexpr double kSideMargin = 0.1;   // of the half width, on either side

}  // namespace

RegionFrame::RegionFrame(const QPainterPath& outline, bool outerToTheRight)
    : m_outline(outline)
    , m_outerSign(outerToTheRight ? 1.0 : -1.0)
{
    const QRectF bounds = outline.boundingRect();
    if (bounds.isEmpty())
        return;
    m_top = bounds.top();
    m_bottom = bounds.bottom();
    const QList<QPolygonF> polygons = outline.toFillPolygons();

    // For each row, the longest stretch inside the outline (even-odd over every edge), so a row
    // through the toes takes one toe rather than the gaps between them.
    m_rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        const double y = m_top + bounds.height() * (i + 0.5) / kRows;
        std::vector<double> crossings;
        for (const QPolygonF& polygon : polygons) {
            for (qsizetype k = 0; k < polygon.size(); ++k) {  // closing edge included
                const QPointF a = polygon[k];
                const QPointF b = polygon[(k + 1) % polygon.size()];
                if ((a.y() <= y && b.y() > y) || (b.y() <= y && a.y() > y))
                    crossings.push_back(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        Row best{bounds.center().x(), bounds.center().x()};
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2)
            if (crossings[k + 1] - crossings[k] > best.right - best.left)
                best = {crossings[k], crossings[k + 1]};
        m_rows.push_back(best);
    }

    // The typical width: the median of the middle rows, which ignores a pointed end.
    std::vector<double> widths;
    for (int i = kRows / 6; i < kRows - kRows / 6; ++i)
        widths.push_back(m_rows[std::size_t(i)].right - m_rows[std::size_t(i)].left);
    std::nth_element(widths.begin(), widths.begin() + qsizetype(widths.size() / 2), widths.end());
    m_width = widths[widths.size() / 2] * (1 - kSideMargin);
    m_length = bounds.height() * (1 - 2 * kEndMargin);
}

RegionFrame::Row RegionFrame::rowAt(double y) const
{
    const double position = (y - m_top) / (m_bottom - m_top) * kRows - 0.5;
    const double clamped = std::clamp(position, 0.0, double(kRows - 1));
    const auto below = std::size_t(std::floor(clamped));
    const auto above = std::min(below + 1, m_rows.size() - 1);
    const double t = clamped - double(below);
    return {m_rows[below].left + (m_rows[above].left - m_rows[below].left) * t,
        m_rows[below].right + (m_rows[above].right - m_rows[below].right) * t};
}

QPointF RegionFrame::map(const core::MotionPoint& point) const
{
    if (isNull())
        return {};
    const double height = m_bottom - m_top;
    const double y = m_bottom - height * (kEndMargin + point.along * (1 - 2 * kEndMargin));
    const Row row = rowAt(y);
    const double middle = (row.left + row.right) / 2;
    const double half = (row.right - row.left) / 2 * (1 - kSideMargin);
    return {middle + m_outerSign * point.across * half, y};
}

}  // namespace legease::ui
