#pragma once

#include "core/reminder/reminder_offer.h"
#include "ui/desktop/desktop_notifications.h"

#include <QObject>
#include <QString>

namespace legease::ui {

// What a reminder says, in the interface's language, wherever it is shown.
struct ReminderNotice {
    QString title;
    QString body;
    QString startLabel;  // "Start “Calm calves”", or "Choose a routine"
    QString declineLabel;  // "Not today"
};

ReminderNotice reminderNotice(const core::ReminderOffer& offer);

// The actions of a reminder notification, its two buttons.
inline constexpr char kStartAction[] = "start";
inline constexpr char kNotTodayAction[] = "not-today";

// The notification for org.freedesktop.Notifications: the app's icon and name, both actions, and
// on screen until it is answered or kShownForMs have passed, when the server takes it back (many
// servers would let it go after a few seconds, long before anyone looked up).
inline constexpr int kShownForMs = 5 * 60 * 1000;
Notification reminderNotification(const ReminderNotice& notice);

// Where the in-app reminder shows its notice, so tests can stand in for the desktop.
class ReminderNotifier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // False when nothing could show it (no notification server), so the caller can try another way.
    virtual bool notify(const ReminderNotice& notice) = 0;

Q_SIGNALS:
    void started(const QString& activationToken);  // Start, or a click on the notification
    void declined();  // Not today
};

// The desktop's notification server, with real actions.
class DesktopReminderNotifier final : public ReminderNotifier {
    Q_OBJECT

public:
    explicit DesktopReminderNotifier(QDBusConnection bus, QObject* parent = nullptr);

    bool notify(const ReminderNotice& notice) override;

private:
    DesktopNotifications m_notifications;
    uint m_shown = 0;
};

}  // namespace legease::ui
