#pragma once

#include "core/reminder/reminder_schedule.h"
#include "ui/reminder/reminder_way.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace legease::core {
class AppSettings;
class Clock;
class ContentLibrary;
}  // namespace legease::core

namespace legease::ui {

class MainWindow;
class ReminderNotifier;
class ReminderTray;
class SystemdTimer;

// The optional daily reminder, which comes one of three ways (ReminderWay):
// - Where the person's systemd answers on the session bus, a systemd user timer runs
//   `legease --remind` at the chosen time (SystemdTimer); nothing of LegEase runs in between, and
//   this object only keeps the timer as the settings say.
// - Otherwise LegEase reminds by itself while it runs: with a system tray, an icon there, and
//   closing the main window leaves LegEase running in the tray (Quit, in its menu or Ctrl+Q, ends
//   it); without one, only while the window is open.
// The notification (the desktop's, with real actions) leads straight to the last routine, ready to
// start. A tray that appears after start-up is taken up at once.
class DailyReminder : public QObject {
    Q_OBJECT

public:
    // `systemTimer` may be null: no systemd to ask.
    DailyReminder(MainWindow& window, const core::ContentLibrary& library, core::AppSettings& settings,
        const core::Clock& clock, std::unique_ptr<ReminderTray> tray, std::unique_ptr<ReminderNotifier> notifier,
        std::unique_ptr<SystemdTimer> systemTimer, QTimeZone zone = QTimeZone::systemTimeZone(),
        QObject* parent = nullptr);
    ~DailyReminder() override;

    // How reminders arrive, or would once turned on.
    ReminderWay way() const;
    // Whether LegEase itself is waiting to remind (the in-app ways, while the reminder is on).
    bool isActive() const { return m_schedule.has_value(); }
    QMenu* menu() const { return m_menu.get(); }
    QAction* startAction() const { return m_start; }
    const QTimer& timer() const { return m_timer; }

public Q_SLOTS:
    // Reads the settings again: keeps the system timer, or turns the in-app reminder (tray icon and
    // timer) on or off, with the new time.
    void apply();
    // Shows the notification if a reminder is due; the timer calls this at most a minute apart.
    void check();
    // Start in the notification or the menu: the last routine's session, or the Routines page when
    // there is none yet. The token comes from the notification, for Wayland (see bringToFront).
    void startLastRoutine(const QString& activationToken = {});
    void openWindow();

Q_SIGNALS:
    // The system timer could not be set up; in words for the person. The in-app reminder stands in.
    void problem(const QString& text);

private:
    bool usesSystemTimer() const;
    void applyInApp(bool enabled);
    void stopInApp();
    void buildMenu();
    void refreshMenu();
    void waitForNext();

    MainWindow& m_window;
    const core::ContentLibrary& m_library;
    core::AppSettings& m_settings;
    const core::Clock& m_clock;
    std::unique_ptr<ReminderTray> m_tray;
    std::unique_ptr<ReminderNotifier> m_notifier;
    std::unique_ptr<SystemdTimer> m_systemTimer;
    bool m_systemTimerFailed = false;  // for this run; the next start asks systemd again
    QTimeZone m_zone;
    std::optional<core::ReminderSchedule> m_schedule;  // only while the in-app reminder is active
    std::unique_ptr<QMenu> m_menu;  // a tray menu has no parent widget
    QAction* m_start = nullptr;
    QTimer m_timer;
};

}  // namespace legease::ui
