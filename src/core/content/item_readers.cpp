#include "core/content/item_readers.h"

#include "core/content/json_enum_names.h"
#include "core/content/object_reader.h"

#include <QRegularExpression>

namespace legease::core {
namespace {

void checkPattern(ObjectReader& reader, std::string_view key, const QString& value,
    const QRegularExpression& pattern, const QString& expected)
{
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        reader.sink().error(reader.pointerTo(key),
            QStringLiteral("expected %1, found \"%2\"").arg(expected, value));
}

Step readStep(ObjectReader& reader)
{
    Step step;
    step.region = reader.reference("region");
    step.stroke = reader.reference("stroke");
    step.seconds = reader.integer("seconds", 5, 600, Need::Required).value_or(0);
    step.pressure = reader.choice("pressure", pressureChoices, Need::Required).value_or(Pressure::Light);
    step.direction = reader.choice("direction", directionChoices, Need::Required).value_or(Direction::None);
    step.tempo = reader.integer("tempo", 1, 120, Need::Optional);
    step.instruction = reader.text("instruction", Need::Required);
    return step;
}

Source readSource(ObjectReader& reader)
{
    Source source;
    source.title = reader.text("title", Need::Required);
    source.year = reader.integer("year", 1800, 2100, Need::Required).value_or(0);
    source.authors = reader.text("authors", Need::Optional);
    return source;
}

SafetyItem readSafetyItem(ObjectReader& reader)
{
    return {reader.text("title", Need::Required, kMaxTitleCharacters), reader.text("detail", Need::Required)};
}

}  // namespace

PackInfo readPackInfo(const nlohmann::json& document, ProblemSink& sink)
{
    static const QRegularExpression localePattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    static const QRegularExpression versionPattern(QStringLiteral("^[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9}$"));

    PackInfo info;
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("an object at the top level"));
    if (const auto format = reader.integer("format", 1, 1000, Need::Required)) {
        info.format = *format;
        if (*format != 1)
            sink.error(QStringLiteral("/format"),
                QStringLiteral("expected 1 (the only format this version of LegEase reads), found %1").arg(*format));
    }
    info.id = reader.id("id");
    info.title = reader.text("title", Need::Required, kMaxTitleCharacters);
    info.locale = reader.text("locale", Need::Required);
    checkPattern(reader, "locale", info.locale, localePattern,
        QStringLiteral("a language tag such as \"en\" or \"pt-BR\""));
    info.version = reader.text("version", Need::Required);
    checkPattern(reader, "version", info.version, versionPattern, QStringLiteral("a version such as \"1.0.0\""));
    reader.finish();
    return info;
}

std::vector<Region> readRegions(const nlohmann::json& document, ProblemSink& sink)
{
    return readObjectList<Region>(document, sink, "regions", 1, kMaxListItems, QStringLiteral("regions"), [](ObjectReader& reader) {
        Region region;
        region.id = reader.id("id");
        region.name = reader.text("name", Need::Required, kMaxTitleCharacters);
        region.view = reader.choice("view", viewChoices, Need::Required).value_or(View::Front);
        region.description = reader.text("description", Need::Optional);
        region.image = reader.text("image", Need::Optional);
        return region;
    });
}

std::vector<Stroke> readStrokes(const nlohmann::json& document, ProblemSink& sink)
{
    return readObjectList<Stroke>(document, sink, "strokes", 1, kMaxListItems, QStringLiteral("strokes"), [](ObjectReader& reader) {
        Stroke stroke;
        stroke.id = reader.id("id");
        stroke.name = reader.text("name", Need::Required, kMaxTitleCharacters);
        stroke.howTo = reader.text("howTo", Need::Required);
        stroke.pressure = reader.choice("pressure", pressureChoices, Need::Optional);
        stroke.image = reader.text("image", Need::Optional);
        return stroke;
    });
}

SafetyInfo readSafety(const nlohmann::json& document, ProblemSink& sink)
{
    SafetyInfo safety;
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("an object at the top level"));
    safety.title = reader.text("title", Need::Required, kMaxTitleCharacters);
    safety.intro = reader.text("intro", Need::Required);
    reader.forEach("checklist", Need::Required, 1, kMaxChecklistItems, QStringLiteral("items"),
        [&](const nlohmann::json& value, const JsonPath& path) {
            ObjectReader item(value, path, sink, QStringLiteral("an object with a title and a detail"));
            if (!item.isObject())
                return;
            safety.checklist.push_back(readSafetyItem(item));
            item.finish();
        });
    safety.stopIfItHurts = reader.text("stopIfItHurts", Need::Required);
    reader.finish();
    return safety;
}

Benefit readBenefit(const nlohmann::json& document, ProblemSink& sink)
{
    Benefit benefit;
    benefit.origin = {QString(), sink.file(), QString()};
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("a benefit object at the top level"));
    benefit.id = reader.id("id");
    benefit.order = reader.integer("order", 1, 1000, Need::Required).value_or(0);
    benefit.title = reader.text("title", Need::Required, kMaxTitleCharacters);
    benefit.summary = reader.text("summary", Need::Required);
    benefit.body = reader.text("body", Need::Required);
    benefit.evidence = reader.choice("evidence", evidenceChoices, Need::Required).value_or(Evidence::Anecdotal);
    benefit.routine = reader.reference("routine");
    benefit.cautions = reader.textList("cautions", Need::Optional);
    reader.forEach("sources", Need::Optional, 0, 50, QStringLiteral("sources"),
        [&](const nlohmann::json& value, const JsonPath& path) {
            ObjectReader source(value, path, sink, QStringLiteral("a source object with a title and a year"));
            if (!source.isObject())
                return;
            benefit.sources.push_back(readSource(source));
            source.finish();
        });
    benefit.image = reader.text("image", Need::Optional);
    reader.finish();
    return benefit;
}

Routine readRoutine(const nlohmann::json& document, ProblemSink& sink)
{
    Routine routine;
    routine.origin = {QString(), sink.file(), QString()};
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("a routine object at the top level"));
    routine.id = reader.id("id");
    routine.title = reader.text("title", Need::Required, kMaxTitleCharacters);
    routine.summary = reader.text("summary", Need::Required);
    routine.level = reader.choice("level", levelChoices, Need::Required).value_or(Level::Gentle);
    routine.sides = reader.choice("sides", sidesChoices, Need::Required).value_or(Sides::LeftThenRight);
    routine.cautions = reader.textList("cautions", Need::Optional);
    reader.forEach("steps", Need::Required, 1, kMaxSteps, QStringLiteral("steps"),
        [&](const nlohmann::json& value, const JsonPath& path) {
            ObjectReader step(value, path, sink, QStringLiteral("a step object"));
            if (!step.isObject())
                return;
            routine.steps.push_back(readStep(step));
            step.finish();
        });
    reader.finish();

    const int total = routineSeconds(routine);
    if (total > kMaxRoutineSeconds)
        sink.error(QStringLiteral("/steps"),
            QStringLiteral("expected at most 2:00:00 of massage in all (both legs counted), found %1")
                .arg(formatClock(total)));
    return routine;
}

}  // namespace legease::core
