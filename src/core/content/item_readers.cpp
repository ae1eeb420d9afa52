#include "core/content/item_readers.h"

#include "core/content/item_texts.h"
#include "core/content/json_enum_names.h"
#include "core/content/object_reader.h"

#include <QRegularExpression>

#include <initializer_list>

namespace legease::core {
namespace {

void checkPattern(ObjectReader& reader, std::string_view key, const QString& value,
    const QRegularExpression& pattern, const QString& expected)
{
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        reader.sink().error(reader.pointerTo(key),
            QStringLiteral("expected %1, found \"%2\"").arg(expected, value));
}

// The fields of one item, read as its mode says (see item_readers.h).
class ItemFields {
public:
    ItemFields(ObjectReader& reader, ReadMode mode)
        : m_reader(reader)
        , m_mode(mode)
    {
    }

    ObjectReader& reader() { return m_reader; }
    bool inTranslation() const { return m_mode == ReadMode::Translation; }

    template <typename Item, std::size_t N>
    void readTexts(Item& item, const std::array<TextField<Item>, N>& fields)
    {
        for (const auto& field : fields)
            item.*field.member = m_reader.text(field.key,
                field.required && !inTranslation() ? Need::Required : Need::Optional, field.maxCharacters);
    }

    template <typename Item, std::size_t N>
    void readTexts(Item& item, const std::array<TextListField<Item>, N>& fields)
    {
        for (const auto& field : fields)
            item.*field.member = m_reader.textList(field.key, Need::Optional, field.maxItems, field.maxCharacters);
    }

