// The floor for session_cpu: the plainest program doing the unavoidable part of the same work, a
// bare widget of the leg diagram's size repainting one moving shape at the motion's frame rate,
// on the offscreen platform. After a 2 s settling time it measures WINDOW seconds the same way
// session_cpu does and prints one JSON object for bench/session.py.
//
// Usage: session_floor WINDOW_SECONDS WIDTH HEIGHT FRAME_MS
#include "wakeups.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace {

class MovingShape : public QWidget {
public:
    MovingShape()
    {
        m_clock.start();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(palette().highlight());
        painter.setPen(QPen(palette().windowText(), 1.5));
        const double t = m_clock.elapsed() / 6000.0;  // one glide every six seconds
        const double y = height() * (0.75 - 0.5 * (t - std::floor(t)));
        painter.drawEllipse(QPointF(width() / 2.0, y), width() / 14.0, width() / 12.0);
    }

private:
    QElapsedTimer m_clock;
};

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc != 5) {
        std::fprintf(stderr, "usage: session_floor WINDOW_SECONDS WIDTH HEIGHT FRAME_MS\n");
        return 2;
    }
    const int windowSeconds = std::atoi(argv[1]);
    QApplication app(argc, argv);
    MovingShape widget;
    widget.resize(std::atoi(argv[2]), std::atoi(argv[3]));
    widget.show();
    QTimer frames;
    QObject::connect(&frames, &QTimer::timeout, &widget, qOverload<>(&QWidget::update));
    frames.start(std::atoi(argv[4]));

    QElapsedTimer wall;
    wall.start();
    qint64 wallNs[2]{}, cpuUs[2]{}, switches[2]{};
    std::thread measure([&] {
        const long self = legease::bench::threadId();
        std::this_thread::sleep_for(std::chrono::seconds(2));
        wallNs[0] = wall.nsecsElapsed();
        cpuUs[0] = legease::bench::cpuMicroseconds();
        switches[0] = legease::bench::contextSwitches(self);
        std::this_thread::sleep_for(std::chrono::seconds(windowSeconds));
        wallNs[1] = wall.nsecsElapsed();
        cpuUs[1] = legease::bench::cpuMicroseconds();
        switches[1] = legease::bench::contextSwitches(self);
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    app.exec();
    measure.join();
    const double seconds = (wallNs[1] - wallNs[0]) / 1e9;
    const double percent = 100.0 * (cpuUs[1] - cpuUs[0]) / 1e6 / seconds;
    std::fprintf(stderr, "  floor: %.1f ms of CPU in %.1f ms (%.2f %%), %.1f wakeups/s\n", (cpuUs[1] - cpuUs[0]) / 1000.0,
        (wallNs[1] - wallNs[0]) / 1e6, percent, (switches[1] - switches[0]) / seconds);
    std::printf("{\"cpu_percent\": %.4f, \"wakeups_per_s\": %.3f}\n", percent, (switches[1] - switches[0]) / seconds);
    return 0;
}
