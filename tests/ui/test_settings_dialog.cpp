#include "settings/app_settings.h"
#include "settings/settings_dialog.h"
#include "string_makers.h"

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

TEST_CASE("without voices the voice choice is off and says why — every input is named")
{
    Fixture f;
    f.settings.setVoiceEnabled(true);
    ui::SettingsDialog dialog(f.settings, {});
    CHECK_FALSE(dialog.voiceCombo()->isEnabled());
    bool explained = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        explained |= label->text().contains(QStringLiteral("No speech voices"));
    CHECK(explained);
    for (QWidget* input : dialog.findChildren<QWidget*>()) {
        if (input->focusPolicy() == Qt::NoFocus || !input->isWidgetType() || qobject_cast<QLabel*>(input))
            continue;
        if (input->inherits("QAbstractButton") || input->inherits("QComboBox") || input->inherits("QAbstractSlider") || input->inherits("QAbstractSpinBox")) {
            INFO(input->metaObject()->className());
            CHECK_FALSE(input->accessibleName().isEmpty());
        }
    }
}
