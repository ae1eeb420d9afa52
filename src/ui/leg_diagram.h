#pragma once

#include "core/content/content_library.h"
#include "core/motion/stroke_motion.h"
#include "core/session/leg.h"
#include "ui/motion/motion_painter.h"
#include "ui/motion/region_frame.h"

#include <QDomDocument>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QString>
#include <QTransform>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QSvgRenderer;

namespace legease::ui {

// Both legs from the front and from behind, with one region lit up. The session view shows the
// current step on it; the routine library uses it as a clickable map of the leg.
//
// The drawing is resources/leg_diagram.svg; every region in it is one shape with the id
// "<view>-<leg>-<region>". The widget only repaints when what it shows changes: no timers.
class LegDiagram : public QWidget {
    Q_OBJECT

public:
    // Regions are named as `library` names them (translated where a pack translates them); without
    // one, by their ids.
    explicit LegDiagram(const core::ContentLibrary* library = nullptr, QWidget* parent = nullptr);
    ~LegDiagram() override;

    // Lights up `regionId` on `view` for `leg` (core::Leg::Both lights both legs); the other leg is
    // dimmed. A region drawn only on the other view is lit there. An unknown region id lights
    // nothing, but the other leg is still dimmed so the leg being worked on stays clear.
    void highlight(const QString& regionId, core::View view, core::Leg leg);
    void clearHighlight();
    QString highlightedRegion() const;  // the region lit, "" when none
    core::Leg highlightedLeg() const;   // Both when nothing is dimmed

    // The region id under a widget position, or "" (used for clicks; public for tests).
    QString regionAt(const QPoint& position) const;

    // Off by default. When on, a region under the mouse shows a pointing hand and a click on it
    // emits regionClicked. Tooltips are up to the caller (regionAt gives the region). It also
    // takes keyboard focus: the arrow keys move a marked region (named to screen readers as it
    // moves), Home and End jump to the first and last, Space or Enter clicks it.
    void setClickable(bool clickable);
    QString keyboardRegion() const { return m_keyboardRegion; }  // "" until focus first arrives

    // The stroke being done on the lit region, drawn moving over it (core/motion/stroke_motion.h
    // says how; src/ui/motion/ draws it); nullopt draws none. On both legs when both are lit.
    void setMotion(std::optional<core::Motion> motion, core::Direction direction = core::Direction::TowardHeart);
    std::optional<core::Motion> motion() const { return m_motion; }
    core::Direction motionDirection() const { return m_direction; }
    // Where in the motion to draw: strokes done since the step began (core::strokesAt). Repaints
    // the lit region alone, and only when the picture changes. Something else keeps time (see
    // MotionTicker): the diagram has no timer of its own.
    void setMotionStrokes(double strokes);
    double motionStrokes() const { return m_strokes; }
    // "Reduce motion": the same pattern standing still, as arrows and marks.
    void setMotionStill(bool still);
    bool motionStill() const { return m_still; }
    // Zooms in on the lit region, for a larger picture of its motion; off by default.
    void setZoomedToRegion(bool zoomed);
    bool zoomedToRegion() const { return m_zoomed; }

    // For tests: the lit region's outline on `leg`, and where the marks and trails of the frame
    // shown now are, in widget coordinates. Empty when nothing moves there.
    QPainterPath litOutline(core::Leg leg) const;
    QList<QPointF> motionPoints(core::Leg leg) const;
    const std::vector<core::MotionFrame>& motionFrames() const { return m_motionFrames; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void regionClicked(const QString& regionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void restyle();
    void updateAccessibleDescription();
    QStringList keyboardOrder() const;
    void moveKeyboardRegion(const QString& regionId);
    QRectF regionBounds(const QString& regionId) const;  // in widget coordinates
    void updateCursor(const QPoint& position);
    QRectF drawingRect() const;
    void ensureHitMap() const;
    // Motion: the lit region's frames, the frames of the moment, the zoomed view box.
    void updateMotionGeometry();
    void updateMotionFrames();
    void applyZoom();
    QTransform drawingTransform() const;
    QRect motionRect() const;
    const RegionFrame* regionFrame(core::Leg leg) const;

    const core::ContentLibrary* m_library;
    QDomDocument m_document;  // the drawing, restyled in place on every change
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<QString, QDomElement> m_elements;  // every element with an id
    QList<QDomElement> m_regions;
    QList<QDomElement> m_outlines;
    QList<QDomElement> m_details;

    QString m_region;  // what is lit, "" when nothing is (an unknown id lights nothing)
    core::View m_litView = core::View::Front;
    core::Leg m_leg = core::Leg::Both;
    bool m_clickable = false;
    QString m_pressedRegion;
    QString m_keyboardRegion;

    mutable QPixmap m_cache;  // the rendered drawing at the current size and colours

    std::optional<core::Motion> m_motion;
    core::Direction m_direction = core::Direction::TowardHeart;
    double m_strokes = 0;
    bool m_still = false;
    bool m_zoomed = false;
    std::array<RegionFrame, 2> m_regionFrames;  // the lit region on the left and the right leg
    std::vector<core::MotionFrame> m_motionFrames;  // what is drawn now
    std::unique_ptr<MotionPainter> m_motionPainter;

    // Hit testing: every region painted in its own flat colour, rendered once per widget size.
    QByteArray m_hitSvg;
    QHash<QRgb, QString> m_hitRegions;  // region id by its colour in the map
    mutable QImage m_hitMap;
};

}  // namespace legease::ui
