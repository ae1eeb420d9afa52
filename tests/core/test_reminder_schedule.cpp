#include "core/reminder/reminder_schedule.h"
#include "support/fake_clock.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

using namespace legease::core;

namespace {

// Berlin: a real zone with both daylight-saving transitions, whatever zone the test machine uses.
const QTimeZone kBerlin("Europe/Berlin");
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

qint64 berlin(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A clock standing at a local time in Berlin.
FakeClock at(qint64 wall)
{
    FakeClock clock;
    clock.setWall(wall);
    return clock;
}

}  // namespace

TEST_CASE("the reminder is due today when its time is still ahead, otherwise tomorrow")
{
    REQUIRE(kBerlin.isValid());
    FakeClock morning = at(berlin(2026, 6, 10, 8, 0));
    const ReminderSchedule early(morning, kBerlin, QTime(19, 0));
    CHECK(early.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 10, 19, 0));
    CHECK(early.msecsUntilDue() == 11 * kHour);

    // Turned on (or the app opened) after today's time: nothing pops up at once.
    FakeClock evening = at(berlin(2026, 6, 10, 19, 30));
    ReminderSchedule late(evening, kBerlin, QTime(19, 0));
    CHECK(late.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 11, 19, 0));
    CHECK_FALSE(late.check());
}

TEST_CASE("a reminder fires once at its time, and the next one is tomorrow")
{
    FakeClock clock = at(berlin(2026, 6, 10, 18, 58));
    ReminderSchedule schedule(clock, kBerlin, QTime(19, 0));
    CHECK_FALSE(schedule.check());
    clock.advance(kMinute);
    CHECK_FALSE(schedule.check());  // 18:59
    clock.advance(kMinute);
    CHECK(schedule.check());  // 19:00
    CHECK_FALSE(schedule.check());
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 11, 19, 0));
    clock.advance(4 * kHour);
    CHECK_FALSE(schedule.check());  // 23:00, still the same day
    clock.advance(20 * kHour);
    CHECK(schedule.check());  // 19:00 the next day
}

TEST_CASE("a reminder slept through comes on waking the same day, up to two hours late")
{
    FakeClock clock = at(berlin(2026, 6, 10, 18, 0));
    ReminderSchedule schedule(clock, kBerlin, QTime(19, 0));
    clock.sleep(2 * kHour + 30 * kMinute);  // wakes at 20:30, 90 minutes late
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 10, 19, 0));
    CHECK(schedule.msecsUntilDue() == 0);
    CHECK(schedule.check());
    CHECK_FALSE(schedule.check());

    // Exactly two hours late still counts; a minute more does not.
    FakeClock edge = at(berlin(2026, 6, 10, 18, 0));
    ReminderSchedule onTime(edge, kBerlin, QTime(19, 0));
    edge.sleep(3 * kHour);
    CHECK(onTime.check());
    FakeClock past = at(berlin(2026, 6, 10, 18, 0));
    ReminderSchedule tooLate(past, kBerlin, QTime(19, 0));
    past.sleep(3 * kHour + kMinute);
    CHECK(tooLate.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 11, 19, 0));
    CHECK_FALSE(tooLate.check());
    past.setWall(berlin(2026, 6, 11, 19, 0));
    CHECK(tooLate.check());
}

TEST_CASE("a late reminder is not carried over into the next day")
{
    FakeClock clock = at(berlin(2026, 6, 10, 23, 0));
    ReminderSchedule schedule(clock, kBerlin, QTime(23, 30));
    clock.sleep(90 * kMinute);  // wakes at 00:30, within two hours but on another day
    CHECK_FALSE(schedule.check());
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 11, 23, 30));

    // Asleep for days: nothing for the days missed, the next one as usual.
    clock.setWall(berlin(2026, 6, 14, 9, 0));
    CHECK_FALSE(schedule.check());
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 14, 23, 30));
}

TEST_CASE("choosing a new time starts over from now")
{
    FakeClock clock = at(berlin(2026, 6, 10, 19, 0));
    ReminderSchedule schedule(clock, kBerlin, QTime(18, 0));
    CHECK_FALSE(schedule.check());  // 18:00 had passed when it started

    schedule.setTime(QTime(20, 15, 42));  // later today: reminds today, to the minute
    CHECK(schedule.time() == QTime(20, 15));
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 10, 20, 15));
    clock.advance(75 * kMinute);
    CHECK(schedule.check());

    schedule.setTime(QTime(21, 0));  // again later the same day: asked for, so it comes
    clock.advance(45 * kMinute);
    CHECK(schedule.check());
    schedule.setTime(QTime(7, 0));  // earlier than now: tomorrow
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 11, 7, 0));
}

TEST_CASE("a clock set back after a reminder does not repeat it")
{
    FakeClock clock = at(berlin(2026, 6, 10, 18, 59));
    ReminderSchedule schedule(clock, kBerlin, QTime(19, 0));
    clock.advance(kMinute);
    REQUIRE(schedule.check());
    clock.setWall(berlin(2026, 6, 10, 18, 0));
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == berlin(2026, 6, 11, 19, 0));
    clock.advance(kHour);
    CHECK_FALSE(schedule.check());
}

