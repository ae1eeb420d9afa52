#pragma once

#include "ui/reminder/reminder_way.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimeEdit;

namespace legease::core {
class AppSettings;
}

namespace legease::ui {

// The preferences a person can set, read from and written to the typed settings table.
// OK writes everything at once; Cancel writes nothing.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `voiceNames` come from the caller so that opening this dialog never starts a speech engine;
    // so does the way the daily reminder arrives on this desktop (DailyReminder::way()), which the
    // dialog says in words. The first form is for a desktop with neither systemd nor a tray.
    SettingsDialog(core::AppSettings& settings, const QStringList& voiceNames, QWidget* parent = nullptr);
    SettingsDialog(core::AppSettings& settings, const QStringList& voiceNames, ReminderWay reminderWay, QWidget* parent = nullptr);

    QCheckBox* soundCheck() const { return m_sound; }
    QSlider* volumeSlider() const { return m_volume; }
    QCheckBox* voiceCheck() const { return m_voice; }
    QComboBox* voiceCombo() const { return m_voiceName; }
    QSpinBox* getReadySpin() const { return m_getReady; }
    QSpinBox* switchLegsSpin() const { return m_switchLegs; }
    QComboBox* lengthCombo() const { return m_length; }
    QComboBox* firstLegCombo() const { return m_firstLeg; }
    QComboBox* themeCombo() const { return m_theme; }
    QComboBox* languageCombo() const { return m_language; }
    QLabel* languageNote() const { return m_languageNote; }
    QCheckBox* reduceMotionCheck() const { return m_reduceMotion; }
    QCheckBox* reminderCheck() const { return m_reminder; }
    QTimeEdit* reminderTimeEdit() const { return m_reminderTime; }
    QLabel* reminderNote() const { return m_reminderNote; }

    // Puts the controls back to the defaults; nothing is stored until OK.
    void restoreDefaults();

Q_SIGNALS:
    void settingsChanged();

private:
    void load(const core::AppSettings& settings);
    void updateLanguageNote();
    void save();
    void showReminderState();
    static QString reminderWayText(ReminderWay way);

    core::AppSettings& m_settings;
    QCheckBox* m_sound;
    QSlider* m_volume;
    QLabel* m_volumeValue;
    QCheckBox* m_voice;
    QComboBox* m_voiceName;
    QSpinBox* m_getReady;
    QSpinBox* m_switchLegs;
    QComboBox* m_length;
    QComboBox* m_firstLeg;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QCheckBox* m_reduceMotion;
    QCheckBox* m_reminder;
    QTimeEdit* m_reminderTime;
    QLabel* m_reminderNote;
    ReminderWay m_reminderWay;
    bool m_haveVoices;
};

}  // namespace legease::ui
