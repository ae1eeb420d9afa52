#include "support/fake_desktop.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QMutexLocker>

namespace {

// One change systemd reports for enable and disable: a(sss), type, file, destination.
struct UnitChange {
    QString type;
    QString file;
    QString destination;
};

QDBusArgument& operator<<(QDBusArgument& argument, const UnitChange& change)
{
    argument.beginStructure();
    argument << change.type << change.file << change.destination;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, UnitChange& change)
{
    argument.beginStructure();
    argument >> change.type >> change.file >> change.destination;
    argument.endStructure();
    return argument;
}

const QString kSystemdPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kNotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
const QString kWatcherPath = QStringLiteral("/StatusNotifierWatcher");
const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");

}  // namespace

Q_DECLARE_METATYPE(UnitChange)

// A D-Bus object that hands every message to a function and sends back what it returns.
class FakeDesktop::Service final : public QDBusVirtualObject {
public:
    Service(std::function<QDBusMessage(const QDBusMessage&)> answer, QString interfaceXml)
        : m_answer(std::move(answer))
        , m_xml(std::move(interfaceXml))
    {
    }

    QString introspect(const QString&) const override { return m_xml; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        // Qt answers Introspect itself, from introspect() below.
        if (message.interface() == QLatin1String("org.freedesktop.DBus.Introspectable"))
            return false;
        const QDBusMessage reply = m_answer(message);
        if (message.type() == QDBusMessage::MethodCallMessage)
            connection.send(reply);
        return true;
    }

private:
    std::function<QDBusMessage(const QDBusMessage&)> m_answer;
    QString m_xml;
};

FakeDesktop::FakeDesktop()
    : m_connectionName(QStringLiteral("legease-fake-desktop"))
{
    qDBusRegisterMetaType<UnitChange>();
    qDBusRegisterMetaType<QList<UnitChange>>();
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    onFakesThread([this] { QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName); });
}

FakeDesktop::~FakeDesktop()
{
    onFakesThread([this] {
        QDBusConnection bus(m_connectionName);
        for (const auto& [path, service] : m_services)
            bus.unregisterObject(path);
        m_services.clear();
        QDBusConnection::disconnectFromBus(m_connectionName);
        delete m_context;
    });
    m_thread.quit();
    m_thread.wait();
}

void FakeDesktop::onFakesThread(const std::function<void()>& work)
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void FakeDesktop::claim(const QString& name, const QString& path, Service* service)
{
    service->moveToThread(&m_thread);  // served where the connection is
    onFakesThread([&] {
        QDBusConnection bus(m_connectionName);
        m_services[path].reset(service);
        bus.registerVirtualObject(path, service, QDBusConnection::SingleNode);
        bus.interface()->registerService(name);
    });
}

void FakeDesktop::release(const QString& name, const QString& path)
{
    onFakesThread([&] {
        QDBusConnection bus(m_connectionName);
        bus.interface()->unregisterService(name);
        bus.unregisterObject(path);
        m_services.erase(path);
    });
}

void FakeDesktop::send(const QDBusMessage& signal)
{
    QDBusConnection(m_connectionName).send(signal);
}

// --- systemd ---------------------------------------------------------------------------------

void FakeDesktop::startSystemd(const QString& unitFolder)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_unitFolder = unitFolder;
    }
    claim(QStringLiteral("org.freedesktop.systemd1"), kSystemdPath,
        new Service([this](const QDBusMessage& call) { return systemdAnswer(call); },
            QStringLiteral("<interface name=\"org.freedesktop.systemd1.Manager\"/>")));
}

void FakeDesktop::refuseSystemd(const QString& method, const QString& message)
{
    const QMutexLocker lock(&m_mutex);
    m_refusals[method] = message;
}

QList<FakeDesktop::Call> FakeDesktop::systemdCalls() const
{
    const QMutexLocker lock(&m_mutex);
    return m_systemdCalls;
}

QStringList FakeDesktop::systemdMethods() const
{
    QStringList methods;
    for (const Call& call : systemdCalls())
        methods << call.member;
    return methods;
}

QDBusMessage FakeDesktop::systemdAnswer(const QDBusMessage& call)
{
    const QMutexLocker lock(&m_mutex);
    m_systemdCalls.append({call.member(), call.arguments()});
    const QString method = call.member();
    if (const auto refusal = m_refusals.find(method); refusal != m_refusals.end())
        return call.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"), refusal->second);
    const QDBusObjectPath job(QStringLiteral("/org/freedesktop/systemd1/job/1"));
    const QDir folder(m_unitFolder);
    if (method == QLatin1String("EnableUnitFiles")) {
        QList<UnitChange> changes;
        for (const QString& name : call.arguments().value(0).toStringList()) {
            if (!folder.exists(name))
                return call.createErrorReply(QStringLiteral("org.freedesktop.systemd1.NoSuchUnit"),
                    QStringLiteral("Unit file %1 does not exist.").arg(name));
            // As systemd does: a link in the target's .wants folder, from the [Install] section.
            folder.mkpath(QStringLiteral("timers.target.wants"));
            const QString link = folder.filePath(QStringLiteral("timers.target.wants/") + name);
            QFile::remove(link);
            QFile::link(folder.filePath(name), link);
            changes.append({QStringLiteral("symlink"), link, folder.filePath(name)});
        }
        return call.createReply({true, QVariant::fromValue(changes)});
    }
    if (method == QLatin1String("DisableUnitFiles")) {
        QList<UnitChange> changes;
        for (const QString& name : call.arguments().value(0).toStringList()) {
            const QString link = folder.filePath(QStringLiteral("timers.target.wants/") + name);
            if (QFile::remove(link))
                changes.append({QStringLiteral("unlink"), link, QString()});
        }
        return call.createReply(QVariant::fromValue(changes));
    }
    if (method == QLatin1String("StartUnit") || method == QLatin1String("RestartUnit")
        || method == QLatin1String("StopUnit") || method == QLatin1String("StartTransientUnit"))
        return call.createReply(QVariant::fromValue(job));
    if (method == QLatin1String("Reload"))
        return call.createReply();
    return call.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), method);
}

