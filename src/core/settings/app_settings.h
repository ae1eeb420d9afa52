#pragma once

#include "core/choice.h"
#include "core/session/leg.h"
#include "core/session/timeline.h"

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace legease::core {

// Every setting the app keeps, typed, with its default and its rule in one table (in the .cpp).
// A stored value that breaks its rule (edited by hand, left by an older version) reads as the
// default; nothing is written back until the person changes the setting.
class AppSettings {
public:
    enum class Theme { System, Light, Dark };

    explicit AppSettings(QSettings& store);

    // Every setting at its default, read from the same table: what "Restore defaults" shows
    // before anything is written. Const, so nothing can be set through it.
    static const AppSettings& defaults();

    bool soundEnabled() const;
    void setSoundEnabled(bool on);
    int soundVolume() const;  // percent, 0 to 100
    void setSoundVolume(int percent);
    bool voiceEnabled() const;
    void setVoiceEnabled(bool on);
    QString voiceName() const;  // "" is the speech engine's default voice
    void setVoiceName(const QString& name);

    int getReadySeconds() const;  // 0 to 60
    void setGetReadySeconds(int seconds);
    int switchLegsSeconds() const;  // 0 to 120
    void setSwitchLegsSeconds(int seconds);
    SessionLength sessionLength() const;  // as written, 50-200 %, or 5-60 minutes
    void setSessionLength(const SessionLength& length);  // out-of-range values are clamped
    std::optional<Leg> firstLeg() const;  // nullopt: follow the routine
    void setFirstLeg(std::optional<Leg> leg);
    TimelineOptions timelineOptions() const;

    Theme theme() const;
    void setTheme(Theme theme);
    QString language() const;  // "" follows the system; otherwise a code such as "de" or "pt_BR"
    void setLanguage(const QString& code);  // anything that is not such a code is ignored
    // Strokes drawn as still arrows and marks instead of moving; off unless a person turns it on.
    bool reduceMotion() const;
    void setReduceMotion(bool on);

    bool safetyAcknowledged() const;
    void setSafetyAcknowledged(bool acknowledged);
    void resetFirstRun();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // The id of the main window's last page ("benefits"); the window checks it names a page.
    QString lastView() const;
    void setLastView(const QString& view);  // anything not shaped like a page id is ignored

    bool reminderEnabled() const;  // the optional daily reminder; off until a person turns it on
    void setReminderEnabled(bool on);
    QTime reminderTime() const;  // local time of day, to the minute
    void setReminderTime(QTime time);  // an invalid time is ignored; seconds are dropped
    // The routine of the most recent session, written when a session starts, so the reminder can
    // offer it without opening the history. "" before the first session.
    QString lastRoutine() const;
    void setLastRoutine(const QString& routineId);  // anything that is not a routine id is ignored
    // When the system timer was last set up for the reminder's time (turned on, or a new time),
    // and when `legease --remind` last showed a reminder: so that a timer firing late, or again,
    // shows each day's reminder once and only when it is due. Invalid when never.
    QDateTime reminderSetAt() const;
    void setReminderSetAt(const QDateTime& moment);
    QDateTime reminderLastShown() const;
    void setReminderLastShown(const QDateTime& moment);

    // Back to defaults for every preference a person sets in the Settings dialog; the safety
    // acknowledgement, the window layout and the last routine are kept.
    void resetToDefaults();

    // "100%", "75%", "10min": the stored spelling of a session length.
    static QString lengthText(const SessionLength& length);
    static std::optional<SessionLength> parseLength(const QString& text);

    static constexpr int kMinLengthMinutes = 5;
    static constexpr int kMaxLengthMinutes = 60;

private:
    AppSettings() = default;

    QSettings* m_store = nullptr;  // null only for defaults(): every key reads as its default
};

// How the choices are written in the settings file and on the command line.
inline constexpr std::array themeChoices{Choice<AppSettings::Theme>{AppSettings::Theme::System, "system"},
    Choice<AppSettings::Theme>{AppSettings::Theme::Light, "light"},
    Choice<AppSettings::Theme>{AppSettings::Theme::Dark, "dark"}};
// Leg::Both is not an order: "routine" follows the routine's own.
inline constexpr std::array firstLegChoices{Choice<std::optional<Leg>>{std::nullopt, "routine"},
    Choice<std::optional<Leg>>{Leg::Left, "left"}, Choice<std::optional<Leg>>{Leg::Right, "right"}};

}  // namespace legease::core
