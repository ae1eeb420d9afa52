#include "ui/motion/motion_painter.h"

#include "ui/color_mix.h"
#include "ui/motion/region_frame.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPalette>

#include <algorithm>
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

// Quantised to `steps` a unit, for sprite keys: close enough values share one sprite.
int q(double value, double steps)
{
    return int(std::lround(value * steps));
}

QImage transparentImage(QSize size)
{
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

// Scales every pixel of `layer` by the mask's alpha: the layer cut to the region's outline,
// antialiased, without handing the work to a thread pool as a masked composition would.
void applyMask(QImage& layer, const QImage& mask)
{
    const int width = std::min(layer.width(), mask.width());
    const int height = std::min(layer.height(), mask.height());
    for (int y = 0; y < height; ++y) {
        auto* out = reinterpret_cast<QRgb*>(layer.scanLine(y));
        const auto* cut = reinterpret_cast<const QRgb*>(mask.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const uint a = qAlpha(cut[x]);
            if (a == 255 || out[x] == 0)
                continue;
            if (a == 0) {
                out[x] = 0;
                continue;
            }
            const QRgb p = out[x];
            out[x] = qRgba(int(qRed(p) * a / 255), int(qGreen(p) * a / 255), int(qBlue(p) * a / 255), int(qAlpha(p) * a / 255));
        }
    }
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

void MotionPainter::reset()
{
    m_sprites.clear();
    m_layers.clear();
}

const QImage& MotionPainter::sprite(const QString& key, const std::function<QImage()>& make)
{
    auto found = m_sprites.find(key);
    if (found == m_sprites.end()) {
        if (m_sprites.size() > 600)  // a long session at many sizes: start afresh
            m_sprites.clear();
        found = m_sprites.insert(key, make());
    }
    return *found;
}

const MotionPainter::Layer& MotionPainter::layerFor(core::Leg leg, const RegionFrame& region, const QTransform& toWidget,
    qreal ratio)
{
    const QRect rect = toWidget.mapRect(region.outline().boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1);
    auto found = m_layers.find(int(leg));
    if (found != m_layers.end() && found->rect == rect)
        return *found;
    Layer layer;
    layer.rect = rect;
    layer.toLayer = toWidget * QTransform::fromTranslate(-rect.left(), -rect.top()) * QTransform::fromScale(ratio, ratio);
    layer.mask = transparentImage((QSizeF(rect.size()) * ratio).toSize());
    QPainter painter(&layer.mask);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(layer.toLayer);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPath(region.outline());
    painter.end();
    return *m_layers.insert(int(leg), layer);
}

void MotionPainter::paint(QPainter& painter, const std::vector<core::MotionFrame>& frames, const RegionOf& regionOf,
    const QTransform& toWidget, qreal ratio, const MotionColours& colours)
{
    if (!(colours == m_colours)) {
        m_sprites.clear();
        m_colours = colours;
    }
    for (const core::MotionFrame& frame : frames) {
        const RegionFrame* region = regionOf(frame.leg);
        if (!region || region->isNull())
            continue;
        const Layer& geometry = layerFor(frame.leg, *region, toWidget, ratio);
        const QSize pixels = geometry.mask.size();
        if (m_buffer.size() != pixels)
            m_buffer = transparentImage(pixels);
        else
            m_buffer.fill(Qt::transparent);
        // Region widths in device pixels: marks and trails are sized from the region's width.
        const double pixelsPerUnit = region->width() * std::sqrt(std::abs(geometry.toLayer.determinant()));
        QPainter layer(&m_buffer);
        for (const core::MotionLine& line : frame.lines)
            drawLine(layer, line, *region, geometry, pixelsPerUnit);
        for (const core::MotionMark& mark : frame.marks)
            drawMark(layer, mark, *region, geometry, pixelsPerUnit);
        layer.end();
        applyMask(m_buffer, geometry.mask);  // the marks never leave the region they explain
        m_buffer.setDevicePixelRatio(ratio);
        painter.drawImage(geometry.rect.topLeft(), m_buffer);
        m_buffer.setDevicePixelRatio(1);
    }
}

void MotionPainter::drawMark(QPainter& layer, const core::MotionMark& mark, const RegionFrame& region,
    const Layer& geometry, double pixelsPerUnit)
{
    if (mark.opacity <= 0.005)
        return;
    const double size = mark.size * pixelsPerUnit;  // across the mark, in pixels
    if (size < 1)
        return;
    const double press = std::clamp(mark.press, 0.0, 1.0);
    const double curl = std::clamp(mark.curl, 0.0, 1.0);
    const double mirror = region.outerSign();
    const double degrees = mark.angle * 180 / std::numbers::pi;
    const double edgeWidth = std::max(0.024 * pixelsPerUnit, 0.8);  // pixels
    const int extent = int(std::ceil(size * 0.95 + edgeWidth + 2));

    // Close values share a sprite: a twentieth of a pixel in size or a degree in angle is
    // invisible, and a session then needs a few dozen of them.
    const QString key = QStringLiteral("m%1:%2:%3:%4:%5:%6:%7:%8")
                            .arg(int(mark.shape))
                            .arg(q(size, 4))
                            .arg(q(degrees * mirror, 0.5))
                            .arg(mirror < 0)
                            .arg(mark.thumbOut)
                            .arg(q(press, 16))
                            .arg(q(curl, 12))
                            .arg(q(edgeWidth, 4));
    const QImage& image = sprite(key, [&] {
        QImage sprite = transparentImage(QSize(2 * extent, 2 * extent));
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(extent, extent);
        // The frame is the leg's own; on screen the outer side may be on the left: mirror.
        painter.scale(mirror, 1);
        painter.rotate(degrees);
        painter.scale(size, size);
        const double edge = edgeWidth / size;
        const QPen outline(withAlpha(m_colours.edge, 0.9), edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const QColor body = withAlpha(m_colours.fill, 0.5 + 0.45 * press);
        const auto halo = [&](double radius) {
            if (press <= 0.01)
                return;
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(m_colours.fill, 0.22 * press));
            painter.drawEllipse(QPointF(0, 0), radius, radius);
        };
        switch (mark.shape) {
        case core::MarkShape::Palm:
            halo(0.62);
            if (mark.thumbOut)  // the hand is drawn with its thumb on the inner side
                painter.scale(-1, 1);
            painter.scale(1, 1 - 0.28 * curl);
            painter.setPen(outline);
            painter.setBrush(body);
            painter.drawPath(hand());
            break;
        case core::MarkShape::Fingertips:
            halo(0.7);
            painter.setPen(outline);
            painter.setBrush(body);
            for (const QPointF tip : {QPointF(-0.3, 0.1), QPointF(0, -0.1), QPointF(0.3, 0.1)})
                painter.drawEllipse(tip, 0.19, 0.19);
            break;
        case core::MarkShape::Thumb:
            halo(0.8);
            painter.setPen(outline);
            painter.setBrush(body);
            painter.drawEllipse(QPointF(0, 0), 0.34, 0.5);
            painter.setPen(QPen(withAlpha(m_colours.edge, 0.5), edge * 0.8));
            painter.setBrush(Qt::NoBrush);
            painter.drawArc(QRectF(-0.2, -0.4, 0.4, 0.34), 20 * 16, 140 * 16);  // the nail's edge
            break;
        case core::MarkShape::Dot:
            halo(0.9);
            painter.setPen(outline);
            painter.setBrush(withAlpha(m_colours.fill, 0.7 + 0.3 * press));
            painter.drawEllipse(QPointF(0, 0), 0.5, 0.5);
            break;
        case core::MarkShape::Ring: {
            const double width = std::max(0.03 * pixelsPerUnit, 0.9) / size;
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(withAlpha(m_colours.edge, 0.45), width * 2.2));
            painter.drawEllipse(QPointF(0, 0), 0.5, 0.5);
            painter.setPen(QPen(m_colours.trail, width));
            painter.drawEllipse(QPointF(0, 0), 0.5, 0.5);
            break;
        }
        }
        return sprite;
    });
    const QPointF centre = geometry.toLayer.map(region.map(mark.at));
    layer.setOpacity(std::clamp(mark.opacity, 0.0, 1.0));
    layer.drawImage(QPoint(int(std::lround(centre.x())) - extent, int(std::lround(centre.y())) - extent), image);
    layer.setOpacity(1);
}

void MotionPainter::drawLine(QPainter& layer, const core::MotionLine& line, const RegionFrame& region,
    const Layer& geometry, double pixelsPerUnit)
{
    if (line.points.size() < 2)
        return;
    const double width = std::max(line.width * pixelsPerUnit, 1.0);
    QPolygonF points;
    for (const core::MotionPoint& p : line.points)
        points << geometry.toLayer.map(region.map(p));

    // A round dot of `radius` pixels in `colour`, stamped at `at`.
    const auto stamp = [&](const QPointF& at, double radius, const QColor& colour, double alpha) {
        radius = std::max(radius, 0.5);
        const int r = int(std::ceil(radius)) + 1;
        const QImage& dot = sprite(QStringLiteral("d%1:%2").arg(q(radius, 4)).arg(colour.rgba()), [&] {
            QImage image = transparentImage(QSize(2 * r, 2 * r));
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(QPointF(r, r), radius, radius);
            return image;
        });
        layer.setOpacity(std::clamp(alpha, 0.0, 1.0));
        layer.drawImage(QPoint(int(std::lround(at.x())) - r, int(std::lround(at.y())) - r), dot);
    };
    // Walks the line in small steps, calling `at(point, share of the way)`.
    double total = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        total += QLineF(points[i - 1], points[i]).length();
    const auto walk = [&](double step, const auto& at) {
        double done = 0;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const QLineF segment(points[i - 1], points[i]);
            const double length = segment.length();
            for (double s = 0; s < length; s += step)
                at(segment.pointAt(s / length), total > 0 ? (done + s) / total : 1.0);
            done += length;
        }
        at(points.back(), 1.0);
    };

    if (line.fades) {  // a trail: thin and faint where it began, stronger where the hand is now
        walk(std::max(1.0, width / 4), [&](const QPointF& at, double t) {
            stamp(at, width / 2 * (0.35 + 0.65 * t), m_colours.trail, line.opacity * 0.28 * std::pow(t, 1.3));
        });
        layer.setOpacity(1);
        return;
    }

    if (!line.arrow && line.opacity >= 0.99) {  // a solid stroke that moves: edged dots, then the stroke
        const double edge = std::max(pixelsPerUnit * 0.035, width * 0.45);
        walk(1.0, [&](const QPointF& at, double) { stamp(at, width / 2 + edge, withAlpha(m_colours.edge, 0.85), 1.0); });
        walk(1.0, [&](const QPointF& at, double) { stamp(at, width / 2, m_colours.fill, 1.0); });
        layer.setOpacity(1);
        return;
    }

    // Arrows and faint guides stand still: each is drawn once into a sprite of its own.
    QString key = QStringLiteral("l%1:%2:%3:").arg(q(width, 4)).arg(q(line.opacity, 20)).arg(line.arrow);
    for (const QPointF& p : points)
        key += QStringLiteral("%1,%2;").arg(q(p.x(), 2)).arg(q(p.y(), 2));
    const QRect bounds = points.boundingRect().toAlignedRect().adjusted(-int(width * 4) - 2, -int(width * 4) - 2,
        int(width * 4) + 2, int(width * 4) + 2);
    const QImage& image = sprite(key, [&] {
        QImage sprite = transparentImage(bounds.size());
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-bounds.topLeft());
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
        const double edge = std::max(pixelsPerUnit * 0.035, width * 0.45);
        painter.setOpacity(line.opacity);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(withAlpha(m_colours.edge, 0.85), width + 2 * edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        if (!head.isEmpty()) {
            painter.setPen(QPen(withAlpha(m_colours.edge, 0.85), 2 * edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(withAlpha(m_colours.edge, 0.85));
            painter.drawPath(head);
        }
        painter.setPen(QPen(m_colours.fill, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (!head.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_colours.fill);
            painter.drawPath(head);
        }
        return sprite;
    });
    layer.setOpacity(1);
    layer.drawImage(bounds.topLeft(), image);
}

}  // namespace legease::ui
