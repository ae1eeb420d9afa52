#include "app/startup.h"
#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "support/fake_reminder_outputs.h"
#include "support/fake_tray.h"
#include "support/string_makers.h"
#include "support/temp_home.h"
#include "support/test_paths.h"
#include "ui/desktop/window_activation.h"
#include "ui/main_window.h"
#include "ui/reminder/daily_reminder.h"
#include "ui/session/session_intro_page.h"
#include "ui/session/session_launcher.h"
#include "ui/session/session_window.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace legease;

namespace {

constexpr qint64 kMinute = 60 * 1000;

qint64 utcToday(int hour, int minute)
{
    return QDateTime(QDate(2026, 6, 10), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// The app as it starts (app::Startup), on the small pack, with a fake tray, notification server,
// systemd (missing unless a test wants it) and clock; the reminder works in UTC here.
struct App {
    explicit App(bool trayAvailable = true, bool systemd = false, bool notificationServer = true)
        : tray(new FakeTray(trayAvailable))
        , notifier(new FakeNotifier(notificationServer))
        , systemTimer(new FakeSystemTimer(systemd))
        , startup(options(), surroundings())
    {
    }
    ~App()
    {
        // A notification's activation token is left for the next window to present; only Qt's
        // Wayland plugin takes it from there. Left set, it would make a later test's main window
        // take the focus at its first paint (Startup::openWindow).
        qunsetenv(ui::kActivationTokenVariable);
        for (QWidget* top : QApplication::topLevelWidgets())
            if (qobject_cast<ui::SessionWindow*>(top))
                delete top;
        QApplication::setQuitOnLastWindowClosed(true);
    }

    app::CommandLine options() const
    {
        app::CommandLine options = home.options();
        options.contentFolders = {smallPack()};
        return options;
    }
    app::Surroundings surroundings()
    {
        app::Surroundings around = home.surroundings();
        around.builtInContent = false;
        around.makeTray = [this] { return std::unique_ptr<ui::ReminderTray>(tray); };
        around.makeNotifier = [this] { return std::unique_ptr<ui::ReminderNotifier>(notifier); };
        around.makeSystemTimer = [this] { return std::unique_ptr<ui::SystemdTimer>(systemTimer); };
        around.timeZone = QTimeZone::utc();
        return around;
    }

    bool openWindow()
    {
        startup.settings().setSafetyAcknowledged(true);
        home.clock.setWall(utcToday(18, 58));
        startup.openWindow();
        startup.makeReminder();  // openWindow() leaves it until the first paint
        return startup.reminder() != nullptr;
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
    FakeTray* tray;  // owned by the reminder, as are these two
    FakeNotifier* notifier;
    FakeSystemTimer* systemTimer;
    app::Startup startup;
    bool started = openWindow();  // before the references below, which point into the window
    core::AppSettings& settings = startup.settings();
    core::HistoryStore& history = startup.history();
    const core::LoadedContent& content = startup.content();
    ui::MainWindow& window = *startup.window();
    ui::DailyReminder& reminder = *startup.reminder();
};

}  // namespace

TEST_CASE("while the reminder is off there is no tray icon, no timer, and closing the window quits")
{
    App app;
    app.reminder.apply();
    CHECK_FALSE(app.reminder.isActive());
    CHECK(app.tray->shown == 0);
    CHECK(app.reminder.menu() == nullptr);  // nothing built for a reminder nobody asked for
    CHECK_FALSE(app.reminder.timer().isActive());
    CHECK(QApplication::quitOnLastWindowClosed());
    CHECK(app.reminder.way() == ui::ReminderWay::Tray);  // what Settings will say it would be
}

TEST_CASE("without a tray or systemd the reminder comes while LegEase is open, and closing the window quits")
{
    App app(false);
    CHECK(app.reminder.way() == ui::ReminderWay::WhileOpen);
    app.settings.setReminderEnabled(true);
    app.settings.setReminderTime(QTime(19, 0));
    app.reminder.apply();
    CHECK(app.reminder.isActive());
    CHECK(app.tray->shown == 0);
    CHECK(app.reminder.timer().isActive());
    CHECK(QApplication::quitOnLastWindowClosed());  // no icon to come back through

    app.home.clock.advance(2 * kMinute);
    app.reminder.check();
    REQUIRE(app.notifier->notices.size() == 1);
    CHECK(app.notifier->notices.front().title == QStringLiteral("Time for your legs"));
    CHECK(app.tray->messages.isEmpty());
}

TEST_CASE("with a tray the icon shows, the notification comes at the chosen time, and turning it off undoes it all")
{
    App app;
    app.settings.setReminderEnabled(true);
    app.settings.setReminderTime(QTime(19, 0));
    app.settings.setLastRoutine(QStringLiteral("calf-calm"));
    app.reminder.apply();
    REQUIRE(app.reminder.isActive());
    CHECK(app.tray->isVisible());
    CHECK(app.tray->menu() == app.reminder.menu());
    CHECK_FALSE(QApplication::quitOnLastWindowClosed());  // the window may close; LegEase stays in the tray
    // Due in two minutes, yet the wall clock is looked at again within one.
    CHECK(app.reminder.timer().isActive());
    CHECK(app.reminder.timer().interval() == kMinute);

    app.home.clock.advance(kMinute + 30'000);
    app.reminder.check();
    CHECK(app.notifier->notices.isEmpty());
    CHECK(app.reminder.timer().interval() == 30'000);  // wakes up right at the time
    app.home.clock.advance(30'000);
    app.reminder.check();
    REQUIRE(app.notifier->notices.size() == 1);
    const ui::ReminderNotice& notice = app.notifier->notices.front();
    CHECK(notice.title == QStringLiteral("Time for your legs"));
    CHECK(notice.body == QStringLiteral("“Calm calves” is ready when you are."));
    CHECK(notice.startLabel == QStringLiteral("Start “Calm calves”"));
    CHECK(notice.declineLabel == QStringLiteral("Not today"));
    CHECK(app.tray->messages.isEmpty());  // the desktop's notification, with its buttons, not a balloon
    app.home.clock.advance(kMinute);
    app.reminder.check();
    CHECK(app.notifier->notices.size() == 1);  // once a day
    CHECK(app.reminder.timer().interval() == kMinute);

    app.settings.setReminderEnabled(false);
    app.reminder.apply();
    CHECK_FALSE(app.reminder.isActive());
    CHECK_FALSE(app.tray->isVisible());
    CHECK_FALSE(app.reminder.timer().isActive());
    CHECK(QApplication::quitOnLastWindowClosed());
}

TEST_CASE("without a notification server the tray's own balloon brings the reminder")
{
    App app(true, false, false);
    app.settings.setReminderEnabled(true);
    app.settings.setLastRoutine(QStringLiteral("calf-calm"));
    app.reminder.apply();
    app.home.clock.advance(2 * kMinute);
    app.reminder.check();
    REQUIRE(app.tray->messages.size() == 1);
    CHECK(app.tray->titles.front() == QStringLiteral("Time for your legs"));
    CHECK(app.tray->messages.front().contains(QStringLiteral("Calm calves")));
}

TEST_CASE("Start in the notification opens the last routine's session, ready to start, and Not today does nothing")
{
    App app;
    app.settings.setReminderEnabled(true);
    app.settings.setLastRoutine(QStringLiteral("calf-calm"));
    app.reminder.apply();
    CHECK(app.reminder.startAction()->text() == QStringLiteral("&Start “Calm calves”"));

    app.notifier->notToday();
    CHECK(app.sessionWindows().isEmpty());

    app.notifier->start(QStringLiteral("token-from-the-notification"));
    CHECK(qEnvironmentVariable(ui::kActivationTokenVariable) == QStringLiteral("token-from-the-notification"));
    const QList<ui::SessionWindow*> windows = app.sessionWindows();
    REQUIRE(windows.size() == 1);
    ui::SessionView* view = windows.front()->view();
    CHECK(view->engine().routine().id == QStringLiteral("calf-calm"));
    CHECK(view->currentPage() == view->introPage());  // the cautions and Start, not running yet
    CHECK(view->engine().state() == core::SessionState::Idle);
    CHECK_FALSE(app.history.isOpen());

    // The menu item and a tray balloon take the same way.
    app.reminder.startAction()->trigger();
    CHECK(app.sessionWindows().size() == 2);
    app.tray->clickMessage();
    CHECK(app.sessionWindows().size() == 3);
}

TEST_CASE("before any session the reminder leads to the Routines page")
{
    App app;
    app.settings.setReminderEnabled(true);
    app.settings.setLastRoutine(QStringLiteral("sole-warm"));
    app.reminder.apply();
    // A routine whose pack is gone counts as none.
    app.settings.setLastRoutine(QStringLiteral("no-longer-here"));
    app.reminder.menu()->aboutToShow();
    CHECK(app.reminder.startAction()->text() == QStringLiteral("&Choose a routine"));

    app.home.clock.advance(2 * kMinute);
    app.reminder.check();
    REQUIRE(app.notifier->notices.size() == 1);
    CHECK(app.notifier->notices.front().body == QStringLiteral("A few calm minutes for your legs, whenever you are ready."));
    CHECK(app.notifier->notices.front().startLabel == QStringLiteral("Choose a routine"));

    app.notifier->start();
    CHECK(app.sessionWindows().isEmpty());
    CHECK(app.window.currentPage() == ui::MainWindow::Page::Routines);
    CHECK(app.window.isVisible());
    app.window.close();
}

TEST_CASE("a tray that appears after start-up is taken up at once, and one that goes away is let go")
{
    App app(false);
    app.settings.setReminderEnabled(true);
    app.reminder.apply();
    CHECK(app.tray->shown == 0);
    CHECK(QApplication::quitOnLastWindowClosed());

    app.tray->setAvailable(true);  // the panel started, or the tray extension was turned on
    CHECK(app.reminder.way() == ui::ReminderWay::Tray);
    CHECK(app.tray->isVisible());
    CHECK(app.tray->menu() == app.reminder.menu());
    CHECK_FALSE(QApplication::quitOnLastWindowClosed());

    app.tray->setAvailable(false);
    CHECK(app.reminder.way() == ui::ReminderWay::WhileOpen);
    CHECK_FALSE(app.tray->isVisible());
    CHECK(app.reminder.isActive());  // still reminds while the window is open
    CHECK(QApplication::quitOnLastWindowClosed());
}

TEST_CASE("with the person's systemd the reminder is its timer: no icon, no timer of LegEase's own, and closing quits")
{
    App app(true, true);
    CHECK(app.reminder.way() == ui::ReminderWay::SystemTimer);
    app.settings.setReminderEnabled(true);
    app.settings.setReminderTime(QTime(19, 0));
    app.reminder.apply();
    REQUIRE_FALSE(app.systemTimer->applied.isEmpty());
    CHECK(app.systemTimer->applied.back() == std::pair(true, QTime(19, 0)));
    CHECK_FALSE(app.reminder.isActive());
    CHECK_FALSE(app.reminder.timer().isActive());
    CHECK(app.tray->shown == 0);
    CHECK(QApplication::quitOnLastWindowClosed());
    // When the timer was set up, so that `legease --remind` never reminds for a time already past.
    CHECK(app.settings.reminderSetAt() == QDateTime::fromMSecsSinceEpoch(app.home.clock.wallMs(), QTimeZone::utc()));

    app.home.clock.advance(kMinute);
    app.settings.setReminderTime(QTime(7, 30));
    app.reminder.apply();
    CHECK(app.systemTimer->applied.back() == std::pair(true, QTime(7, 30)));
    CHECK(app.settings.reminderSetAt() == QDateTime::fromMSecsSinceEpoch(app.home.clock.wallMs(), QTimeZone::utc()));

    const QDateTime setAt = app.settings.reminderSetAt();
    app.home.clock.advance(kMinute);
    app.settings.setReminderEnabled(false);
    app.reminder.apply();
    CHECK(app.systemTimer->applied.back().first == false);
    CHECK(app.settings.reminderSetAt() == setAt);
    CHECK(app.notifier->notices.isEmpty());  // the timer's `legease --remind` shows it, not LegEase
}

TEST_CASE("when systemd refuses the timer, LegEase says why and reminds by itself")
{
    App app(true, true);
    app.systemTimer->refusal = QStringLiteral("systemd: Access denied");
    QSignalSpy problems(&app.reminder, &ui::DailyReminder::problem);
    app.settings.setReminderEnabled(true);
    app.reminder.apply();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().front().toString().contains(QStringLiteral("Access denied")));
    CHECK(app.reminder.way() == ui::ReminderWay::Tray);
    CHECK(app.reminder.isActive());
    CHECK(app.tray->isVisible());
    app.reminder.apply();
    CHECK(problems.size() == 1);  // said once; systemd is asked again at the next start
}

TEST_CASE("the main window says once when it is first on screen, which is when start-up makes the reminder")
{
    App app;
    ui::MainWindow window(app.content, app.settings, app.history);
    QSignalSpy painted(&window, &ui::MainWindow::firstPainted);
    QApplication::processEvents();
    CHECK(painted.isEmpty());  // not before it is shown
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(painted.size(), 1, 2000);
    window.repaint();
    QApplication::processEvents();
    CHECK(painted.size() == 1);
}
