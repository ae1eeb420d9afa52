#include "ui/motion/motion_ticker.h"

#include "ui/leg_diagram.h"

#include <QEvent>
#include <QTimer>

namespace legease::ui {

MotionTicker::MotionTicker(LegDiagram* diagram, QObject* parent)
    : QObject(parent ? parent : diagram)
    , m_diagram(diagram)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kFrameMs);
    m_timer->setTimerType(Qt::CoarseTimer);  // a frame a little late is never seen; wakeups are
    connect(m_timer, &QTimer::timeout, this, &MotionTicker::tick);
    m_diagram->installEventFilter(this);
}

void MotionTicker::setSource(std::function<double()> strokes)
{
    m_source = std::move(strokes);
    tick();
    apply();
}

void MotionTicker::setRunning(bool running)
{
    m_running = running;
    tick();
    apply();
}

void MotionTicker::setReduceMotion(bool reduce)
{
    m_diagram->setMotionStill(reduce);
    apply();
}

bool MotionTicker::isTicking() const
{
    return m_timer->isActive();
}

void MotionTicker::tick()
{
    if (m_source)
        m_diagram->setMotionStrokes(m_source());
    apply();
}

bool MotionTicker::onScreen() const
{
    const QWidget* window = m_diagram->window();
    return m_diagram->isVisible() && !(window && window->isMinimized());
}

void MotionTicker::apply()
{
    const bool move = m_running && m_source && m_diagram->motion() && !m_diagram->motionStill() && onScreen();
    if (move && !m_timer->isActive())
        m_timer->start();
    else if (!move && m_timer->isActive())
        m_timer->stop();
}

bool MotionTicker::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
        // The window may be a new one since last time (the diagram moved into a dialog, say).
        if (watched == m_diagram && m_diagram->window() != m_window) {
            if (m_window)
                m_window->removeEventFilter(this);
            m_window = m_diagram->window();
            if (m_window != m_diagram)
                m_window->installEventFilter(this);
        }
        tick();  // catch up with the time missed while hidden, then go on
        break;
    case QEvent::Hide:  // also sent, spontaneously, when the window is minimised
    case QEvent::WindowStateChange:
        apply();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace legease::ui
