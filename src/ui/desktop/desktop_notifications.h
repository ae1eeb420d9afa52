#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>
#include <vector>

namespace legease::ui {

// One notification as org.freedesktop.Notifications takes it (Desktop Notifications 1.2).
struct Notification {
    QString appName;
    QString appIcon;  // an icon name from the theme
    QString summary;
    QString body;  // plain text; escaped on the way when the server reads markup
    std::vector<std::pair<QString, QString>> actions;  // key and label; "default" is a click on it
    QVariantMap hints;
    int expireMs = -1;  // -1: as long as the server usually shows one
};

// The desktop's notification server (GNOME Shell, Plasma, xfce4-notifyd, dunst, mako...) over
// QtDBus: notifications with real actions, and what the person did with them. Only the
// notifications sent through this object are reported: the server's signals reach every client.
class DesktopNotifications : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kService = "org.freedesktop.Notifications";

    explicit DesktopNotifications(QDBusConnection bus, QObject* parent = nullptr);

    // Whether a server is on the bus, or would be started by the bus for the first notification.
    bool isAvailable() const;
    // What the server can do: "actions", "body-markup" and so on; empty without a server. Asked
    // once per server.
    QStringList capabilities() const;
    // Shows it: its id, or 0 with `error` saying why not.
    uint notify(const Notification& notification, QString* error = nullptr);
    void close(uint id);

Q_SIGNALS:
    // The person chose `action` on notification `id`. With `activationToken` (the server's
    // ActivationToken signal, where it sends one) the window that answers may come to the front
    // on Wayland; "" otherwise.
    void actionInvoked(uint id, const QString& action, const QString& activationToken);
    // 1: it expired, 2: the person dismissed it, 3: closed by close(), 4: anything else.
    void closed(uint id, uint reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onActivationToken(uint id, const QString& token);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QSet<uint> m_sent;
    mutable QString m_capabilitiesOf;  // the server (its unique name) they were asked of
    mutable QStringList m_capabilities;
    QHash<uint, QString> m_tokens;
};

}  // namespace legease::ui
