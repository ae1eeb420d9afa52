#pragma once

#include "ui/reminder/reminder_tray.h"
#include "ui/reminder/tray_host_watcher.h"

class QSystemTrayIcon;

namespace legease::ui {

// The desktop's own tray through QSystemTrayIcon. The icon is made on the first show(), so a
// person who never turns the reminder on never pays for it.
//
// A tray that appears after LegEase started is seen: the StatusNotifierItem watcher is watched on
// the session bus (TrayHostWatcher). Qt 6.4 decides once per run, the first time anything asks
// QSystemTrayIcon whether there is a tray, whether to use that D-Bus tray, and sticks with it; so
// Qt is never asked before a tray is known to be there: the D-Bus one, or on X11 an older XEmbed
// one (xembedTrayPresent()), which Qt looks for afresh each time. Nothing else in LegEase may ask
// QSystemTrayIcon::isSystemTrayAvailable().
class SystemTray final : public ReminderTray {
    Q_OBJECT

public:
    explicit SystemTray(QDBusConnection bus, QObject* parent = nullptr);

    bool isAvailable() const override;
    void show(QMenu* menu) override;
    void hide() override;
    bool isVisible() const override;
    void notify(const QString& title, const QString& message) override;

private:
    TrayHostWatcher m_hosts;
    QSystemTrayIcon* m_icon = nullptr;
};

}  // namespace legease::ui
