// Sharing routines: export one or all, and import a file (one routine or a bundle) checked by the
// loader's own rules and words, with new ids for taken ones, written whole or not at all.
#include "core/content/content_loader.h"
#include "core/content/content_store.h"
#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/own_pack.h"
#include "core/content/routine_check.h"
#include "core/content/routine_json.h"
#include "core/content/routine_sharing.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace legease::core;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A problem without its file: where it is and what it says.
QString placeAndMessage(const Problem& problem)
{
    const QString place = problem.line > 0 ? QStringLiteral("%1:%2").arg(problem.line).arg(problem.column) : problem.pointer;
    return QStringLiteral("%1 %2: %3")
        .arg(problem.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), place, problem.message);
}

QStringList placesAndMessages(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines << placeAndMessage(problem);
    return lines;
}

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

Routine routineOfSmallPack(const QString& id, const QString& title)
{
    Routine routine;
    routine.id = id;
    routine.title = title;
    routine.summary = QStringLiteral("A short one.");
    Step step;
    step.region = QStringLiteral("calf");
    step.stroke = QStringLiteral("kneading");
    step.seconds = 30;
    step.instruction = QStringLiteral("Knead.");
    routine.steps = {step};
    return routine;
}

bool isTranslationCase(const QString& folder)
{
    Problems ignored;
    ProblemSink sink(ignored, QStringLiteral("pack.json"));
    const auto document = readJsonFile(QDir(folder).filePath(QStringLiteral("pack.json")), sink);
    return document && isTranslation(readPackInfo(*document, sink));
}

// The loader's problems that an import answers differently, by design: a taken id gets a new one
// instead of being an error, and an import's file may have any name.
bool importRenames(const Problem& problem)
{
    return problem.message.startsWith(QStringLiteral("expected a routine id not used before"))
        || problem.message.startsWith(QStringLiteral("expected the id to match the file name"));
}

}  // namespace

TEST_CASE("every broken routine of the corpus, imported alone, is refused with the loader's own words at the same place")
{
    const LoadedContent small = loadContent({false, {smallPack()}});
    const QDir corpus(testData(QStringLiteral("broken")));
    QTemporaryDir dir;
    const OwnPack pack(dir.filePath(QStringLiteral("my-routines")));
    int refused = 0;
    int taken = 0;
    for (const QString& name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = corpus.filePath(name);
        const QDir routines(QDir(folder).filePath(QStringLiteral("routines")));
        if (!routines.exists() || isTranslationCase(folder))
            continue;  // nothing in it is a routine file to import
        const LoadedContent loaded = loadContent({false, {smallPack(), folder}});
        for (const QString& file : routines.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            INFO(name.toStdString() << "/routines/" << file.toStdString());
            Problems expected;
            for (const Problem& problem : loaded.reports.back().problems)
                if (problem.file == QStringLiteral("routines/") + file && !importRenames(problem))
                    expected.push_back(problem);
            const ImportCheck check = checkImport(routines.filePath(file), small.library, pack);
            CHECK(check.file == file);
            for (const Problem& problem : check.problems)
                CHECK(problem.file == file);
            CHECK(placesAndMessages(check.problems) == placesAndMessages(expected));
            CHECK(check.canImport() == (countErrors(expected) == 0));
            refused += check.canImport() ? 0 : 1;
            taken += check.renamed.empty() ? 0 : 1;
        }
    }
    CHECK(refused >= 30);  // the corpus is checked, not skipped
    CHECK(taken >= 1);     // duplicate-routine-across-packs: imported under a new id instead
    CHECK_FALSE(QFileInfo::exists(pack.folder()));  // checking writes nothing
}

