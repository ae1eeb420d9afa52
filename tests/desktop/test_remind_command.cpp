#include "app/remind_command.h"
#include "app/single_instance.h"
#include "app/startup.h"
#include "core/content/content_loader.h"
#include "core/settings/app_settings.h"
#include "support/desktop_helpers.h"
#include "support/fake_clock.h"
#include "support/fake_desktop.h"
#include "support/fake_reminder_outputs.h"
#include "support/string_makers.h"
#include "support/temp_home.h"
#include "support/test_paths.h"
#include "ui/desktop/desktop_notifications.h"
#include "ui/desktop/systemd_manager.h"
#include "ui/main_window.h"
#include "ui/session/session_intro_page.h"
#include "ui/session/session_view.h"
#include "ui/session/session_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace legease;

namespace {

constexpr int kNotifyArguments = 8;  // app name, replaces id, icon, summary, body, actions, hints, timeout

QVariantMap hintsOf(const FakeDesktop::Call& notify)
{
    return qdbus_cast<QVariantMap>(notify.arguments.value(6));
}

// The LegEase a reminder's Start is handed to: the app as it starts, on the built-in pack, owning
// the app id on the test's bus like the first `legease` does.
struct RunningLegEase {
    RunningLegEase()
    {
        app::Surroundings around = home.surroundings();
        around.makeNotifier = [] { return std::make_unique<FakeNotifier>(false); };
        around.makeSystemTimer = [] { return std::unique_ptr<ui::SystemdTimer>(); };
        startup = std::make_unique<app::Startup>(home.options(), around);
        startup->settings().setSafetyAcknowledged(true);
        // What main() does for a plain `legease`: take the name, open the window, serve.
        REQUIRE_FALSE(instance.handOver().has_value());
        REQUIRE(startup->openWindow());
        instance.serve(*startup);
    }
    ~RunningLegEase()
    {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (qobject_cast<ui::SessionWindow*>(top))
                delete top;
    }

    QList<ui::SessionWindow*> sessionWindows() const
    {
        QList<ui::SessionWindow*> found;
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<ui::SessionWindow*>(top))
                found << window;
        return found;
    }

    TempHome home;
    std::unique_ptr<app::Startup> startup;
    app::SingleInstance instance{app::CommandLine{}};
};

// `legease --remind` as the timer or a person runs it, the last session's routine (of the built-in
// pack) being `lastRoutine` ("" for none yet).
struct Remind {
    explicit Remind(const QString& lastRoutine)
    {
        QSettings settings(process.settingsPath(), QSettings::NativeFormat);
        settings.setValue(QStringLiteral("session/lastRoutine"), lastRoutine);
    }
    void start() { process.start({QStringLiteral("--remind")}); }

    LegEaseProcess process;
};

// In-process, for what needs the clock or the time limit in hand.
struct RemindHere {
    explicit RemindHere(std::chrono::milliseconds wait = std::chrono::minutes(5))
    {
        settings.setLastRoutine(QStringLiteral("calf-calm"));
        around.settings = &settings;
        around.library = &content.library;
        around.clock = &clock;
        around.zone = QTimeZone::utc();
        around.answerWait = wait;
        around.program = QStringLiteral(LEGEASE_BINARY);
    }
    std::unique_ptr<app::RemindCommand> make()
    {
        auto command = std::make_unique<app::RemindCommand>(QDBusConnection::sessionBus(), around);
        finished = std::make_unique<QSignalSpy>(command.get(), &app::RemindCommand::finished);
        return command;
    }
    int status() const { return finished->front().front().toInt(); }

    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat};
    core::AppSettings settings{store};
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    FakeClock clock;
    app::RemindSurroundings around;
    std::unique_ptr<QSignalSpy> finished;
};

}  // namespace

