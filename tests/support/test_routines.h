#pragma once

#include "core/content/model.h"

#include <vector>

namespace legease::core {

// A routine of plain steps lasting `seconds` each, for tests of timing rather than content.
inline Routine routineOf(Sides sides, const std::vector<int>& seconds)
{
    Routine routine;
    routine.id = QStringLiteral("test");
    routine.title = QStringLiteral("Test");
    routine.sides = sides;
    for (int s : seconds) {
        Step step;
        step.seconds = s;
        step.instruction = QStringLiteral("Step lasting %1 s").arg(s);
        routine.steps.push_back(step);
    }
    return routine;
}

}  // namespace legease::core
