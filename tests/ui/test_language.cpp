#include "core/language/language.h"
#include "core/settings/app_settings.h"
#include "support/string_makers.h"
#include "ui/settings/settings_dialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

using namespace legease;

namespace {

const QStringList kAvailable{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt_BR")};

}  // namespace

TEST_CASE("the language setting wins when it is installed, then the system's languages, then English")
{
    const QStringList german{QStringLiteral("de-AT"), QStringLiteral("en-US")};
    CHECK(core::chooseLanguage(QStringLiteral("pt_BR"), german, kAvailable) == QStringLiteral("pt_BR"));
    CHECK(core::chooseLanguage(QString(), german, kAvailable) == QStringLiteral("de"));  // de-AT falls back to de
    CHECK(core::chooseLanguage(QString(), {QStringLiteral("pt-BR")}, kAvailable) == QStringLiteral("pt_BR"));
    CHECK(core::chooseLanguage(QString(), {QStringLiteral("fr-FR"), QStringLiteral("de-DE")}, kAvailable) == QStringLiteral("de"));
    CHECK(core::chooseLanguage(QString(), {QStringLiteral("fr-FR")}, kAvailable) == QStringLiteral("en"));
    // A setting for a translation that is no longer installed follows the system instead.
    CHECK(core::chooseLanguage(QStringLiteral("fr"), german, kAvailable) == QStringLiteral("de"));
}

TEST_CASE("the build ships English plural forms and a German translation")
{
    const QStringList found = core::availableLanguages(core::translationsFolder());
    CHECK(found.first() == QStringLiteral("en"));
    CHECK(found.contains(QStringLiteral("de")));
    CHECK(core::languageName(QStringLiteral("de")) == QStringLiteral("Deutsch"));

    // The test run itself uses the English file: plural forms come from it.
    CHECK(QCoreApplication::translate("legease::plugins::HistoryView", "%n day(s)", nullptr, 1) == QStringLiteral("1 day"));
    CHECK(QCoreApplication::translate("legease::plugins::HistoryView", "%n day(s)", nullptr, 3) == QStringLiteral("3 days"));

    QTranslator german;
    REQUIRE(german.load(QStringLiteral("legease_de"), core::translationsFolder()));
    // A translator picks the plural form; QCoreApplication::translate puts the number in.
    CHECK(german.translate("legease::plugins::HistoryView", "%n day(s)", nullptr, 1) == QStringLiteral("%n Tag"));
    CHECK(german.translate("legease::plugins::HistoryView", "%n day(s)", nullptr, 3) == QStringLiteral("%n Tage"));
    CHECK_FALSE(german.translate("legease::ui::SettingsDialog", "Settings").isEmpty());
}

TEST_CASE("the settings dialog offers the installed languages and says a change waits for a restart")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat);
    core::AppSettings settings(store);
    ui::SettingsDialog dialog(settings, {});
    QComboBox* combo = dialog.languageCombo();
    CHECK(combo->currentData().toString().isEmpty());  // follows the system
    REQUIRE(combo->findData(QStringLiteral("de")) > 0);
    CHECK(combo->itemText(combo->findData(QStringLiteral("de"))) == QStringLiteral("Deutsch"));
    CHECK(dialog.languageNote()->isHidden());

    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    CHECK_FALSE(dialog.languageNote()->isHidden());
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(settings.language() == QStringLiteral("de"));

    ui::SettingsDialog again(settings, {});
    CHECK(again.languageCombo()->currentData().toString() == QStringLiteral("de"));
    CHECK(again.languageNote()->isHidden());
}

TEST_CASE("the system's regional variant of the chosen language is the one spoken")
{
    const QStringList austrian{QStringLiteral("de-AT"), QStringLiteral("en-GB")};
    CHECK(core::regionalVariant(QStringLiteral("de"), austrian) == QStringLiteral("de_AT"));
    CHECK(core::regionalVariant(QStringLiteral("en"), austrian) == QStringLiteral("en_GB"));
    // A language the system does not list, or lists without a region, is spoken as it is.
    CHECK(core::regionalVariant(QStringLiteral("pt_BR"), austrian) == QStringLiteral("pt_BR"));
    CHECK(core::regionalVariant(QStringLiteral("de"), {QStringLiteral("de"), QStringLiteral("de-CH")}) == QStringLiteral("de"));
    // A three-letter code that starts with "en" is another language.
    CHECK(core::regionalVariant(QStringLiteral("en"), {QStringLiteral("ene-FI"), QStringLiteral("en-IE")}) == QStringLiteral("en_IE"));
    CHECK(core::regionalVariant(QStringLiteral("pt_BR"), {QStringLiteral("pt-PT")}) == QStringLiteral("pt_BR"));
}

namespace {

// useLanguage changes the whole test program; this puts English back as the test main set it.
struct BackToEnglish {
    ~BackToEnglish()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        core::useLanguage(QStringLiteral("en"), core::translationsFolder());
    }
};

}  // namespace

TEST_CASE("a regional variant speaks its language's translation, with the region's dates")
{
    BackToEnglish restore;
    REQUIRE(core::useLanguage(QStringLiteral("de_AT"), core::translationsFolder()));
    CHECK(QCoreApplication::translate("legease::ui::SettingsDialog", "Settings") == QStringLiteral("Einstellungen"));
    CHECK(QLocale().name() == QStringLiteral("de_AT"));
    CHECK(QLocale().monthName(1) == QStringLiteral("Jänner"));  // "Januar" in Germany
}

TEST_CASE("British English keeps the English plural forms and gets a 24-hour clock")
{
    BackToEnglish restore;
    REQUIRE(core::useLanguage(QStringLiteral("en_GB"), core::translationsFolder()));
    CHECK(QCoreApplication::translate("legease::plugins::HistoryView", "%n day(s)", nullptr, 3) == QStringLiteral("3 days"));
    CHECK(QLocale().timeFormat(QLocale::ShortFormat) == QStringLiteral("HH:mm"));  // not 12-hour, as in en_US
}