TEST_CASE("an id that is taken gets a new one read from the title, which says it was imported")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const QString file = dir.filePath(QStringLiteral("shared.json"));
    const Routine* calm = store.library().routine(QStringLiteral("calf-calm"));
    REQUIRE(calm);
    REQUIRE(exportRoutine(*calm, file).isEmpty());
    CHECK(readBytes(file) == routineFileBytes(*calm));
    const std::size_t calmSteps = calm->steps.size();  // reload() below frees the library calm lives in

    ImportCheck check = checkImport(file, store.library(), store.ownPack());
    REQUIRE(check.canImport());
    REQUIRE(check.routines.size() == 1);
    CHECK(check.routines.front().title == QStringLiteral("Calm calves (imported)"));
    CHECK(check.routines.front().id == QStringLiteral("calm-calves-imported"));
    REQUIRE(check.renamed.size() == 1);
    CHECK(check.renamed.front().from == QStringLiteral("calf-calm"));
    ImportResult result = importRoutines(check, store.ownPack());
    REQUIRE(result.error.isEmpty());
    CHECK(result.ids == QStringList{QStringLiteral("calm-calves-imported")});
    store.reload();
    const Routine* imported = store.library().routine(QStringLiteral("calm-calves-imported"));
    REQUIRE(imported);
    CHECK(imported->steps.size() == calmSteps);
    CHECK(store.library().routine(QStringLiteral("calf-calm"))->title == QStringLiteral("Calm calves"));  // untouched

    // Again: the new id is taken too now, so the next one counts on.
    check = checkImport(file, store.library(), store.ownPack());
    REQUIRE(check.canImport());
    CHECK(check.routines.front().id == QStringLiteral("calm-calves-imported-2"));

    // A long title keeps within 120 characters.
    CHECK(importedTitle(QString(119, QLatin1Char('x'))).size() == 120);
    CHECK(importedTitle(QString(119, QLatin1Char('x'))).endsWith(QStringLiteral("… (imported)")));
}

TEST_CASE("all of one's own routines export as one bundle that imports whole elsewhere")
{
    QTemporaryDir dir;
    ContentStore mine({false, {smallPack()}}, dir.filePath(QStringLiteral("mine/my-routines")));
    for (const char* title : {"Morning feet", "Evening calves"}) {
        const Routine routine = routineOfSmallPack(mine.ownPack().newId(QString::fromUtf8(title), mine.library()), QString::fromUtf8(title));
        REQUIRE(mine.ownPack().save(routine, mine.library(), QString(), std::nullopt).status == SaveOutcome::Status::Saved);
    }
    mine.reload();
    const std::vector<Routine> own = mine.ownPack().routines(mine.library());
    REQUIRE(own.size() == 2);
    const QString bundle = dir.filePath(QStringLiteral("my-routines.json"));
    REQUIRE(exportBundle(ownPackInfo(), own, bundle).isEmpty());
    CHECK(readBytes(bundle) == routineBundleBytes(ownPackInfo(), own));
    CHECK(readBytes(bundle).startsWith("{\n  \"format\": 1,\n  \"pack\": {\n"));

    // A friend's LegEase: the same content, no routines of theirs yet.
    ContentStore friends({false, {smallPack()}}, dir.filePath(QStringLiteral("friend/my-routines")));
    const ImportCheck check = checkImport(bundle, friends.library(), friends.ownPack());
    CHECK(check.bundle);
    REQUIRE(check.canImport());
    CHECK(check.renamed.empty());
    REQUIRE(importRoutines(check, friends.ownPack()).ids == QStringList{QStringLiteral("evening-calves"), QStringLiteral("morning-feet")});
    friends.reload();
    for (const Routine& routine : own) {
        const Routine* theirs = friends.library().routine(routine.id);
        REQUIRE(theirs);
        CHECK(sameRoutine(*theirs, routine));
        CHECK(friends.ownPack().holds(friends.library(), *theirs));
    }
    CHECK(exportBundle(ownPackInfo(), {}, dir.filePath(QStringLiteral("none.json"))).contains(QStringLiteral("no routines")));
}

