// Where LegEase's start-up time and memory go, step by step, for investigating a missed start-up
// target. The same path as startup_app (app::Startup, which reports each step it finishes);
// prints each step's milliseconds and how much the resident memory grew (from /proc/self/status)
// to stderr. Run it a few times and take medians. A diagnostic: bench/run does not run it.
#include "app/startup.h"
#include "first_paint.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace legease;

namespace {

QElapsedTimer clock_;
qint64 lastNs_ = 0;
qint64 lastKiB_ = 0;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void phase(const char* name)
{
    const qint64 now = clock_.nsecsElapsed();
    const qint64 kiB = residentKiB();
    std::fprintf(stderr, "%-22s %6.2f ms %+7.2f MiB\n", name, (now - lastNs_) / 1e6, (kiB - lastKiB_) / 1024.0);
    lastNs_ = clock_.nsecsElapsed();  // reading /proc is not part of the next phase
    lastKiB_ = kiB;
}

class PaintProbe : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            phase("until first paint");
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

}  // namespace

int main(int argc, char* argv[])
{
    clock_.start();
    phase("before main (resident)");
    app::nameApplication();
    QApplication qapp(argc, argv);
    phase("QApplication");
    app::Surroundings surroundings;
    surroundings.stepDone = phase;
    app::Startup startup(app::CommandLine{}, surroundings);
    startup.settings().setSafetyAcknowledged(true);  // as startup_app: someone who has used the app before
    startup.openWindow();
    PaintProbe probe;
    startup.window()->installEventFilter(&probe);
    new bench::ExitAfterFirstPaint(*startup.window());
    qapp.exec();
    phase("paint and flush");
    return 0;
}
