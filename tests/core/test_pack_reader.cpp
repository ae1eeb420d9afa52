#include "core/content/content_loader.h"
#include "core/content/pack_reader.h"
#include "support/string_makers.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

using namespace legease::core;

TEST_CASE("the small test pack reads completely and cleanly")
{
    Problems problems;
    const PackContent pack = readPack(smallPack(), problems);
    INFO(problems.size());
    CHECK(problems.empty());

    CHECK(pack.info.id == QStringLiteral("small"));
    CHECK(pack.info.title == QStringLiteral("A small test pack"));
    CHECK(pack.info.locale == QStringLiteral("en"));
    CHECK(pack.info.version == QStringLiteral("0.1.0"));

    REQUIRE(pack.regions.size() == 2);
    CHECK(pack.regions[0].id == QStringLiteral("calf"));
    CHECK(pack.regions[0].view == View::Back);
    CHECK(pack.regions[0].origin.file == QStringLiteral("regions.json"));
    CHECK(pack.regions[0].origin.pointer == QStringLiteral("/regions/0"));
    CHECK(pack.regions[1].description.isEmpty());

    REQUIRE(pack.strokes.size() == 2);
    CHECK(pack.strokes[0].pressure == Pressure::Light);
    CHECK_FALSE(pack.strokes[1].pressure.has_value());

    REQUIRE(pack.safety.has_value());
    CHECK(pack.safety->checklist.size() == 1);
    CHECK(pack.safety->stopIfItHurts == QStringLiteral("Stop if it hurts."));

    REQUIRE(pack.benefits.size() == 2);  // in file-name order; the library sorts by `order`
    const Benefit& calm = pack.benefits[0];
    CHECK(calm.id == QStringLiteral("calm"));
    CHECK(calm.order == 2);
    CHECK(calm.evidence == Evidence::Limited);
    CHECK(calm.routine == QStringLiteral("calf-calm"));
    CHECK(calm.cautions == QStringList{QStringLiteral("Stop if it hurts.")});
    REQUIRE(calm.sources.size() == 1);
    CHECK(calm.sources[0].year == 2004);
    CHECK(calm.sources[0].authors == QStringLiteral("Moyer CA, Rounds J, Hannum JW"));
    CHECK(calm.origin.file == QStringLiteral("benefits/calm.json"));

    REQUIRE(pack.routines.size() == 2);
    const Routine& calves = pack.routines[0];
    CHECK(calves.sides == Sides::LeftThenRight);
    REQUIRE(calves.steps.size() == 2);
    CHECK(calves.steps[0].tempo == 12);
    CHECK(calves.steps[0].direction == Direction::TowardHeart);
    CHECK_FALSE(calves.steps[1].tempo.has_value());
    CHECK(calves.steps[1].pressure == Pressure::Medium);
    CHECK(calves.steps[1].instruction == QStringLiteral("Knead the calf from bottom to top."));
}

TEST_CASE("a routine's length counts both legs unless both are done together")
{
    Routine routine;
    routine.steps = {Step{}, Step{}};
    routine.steps[0].seconds = 60;
    routine.steps[1].seconds = 45;
    routine.sides = Sides::RightThenLeft;
    CHECK(routineSeconds(routine) == 210);
    routine.sides = Sides::BothTogether;
    CHECK(routineSeconds(routine) == 105);
}

TEST_CASE("clock format")
{
    CHECK(formatClock(0) == QStringLiteral("0:00"));
    CHECK(formatClock(65) == QStringLiteral("1:05"));
    CHECK(formatClock(600) == QStringLiteral("10:00"));
    CHECK(formatClock(3723) == QStringLiteral("1:02:03"));
    CHECK(formatClock(-4) == QStringLiteral("0:00"));
}
