#pragma once

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QObject>

namespace legease::ui {

// Whether a system tray of today's kind (StatusNotifierItem: Plasma, the panels of Xfce, MATE,
// Cinnamon and LXQt, waybar, GNOME with the AppIndicator extension) is there, and when one comes
// or goes: the tray's watcher service, org.kde.StatusNotifierWatcher, is watched on the session bus,
// so a tray that starts after LegEase (a panel restarting, an extension turned on) is seen.
class TrayHostWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kService = "org.kde.StatusNotifierWatcher";

    explicit TrayHostWatcher(QDBusConnection bus, QObject* parent = nullptr);

    // The watcher is there and says a tray (a "host") shows the icons registered with it.
    bool hostPresent() const { return m_present; }

Q_SIGNALS:
    void changed(bool present);

private Q_SLOTS:
    void recheck();

private:
    QDBusConnection m_bus;
    QDBusServiceWatcher m_watcher;
    bool m_present = false;
};

}  // namespace legease::ui
