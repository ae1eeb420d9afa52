// The bad-input corpus: every folder under tests/data/broken is a pack with something wrong and
// an expected.txt that says, line by line, which problems the loader must report.
#include "core/content/content_loader.h"
#include "support/scratch_pack.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace legease::core;

namespace {

struct Expected {
    Severity severity;
    QString file;
    QString location;  // "/json/pointer", "line:column" or "" for the whole file
    QString gist;
};

std::vector<Expected> readExpected(const QString& folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("expected.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    std::vector<Expected> expected;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('|'));
        REQUIRE(parts.size() == 4);
        expected.push_back({parts[0] == QLatin1String("warning") ? Severity::Warning : Severity::Error,
            parts[1], parts[2], parts[3]});
    }
    REQUIRE_FALSE(expected.empty());
    return expected;
}

QString locationOf(const Problem& problem)
{
    return problem.line > 0 ? QStringLiteral("%1:%2").arg(problem.line).arg(problem.column) : problem.pointer;
}

bool matches(const Problem& problem, const Expected& expected)
{
    return problem.severity == expected.severity && problem.file == expected.file
        && locationOf(problem) == expected.location && problem.message.contains(expected.gist);
}

QStringList describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines;
}

// Loads `folder` after the small test pack, as the app loads a user pack after the built-in one.
PackReport loadOnTopOfSmallPack(const QString& folder)
{
    LoadedContent loaded = loadContent({false, {smallPack(), folder}});
    REQUIRE(loaded.reports.size() == 2);
    REQUIRE(loaded.reports.front().loaded);
    return loaded.reports.back();
}

void checkReport(const PackReport& report, const std::vector<Expected>& expected)
{
    INFO("reported: " << describe(report.problems).join(QStringLiteral("\n")).toStdString());
    for (const Expected& e : expected) {
        INFO("expected: " << e.file.toStdString() << " | " << e.location.toStdString() << " | " << e.gist.toStdString());
        CHECK(std::any_of(report.problems.begin(), report.problems.end(),
            [&e](const Problem& p) { return matches(p, e); }));
    }
    // Nothing beyond what was expected: one mistake gives one clear line, not a cascade.
    CHECK(report.problems.size() == expected.size());
    const bool onlyWarnings = std::all_of(expected.begin(), expected.end(),
        [](const Expected& e) { return e.severity == Severity::Warning; });
    CHECK(report.loaded == onlyWarnings);
}

}  // namespace

TEST_CASE("every broken pack in the corpus reports exactly its expected problems")
{
    const QDir corpus(testData(QStringLiteral("broken")));
    const QStringList cases = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 40);
    for (const QString& name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QString folder = corpus.filePath(name);
            checkReport(loadOnTopOfSmallPack(folder), readExpected(folder));
        }
    }
}

TEST_CASE("a file over 1 MiB is refused before it is parsed")
{
    ScratchPack pack;
    QByteArray big = R"({"id": "big", "title": ")";
    big += QByteArray(1024 * 1024, 'a');
    big += R"("})";
    pack.write(QStringLiteral("routines/big.json"), big);
    checkReport(loadOnTopOfSmallPack(pack.path()),
        {{Severity::Error, QStringLiteral("routines/big.json"), QString(), QStringLiteral("expected a file of at most 1 MiB (1048576 bytes), found 1048602 bytes")}});
}

TEST_CASE("100,000 nested arrays are refused without a crash")
{
    ScratchPack pack;
    pack.write(QStringLiteral("routines/deep.json"), QByteArray(100000, '[') + QByteArray(100000, ']'));
    checkReport(loadOnTopOfSmallPack(pack.path()),
        {{Severity::Error, QStringLiteral("routines/deep.json"), QStringLiteral("1:65"), QStringLiteral("expected at most 64 levels of nesting, found more")}});
}

TEST_CASE("deep nesting inside an otherwise good file is refused at the place it gets too deep")
{
    ScratchPack pack;
    pack.write(QStringLiteral("regions.json"), "{\"regions\": [\n" + QByteArray(70, '{') + QByteArray(70, '}') + "]}");
    checkReport(loadOnTopOfSmallPack(pack.path()),
        {{Severity::Error, QStringLiteral("regions.json"), QStringLiteral("2:63"), QStringLiteral("levels of nesting")}});
}

TEST_CASE("a content file that is a symbolic link out of the pack is refused")
{
    ScratchPack pack;
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("secret.json"));
    QFile secret(target);
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write(R"({"id": "secret"})");
    secret.close();
    QDir().mkpath(pack.path(QStringLiteral("routines")));
    REQUIRE(QFile::link(target, pack.path(QStringLiteral("routines/secret.json"))));
    checkReport(loadOnTopOfSmallPack(pack.path()),
        {{Severity::Error, QStringLiteral("routines/secret.json"), QString(), QStringLiteral("found a link to somewhere else")}});
}

