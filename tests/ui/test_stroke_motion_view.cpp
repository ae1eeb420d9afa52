// The stroke motion drawn on the leg diagram: every built-in stroke on every region the routines
// use it on, both legs, many moments; and what it costs: only the lit region repaints, only while
// a step runs on screen. Time comes from a fake clock; nothing sleeps.
#include "core/content/content_loader.h"
#include "core/motion/stroke_motion.h"
#include "core/motion/technique.h"
#include "core/session/session_engine.h"
#include "support/fake_clock.h"
#include "support/fake_cue_outputs.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/leg_diagram.h"
#include "ui/motion/motion_ticker.h"
#include "ui/motion/svg_path.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_view.h"
#include "ui/session/tempo_pulse.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QPaintEvent>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <set>
#include <tuple>

using namespace legease;
using core::Leg;

namespace {

// Counts paint events by the widget that gets them, anywhere in the application.
class PaintCounter : public QObject {
public:
    PaintCounter() { qApp->installEventFilter(this); }
    ~PaintCounter() override { qApp->removeEventFilter(this); }
    int of(const QObject* widget) const { return m_paints.value(widget); }
    int total() const
    {
        int sum = 0;
        for (const int n : m_paints)
            sum += n;
        return sum;
    }
    QList<QRect> rectsOf(const QObject* widget) const { return m_rects.value(widget); }
    void reset()
    {
        m_paints.clear();
        m_rects.clear();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++m_paints[watched];
            m_rects[watched] << static_cast<QPaintEvent*>(event)->rect();
        }
        return false;
    }

private:
    QHash<const QObject*, int> m_paints;
    QHash<const QObject*, QList<QRect>> m_rects;
};

struct Use {
    QString stroke;
    QString region;
    core::Direction direction;
    friend bool operator<(const Use& a, const Use& b)
    {
        return std::tie(a.stroke, a.region, a.direction) < std::tie(b.stroke, b.region, b.direction);
    }
};

// Every way the built-in routines use each stroke.
std::set<Use> builtInUses(const core::ContentLibrary& library)
{
    std::set<Use> uses;
    for (const core::Routine& routine : library.routines())
        for (const core::Step& step : routine.steps)
            uses.insert({step.stroke, step.region, step.direction});
    return uses;
}

QImage pixels(ui::LegDiagram& diagram)
{
    return diagram.grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

// Whether two pictures are the same outside `inside` (and whether they differ in it).
bool sameOutside(const QImage& a, const QImage& b, const QRect& inside)
{
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (!inside.contains(x, y) && a.pixel(x, y) != b.pixel(x, y))
                return false;
    return true;
}

bool differentInside(const QImage& a, const QImage& b, const QRect& inside)
{
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (a.valid(x, y) && a.pixel(x, y) != b.pixel(x, y))
                return true;
    return false;
}

}  // namespace

TEST_CASE("the SVG path reader gives the outlines the diagram draws")
{
    const QPainterPath square = ui::parseSvgPath(QStringLiteral("M10,10L20,10 20,20H10Z"));
    CHECK(square.boundingRect() == QRectF(10, 10, 10, 10));
    CHECK(square.contains(QPointF(15, 15)));
    const QPainterPath relative = ui::parseSvgPath(QStringLiteral("m 10 10 l 10 0 v 10 h -10 z"));
    CHECK(relative.boundingRect() == QRectF(10, 10, 10, 10));
    const QPainterPath curve = ui::parseSvgPath(QStringLiteral("M0,0C0,10 10,10 10,0S20,-10 20,0Q25,5 30,0T40,0"));
    CHECK(curve.elementCount() > 4);
    CHECK(curve.boundingRect().right() == Approx(40));
    CHECK(ui::parseSvgPath(QStringLiteral("M0,0L10,10 oops")).elementCount() == 2);  // stops at what it cannot read
    CHECK(ui::parseSvgPath(QString()).isEmpty());
}

