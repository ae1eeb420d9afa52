#pragma once

#include "app/command_line.h"
#include "ui/desktop/desktop_notifications.h"
#include "ui/reminder/reminder_notifier.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <chrono>

namespace legease::core {
class AppSettings;
class Clock;
class ContentLibrary;
}  // namespace legease::core

namespace legease::app {

// What `legease --remind` reads from the world around it; runReminder() gives the real ones,
// tests their own.
struct RemindSurroundings {
    core::AppSettings* settings = nullptr;
    const core::ContentLibrary* library = nullptr;
    const core::Clock* clock = nullptr;
    QTimeZone zone = QTimeZone::systemTimeZone();
    // Started by the systemd timer (LEGEASE_REMINDER=timer): only a reminder that is on and due
    // today is shown (core::timerVerdict). By hand: shown at once.
    bool startedByTimer = false;
    // How long to wait for a notification server, then for an answer: a few minutes at most (the
    // notification asks the server to take it back after as long; not every server does).
    std::chrono::milliseconds answerWait = std::chrono::milliseconds(ui::kShownForMs);
    QString program;  // the legease to start for Start when none is running
};

// `legease --remind`: the daily reminder's notification (org.freedesktop.Notifications) with the
// app's icon and two actions, "Start <the last routine>" (or "Choose a routine" before the first
// session) and "Not today", then an end as soon as it is answered:
// - Start hands the request to a running LegEase over D-Bus (it opens the routine, ready to start,
//   and comes to the front), or starts LegEase with it: in a systemd unit of its own where systemd
//   answers (so it outlives this short-lived service), otherwise as a process of its own.
// - Not today, closing the notification, or no answer within `answerWait` (the notification is
//   then taken back, so no button is left that nobody listens to) end it with status 0.
// Status 1 when no notification could be shown or LegEase could not be started. What happened is
// one line on stderr, which systemd keeps in the journal.
class RemindCommand : public QObject {
    Q_OBJECT

public:
    RemindCommand(QDBusConnection bus, RemindSurroundings surroundings, QObject* parent = nullptr);

    // Shows the reminder, or decides not to; finished() follows, perhaps at once.
    void start();
    const QString& outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(int status);

private:
    void notify();
    void answer(uint id, const QString& action, const QString& activationToken);
    void open(const QString& activationToken);
    QString launch(const QStringList& arguments, const QString& activationToken);
    void giveUp();
    void finish(int status, const QString& outcome);

    QDBusConnection m_bus;
    RemindSurroundings m_around;
    ui::DesktopNotifications m_notifications;
    QDBusServiceWatcher m_serverWatcher;
    QTimer m_giveUp;
    uint m_id = 0;
    bool m_done = false;
    QString m_outcome;
};

// The real thing for main(): the person's settings, language and content, the session bus, the
// system clock; runs until the reminder is answered and returns the exit status.
int runReminder(const CommandLine& options);

}  // namespace legease::app
