// The stroke motion as a pure function, its content fields, and how it keeps time with a session.
#include "core/content/content_loader.h"
#include "core/content/json_enum_names.h"
#include "core/motion/stroke_motion.h"
#include "core/motion/technique.h"
#include "core/session/session_engine.h"
#include "support/fake_clock.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

using namespace legease::core;

namespace {

const LoadedContent& builtIn()
{
    static const LoadedContent loaded = loadContent({true, {}});
    return loaded;
}

constexpr std::array kDirections{Direction::TowardHeart, Direction::Circular, Direction::AlongMuscle, Direction::None};
constexpr std::array kAspects{0.7, 1.1, 1.8, 2.9};

std::string describe(Motion motion, Direction direction)
{
    return std::string(nameOf(motionChoices, motion)) + " " + std::string(nameOf(directionChoices, direction));
}

// Everything a frame draws, as points of the region frame.
std::vector<MotionPoint> pointsOf(const MotionFrame& frame)
{
    std::vector<MotionPoint> points;
    for (const MotionMark& mark : frame.marks)
        points.push_back(mark.at);
    for (const MotionLine& line : frame.lines)
        points.insert(points.end(), line.points.begin(), line.points.end());
    return points;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

bool near(const MotionPoint& a, const MotionPoint& b)
{
    return near(a.along, b.along) && near(a.across, b.across);
}

// The same picture, give or take the last bits of a double (3.2 - 3 is not quite 0.2).
bool same(const std::vector<MotionFrame>& a, const std::vector<MotionFrame>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t f = 0; f < a.size(); ++f) {
        const MotionFrame& x = a[f];
        const MotionFrame& y = b[f];
        if (x.leg != y.leg || x.marks.size() != y.marks.size() || x.lines.size() != y.lines.size())
            return false;
        for (std::size_t i = 0; i < x.marks.size(); ++i) {
            const MotionMark& m = x.marks[i];
            const MotionMark& n = y.marks[i];
            if (m.shape != n.shape || !near(m.at, n.at) || !near(m.size, n.size) || !near(m.angle, n.angle)
                || !near(m.press, n.press) || !near(m.curl, n.curl) || !near(m.opacity, n.opacity) || m.thumbOut != n.thumbOut)
                return false;
        }
        for (std::size_t i = 0; i < x.lines.size(); ++i) {
            const MotionLine& l = x.lines[i];
            const MotionLine& k = y.lines[i];
            if (l.points.size() != k.points.size() || !near(l.width, k.width) || !near(l.opacity, k.opacity)
                || l.arrow != k.arrow || l.fades != k.fades)
                return false;
            for (std::size_t j = 0; j < l.points.size(); ++j)
                if (!near(l.points[j], k.points[j]))
                    return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("every built-in stroke names its own motion pattern and a default tempo")
{
    const auto& strokes = builtIn().library.strokes();
    REQUIRE(strokes.size() == 11);
    QSet<int> motions;
    for (const Stroke& stroke : strokes) {
        INFO(stroke.id.toStdString());
        REQUIRE(stroke.motion.has_value());
        CHECK(stroke.defaultTempo.has_value());
        CHECK(*stroke.defaultTempo >= 1);
        CHECK(*stroke.defaultTempo <= 120);
        // Packs written before `motion` existed get the same pattern from the id alone.
        CHECK(motionForStrokeId(stroke.id) == *stroke.motion);
        CHECK(*stroke.defaultTempo == defaultTempo(*stroke.motion));
        motions.insert(int(*stroke.motion));
    }
    CHECK(motions.size() == 11);  // eleven strokes, eleven recognisable patterns
}

TEST_CASE("a stroke without motion is drawn as its built-in namesake, or as a plain glide")
{
    // The small test pack was written before strokes had `motion` or `defaultTempo`.
    const LoadedContent small = loadContent({false, {smallPack()}});
    const Stroke* kneading = small.library.stroke(QStringLiteral("kneading"));
    REQUIRE(kneading);
    CHECK_FALSE(kneading->motion.has_value());
    CHECK_FALSE(kneading->defaultTempo.has_value());
    CHECK(motionOf(*kneading) == Motion::Knead);
    CHECK(motionOf(*small.library.stroke(QStringLiteral("effleurage"))) == Motion::Glide);

    Stroke own;
    own.id = QStringLiteral("feather-strokes");
    CHECK(motionOf(own) == Motion::Glide);
    own.motion = Motion::Tap;
    CHECK(motionOf(own) == Motion::Tap);

    SECTION("the tempo: the step's own, else the stroke's default, else the pattern's")
    {
        Step step;
        step.stroke = own.id;
        CHECK(stepTempo(step, &own) == defaultTempo(Motion::Tap));
        own.defaultTempo = 40;
        CHECK(stepTempo(step, &own) == 40);
        step.tempo = 12;
        CHECK(stepTempo(step, &own) == 12);
        Step unknown;
        unknown.stroke = QStringLiteral("rolling");
        CHECK(stepTempo(unknown, nullptr) == defaultTempo(Motion::Roll));
    }
}

TEST_CASE("a pack's own stroke may give motion and defaultTempo")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(QDir(dir.path()).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("pack.json"), R"({"format": 1, "id": "mine", "title": "Mine", "locale": "en", "version": "1.0.0"})");
    write(QStringLiteral("strokes.json"),
        R"({"strokes": [{"id": "drumming", "name": "Drumming", "howTo": "Drum lightly.", "motion": "tap", "defaultTempo": 90},
                        {"id": "slow-hold", "name": "Slow hold", "howTo": "Hold still.", "motion": "stretch-hold"}]})");
    const LoadedContent loaded = loadContent({true, {dir.path()}});
    REQUIRE(loaded.reports.size() == 2);
    INFO(loaded.reports.back().problems.size());
    CHECK(loaded.reports.back().problems.empty());
    const Stroke* drumming = loaded.library.stroke(QStringLiteral("drumming"));
    REQUIRE(drumming);
    CHECK(drumming->motion == Motion::Tap);
    CHECK(drumming->defaultTempo == 90);
    const Stroke* hold = loaded.library.stroke(QStringLiteral("slow-hold"));
    REQUIRE(hold);
    CHECK(motionOf(*hold) == Motion::StretchHold);
    CHECK_FALSE(hold->defaultTempo.has_value());
}

TEST_CASE("the motion is a pure function: the same moment gives the same frame")
{
    for (const auto& [motion, name] : motionChoices) {
        for (const Direction direction : kDirections) {
            INFO(describe(motion, direction));
            const MotionRequest request{motion, direction, Leg::Left, 1.8};
            for (const double strokes : {0.0, 0.3, 1.7, 12.25}) {
                const auto a = motionFrames(request, strokes);
                const auto b = motionFrames(request, strokes);
                CHECK(a == b);
                REQUIRE(a.size() == 1);
                CHECK_FALSE(a.front().marks.empty());
            }
        }
    }
}

TEST_CASE("every pattern repeats after its period and moves within every stroke")
{
    for (const auto& [motion, name] : motionChoices) {
        for (const Direction direction : kDirections) {
            INFO(describe(motion, direction));
            const int period = motionPeriod(motion, direction);
            REQUIRE(period >= 1);
            REQUIRE(period <= 8);
            const MotionRequest request{motion, direction, Leg::Left, 1.8};
            // Once under way (at first there is no trail or print behind the hands yet), whole
            // periods later it is back where it was.
            for (const double at : {3.0, 3.2, 3.45, 3.8}) {
                CHECK(same(motionFrames(request, at), motionFrames(request, at + period)));
                CHECK(same(motionFrames(request, at), motionFrames(request, at + 3 * period)));
            }
            // within a stroke it moves: a quarter, a half and three quarters on, the picture differs
            for (int stroke = 0; stroke < period; ++stroke) {
                const auto start = motionFrames(request, stroke + 0.1);
                for (const double later : {0.35, 0.6, 0.85})
                    CHECK_FALSE(same(motionFrames(request, stroke + later), start));
            }
        }
    }
}

TEST_CASE("marks stay inside the region frame for every pattern, direction and region shape")
{
    for (const auto& [motion, name] : motionChoices) {
        for (const Direction direction : kDirections) {
            for (const double aspect : kAspects) {
                INFO(describe(motion, direction) << " aspect " << aspect);
                const MotionRequest request{motion, direction, Leg::Left, aspect};
                std::vector<MotionFrame> frames = stillFrames(request);
                for (int i = 0; i < 48; ++i) {
                    const auto moving = motionFrames(request, i * motionPeriod(motion, direction) / 48.0);
                    frames.insert(frames.end(), moving.begin(), moving.end());
                }
                for (const MotionFrame& frame : frames) {
                    for (const MotionPoint& point : pointsOf(frame)) {
                        CHECK(point.along >= 0.0);
                        CHECK(point.along <= 1.0);
                        CHECK(std::abs(point.across) <= 1.0);
                    }
                    for (const MotionMark& mark : frame.marks) {
                        CHECK(mark.size > 0.0);
                        CHECK(mark.size <= 1.0);
                        CHECK(mark.opacity >= 0.0);
                        CHECK(mark.opacity <= 1.0);
                        CHECK(mark.press >= 0.0);
                        CHECK(mark.press <= 1.0);
                    }
                }
            }
        }
    }
}

TEST_CASE("the right leg is the mirror of the left, and both legs together show both")
{
    for (const auto& [motion, name] : motionChoices) {
        INFO(name);
        const auto left = motionFrames({motion, Direction::AlongMuscle, Leg::Left, 1.8}, 0.4);
        const auto right = motionFrames({motion, Direction::AlongMuscle, Leg::Right, 1.8}, 0.4);
        const auto both = motionFrames({motion, Direction::AlongMuscle, Leg::Both, 1.8}, 0.4);
        REQUIRE(left.size() == 1);
        REQUIRE(right.size() == 1);
        REQUIRE(both.size() == 2);
        CHECK(left.front().leg == Leg::Left);
        CHECK(right.front().leg == Leg::Right);
        // The frame is in the leg's own terms (inner and outer side), so the same numbers are the
        // mirror image once drawn: the drawing flips the outer side for the right leg.
        CHECK(left.front().marks == right.front().marks);
        CHECK(both[0].leg == Leg::Left);
        CHECK(both[1].leg == Leg::Right);
        CHECK(both[0].marks == left.front().marks);
        CHECK(stillFrames({motion, Direction::None, Leg::Both, 1.8}).size() == 2);
    }
}

TEST_CASE("still pictures show the pattern with arrows, and each pattern looks different")
{
    std::vector<MotionFrame> stills;
    for (const auto& [motion, name] : motionChoices) {
        INFO(name);
        const auto frames = stillFrames({motion, Direction::TowardHeart, Leg::Left, 1.8});
        REQUIRE(frames.size() == 1);
        const MotionFrame& still = frames.front();
        CHECK_FALSE(still.marks.empty());
        const bool hasArrow = std::any_of(still.lines.begin(), still.lines.end(), [](const MotionLine& line) { return line.arrow; });
        // Tapping travels by where its dots land; everything else has an arrow for how the hands move.
        if (motion != Motion::Tap)
            CHECK(hasArrow);
        // Standing still: the same whatever the time.
        CHECK(stillFrames({motion, Direction::TowardHeart, Leg::Left, 1.8}) == frames);
        for (const MotionFrame& other : stills)
            CHECK_FALSE(other == still);
        stills.push_back(still);
    }
}

TEST_CASE("gliding toward the heart: a long glide up from the far end, then a light return")
{
    const MotionRequest request{Motion::Glide, Direction::TowardHeart, Leg::Left, 1.8};
    const auto palm = [&](double strokes) { return motionFrames(request, strokes).front().marks.front(); };
    CHECK(palm(0.0).at.along < 0.25);
    CHECK(palm(0.3).at.along > palm(0.1).at.along);
    CHECK(palm(0.6).at.along > 0.75);
    CHECK(palm(0.3).press == Approx(1.0));  // pressing on the way up
    CHECK(palm(0.85).press < 0.1);           // lifted on the way back
    CHECK(palm(0.85).opacity < palm(0.3).opacity);
    CHECK(palm(0.85).at.along < palm(0.75).at.along);
    // a trail follows the glide, none the return
    CHECK_FALSE(motionFrames(request, 0.5).front().lines.empty());
    CHECK(motionFrames(request, 0.85).front().lines.empty());
}

TEST_CASE("strokes are counted from the elapsed time at the tempo")
{
    CHECK(strokesAt(0, 12) == 0.0);
    CHECK(strokesAt(5'000, 12) == Approx(1.0));
    CHECK(strokesAt(2'500, 12) == Approx(0.5));
    CHECK(strokesAt(60'000, 100) == Approx(100.0));
    CHECK(strokesAt(-10, 12) == 0.0);
    CHECK(strokesAt(1'000, 0) == 0.0);
}

TEST_CASE("one cycle per stroke at the step's tempo, in time with a session on a fake clock")
{
    for (const Stroke& stroke : builtIn().library.strokes()) {
        INFO(stroke.id.toStdString());
        const Motion motion = motionOf(stroke);
        Step step;
        step.region = QStringLiteral("calf");
        step.stroke = stroke.id;
        step.seconds = 600;
        step.direction = Direction::AlongMuscle;
        step.instruction = QStringLiteral("Go.");
        Routine routine;
        routine.id = QStringLiteral("one-step");
        routine.sides = Sides::BothTogether;
        routine.steps = {step};

        FakeClock clock;
        SessionEngine engine(clock);
        engine.load(routine, TimelineOptions{0, 0, {}, {}});
        engine.start();
        REQUIRE(engine.segment().kind == Segment::Kind::Step);
        const int tempo = stepTempo(engine.routine().steps.front(), &stroke);
        REQUIRE(tempo == *stroke.defaultTempo);
        const qint64 strokeMs = 60'000 / tempo;
        REQUIRE(strokeMs * tempo == 60'000);  // the built-in tempos divide a minute evenly
        const MotionRequest request{motion, step.direction, Leg::Both, 1.8};
        const auto now = [&] { return motionFrames(request, strokesAt(engine.segmentElapsedMs(), tempo)); };

        const auto first = now();
        clock.advance(strokeMs / 2);
        engine.refresh();
        CHECK(strokesAt(engine.segmentElapsedMs(), tempo) == Approx(0.5));
        CHECK_FALSE(same(now(), first));
        clock.advance(strokeMs - strokeMs / 2);
        engine.refresh();
        CHECK(strokesAt(engine.segmentElapsedMs(), tempo) == Approx(1.0));  // exactly one stroke done

        // Once under way, after its period in strokes the picture is back where it was.
        clock.advance(strokeMs * 2);
        engine.refresh();
        const auto start = now();
        clock.advance(strokeMs * motionPeriod(motion, step.direction));
        engine.refresh();
        CHECK(same(now(), start));

        // Paused, the clock moves on but the motion does not.
        clock.advance(strokeMs / 4);
        engine.refresh();
        const auto beforePause = now();
        engine.pause();
        clock.advance(strokeMs * 3 + 123);
        engine.refresh();
        CHECK(same(now(), beforePause));
        engine.resume();
        clock.advance(strokeMs / 3);
        engine.refresh();
        CHECK_FALSE(same(now(), beforePause));
    }
}

TEST_CASE("the guide shows each stroke on a region that suits it, with the routines that use it")
{
    const ContentLibrary& library = builtIn().library;
    const TechniqueExample glide = techniqueExample(library, QStringLiteral("effleurage"));
    CHECK(glide.region == QStringLiteral("calf"));
    CHECK(glide.direction == Direction::TowardHeart);
    CHECK(glide.tempo == 10);
    CHECK(techniqueExample(library, QStringLiteral("joint-circles")).region == QStringLiteral("ankle"));
    CHECK(techniqueExample(library, QStringLiteral("thumb-walking")).region == QStringLiteral("sole"));
    CHECK(techniqueExample(library, QStringLiteral("stretching")).region == QStringLiteral("back-thigh"));
    for (const Stroke& stroke : library.strokes()) {
        INFO(stroke.id.toStdString());
        const TechniqueExample example = techniqueExample(library, stroke.id);
        CHECK(library.region(example.region));
        // the region shown is one where the routines really use the stroke
        bool used = false;
        for (const Routine& routine : library.routines())
            for (const Step& step : routine.steps)
                used |= step.stroke == stroke.id && step.region == example.region;
        CHECK(used);
        CHECK_FALSE(routinesUsing(library, stroke.id).isEmpty());
    }
    CHECK(routinesUsing(library, QStringLiteral("tapping")) == QStringList{QStringLiteral("pre-activity-warmup")});
    CHECK(routinesUsing(library, QStringLiteral("no-such-stroke")).isEmpty());

    Step step;
    step.region = QStringLiteral("shin");
    step.stroke = QStringLiteral("kneading");
    step.direction = Direction::TowardHeart;
    const TechniqueExample ofStep = techniqueExample(library, step);
    CHECK(ofStep.region == QStringLiteral("shin"));
    CHECK(ofStep.direction == Direction::TowardHeart);
    CHECK(ofStep.tempo == 15);
}
