#include "ui/desktop/desktop_notifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>

namespace legease::ui {
namespace {

const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

QString service()
{
    return QLatin1String(DesktopNotifications::kService);
}

// A server started by the bus for the first notification may take a moment to come up.
constexpr int kCallTimeoutMs = 20'000;

}  // namespace

DesktopNotifications::DesktopNotifications(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    // Listening starts before the first notification, so no answer can slip past.
    m_bus.connect(service(), kPath, service(), QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service(), kPath, service(), QStringLiteral("ActivationToken"), this,
        SLOT(onActivationToken(uint, QString)));
    m_bus.connect(service(), kPath, service(), QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifications::isAvailable() const
{
    const QDBusConnectionInterface* bus = m_bus.isConnected() ? m_bus.interface() : nullptr;
    if (!bus)
        return false;
    return bus->isServiceRegistered(service()).value() || bus->activatableServiceNames().value().contains(service());
}

QStringList DesktopNotifications::capabilities() const
{
    const QDBusMessage call = QDBusMessage::createMethodCall(service(), kPath, service(), QStringLiteral("GetCapabilities"));
    const QString owner = m_bus.interface() ? m_bus.interface()->serviceOwner(service()).value() : QString();
    if (!owner.isEmpty() && owner == m_capabilitiesOf)
        return m_capabilities;
    const QDBusReply<QStringList> reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid())
        return {};
    // Asking may have started the server: remember it under the name it has now.
    m_capabilitiesOf = m_bus.interface()->serviceOwner(service()).value();
    m_capabilities = reply.value();
    return m_capabilities;
}

uint DesktopNotifications::notify(const Notification& notification, QString* error)
{
    QStringList actions;
    for (const auto& [key, label] : notification.actions)
        actions << key << label;
    // Servers that read markup would take a '<' or '&' in a routine's title for the start of a tag.
    const QString body = capabilities().contains(QStringLiteral("body-markup")) ? notification.body.toHtmlEscaped()
                                                                                  : notification.body;
    QDBusMessage call = QDBusMessage::createMethodCall(service(), kPath, service(), QStringLiteral("Notify"));
    call << notification.appName << uint(0) << notification.appIcon << notification.summary << body << actions
         << notification.hints << qint32(notification.expireMs);
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid() || reply.value() == 0) {
        if (error)
            *error = reply.isValid() ? QStringLiteral("the notification server gave no id")
                                     : QStringLiteral("%1 (%2)").arg(reply.error().message(), reply.error().name());
        return 0;
    }
    m_sent.insert(reply.value());
    return reply.value();
}

void DesktopNotifications::close(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service(), kPath, service(), QStringLiteral("CloseNotification"));
    call << id;
    m_bus.call(call, QDBus::Block, kCallTimeoutMs);
}

void DesktopNotifications::onActivationToken(uint id, const QString& token)
{
    if (m_sent.contains(id))
        m_tokens.insert(id, token);
}

void DesktopNotifications::onActionInvoked(uint id, const QString& action)
{
    if (m_sent.contains(id))
        Q_EMIT actionInvoked(id, action, m_tokens.take(id));
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    if (!m_sent.remove(id))
        return;
    m_tokens.remove(id);
    Q_EMIT closed(id, reason);
}

}  // namespace legease::ui
