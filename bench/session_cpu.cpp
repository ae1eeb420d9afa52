// What a running session costs the computer: a SessionView (no sound, no voice) runs the built-in
// "circulation-flow" routine on the offscreen platform, its strokes moving on the leg diagram as
// they do for people (the motion on, the window on screen). After a 2 s settling time it measures
// for WINDOW seconds (default 60): the process's CPU time (getrusage, user + system, every
// thread) over the wall time, and how often its threads were woken (context switches in
// /proc/self/task/*/status) per second. Then the same for 10 s paused, 10 s with the window
// hidden while the session runs on (cues still fall due in it, and each must wake the program),
// and 10 s hidden from the start of a step whose halfway cue is further off, when nothing at all
// is due. A separate thread measures and sleeps in between, so the measuring wakes nothing it
// measures. Prints one JSON object for bench/session.py.
//
// Usage: session_cpu [WINDOW_SECONDS]
#include "core/content/content_loader.h"
#include "core/session/clock.h"
#include "core/session/cue.h"
#include "core/session/session_engine.h"
#include "core/session/timeline.h"
#include "ui/leg_diagram.h"
#include "ui/motion/motion_ticker.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_view.h"
#include "wakeups.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMetaObject>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace legease;

namespace {

struct Sample {
    qint64 wallNs;
    qint64 cpuUs;
    qint64 switches;
};

struct Rates {
    double cpuPercent;
    double wakeupsPerSecond;
};

Rates between(const Sample& a, const Sample& b)
{
    const double seconds = (b.wallNs - a.wallNs) / 1e9;
    return {100.0 * (b.cpuUs - a.cpuUs) / 1e6 / seconds, (b.switches - a.switches) / seconds};
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const int windowSeconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    constexpr int kSettleMs = 2'000;
    constexpr int kQuietSeconds = 10;
    constexpr int kLookForQuietSeconds = 120;  // twice the routine's longest step

    QApplication app(argc, argv);
    const core::LoadedContent content = core::loadContent({});
    const core::Routine* routine = content.library.routine(QStringLiteral("circulation-flow"));
    if (!routine)
        qFatal("the built-in routine circulation-flow is missing");
    core::SystemClock clock;
    ui::SessionOptions options;
    options.timeline.getReadySeconds = 0;  // straight into the first step, strokes moving
    ui::SessionView view(content.library, *routine, options, clock, nullptr, nullptr);
    view.resize(1000, 700);  // as SessionWindow opens
    view.show();
    view.start();
    if (view.engine().totalMs() < kSettleMs + (windowSeconds + 3 * kQuietSeconds + kLookForQuietSeconds + 2) * 1000)
        qFatal("the routine is shorter than the measurement");

    QElapsedTimer wall;
    wall.start();
    Sample samples[8]{};
    // Set on the main thread when the last window has begun: the window was hidden at the start
    // of a step long enough that its halfway cue comes after the window ends.
    std::atomic<bool> quietWindowStarted{false};
    bool lookingForQuietWindow = false;
    QObject::connect(&view.engine(), &core::SessionEngine::cue, &view, [&](core::Cue cue) {
        if (!lookingForQuietWindow || cue != core::Cue::StepStarted || view.engine().segment().seconds < 2 * kQuietSeconds + 2)
            return;
        lookingForQuietWindow = false;
        view.hide();
        quietWindowStarted = true;
    });
    std::atomic<int> stepAtEnd{0};
    std::atomic<bool> movedAtEnd{false};
    std::thread measure([&] {
        const long self = bench::threadId();
        const auto sample = [&] { return Sample{wall.nsecsElapsed(), bench::cpuMicroseconds(), bench::contextSwitches(self)}; };
        const auto onMain = [&](auto work) {
            QMetaObject::invokeMethod(&view, work, Qt::BlockingQueuedConnection);
        };
        using namespace std::chrono;
        std::this_thread::sleep_for(milliseconds(kSettleMs));
        samples[0] = sample();
        std::this_thread::sleep_for(seconds(windowSeconds));
        samples[1] = sample();
        onMain([&] {
            stepAtEnd = view.engine().segmentIndex();
            movedAtEnd = view.runPage()->motion()->isTicking();
            view.engine().pause();
        });
        std::this_thread::sleep_for(milliseconds(500));
        samples[2] = sample();
        std::this_thread::sleep_for(seconds(kQuietSeconds));
        samples[3] = sample();
        onMain([&] {
            view.engine().resume();
            view.hide();
        });
        std::this_thread::sleep_for(milliseconds(500));
        samples[4] = sample();
        std::this_thread::sleep_for(seconds(kQuietSeconds));
        samples[5] = sample();
        onMain([&] {
            view.show();
            lookingForQuietWindow = true;
        });
        const auto lookingSince = steady_clock::now();
        while (!quietWindowStarted && steady_clock::now() - lookingSince < seconds(kLookForQuietSeconds))
            std::this_thread::sleep_for(milliseconds(50));
        if (quietWindowStarted) {
            std::this_thread::sleep_for(milliseconds(500));
            samples[6] = sample();
            std::this_thread::sleep_for(seconds(kQuietSeconds));
            samples[7] = sample();
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    app.exec();
    measure.join();

    const Rates running = between(samples[0], samples[1]);
    const Rates paused = between(samples[2], samples[3]);
    const Rates hidden = between(samples[4], samples[5]);
    if (!quietWindowStarted) {
        std::fprintf(stderr, "session_cpu: no step long enough to be hidden for %d s without a cue\n", kQuietSeconds);
        return 1;
    }
    const Rates hiddenQuiet = between(samples[6], samples[7]);
    const QSize diagram = view.runPage()->diagram()->size();
    std::fprintf(stderr, "  session: %.1f ms of CPU in %.1f ms (%.2f %%), %.1f wakeups/s, at step %d, motion %s\n",
        (samples[1].cpuUs - samples[0].cpuUs) / 1000.0, (samples[1].wallNs - samples[0].wallNs) / 1e6, running.cpuPercent,
        running.wakeupsPerSecond, int(stepAtEnd), movedAtEnd ? "moving" : "NOT MOVING");
    std::fprintf(stderr, "  paused: %.2f %% CPU, %.2f wakeups/s; hidden, running: %.2f %% CPU, %.2f wakeups/s with its cues, "
                 "%.2f wakeups/s with none due\n",
        paused.cpuPercent, paused.wakeupsPerSecond, hidden.cpuPercent, hidden.wakeupsPerSecond, hiddenQuiet.wakeupsPerSecond);
    std::printf("{\"cpu_percent\": %.4f, \"wakeups_per_s\": %.3f, \"paused_wakeups_per_s\": %.3f, "
                "\"hidden_wakeups_per_s\": %.3f, \"hidden_quiet_wakeups_per_s\": %.3f, \"moving\": %s, "
                "\"diagram_width\": %d, \"diagram_height\": %d, \"frame_ms\": %d}\n",
        running.cpuPercent, running.wakeupsPerSecond, paused.wakeupsPerSecond, hidden.wakeupsPerSecond,
        hiddenQuiet.wakeupsPerSecond, movedAtEnd ? "true" : "false", diagram.width(), diagram.height(),
        ui::MotionTicker::kFrameMs);
    return movedAtEnd ? 0 : 1;
}