TEST_CASE("an image that is a symbolic link out of the pack is refused")
{
    ScratchPack pack;
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("photo.png"));
    QFile photo(target);
    REQUIRE(photo.open(QIODevice::WriteOnly));
    photo.close();
    QDir().mkpath(pack.path(QStringLiteral("images")));
    REQUIRE(QFile::link(target, pack.path(QStringLiteral("images/photo.png"))));
    pack.write(QStringLiteral("regions.json"),
        R"({"regions": [{"id": "heel", "name": "Heel", "view": "back", "image": "images/photo.png"}]})");
    checkReport(loadOnTopOfSmallPack(pack.path()),
        {{Severity::Error, QStringLiteral("regions.json"), QStringLiteral("/regions/0/image"),
            QStringLiteral("expected a relative path to a file inside the pack, found \"images/photo.png\"")}});
}

TEST_CASE("a folder that does not exist is reported, not crashed on")
{
    const PackReport report = validatePack(testData(QStringLiteral("no/such/folder")));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front().message.startsWith(QStringLiteral("expected a content pack folder, found nothing at")));
    CHECK_FALSE(report.loaded);
}

TEST_CASE("a broken user pack next to the built-in one leaves the built-in content loaded")
{
    const LoadedContent loaded = loadContent({true, {testData(QStringLiteral("broken/dangling-region")),
                                                    testData(QStringLiteral("broken/truncated"))}});
    REQUIRE(loaded.reports.size() == 3);
    CHECK(loaded.reports[0].loaded);
    CHECK_FALSE(loaded.reports[1].loaded);
    CHECK_FALSE(loaded.reports[2].loaded);
    CHECK(loaded.library.packs().size() == 1);
    CHECK(loaded.library.benefits().size() == 10);
    CHECK(loaded.library.routine(QStringLiteral("r")) == nullptr);
}

TEST_CASE("a folder of many files, read on several threads, reports in file-name order")
{
    ScratchPack pack;
    const auto routine = [](const QString& id, const QByteArray& seconds) {
        return QStringLiteral(R"({"id": "%1", "title": "T", "summary": "S", "level": "gentle", "sides": "both-together",
            "steps": [{"region": "calf", "stroke": "kneading", "seconds": %2, "pressure": "light",
                       "direction": "none", "instruction": "Knead."}]})")
            .arg(id, QString::fromLatin1(seconds))
            .toUtf8();
    };
    // Enough files that the loader shares them between threads; the problems sit near the start,
    // the middle and the end, so a merge in finishing order would show.
    for (int n = 0; n < 400; ++n) {
        const QString id = QStringLiteral("r-%1").arg(n, 3, 10, QLatin1Char('0'));
        QByteArray bytes = routine(id, "30");
        if (n == 3)
            bytes = routine(id, "-5");
        else if (n == 200)
            bytes = "{\"id\": ";
        else if (n == 398)
            bytes = routine(QStringLiteral("elsewhere"), "700");
        pack.write(QStringLiteral("routines/%1.json").arg(id), bytes);
    }
    const PackReport report = loadOnTopOfSmallPack(pack.path());
    CHECK(describe(report.problems) == QStringList{
        QStringLiteral("routines/r-003.json: /steps/0/seconds: expected an integer from 5 to 600, found -5"),
        QStringLiteral("routines/r-200.json:1:8: syntax error: expected a value, found the end of the file (is the file cut short?)"),
        QStringLiteral("routines/r-398.json: /steps/0/seconds: expected an integer from 5 to 600, found 700"),
        QStringLiteral("routines/r-398.json: /id: expected the id to match the file name \"r-398\", found \"elsewhere\""),
    });
    CHECK_FALSE(report.loaded);
}

TEST_CASE("the routines of a large folder keep their file-name order")
{
    ScratchPack pack;
    for (int n = 0; n < 300; ++n) {
        const QString id = QStringLiteral("r-%1").arg(n, 3, 10, QLatin1Char('0'));
        pack.write(QStringLiteral("routines/%1.json").arg(id),
            QStringLiteral(R"({"id": "%1", "title": "T", "summary": "S", "level": "gentle", "sides": "both-together",
                "steps": [{"region": "calf", "stroke": "kneading", "seconds": 30, "pressure": "light",
                           "direction": "none", "instruction": "Knead."}]})")
                .arg(id)
                .toUtf8());
    }
    const LoadedContent loaded = loadContent({false, {smallPack(), pack.path()}});
    REQUIRE(loaded.reports.back().loaded);
    const auto& routines = loaded.library.routines();
    REQUIRE(routines.size() == 302);  // the small pack's two first
    for (int n = 0; n < 300; ++n)
        CHECK(routines[std::size_t(n) + 2].id == QStringLiteral("r-%1").arg(n, 3, 10, QLatin1Char('0')));
}
