#include "ui/settings/settings_dialog.h"

#include "core/language/language.h"
#include "core/settings/app_settings.h"
#include "ui/keyboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace legease::ui {
namespace {

void named(QWidget* widget, const QString& name)
{
    widget->setAccessibleName(name);
}

// Choices stored as the settings table spells them, so the combo and the file agree.
void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString lengthChoice(const core::SessionLength& length)
{
    switch (length.mode) {
    case core::SessionLength::Mode::Percent:
        return SettingsDialog::tr("%1 % of the written length").arg(length.value);
    case core::SessionLength::Mode::Minutes:
        return SettingsDialog::tr("About %1 minutes").arg(length.value);
    case core::SessionLength::Mode::AsWritten:
        break;
    }
    return SettingsDialog::tr("As written");
}

// A stored choice the list does not offer (set by hand, or a voice that is missing today) is
// shown as it is, so that OK after changing something else does not quietly replace it.
void selectOrAdd(QComboBox* combo, const QString& data, const QString& text)
{
    if (combo->findData(data) < 0)
        combo->addItem(text, data);
    selectData(combo, data);
}

}  // namespace

SettingsDialog::SettingsDialog(core::AppSettings& settings, const QStringList& voiceNames, QWidget* parent)
    : SettingsDialog(settings, voiceNames, ReminderWay::WhileOpen, parent)
{
}

