#include "app/single_instance.h"
#include "app/startup.h"
#include "support/desktop_helpers.h"
#include "support/fake_reminder_outputs.h"
#include "support/string_makers.h"
#include "support/temp_home.h"
#include "support/test_paths.h"
#include "ui/benefits/benefits_view.h"
#include "ui/desktop/app_instance.h"
#include "ui/desktop/desktop_names.h"
#include "ui/main_window.h"
#include "ui/session/session_intro_page.h"
#include "ui/session/session_view.h"
#include "ui/session/session_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

using namespace legease;

namespace {

// The first LegEase, here in the test, on the small pack, as main() makes it for a plain `legease`.
struct FirstLegEase {
    FirstLegEase()
    {
        app::CommandLine options = home.options();
        options.contentFolders = {smallPack()};
        app::Surroundings around = home.surroundings();
        around.builtInContent = false;
        around.makeNotifier = [] { return std::make_unique<FakeNotifier>(false); };
        around.makeSystemTimer = [] { return std::unique_ptr<ui::SystemdTimer>(); };
        startup = std::make_unique<app::Startup>(options, around);
        startup->settings().setSafetyAcknowledged(true);
        REQUIRE_FALSE(instance.handOver().has_value());  // nobody else: this one is LegEase
        REQUIRE(startup->openWindow());
        instance.serve(*startup);
    }
    ~FirstLegEase()
    {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (qobject_cast<ui::SessionWindow*>(top))
                delete top;
        qunsetenv("XDG_ACTIVATION_TOKEN");
    }

    QList<ui::SessionWindow*> sessionWindows() const
    {
        QList<ui::SessionWindow*> found;
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<ui::SessionWindow*>(top))
                found << window;
        return found;
    }
    ui::MainWindow& window() { return *startup->window(); }

    TempHome home;
    std::unique_ptr<app::Startup> startup;
    app::SingleInstance instance{app::CommandLine{}};
};

bool nameOwned()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(ui::appId()).value();
}

}  // namespace

TEST_CASE("a second legease hands its routine to the first, which opens it ready to start, and exits at once")
{
    FirstLegEase first;
    CHECK(nameOwned());
    LegEaseProcess second;
    second.setVariable(QStringLiteral("XDG_ACTIVATION_TOKEN"), QStringLiteral("token-of-the-launcher"));
    second.start({QStringLiteral("--routine"), QStringLiteral("calf-calm")});
    REQUIRE(second.ended());
    CHECK(second.exitCode() == 0);
    REQUIRE(eventually([&] { return first.sessionWindows().size() == 1; }));
    ui::SessionView* view = first.sessionWindows().front()->view();
    CHECK(view->engine().routine().id == QStringLiteral("calf-calm"));
    CHECK(view->currentPage() == view->introPage());
    // The launcher's token went along, for the window that came forward.
    CHECK(qEnvironmentVariable("XDG_ACTIVATION_TOKEN") == QStringLiteral("token-of-the-launcher"));
}

TEST_CASE("a plain second legease brings the first back to the front, even from the tray")
{
    FirstLegEase first;
    first.window().hide();  // as when it waits in the tray with its window closed
    LegEaseProcess second;
    second.start({});
    REQUIRE(second.ended());
    CHECK(second.exitCode() == 0);
    REQUIRE(eventually([&] { return first.window().isVisible(); }));
    CHECK(first.sessionWindows().isEmpty());
}

TEST_CASE("a page and an article are handed over too")
{
    FirstLegEase first;
    LegEaseProcess routines;
    routines.start({QStringLiteral("--page"), QStringLiteral("routines")});
    REQUIRE(routines.ended());
    CHECK(routines.exitCode() == 0);
    REQUIRE(eventually([&] { return first.window().currentPage() == ui::MainWindow::Page::Routines; }));

    LegEaseProcess article;
    article.start({QStringLiteral("--benefit"), QStringLiteral("1")});
    REQUIRE(article.ended());
    CHECK(article.exitCode() == 0);
    CHECK(first.window().currentPage() == ui::MainWindow::Page::Benefits);
}

TEST_CASE("what the first LegEase cannot do is refused with its reason, and the second exits 2")
{
    FirstLegEase first;
    LegEaseProcess second;
    second.start({QStringLiteral("--routine"), QStringLiteral("not-in-any-pack")});
    REQUIRE(second.ended());
    CHECK(second.exitCode() == 2);
    CHECK(second.errorOutput().contains(QStringLiteral("there is no routine \"not-in-any-pack\"")));
    CHECK(first.sessionWindows().isEmpty());

    // An action LegEase does not know, as any D-Bus client might send it.
    QDBusMessage call = QDBusMessage::createMethodCall(ui::appId(), ui::instanceObjectPath(),
        QStringLiteral("org.freedesktop.Application"), QStringLiteral("ActivateAction"));
    call << QStringLiteral("dance") << QVariantList() << QVariantMap();
    QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(call);
    REQUIRE(eventually([&] { return pending.isFinished(); }));
    CHECK(pending.isError());
    CHECK(pending.error().message().contains(QStringLiteral("no action \"dance\"")));
}

TEST_CASE("a run with options that change how LegEase starts is a LegEase of its own")
{
    FirstLegEase first;
    for (const QStringList& own : {QStringList{QStringLiteral("--history"), QStringLiteral("/tmp/h.sqlite")},
             QStringList{QStringLiteral("--content"), smallPack()}, QStringList{QStringLiteral("--language"), QStringLiteral("de")},
             QStringList{QStringLiteral("--theme"), QStringLiteral("dark")}, QStringList{QStringLiteral("--reset-first-run")}}) {
        const app::ParsedCommandLine parsed = app::parseCommandLine(QStringList{QStringLiteral("legease")} + own);
        REQUIRE(parsed.error.isEmpty());
        INFO(own.join(QLatin1Char(' ')).toStdString());
        CHECK_FALSE(app::SingleInstance::takesPart(parsed.options));
        app::SingleInstance other(parsed.options);
        CHECK_FALSE(other.handOver().has_value());  // neither hands over nor takes the name
    }
    CHECK(app::SingleInstance::takesPart(app::parseCommandLine({QStringLiteral("legease"), QStringLiteral("--routine"),
        QStringLiteral("calf-calm")}).options));
    CHECK(nameOwned());
}

TEST_CASE("two real legease processes: the second hands over and exits, the first goes on until asked to quit")
{
    LegEaseProcess first;
    {
        QSettings settings(first.settingsPath(), QSettings::NativeFormat);
        settings.setValue(QStringLiteral("safety/acknowledged"), true);
    }
    first.start({});
    REQUIRE(eventually(nameOwned, 20'000));

    LegEaseProcess second;
    second.start({QStringLiteral("--page"), QStringLiteral("history")});
    REQUIRE(second.ended());
    CHECK(second.exitCode() == 0);
    CHECK(first.running());

    // The same request as `gdbus call ... org.freedesktop.Application.ActivateAction quit [] {}`.
    QDBusMessage quit = QDBusMessage::createMethodCall(ui::appId(), ui::instanceObjectPath(),
        QStringLiteral("org.freedesktop.Application"), QStringLiteral("ActivateAction"));
    quit << QStringLiteral("quit") << QVariantList() << QVariantMap();
    QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(quit);
    REQUIRE(first.ended());
    CHECK(first.exitCode() == 0);
    CHECK(pending.isFinished());
    CHECK_FALSE(nameOwned());
}
