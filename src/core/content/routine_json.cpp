#include "core/content/routine_json.h"

#include "core/content/json_enum_names.h"

#include <nlohmann/json.hpp>

namespace legease::core {
namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

template <typename E, std::size_t N>
std::string word(const std::array<Choice<E>, N>& choices, E value)
{
    return std::string(nameOf(choices, value));
}

Json stepJson(const Step& step)
{
    Json json = Json::object();
    json["region"] = utf8(step.region);
    json["stroke"] = utf8(step.stroke);
    json["seconds"] = step.seconds;
    json["pressure"] = word(pressureChoices, step.pressure);
    json["direction"] = word(directionChoices, step.direction);
    if (step.tempo)
        json["tempo"] = *step.tempo;
    json["instruction"] = utf8(step.instruction);
    return json;
}

Json routineJson(const Routine& routine)
{
    Json json = Json::object();
    json["id"] = utf8(routine.id);
    json["title"] = utf8(routine.title);
    json["summary"] = utf8(routine.summary);
    json["level"] = word(levelChoices, routine.level);
    json["sides"] = word(sidesChoices, routine.sides);
    if (!routine.cautions.isEmpty()) {
        Json cautions = Json::array();
        for (const QString& caution : routine.cautions)
            cautions.push_back(utf8(caution));
        json["cautions"] = std::move(cautions);
    }
    Json steps = Json::array();
    for (const Step& step : routine.steps)
        steps.push_back(stepJson(step));
    json["steps"] = std::move(steps);
    return json;
}

Json packJson(const PackInfo& pack)
{
    Json json = Json::object();
    json["format"] = pack.format;
    json["id"] = utf8(pack.id);
    json["title"] = utf8(pack.title);
    json["locale"] = utf8(pack.locale);
    json["version"] = utf8(pack.version);
    return json;
}

QByteArray bytesOf(const Json& json)
{
    // QString holds only valid UTF-16, so its UTF-8 is valid and dump() cannot throw; a lone
    // surrogate became U+FFFD on the way.
    const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray::fromStdString(text + '\n');
}

}  // namespace

QByteArray routineFileBytes(const Routine& routine)
{
    return bytesOf(routineJson(routine));
}

QByteArray routineBundleBytes(const PackInfo& pack, const std::vector<Routine>& routines)
{
    Json json = Json::object();
    json["format"] = 1;
    json["pack"] = packJson(pack);
    Json list = Json::array();
    for (const Routine& routine : routines)
        list.push_back(routineJson(routine));
    json["routines"] = std::move(list);
    return bytesOf(json);
}

QByteArray packFileBytes(const PackInfo& pack)
{
    return bytesOf(packJson(pack));
}

bool sameRoutine(const Routine& a, const Routine& b)
{
    const auto sameStep = [](const Step& x, const Step& y) {
        return x.region == y.region && x.stroke == y.stroke && x.seconds == y.seconds && x.pressure == y.pressure
            && x.direction == y.direction && x.tempo == y.tempo && x.instruction == y.instruction;
    };
    return a.id == b.id && a.title == b.title && a.summary == b.summary && a.level == b.level && a.sides == b.sides
        && a.cautions == b.cautions
        && std::equal(a.steps.begin(), a.steps.end(), b.steps.begin(), b.steps.end(), sameStep);
}

}  // namespace legease::core