TEST_CASE("every built-in stroke moves inside the region it works, on the left and the right leg")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    const core::ContentLibrary& library = content.library;
    const std::set<Use> uses = builtInUses(library);
    REQUIRE(uses.size() >= 11);
    QSet<QString> strokesSeen;
    for (const bool zoomed : {false, true}) {
        ui::LegDiagram diagram(&library);
        diagram.resize(zoomed ? QSize(320, 340) : QSize(400, 416));
        diagram.setZoomedToRegion(zoomed);
        for (const Use& use : uses) {
            const core::Stroke* stroke = library.stroke(use.stroke);
            const core::Region* region = library.region(use.region);
            REQUIRE(stroke);
            REQUIRE(region);
            strokesSeen.insert(use.stroke);
            const core::Motion motion = core::motionOf(*stroke);
            const int period = core::motionPeriod(motion, use.direction);
            for (const Leg leg : {Leg::Left, Leg::Right, Leg::Both}) {
                INFO(use.stroke.toStdString() << " on " << use.region.toStdString() << ", leg " << int(leg) << (zoomed ? ", zoomed" : ""));
                diagram.highlight(use.region, region->view, leg);
                diagram.setMotion(motion, use.direction);
                std::vector<core::MotionFrame> before;
                for (int i = 0; i < 4 * period; ++i) {
                    diagram.setMotionStrokes(0.125 + i * 0.25);
                    for (const Leg side : {Leg::Left, Leg::Right}) {
                        const QPainterPath outline = diagram.litOutline(side);
                        const QList<QPointF> points = diagram.motionPoints(side);
                        if (leg != Leg::Both && side != leg) {
                            CHECK(points.isEmpty());  // the other leg stays still
                            continue;
                        }
                        REQUIRE_FALSE(outline.isEmpty());
                        // between two taps there may be a moment with nothing on the skin
                        if (motion != core::Motion::Tap)
                            REQUIRE_FALSE(points.isEmpty());
                        for (const QPointF& point : points) {
                            INFO("at " << point.x() << "," << point.y());
                            CHECK(outline.contains(point));
                        }
                    }
                    CHECK(diagram.motionFrames() != before);  // it moves from one moment to the next
                    before = diagram.motionFrames();
                }
            }
        }
    }
    CHECK(strokesSeen.size() == 11);
}

TEST_CASE("drawn frames change pixels only inside the lit region")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    const core::ContentLibrary& library = content.library;
    ui::LegDiagram diagram(&library);
    diagram.resize(400, 416);
    for (const core::Stroke& stroke : library.strokes()) {
        INFO(stroke.id.toStdString());
        const core::TechniqueExample example = core::techniqueExample(library, stroke.id);
        diagram.highlight(example.region, library.region(example.region)->view, Leg::Right);
        diagram.setMotion(core::motionOf(stroke), example.direction);
        diagram.setMotionStrokes(3.1);
        const QImage first = pixels(diagram);
        diagram.setMotionStrokes(3.6);
        const QImage second = pixels(diagram);
        const QRect region = diagram.litOutline(Leg::Right).boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1);
        CHECK(sameOutside(first, second, region));  // nothing drawn ever leaves the region
        CHECK(differentInside(first, second, region));
        // The left leg, dimmed, has nothing on it.
        CHECK(diagram.motionPoints(Leg::Left).isEmpty());
    }
}

