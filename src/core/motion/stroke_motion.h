#pragma once

#include "core/content/model.h"
#include "core/session/leg.h"

#include <QString>
#include <QtGlobal>

#include <vector>

// How a stroke moves, as marks in a frame of the region being worked: a pure function of the
// stroke's motion pattern, the shape of the region, the step's direction, the leg and the point in
// time counted in strokes (elapsed time times the tempo). The same inputs always give the same
// frame, so tests and screenshots can draw any moment; the leg diagram maps the frame onto the
// region's real outline (src/ui/motion/).
//
// The region frame: `along` runs from 0 at the region's far end (toes side) to 1 at its end toward
// the trunk; `across` runs from -1 on the inner side of the leg to +1 on the outer side. Working
// in the leg's own terms makes the right leg the mirror of the left without any arithmetic here:
// the drawing decides which way "outer" points on screen.
namespace legease::core {

enum class MarkShape {
    Palm,        // a flat hand, fingers pointing along `angle`
    Fingertips,  // three fingertips close together
    Thumb,       // the pad of a thumb
    Dot,         // a light tap
    Ring,        // a ring in the skin: pressure spreading, a breath, a release
};

struct MotionPoint {
    double along = 0.5;
    double across = 0.0;
    friend bool operator==(const MotionPoint&, const MotionPoint&) = default;
};

struct MotionMark {
    MarkShape shape = MarkShape::Palm;
    MotionPoint at;
    double size = 0.3;     // across the mark, as a share of the region's width
    double angle = 0.0;    // radians: 0 points toward the trunk, +pi/2 to the outer side
    double press = 0.0;    // 0 resting lightly or lifted, 1 pressing fully
    double curl = 0.0;     // 0 flat, 1 fingers curled round the muscle (kneading)
    bool thumbOut = false;  // a palm's thumb is on its outer side (with the fingers toward the trunk)
    double opacity = 1.0;  // 0 gone, 1 fully there
    friend bool operator==(const MotionMark&, const MotionMark&) = default;
};

// A trail the hand leaves behind it while moving, or, in a still picture, an arrow.
struct MotionLine {
    std::vector<MotionPoint> points;
    double width = 0.05;   // as a share of the region's width
    double opacity = 1.0;  // at the newest end; trails fade toward their oldest end
    bool arrow = false;    // an arrow head at the last point
    bool fades = true;     // a trail fades toward its first point; an arrow does not
    friend bool operator==(const MotionLine&, const MotionLine&) = default;
};

struct MotionFrame {
    Leg leg = Leg::Left;  // Left or Right, never Both
    std::vector<MotionLine> lines;  // drawn under the marks
    std::vector<MotionMark> marks;
    friend bool operator==(const MotionFrame&, const MotionFrame&) = default;
};

struct MotionRequest {
    Motion motion = Motion::Glide;
    Direction direction = Direction::TowardHeart;
    Leg leg = Leg::Left;  // Both gives a frame for each leg
    double aspect = 2.0;  // the region's length divided by its width, as drawn
};

// The frame at `strokes` strokes into the step (any value from 0 on; a fraction is part way
// through a stroke). Every pattern completes its action once per stroke; some also travel along
// the region over motionPeriod() strokes, so frames repeat every motionPeriod() strokes.
std::vector<MotionFrame> motionFrames(const MotionRequest& request, double strokes);

// The same pattern standing still, for "Reduce motion": marks where the hands go and arrows for
// how they move.
std::vector<MotionFrame> stillFrames(const MotionRequest& request);

// How many strokes before the frames repeat: 1 for patterns that stay in one place.
int motionPeriod(Motion motion, Direction direction);

// Strokes done after `elapsedMs` at `strokesPerMinute`.
double strokesAt(qint64 elapsedMs, int strokesPerMinute);

// The pattern a stroke is drawn with: its own `motion`; else, for an id of a built-in stroke
// ("kneading"), that stroke's pattern; else a plain glide.
Motion motionOf(const Stroke& stroke);
Motion motionForStrokeId(const QString& strokeId);

// Strokes per minute when neither the step nor the stroke gives a tempo.
int defaultTempo(Motion motion);
// The tempo a step runs at: its own, else its stroke's defaultTempo, else the pattern's default.
int stepTempo(const Step& step, const Stroke* stroke);

}  // namespace legease::core
