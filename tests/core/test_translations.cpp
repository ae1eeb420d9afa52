// Translation packs: a pack whose locale is not English gives texts for items other packs define.
#include "core/content/content_loader.h"
#include "core/content/content_text.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

using namespace legease::core;

namespace {

QString germanPack()
{
    return testData(QStringLiteral("packs/small-de"));
}

QString austrianPack()
{
    return testData(QStringLiteral("packs/small-de-at"));
}

void requireAllLoadedCleanly(const LoadedContent& loaded)
{
    for (const PackReport& report : loaded.reports) {
        INFO(report.folder.toStdString() << "\n" << validationText(report).toStdString());
        REQUIRE(report.loaded);
        REQUIRE(report.problems.empty());
    }
}

}  // namespace

TEST_CASE("a German translation pack replaces the texts it gives and leaves the rest in English")
{
    const LoadedContent loaded = loadContent({false, {smallPack(), germanPack()}}, QStringLiteral("de"));
    requireAllLoadedCleanly(loaded);
    const ContentLibrary& library = loaded.library;
    CHECK(library.appliedTranslations() == QStringList{QStringLiteral("small-de")});
    CHECK(library.packs().size() == 1);  // a translation adds no content of its own
    REQUIRE(library.translations().size() == 1);
    CHECK(library.translations().front().locale == QStringLiteral("de"));

    CHECK(library.region(QStringLiteral("calf"))->name == QStringLiteral("Wade"));
    CHECK(library.region(QStringLiteral("calf"))->description == QStringLiteral("Die Rückseite des Unterschenkels."));
    CHECK(library.region(QStringLiteral("calf"))->view == View::Back);
    CHECK(library.region(QStringLiteral("sole"))->name == QStringLiteral("Sole"));
    CHECK(library.stroke(QStringLiteral("effleurage"))->name == QStringLiteral("Streichen"));
    CHECK(library.stroke(QStringLiteral("kneading"))->name == QStringLiteral("Kneading"));

    const Benefit* calm = library.benefit(QStringLiteral("calm"));
    CHECK(calm->title == QStringLiteral("Ruhige Beine"));
    CHECK(calm->summary == QStringLiteral("Langsame Bewegungen können beim Abschalten helfen."));
    CHECK(calm->body == QStringLiteral("## Why\n\nSlow, even strokes can feel soothing."));  // not translated
    CHECK(calm->order == 2);
    CHECK(calm->routine == QStringLiteral("calf-calm"));

    const Routine* routine = library.routine(QStringLiteral("calf-calm"));
    CHECK(routine->title == QStringLiteral("Ruhige Waden"));
    CHECK(routine->summary == QStringLiteral("Two slow minutes for each calf."));
    REQUIRE(routine->steps.size() == 2);
    CHECK(routine->steps[0].instruction == QStringLiteral("Mit beiden Händen vom Knöchel zum Knie gleiten."));
    CHECK(routine->steps[0].seconds == 60);
    CHECK(routine->steps[0].region == QStringLiteral("calf"));
    CHECK(routine->steps[1].instruction == QStringLiteral("Knead the calf from bottom to top."));

    REQUIRE(library.safety().has_value());
    CHECK(library.safety()->title == QStringLiteral("Bevor du anfängst"));
    CHECK(library.safety()->intro == QStringLiteral("A short test safety screen."));
    REQUIRE(library.safety()->checklist.size() == 1);
    CHECK(library.safety()->checklist[0].title == QStringLiteral("Blood clot"));
    CHECK(library.safety()->checklist[0].detail == QStringLiteral("Massiere keine Wade, die geschwollen, warm und schmerzhaft ist."));
    CHECK(library.safety()->stopIfItHurts == QStringLiteral("Hör auf, wenn es wehtut."));
}

TEST_CASE("a translation pack is checked in any language but applied only in its own")
{
    for (const QString& language : {QString(), QStringLiteral("fr"), QStringLiteral("en_US"), QStringLiteral("C")}) {
        INFO(language.toStdString());
        const LoadedContent loaded = loadContent({false, {smallPack(), germanPack()}}, language);
        requireAllLoadedCleanly(loaded);
        CHECK(loaded.library.translations().size() == 1);
        CHECK(loaded.library.appliedTranslations().isEmpty());
        CHECK(loaded.library.routine(QStringLiteral("calf-calm"))->title == QStringLiteral("Calm calves"));
    }
}

