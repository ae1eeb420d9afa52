#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

// Lets the event loop run until `done` holds, for an answer that comes over the bus or from
// another process; false when it does not within `ms`. No fake clock can stand in for a process.
inline bool eventually(const std::function<bool()>& done, int ms = 10'000)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// The real `legease` as a separate process on the test's bus, with a home of its own: settings,
// data and systemd units under a temporary folder, English, off screen.
class LegEaseProcess {
public:
    LegEaseProcess()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("XDG_ACTIVATION_TOKEN"));
        environment.remove(QStringLiteral("LEGEASE_REMINDER"));
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(QStringLiteral(LEGEASE_BINARY));
    }
    ~LegEaseProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString configHome() const { return m_home.filePath(QStringLiteral("config")); }
    // The person's settings file of this LegEase, to prepare before it starts (QSettings, native).
    QString settingsPath() const { return configHome() + QStringLiteral("/LegEase/legease.conf"); }
    void setVariable(const QString& name, const QString& value)
    {
        QProcessEnvironment environment = m_process.processEnvironment();
        environment.insert(name, value);
        m_process.setProcessEnvironment(environment);
    }

    void start(const QStringList& arguments)
    {
        m_process.setArguments(arguments);
        m_process.start();
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    // Waits for the end while the test's own event loop runs (it may be serving this process).
    bool ended(int ms = 15'000)
    {
        return eventually([this] { return m_process.state() == QProcess::NotRunning; }, ms);
    }
    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    // Everything it wrote to stderr so far.
    QString errorOutput()
    {
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return m_stderr;
    }

private:
    QTemporaryDir m_home;
    QProcess m_process;
    QString m_stderr;
};
