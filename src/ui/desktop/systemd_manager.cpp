#include "ui/desktop/systemd_manager.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>

namespace legease::ui {
namespace {

const QString kService = QStringLiteral("org.freedesktop.systemd1");
const QString kPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kManager = QStringLiteral("org.freedesktop.systemd1.Manager");

// Reloading reads every unit again, which takes a moment on a busy system.
constexpr int kCallTimeoutMs = 30'000;

}  // namespace

QDBusArgument& operator<<(QDBusArgument& argument, const SystemdProperty& property)
{
    argument.beginStructure();
    argument << property.name << property.value;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, SystemdProperty& property)
{
    argument.beginStructure();
    argument >> property.name >> property.value;
    argument.endStructure();
    return argument;
}

QDBusArgument& operator<<(QDBusArgument& argument, const SystemdExecCommand& command)
{
    argument.beginStructure();
    argument << command.path << command.argv << command.ignoreFailure;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, SystemdExecCommand& command)
{
    argument.beginStructure();
    argument >> command.path >> command.argv >> command.ignoreFailure;
    argument.endStructure();
    return argument;
}

QDBusArgument& operator<<(QDBusArgument& argument, const SystemdAuxUnit& unit)
{
    argument.beginStructure();
    argument << unit.name << unit.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, SystemdAuxUnit& unit)
{
    argument.beginStructure();
    argument >> unit.name >> unit.properties;
    argument.endStructure();
    return argument;
}

void SystemdManager::registerTypes()
{
    qDBusRegisterMetaType<SystemdProperty>();
    qDBusRegisterMetaType<QList<SystemdProperty>>();
    qDBusRegisterMetaType<SystemdExecCommand>();
    qDBusRegisterMetaType<QList<SystemdExecCommand>>();
    qDBusRegisterMetaType<SystemdAuxUnit>();
    qDBusRegisterMetaType<QList<SystemdAuxUnit>>();
}

SystemdManager::SystemdManager(QDBusConnection bus)
    : m_bus(std::move(bus))
{
    registerTypes();
}

bool SystemdManager::isAvailable() const
{
    const QDBusConnectionInterface* bus = m_bus.isConnected() ? m_bus.interface() : nullptr;
    return bus && bus->isServiceRegistered(kService).value();
}

QString SystemdManager::call(const QString& method, const QList<QVariant>& arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kManager, method);
    message.setArguments(arguments);
    const QDBusMessage reply = m_bus.call(message, QDBus::Block, kCallTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage)
        return {};
    if (reply.type() == QDBusMessage::ErrorMessage)
        return QStringLiteral("systemd: %1 (%2)").arg(reply.errorMessage(), reply.errorName());
    return QStringLiteral("systemd did not answer %1").arg(method);
}

QString SystemdManager::reload()
{
    return call(QStringLiteral("Reload"), {});
}

QString SystemdManager::enableUnitFiles(const QStringList& names)
{
    // runtime=false: for good, in the person's folder; force=true: replace an old link of ours.
    return call(QStringLiteral("EnableUnitFiles"), {names, false, true});
}

QString SystemdManager::disableUnitFiles(const QStringList& names)
{
    return call(QStringLiteral("DisableUnitFiles"), {names, false});
}

QString SystemdManager::restartUnit(const QString& name)
{
    return call(QStringLiteral("RestartUnit"), {name, QStringLiteral("replace")});
}

QString SystemdManager::stopUnit(const QString& name)
{
    return call(QStringLiteral("StopUnit"), {name, QStringLiteral("replace")});
}

QString SystemdManager::startTransientService(const QString& name, const QString& description,
    const QStringList& argv, const QStringList& environment)
{
    const QList<SystemdExecCommand> exec{{argv.value(0), argv, false}};
    QList<SystemdProperty> properties{
        {QStringLiteral("Description"), QDBusVariant(description)},
        {QStringLiteral("ExecStart"), QDBusVariant(QVariant::fromValue(exec))},
        // Started once the program runs, and gone from systemd's list once it ends.
        {QStringLiteral("Type"), QDBusVariant(QStringLiteral("exec"))},
        {QStringLiteral("CollectMode"), QDBusVariant(QStringLiteral("inactive-or-failed"))},
    };
    if (!environment.isEmpty())
        properties.append({QStringLiteral("Environment"), QDBusVariant(environment)});
    return call(QStringLiteral("StartTransientUnit"),
        {name, QStringLiteral("fail"), QVariant::fromValue(properties), QVariant::fromValue(QList<SystemdAuxUnit>())});
}

}  // namespace legease::ui
