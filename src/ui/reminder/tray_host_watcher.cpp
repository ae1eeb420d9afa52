#include "ui/reminder/tray_host_watcher.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>

namespace legease::ui {
namespace {

const QString kPath = QStringLiteral("/StatusNotifierWatcher");

QString service()
{
    return QLatin1String(TrayHostWatcher::kService);
}

constexpr int kCallTimeoutMs = 5'000;

}  // namespace

TrayHostWatcher::TrayHostWatcher(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_watcher(service(), m_bus, QDBusServiceWatcher::WatchForOwnerChange)
{
    connect(&m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &TrayHostWatcher::recheck);
    // A watcher that is there may gain or lose its host (the panel) without going away itself.
    for (const char* signal : {"StatusNotifierHostRegistered", "StatusNotifierHostUnregistered"})
        m_bus.connect(service(), kPath, service(), QLatin1String(signal), this, SLOT(recheck()));
    recheck();
}

void TrayHostWatcher::recheck()
{
    bool present = false;
    const QDBusConnectionInterface* bus = m_bus.isConnected() ? m_bus.interface() : nullptr;
    if (bus && bus->isServiceRegistered(service()).value()) {
        QDBusMessage get = QDBusMessage::createMethodCall(service(), kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << service() << QStringLiteral("IsStatusNotifierHostRegistered");
        const QDBusReply<QDBusVariant> reply = m_bus.call(get, QDBus::Block, kCallTimeoutMs);
        present = reply.isValid() && reply.value().variant().toBool();
    }
    if (present == m_present)
        return;
    m_present = present;
    Q_EMIT changed(present);
}

}  // namespace legease::ui
