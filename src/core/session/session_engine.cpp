#include "core/session/session_engine.h"

#include <algorithm>

namespace legease::core {

SessionEngine::SessionEngine(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    // Single-shot and re-armed after each refresh, so it can wake exactly when the shown second
    // or the segment changes while never sleeping longer than kMaxRefreshMs.
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SessionEngine::refresh);
}

void SessionEngine::load(const Routine& routine, const TimelineOptions& options)
{
    m_timer->stop();
    m_routine = routine;
    m_timeline = buildTimeline(m_routine, options);
    m_completed = false;
    m_index = 0;
    m_segmentAccumMs = m_activeAccumMs = 0;
    m_countdownFired = 4;
    m_halfwayFired = false;
    setState(SessionState::Idle);
    Q_EMIT segmentChanged(0);
    Q_EMIT timeChanged();
}

const Segment& SessionEngine::segment() const
{
    static const Segment none;
    return m_timeline.segments.empty() ? none : m_timeline.segments[std::size_t(m_index)];
}

const Segment* SessionEngine::nextSegment() const
{
    const auto next = std::size_t(m_index) + 1;
    return next < m_timeline.segments.size() ? &m_timeline.segments[next] : nullptr;
}

const Step* SessionEngine::stepOf(const Segment& segment) const
{
    if (segment.kind != Segment::Kind::Step || segment.stepIndex < 0 || std::size_t(segment.stepIndex) >= m_routine.steps.size())
        return nullptr;
    return &m_routine.steps[std::size_t(segment.stepIndex)];
}

qint64 SessionEngine::segmentMs(int index) const
{
    return qint64(m_timeline.segments[std::size_t(index)].seconds) * 1000;
}

qint64 SessionEngine::segmentElapsedMs() const
{
    if (m_timeline.segments.empty())
        return 0;
    const qint64 running = m_state == SessionState::Running ? m_clock.monotonicMs() - m_segmentMark : 0;
    return std::min(m_segmentAccumMs + running, segmentMs(m_index));
}

qint64 SessionEngine::segmentRemainingMs() const
{
    if (m_timeline.segments.empty() || m_state == SessionState::Finished)
        return 0;
    return segmentMs(m_index) - segmentElapsedMs();
}

qint64 SessionEngine::totalMs() const
{
    return qint64(m_timeline.totalSeconds()) * 1000;
}

qint64 SessionEngine::totalRemainingMs() const
{
    if (m_state == SessionState::Finished)
        return 0;
    qint64 later = 0;
    for (std::size_t i = std::size_t(m_index) + 1; i < m_timeline.segments.size(); ++i)
        later += qint64(m_timeline.segments[i].seconds) * 1000;
    return segmentRemainingMs() + later;
}

double SessionEngine::progress() const
{
    const qint64 total = totalMs();
    return total > 0 ? double(total - totalRemainingMs()) / double(total) : 0.0;
}

qint64 SessionEngine::activeMs() const
{
    return m_activeAccumMs + (m_state == SessionState::Running ? m_clock.monotonicMs() - m_activeMark : 0);
}

int SessionEngine::stepsDone() const
{
    const int end = m_state == SessionState::Finished && m_completed ? int(m_timeline.segments.size()) : m_index;
    int done = 0;
    for (int i = 0; i < end; ++i)
        done += m_timeline.segments[std::size_t(i)].kind == Segment::Kind::Step ? 1 : 0;
    return done;
}

void SessionEngine::start()
{
    if (m_state != SessionState::Idle || m_timeline.segments.empty())
        return;
    const qint64 now = m_clock.monotonicMs();
    m_activeMark = now;
    m_lastMonotonic = now;
    m_lastWall = m_clock.wallMs();
    setState(SessionState::Running);
    enterSegment(0, 0);
    scheduleRefresh();
}

void SessionEngine::pause()
{
    if (m_state != SessionState::Running)
        return;
    const qint64 now = m_clock.monotonicMs();
    m_segmentAccumMs += now - m_segmentMark;
    m_activeAccumMs += now - m_activeMark;
    m_timer->stop();
    setState(SessionState::Paused);
    Q_EMIT timeChanged();
}

void SessionEngine::resume()
{
    if (m_state != SessionState::Paused)
        return;
    const qint64 now = m_clock.monotonicMs();
    m_segmentMark = m_activeMark = m_lastMonotonic = now;
    m_lastWall = m_clock.wallMs();
    setState(SessionState::Running);
    refresh();
}

void SessionEngine::togglePause()
{
    if (m_state == SessionState::Running)
        pause();
    else if (m_state == SessionState::Paused)
        resume();
    else if (m_state == SessionState::Idle)
        start();
}

void SessionEngine::next()
{
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return;
    if (std::size_t(m_index) + 1 >= m_timeline.segments.size())
        finish(true, 0);
    else
        enterSegment(m_index + 1, 0);
    scheduleRefresh();
}

void SessionEngine::previous()
{
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return;
    if (segmentElapsedMs() > kPreviousRestartsAfterMs || m_index == 0)
        enterSegment(m_index, 0);
    else
        enterSegment(m_index - 1, 0);
    scheduleRefresh();
}

void SessionEngine::restartStep()
{
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return;
    enterSegment(m_index, 0);
    scheduleRefresh();
}

