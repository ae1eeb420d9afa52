#include "core/session/timeline.h"
#include "support/string_makers.h"
#include "support/test_routines.h"

#include <catch2/catch.hpp>

using namespace legease::core;
using Kind = Segment::Kind;

TEST_CASE("left-then-right: get-ready, the steps, a switch pause, the steps mirrored")
{
    const Timeline timeline = buildTimeline(routineOf(Sides::LeftThenRight, {30, 45}), {});
    REQUIRE(timeline.segments.size() == 6);
    CHECK(timeline.segments[0].kind == Kind::GetReady);
    CHECK(timeline.segments[0].seconds == 5);
    CHECK(timeline.segments[0].leg == Leg::Left);
    CHECK(timeline.segments[1].kind == Kind::Step);
    CHECK(timeline.segments[1].leg == Leg::Left);
    CHECK(timeline.segments[1].stepIndex == 0);
    CHECK(timeline.segments[2].stepIndex == 1);
    CHECK(timeline.segments[3].kind == Kind::SwitchLegs);
    CHECK(timeline.segments[3].seconds == 10);
    CHECK(timeline.segments[3].leg == Leg::Right);
    CHECK(timeline.segments[4].leg == Leg::Right);
    CHECK(timeline.segments[4].stepIndex == 0);
    CHECK(timeline.segments[5].stepIndex == 1);
    CHECK(timeline.totalSeconds() == 5 + 75 + 10 + 75);
    CHECK(timeline.stepSegmentCount() == 4);
}

TEST_CASE("right-then-left starts on the right — the first-leg setting overrides either")
{
    const Routine routine = routineOf(Sides::RightThenLeft, {20});
    CHECK(buildTimeline(routine, {}).segments[1].leg == Leg::Right);
    TimelineOptions options;
    options.firstLeg = Leg::Left;
    const Timeline overridden = buildTimeline(routine, options);
    CHECK(overridden.segments[1].leg == Leg::Left);
    CHECK(overridden.segments[3].leg == Leg::Right);
}

TEST_CASE("both-together runs the steps once with no switch pause")
{
    const Timeline timeline = buildTimeline(routineOf(Sides::BothTogether, {20, 20, 20}), {});
    REQUIRE(timeline.segments.size() == 4);
    for (std::size_t i = 1; i < 4; ++i) {
        CHECK(timeline.segments[i].kind == Kind::Step);
        CHECK(timeline.segments[i].leg == Leg::Both);
    }
}

TEST_CASE("get-ready and switch pauses follow the settings and vanish at zero")
{
    TimelineOptions options;
    options.getReadySeconds = 0;
    options.switchLegsSeconds = 0;
    const Timeline timeline = buildTimeline(routineOf(Sides::LeftThenRight, {20}), options);
    REQUIRE(timeline.segments.size() == 2);
    CHECK(timeline.segments[0].kind == Kind::Step);
    CHECK(timeline.segments[1].kind == Kind::Step);
    options.getReadySeconds = 8;
    options.switchLegsSeconds = 15;
    const Timeline longer = buildTimeline(routineOf(Sides::LeftThenRight, {20}), options);
    CHECK(longer.segments[0].seconds == 8);
    CHECK(longer.segments[2].seconds == 15);
}

TEST_CASE("length scaling by percent rounds to whole seconds and keeps steps at 5 s or more")
{
    const Routine routine = routineOf(Sides::LeftThenRight, {45, 30, 6, 15});
    CHECK(scaledStepSeconds(routine, {}) == std::vector<int>{45, 30, 6, 15});
    CHECK(scaledStepSeconds(routine, SessionLength::percent(50)) == std::vector<int>{23, 15, 5, 8});
    CHECK(scaledStepSeconds(routine, SessionLength::percent(150)) == std::vector<int>{68, 45, 9, 23});
    CHECK(scaledStepSeconds(routine, SessionLength::percent(200)) == std::vector<int>{90, 60, 12, 30});
    // Out-of-range percentages are held to 50-200 %.
    CHECK(scaledStepSeconds(routine, SessionLength::percent(10)) == scaledStepSeconds(routine, SessionLength::percent(50)));
    CHECK(scaledStepSeconds(routine, SessionLength::percent(900)) == scaledStepSeconds(routine, SessionLength::percent(200)));
}

TEST_CASE("length scaling to a target in minutes lands on the target, both legs counted")
{
    // 4 steps of 60 s on each leg: 8 minutes as written.
    const Routine routine = routineOf(Sides::LeftThenRight, {60, 60, 60, 60});
    const Timeline five = buildTimeline(routine, TimelineOptions{0, 0, SessionLength::minutes(5), {}});
    CHECK(five.totalSeconds() == 8 * 38);  // 37.5 s rounds to 38
    const Timeline fifteen = buildTimeline(routine, TimelineOptions{0, 0, SessionLength::minutes(16), {}});
    CHECK(fifteen.totalSeconds() == 16 * 60);
    const Routine together = routineOf(Sides::BothTogether, {100, 200});
    CHECK(scaledStepSeconds(together, SessionLength::minutes(10)) == std::vector<int>{200, 400});
}
