#pragma once

// Ends the event loop right after a window's first paint, the same way for the bare window and
// for LegEase so that the start-up benchmark compares like with like. Just before, it prints
// "first_paint_ns N" on stdout, N being CLOCK_MONOTONIC (steady_clock) in nanoseconds: the runner
// started its clock just before starting the program, so it can tell start-up from tear-down.
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace legease::bench {

class ExitAfterFirstPaint : public QObject {
public:
    explicit ExitAfterFirstPaint(QWidget& window)
        : QObject(&window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The paint event arrives before the window paints; the zero timer fires once the whole
        // window has been painted and flushed. exit() rather than quit(): quit() would close the
        // windows first, and LegEase would save its layout on the way out.
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("first_paint_ns %lld\n",
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

}  // namespace legease::bench