void SessionEngine::stop()
{
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return;
    finish(false, 0);
}

void SessionEngine::refresh()
{
    if (m_state != SessionState::Running)
        return;
    if (computerSlept()) {
        pause();
        Q_EMIT autoPaused(tr("Paused because the computer was asleep. Continue when you are ready."));
        return;
    }
    // Handle every boundary passed since the last refresh, each new segment inheriting the
    // overshoot of the one before: lateness never accumulates.
    while (m_state == SessionState::Running) {
        const qint64 now = m_clock.monotonicMs();
        const qint64 elapsed = m_segmentAccumMs + (now - m_segmentMark);
        const qint64 length = segmentMs(m_index);
        emitDueCues();
        if (elapsed < length)
            break;
        if (std::size_t(m_index) + 1 >= m_timeline.segments.size())
            finish(true, elapsed - length);
        else
            enterSegment(m_index + 1, elapsed - length);
    }
    Q_EMIT timeChanged();
    scheduleRefresh();
}

bool SessionEngine::computerSlept()
{
    const qint64 monotonic = m_clock.monotonicMs();
    const qint64 wall = m_clock.wallMs();
    const qint64 unexplained = (wall - m_lastWall) - (monotonic - m_lastMonotonic);
    m_lastMonotonic = monotonic;
    m_lastWall = wall;
    return unexplained > kSleepThresholdMs;
}

void SessionEngine::enterSegment(int index, qint64 carriedMs)
{
    m_index = index;
    m_segmentAccumMs = carriedMs;
    m_segmentMark = m_clock.monotonicMs();  // while paused, resume() sets it again
    m_countdownFired = 4;
    m_halfwayFired = false;
    Q_EMIT segmentChanged(index);
    switch (segment().kind) {
    case Segment::Kind::Step:
        Q_EMIT cue(Cue::StepStarted);
        break;
    case Segment::Kind::SwitchLegs:
        Q_EMIT cue(Cue::SwitchLegs);
        break;
    case Segment::Kind::GetReady:
        break;
    }
    Q_EMIT timeChanged();
}

void SessionEngine::finish(bool completed, qint64 overshootMs)
{
    m_timer->stop();
    if (m_state == SessionState::Running)
        m_activeAccumMs += m_clock.monotonicMs() - m_activeMark - overshootMs;
    m_completed = completed;
    m_segmentAccumMs = segmentMs(m_index);
    setState(SessionState::Finished);
    if (completed)
        Q_EMIT cue(Cue::Finished);
    Q_EMIT timeChanged();
    Q_EMIT finished(completed);
}

void SessionEngine::setState(SessionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

qint64 SessionEngine::countdownDueMs(int second) const
{
    const qint64 length = segmentMs(m_index);
    return length > second * 1000 ? length - second * 1000 : -1;
}

qint64 SessionEngine::halfwayDueMs() const
{
    return segment().kind == Segment::Kind::Step ? (segmentMs(m_index) + 1) / 2 : -1;
}

void SessionEngine::emitDueCues()
{
    const qint64 elapsed = segmentElapsedMs();
    const qint64 remaining = segmentRemainingMs();
    // Only the latest countdown second is cued when a stall skipped over some.
    for (int second = 1; second <= 3; ++second) {
        const qint64 due = countdownDueMs(second);
        if (second < m_countdownFired && due >= 0 && elapsed >= due && remaining > (second - 1) * 1000) {
            m_countdownFired = second;
            Q_EMIT cue(second == 3 ? Cue::CountdownThree : second == 2 ? Cue::CountdownTwo : Cue::CountdownOne);
            break;
        }
    }
    const qint64 halfway = halfwayDueMs();
    if (!m_halfwayFired && halfway >= 0 && elapsed >= halfway && remaining > 0) {
        m_halfwayFired = true;
        Q_EMIT cue(Cue::Halfway);
    }
}

void SessionEngine::setWatched(bool watched)
{
    if (m_watched == watched)
        return;
    m_watched = watched;
    if (m_state != SessionState::Running)
        return;
    if (watched)
        refresh();  // shows the time at once, then wakes for every second again
    else
        scheduleRefresh();
}

qint64 SessionEngine::msToNextCue() const
{
    // The segment's end, or sooner: a countdown second not yet cued, or a step's halfway point.
    const qint64 elapsed = segmentElapsedMs();
    qint64 next = segmentRemainingMs();
    const auto sooner = [&](qint64 due) {
        if (due > elapsed)
            next = std::min(next, due - elapsed);
    };
    for (int second = 1; second < m_countdownFired && second <= 3; ++second)
        sooner(countdownDueMs(second));
    if (!m_halfwayFired)
        sooner(halfwayDueMs());
    return next;
}

void SessionEngine::scheduleRefresh()
{
    if (m_state != SessionState::Running)
        return;
    if (!m_watched) {
        m_timer->start(int(std::clamp<qint64>(msToNextCue(), 1, kMaxUnwatchedRefreshMs)));
        return;
    }
    // Wake when the shown whole second changes (which includes the segment's end), or sooner.
    const qint64 remaining = segmentRemainingMs();
    const qint64 toNextSecond = remaining % 1000 == 0 ? 1000 : remaining % 1000;
    m_timer->start(int(std::clamp<qint64>(toNextSecond, 1, kMaxRefreshMs)));
}

}  // namespace legease::core
