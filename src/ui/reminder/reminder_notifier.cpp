#include "ui/reminder/reminder_notifier.h"

#include "ui/desktop/desktop_names.h"

#include <QCoreApplication>

namespace legease::ui {

ReminderNotice reminderNotice(const core::ReminderOffer& offer)
{
    ReminderNotice notice;
    notice.title = ReminderNotifier::tr("Time for your legs");
    if (offer.opensRoutine()) {
        notice.body = ReminderNotifier::tr("“%1” is ready when you are.").arg(offer.routineTitle);
        notice.startLabel = ReminderNotifier::tr("Start “%1”").arg(offer.routineTitle);
    } else {
        notice.body = ReminderNotifier::tr("A few calm minutes for your legs, whenever you are ready.");
        notice.startLabel = ReminderNotifier::tr("Choose a routine");
    }
    notice.declineLabel = ReminderNotifier::tr("Not today");
    return notice;
}

Notification reminderNotification(const ReminderNotice& notice)
{
    Notification notification;
    notification.appName = QCoreApplication::applicationName();
    notification.appIcon = appId();  // the icon installed under the app id in the hicolor theme
    notification.summary = notice.title;
    notification.body = notice.body;
    // No "default" action for a click on the notification itself: xfce4-notifyd shows it as a third
    // button, a second Start. GNOME opens the app from the desktop-entry hint on a click instead.
    notification.actions = {
        {QLatin1String(kStartAction), notice.startLabel}, {QLatin1String(kNotTodayAction), notice.declineLabel}};
    // Lets GNOME and Plasma show the app's name and icon, and group it with the app's window.
    notification.hints.insert(QStringLiteral("desktop-entry"), appId());
    notification.expireMs = kShownForMs;
    return notification;
}

DesktopReminderNotifier::DesktopReminderNotifier(QDBusConnection bus, QObject* parent)
    : ReminderNotifier(parent)
    , m_notifications(std::move(bus))
{
    connect(&m_notifications, &DesktopNotifications::actionInvoked, this,
        [this](uint id, const QString& action, const QString& token) {
            if (id != m_shown)
                return;
            if (action == QLatin1String(kStartAction))
                Q_EMIT started(token);
            else if (action == QLatin1String(kNotTodayAction))
                Q_EMIT declined();
        });
}

bool DesktopReminderNotifier::notify(const ReminderNotice& notice)
{
    if (!m_notifications.isAvailable())
        return false;
    m_shown = m_notifications.notify(reminderNotification(notice));
    return m_shown != 0;
}

}  // namespace legease::ui
