#pragma once

#include "core/reminder/reminder_schedule.h"

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
class ReminderTray;

// The optional daily reminder: a tray icon while it is on, a gentle notification at the chosen
// time, and a way from either straight to the last routine, ready to start. While it is on,
// closing the main window leaves LegEase running in the tray; Quit (menu or Ctrl+Q) ends it.
// Nothing is made until apply() finds the reminder on and a tray to put it in.
class DailyReminder : public QObject {
    Q_OBJECT

public:
    DailyReminder(MainWindow& window, const core::ContentLibrary& library, core::AppSettings& settings,
        const core::Clock& clock, std::unique_ptr<ReminderTray> tray, QTimeZone zone = QTimeZone::systemTimeZone(),
        QObject* parent = nullptr);
    ~DailyReminder() override;

    // Whether the tray icon is up and a reminder is waiting.
    bool isActive() const { return m_schedule.has_value(); }
    QMenu* menu() const { return m_menu.get(); }
    QAction* startAction() const { return m_start; }
    const QTimer& timer() const { return m_timer; }

public Q_SLOTS:
    // Reads the settings again: turns the tray and the timer on or off and takes a new time.
    void apply();
    // Shows the notification if a reminder is due; the timer calls this at most a minute apart.
    void check();
    // The notification or the menu item: the last routine's session, or the Routines page when
    // there is none yet.
    void startLastRoutine();
    void openWindow();

private:
    void buildMenu();
    void refreshMenu();
    void waitForNext();
    QString lastRoutineTitle() const;

    MainWindow& m_window;
    const core::ContentLibrary& m_library;
    core::AppSettings& m_settings;
    const core::Clock& m_clock;
    std::unique_ptr<ReminderTray> m_tray;
    QTimeZone m_zone;
    std::optional<core::ReminderSchedule> m_schedule;  // only while the reminder is active
    std::unique_ptr<QMenu> m_menu;  // a tray menu has no parent widget
    QAction* m_start = nullptr;
    QTimer m_timer;
};

}  // namespace legease::ui
