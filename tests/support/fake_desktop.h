#pragma once

#include <QDBusMessage>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>

class QDBusVirtualObject;

// The desktop's D-Bus services as LegEase meets them, written for the tests and run on the session
// bus of the test (a private one: desktop tests run under dbus-run-session):
// - a systemd user manager (org.freedesktop.systemd1) that records each call, links an enabled
//   timer into timers.target.wants as the real one does, and refuses what a test tells it to;
// - a notification server (org.freedesktop.Notifications) that records each notification and
//   answers for the person: an action (with an activation token first, as spec 1.2 has it), or
//   closing it;
// - a tray's StatusNotifierWatcher (org.kde.StatusNotifierWatcher) with a host, that comes and
//   goes as a test says and records the icons registered with it.
// They run on a thread of their own with a connection of their own, because the code under test
// calls them blocking from the test's thread: served on that same thread, each call would wait
// for itself. Everything recorded is guarded by a mutex and read through copies.
class FakeDesktop {
public:
    struct Call {
        QString member;
        QVariantList arguments;
    };

    FakeDesktop();
    ~FakeDesktop();
    FakeDesktop(const FakeDesktop&) = delete;
    FakeDesktop& operator=(const FakeDesktop&) = delete;

    // `unitFolder` is where the manager links enabled units (the test's ~/.config/systemd/user).
    void startSystemd(const QString& unitFolder);
    // Each later call of `method` is answered with this D-Bus error message.
    void refuseSystemd(const QString& method, const QString& message);
    QList<Call> systemdCalls() const;
    QStringList systemdMethods() const;  // the members of systemdCalls(), in order

    void startNotifications(const QStringList& capabilities = {QStringLiteral("actions"), QStringLiteral("body"),
                                QStringLiteral("body-markup")});
    void stopNotifications();
    QList<Call> notifyCalls() const;  // Notify, with its eight arguments
    QList<uint> closeCalls() const;  // CloseNotification ids
    // The person answers notification `id`: ActivationToken (when `token` is given), ActionInvoked,
    // then NotificationClosed as servers do once an action was taken.
    void answer(uint id, const QString& action, const QString& token = {});
    void dismiss(uint id);  // NotificationClosed, reason 2

    void startTrayWatcher(bool hostRegistered = true);
    void stopTrayWatcher();
    QStringList registeredTrayItems() const;

    // Runs `work` on the fakes' thread and waits for it.
    void onFakesThread(const std::function<void()>& work);

private:
    class Service;
    void send(const QDBusMessage& signal);
    void claim(const QString& name, const QString& path, Service* service);
    void release(const QString& name, const QString& path);
    QDBusMessage systemdAnswer(const QDBusMessage& call);
    QDBusMessage notificationsAnswer(const QDBusMessage& call);
    QDBusMessage trayAnswer(const QDBusMessage& call);

    QThread m_thread;
    QObject* m_context = nullptr;  // lives on m_thread
    QString m_connectionName;
    mutable QMutex m_mutex;
    std::map<QString, std::unique_ptr<Service>> m_services;  // by object path
    QString m_unitFolder;
    std::map<QString, QString> m_refusals;
    QList<Call> m_systemdCalls;
    QStringList m_capabilities;
    QList<Call> m_notifyCalls;
    QList<uint> m_closeCalls;
    uint m_nextId = 1;
    bool m_hostRegistered = true;
    QStringList m_trayItems;
};