TEST_CASE("legease --remind shows the reminder with the app's icon and both actions, and Not today ends it")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    QTemporaryDir units;
    desktop.startSystemd(units.path());
    Remind remind(QStringLiteral("swollen-ankles"));
    remind.start();
    REQUIRE(eventually([&] { return desktop.notifyCalls().size() == 1; }));
    const QVariantList notify = desktop.notifyCalls().front().arguments;
    REQUIRE(notify.size() == kNotifyArguments);
    CHECK(notify[0].toString() == QStringLiteral("LegEase"));
    CHECK(notify[2].toString() == QStringLiteral("io.github.legease.LegEase"));  // the installed icon's name
    CHECK(notify[3].toString() == QStringLiteral("Time for your legs"));
    CHECK(notify[4].toString() == QStringLiteral("“Soothing swollen ankles” is ready when you are."));
    const QString start = QStringLiteral("Start “Soothing swollen ankles”");
    // Two buttons, no "default": xfce4-notifyd would show that as a second Start button.
    CHECK(notify[5].toStringList()
        == QStringList{QStringLiteral("start"), start, QStringLiteral("not-today"), QStringLiteral("Not today")});
    CHECK(hintsOf(desktop.notifyCalls().front()).value(QStringLiteral("desktop-entry")).toString()
        == QStringLiteral("io.github.legease.LegEase"));
    // On screen until answered, for five minutes at most: many servers would drop it in seconds.
    CHECK(notify[7].toInt() == 5 * 60 * 1000);
    CHECK(remind.process.running());  // waiting for the answer

    desktop.answer(1, QStringLiteral("not-today"));
    REQUIRE(remind.process.ended());
    CHECK(remind.process.exitCode() == 0);
    CHECK(remind.process.errorOutput().contains(QStringLiteral("not today")));
    CHECK(desktop.systemdCalls().isEmpty());  // nothing started
}

TEST_CASE("Start hands the routine to the LegEase that runs, which opens it ready to start and comes forward")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    RunningLegEase running;
    Remind remind(QStringLiteral("swollen-ankles"));
    remind.start();
    REQUIRE(eventually([&] { return desktop.notifyCalls().size() == 1; }));

    desktop.answer(1, QStringLiteral("start"), QStringLiteral("token-of-the-click"));
    REQUIRE(eventually([&] { return running.sessionWindows().size() == 1; }));
    ui::SessionView* view = running.sessionWindows().front()->view();
    CHECK(view->engine().routine().id == QStringLiteral("swollen-ankles"));
    CHECK(view->currentPage() == view->introPage());  // its cautions and Start, waiting
    // The notification's token reached the window that opened (Qt's Wayland plugin reads it
    // there; off screen nothing uses it up).
    CHECK(qEnvironmentVariable("XDG_ACTIVATION_TOKEN") == QStringLiteral("token-of-the-click"));
    qunsetenv("XDG_ACTIVATION_TOKEN");
    REQUIRE(remind.process.ended());
    CHECK(remind.process.exitCode() == 0);
    CHECK(remind.process.errorOutput().contains(QStringLiteral("the running LegEase opens swollen-ankles")));
}

TEST_CASE("Start with no LegEase running starts one in a systemd unit of its own, with the routine and the token")
{
    ui::SystemdManager::registerTypes();
    FakeDesktop desktop;
    desktop.startNotifications();
    QTemporaryDir units;
    desktop.startSystemd(units.path());
    Remind remind(QStringLiteral("swollen-ankles"));
    remind.start();
    REQUIRE(eventually([&] { return desktop.notifyCalls().size() == 1; }));
    desktop.answer(1, QStringLiteral("start"), QStringLiteral("token-of-the-click"));
    REQUIRE(remind.process.ended());
    CHECK(remind.process.exitCode() == 0);

    REQUIRE(desktop.systemdMethods() == QStringList{QStringLiteral("StartTransientUnit")});
    const QVariantList call = desktop.systemdCalls().front().arguments;
    const QString unit = call.value(0).toString();
    CHECK(unit.startsWith(QStringLiteral("app-io.github.legease.LegEase@")));
    CHECK(unit.endsWith(QStringLiteral(".service")));
    CHECK(call.value(1).toString() == QStringLiteral("fail"));
    std::map<QString, QVariant> properties;
    for (const ui::SystemdProperty& property : qdbus_cast<QList<ui::SystemdProperty>>(call.value(2)))
        properties[property.name] = property.value.variant();
    const auto exec = qdbus_cast<QList<ui::SystemdExecCommand>>(properties[QStringLiteral("ExecStart")]);
    REQUIRE(exec.size() == 1);
    CHECK(exec.front().path == QStringLiteral(LEGEASE_BINARY));
    CHECK(exec.front().argv
        == QStringList{QStringLiteral(LEGEASE_BINARY), QStringLiteral("--routine"), QStringLiteral("swollen-ankles")});
    CHECK(properties[QStringLiteral("Environment")].toStringList().contains(
        QStringLiteral("XDG_ACTIVATION_TOKEN=token-of-the-click")));
    CHECK(properties[QStringLiteral("CollectMode")].toString() == QStringLiteral("inactive-or-failed"));
}

