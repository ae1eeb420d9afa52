#pragma once

#include "core/content/model.h"
#include "core/session/clock.h"
#include "core/session/cue.h"
#include "core/session/timeline.h"

#include <QObject>
#include <QTimer>

namespace legease::core {

enum class SessionState { Idle, Running, Paused, Finished };

// Runs one routine's timeline against a clock. Time left is always computed from the clock
// (segment end minus now, with pauses absorbed by an accumulator), never by counting timer
// ticks, so a late or missed refresh cannot make the session drift: a boundary noticed late
// hands its overshoot to the next segment.
class SessionEngine : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRefreshMs = 250;
    // While unwatched, the longest sleep: a computer that slept is still noticed within a minute.
    static constexpr int kMaxUnwatchedRefreshMs = 60'000;
    static constexpr qint64 kSleepThresholdMs = 5000;
    static constexpr qint64 kPreviousRestartsAfterMs = 3000;

    explicit SessionEngine(const Clock& clock, QObject* parent = nullptr);

    // Lays out `routine` and waits, idle, at the first segment.
    void load(const Routine& routine, const TimelineOptions& options);

    const Routine& routine() const { return m_routine; }
    const Timeline& timeline() const { return m_timeline; }
    SessionState state() const { return m_state; }
    bool completed() const { return m_completed; }

    int segmentIndex() const { return m_index; }
    const Segment& segment() const;
    const Segment* nextSegment() const;
    const Step* stepOf(const Segment& segment) const;

    qint64 segmentElapsedMs() const;
    qint64 segmentRemainingMs() const;
    qint64 totalMs() const;
    qint64 totalRemainingMs() const;
    double progress() const;  // 0 to 1 through the whole timeline
    qint64 activeMs() const;  // time spent running, pauses excluded
    int stepsDone() const;    // massage steps finished or skipped past

    // Whether anyone can see the session (its window is not hidden or minimised). Watched, it
    // wakes for every shown second, and at least every kMaxRefreshMs; unwatched, only when a cue
    // is due or the segment ends, so a session running in the background costs next to nothing
    // and still sounds every cue on time. Watched again, the time shown catches up at once.
    void setWatched(bool watched);
    bool isWatched() const { return m_watched; }

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    void next();
    void previous();  // to the start of this segment when more than 3 s in, else the one before
    void restartStep();
    void stop();
    // Notices boundaries, cues and a sleeping computer. The timer calls it; tests call it after
    // moving their fake clock.
    void refresh();

Q_SIGNALS:
    void stateChanged(legease::core::SessionState state);
    void segmentChanged(int index);
    void timeChanged();
    void cue(legease::core::Cue cue);
    void autoPaused(const QString& reason);
    void finished(bool completed);

private:
    void enterSegment(int index, qint64 carriedMs);
    void finish(bool completed, qint64 overshootMs);
    void setState(SessionState state);
    void emitDueCues();
    void scheduleRefresh();
    // When, in the segment's elapsed time, a countdown second's or a step's halfway cue is due
    // (-1 when this segment has none): the one rule both emitDueCues and msToNextCue follow.
    qint64 countdownDueMs(int second) const;
    qint64 halfwayDueMs() const;
    qint64 msToNextCue() const;
    bool computerSlept();
    qint64 segmentMs(int index) const;

    const Clock& m_clock;
    QTimer* m_timer;  // a child, so tests can see how it is armed
    Routine m_routine;
    Timeline m_timeline;
    SessionState m_state = SessionState::Idle;
    bool m_completed = false;
    bool m_watched = true;
    int m_index = 0;

    qint64 m_segmentAccumMs = 0;  // time in this segment before the current running stretch
    qint64 m_segmentMark = 0;     // monotonic time the current running stretch began
    qint64 m_activeAccumMs = 0;
    qint64 m_activeMark = 0;
    qint64 m_lastMonotonic = 0;   // at the last refresh, to notice sleep
    qint64 m_lastWall = 0;

    int m_countdownFired = 4;     // lowest countdown second already cued in this segment
    bool m_halfwayFired = false;
};

}  // namespace legease::core
