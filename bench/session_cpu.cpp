// What a running session costs the computer: a SessionView (no sound, no voice) runs the built-in
// "circulation-flow" routine on the offscreen platform; after a 2 s settling time, the process's
// CPU time over 60 s of the session (getrusage, user + system, every thread) divided by the wall
// time. Prints session_cpu_percent as a JSON line.
#include "core/content/content_loader.h"
#include "core/session/clock.h"
#include "metric.h"
#include "ui/session/session_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace legease;

namespace {

constexpr int kSettleMs = 2'000;
constexpr int kWindowMs = 60'000;

qint64 cpuMicroseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const core::LoadedContent content = core::loadContent({});
    const core::Routine* routine = content.library.routine(QStringLiteral("circulation-flow"));
    if (!routine)
        qFatal("the built-in routine circulation-flow is missing");
    core::SystemClock clock;
    ui::SessionView view(content.library, *routine, ui::SessionOptions{}, clock, nullptr, nullptr);
    view.resize(1000, 700);  // as SessionWindow opens
    view.show();
    view.start();
    if (view.engine().totalMs() < kSettleMs + kWindowMs)
        qFatal("the routine is shorter than the measurement");

    QElapsedTimer wall;
    qint64 cpuStart = 0;
    double percent = 0;
    QTimer::singleShot(kSettleMs, [&] {
        wall.start();
        cpuStart = cpuMicroseconds();
        QTimer::singleShot(kWindowMs, [&] {
            const double cpuMs = (cpuMicroseconds() - cpuStart) / 1000.0;
            const double wallMs = wall.nsecsElapsed() / 1e6;
            percent = 100.0 * cpuMs / wallMs;
            std::fprintf(stderr, "  %.1f ms of CPU in %.1f ms, session at step %d\n", cpuMs, wallMs,
                view.engine().segmentIndex());
            QCoreApplication::quit();
        });
    });
    app.exec();
    bench::printMetric("session_cpu_percent", percent, "%", 0.5);
    return 0;
}
