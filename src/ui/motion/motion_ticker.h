#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace legease::ui {

class LegDiagram;

// Keeps a leg diagram's stroke motion moving: at kFrameMs it asks `source` how many strokes
// have been done (from the session's clock, or the guide's) and hands that to the diagram, which
// repaints its lit region if the picture changed. It only runs while there is a motion to show,
// it is running, the diagram is on screen (not hidden, not minimised) and motion is not reduced;
// otherwise no timer runs at all, so a paused, hidden or still diagram costs nothing.
class MotionTicker : public QObject {
    Q_OBJECT

public:
    // About sixteen frames a second: smooth enough for strokes that take seconds, calm to look
    // at, and cheap. With the engine's refresh (at most four a second) and what painting wakes,
    // a running session stays well under forty wakeups a second (bench/session.py measures it).
    static constexpr int kFrameMs = 60;

    explicit MotionTicker(LegDiagram* diagram, QObject* parent = nullptr);

    void setSource(std::function<double()> strokes);
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setReduceMotion(bool reduce);

    bool isTicking() const;
    QTimer* timer() const { return m_timer; }

public Q_SLOTS:
    // Brings the diagram to the moment the source says, once (the timer calls it).
    void tick();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    bool onScreen() const;

    LegDiagram* m_diagram;
    QTimer* m_timer;
    QObject* m_window = nullptr;  // the diagram's window, watched for minimising
    std::function<double()> m_source;
    bool m_running = false;
};

}  // namespace legease::ui
