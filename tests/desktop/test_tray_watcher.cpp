#include "support/desktop_helpers.h"
#include "support/fake_desktop.h"
#include "support/string_makers.h"
#include "ui/reminder/system_tray.h"
#include "ui/reminder/tray_host_watcher.h"

#include <catch2/catch.hpp>

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QMenu>
#include <QSignalSpy>

using namespace legease;

TEST_CASE("a tray that appears after LegEase started is seen, and so is one that goes away")
{
    FakeDesktop desktop;
    ui::TrayHostWatcher hosts(QDBusConnection::sessionBus());
    QSignalSpy changed(&hosts, &ui::TrayHostWatcher::changed);
    CHECK_FALSE(hosts.hostPresent());

    desktop.startTrayWatcher();  // the panel starts, or the AppIndicator extension is turned on
    REQUIRE(eventually([&] { return hosts.hostPresent(); }));
    CHECK(changed.size() == 1);

    desktop.stopTrayWatcher();
    REQUIRE(eventually([&] { return !hosts.hostPresent(); }));
    CHECK(changed.size() == 2);
}

TEST_CASE("a watcher without a tray to show its icons is no tray")
{
    FakeDesktop desktop;
    desktop.startTrayWatcher(false);
    ui::TrayHostWatcher hosts(QDBusConnection::sessionBus());
    CHECK_FALSE(hosts.hostPresent());
}

// Needs a platform with Qt's D-Bus tray (not the offscreen one), so it is hidden from the usual
// run and has a ctest entry of its own on a virtual X display (tests/desktop/CMakeLists.txt).
TEST_CASE("once a tray appears, the reminder's icon is registered with it", "[.x11]")
{
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("xcb"));
    FakeDesktop desktop;
    ui::SystemTray tray(QDBusConnection::sessionBus());
    QSignalSpy availability(&tray, &ui::ReminderTray::availabilityChanged);
    // Xvfb has no XEmbed tray either: nothing is there yet, and Qt is not asked.
    CHECK_FALSE(tray.isAvailable());

    desktop.startTrayWatcher();
    REQUIRE(eventually([&] { return !availability.isEmpty(); }));
    // Qt is asked only now, so its one-time answer is that the D-Bus tray is there.
    REQUIRE(tray.isAvailable());
    QMenu menu;
    tray.show(&menu);
    CHECK(tray.isVisible());
    REQUIRE(eventually([&] { return !desktop.registeredTrayItems().isEmpty(); }));
    // The tray can read the icon where it was registered: the StatusNotifierItem of the reminder.
    QDBusMessage get = QDBusMessage::createMethodCall(desktop.registeredTrayItems().front(),
        QStringLiteral("/StatusNotifierItem"), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.kde.StatusNotifierItem") << QStringLiteral("ToolTip");
    QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(get);  // served on this thread
    REQUIRE(eventually([&] { return pending.isFinished(); }));
    INFO(pending.error().message().toStdString());
    REQUIRE_FALSE(pending.isError());
    // ToolTip is (icon name, icon pixmaps, title, text): the title is the icon's tooltip.
    const QDBusArgument toolTip = pending.reply().arguments().value(0).value<QDBusVariant>().variant().value<QDBusArgument>();
    QString iconName, title;
    toolTip.beginStructure();
    toolTip >> iconName;
    toolTip.beginArray();
    while (!toolTip.atEnd()) {
        toolTip.beginStructure();
        int width = 0, height = 0;
        QByteArray bytes;
        toolTip >> width >> height >> bytes;
        toolTip.endStructure();
    }
    toolTip.endArray();
    toolTip >> title;
    toolTip.endStructure();
    CHECK(title == QStringLiteral("LegEase: your daily reminder"));
}
