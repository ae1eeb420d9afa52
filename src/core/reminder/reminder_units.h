#pragma once

#include <QByteArray>
#include <QString>
#include <QTime>

namespace legease::core {

// The daily reminder as the person's own systemd keeps it, so that no LegEase process has to run
// all day: a timer that fires at the chosen time each day, and the service it starts, which runs
// `legease --remind` to show the notification and exits. Both are named after the app id and live
// in the person's unit folder. What is written, and why:
// - OnCalendar at the time to the minute, in the local time zone (systemd's own rules apply on a
//   daylight-saving day).
// - Persistent=true: a reminder missed while the computer was off or asleep fires on waking;
//   `legease --remind` then decides whether it is still worth showing (the same day, at most two
//   hours late: see timerVerdict() in reminder_schedule.h), because the service sets
//   LEGEASE_REMINDER=timer.
// - ConditionFileIsExecutable on the program, so a LegEase that was removed leaves a quiet timer,
//   not a failing service each day.
// - Type=oneshot with a time limit, so a --remind that hangs is ended.
struct ReminderUnits {
    QString timerName;  // "<app id>-reminder.timer"
    QString serviceName;  // "<app id>-reminder.service"
    QByteArray timer;  // the files' text
    QByteArray service;
};

// The units that remind at `at` (seconds are dropped) by running `program --remind`.
ReminderUnits reminderUnits(const QString& appId, const QString& program, QTime at);

// Only the names, for removing the units.
QString reminderTimerName(const QString& appId);
QString reminderServiceName(const QString& appId);

// Where a person's own systemd user units live: $XDG_CONFIG_HOME/systemd/user, which is
// ~/.config/systemd/user unless XDG_CONFIG_HOME says otherwise.
QString userUnitFolder();

// One word of an ExecStart= command line as systemd reads it back: quoted with C escapes when it
// holds anything but plain path characters, and '%' and '$' doubled so that systemd expands
// neither a specifier nor a variable.
QString systemdWord(const QString& word);

// Set in the service's environment: `legease --remind` started by the timer checks that the
// reminder is due; run by hand, it shows it at once.
inline constexpr char kReminderStartedByVariable[] = "LEGEASE_REMINDER";
inline constexpr char kReminderStartedByTimer[] = "timer";

}  // namespace legease::core
