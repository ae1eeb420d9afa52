#include "core/session/timeline.h"

#include <algorithm>
#include <cmath>

namespace legease::core {

int Timeline::totalSeconds() const
{
    int total = 0;
    for (const Segment& segment : segments)
        total += segment.seconds;
    return total;
}

int Timeline::stepSegmentCount() const
{
    return int(std::count_if(segments.begin(), segments.end(),
        [](const Segment& s) { return s.kind == Segment::Kind::Step; }));
}

std::vector<int> scaledStepSeconds(const Routine& routine, const SessionLength& length)
{
    double factor = 1.0;
    switch (length.mode) {
    case SessionLength::Mode::AsWritten:
        break;
    case SessionLength::Mode::Percent:
        factor = std::clamp(length.value, kMinLengthPercent, kMaxLengthPercent) / 100.0;
        break;
    case SessionLength::Mode::Minutes:
        if (const int written = routineSeconds(routine); written > 0 && length.value > 0)
            factor = length.value * 60.0 / written;
        break;
    }
    std::vector<int> seconds;
    seconds.reserve(routine.steps.size());
    for (const Step& step : routine.steps)
        seconds.push_back(std::max(kMinStepSeconds, int(std::lround(step.seconds * factor))));
    return seconds;
}

Timeline buildTimeline(const Routine& routine, const TimelineOptions& options)
{
    const std::vector<int> seconds = scaledStepSeconds(routine, options.length);
    std::vector<Leg> passes;
    switch (routine.sides) {
    case Sides::BothTogether:
        passes = {Leg::Both};
        break;
    case Sides::LeftThenRight:
    case Sides::RightThenLeft: {
        Leg first = routine.sides == Sides::LeftThenRight ? Leg::Left : Leg::Right;
        if (options.firstLeg && *options.firstLeg != Leg::Both)
            first = *options.firstLeg;
        passes = {first, first == Leg::Left ? Leg::Right : Leg::Left};
        break;
    }
    }

    Timeline timeline;
    if (options.getReadySeconds > 0)
        timeline.segments.push_back({Segment::Kind::GetReady, passes.front(), -1, options.getReadySeconds});
    for (std::size_t pass = 0; pass < passes.size(); ++pass) {
        if (pass > 0 && options.switchLegsSeconds > 0)
            timeline.segments.push_back({Segment::Kind::SwitchLegs, passes[pass], -1, options.switchLegsSeconds});
        for (std::size_t i = 0; i < seconds.size(); ++i)
            timeline.segments.push_back({Segment::Kind::Step, passes[pass], int(i), seconds[i]});
    }
    return timeline;
}

}  // namespace legease::core
