#include "core/settings/app_settings.h"
#include "support/accessibility_check.h"
#include "support/string_makers.h"
#include "ui/settings/settings_dialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace legease;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("legease.conf"));
    QSettings store{path, QSettings::IniFormat};
    core::AppSettings settings{store};
};

QPushButton* button(ui::SettingsDialog& dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox*>()->button(which);
}

}  // namespace

TEST_CASE("the dialog shows what is stored")
{
    Fixture f;
    f.settings.setSoundVolume(40);
    f.settings.setSessionLength(core::SessionLength::minutes(15));
    f.settings.setFirstLeg(core::Leg::Left);
    f.settings.setTheme(core::AppSettings::Theme::Dark);
    ui::SettingsDialog dialog(f.settings, {QStringLiteral("slt"), QStringLiteral("awb")});
    CHECK(dialog.volumeSlider()->value() == 40);
    CHECK(dialog.lengthCombo()->currentData().toString() == QStringLiteral("15min"));
    CHECK(dialog.firstLegCombo()->currentText() == QStringLiteral("Left leg"));
    CHECK(dialog.themeCombo()->currentText() == QStringLiteral("Dark"));
    CHECK(dialog.voiceCombo()->count() == 3);
    CHECK_FALSE(dialog.reduceMotionCheck()->isChecked());  // motion shows unless asked otherwise
}

