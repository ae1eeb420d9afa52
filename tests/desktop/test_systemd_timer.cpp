#include "app/startup.h"
#include "core/reminder/reminder_units.h"
#include "core/settings/app_settings.h"
#include "support/desktop_helpers.h"
#include "support/fake_desktop.h"
#include "support/fake_tray.h"
#include "support/string_makers.h"
#include "support/temp_home.h"
#include "support/test_paths.h"
#include "ui/desktop/desktop_names.h"
#include "ui/main_window.h"
#include "ui/reminder/daily_reminder.h"
#include "ui/reminder/reminder_notifier.h"
#include "ui/reminder/systemd_timer.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDBusConnection>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace legease;

namespace {

const QString kTimer = QStringLiteral("io.github.legease.LegEase-reminder.timer");
const QString kService = QStringLiteral("io.github.legease.LegEase-reminder.service");

QString read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A person's unit folder with systemd (the fake) on the bus, and the reminder's timer for it.
struct Units {
    Units() { desktop.startSystemd(folder()); }

    QString folder() const { return home.filePath(QStringLiteral("systemd/user")); }
    QString enabledLink() const { return folder() + QStringLiteral("/timers.target.wants/") + kTimer; }

    QTemporaryDir home;
    FakeDesktop desktop;
    ui::SystemdTimer timer{QDBusConnection::sessionBus(), folder(), QStringLiteral(LEGEASE_BINARY)};
};

// systemd's own check of the files, where its tools are installed: it reads them as the user
// manager would (the program must exist and be executable) and says nothing about them when they
// are right. Unknown keys or a bad calendar only give warnings, so any word about them fails.
void checkWithSystemdAnalyze(const QString& folder)
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty()) {
        WARN("systemd-analyze is not installed: the units are checked by these tests only");
        SUCCEED();
        return;
    }
    QTemporaryDir runtime;  // it insists on a runtime folder, which a test session may lack
    QProcess verify;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    verify.setProcessEnvironment(environment);
    verify.setWorkingDirectory(folder);
    // The man page the units name comes with the installed LegEase, not with the build tree.
    verify.start(analyze, {QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("--man=no"),
                              QStringLiteral("./") + kTimer, QStringLiteral("./") + kService});
    REQUIRE(verify.waitForFinished(30'000));
    const QString said = QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    INFO(said.toStdString());
    CHECK(verify.exitCode() == 0);
    CHECK_FALSE(said.contains(QStringLiteral("LegEase")));
    CHECK_FALSE(said.contains(QStringLiteral("legease")));
}

}  // namespace

TEST_CASE("turning the reminder on writes valid units and asks systemd to load, enable and start the timer")
{
    Units units;
    REQUIRE(units.timer.isAvailable());
    const ui::SystemdTimer::Outcome outcome = units.timer.apply(true, QTime(7, 30));
    CHECK(outcome.changed);
    CHECK(outcome.error.isEmpty());

    CHECK(units.timer.timerPath() == units.folder() + QLatin1Char('/') + kTimer);
    const core::ReminderUnits expected =
        core::reminderUnits(ui::appId(), QStringLiteral(LEGEASE_BINARY), QTime(7, 30));
    CHECK(read(units.timer.timerPath()) == QString::fromUtf8(expected.timer));
    CHECK(read(units.timer.servicePath()) == QString::fromUtf8(expected.service));
    CHECK(read(units.timer.timerPath()).contains(QStringLiteral("OnCalendar=*-*-* 07:30:00\nPersistent=true\n")));
    CHECK(read(units.timer.servicePath()).contains(QStringLiteral("ExecStart=" LEGEASE_BINARY " --remind\n")));

    // Loaded, enabled by name, loaded again with the link, and started (restarted) for the time.
    CHECK(units.desktop.systemdMethods()
        == QStringList{QStringLiteral("Reload"), QStringLiteral("EnableUnitFiles"), QStringLiteral("Reload"),
            QStringLiteral("RestartUnit")});
    const QList<FakeDesktop::Call> calls = units.desktop.systemdCalls();
    CHECK(calls[1].arguments == QVariantList{QStringList{kTimer}, false, true});
    CHECK(calls[3].arguments == QVariantList{kTimer, QStringLiteral("replace")});
    CHECK(QFileInfo(units.enabledLink()).isSymLink());

    checkWithSystemdAnalyze(units.folder());
}

TEST_CASE("a new time rewrites the timer and restarts it, and the same time again asks systemd nothing")
{
    Units units;
    REQUIRE(units.timer.apply(true, QTime(19, 0)).error.isEmpty());
    const qsizetype before = units.desktop.systemdCalls().size();

    const ui::SystemdTimer::Outcome same = units.timer.apply(true, QTime(19, 0));
    CHECK_FALSE(same.changed);
    CHECK(same.error.isEmpty());
    CHECK(units.desktop.systemdCalls().size() == before);

    const ui::SystemdTimer::Outcome later = units.timer.apply(true, QTime(21, 15));
    CHECK(later.changed);
    CHECK(read(units.timer.timerPath()).contains(QStringLiteral("OnCalendar=*-*-* 21:15:00\n")));
    CHECK(units.desktop.systemdMethods().mid(before).endsWith(QStringLiteral("RestartUnit")));
}