TEST_CASE("before any session the reminder offers the Routines page, and Start opens LegEase there")
{
    ui::SystemdManager::registerTypes();
    FakeDesktop desktop;
    desktop.startNotifications();
    QTemporaryDir units;
    desktop.startSystemd(units.path());
    Remind remind{QString()};
    remind.start();
    REQUIRE(eventually([&] { return desktop.notifyCalls().size() == 1; }));
    const QVariantList notify = desktop.notifyCalls().front().arguments;
    CHECK(notify[4].toString() == QStringLiteral("A few calm minutes for your legs, whenever you are ready."));
    CHECK(notify[5].toStringList().contains(QStringLiteral("Choose a routine")));
    desktop.answer(1, QStringLiteral("start"));
    REQUIRE(remind.process.ended());
    CHECK(remind.process.exitCode() == 0);
    REQUIRE(desktop.systemdCalls().size() == 1);
    std::map<QString, QVariant> properties;
    for (const ui::SystemdProperty& property :
        qdbus_cast<QList<ui::SystemdProperty>>(desktop.systemdCalls().front().arguments.value(2)))
        properties[property.name] = property.value.variant();
    const auto exec = qdbus_cast<QList<ui::SystemdExecCommand>>(properties[QStringLiteral("ExecStart")]);
    REQUIRE(exec.size() == 1);
    CHECK(exec.front().argv.mid(1) == QStringList{QStringLiteral("--page"), QStringLiteral("routines")});
}

TEST_CASE("a reminder closed without an answer ends legease --remind with 0")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    Remind remind(QStringLiteral("swollen-ankles"));
    remind.start();
    REQUIRE(eventually([&] { return desktop.notifyCalls().size() == 1; }));
    desktop.dismiss(1);
    REQUIRE(remind.process.ended());
    CHECK(remind.process.exitCode() == 0);
    CHECK(remind.process.errorOutput().contains(QStringLiteral("closed")));
}

TEST_CASE("no answer in time: the reminder is taken back and --remind ends with 0")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    RemindHere here(std::chrono::milliseconds(0));  // the time limit, without waiting minutes for it
    const auto command = here.make();
    command->start();
    REQUIRE(desktop.notifyCalls().size() == 1);  // shown at once
    REQUIRE(eventually([&] { return !here.finished->isEmpty(); }));
    CHECK(here.status() == 0);
    CHECK(desktop.closeCalls() == QList<uint>{1});  // no button left that nobody listens to
    CHECK(command->outcome().contains(QStringLiteral("no answer in time")));
}

TEST_CASE("a reminder that comes before the notification server waits for it")
{
    FakeDesktop desktop;
    RemindHere here;
    const auto command = here.make();
    command->start();
    QCoreApplication::processEvents();
    CHECK(here.finished->isEmpty());
    CHECK(desktop.notifyCalls().isEmpty());
    desktop.startNotifications();  // the desktop has finished starting
    REQUIRE(eventually([&] { return desktop.notifyCalls().size() == 1; }));
    CHECK(here.finished->isEmpty());

}