    // Whether to read the settings under `keys`: yes in a pack; in a translation each one that
    // is there is reported and left out.
    bool readsSettings(std::initializer_list<std::string_view> keys)
    {
        if (!inTranslation())
            return true;
        for (const std::string_view key : keys)
            m_reader.ignore(key,
                QStringLiteral("expected only texts in a translation pack, found \"%1\", which only the original "
                               "pack can change; ignored")
                    .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        return false;
    }

    // A list of objects such as a routine's steps: required and non-empty in a pack, optional in
    // a translation, where an item that is not an object still takes its place, so the items
    // after it keep theirs.
    template <typename Item, typename ReadItem>
    void readList(std::vector<Item>& items, std::string_view key, int maxItems, const QString& itemsName,
        const QString& what, ReadItem readItem)
    {
        m_reader.forEach(key, inTranslation() ? Need::Optional : Need::Required, inTranslation() ? 0 : 1, maxItems,
            itemsName, [&](const nlohmann::json& value, const JsonPath& path) {
                ObjectReader reader(value, path, m_reader.sink(), what);
                Item item;
                if (reader.isObject()) {
                    ItemFields fields(reader, m_mode);
                    readItem(item, fields);
                    reader.finish();
                } else if (!inTranslation()) {
                    return;
                }
                items.push_back(std::move(item));
            });
    }

private:
    ObjectReader& m_reader;
    ReadMode m_mode;
};

void readStep(Step& step, ItemFields& fields)
{
    ObjectReader& reader = fields.reader();
    if (fields.readsSettings({"region", "stroke", "seconds", "pressure", "direction", "tempo"})) {
        step.region = reader.reference("region");
        step.stroke = reader.reference("stroke");
        step.seconds = reader.integer("seconds", 5, 600, Need::Required).value_or(0);
        step.pressure = reader.choice("pressure", pressureChoices, Need::Required).value_or(Pressure::Light);
        step.direction = reader.choice("direction", directionChoices, Need::Required).value_or(Direction::None);
        step.tempo = reader.integer("tempo", kMinTempo, kMaxTempo, Need::Optional);
    }
    fields.readTexts(step, stepTexts);
}

Source readSource(ObjectReader& reader)
{
    Source source;
    source.title = reader.text("title", Need::Required, kMaxSourceTextCharacters);
    source.year = reader.integer("year", 1800, 2100, Need::Required).value_or(0);
    source.authors = reader.text("authors", Need::Optional, kMaxSourceTextCharacters);
    return source;
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

std::vector<Region> readRegions(const nlohmann::json& document, ProblemSink& sink, ReadMode mode)
{
    return readObjectList<Region>(document, sink, "regions", 1, kMaxListItems, QStringLiteral("regions"),
        [mode](ObjectReader& reader) {
            ItemFields fields(reader, mode);
            Region region;
            region.id = reader.id("id");
            fields.readTexts(region, regionTexts);
            if (fields.readsSettings({"view", "image"})) {
                region.view = reader.choice("view", viewChoices, Need::Required).value_or(View::Front);
                region.image = reader.text("image", Need::Optional);
            }
            return region;
        });
}

std::vector<Stroke> readStrokes(const nlohmann::json& document, ProblemSink& sink, ReadMode mode)
{
    return readObjectList<Stroke>(document, sink, "strokes", 1, kMaxListItems, QStringLiteral("strokes"),
        [mode](ObjectReader& reader) {
            ItemFields fields(reader, mode);
            Stroke stroke;
            stroke.id = reader.id("id");
            fields.readTexts(stroke, strokeTexts);
            if (fields.readsSettings({"pressure", "image", "motion", "defaultTempo"})) {
                stroke.pressure = reader.choice("pressure", pressureChoices, Need::Optional);
                stroke.image = reader.text("image", Need::Optional);
                stroke.motion = reader.choice("motion", motionChoices, Need::Optional);
                stroke.defaultTempo = reader.integer("defaultTempo", kMinTempo, kMaxTempo, Need::Optional);
            }
            return stroke;
        });
}

SafetyInfo readSafety(const nlohmann::json& document, ProblemSink& sink, ReadMode mode)
{
    SafetyInfo safety;
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("an object at the top level"));
    ItemFields fields(reader, mode);
    fields.readTexts(safety, safetyTexts);
    fields.readList(safety.checklist, "checklist", kMaxChecklistItems, QStringLiteral("items"),
        QStringLiteral("an object with a title and a detail"),
        [](SafetyItem& item, ItemFields& itemFields) { itemFields.readTexts(item, safetyItemTexts); });
    reader.finish();
    return safety;
}

Benefit readBenefit(const nlohmann::json& document, ProblemSink& sink, ReadMode mode)
{
    Benefit benefit;
    benefit.origin = {QString(), sink.file(), QString()};
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("a benefit object at the top level"));
    ItemFields fields(reader, mode);
    benefit.id = reader.id("id");
    fields.readTexts(benefit, benefitTexts);
    fields.readTexts(benefit, benefitTextLists);
    // Sources are cited as published, so a translation keeps the original's.
    if (fields.readsSettings({"order", "evidence", "routine", "sources", "image"})) {
        benefit.order = reader.integer("order", 1, 1000, Need::Required).value_or(0);
        benefit.evidence = reader.choice("evidence", evidenceChoices, Need::Required).value_or(Evidence::Anecdotal);
        benefit.routine = reader.reference("routine");
        reader.forEach("sources", Need::Optional, 0, 50, QStringLiteral("sources"),
            [&](const nlohmann::json& value, const JsonPath& path) {
                ObjectReader source(value, path, sink, QStringLiteral("a source object with a title and a year"));
                if (!source.isObject())
                    return;
                benefit.sources.push_back(readSource(source));
                source.finish();
            });
        benefit.image = reader.text("image", Need::Optional);
    }
    reader.finish();
    return benefit;
}

Routine readRoutine(const nlohmann::json& document, ProblemSink& sink, ReadMode mode)
{
    Routine routine;
    routine.origin = {QString(), sink.file(), QString()};
    ObjectReader reader(document, JsonPath(), sink, QStringLiteral("a routine object at the top level"));
    ItemFields fields(reader, mode);
    routine.id = reader.id("id");
    fields.readTexts(routine, routineTexts);
    fields.readTexts(routine, routineTextLists);
    if (fields.readsSettings({"level", "sides"})) {
        routine.level = reader.choice("level", levelChoices, Need::Required).value_or(Level::Gentle);
        routine.sides = reader.choice("sides", sidesChoices, Need::Required).value_or(Sides::LeftThenRight);
    }
    fields.readList(routine.steps, "steps", kMaxSteps, QStringLiteral("steps"), QStringLiteral("a step object"), readStep);
    reader.finish();

    const int total = routineSeconds(routine);
    if (mode == ReadMode::Pack && total > kMaxRoutineSeconds)
        sink.error(QStringLiteral("/steps"),
            QStringLiteral("expected at most 2:00:00 of massage in all (both legs counted), found %1")
                .arg(formatClock(total)));
    return routine;
}

}  // namespace legease::core
