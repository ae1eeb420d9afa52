#pragma once

#include "core/content/model.h"
#include "core/session/leg.h"

#include <optional>
#include <vector>

namespace legease::core {

// How long a session should be: the routine as written, a percentage of it, or a target
// number of minutes of massage (both legs counted).
struct SessionLength {
    enum class Mode { AsWritten, Percent, Minutes };
    Mode mode = Mode::AsWritten;
    int value = 100;

    static SessionLength percent(int percent) { return {Mode::Percent, percent}; }
    static SessionLength minutes(int minutes) { return {Mode::Minutes, minutes}; }
};

inline constexpr int kMinStepSeconds = 5;
inline constexpr int kMinLengthPercent = 50;
inline constexpr int kMaxLengthPercent = 200;

struct TimelineOptions {
    int getReadySeconds = 5;
    int switchLegsSeconds = 10;
    SessionLength length;
    std::optional<Leg> firstLeg;  // overrides the routine's order for one-leg-at-a-time routines
};

struct Segment {
    enum class Kind { GetReady, Step, SwitchLegs };
    Kind kind = Kind::GetReady;
    Leg leg = Leg::Both;  // for GetReady and SwitchLegs: the leg that comes next
    int stepIndex = -1;   // index into the routine's steps, for Kind::Step
    int seconds = 0;
};

struct Timeline {
    std::vector<Segment> segments;
    int totalSeconds() const;
    int stepSegmentCount() const;
};

// Every step's duration scaled to `length`, rounded to whole seconds, none under 5 s.
std::vector<int> scaledStepSeconds(const Routine& routine, const SessionLength& length);

// The routine laid out in time: get-ready, the steps for the first leg, a switch-legs pause and
// the same steps for the second leg (or the steps once, for both legs together). A zero-second
// get-ready or switch pause is left out.
Timeline buildTimeline(const Routine& routine, const TimelineOptions& options);

}  // namespace legease::core
