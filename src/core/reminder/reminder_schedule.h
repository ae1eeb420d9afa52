#pragma once

#include "core/session/clock.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace legease::core {

// When the optional daily reminder is due, in local time. The rules, each tested in
// tests/core/test_reminder_schedule.cpp:
// - At most one reminder per calendar day, at the chosen time of day.
// - A time already past when the schedule starts (the app opens, the setting is changed) waits
//   for tomorrow: turning on a reminder for 18:00 at 18:30 must not pop up at once.
// - A reminder missed because the computer slept (or the check came late) still comes on waking
//   if it is the same day and at most kLateMs late; later than that it is skipped, because an
//   evening reminder at breakfast is noise, not help.
// - On a daylight-saving day a time that does not exist (the clock jumps from 02:00 to 03:00 over
//   02:30) is due the moment the clock jumps; a time that happens twice is due the first time.
// - It does not look at the history: someone who already had a session today is reminded all
//   the same. A second gentle session is harmless, and the history database must stay closed
//   on the start-up path.
class ReminderSchedule {
public:
    static constexpr qint64 kLateMs = 2 * 60 * 60 * 1000;

    ReminderSchedule(const Clock& clock, QTimeZone zone, QTime at);

    QTime time() const { return m_at; }
    // A new time starts over from now, so moving the time later today reminds again today.
    void setTime(QTime at);

    QDateTime now() const;
    // The next reminder; in the past when one is late but still worth showing (due now).
    QDateTime nextDue() const;
    qint64 msecsUntilDue() const;  // 0 when due now

    // True exactly once for each reminder to show; a missed one too late to show is passed over.
    bool check();

    // The moment `at` happens on `day` in `zone` (see the daylight-saving rule above).
    static QDateTime occurrence(QDate day, QTime at, const QTimeZone& zone);

private:
    bool isDoneFor(QDate day) const { return m_done.isValid() && day <= m_done; }

    const Clock& m_clock;
    QTimeZone m_zone;
    QTime m_at;
    QDate m_done;  // the last day whose reminder was shown, skipped, or already past at the start
};

// What `legease --remind` does when the systemd timer started it (see reminder_units.h). systemd
// fires at the time, on waking after a missed one (Persistent=true, so possibly the next morning),
// and again when the timer is restarted for a new time; the same rules as ReminderSchedule's
// decide what is shown:
// - NotYetDue: today's time has not come (yesterday's missed reminder is never shown today).
// - TooLate: more than ReminderSchedule::kLateMs after today's time.
// - SetAfterTime: the reminder was turned on, or its time changed, after today's time had passed
//   (`setAt`), so the first one is tomorrow's.
// - AlreadyShown: today's reminder was shown (`lastShown`) after its time.
// `setAt` and `lastShown` may be invalid: never set, or never shown.
enum class TimerVerdict { Show, NotYetDue, TooLate, SetAfterTime, AlreadyShown };

TimerVerdict timerVerdict(const QDateTime& now, QTime at, const QTimeZone& zone, const QDateTime& setAt,
    const QDateTime& lastShown);

}  // namespace legease::core
