#include "core/reminder/reminder_schedule.h"

#include <algorithm>
#include <array>
#include <optional>

namespace legease::core {
namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

bool showsAs(qint64 msecs, QDate day, QTime at, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs, zone);
    return local.date() == day && local.time() == at;
}

}  // namespace

ReminderSchedule::ReminderSchedule(const Clock& clock, QTimeZone zone, QTime at)
    : m_clock(clock)
    , m_zone(std::move(zone))
{
    setTime(at);
}

void ReminderSchedule::setTime(QTime at)
{
    m_at = QTime(at.hour(), at.minute());  // reminders are set to the minute
    const QDateTime current = now();
    const QDate today = current.date();
    m_done = current >= occurrence(today, m_at, m_zone) ? today : today.addDays(-1);
}

QDateTime ReminderSchedule::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), m_zone);
}

// Qt 6.4 calls a time in the spring-forward gap invalid and picks the later of a repeated time,
// so the moment is worked out from the zone's offsets around it instead.
QDateTime ReminderSchedule::occurrence(QDate day, QTime at, const QTimeZone& zone)
{
    const qint64 naive = QDateTime(day, at, QTimeZone::utc()).toMSecsSinceEpoch();
    // The offsets a day either side cover any one transition on that day.
    const std::array<qint64, 2> candidates{
        naive - 1000LL * zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive - kDayMs, QTimeZone::utc())),
        naive - 1000LL * zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive + kDayMs, QTimeZone::utc())),
    };
    std::optional<qint64> first;
    for (qint64 msecs : candidates)
        if (showsAs(msecs, day, at, zone))
            first = std::min(msecs, first.value_or(msecs));
    if (first)
        return QDateTime::fromMSecsSinceEpoch(*first, zone);

    // In the gap: due when the clock jumps, which lies between the two readings of the time.
    const qint64 earlier = std::min(candidates[0], candidates[1]);
    const QTimeZone::OffsetData jump = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(earlier, QTimeZone::utc()));
    if (jump.atUtc.isValid())
        return jump.atUtc.toTimeZone(zone);
    return QDateTime::fromMSecsSinceEpoch(std::max(candidates[0], candidates[1]), zone);
}

QDateTime ReminderSchedule::nextDue() const
{
    const QDateTime current = now();
    const QDate today = current.date();
    if (!isDoneFor(today)) {
        const QDateTime due = occurrence(today, m_at, m_zone);
        if (current < due || due.msecsTo(current) <= kLateMs)
            return due;
    }
    QDate day = today.addDays(1);
    while (isDoneFor(day))  // only after the clock was set back: never more than a day or two
        day = day.addDays(1);
    return occurrence(day, m_at, m_zone);
}

qint64 ReminderSchedule::msecsUntilDue() const
{
    return std::max<qint64>(0, now().msecsTo(nextDue()));
}

bool ReminderSchedule::check()
{
    const QDateTime current = now();
    const QDate today = current.date();
    if (isDoneFor(today))
        return false;
    const QDateTime due = occurrence(today, m_at, m_zone);
    if (current < due)
        return false;
    m_done = today;
    return due.msecsTo(current) <= kLateMs;
}

TimerVerdict timerVerdict(const QDateTime& now, QTime at, const QTimeZone& zone, const QDateTime& setAt,
    const QDateTime& lastShown)
{
    const QDateTime local = now.toTimeZone(zone);
    const QDateTime due = ReminderSchedule::occurrence(local.date(), QTime(at.hour(), at.minute()), zone);
    if (now < due)
        return TimerVerdict::NotYetDue;
    if (due.msecsTo(now) > ReminderSchedule::kLateMs)
        return TimerVerdict::TooLate;
    if (setAt.isValid() && setAt >= due)
        return TimerVerdict::SetAfterTime;
    if (lastShown.isValid() && lastShown >= due)
        return TimerVerdict::AlreadyShown;
    return TimerVerdict::Show;
}

}  // namespace legease::core