TEST_CASE("a time skipped by the spring-forward jump is due when the clock jumps")
{
    // 29 March 2026 in Berlin: 02:00 CET becomes 03:00 CEST (01:00 UTC); 02:30 never happens.
    const QDateTime due = ReminderSchedule::occurrence(QDate(2026, 3, 29), QTime(2, 30), kBerlin);
    CHECK(due.toMSecsSinceEpoch() == utc(2026, 3, 29, 1, 0));
    CHECK(due.time() == QTime(3, 0));

    FakeClock clock = at(berlin(2026, 3, 28, 22, 0));
    ReminderSchedule schedule(clock, kBerlin, QTime(2, 30));
    clock.setWall(utc(2026, 3, 29, 0, 59));  // 01:59 CET
    CHECK_FALSE(schedule.check());
    clock.advance(kMinute);  // 03:00 CEST
    CHECK(schedule.check());
    // The next day 02:30 exists again.
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == utc(2026, 3, 30, 0, 30));
}

TEST_CASE("a time that happens twice when the clocks go back reminds only the first time")
{
    // 25 October 2026 in Berlin: 03:00 CEST becomes 02:00 CET, so 02:30 comes at 00:30 and 01:30 UTC.
    const QDateTime due = ReminderSchedule::occurrence(QDate(2026, 10, 25), QTime(2, 30), kBerlin);
    CHECK(due.toMSecsSinceEpoch() == utc(2026, 10, 25, 0, 30));

    FakeClock clock = at(utc(2026, 10, 24, 20, 0));
    ReminderSchedule schedule(clock, kBerlin, QTime(2, 30));
    clock.setWall(utc(2026, 10, 25, 0, 30));
    CHECK(schedule.check());
    clock.setWall(utc(2026, 10, 25, 1, 30));  // 02:30 once more
    CHECK_FALSE(schedule.check());
}

TEST_CASE("on a daylight-saving day an ordinary time keeps its place on the wall clock")
{
    FakeClock clock = at(berlin(2026, 3, 28, 18, 0));
    ReminderSchedule schedule(clock, kBerlin, QTime(19, 0));
    clock.advance(kHour);
    REQUIRE(schedule.check());
    // Sunday is 23 hours long, so 19:00 comes 23 hours after Saturday's.
    CHECK(schedule.nextDue().toMSecsSinceEpoch() == utc(2026, 3, 29, 17, 0));
    CHECK(schedule.msecsUntilDue() == 23 * kHour);
}

namespace {

QDateTime inBerlin(int year, int month, int day, int hour, int minute)
{
    return QDateTime::fromMSecsSinceEpoch(berlin(year, month, day, hour, minute), kBerlin);
}

}  // namespace

TEST_CASE("the systemd timer's reminder shows when it is due today, up to two hours late")
{
    const QDateTime setYesterday = inBerlin(2026, 6, 9, 12, 0);
    const auto verdict = [&](const QDateTime& now) {
        return timerVerdict(now, QTime(19, 0), kBerlin, setYesterday, QDateTime());
    };
    CHECK(verdict(inBerlin(2026, 6, 10, 19, 0)) == TimerVerdict::Show);
    CHECK(verdict(inBerlin(2026, 6, 10, 20, 59)) == TimerVerdict::Show);  // woken from sleep
    CHECK(verdict(inBerlin(2026, 6, 10, 21, 1)) == TimerVerdict::TooLate);
    CHECK(verdict(inBerlin(2026, 6, 10, 18, 59)) == TimerVerdict::NotYetDue);
    // Persistent=true catches up on yesterday's at boot: an evening reminder at breakfast is noise.
    CHECK(verdict(inBerlin(2026, 6, 11, 7, 30)) == TimerVerdict::NotYetDue);
    // The same moment in another zone is the same moment.
    CHECK(verdict(inBerlin(2026, 6, 10, 19, 5).toUTC()) == TimerVerdict::Show);
}

TEST_CASE("the systemd timer's reminder is shown once a day, and never for a time already past when it was set")
{
    const QDateTime due = inBerlin(2026, 6, 10, 19, 0);
    const QDateTime now = inBerlin(2026, 6, 10, 19, 20);
    // Turned on, or moved to 19:00, at 19:10: systemd fires the restarted timer at once (its
    // last trigger is older than today's 19:00), but the first reminder is tomorrow's.
    CHECK(timerVerdict(now, QTime(19, 0), kBerlin, inBerlin(2026, 6, 10, 19, 10), QDateTime())
        == TimerVerdict::SetAfterTime);
    CHECK(timerVerdict(now, QTime(19, 0), kBerlin, due, QDateTime()) == TimerVerdict::SetAfterTime);
    CHECK(timerVerdict(now, QTime(19, 0), kBerlin, inBerlin(2026, 6, 10, 18, 59), QDateTime()) == TimerVerdict::Show);
    // Set before any reminder was ever shown, or the setting was never written: shown.
    CHECK(timerVerdict(now, QTime(19, 0), kBerlin, QDateTime(), QDateTime()) == TimerVerdict::Show);
    // Already shown today at 19:00; shown yesterday does not count.
    CHECK(timerVerdict(now, QTime(19, 0), kBerlin, QDateTime(), due) == TimerVerdict::AlreadyShown);
    CHECK(timerVerdict(now, QTime(19, 0), kBerlin, QDateTime(), inBerlin(2026, 6, 9, 19, 0)) == TimerVerdict::Show);
    // Moved later today after today's was shown: the new time reminds again, as in the app.
    CHECK(timerVerdict(inBerlin(2026, 6, 10, 21, 0), QTime(21, 0), kBerlin, inBerlin(2026, 6, 10, 19, 30), due)
        == TimerVerdict::Show);
}

TEST_CASE("the systemd timer's reminder on a spring-forward day is due when the clock jumps")
{
    // 02:30 does not exist on 29 March 2026 in Berlin; systemd fires at 03:00, which is due.
    CHECK(timerVerdict(inBerlin(2026, 3, 29, 3, 0), QTime(2, 30), kBerlin, QDateTime(), QDateTime()) == TimerVerdict::Show);
}
