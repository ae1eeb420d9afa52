#include "ui/motion/motion_painter.h"

#include "ui/color_mix.h"
#include "ui/motion/region_frame.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTransform>

#include <cmath>
#include <numbers>

namespace legease::ui {
namespace {

// A flat hand seen from above, one unit wide, fingers pointing up (-y), thumb to the left.
QPainterPath handPath()
{
    QPainterPath hand;
    hand.addRoundedRect(QRectF(-0.36, -0.14, 0.72, 0.66), 0.22, 0.22);
    const double fingerX[] = {-0.27, -0.09, 0.09, 0.27};
    const double fingerTop[] = {-0.5, -0.6, -0.57, -0.44};
    for (int i = 0; i < 4; ++i) {
        QPainterPath finger;
        finger.addRoundedRect(QRectF(fingerX[i] - 0.085, fingerTop[i], 0.17, 0.1 - fingerTop[i]), 0.085, 0.085);
        hand = hand.united(finger);
    }
    QPainterPath thumb;
    thumb.addRoundedRect(QRectF(-0.09, -0.36, 0.18, 0.4), 0.09, 0.09);
    hand = hand.united(QTransform().translate(-0.36, 0.3).rotate(-40).map(thumb));
    return hand.simplified();
}

const QPainterPath& hand()
{
    static const QPainterPath path = handPath();
    return path;
}

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

void paintLine(QPainter& painter, const core::MotionLine& line, const RegionFrame& region, const MotionColours& colours)
{
    if (line.points.size() < 2)
        return;
    const double unit = region.width();
    const double width = line.width * unit;
    QPolygonF points;
    for (const core::MotionPoint& p : line.points)
        points << region.map(p);

    if (line.fades) {  // a trail: thin and faint where it began, stronger where the hand is now
        const qsizetype n = points.size() - 1;
        for (qsizetype i = 1; i <= n; ++i) {
            const double t = double(i) / double(n);
            QPen pen(withAlpha(colours.trail, line.opacity * std::pow(t, 1.3)), width * (0.35 + 0.65 * t), Qt::SolidLine,
                Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(pen);
            painter.drawLine(points[i - 1], points[i]);
        }
        return;
    }

    // A guide or an arrow: edged, so it reads on the highlight.
    QPainterPath path(points.front());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points[i]);
    QPainterPath head;
    if (line.arrow) {
        const QPointF tip = points.back();
        QPointF back = points[points.size() - 2];
        for (qsizetype i = points.size() - 2; i >= 0 && QLineF(points[i], tip).length() < width * 2; --i)
            back = points[i];
        const QLineF direction(tip, back);
        if (direction.length() > 0) {
            const QPointF along = (back - tip) / direction.length();
            const QPointF side(-along.y(), along.x());
            const double length = width * 3.4;
            const double half = width * 2.1;
            head.moveTo(tip + along * -width * 0.6);
            head.lineTo(tip + along * length + side * half);
            head.lineTo(tip + along * length - side * half);
            head.closeSubpath();
            // the shaft stops inside the head, so its round end does not poke out of the tip
            path = QPainterPath(points.front());
            for (qsizetype i = 1; i + 1 < points.size(); ++i)
                path.lineTo(points[i]);
            path.lineTo(tip + along * length * 0.7);
        }
    }
    const double edge = std::max(unit * 0.035, width * 0.45);
    painter.setOpacity(painter.opacity() * line.opacity);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(withAlpha(colours.edge, 0.85), width + 2 * edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    if (!head.isEmpty()) {
        painter.setPen(QPen(withAlpha(colours.edge, 0.85), 2 * edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(withAlpha(colours.edge, 0.85));
        painter.drawPath(head);
    }
    painter.setPen(QPen(colours.fill, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    if (!head.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.fill);
        painter.drawPath(head);
    }
}

void paintMark(QPainter& painter, const core::MotionMark& mark, const RegionFrame& region, const MotionColours& colours)
{
    if (mark.opacity <= 0.005)
        return;
    const double unit = region.width();
    const double size = mark.size * unit;
    painter.save();
    painter.setOpacity(painter.opacity() * std::clamp(mark.opacity, 0.0, 1.0));
    painter.translate(region.map(mark.at));
    // The frame is the leg's own; on screen the outer side may be on the left: mirror.
    painter.scale(region.outerSign(), 1);
    painter.rotate(mark.angle * 180 / std::numbers::pi);
    painter.scale(size, size);
    const double press = std::clamp(mark.press, 0.0, 1.0);
    const double edgeWidth = 0.024 * unit / size;

    const auto halo = [&](double radius) {
        if (press <= 0.01)
            return;
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(colours.fill, 0.22 * press));
        painter.drawEllipse(QPointF(0, 0), radius, radius);
    };
    const QPen edge(withAlpha(colours.edge, 0.9), edgeWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QColor body = withAlpha(colours.fill, 0.5 + 0.45 * press);

    switch (mark.shape) {
    case core::MarkShape::Palm: {
        halo(0.62);
        if (mark.thumbOut)  // the hand is drawn with its thumb on the inner side
            painter.scale(-1, 1);
        painter.scale(1, 1 - 0.28 * std::clamp(mark.curl, 0.0, 1.0));
        painter.setPen(edge);
        painter.setBrush(body);
        painter.drawPath(hand());
        break;
    }
    case core::MarkShape::Fingertips:
        halo(0.7);
        painter.setPen(edge);
        painter.setBrush(body);
        for (const QPointF tip : {QPointF(-0.3, 0.1), QPointF(0, -0.1), QPointF(0.3, 0.1)})
            painter.drawEllipse(tip, 0.19, 0.19);
        break;
    case core::MarkShape::Thumb:
        halo(0.8);
        painter.setPen(edge);
        painter.setBrush(body);
        painter.drawEllipse(QPointF(0, 0), 0.34, 0.5);
        painter.setPen(QPen(withAlpha(colours.edge, 0.5), edgeWidth * 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(-0.2, -0.4, 0.4, 0.34), 20 * 16, 140 * 16);  // the nail's edge
        break;
    case core::MarkShape::Dot:
        halo(0.9);
        painter.setPen(edge);
        painter.setBrush(withAlpha(colours.fill, 0.7 + 0.3 * press));
        painter.drawEllipse(QPointF(0, 0), 0.5, 0.5);
        break;
    case core::MarkShape::Ring: {
        const double width = std::max(0.03 * unit, 0.6) / size;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(withAlpha(colours.edge, 0.45), width * 2.2));
        painter.drawEllipse(QPointF(0, 0), 0.5, 0.5);
        painter.setPen(QPen(colours.trail, width));
        painter.drawEllipse(QPointF(0, 0), 0.5, 0.5);
        break;
    }
    }
    painter.restore();
}

}  // namespace

MotionColours motionColours(const QPalette& palette)
{
    const QColor lit = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor onLit = palette.color(QPalette::Active, QPalette::HighlightedText);
    const bool lightMarks = onLit.lightnessF() >= lit.lightnessF();
    MotionColours colours;
    colours.fill = mix(lit, onLit, 0.92);
    colours.edge = mix(lit, lightMarks ? QColor(0, 0, 0) : QColor(255, 255, 255), 0.55);
    colours.trail = mix(lit, onLit, 0.8);
    return colours;
}

void paintMotionFrame(QPainter& painter, const core::MotionFrame& frame, const RegionFrame& region,
    const MotionColours& colours)
{
    if (region.isNull())
        return;
    for (const core::MotionLine& line : frame.lines) {
        painter.save();
        paintLine(painter, line, region, colours);
        painter.restore();
    }
    for (const core::MotionMark& mark : frame.marks)
        paintMark(painter, mark, region, colours);
}

}  // namespace legease::ui