TEST_CASE("turning the reminder off stops and disables the timer and removes both files")
{
    Units units;
    REQUIRE(units.timer.apply(true, QTime(19, 0)).error.isEmpty());
    const qsizetype before = units.desktop.systemdCalls().size();

    const ui::SystemdTimer::Outcome off = units.timer.apply(false, QTime(19, 0));
    CHECK(off.changed);
    CHECK(off.error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(units.timer.timerPath()));
    CHECK_FALSE(QFileInfo::exists(units.timer.servicePath()));
    CHECK_FALSE(QFileInfo(units.enabledLink()).isSymLink());
    CHECK(units.desktop.systemdMethods().mid(before)
        == QStringList{QStringLiteral("StopUnit"), QStringLiteral("DisableUnitFiles"), QStringLiteral("Reload")});
    CHECK(units.desktop.systemdCalls()[before].arguments == QVariantList{kTimer, QStringLiteral("replace")});

    // Off and nothing there: nothing to ask.
    CHECK_FALSE(units.timer.apply(false, QTime(19, 0)).changed);
    CHECK(units.desktop.systemdCalls().size() == before + 3);
}

TEST_CASE("when systemd refuses the timer, no unit is left behind and the answer says why")
{
    Units units;
    units.desktop.refuseSystemd(QStringLiteral("EnableUnitFiles"), QStringLiteral("Access denied"));
    const ui::SystemdTimer::Outcome outcome = units.timer.apply(true, QTime(19, 0));
    CHECK(outcome.error.contains(QStringLiteral("Access denied")));
    CHECK_FALSE(QFileInfo::exists(units.timer.timerPath()));
    CHECK_FALSE(QFileInfo::exists(units.timer.servicePath()));
    CHECK_FALSE(QFileInfo(units.enabledLink()).isSymLink());
}

TEST_CASE("a timer the person masked is neither overwritten nor removed")
{
    Units units;
    // What `systemctl --user mask` leaves: a link to /dev/null in place of the unit.
    REQUIRE(QDir().mkpath(units.folder()));
    REQUIRE(QFile::link(QStringLiteral("/dev/null"), units.timer.timerPath()));
    const ui::SystemdTimer::Outcome on = units.timer.apply(true, QTime(19, 0));
    CHECK(on.error.contains(units.timer.timerPath()));
    CHECK(QFileInfo(units.timer.timerPath()).symLinkTarget() == QStringLiteral("/dev/null"));
    CHECK_FALSE(units.desktop.systemdMethods().contains(QStringLiteral("EnableUnitFiles")));

    units.timer.apply(false, QTime(19, 0));
    CHECK(QFileInfo(units.timer.timerPath()).symLinkTarget() == QStringLiteral("/dev/null"));
}

TEST_CASE("without systemd on the session bus the timer is not offered and nothing is written")
{
    QTemporaryDir home;
    ui::SystemdTimer timer(QDBusConnection::sessionBus(), home.filePath(QStringLiteral("systemd/user")),
        QStringLiteral(LEGEASE_BINARY));
    CHECK_FALSE(timer.isAvailable());
    ui::SystemdTimer noBus(QDBusConnection(QStringLiteral("never connected")), home.path(), QString());
    CHECK_FALSE(noBus.isAvailable());
    CHECK_FALSE(QFileInfo::exists(timer.timerPath()));
}

TEST_CASE("LegEase with systemd keeps the reminder as a timer, and Settings says it comes even when LegEase is closed")
{
    Units units;
    TempHome home;
    app::CommandLine options = home.options();
    options.contentFolders = {smallPack()};
    app::Surroundings around = home.surroundings();
    around.builtInContent = false;
    around.makeTray = [] { return std::make_unique<FakeTray>(true); };
    around.makeSystemTimer = [&units] {
        return std::make_unique<ui::SystemdTimer>(QDBusConnection::sessionBus(), units.folder(),
            QStringLiteral(LEGEASE_BINARY));
    };
    app::Startup startup(options, around);
    startup.settings().setSafetyAcknowledged(true);
    REQUIRE(startup.openWindow());
    startup.makeReminder();
    CHECK(startup.reminder()->way() == ui::ReminderWay::SystemTimer);
    CHECK_FALSE(QFileInfo::exists(units.timer.timerPath()));  // off until the person turns it on

    startup.settings().setReminderEnabled(true);
    startup.settings().setReminderTime(QTime(8, 45));
    Q_EMIT startup.window()->settingsChanged();  // what OK in Settings does
    CHECK(read(units.timer.timerPath()).contains(QStringLiteral("OnCalendar=*-*-* 08:45:00\n")));
    CHECK(units.desktop.systemdMethods().contains(QStringLiteral("EnableUnitFiles")));
    CHECK_FALSE(startup.reminder()->isActive());  // nothing of LegEase waits for the time
    CHECK(QApplication::quitOnLastWindowClosed());
    CHECK(startup.settings().reminderSetAt().isValid());

    startup.settings().setReminderEnabled(false);
    Q_EMIT startup.window()->settingsChanged();
    CHECK_FALSE(QFileInfo::exists(units.timer.timerPath()));
    CHECK_FALSE(QFileInfo::exists(units.timer.servicePath()));
    startup.window()->close();
}