TEST_CASE("the right leg moves as the mirror image of the left")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::LegDiagram diagram(&content.library);
    diagram.resize(400, 416);  // the drawing at its own size: widget and drawing coordinates agree
    for (const auto& [region, view] : {std::pair{QStringLiteral("calf"), core::View::Back}, std::pair{QStringLiteral("front-thigh"), core::View::Front}}) {
        diagram.highlight(region, view, Leg::Both);
        diagram.setMotion(core::Motion::Wring, core::Direction::AlongMuscle);
        diagram.setMotionStrokes(1.3);
        const QRectF left = diagram.litOutline(Leg::Left).boundingRect();
        const QRectF right = diagram.litOutline(Leg::Right).boundingRect();
        const double middle = (left.center().x() + right.center().x()) / 2;
        const QList<QPointF> l = diagram.motionPoints(Leg::Left);
        const QList<QPointF> r = diagram.motionPoints(Leg::Right);
        REQUIRE(l.size() == r.size());
        REQUIRE_FALSE(l.isEmpty());
        for (qsizetype i = 0; i < l.size(); ++i) {
            CHECK(r[i].x() == Approx(2 * middle - l[i].x()).margin(0.5));
            CHECK(r[i].y() == Approx(l[i].y()).margin(0.5));
        }
    }
}

namespace {

struct Session {
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    FakeClock clock;
    FakeCueSound sound;
    FakeCueVoice voice;
    std::unique_ptr<ui::SessionView> view;