TEST_CASE("OK stores every change and says so — Cancel stores nothing")
{
    Fixture f;
    {
        ui::SettingsDialog dialog(f.settings, {});
        QSignalSpy changed(&dialog, &ui::SettingsDialog::settingsChanged);
        dialog.soundCheck()->setChecked(false);
        dialog.getReadySpin()->setValue(9);
        dialog.switchLegsSpin()->setValue(20);
        dialog.lengthCombo()->setCurrentIndex(dialog.lengthCombo()->findData(QStringLiteral("50%")));
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findText(QStringLiteral("Light")));
        dialog.reduceMotionCheck()->setChecked(true);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(changed.size() == 1);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    f.store.sync();
    QSettings again(f.path, QSettings::IniFormat);
    core::AppSettings read(again);
    CHECK_FALSE(read.soundEnabled());
    CHECK(read.getReadySeconds() == 9);
    CHECK(read.switchLegsSeconds() == 20);
    CHECK(read.sessionLength().value == 50);
    CHECK(read.theme() == core::AppSettings::Theme::Light);
    CHECK(read.reduceMotion());

    ui::SettingsDialog cancelled(f.settings, {});
    QSignalSpy changed(&cancelled, &ui::SettingsDialog::settingsChanged);
    cancelled.getReadySpin()->setValue(30);
    QTest::mouseClick(button(cancelled, QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(changed.isEmpty());
    CHECK(f.settings.getReadySeconds() == 9);
}

TEST_CASE("Restore defaults resets the controls, not the file until OK")
{
    Fixture f;
    f.settings.setSwitchLegsSeconds(90);
    ui::SettingsDialog dialog(f.settings, {});
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    CHECK(dialog.switchLegsSpin()->value() == 10);
    CHECK(dialog.volumeSlider()->value() == 80);
    CHECK(f.settings.switchLegsSeconds() == 90);
}

TEST_CASE("with voices the choice follows the voice switch")
{
    Fixture f;
    ui::SettingsDialog dialog(f.settings, {QStringLiteral("slt")});
    CHECK(dialog.voiceCombo()->itemText(0) == QStringLiteral("Default voice"));
    CHECK_FALSE(dialog.voiceCombo()->isEnabled());
    dialog.voiceCheck()->setChecked(true);
    CHECK(dialog.voiceCombo()->isEnabled());
    dialog.voiceCombo()->setCurrentIndex(dialog.voiceCombo()->findData(QStringLiteral("slt")));
    dialog.accept();  // closes without storing: only the OK button stores
    CHECK(f.settings.voiceName().isEmpty());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(f.settings.voiceEnabled());
    CHECK(f.settings.voiceName() == QStringLiteral("slt"));
}

TEST_CASE("a stored choice the lists do not offer survives OK")
{
    Fixture f;
    f.settings.setVoiceName(QStringLiteral("kal"));
    f.settings.setSessionLength(core::SessionLength::minutes(45));
    ui::SettingsDialog dialog(f.settings, {QStringLiteral("slt")});
    CHECK(dialog.voiceCombo()->currentData().toString() == QStringLiteral("kal"));
    CHECK(dialog.lengthCombo()->currentText() == QStringLiteral("About 45 minutes"));
    dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findText(QStringLiteral("Dark")));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(f.settings.voiceName() == QStringLiteral("kal"));
    CHECK(f.settings.sessionLength().value == 45);
    CHECK(f.settings.theme() == core::AppSettings::Theme::Dark);
}

TEST_CASE("Enter accepts and stores, Escape cancels")
{
    Fixture f;
    {
        ui::SettingsDialog dialog(f.settings, {});
        QSignalSpy changed(&dialog, &ui::SettingsDialog::settingsChanged);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.getReadySpin()->setFocus();
        dialog.getReadySpin()->setValue(7);
        QTest::keyClick(dialog.getReadySpin(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(changed.size() == 1);
        CHECK(f.settings.getReadySeconds() == 7);
    }
    ui::SettingsDialog dialog(f.settings, {});
    QSignalSpy changed(&dialog, &ui::SettingsDialog::settingsChanged);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.getReadySpin()->setFocus();
    dialog.getReadySpin()->setValue(30);
    QTest::keyClick(dialog.getReadySpin(), Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
    CHECK(changed.isEmpty());
    CHECK(f.settings.getReadySeconds() == 7);
}

TEST_CASE("every labelled control has a buddy reached by a mnemonic")
{
    Fixture f;
    ui::SettingsDialog dialog(f.settings, {QStringLiteral("slt")}, ui::ReminderWay::Tray);
    const QList<QWidget*> labelled{dialog.volumeSlider(), dialog.voiceCombo(), dialog.getReadySpin(),
        dialog.switchLegsSpin(), dialog.lengthCombo(), dialog.firstLegCombo(), dialog.themeCombo(),
        dialog.languageCombo(), dialog.reminderTimeEdit()};
    QList<QChar> keys;
    for (QWidget* control : labelled) {
        const QLabel* label = nullptr;
        for (QLabel* candidate : dialog.findChildren<QLabel*>())
            if (candidate->buddy() == control)
                label = candidate;
        INFO(control->accessibleName().toStdString());
        REQUIRE(label);
        const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
        REQUIRE(amp >= 0);
        keys.append(label->text().at(amp + 1).toLower());
    }
    for (QCheckBox* check : {dialog.soundCheck(), dialog.voiceCheck(), dialog.reduceMotionCheck(), dialog.reminderCheck()}) {
        const qsizetype amp = check->text().indexOf(QLatin1Char('&'));
        REQUIRE(amp >= 0);
        keys.append(check->text().at(amp + 1).toLower());
    }
    // No two controls share a key.
    for (qsizetype i = 0; i < keys.size(); ++i)
        CHECK(keys.count(keys.at(i)) == 1);
}

TEST_CASE("Tab walks the controls in reading order, then the buttons")
{
    Fixture f;
    ui::SettingsDialog dialog(f.settings, {QStringLiteral("slt")}, ui::ReminderWay::Tray);
    dialog.voiceCheck()->setChecked(true);  // so the voice choice takes focus too
    dialog.reminderCheck()->setChecked(true);  // and the reminder time
    const QList<QWidget*> expected{dialog.soundCheck(), dialog.volumeSlider(), dialog.voiceCheck(), dialog.voiceCombo(),
        dialog.getReadySpin(), dialog.switchLegsSpin(), dialog.lengthCombo(), dialog.firstLegCombo(), dialog.themeCombo(),
        dialog.languageCombo(), dialog.reduceMotionCheck(), dialog.reminderCheck(), dialog.reminderTimeEdit()};
    QList<QWidget*> seen;
    QWidget* w = &dialog;
    do {
        w = w->nextInFocusChain();
        if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && w->window() == &dialog && !w->inherits("QLineEdit"))
            seen.append(w);
    } while (w != &dialog);
    REQUIRE(seen.size() >= expected.size() + 3);
    CHECK(seen.mid(0, expected.size()) == expected);
    for (QWidget* rest : seen.mid(expected.size()))
        CHECK(rest->inherits("QPushButton"));
}

TEST_CASE("without voices the voice choice is off and says why — every input is named")
{
    Fixture f;
    f.settings.setVoiceEnabled(true);
    ui::SettingsDialog dialog(f.settings, {});
    CHECK_FALSE(dialog.voiceCombo()->isEnabled());
    bool explained = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        explained |= label->text().contains(QStringLiteral("No voices were found"));
    CHECK(explained);
    // Turning the voice on still leaves nothing to choose.
    dialog.voiceCheck()->setChecked(false);
    dialog.voiceCheck()->setChecked(true);
    CHECK_FALSE(dialog.voiceCombo()->isEnabled());
    for (QWidget* input : dialog.findChildren<QWidget*>()) {
        if (input->focusPolicy() == Qt::NoFocus || !input->isWidgetType() || qobject_cast<QLabel*>(input))
            continue;
        if (input->inherits("QAbstractButton") || input->inherits("QComboBox") || input->inherits("QAbstractSlider") || input->inherits("QAbstractSpinBox")) {
            INFO(input->metaObject()->className());
            CHECK_FALSE(test::spokenName(input).isEmpty());
        }
    }
}

TEST_CASE("the dialog says which way the reminder arrives on this desktop")
{
    Fixture f;
    const auto noteFor = [&f](ui::ReminderWay way) {
        ui::SettingsDialog dialog(f.settings, {}, way);
        // Always in view, and what a screen reader hears as the switch's description.
        CHECK_FALSE(dialog.reminderNote()->isHidden());
        CHECK(dialog.reminderCheck()->isEnabled());
        CHECK(dialog.reminderCheck()->accessibleDescription() == dialog.reminderNote()->text());
        return dialog.reminderNote()->text();
    };
    const QString timer = noteFor(ui::ReminderWay::SystemTimer);
    CHECK(timer.contains(QStringLiteral("even when LegEase is closed")));
    CHECK(timer.contains(QStringLiteral("Turning this off removes the reminder")));
    const QString tray = noteFor(ui::ReminderWay::Tray);
    CHECK(tray.contains(QStringLiteral("system tray")));
    CHECK(tray.contains(QStringLiteral("Quit")));
    const QString whileOpen = noteFor(ui::ReminderWay::WhileOpen);
    CHECK(whileOpen.contains(QStringLiteral("only while LegEase is open")));
    // The plain form asks nothing of the desktop: no question to Qt about a tray it would remember.
    ui::SettingsDialog plain(f.settings, {});
    CHECK(plain.reminderNote()->text() == whileOpen);
}

TEST_CASE("the reminder time follows the reminder switch, and OK stores both")
{
    Fixture f;
    ui::SettingsDialog dialog(f.settings, {}, ui::ReminderWay::SystemTimer);
    CHECK_FALSE(dialog.reminderCheck()->isChecked());  // off by default
    CHECK_FALSE(dialog.reminderTimeEdit()->isEnabled());
    CHECK(dialog.reminderTimeEdit()->time() == QTime(19, 0));

    dialog.reminderCheck()->setChecked(true);
    CHECK(dialog.reminderTimeEdit()->isEnabled());
    dialog.reminderTimeEdit()->setTime(QTime(7, 30));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(f.settings.reminderEnabled());
    CHECK(f.settings.reminderTime() == QTime(7, 30));

    ui::SettingsDialog again(f.settings, {}, ui::ReminderWay::WhileOpen);
    again.restoreDefaults();
    CHECK_FALSE(again.reminderCheck()->isChecked());
    CHECK_FALSE(again.reminderTimeEdit()->isEnabled());
    CHECK(again.reminderTimeEdit()->time() == QTime(19, 0));
    QTest::mouseClick(button(again, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK_FALSE(f.settings.reminderEnabled());  // turning it off is stored like anything else
}
