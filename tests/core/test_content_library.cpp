#include "core/content/content_loader.h"
#include "support/scratch_pack.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace legease::core;

TEST_CASE("the library sorts benefits by order and finds items by id")
{
    const LoadedContent loaded = loadContent({false, {smallPack()}});
    REQUIRE(loaded.reports.size() == 1);
    CHECK(loaded.reports[0].loaded);
    CHECK(loaded.reports[0].packId == QStringLiteral("small"));

    const ContentLibrary& library = loaded.library;
    REQUIRE(library.benefits().size() == 2);
    CHECK(library.benefits()[0].id == QStringLiteral("warm"));
    CHECK(library.benefits()[1].id == QStringLiteral("calm"));
    REQUIRE(library.benefit(QStringLiteral("calm")));
    CHECK(library.benefit(QStringLiteral("calm"))->title == QStringLiteral("Calm legs"));
    REQUIRE(library.routine(QStringLiteral("sole-warm")));
    CHECK(library.routine(QStringLiteral("sole-warm"))->origin.pack == QStringLiteral("small"));
    CHECK(library.region(QStringLiteral("sole")));
    CHECK(library.stroke(QStringLiteral("kneading")));
    CHECK(library.region(QStringLiteral("elbow")) == nullptr);
    CHECK(library.safety().has_value());
    REQUIRE(library.pack(QStringLiteral("small")));
    CHECK(library.pack(QStringLiteral("small"))->root == smallPack());
}

TEST_CASE("a pack may use regions and strokes of a pack loaded before it")
{
    // warm-feet uses the small pack's "sole" and "effleurage" and defines nothing else.
    const LoadedContent loaded = loadContent({false, {smallPack(), testData(QStringLiteral("packs/extra"))}});
    REQUIRE(loaded.reports.size() == 2);
    CHECK(loaded.reports[1].problems.empty());
    CHECK(loaded.reports[1].loaded);
    CHECK(loaded.library.routine(QStringLiteral("warm-feet")));
    CHECK(loaded.library.packs().size() == 2);
}

TEST_CASE("the same pack on its own cannot resolve what it borrows")
{
    const LoadedContent loaded = loadContent({false, {testData(QStringLiteral("packs/extra"))}});
    REQUIRE(loaded.reports.size() == 1);
    CHECK_FALSE(loaded.reports[0].loaded);
    CHECK(countErrors(loaded.reports[0].problems) == 2);
    CHECK(loaded.library.routines().empty());
}

TEST_CASE("a pack with an error is left out as a whole, even its good files")
{
    const LoadedContent loaded = loadContent({false, {smallPack(), testData(QStringLiteral("broken/problems-in-several-files"))}});
    CHECK_FALSE(loaded.reports[1].loaded);
    CHECK(loaded.library.packs().size() == 1);
    CHECK(loaded.library.routines().size() == 2);
}

TEST_CASE("a folder with the built-in pack's id replaces the built-in pack")
{
    const LoadedContent loaded = loadContent({true, {QStringLiteral(LEGEASE_SOURCE_DIR "/content")}});
    REQUIRE(loaded.reports.size() == 1);
    CHECK(loaded.reports[0].folder.endsWith(QStringLiteral("/content")));
    CHECK(loaded.reports[0].loaded);
    CHECK(loaded.library.benefits().size() == 10);
}

TEST_CASE("a copy of the built-in pack with errors is left out and the built-in pack stays")
{
    ScratchPack copy;
    copy.write(QStringLiteral("pack.json"), R"({"format": 1, "id": "core", "title": "My copy", "locale": "en", "version": "1.0.0"})");
    // One error found while reading the files, one only when the pack meets the others.
    for (const auto& [file, bytes] : {std::pair{QStringLiteral("routines/cut.json"), QByteArray(R"({"id": "cut")")},
             std::pair{QStringLiteral("routines/lost.json"),
                 QByteArray(R"({"id": "lost", "title": "T", "summary": "S", "level": "gentle", "sides": "both-together",
                     "steps": [{"region": "nowhere", "stroke": "effleurage", "seconds": 30, "pressure": "light",
                                "direction": "none", "instruction": "Glide."}]})")}}) {
        copy.write(file, bytes);
        const LoadedContent loaded = loadContent({true, {copy.path(), testData(QStringLiteral("packs/builtin-de"))}}, QStringLiteral("de"));
        REQUIRE(loaded.reports.size() == 3);
        CHECK(loaded.reports[0].folder == builtInPackFolder());
        CHECK(loaded.reports[0].loaded);
        CHECK_FALSE(loaded.reports[1].loaded);
        REQUIRE_FALSE(loaded.reports[1].problems.empty());
        CHECK(loaded.reports[1].problems.back().toString()
            == QStringLiteral("this pack has the id of the built-in pack, \"core\", and would replace it, but it has errors; "
                              "the built-in pack is used instead"));
        CHECK(loaded.reports[2].loaded);  // a translation after it is checked against the built-in pack
        CHECK(loaded.library.appliedTranslations() == QStringList{loaded.reports[2].packId});
        CHECK(loaded.library.benefits().size() == 10);
        CHECK(loaded.library.pack(QStringLiteral("core"))->root == builtInPackFolder());
        QFile::remove(copy.path(file));
    }

    // Checked alone, it says the same.
    copy.write(QStringLiteral("routines/cut.json"), R"({"id": "cut")");
    const PackReport report = validatePack(copy.path());
    CHECK(countErrors(report.problems) == 1);
    CHECK(countWarnings(report.problems) == 1);
}

TEST_CASE("user packs are every folder under packs/ in the data location, in name order")
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    REQUIRE(base.contains(QStringLiteral("qttest")));  // test mode: never the person's real data
    QDir packs(base + QStringLiteral("/packs"));
    packs.removeRecursively();
    CHECK(userPackFolders().isEmpty());
    REQUIRE(packs.mkpath(QStringLiteral("b-pack")));
    REQUIRE(packs.mkpath(QStringLiteral("a-pack")));
    CHECK(userPackFolders() == QStringList{packs.filePath(QStringLiteral("a-pack")), packs.filePath(QStringLiteral("b-pack"))});
    packs.removeRecursively();
}