SettingsDialog::SettingsDialog(core::AppSettings& settings, const QStringList& voiceNames, ReminderWay reminderWay, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sound(new QCheckBox(tr("Play soft &sounds at each step")))
    , m_volume(new QSlider(Qt::Horizontal))
    , m_volumeValue(new QLabel)
    , m_voice(new QCheckBox(tr("Read each step &aloud")))
    , m_voiceName(new QComboBox)
    , m_getReady(new QSpinBox)
    , m_switchLegs(new QSpinBox)
    , m_length(new QComboBox)
    , m_firstLeg(new QComboBox)
    , m_theme(new QComboBox)
    , m_language(new QComboBox)
    , m_languageNote(new QLabel(tr("LegEase will use the new language from the next time it starts.")))
    , m_reduceMotion(new QCheckBox(tr("Reduce motion: show strokes as st&ill pictures")))
    , m_reminder(new QCheckBox(tr("Send me a gentle &reminder each day")))
    , m_reminderTime(new QTimeEdit)
    , m_reminderNote(new QLabel)
    , m_reminderWay(reminderWay)
    , m_haveVoices(!voiceNames.isEmpty())
{
    setWindowTitle(tr("Settings"));
    showFocusFromTheStart(this);
    auto* layout = new QVBoxLayout(this);
    // Two columns, so that every group fits a 800x600 screen without squeezing its notes.
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    auto* soundGroup = new QGroupBox(tr("Sound and voice"));
    auto* soundForm = new QFormLayout(soundGroup);
    soundForm->addRow(m_sound);
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    named(m_volume, tr("Volume"));
    m_volumeValue->setMinimumWidth(m_volumeValue->fontMetrics().horizontalAdvance(tr("%1 %").arg(100)));
    m_volumeValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    auto* volumeLabel = new QLabel(tr("&Volume:"));
    volumeLabel->setBuddy(m_volume);
    soundForm->addRow(volumeLabel, volumeRow);
    soundForm->addRow(m_voice);
    m_voiceName->addItem(tr("Default voice"), QString());
    for (const QString& name : voiceNames)
        m_voiceName->addItem(name, name);
    named(m_voiceName, tr("Voice"));
    auto* voiceLabel = new QLabel(tr("V&oice:"));
    voiceLabel->setBuddy(m_voiceName);
    soundForm->addRow(voiceLabel, m_voiceName);
    if (!m_haveVoices) {
        m_voiceName->setEnabled(false);
        auto* why = new QLabel(tr("No voices were found to choose from, so reading aloud uses the default voice if "
                                  "there is one. Every step is always shown on screen as well."));
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        m_voiceName->setAccessibleDescription(why->text());
        soundForm->addRow(QString(), why);
    }
    left->addWidget(soundGroup);

    auto* sessionGroup = new QGroupBox(tr("Session"));
    auto* sessionForm = new QFormLayout(sessionGroup);
    m_getReady->setRange(0, 60);
    m_getReady->setSuffix(tr(" s"));
    named(m_getReady, tr("Get-ready countdown in seconds"));
    auto* getReadyLabel = new QLabel(tr("&Get-ready countdown:"));
    getReadyLabel->setBuddy(m_getReady);
    sessionForm->addRow(getReadyLabel, m_getReady);
    m_switchLegs->setRange(0, 120);
    m_switchLegs->setSuffix(tr(" s"));
    named(m_switchLegs, tr("Pause to switch legs in seconds"));
    auto* switchLabel = new QLabel(tr("Pause to s&witch legs:"));
    switchLabel->setBuddy(m_switchLegs);
    sessionForm->addRow(switchLabel, m_switchLegs);
    m_length->addItem(tr("As written"), QStringLiteral("100%"));
    for (int percent : {50, 75, 125, 150, 200}) {
        const auto length = core::SessionLength::percent(percent);
        m_length->addItem(lengthChoice(length), core::AppSettings::lengthText(length));
    }
    for (int minutes : {5, 10, 15, 20}) {
        const auto length = core::SessionLength::minutes(minutes);
        m_length->addItem(lengthChoice(length), core::AppSettings::lengthText(length));
    }
    named(m_length, tr("Session length"));
    auto* lengthLabel = new QLabel(tr("Session &length:"));
    lengthLabel->setBuddy(m_length);
    sessionForm->addRow(lengthLabel, m_length);
    m_firstLeg->addItem(tr("Follow the routine"), QStringLiteral("routine"));
    m_firstLeg->addItem(tr("Left leg"), QStringLiteral("left"));
    m_firstLeg->addItem(tr("Right leg"), QStringLiteral("right"));
    named(m_firstLeg, tr("Which leg first"));
    auto* firstLabel = new QLabel(tr("Which leg &first:"));
    firstLabel->setBuddy(m_firstLeg);
    sessionForm->addRow(firstLabel, m_firstLeg);
    left->addWidget(sessionGroup);

    auto* lookGroup = new QGroupBox(tr("Appearance"));
    auto* lookForm = new QFormLayout(lookGroup);
    m_theme->addItem(tr("Match the system"), int(core::AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(core::AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(core::AppSettings::Theme::Dark));
    named(m_theme, tr("Theme"));
    auto* themeLabel = new QLabel(tr("&Theme:"));
    themeLabel->setBuddy(m_theme);
    lookForm->addRow(themeLabel, m_theme);
    m_language->addItem(tr("Match the system"), QString());
    for (const QString& code : core::availableLanguages(core::translationsFolder()))
        m_language->addItem(core::languageName(code), code);
    named(m_language, tr("Language"));
    auto* languageLabel = new QLabel(tr("La&nguage:"));
    languageLabel->setBuddy(m_language);
    lookForm->addRow(languageLabel, m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    lookForm->addRow(QString(), m_languageNote);
    named(m_reduceMotion, m_reduceMotion->text().remove(QLatin1Char('&')));  // the name is what it says
    m_reduceMotion->setAccessibleDescription(
        tr("Each stroke is drawn standing still, with arrows for how the hands move, instead of moving on the leg."));
    m_reduceMotion->setToolTip(m_reduceMotion->accessibleDescription());
    lookForm->addRow(m_reduceMotion);
    right->addWidget(lookGroup);

    auto* reminderGroup = new QGroupBox(tr("Daily reminder"));
    auto* reminderForm = new QFormLayout(reminderGroup);
    reminderForm->addRow(m_reminder);
    // The time as this language writes it, 24-hour or with AM and PM; stored as 24-hour.
    m_reminderTime->setDisplayFormat(locale().timeFormat(QLocale::ShortFormat));
    named(m_reminderTime, tr("Reminder time"));
    auto* reminderTimeLabel = new QLabel(tr("Ti&me:"));
    reminderTimeLabel->setBuddy(m_reminderTime);
    reminderForm->addRow(reminderTimeLabel, m_reminderTime);
    m_reminderNote->setWordWrap(true);
    m_reminderNote->setForegroundRole(QPalette::PlaceholderText);
    reminderForm->addRow(QString(), m_reminderNote);
    // Which way reminders arrive here, always in view: the switch reads it as its description.
    m_reminderNote->setText(reminderWayText(m_reminderWay));
    m_reminder->setAccessibleDescription(m_reminderNote->text());
    right->addWidget(reminderGroup);

    // The forms of a column share one label column, so the fields line up from group to group.
    const QList<QList<QLabel*>> labelColumns{{volumeLabel, voiceLabel, getReadyLabel, switchLabel, lengthLabel, firstLabel},
        {themeLabel, languageLabel, reminderTimeLabel}};
    for (const QList<QLabel*>& labels : labelColumns) {
        int labelWidth = 0;
        for (const QLabel* label : labels)
            labelWidth = std::max(labelWidth, label->sizeHint().width());
        for (QLabel* label : labels)
            label->setMinimumWidth(labelWidth);
    }
    // Extra height goes below the groups, not inside them.
    left->addStretch(1);
    right->addStretch(1);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    for (QAbstractButton* button : buttons->buttons())
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_volumeValue->setText(tr("%1 %").arg(value)); });
    connect(m_sound, &QCheckBox::toggled, this, [this](bool on) {
        m_volume->setEnabled(on);
        m_volumeValue->setEnabled(on);
    });
    connect(m_voice, &QCheckBox::toggled, this, [this](bool on) { m_voiceName->setEnabled(on && m_haveVoices); });
    connect(m_reminder, &QCheckBox::toggled, this, &SettingsDialog::showReminderState);
    // The interface is translated once, at start-up, so say when a change waits for a restart.
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    load(settings);
}

void SettingsDialog::load(const core::AppSettings& settings)
{
    m_sound->setChecked(settings.soundEnabled());
    m_volume->setValue(settings.soundVolume());
    m_volumeValue->setText(tr("%1 %").arg(settings.soundVolume()));
    m_volume->setEnabled(settings.soundEnabled());
    m_volumeValue->setEnabled(settings.soundEnabled());
    m_voice->setChecked(settings.voiceEnabled());
    selectOrAdd(m_voiceName, settings.voiceName(), tr("%1 (not found now)").arg(settings.voiceName()));
    m_voiceName->setEnabled(settings.voiceEnabled() && m_haveVoices);
    m_getReady->setValue(settings.getReadySeconds());
    m_switchLegs->setValue(settings.switchLegsSeconds());
    selectOrAdd(m_length, core::AppSettings::lengthText(settings.sessionLength()), lengthChoice(settings.sessionLength()));
    const auto leg = settings.firstLeg();
    selectData(m_firstLeg, leg == core::Leg::Left ? QStringLiteral("left") : leg == core::Leg::Right ? QStringLiteral("right") : QStringLiteral("routine"));
    selectData(m_theme, int(settings.theme()));
    selectOrAdd(m_language, settings.language(), tr("%1 (not installed)").arg(settings.language()));
    updateLanguageNote();
    m_reduceMotion->setChecked(settings.reduceMotion());
    m_reminder->setChecked(settings.reminderEnabled());
    m_reminderTime->setTime(settings.reminderTime());
    showReminderState();
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_settings.language());
}

void SettingsDialog::showReminderState()
{
    m_reminderTime->setEnabled(m_reminder->isChecked());
}

QString SettingsDialog::reminderWayText(ReminderWay way)
{
    switch (way) {
    case ReminderWay::SystemTimer:
        return tr("At this time your desktop shows a reminder, even when LegEase is closed. Nothing of LegEase "
                  "runs in between. Turning this off removes the reminder from your system.");
    case ReminderWay::Tray:
        return tr("While the reminder is on, closing the window keeps LegEase waiting in the system tray. "
                  "Choose Quit to close it completely.");
    case ReminderWay::WhileOpen:
        break;
    }
    return tr("This desktop can neither start LegEase at a set time nor keep it in a system tray, so the "
              "reminder comes only while LegEase is open.");
}

// Only the controls change; the file is written on OK, like any other edit.
void SettingsDialog::restoreDefaults()
{
    load(core::AppSettings::defaults());
}

void SettingsDialog::save()
{
    m_settings.setSoundEnabled(m_sound->isChecked());
    m_settings.setSoundVolume(m_volume->value());
    m_settings.setVoiceEnabled(m_voice->isChecked());
    m_settings.setVoiceName(m_voiceName->currentData().toString());
    m_settings.setGetReadySeconds(m_getReady->value());
    m_settings.setSwitchLegsSeconds(m_switchLegs->value());
    m_settings.setSessionLength(core::AppSettings::parseLength(m_length->currentData().toString()).value_or(core::SessionLength{}));
    const QString leg = m_firstLeg->currentData().toString();
    m_settings.setFirstLeg(leg == QLatin1String("left") ? std::optional(core::Leg::Left)
            : leg == QLatin1String("right")             ? std::optional(core::Leg::Right)
                                                        : std::nullopt);
    m_settings.setTheme(core::AppSettings::Theme(m_theme->currentData().toInt()));
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setReduceMotion(m_reduceMotion->isChecked());
    m_settings.setReminderEnabled(m_reminder->isChecked());
    m_settings.setReminderTime(m_reminderTime->time());
    Q_EMIT settingsChanged();
}

}  // namespace legease::ui
