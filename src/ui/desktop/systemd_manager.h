#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QList>
#include <QString>
#include <QStringList>

namespace legease::ui {

// One property of a transient unit, a(sv) in systemd's StartTransientUnit.
struct SystemdProperty {
    QString name;
    QDBusVariant value;
};

// One command of ExecStart=, a(sasb): the program, its argv (argv[0] first), and whether a
// failure is ignored.
struct SystemdExecCommand {
    QString path;
    QStringList argv;
    bool ignoreFailure = false;
};

// An auxiliary unit of StartTransientUnit, a(sa(sv)); LegEase sends none.
struct SystemdAuxUnit {
    QString name;
    QList<SystemdProperty> properties;
};

// The person's own systemd (the user manager, org.freedesktop.systemd1 on the session bus) over
// QtDBus, for what LegEase asks of it: load, enable, start and stop the reminder's units, and start
// LegEase in a unit of its own when a reminder is answered. Never by running systemctl. Each call
// returns "" or what went wrong in words; the bus name and message come along for the log.
class SystemdManager {
public:
    explicit SystemdManager(QDBusConnection bus);

    // Whether a systemd user instance answers on this bus. Where there is none (no systemd, or a
    // session bus it does not serve), the in-app reminder takes over.
    bool isAvailable() const;

    QString reload();  // systemctl --user daemon-reload
    QString enableUnitFiles(const QStringList& names);  // by name, from the unit folders systemd reads
    QString disableUnitFiles(const QStringList& names);
    QString restartUnit(const QString& name);  // starts it when it is not running
    QString stopUnit(const QString& name);
    // A transient service that runs `argv` (argv[0] the program) with `environment` ("NAME=value")
    // added to the manager's own, and is forgotten once it ends: how a desktop launches an app.
    QString startTransientService(const QString& name, const QString& description, const QStringList& argv,
        const QStringList& environment);

    static void registerTypes();  // the D-Bus types above, for QtDBus; done by the constructor

private:
    QString call(const QString& method, const QList<QVariant>& arguments);

    QDBusConnection m_bus;
};

QDBusArgument& operator<<(QDBusArgument& argument, const SystemdProperty& property);
const QDBusArgument& operator>>(const QDBusArgument& argument, SystemdProperty& property);
QDBusArgument& operator<<(QDBusArgument& argument, const SystemdExecCommand& command);
const QDBusArgument& operator>>(const QDBusArgument& argument, SystemdExecCommand& command);
QDBusArgument& operator<<(QDBusArgument& argument, const SystemdAuxUnit& unit);
const QDBusArgument& operator>>(const QDBusArgument& argument, SystemdAuxUnit& unit);

}  // namespace legease::ui

Q_DECLARE_METATYPE(legease::ui::SystemdProperty)
Q_DECLARE_METATYPE(legease::ui::SystemdExecCommand)
Q_DECLARE_METATYPE(legease::ui::SystemdAuxUnit)
