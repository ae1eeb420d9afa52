#pragma once

#include "app/command_line.h"
#include "core/content/content_loader.h"
#include "core/content/content_store.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "core/settings/settings_file.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

class QSettings;

namespace legease::core {
class Clock;
}

namespace legease::ui {
class DailyReminder;
class MainWindow;
class ReminderNotifier;
class ReminderTray;
class SessionLauncher;
class SystemdTimer;
}  // namespace legease::ui

namespace legease::app {

// Names the application for Qt: settings, data folders and the desktop file follow from it. Done
// first, before any application object exists.
void nameApplication();

// What start-up reads from the world around it. Left empty, each is the real one; tests and
// benchmarks give temporary or fake ones.
struct Surroundings {
    QSettings* settingsStore = nullptr;  // the person's settings file (core::PersonsSettings)
    bool builtInContent = true;
    bool userPacks = true;  // the packs under the data location
    // Where the person's own routines are kept; empty: packs/my-routines under the data location
    // when userPacks is on, none otherwise (routines cannot be made then).
    QString ownPack;
    const core::Clock* clock = nullptr;  // the system clock
    std::function<std::unique_ptr<ui::ReminderTray>()> makeTray;  // the system tray
    std::function<std::unique_ptr<ui::ReminderNotifier>()> makeNotifier;  // the desktop's notifications
    // The person's systemd, for the reminder's timer; the function may give none (no systemd).
    std::function<std::unique_ptr<ui::SystemdTimer>()> makeSystemTimer;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // Called after each step of start-up with its name, for the start-up diagnostic.
    std::function<void(const char* step)> stepDone;
};

// LegEase from its settings to its main window, in the one order that main(), the start-up
// benchmarks and the tests share. The constructor needs a QApplication and does what every run
// needs: settings, theme, interface language, window icon, content (in that language) and the
// history store (not opened: that waits for the first look at History or the first session).
// Then either screenshot() or openWindow().
class Startup {
public:
    explicit Startup(const CommandLine& options, Surroundings surroundings = {});
    ~Startup();
    Startup(const Startup&) = delete;
    Startup& operator=(const Startup&) = delete;

    // Non-empty when the options name something that is not there (an uninstalled language,
    // an unknown routine or article): words for the terminal, and main() exits with 2.
    const QString& refusal() const { return m_refusal; }

    // Renders --screenshot; "" on success, otherwise what went wrong.
    QString screenshot();

    // The main window, the session launcher and the layout; shows the window, makes the daily
    // reminder once it is on screen, then opens the safety screen on a first run or the session
    // of --routine. False (see refusal()) for an unknown --routine or --benefit.
    bool openWindow();
    // The daily reminder, which openWindow() leaves until the window's first paint.
    void makeReminder();

    core::AppSettings& settings() { return m_settings; }
    // Why the person's own settings file was left alone (it is a named pipe, say); "" normally.
    QString settingsProblem() const;
    const core::LoadedContent& content() const { return m_content.content(); }
    // The content, loaded again whenever the person's own routines change.
    core::ContentStore& contentStore() { return m_content; }
    core::HistoryStore& history() { return m_history; }
    const QString& locale() const { return m_locale; }
    ui::MainWindow* window() { return m_window.get(); }
    ui::SessionLauncher* sessions() { return m_sessions.get(); }
    ui::DailyReminder* reminder() { return m_reminder.get(); }

private:
    void applyLanguage();
    void step(const char* name) const;
    core::AppSettings::Theme theme() const;

    CommandLine m_options;
    Surroundings m_surroundings;
    QString m_refusal;
    std::unique_ptr<core::PersonsSettings> m_ownStore;  // when the surroundings give none
    core::AppSettings m_settings;
    QString m_locale;
    core::ContentStore m_content;
    core::HistoryStore m_history;
    std::unique_ptr<core::Clock> m_ownClock;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::SessionLauncher> m_sessions;
    std::unique_ptr<ui::DailyReminder> m_reminder;
};

}  // namespace legease::app
