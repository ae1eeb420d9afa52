// The built-in pack that starts with the app comes from the compiled form (pack_serialization.h),
// which the build writes from content/'s JSON. These prove the two never disagree.
#include "core/content/content_loader.h"
#include "core/content/pack_reader.h"
#include "core/content/pack_serialization.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace legease::core;

TEST_CASE("the compiled built-in pack holds exactly what its JSON holds")
{
    Problems problems;
    const PackContent fromJson = readPack(builtInPackFolder(), problems);
    REQUIRE(problems.empty());
    QFile compiled(QStringLiteral(":/builtin-pack/pack.bin"));
    REQUIRE(compiled.open(QIODevice::ReadOnly));
    const std::optional<PackContent> fromBuild = deserializePack(compiled.readAll());
    REQUIRE(fromBuild);
    CHECK(fromBuild->routines.size() == fromJson.routines.size());
    CHECK(fromBuild->benefits.size() == fromJson.benefits.size());
    CHECK(*fromBuild == fromJson);
}

TEST_CASE("the app's loader starts from the compiled pack and ends with the same library as the JSON")
{
    const LoadedContent loaded = loadContent({true, {}});
    REQUIRE(loaded.reports.size() == 1);
    CHECK(loaded.reports.front().problems.empty());
    Problems problems;
    const PackContent fromJson = readPack(builtInPackFolder(), problems);
    REQUIRE(loaded.library.routines().size() == fromJson.routines.size());
    for (Routine expected : fromJson.routines) {
        expected.origin.pack = fromJson.info.id;  // filled in as the pack joins the library
        CHECK(*loaded.library.routine(expected.id) == expected);
    }
}

TEST_CASE("a pack survives the compiled form whole, and anything else is refused")
{
    PackContent pack;
    pack.info = {1, QStringLiteral("mine"), QStringLiteral("Mine"), QStringLiteral("en"), QStringLiteral("1.0.0"), QStringLiteral("/x")};
    Step step{QStringLiteral("calf"), QStringLiteral("kneading"), 30, Pressure::Medium, Direction::AlongMuscle, 20,
        QStringLiteral("Knead «slowly» — ✓")};
    pack.routines.push_back({QStringLiteral("r"), QStringLiteral("R"), QStringLiteral("S"), Level::Firm, Sides::BothTogether,
        {QStringLiteral("a"), QStringLiteral("b")}, {step}, {QStringLiteral("mine"), QStringLiteral("routines/r.json"), QString()}});
    pack.safety = SafetyInfo{QStringLiteral("T"), QStringLiteral("I"), {{QStringLiteral("x"), QStringLiteral("y")}}, QStringLiteral("Stop")};
    const QByteArray bytes = serializePack(pack);
    const std::optional<PackContent> back = deserializePack(bytes);
    REQUIRE(back);
    CHECK(*back == pack);

    CHECK_FALSE(deserializePack(QByteArray()).has_value());
    CHECK_FALSE(deserializePack(QByteArray("{\"format\": 1}")).has_value());
    CHECK_FALSE(deserializePack(bytes.left(bytes.size() - 3)).has_value());  // cut short
    CHECK_FALSE(deserializePack(bytes + QByteArray("more")).has_value());    // something after it
}