TEST_CASE("with no notification server at all, --remind gives up after its time limit with 1")
{
    FakeDesktop desktop;  // a session bus, but nobody to show notifications
    RemindHere never(std::chrono::milliseconds(0));
    const auto alone = never.make();
    alone->start();
    REQUIRE(eventually([&] { return !never.finished->isEmpty(); }));
    CHECK(never.status() == 1);
    CHECK(alone->outcome().contains(QStringLiteral("no notification server")));
}

TEST_CASE("started by the timer, the reminder shows only when it is on and due, and once")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    RemindHere here(std::chrono::milliseconds(0));
    here.around.startedByTimer = true;
    here.around.zone = QTimeZone::utc();
    here.clock.setWall(QDateTime(QDate(2026, 6, 10), QTime(19, 5), QTimeZone::utc()).toMSecsSinceEpoch());
    here.settings.setReminderTime(QTime(19, 0));

    const auto off = here.make();
    off->start();  // the reminder is off in the settings: a stale timer shows nothing
    REQUIRE(here.finished->size() == 1);
    CHECK(here.status() == 0);
    CHECK(off->outcome().contains(QStringLiteral("off")));
    CHECK(desktop.notifyCalls().isEmpty());

    here.settings.setReminderEnabled(true);
    const auto due = here.make();
    due->start();
    CHECK(desktop.notifyCalls().size() == 1);
    CHECK(here.settings.reminderLastShown()
        == QDateTime(QDate(2026, 6, 10), QTime(19, 5), QTimeZone::utc()));  // so a second run shows nothing
    REQUIRE(eventually([&] { return !here.finished->isEmpty(); }));

    const auto again = here.make();
    again->start();
    REQUIRE(here.finished->size() == 1);
    CHECK(again->outcome().contains(QStringLiteral("already shown")));
    CHECK(desktop.notifyCalls().size() == 1);
}

TEST_CASE("started by the timer as a real process, a reminder already shown today stays quiet")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    Remind remind(QStringLiteral("swollen-ankles"));
    {
        QSettings settings(remind.process.settingsPath(), QSettings::NativeFormat);
        settings.setValue(QStringLiteral("reminder/enabled"), true);
        settings.setValue(QStringLiteral("reminder/time"), QStringLiteral("00:00"));  // always past
        settings.setValue(QStringLiteral("reminder/lastShown"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    remind.process.setVariable(QStringLiteral("LEGEASE_REMINDER"), QStringLiteral("timer"));
    remind.start();
    REQUIRE(remind.process.ended());
    CHECK(remind.process.exitCode() == 0);
    const QString said = remind.process.errorOutput();
    CHECK((said.contains(QStringLiteral("already shown")) || said.contains(QStringLiteral("more than two hours late"))));
    CHECK(desktop.notifyCalls().isEmpty());
}

TEST_CASE("a notification server without buttons shows the reminder, and --remind ends at once")
{
    FakeDesktop desktop;
    desktop.startNotifications({QStringLiteral("body")});
    RemindHere here;
    const auto command = here.make();
    command->start();
    CHECK(desktop.notifyCalls().size() == 1);
    REQUIRE(here.finished->size() == 1);
    CHECK(here.status() == 0);
}

TEST_CASE("text a markup-reading server would take for tags is escaped, and left alone for one that does not")
{
    FakeDesktop desktop;
    desktop.startNotifications();
    ui::DesktopNotifications notifications(QDBusConnection::sessionBus());
    ui::Notification notification;
    notification.summary = QStringLiteral("Time for your legs");
    notification.body = QStringLiteral("“Knees & <ankles>” is ready");
    QString error;
    CHECK(notifications.notify(notification, &error) == 1);
    CHECK(error.isEmpty());
    CHECK(desktop.notifyCalls().back().arguments.value(4).toString()
        == QStringLiteral("“Knees &amp; &lt;ankles&gt;” is ready"));

    desktop.stopNotifications();
    desktop.startNotifications({QStringLiteral("actions")});  // another server, which reads no markup
    ui::DesktopNotifications plain(QDBusConnection::sessionBus());
    CHECK(plain.notify(notification) != 0);
    CHECK(desktop.notifyCalls().back().arguments.value(4).toString() == notification.body);
}
