#include "core/content/routine_check.h"

#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "core/content/pack_reader.h"
#include "core/content/routine_json.h"

namespace legease::core {

QString routineFileName(const QString& id)
{
    return QStringLiteral("routines/%1.json").arg(id);
}

RoutinePlace routinePlace(const QString& pointer)
{
    using Field = RoutinePlace::Field;
    static const std::pair<const char*, Field> routineKeys[] = {{"id", Field::Id}, {"title", Field::Title},
        {"summary", Field::Summary}, {"level", Field::Level}, {"sides", Field::Sides}, {"cautions", Field::Cautions},
        {"steps", Field::Steps}};
    static const std::pair<const char*, Field> stepKeys[] = {{"region", Field::Region}, {"stroke", Field::Stroke},
        {"seconds", Field::Seconds}, {"pressure", Field::Pressure}, {"direction", Field::Direction},
        {"tempo", Field::Tempo}, {"instruction", Field::Instruction}};

    RoutinePlace place;
    // Keys of this format hold no '/' or '~', so the pointer's parts need no unescaping.
    const QStringList parts = pointer.split(QLatin1Char('/'));
    if (parts.size() < 2 || !parts[0].isEmpty())
        return place;
    for (const auto& [key, field] : routineKeys)
        if (parts[1] == QLatin1String(key))
            place.field = field;
    bool isNumber = false;
    const int index = parts.value(2).toInt(&isNumber);
    if (place.field == Field::Cautions && isNumber && index >= 0)
        place.item = index;
    if (place.field != Field::Steps || !isNumber || index < 0)
        return place;
    place.field = Field::Step;
    place.step = index;
    for (const auto& [key, field] : stepKeys)
        if (parts.value(3) == QLatin1String(key))
            place.field = field;
    return place;
}

Problems checkRoutine(const Routine& routine, const ContentLibrary& library, const QString& replacing, const QString& file)
{
    Problems problems;
    ProblemSink sink(problems, file);
    const QByteArray bytes = routineFileBytes(routine);
    if (bytes.size() > kMaxFileBytes) {
        // The loader's words for a file that is too big (json_text.cpp); a test holds them together.
        sink.error(QString(), QStringLiteral("expected a file of at most 1 MiB (%1 bytes), found %2 bytes")
                                  .arg(kMaxFileBytes)
                                  .arg(bytes.size()));
        return problems;
    }
    const auto document = parseJsonText(std::string_view(bytes.constData(), std::size_t(bytes.size())), sink);
    if (!document)
        return problems;  // cannot happen for what routineFileBytes writes; reported if it ever does
    PackContent pack;
    pack.routines.push_back(readRoutine(*document, sink, ReadMode::Pack));
    library.checkPack(pack, problems, replacing);
    return problems;
}

}  // namespace legease::core