// --- notifications ---------------------------------------------------------------------------

void FakeDesktop::startNotifications(const QStringList& capabilities)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_capabilities = capabilities;
    }
    claim(kNotifications, kNotificationsPath,
        new Service([this](const QDBusMessage& call) { return notificationsAnswer(call); },
            QStringLiteral("<interface name=\"org.freedesktop.Notifications\"/>")));
}

void FakeDesktop::stopNotifications()
{
    release(kNotifications, kNotificationsPath);
}

QList<FakeDesktop::Call> FakeDesktop::notifyCalls() const
{
    const QMutexLocker lock(&m_mutex);
    return m_notifyCalls;
}

QList<uint> FakeDesktop::closeCalls() const
{
    const QMutexLocker lock(&m_mutex);
    return m_closeCalls;
}

QDBusMessage FakeDesktop::notificationsAnswer(const QDBusMessage& call)
{
    const QMutexLocker lock(&m_mutex);
    const QString method = call.member();
    if (method == QLatin1String("GetCapabilities"))
        return call.createReply(m_capabilities);
    if (method == QLatin1String("GetServerInformation"))
        return call.createReply(
            {QStringLiteral("fake"), QStringLiteral("LegEase tests"), QStringLiteral("1"), QStringLiteral("1.2")});
    if (method == QLatin1String("Notify")) {
        m_notifyCalls.append({method, call.arguments()});
        return call.createReply(m_nextId++);
    }
    if (method == QLatin1String("CloseNotification")) {
        const uint id = call.arguments().value(0).toUInt();
        m_closeCalls.append(id);
        QDBusMessage closed = QDBusMessage::createSignal(kNotificationsPath, kNotifications,
            QStringLiteral("NotificationClosed"));
        closed << id << uint(3);
        send(closed);
        return call.createReply();
    }
    return call.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), method);
}

void FakeDesktop::answer(uint id, const QString& action, const QString& token)
{
    if (!token.isEmpty()) {
        QDBusMessage activation =
            QDBusMessage::createSignal(kNotificationsPath, kNotifications, QStringLiteral("ActivationToken"));
        activation << id << token;
        send(activation);
    }
    QDBusMessage invoked = QDBusMessage::createSignal(kNotificationsPath, kNotifications, QStringLiteral("ActionInvoked"));
    invoked << id << action;
    send(invoked);
    dismiss(id);
}

void FakeDesktop::dismiss(uint id)
{
    QDBusMessage closed = QDBusMessage::createSignal(kNotificationsPath, kNotifications, QStringLiteral("NotificationClosed"));
    closed << id << uint(2);
    send(closed);
}

// --- the tray's watcher ----------------------------------------------------------------------

void FakeDesktop::startTrayWatcher(bool hostRegistered)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_hostRegistered = hostRegistered;
    }
    claim(kWatcher, kWatcherPath,
        new Service([this](const QDBusMessage& call) { return trayAnswer(call); },
            QStringLiteral("<interface name=\"org.kde.StatusNotifierWatcher\">"
                           "<property name=\"IsStatusNotifierHostRegistered\" type=\"b\" access=\"read\"/>"
                           "<property name=\"ProtocolVersion\" type=\"i\" access=\"read\"/>"
                           "<property name=\"RegisteredStatusNotifierItems\" type=\"as\" access=\"read\"/>"
                           "</interface>")));
}

void FakeDesktop::stopTrayWatcher()
{
    release(kWatcher, kWatcherPath);
}

QStringList FakeDesktop::registeredTrayItems() const
{
    const QMutexLocker lock(&m_mutex);
    return m_trayItems;
}

QDBusMessage FakeDesktop::trayAnswer(const QDBusMessage& call)
{
    const QMutexLocker lock(&m_mutex);
    const QString method = call.member();
    const auto property = [this](const QString& name) -> QVariant {
        if (name == QLatin1String("IsStatusNotifierHostRegistered"))
            return m_hostRegistered;
        if (name == QLatin1String("ProtocolVersion"))
            return 0;
        if (name == QLatin1String("RegisteredStatusNotifierItems"))
            return m_trayItems;
        return {};
    };
    if (method == QLatin1String("Get")) {
        const QVariant value = property(call.arguments().value(1).toString());
        if (!value.isValid())
            return call.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownProperty"), method);
        return call.createReply(QVariant::fromValue(QDBusVariant(value)));
    }
    if (method == QLatin1String("GetAll")) {
        QVariantMap all;
        for (const char* name : {"IsStatusNotifierHostRegistered", "ProtocolVersion", "RegisteredStatusNotifierItems"})
            all.insert(QLatin1String(name), property(QLatin1String(name)));
        return call.createReply(all);
    }
    if (method == QLatin1String("RegisterStatusNotifierItem")) {
        // An item gives its path or its bus name; either way the sender is the one to show.
        const QString item = call.arguments().value(0).toString();
        m_trayItems << (item.startsWith(QLatin1Char('/')) ? call.service() + item : item);
        QDBusMessage registered =
            QDBusMessage::createSignal(kWatcherPath, kWatcher, QStringLiteral("StatusNotifierItemRegistered"));
        registered << m_trayItems.back();
        send(registered);
        return call.createReply();
    }
    if (method == QLatin1String("RegisterStatusNotifierHost"))
        return call.createReply();
    return call.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), method);
}