TEST_CASE("a bundle's problems name the bundle and the place inside it, and nothing of it is imported")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const QString file = dir.filePath(QStringLiteral("club.json"));
    writeBytes(file, R"({"format": 2, "colour": "red",
        "pack": {"format": 1, "id": "club", "title": "Club", "locale": "de", "version": "1.0"},
        "routines": [
          {"id": "fine", "title": "Fine", "summary": "S", "level": "gentle", "sides": "both-together",
           "steps": [{"region": "calf", "stroke": "kneading", "seconds": 30, "pressure": "light", "direction": "none", "instruction": "Knead."}]},
          {"id": "broken", "title": "Broken", "summary": "S", "level": "gentle", "sides": "both-together",
           "steps": [{"region": "elbow", "stroke": "kneading", "seconds": 3, "pressure": "light", "direction": "none", "instruction": "Knead."}]},
          7
        ]})");
    const ImportCheck check = checkImport(file, store.library(), store.ownPack());
    CHECK_FALSE(check.canImport());
    CHECK(check.routines.empty());
    for (const Problem& problem : check.problems)
        CHECK(problem.file == QStringLiteral("club.json"));
    CHECK(placesAndMessages(check.problems) == QStringList{
        QStringLiteral("error /format: expected 1 (the only format this version of LegEase reads), found 2"),
        QStringLiteral("error /pack/version: expected a version such as \"1.0.0\", found \"1.0\""),
        QStringLiteral("error /pack/locale: expected an English locale such as \"en\" (a bundle holds routines, not a translation), found \"de\""),
        QStringLiteral("error /routines/1/steps/0/seconds: expected an integer from 5 to 600, found 3"),
        QStringLiteral("error /routines/2: expected a routine object, found 7"),
        QStringLiteral("warning /colour: unknown key, ignored (expected one of: format, pack, routines)"),
        QStringLiteral("error /routines/1/steps/0/region: expected the id of a region defined in this or another loaded pack, found \"elbow\""),
    });
    CHECK(importRoutines(check, store.ownPack()).error.contains(QStringLiteral("nothing was imported")));
    CHECK_FALSE(QFileInfo::exists(store.ownPack().folder()));

    // On its own, the cross-file problem is found at its place too.
    writeBytes(file, R"({"format": 1, "pack": {"format": 1, "id": "club", "title": "Club", "locale": "en", "version": "1.0.0"},
        "routines": [{"id": "broken", "title": "Broken", "summary": "S", "level": "gentle", "sides": "both-together",
           "steps": [{"region": "elbow", "stroke": "kneading", "seconds": 30, "pressure": "light", "direction": "none", "instruction": "Knead."}]}]})");
    CHECK(placesAndMessages(checkImport(file, store.library(), store.ownPack()).problems) == QStringList{
        QStringLiteral("error /routines/0/steps/0/region: expected the id of a region defined in this or another loaded pack, found \"elbow\"")});
}

TEST_CASE("two routines of one bundle with the same id both come in, the second under a new id")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const QString file = dir.filePath(QStringLiteral("twice.json"));
    const Routine routine = routineOfSmallPack(QStringLiteral("twice"), QStringLiteral("Twice"));
    REQUIRE(exportBundle(ownPackInfo(), {routine, routine}, file).isEmpty());
    const ImportCheck check = checkImport(file, store.library(), store.ownPack());
    REQUIRE(check.canImport());
    CHECK(check.routines[0].id == QStringLiteral("twice"));
    CHECK(check.routines[1].id == QStringLiteral("twice-imported"));
    CHECK(check.routines[1].title == QStringLiteral("Twice (imported)"));
}

