#include "core/reminder/reminder_units.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace legease::core {
namespace {

// The words systemd takes as they are: no quoting, no escapes, nothing it would expand.
bool isPlain(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral("/._+-,:=@").contains(c);
}

// A path as the value of a Condition setting: the rest of the line, only specifiers expanded.
QString conditionPath(const QString& path)
{
    return QString(path).replace(QLatin1Char('%'), QStringLiteral("%%"));
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

constexpr auto kHeader =
    "# LegEase's daily reminder, written by LegEase. Change the time or turn the reminder off in\n"
    "# LegEase under Settings, Daily reminder: turning it off there removes this file and its\n"
    "# partner. See legease(1).\n";

}  // namespace

QString reminderTimerName(const QString& appId)
{
    return appId + QStringLiteral("-reminder.timer");
}

QString reminderServiceName(const QString& appId)
{
    return appId + QStringLiteral("-reminder.service");
}

QString systemdWord(const QString& word)
{
    QString escaped;
    bool plain = !word.isEmpty();
    for (QChar c : word) {
        if (c == QLatin1Char('%') || c == QLatin1Char('$')) {
            escaped += c;  // doubled: "%%" is a percent sign, "$$" a dollar sign
            escaped += c;
            continue;
        }
        if (!isPlain(c))
            plain = false;
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            escaped += QLatin1Char('\\') + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            escaped += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return plain ? escaped : QLatin1Char('"') + escaped + QLatin1Char('"');
}

ReminderUnits reminderUnits(const QString& appId, const QString& program, QTime at)
{
    ReminderUnits units;
    units.timerName = reminderTimerName(appId);
    units.serviceName = reminderServiceName(appId);
    const QString time = QTime(at.hour(), at.minute()).toString(QStringLiteral("HH:mm"));

    units.timer = QByteArray(kHeader)
        + QStringLiteral("[Unit]\n"
                         "Description=LegEase daily reminder at %1\n"
                         "Documentation=man:legease(1)\n"
                         "\n"
                         "[Timer]\n"
                         "OnCalendar=*-*-* %1:00\n"
                         "Persistent=true\n"
                         "Unit=%2\n"
                         "\n"
                         "[Install]\n"
                         "WantedBy=timers.target\n")
              .arg(time, units.serviceName)
              .toUtf8();

    // A path with a line break in it cannot be a condition; ExecStart still names it, escaped.
    const QString condition = hasControlCharacter(program)
        ? QString()
        : QStringLiteral("ConditionFileIsExecutable=%1\n").arg(conditionPath(program));
    units.service = QByteArray(kHeader)
        + QStringLiteral("[Unit]\n"
                         "Description=LegEase daily reminder\n"
                         "Documentation=man:legease(1)\n"
                         "%1"
                         "\n"
                         "[Service]\n"
                         "Type=oneshot\n"
                         "Environment=%2=%3\n"
                         "ExecStart=%4 --remind\n"
                         "TimeoutStartSec=10min\n")
              .arg(condition, QLatin1String(kReminderStartedByVariable), QLatin1String(kReminderStartedByTimer),
                  systemdWord(program))
              .toUtf8();
    return units;
}

QString userUnitFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("systemd/user"));
}

}  // namespace legease::core
