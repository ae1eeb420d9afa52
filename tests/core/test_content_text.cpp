#include "core/content/content_text.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

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
