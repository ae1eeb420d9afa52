// The session engine, driven by a fake clock: no test sleeps, every second is made by hand.
#include "core/session/session_engine.h"
#include "support/fake_clock.h"
#include "support/string_makers.h"
#include "support/test_routines.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace legease::core;
using Kind = Segment::Kind;

namespace {

// Moves the clock in refresh-sized slices, as the real timer would, refreshing after each.
void run(FakeClock& clock, SessionEngine& engine, qint64 ms, qint64 slice = 200)
{
    while (ms > 0) {
        const qint64 step = std::min(ms, slice);
        clock.advance(step);
        engine.refresh();
        ms -= step;
    }
}

std::vector<Cue> cuesIn(const QSignalSpy& spy)
{
    std::vector<Cue> cues;
    for (const QList<QVariant>& arguments : spy)
        cues.push_back(arguments.at(0).value<Cue>());
    return cues;
}

struct Fixture {
    FakeClock clock;
    SessionEngine engine{clock};
    explicit Fixture(const Routine& routine, TimelineOptions options = {}) { engine.load(routine, options); }
};

}  // namespace

TEST_CASE("a loaded session waits, idle, at the get-ready countdown")
{
    Fixture f(routineOf(Sides::LeftThenRight, {20, 30}));
    CHECK(f.engine.state() == SessionState::Idle);
    CHECK(f.engine.segment().kind == Kind::GetReady);
    CHECK(f.engine.segmentRemainingMs() == 5000);
    CHECK(f.engine.totalMs() == (5 + 50 + 10 + 50) * 1000);
    f.clock.advance(60'000);
    f.engine.refresh();  // nothing runs before start
    CHECK(f.engine.segmentRemainingMs() == 5000);
    CHECK(f.engine.activeMs() == 0);
}

TEST_CASE("running through a whole session: every segment in order, then finished")
{
    Fixture f(routineOf(Sides::LeftThenRight, {20, 30}));
    QSignalSpy segments(&f.engine, &SessionEngine::segmentChanged);
    QSignalSpy finished(&f.engine, &SessionEngine::finished);
    f.engine.start();
    CHECK(f.engine.state() == SessionState::Running);

    run(f.clock, f.engine, 4800);
    CHECK(f.engine.segmentIndex() == 0);
    CHECK(f.engine.segmentRemainingMs() == 200);
    run(f.clock, f.engine, 200);
    CHECK(f.engine.segmentIndex() == 1);
    CHECK(f.engine.segment().leg == Leg::Left);
    CHECK(f.engine.stepOf(f.engine.segment())->seconds == 20);
    CHECK(f.engine.segmentRemainingMs() == 20'000);

    run(f.clock, f.engine, 50'000);
    CHECK(f.engine.segment().kind == Kind::SwitchLegs);
    CHECK(f.engine.nextSegment()->leg == Leg::Right);
    CHECK(f.engine.stepsDone() == 2);
    run(f.clock, f.engine, 10'000);
    CHECK(f.engine.segment().leg == Leg::Right);
    CHECK(f.engine.segment().stepIndex == 0);

    run(f.clock, f.engine, 50'000);
    CHECK(f.engine.state() == SessionState::Finished);
    CHECK(f.engine.completed());
    CHECK(f.engine.stepsDone() == 4);
    CHECK(f.engine.totalRemainingMs() == 0);
    CHECK(f.engine.progress() == Approx(1.0));
    CHECK(f.engine.activeMs() == 115'000);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).toBool());

    std::vector<int> order;
    for (const auto& arguments : segments)
        order.push_back(arguments.at(0).toInt());
    CHECK(order == std::vector<int>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("pause stops the clock for the session — resume carries on from the same place")
{
    Fixture f(routineOf(Sides::BothTogether, {30}));
    QSignalSpy states(&f.engine, &SessionEngine::stateChanged);
    f.engine.start();
    run(f.clock, f.engine, 5000 + 12'000);
    CHECK(f.engine.segmentRemainingMs() == 18'000);
    f.engine.pause();
    CHECK(f.engine.state() == SessionState::Paused);
    f.clock.advance(90'000);  // a long phone call
    f.engine.refresh();
    CHECK(f.engine.segmentRemainingMs() == 18'000);
    CHECK(f.engine.activeMs() == 17'000);
    f.engine.togglePause();
    CHECK(f.engine.state() == SessionState::Running);
    run(f.clock, f.engine, 3'000);
    CHECK(f.engine.segmentRemainingMs() == 15'000);
    CHECK(f.engine.activeMs() == 20'000);
    f.engine.togglePause();
    f.clock.advance(5'000);
    f.engine.togglePause();
    run(f.clock, f.engine, 15'000);
    CHECK(f.engine.state() == SessionState::Finished);
    CHECK(f.engine.activeMs() == 35'000);
    CHECK(states.size() == 6);  // running, paused, running, paused, running, finished
}

TEST_CASE("next skips to the following segment, and past the last one finishes")
{
    Fixture f(routineOf(Sides::BothTogether, {20, 20}));
    f.engine.next();  // does nothing before start
    CHECK(f.engine.segmentIndex() == 0);
    f.engine.start();
    run(f.clock, f.engine, 1000);
    f.engine.next();
    CHECK(f.engine.segmentIndex() == 1);
    CHECK(f.engine.segmentRemainingMs() == 20'000);
    f.engine.pause();
    f.engine.next();  // works while paused, and stays paused
    CHECK(f.engine.segmentIndex() == 2);
    CHECK(f.engine.state() == SessionState::Paused);
    QSignalSpy finished(&f.engine, &SessionEngine::finished);
    f.engine.next();
    CHECK(f.engine.state() == SessionState::Finished);
    CHECK(f.engine.completed());
    CHECK(finished.size() == 1);
}

TEST_CASE("previous restarts the step after 3 s in, and goes back a step before that")
{
    Fixture f(routineOf(Sides::BothTogether, {20, 20}));
    f.engine.start();
    run(f.clock, f.engine, 5000 + 20'000 + 4'000);  // 4 s into step 2
    REQUIRE(f.engine.segmentIndex() == 2);
    f.engine.previous();
    CHECK(f.engine.segmentIndex() == 2);
    CHECK(f.engine.segmentRemainingMs() == 20'000);
    run(f.clock, f.engine, 2'000);
    f.engine.previous();
    CHECK(f.engine.segmentIndex() == 1);
    CHECK(f.engine.segmentRemainingMs() == 20'000);
    f.engine.previous();
    CHECK(f.engine.segmentIndex() == 0);
    f.engine.previous();  // at the very start it restarts
    CHECK(f.engine.segmentIndex() == 0);
    CHECK(f.engine.segmentRemainingMs() == 5'000);
}

TEST_CASE("restart step starts the current step over, while running or paused")
{
    Fixture f(routineOf(Sides::BothTogether, {20}));
    f.engine.start();
    run(f.clock, f.engine, 5000 + 15'000);
    f.engine.restartStep();
    CHECK(f.engine.segmentRemainingMs() == 20'000);
    run(f.clock, f.engine, 5'000);
    f.engine.pause();
    f.engine.restartStep();
    CHECK(f.engine.segmentRemainingMs() == 20'000);
    CHECK(f.engine.state() == SessionState::Paused);
}

TEST_CASE("stop ends the session early and says it was not completed")
{
    Fixture f(routineOf(Sides::LeftThenRight, {20, 20}));
    QSignalSpy finished(&f.engine, &SessionEngine::finished);
    QSignalSpy cues(&f.engine, &SessionEngine::cue);
    f.engine.start();
    run(f.clock, f.engine, 5000 + 25'000);
    f.engine.stop();
    CHECK(f.engine.state() == SessionState::Finished);
    CHECK_FALSE(f.engine.completed());
    CHECK(f.engine.stepsDone() == 1);
    CHECK(f.engine.activeMs() == 30'000);
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    const auto all = cuesIn(cues);
    CHECK(std::find(all.begin(), all.end(), Cue::Finished) == all.end());
    f.engine.start();  // a finished session does not start again by itself
    CHECK(f.engine.state() == SessionState::Finished);
}

TEST_CASE("cues: step started, 3-2-1, halfway, switch legs, finished")
{
    Fixture f(routineOf(Sides::LeftThenRight, {10}), TimelineOptions{5, 5, {}, {}});
    QSignalSpy cues(&f.engine, &SessionEngine::cue);
    f.engine.start();
    run(f.clock, f.engine, 5000 + 10'000 + 5'000 + 10'000, 100);
    CHECK(cuesIn(cues)
        == std::vector<Cue>{Cue::CountdownThree, Cue::CountdownTwo, Cue::CountdownOne,  // get ready
            Cue::StepStarted, Cue::Halfway, Cue::CountdownThree, Cue::CountdownTwo, Cue::CountdownOne,
            Cue::SwitchLegs, Cue::CountdownThree, Cue::CountdownTwo, Cue::CountdownOne,
            Cue::StepStarted, Cue::Halfway, Cue::CountdownThree, Cue::CountdownTwo, Cue::CountdownOne,
            Cue::Finished});
}

TEST_CASE("a stall that skips countdown seconds cues only the latest one")
{
    Fixture f(routineOf(Sides::BothTogether, {10}), TimelineOptions{0, 0, {}, {}});
    QSignalSpy cues(&f.engine, &SessionEngine::cue);
    f.engine.start();
    run(f.clock, f.engine, 6'500);
    cues.clear();
    f.clock.advance(2'000);  // from 3.5 s left to 1.5 s left in one go
    f.engine.refresh();
    CHECK(cuesIn(cues) == std::vector<Cue>{Cue::CountdownTwo});
}

TEST_CASE("a 30-minute routine with 2 s stalls ends with zero accumulated drift")
{
    // 30 steps of 60 s, both legs together: 30 minutes of massage.
    Fixture f(routineOf(Sides::BothTogether, std::vector<int>(30, 60)));
    const qint64 startedAt = f.clock.monotonicMs();
    std::vector<qint64> scheduledStart{0};
    for (const Segment& s : f.engine.timeline().segments)
        scheduledStart.push_back(scheduledStart.back() + s.seconds * 1000);

    // At every segment change, the engine's idea of when the segment began must equal the
    // schedule exactly, however late the change was noticed.
    std::vector<qint64> drift;
    QObject::connect(&f.engine, &SessionEngine::segmentChanged, [&](int index) {
        if (f.engine.state() == SessionState::Running)
            drift.push_back(f.clock.monotonicMs() - f.engine.segmentElapsedMs() - startedAt - scheduledStart[std::size_t(index)]);
    });
    f.engine.start();
    qint64 lateness = 0;
    int refreshes = 0;
    while (f.engine.state() == SessionState::Running) {
        // A busy machine: every 7th refresh arrives 2 s late; the rest 250 ms apart.
        const qint64 slice = ++refreshes % 7 == 0 ? 2'000 : 250;
        f.clock.advance(slice);
        lateness += slice - 250;
        f.engine.refresh();
        REQUIRE(refreshes < 100'000);
    }
    CHECK(lateness > 60'000);  // the stalls were real and many
    REQUIRE(drift.size() == f.engine.timeline().segments.size());
    for (qint64 d : drift)
        CHECK(d == 0);
    CHECK(f.engine.activeMs() == f.engine.totalMs());
    CHECK(f.engine.totalMs() == (5 + 30 * 60) * 1000);
}

TEST_CASE("a jump of the wall clock past the monotonic clock means the computer slept: pause and say so")
{
    Fixture f(routineOf(Sides::BothTogether, {60}));
    QSignalSpy autoPaused(&f.engine, &SessionEngine::autoPaused);
    f.engine.start();
    run(f.clock, f.engine, 10'000);
    f.clock.sleep(4'000);  // small disagreements (clock adjustments) are tolerated
    run(f.clock, f.engine, 200);
    CHECK(f.engine.state() == SessionState::Running);
    const qint64 remaining = f.engine.segmentRemainingMs();
    f.clock.sleep(45 * 60'000);
    f.clock.advance(200);
    f.engine.refresh();
    CHECK(f.engine.state() == SessionState::Paused);
    REQUIRE(autoPaused.size() == 1);
    CHECK(autoPaused.at(0).at(0).toString().contains(QStringLiteral("asleep")));
    CHECK(f.engine.segmentRemainingMs() == remaining - 200);
    f.engine.resume();
    run(f.clock, f.engine, 1'000);
    CHECK(f.engine.state() == SessionState::Running);
    CHECK(autoPaused.size() == 1);
}

TEST_CASE("scaling the length changes every step of the session")
{
    Fixture f(routineOf(Sides::LeftThenRight, {40, 20}), TimelineOptions{5, 10, SessionLength::percent(50), {}});
    CHECK(f.engine.totalMs() == (5 + 30 + 10 + 30) * 1000);
}

TEST_CASE("the refresh timer wakes at most every 250 ms and exactly when the shown second changes")
{
    Fixture f(routineOf(Sides::BothTogether, {20}));
    auto* timer = f.engine.findChild<QTimer*>();
    REQUIRE(timer);
    CHECK(timer->timerType() == Qt::PreciseTimer);
    CHECK_FALSE(timer->isActive());
    f.engine.start();
    CHECK(timer->isActive());
    run(f.clock, f.engine, 270);  // 4730 ms left: the shown "5" lasts 730 ms more
    CHECK(timer->interval() == 250);
    run(f.clock, f.engine, 530);  // 4200 ms left: wake in 200 ms, when "5" becomes "4"
    CHECK(timer->interval() == 200);
    f.engine.pause();
    CHECK_FALSE(timer->isActive());  // nothing wakes a paused session
    f.engine.resume();
    CHECK(timer->isActive());
    f.engine.stop();
    CHECK_FALSE(timer->isActive());
}

TEST_CASE("unwatched, the engine wakes only for its cues and the segment's end, and every cue comes on time")
{
    Fixture f(routineOf(Sides::BothTogether, {20, 10}), TimelineOptions{0, 0, {}, {}});
    auto* timer = f.engine.findChild<QTimer*>();
    REQUIRE(timer);
    std::vector<std::pair<Cue, qint64>> heard;
    const qint64 start = f.clock.monotonicMs();
    QObject::connect(&f.engine, &SessionEngine::cue,
        [&](Cue cue) { heard.emplace_back(cue, f.clock.monotonicMs() - start); });
    f.engine.setWatched(false);
    f.engine.start();
    // As the real timer would: each wake comes exactly when the engine asked for it.
    int wakeups = 0;
    while (f.engine.state() == SessionState::Running) {
        REQUIRE(timer->isActive());
        f.clock.advance(timer->interval());
        f.engine.refresh();
        ++wakeups;
    }
    CHECK(heard
        == std::vector<std::pair<Cue, qint64>>{{Cue::StepStarted, 0}, {Cue::Halfway, 10'000},
            {Cue::CountdownThree, 17'000}, {Cue::CountdownTwo, 18'000}, {Cue::CountdownOne, 19'000},
            {Cue::StepStarted, 20'000}, {Cue::Halfway, 25'000}, {Cue::CountdownThree, 27'000},
            {Cue::CountdownTwo, 28'000}, {Cue::CountdownOne, 29'000}, {Cue::Finished, 30'000}});
    CHECK(wakeups == 10);  // watched, the same 30 s wake at least 120 times
    CHECK(f.engine.completed());
}

TEST_CASE("watched again, the engine shows the time at once and wakes for every shown second")
{
    Fixture f(routineOf(Sides::BothTogether, {20}), TimelineOptions{0, 0, {}, {}});
    auto* timer = f.engine.findChild<QTimer*>();
    REQUIRE(timer);
    f.engine.start();
    CHECK(f.engine.isWatched());
    f.engine.setWatched(false);
    CHECK(timer->interval() == 10'000);  // to halfway
    f.clock.advance(3'300);              // nothing woke it: the time shown is 3.3 s old
    QSignalSpy time(&f.engine, &SessionEngine::timeChanged);
    f.engine.setWatched(true);
    CHECK(time.count() == 1);
    CHECK(f.engine.segmentRemainingMs() == 16'700);
    CHECK(timer->interval() == 250);
    // Paused out of sight, nothing wakes it; carried on out of sight, it wakes for the next cue.
    f.engine.setWatched(false);
    f.engine.pause();
    CHECK_FALSE(timer->isActive());
    f.engine.resume();
    CHECK(timer->interval() == 6'700);  // halfway at 10 s
    // A segment longer than a minute still wakes within one, so a computer that slept is noticed.
    Fixture longStep(routineOf(Sides::BothTogether, {600}), TimelineOptions{0, 0, {}, {}});
    longStep.engine.setWatched(false);
    longStep.engine.start();
    CHECK(longStep.engine.findChild<QTimer*>()->interval() == SessionEngine::kMaxUnwatchedRefreshMs);
}
