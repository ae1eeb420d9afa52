#pragma once

// One benchmark result as the runner (bench/run) prints it: a JSON object on one line. Every
// target is an upper bound.
#include <cstdio>

namespace legease::bench {

inline void printMetric(const char* metric, double value, const char* unit, double target)
{
    std::printf("{\"metric\": \"%s\", \"value\": %.2f, \"unit\": \"%s\", \"target\": %g, \"ok\": %s}\n", metric, value,
        unit, target, value <= target ? "true" : "false");
    std::fflush(stdout);
}

}  // namespace legease::bench
