#include "core/content/translation_readers.h"

#include "core/content/item_readers.h"
#include "core/content/object_reader.h"

#include <initializer_list>

namespace legease::core {
namespace {

// Keys a translation may not change: reports each one present and leaves it out.
void ignoreSettings(ObjectReader& reader, std::initializer_list<std::string_view> keys)
{
    for (const std::string_view key : keys)
        reader.ignore(key,
            QStringLiteral("expected only texts in a translation pack, found \"%1\", which only the original pack "
                           "can change; ignored")
                .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
}

}  // namespace

std::vector<Region> readRegionTranslations(const nlohmann::json& document, ProblemSink& sink)
{
    return readObjectList<Region>(document, sink, "regions", 1, kMaxListItems, QStringLiteral("regions"), [](ObjectReader& reader) {
        Region region;
        region.id = reader.id("id");
        region.name = reader.text("name", Need::Optional, kMaxTitleCharacters);
        region.description = reader.text("description", Need::Optional);
        ignoreSettings(reader, {"view", "image"});
        return region;
    });
}

std::vector<Stroke> readStrokeTranslations(const nlohmann::json& document, ProblemSink& sink)
{
    return readObjectList<Stroke>(document, sink, "strokes", 1, kMaxListItems, QStringLiteral("strokes"), [](ObjectReader& reader) {
        Stroke stroke;
        stroke.id = reader.id("id");
        stroke.name = reader.text("name", Need::Optional, kMaxTitleCharacters);
        stroke.howTo = reader.text("howTo", Need::Optional);
        ignoreSettings(reader, {"pressure", "image"});
        return stroke;
    });
}

SafetyInfo readSafetyTranslation(const nlohmann::json& document, ProblemSink& sink)
{
    SafetyInfo safety;
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("an object at the top level"));
    safety.title = reader.text("title", Need::Optional, kMaxTitleCharacters);
    safety.intro = reader.text("intro", Need::Optional);
    reader.forEach("checklist", Need::Optional, 0, kMaxChecklistItems, QStringLiteral("items"),
        [&](const nlohmann::json& value, const JsonPath& path) {
            ObjectReader item(value, path, sink, QStringLiteral("an object with a title and a detail"));
            SafetyItem texts;  // kept even when empty, so the items after it keep their places
            if (item.isObject()) {
                texts = {item.text("title", Need::Optional, kMaxTitleCharacters), item.text("detail", Need::Optional)};
                item.finish();
            }
            safety.checklist.push_back(texts);
        });
    safety.stopIfItHurts = reader.text("stopIfItHurts", Need::Optional);
    reader.finish();
    return safety;
}

Benefit readBenefitTranslation(const nlohmann::json& document, ProblemSink& sink)
{
    Benefit benefit;
    benefit.origin = {QString(), sink.file(), QString()};
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("a benefit object at the top level"));
    benefit.id = reader.id("id");
    benefit.title = reader.text("title", Need::Optional, kMaxTitleCharacters);
    benefit.summary = reader.text("summary", Need::Optional);
    benefit.body = reader.text("body", Need::Optional);
    benefit.cautions = reader.textList("cautions", Need::Optional);
    // Sources are cited as published, so they stay as the original gives them.
    ignoreSettings(reader, {"order", "evidence", "routine", "sources", "image"});
    reader.finish();
    return benefit;
}

Routine readRoutineTranslation(const nlohmann::json& document, ProblemSink& sink)
{
    Routine routine;
    routine.origin = {QString(), sink.file(), QString()};
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("a routine object at the top level"));
    routine.id = reader.id("id");
    routine.title = reader.text("title", Need::Optional, kMaxTitleCharacters);
    routine.summary = reader.text("summary", Need::Optional);
    routine.cautions = reader.textList("cautions", Need::Optional);
    ignoreSettings(reader, {"level", "sides"});
    reader.forEach("steps", Need::Optional, 0, kMaxSteps, QStringLiteral("steps"),
        [&](const nlohmann::json& value, const JsonPath& path) {
            ObjectReader step(value, path, sink, QStringLiteral("a step object"));
            Step texts;  // kept even when empty, so the steps after it keep their places
            if (step.isObject()) {
                texts.instruction = step.text("instruction", Need::Optional);
                ignoreSettings(step, {"region", "stroke", "seconds", "pressure", "direction", "tempo"});
                step.finish();
            }
            routine.steps.push_back(texts);
        });
    reader.finish();
    return routine;
}

}  // namespace legease::core
