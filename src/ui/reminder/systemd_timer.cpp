#include "ui/reminder/systemd_timer.h"

#include "core/files/save_file.h"
#include "core/reminder/reminder_units.h"
#include "ui/desktop/desktop_names.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace legease::ui {
namespace {

QByteArray contents(const QString& path)
{
    // Only a regular file of ours is read: a FIFO put in its place must not block start-up.
    if (!core::nonRegularFileKind(path).isEmpty())
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

bool isOurFile(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink();
}

// Collects the first problem of several steps that all run.
void keepFirst(QString& first, const QString& problem)
{
    if (first.isEmpty())
        first = problem;
}

}  // namespace

SystemdTimer::SystemdTimer(QDBusConnection bus, QString unitFolder, QString program)
    : m_manager(std::move(bus))
    , m_folder(std::move(unitFolder))
    , m_program(std::move(program))
{
}

bool SystemdTimer::isAvailable() const
{
    return m_manager.isAvailable();
}

QString SystemdTimer::timerPath() const
{
    return QDir(m_folder).filePath(core::reminderTimerName(appId()));
}

QString SystemdTimer::servicePath() const
{
    return QDir(m_folder).filePath(core::reminderServiceName(appId()));
}

SystemdTimer::Outcome SystemdTimer::apply(bool on, QTime at)
{
    const QString timerName = core::reminderTimerName(appId());
    // Where `enable` links the timer: the one sign that systemd took it on, short of asking it.
    const QFileInfo enabledLink(QDir(m_folder).filePath(QStringLiteral("timers.target.wants/") + timerName));
    if (!on) {
        if (!isOurFile(timerPath()) && !isOurFile(servicePath()) && !enabledLink.isSymLink())
            return {};
        return {true, remove()};
    }

    const core::ReminderUnits units = core::reminderUnits(appId(), m_program, at);
    if (contents(timerPath()) == units.timer && contents(servicePath()) == units.service && enabledLink.isSymLink())
        return {};
    QString problem;
    if (!QDir().mkpath(m_folder))
        problem = QStringLiteral("could not make the folder %1").arg(m_folder);
    if (problem.isEmpty())
        problem = core::saveFile(timerPath(), units.timer);
    if (problem.isEmpty())
        problem = core::saveFile(servicePath(), units.service);
    // Loaded, linked into timers.target, loaded with the link, and (re)started for the new time.
    for (const auto& step : {std::function([this] { return m_manager.reload(); }),
             std::function([this, &timerName] { return m_manager.enableUnitFiles({timerName}); }),
             std::function([this] { return m_manager.reload(); }),
             std::function([this, &timerName] { return m_manager.restartUnit(timerName); })}) {
        if (!problem.isEmpty())
            break;
        problem = step();
    }
    if (!problem.isEmpty())
        remove();
    return {true, problem};
}

// Stops and disables the timer, removes both files of ours and lets systemd forget them; every
// step runs even when one before it failed, and the first problem is the answer.
QString SystemdTimer::remove()
{
    const QString timerName = core::reminderTimerName(appId());
    QString problem;
    m_manager.stopUnit(timerName);  // fails when it is not loaded, which is fine
    keepFirst(problem, m_manager.disableUnitFiles({timerName}));
    // If systemd could not unlink it, the link must not outlive the file it leads to.
    const QString link = QDir(m_folder).filePath(QStringLiteral("timers.target.wants/") + timerName);
    if (QFileInfo(link).isSymLink())
        QFile::remove(link);
    for (const QString& path : {timerPath(), servicePath()})
        if (isOurFile(path) && !QFile::remove(path))
            keepFirst(problem, QStringLiteral("could not remove %1").arg(path));
    keepFirst(problem, m_manager.reload());
    return problem;
}

}  // namespace legease::ui