TEST_CASE("the exact locale wins over its base language, which fills in the rest")
{
    // Listed before the German pack on purpose: the base language still applies first.
    const QStringList folders{smallPack(), austrianPack(), germanPack()};
    for (const QString& language : {QStringLiteral("de_AT"), QStringLiteral("de-AT"), QStringLiteral("DE-at")}) {
        INFO(language.toStdString());
        const LoadedContent loaded = loadContent({false, folders}, language);
        requireAllLoadedCleanly(loaded);
        CHECK(loaded.library.appliedTranslations() == QStringList{QStringLiteral("small-de"), QStringLiteral("small-de-at")});
        const Routine* routine = loaded.library.routine(QStringLiteral("calf-calm"));
        CHECK(routine->title == QStringLiteral("Ruhige Wadln"));
        CHECK(routine->steps[0].instruction == QStringLiteral("Mit beiden Händen vom Knöchel zum Knie gleiten."));
    }

    const LoadedContent german = loadContent({false, folders}, QStringLiteral("de"));
    CHECK(german.library.appliedTranslations() == QStringList{QStringLiteral("small-de")});
    CHECK(german.library.routine(QStringLiteral("calf-calm"))->title == QStringLiteral("Ruhige Waden"));

    const LoadedContent swiss = loadContent({false, folders}, QStringLiteral("de_CH"));
    CHECK(swiss.library.routine(QStringLiteral("calf-calm"))->title == QStringLiteral("Ruhige Waden"));
}

TEST_CASE("a translation pack listed before the pack it translates is checked against it")
{
    const LoadedContent loaded = loadContent({false, {germanPack(), smallPack()}}, QStringLiteral("de"));
    REQUIRE(loaded.reports.size() == 2);
    CHECK(loaded.reports[0].packId == QStringLiteral("small-de"));  // reports keep the folders' order
    requireAllLoadedCleanly(loaded);
    CHECK(loaded.library.region(QStringLiteral("calf"))->name == QStringLiteral("Wade"));
}

TEST_CASE("a translation with errors is left out and the English texts stay")
{
    const LoadedContent loaded = loadContent({false, {smallPack(), testData(QStringLiteral("broken/translation-not-text"))}},
        QStringLiteral("de"));
    REQUIRE(loaded.reports.size() == 2);
    CHECK(loaded.reports[0].loaded);
    CHECK_FALSE(loaded.reports[1].loaded);
    CHECK(loaded.library.translations().empty());
    CHECK(loaded.library.routine(QStringLiteral("calf-calm"))->title == QStringLiteral("Calm calves"));
}

TEST_CASE("an item the translation names but nobody defines is ignored, the rest applies")
{
    const LoadedContent loaded = loadContent({false, {smallPack(), testData(QStringLiteral("broken/translation-unknown-id"))}},
        QStringLiteral("de"));
    REQUIRE(loaded.reports.back().loaded);
    CHECK(countWarnings(loaded.reports.back().problems) == 2);
    CHECK(loaded.library.region(QStringLiteral("calf"))->name == QStringLiteral("Wade"));
    CHECK(loaded.library.region(QStringLiteral("elbow")) == nullptr);
}

TEST_CASE("settings in a translation pack are ignored, its texts still apply")
{
    const LoadedContent loaded = loadContent({false, {smallPack(), testData(QStringLiteral("broken/translation-settings-ignored"))}},
        QStringLiteral("de"));
    REQUIRE(loaded.reports.back().loaded);
    const Routine* routine = loaded.library.routine(QStringLiteral("calf-calm"));
    CHECK(routine->title == QStringLiteral("Ruhige Waden"));
    CHECK(routine->level == Level::Gentle);
    CHECK(routine->steps[0].seconds == 60);
    CHECK(loaded.library.benefit(QStringLiteral("calm"))->order == 2);
}

TEST_CASE("validating a translation pack checks it against the built-in content")
{
    // The German test pack translates the small pack: the built-in pack has the calf region and
    // the effleurage stroke, but no "calm" benefit and no "calf-calm" routine.
    const PackReport report = validatePack(germanPack());
    CHECK(report.loaded);
    CHECK(validationText(report)
        == QStringLiteral("warning: benefits/calm.json: /id: expected the id of a benefit in a loaded pack, found \"calm\"; "
                          "there is nothing to translate, ignored\n"
                          "warning: routines/calf-calm.json: /id: expected the id of a routine in a loaded pack, found "
                          "\"calf-calm\"; there is nothing to translate, ignored\n"
                          "0 errors, 2 warnings\n"));
}
