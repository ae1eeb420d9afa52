// How punctually the session engine turns the page: a 60 s routine of twelve 5 s steps (both legs
// together, no get-ready) on the real clock, while another thread keeps the second core busy.
// At every step boundary, and at the end, it records how long after the scheduled moment the
// engine noticed it. Prints boundary_late_max_ms and drift_total_ms as JSON lines.
#include "core/session/clock.h"
#include "core/session/session_engine.h"
#include "metric.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace legease;

namespace {

constexpr int kSteps = 12;
constexpr int kStepSeconds = 5;

core::Routine shortSteps()
{
    core::Routine routine;
    routine.id = QStringLiteral("timer-accuracy");
    routine.title = QStringLiteral("Timer accuracy");
    routine.sides = core::Sides::BothTogether;
    for (int i = 0; i < kSteps; ++i) {
        core::Step step;
        step.region = QStringLiteral("calf");
        step.stroke = QStringLiteral("effleurage");
        step.seconds = kStepSeconds;
        step.instruction = QStringLiteral("Glide up the calf.");
        routine.steps.push_back(step);
    }
    return routine;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    core::SystemClock clock;
    core::SessionEngine engine(clock);
    core::TimelineOptions options;
    options.getReadySeconds = 0;
    engine.load(shortSteps(), options);

    std::vector<qint64> due;  // scheduled start of each segment, from the session's start
    qint64 at = 0;
    for (const core::Segment& segment : engine.timeline().segments) {
        due.push_back(at);
        at += qint64(segment.seconds) * 1000;
    }
    const qint64 total = at;

    std::atomic<bool> busy = true;
    std::thread load([&busy] {
        volatile unsigned long spins = 0;
        while (busy.load(std::memory_order_relaxed))
            spins = spins + 1;
    });

    qint64 start = 0;
    qint64 lateMax = 0;
    qint64 drift = 0;
    QObject::connect(&engine, &core::SessionEngine::segmentChanged, [&](int index) {
        if (engine.state() != core::SessionState::Running || index == 0)
            return;
        const qint64 late = clock.monotonicMs() - (start + due[std::size_t(index)]);
        std::fprintf(stderr, "  boundary %2d: %lld ms late\n", index, static_cast<long long>(late));
        lateMax = std::max(lateMax, late);
    });
    QObject::connect(&engine, &core::SessionEngine::finished, [&] {
        drift = clock.monotonicMs() - start - total;
        std::fprintf(stderr, "  end:         %lld ms late\n", static_cast<long long>(drift));
        lateMax = std::max(lateMax, drift);
        QCoreApplication::quit();
    });
    QTimer::singleShot(500, [&] {  // once the busy thread runs
        start = clock.monotonicMs();
        engine.start();
    });
    app.exec();
    busy = false;
    load.join();

    bench::printMetric("boundary_late_max_ms", double(lateMax), "ms", 50);
    bench::printMetric("drift_total_ms", double(drift), "ms", 20);
    return 0;
}