TEST_CASE("an import of something that is not a regular file is refused without opening it")
{
    QTemporaryDir dir;
    ContentStore store({false, {smallPack()}}, dir.filePath(QStringLiteral("my-routines")));
    const QString pipe = dir.filePath(QStringLiteral("routine.json"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const ImportCheck fifo = checkImport(pipe, store.library(), store.ownPack());  // returns: nothing waited on the pipe
    CHECK(placesAndMessages(fifo.problems) == QStringList{QStringLiteral("error : expected a regular file, found a named pipe (FIFO)")});
    const ImportCheck folder = checkImport(dir.path(), store.library(), store.ownPack());
    CHECK(placesAndMessages(folder.problems) == QStringList{QStringLiteral("error : expected a regular file, found a folder")});
    const ImportCheck missing = checkImport(dir.filePath(QStringLiteral("none.json")), store.library(), store.ownPack());
    CHECK_FALSE(missing.canImport());
    CHECK(placesAndMessages(missing.problems) == QStringList{QStringLiteral("error : expected a file, found nothing")});
}

TEST_CASE("an import stopped dead between any two of its writes leaves the own pack whole: all of it or none")
{
    QTemporaryDir dir;
    const QString parent = dir.filePath(QStringLiteral("packs"));
    const QString own = QDir(parent).filePath(QStringLiteral("my-routines"));
    // A bundle of three new routines, and an own pack that already holds one.
    const QString bundle = dir.filePath(QStringLiteral("three.json"));
    REQUIRE(exportBundle(ownPackInfo(),
                {routineOfSmallPack(QStringLiteral("one"), QStringLiteral("One")),
                    routineOfSmallPack(QStringLiteral("two"), QStringLiteral("Two")),
                    routineOfSmallPack(QStringLiteral("three"), QStringLiteral("Three"))},
                bundle)
                .isEmpty());
    const auto freshPack = [&] {
        REQUIRE(QDir(own).removeRecursively());
        ContentStore store({false, {smallPack()}}, own);
        REQUIRE(store.ownPack().save(routineOfSmallPack(QStringLiteral("mine"), QStringLiteral("Mine")), store.library(),
                    QString(), std::nullopt)
                    .status
            == SaveOutcome::Status::Saved);
    };
    const QStringList before{QStringLiteral("pack.json"), QStringLiteral("routines/mine.json")};
    const QStringList after{QStringLiteral("pack.json"), QStringLiteral("routines/mine.json"), QStringLiteral("routines/one.json"),
        QStringLiteral("routines/three.json"), QStringLiteral("routines/two.json")};

    int sawBefore = 0;
    int sawAfter = 0;
    bool finished = false;
    for (int stopAfter = 1; !finished && stopAfter < 50; ++stopAfter) {
        freshPack();
        QProcess importer;
        importer.start(QStringLiteral(LEGEASE_ROUTINE_IMPORTER), {smallPack(), own, bundle, QString::number(stopAfter)});
        REQUIRE(importer.waitForFinished(30'000));
        const QString output = QString::fromUtf8(importer.readAllStandardOutput());
        INFO("stopped after step " << stopAfter << ":\n" << output.toStdString());
        finished = importer.exitStatus() == QProcess::NormalExit;
        if (finished) {
            CHECK(importer.exitCode() == 0);
            CHECK(output.endsWith(QStringLiteral("one\ntwo\nthree\n")));
        } else {
            CHECK(output.contains(QStringLiteral("step %1: ").arg(stopAfter)));
        }
        // What the app would load now: the own pack, whole, with none or all of the three.
        const LoadedContent loaded = loadContent({false, {smallPack(), own}});
        REQUIRE(loaded.reports.size() == 2);
        CHECK(loaded.reports.back().problems.empty());
        CHECK(loaded.reports.back().loaded);
        const QStringList files = filesUnder(own);
        CHECK((files == before || files == after));
        sawBefore += files == before ? 1 : 0;
        sawAfter += files == after ? 1 : 0;
        // A half-built copy may be left beside it, hidden from the loader, and the next import clears it.
        for (const QString& entry : QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            CHECK(entry == QStringLiteral("my-routines"));
    }
    CHECK(finished);
    CHECK(sawBefore >= 4);  // stopped while building the new copy
    CHECK(sawAfter >= 2);   // stopped after the swap, and the run to the end
    CHECK(QDir(parent).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("my-routines")});
}
