#include "core/content/content_text.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include "support/scratch_pack.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace legease::core;

TEST_CASE("validation text: one line per problem, then the totals")
{
    PackReport report;
    report.problems.push_back({Severity::Error, QStringLiteral("routines/a.json"), QStringLiteral("/steps/2/seconds"), 0, 0,
        QStringLiteral("expected an integer from 5 to 600, found -5")});
    report.problems.push_back({Severity::Error, QStringLiteral("benefits/b.json"), QString(), 3, 7,
        QStringLiteral("syntax error: expected a value, found ']'")});
    report.problems.push_back({Severity::Warning, QStringLiteral("routines/a.json"), QStringLiteral("/colour"), 0, 0,
        QStringLiteral("unknown key, ignored")});
    CHECK(validationText(report)
        == QStringLiteral("routines/a.json: /steps/2/seconds: expected an integer from 5 to 600, found -5\n"
                          "benefits/b.json:3:7: syntax error: expected a value, found ']'\n"
                          "warning: routines/a.json: /colour: unknown key, ignored\n"
                          "2 errors, 1 warning\n"));
    CHECK(validationText(PackReport{}) == QStringLiteral("0 errors, 0 warnings\n"));
}

TEST_CASE("listing: benefits in order with routine and length, then routines with steps and length")
{
    const LoadedContent loaded = loadContent({false, {smallPack()}});
    CHECK(listingText(loaded.library)
        == QStringLiteral("Benefits (2)\n"
                          "  1. Warm feet    sole-warm     0:30\n"
                          "  2. Calm legs    calf-calm     3:30\n"
                          "\n"
                          "Routines (2)\n"
                          "  calf-calm  Calm calves    2 steps     3:30\n"
                          "  sole-warm  Warm soles      1 step     0:30\n"));
}

TEST_CASE("text for a terminal: control characters, format characters and separators are escaped visibly")
{
    CHECK(escapedForTerminal(QStringLiteral("plain text, 100% (ok)")) == QStringLiteral("plain text, 100% (ok)"));
    CHECK(escapedForTerminal(QStringLiteral("Wade, Fuß und Knöchel ✓ 🦶")) == QStringLiteral("Wade, Fuß und Knöchel ✓ 🦶"));
    // An escape sequence that would wipe the line and write a false total.
    CHECK(escapedForTerminal(QStringLiteral("a\x1b[2K\r0 errors")) == QStringLiteral("a\\x1b[2K\\x0d0 errors"));
    CHECK(escapedForTerminal(QStringLiteral("tab\there\nline\x7f")) == QStringLiteral("tab\\x09here\\x0aline\\x7f"));
    CHECK(escapedForTerminal(QString(QChar(0x9b)) + QStringLiteral("2J")) == QStringLiteral("\\x9b2J"));  // the C1 CSI
    // A right-to-left override turns "gpj.exe" into what looks like "exe.jpg".
    CHECK(escapedForTerminal(QStringLiteral("photo\u202egpj.exe")) == QStringLiteral("photo\\u202egpj.exe"));
    CHECK(escapedForTerminal(QStringLiteral("a\u2066b\u2069\u200bc\u2028d")) == QStringLiteral("a\\u2066b\\u2069\\u200bc\\u2028d"));
    CHECK(escapedForTerminal(QString(QChar(0xD800)) + QStringLiteral("x")) == QStringLiteral("\\ud800x"));  // half a pair
    CHECK(escapedForTerminal(QString::fromUcs4(U"tag\U000E0041")) == QStringLiteral("tag\\U000e0041"));
}

TEST_CASE("validation and listing text never carry a control character from a pack")
{
    PackReport report;
    report.problems.push_back({Severity::Warning, QStringLiteral("routines/\x1b]0;owned\x07.json"), QStringLiteral("/\x1b[1A"), 0, 0,
        QStringLiteral("unknown key, ignored")});
    CHECK(validationText(report)
        == QStringLiteral("warning: routines/\\x1b]0;owned\\x07.json: /\\x1b[1A: unknown key, ignored\n0 errors, 1 warning\n"));

    LoadedContent loaded = loadContent({false, {smallPack()}});
    ContentLibrary library = loaded.library;
    PackContent pack;
    pack.info = {1, QStringLiteral("evil"), QStringLiteral("Evil"), QStringLiteral("en"), QStringLiteral("1.0.0"), QString()};
    Routine routine = loaded.library.routines().front();
    routine.id = QStringLiteral("evil");
    routine.title = QStringLiteral("\x1b[2J\u202eEvil");
    pack.routines.push_back(routine);
    Problems problems;
    REQUIRE(library.addPack(pack, problems));
    const QString listing = listingText(library);
    CHECK(listing.contains(QStringLiteral("evil       \\x1b[2J\\u202eEvil")));
    CHECK(std::none_of(listing.begin(), listing.end(), [](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n'); }));
    CHECK_FALSE(listing.contains(QChar(0x202e)));
}

namespace {

// Everything `legease ARGS` prints, stdout and stderr together.
QByteArray legeaseOutput(const QStringList& arguments)
{
    QProcess legease;
    legease.setProcessChannelMode(QProcess::MergedChannels);
    legease.start(QStringLiteral(LEGEASE_APP), arguments);
    REQUIRE(legease.waitForStarted(20000));
    if (!legease.waitForFinished(60000)) {
        legease.kill();
        legease.waitForFinished();
        FAIL("legease did not finish within a minute");
    }
    return legease.readAll();
}

bool hasRawControl(const QByteArray& output)
{
    return std::any_of(output.begin(), output.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\n') || byte == 0x7f;
    });
}

}  // namespace

TEST_CASE("legease --validate and --list print file names, keys and titles from a pack escaped")
{
    ScratchPack pack;
    pack.write(QStringLiteral("pack.json"),
        R"({"format": 1, "id": "escapes", "title": "Escapes", "locale": "en", "version": "1.0.0", "\u001b[1A\u001b[2K": 1})");
    // A file name and a title that try to rewrite the terminal's last line as "0 errors".
    pack.write(QStringLiteral("routines/\x1b[2K\r0 errors.json"), "{");
    pack.write(QStringLiteral("routines/quiet.json"),
        R"({"id": "quiet", "title": "\u001b]0;owned\u0007Quiet \u202eevil", "summary": "S", "level": "gentle",
            "sides": "both-together", "steps": [{"region": "calf", "stroke": "kneading", "seconds": 30,
            "pressure": "light", "direction": "none", "instruction": "Knead."}]})");

    const QByteArray validation = legeaseOutput({QStringLiteral("--validate"), pack.path()});
    INFO(validation.toStdString());
    CHECK_FALSE(hasRawControl(validation));
    CHECK(validation.contains("routines/\\x1b[2K\\x0d0 errors.json:1:2: syntax error"));
    CHECK(validation.contains("warning: pack.json: /\\x1b[1A\\x1b[2K: unknown key"));
    CHECK(validation.endsWith("\n1 error, 1 warning\n"));

    QFile::remove(pack.path(QStringLiteral("routines/\x1b[2K\r0 errors.json")));
    const QByteArray listing = legeaseOutput({QStringLiteral("--list"), QStringLiteral("--content"), pack.path()});
    INFO(listing.toStdString());
    CHECK_FALSE(hasRawControl(listing));
    CHECK(listing.contains("quiet"));
    CHECK(listing.contains("\\x1b]0;owned\\x07Quiet \\u202eevil"));
    CHECK_FALSE(listing.contains("\u202e"));
}
