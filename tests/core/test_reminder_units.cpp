#include "core/reminder/reminder_offer.h"
#include "core/reminder/reminder_units.h"
#include "core/content/content_loader.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QStandardPaths>

using namespace legease::core;

namespace {

const QString kAppId = QStringLiteral("io.github.legease.LegEase");

}  // namespace

TEST_CASE("the reminder's units are named after the app id and run `legease --remind` at the time each day")
{
    const ReminderUnits units = reminderUnits(kAppId, QStringLiteral("/usr/bin/legease"), QTime(7, 5, 42));
    CHECK(units.timerName == QStringLiteral("io.github.legease.LegEase-reminder.timer"));
    CHECK(units.serviceName == QStringLiteral("io.github.legease.LegEase-reminder.service"));
    const QString timer = QString::fromUtf8(units.timer);
    CHECK(timer.contains(QStringLiteral("\n[Timer]\nOnCalendar=*-*-* 07:05:00\nPersistent=true\n")));  // to the minute
    CHECK(timer.contains(QStringLiteral("\nUnit=io.github.legease.LegEase-reminder.service\n")));
    CHECK(timer.contains(QStringLiteral("\n[Install]\nWantedBy=timers.target\n")));
    CHECK(timer.contains(QStringLiteral("Description=LegEase daily reminder at 07:05\n")));
    const QString service = QString::fromUtf8(units.service);
    CHECK(service.contains(QStringLiteral("\nConditionFileIsExecutable=/usr/bin/legease\n")));
    CHECK(service.contains(QStringLiteral("\n[Service]\nType=oneshot\nEnvironment=LEGEASE_REMINDER=timer\n"
                                          "ExecStart=/usr/bin/legease --remind\nTimeoutStartSec=10min\n")));
    // Each file says where it came from and how to be rid of it.
    for (const QString& text : {timer, service})
        CHECK(text.startsWith(QStringLiteral("# LegEase's daily reminder, written by LegEase.")));
}

TEST_CASE("a program path systemd would read otherwise is quoted and escaped")
{
    CHECK(systemdWord(QStringLiteral("/usr/bin/legease")) == QStringLiteral("/usr/bin/legease"));
    CHECK(systemdWord(QStringLiteral("/home/ana/My Apps/legease")) == QStringLiteral("\"/home/ana/My Apps/legease\""));
    CHECK(systemdWord(QStringLiteral("/opt/100%/legease")) == QStringLiteral("/opt/100%%/legease"));  // a specifier
    CHECK(systemdWord(QStringLiteral("/opt/$HOME/legease")) == QStringLiteral("/opt/$$HOME/legease"));  // a variable
    CHECK(systemdWord(QStringLiteral("/opt/a\"b\\c/legease")) == QStringLiteral("\"/opt/a\\\"b\\\\c/legease\""));
    CHECK(systemdWord(QStringLiteral("/opt/a\nb")) == QStringLiteral("\"/opt/a\\x0ab\""));
    CHECK(systemdWord(QString()) == QStringLiteral("\"\""));

    const ReminderUnits spaced = reminderUnits(kAppId, QStringLiteral("/home/ana/My 100% Apps/legease"), QTime(19, 0));
    const QString service = QString::fromUtf8(spaced.service);
    CHECK(service.contains(QStringLiteral("\nExecStart=\"/home/ana/My 100%% Apps/legease\" --remind\n")));
    CHECK(service.contains(QStringLiteral("\nConditionFileIsExecutable=/home/ana/My 100%% Apps/legease\n")));
    // A line break would end the setting early: no condition then, and the command is escaped.
    const QString broken = QString::fromUtf8(reminderUnits(kAppId, QStringLiteral("/opt/a\nb"), QTime(19, 0)).service);
    CHECK_FALSE(broken.contains(QStringLiteral("Condition")));
    CHECK(broken.contains(QStringLiteral("\nExecStart=\"/opt/a\\x0ab\" --remind\n")));
}

TEST_CASE("the units go to the person's systemd user folder")
{
    CHECK(userUnitFolder()
        == QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user"));
}

TEST_CASE("a reminder offers the last session's routine, or the Routines page when there is none")
{
    const LoadedContent content = loadContent({false, {smallPack()}});
    const ReminderOffer last = reminderOffer(content.library, QStringLiteral("calf-calm"));
    CHECK(last.opensRoutine());
    CHECK(last.routineId == QStringLiteral("calf-calm"));
    CHECK(last.routineTitle == QStringLiteral("Calm calves"));
    CHECK_FALSE(reminderOffer(content.library, QString()).opensRoutine());
    CHECK_FALSE(reminderOffer(content.library, QStringLiteral("gone-with-its-pack")).opensRoutine());
}