    explicit Session(ui::SessionOptions options = {})
    {
        const core::Routine* routine = content.library.routine(QStringLiteral("calf-calm"));
        REQUIRE(routine);
        view = std::make_unique<ui::SessionView>(content.library, *routine, options, clock, &sound, &voice);
        view->resize(1000, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        view->start();
        pass(5000);  // past get-ready, into the first step: gliding strokes at 12 a minute
    }

    void pass(qint64 ms)
    {
        while (ms > 0) {
            const qint64 slice = std::min<qint64>(ms, 250);
            clock.advance(slice);
            view->engine().refresh();
            ms -= slice;
        }
    }
    ui::LegDiagram* diagram() const { return view->runPage()->diagram(); }
    ui::MotionTicker* ticker() const { return view->runPage()->motion(); }
    double expectedStrokes() const { return core::strokesAt(view->engine().segmentElapsedMs(), 12); }

    // Whether any timer in the session's window would wake it sooner than the engine's refresh.
    bool fastTimerRunning() const
    {
        for (const QTimer* timer : view->findChildren<QTimer*>())
            if (timer->isActive() && timer->interval() < core::SessionEngine::kMaxRefreshMs)
                return true;
        return false;
    }
};

}  // namespace

TEST_CASE("during a step the lit region moves with the session's clock, and only it repaints")
{
    Session s;
    REQUIRE(s.view->engine().segment().kind == core::Segment::Kind::Step);
    CHECK(s.diagram()->motion() == core::Motion::Glide);
    CHECK(s.diagram()->motionDirection() == core::Direction::TowardHeart);
    CHECK(s.diagram()->accessibleDescription() == QStringLiteral("Gliding on Calf, toward your heart, your left leg"));
    CHECK(s.ticker()->isTicking());
    CHECK(s.ticker()->timer()->interval() == ui::MotionTicker::kFrameMs);
    CHECK(1000 / ui::MotionTicker::kFrameMs + 1000 / core::SessionEngine::kMaxRefreshMs <= 40);  // the wakeup budget

    // The tempo pulse beside the details keeps its own beat on real time; what is measured here
    // is the motion alone.
    s.view->runPage()->pulse()->setTempo(0);
    s.ticker()->tick();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    PaintCounter paints;
    const QRect region = s.diagram()->litOutline(Leg::Left).boundingRect().toAlignedRect().adjusted(-3, -3, 3, 3);
    for (int frame = 0; frame < 10; ++frame) {
        s.clock.advance(ui::MotionTicker::kFrameMs);  // a frame's time, without a refresh
        s.ticker()->tick();
        QApplication::processEvents();
        CHECK(s.diagram()->motionStrokes() == Approx(s.expectedStrokes()));
    }
    CHECK(paints.of(s.diagram()) >= 9);
    CHECK(paints.total() == paints.of(s.diagram()));  // nothing else repaints between refreshes
    for (const QRect& rect : paints.rectsOf(s.diagram()))
        CHECK(region.contains(rect));  // and only the lit region of it

    SECTION("pausing stops the motion, its timer and every repaint of the diagram")
    {
        QTest::keyClick(s.view.get(), Qt::Key_Space);
        REQUIRE(s.view->engine().state() == core::SessionState::Paused);
        CHECK_FALSE(s.ticker()->isTicking());
        CHECK_FALSE(s.fastTimerRunning());
        QApplication::processEvents();
        const double frozen = s.diagram()->motionStrokes();
        paints.reset();
        s.clock.advance(7'000);
        s.view->engine().refresh();
        QApplication::processEvents();
        CHECK(paints.of(s.diagram()) == 0);
        CHECK(s.diagram()->motionStrokes() == frozen);

        QTest::keyClick(s.view.get(), Qt::Key_Space);  // resume: it goes on from where it stood
        CHECK(s.ticker()->isTicking());
        CHECK(s.diagram()->motionStrokes() == Approx(frozen));
        s.clock.advance(1000);
        s.ticker()->tick();
        CHECK(s.diagram()->motionStrokes() == Approx(frozen + 0.2));
    }
    SECTION("a hidden window stops the motion and its timer; the session itself goes on")
    {
        s.view->hide();
        CHECK_FALSE(s.ticker()->isTicking());
        CHECK_FALSE(s.fastTimerRunning());
        paints.reset();
        s.pass(3'000);
        QApplication::processEvents();
        CHECK(paints.total() == 0);
        CHECK(s.view->engine().state() == core::SessionState::Running);

        s.view->show();
        REQUIRE(QTest::qWaitForWindowExposed(s.view.get()));
        CHECK(s.ticker()->isTicking());
        CHECK(s.diagram()->motionStrokes() == Approx(s.expectedStrokes()));  // caught up at once
    }
    SECTION("a minimised window stops the motion and its timer")
    {
        s.view->showMinimized();
        CHECK(s.view->isMinimized());
        CHECK_FALSE(s.ticker()->isTicking());
        CHECK_FALSE(s.fastTimerRunning());
        s.view->showNormal();
        CHECK(s.ticker()->isTicking());
    }
    SECTION("between steps nothing moves")
    {
        s.pass(60'000 + 45'000);  // through both steps to the switch-legs pause
        REQUIRE(s.view->engine().segment().kind == core::Segment::Kind::SwitchLegs);
        CHECK_FALSE(s.diagram()->motion().has_value());
        CHECK_FALSE(s.ticker()->isTicking());
        s.pass(10'000);  // the right leg's first step
        CHECK(s.diagram()->motion() == core::Motion::Glide);
        CHECK(s.diagram()->highlightedLeg() == Leg::Right);
        CHECK(s.ticker()->isTicking());
    }
    SECTION("the next step brings its own stroke, from the start of its motion")
    {
        QTest::keyClick(s.view.get(), Qt::Key_Right);
        CHECK(s.diagram()->motion() == core::Motion::Knead);
        CHECK(s.diagram()->motionDirection() == core::Direction::AlongMuscle);
        CHECK(s.diagram()->motionStrokes() == 0.0);
        s.clock.advance(4'000);  // kneading gives no tempo here: the pattern's own, 15 a minute
        s.ticker()->tick();
        CHECK(s.diagram()->motionStrokes() == Approx(1.0));
    }
}

TEST_CASE("with reduce motion the stroke stands still as arrows and marks, and no timer runs for it")
{
    ui::SessionOptions options;
    options.reduceMotion = true;
    Session s(options);
    CHECK(s.diagram()->motion() == core::Motion::Glide);
    CHECK(s.diagram()->motionStill());
    CHECK_FALSE(s.ticker()->isTicking());
    CHECK_FALSE(s.fastTimerRunning());
    const QList<QPointF> still = s.diagram()->motionPoints(Leg::Left);
    CHECK_FALSE(still.isEmpty());  // the same pattern is still shown
    s.pass(3'000);
    CHECK(s.diagram()->motionPoints(Leg::Left) == still);
}
