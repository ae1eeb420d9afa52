#pragma once

#include "core/content/json_enum_names.h"
#include "core/content/json_path.h"
#include "core/content/problem.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace legease::core {

enum class Need { Required, Optional };

// "-5", "\"abc\"", "an object": how a found value is named in a message.
QString describeValue(const nlohmann::json& value);
bool isValidId(const QString& id);

// Reads the fields of one JSON object into typed values and reports every problem at its JSON
// Pointer, so one pass over a file finds all of them. Keys nobody asked for become warnings
// in finish().
//
// Every field of every file goes through here, so the texts of messages ("expected an integer
// from 5 to 600") and the JSON Pointers are only put together once there is a problem to report.
class ObjectReader {
public:
    // `what` names the expected object for the message when `value` is something else,
    // e.g. "a step object". The reader refers to `path`'s parent: keep that alive.
    ObjectReader(const nlohmann::json& value, const JsonPath& path, ProblemSink& sink, const QString& what);
    ObjectReader(const ObjectReader&) = delete;  // child paths point into m_path
    ObjectReader& operator=(const ObjectReader&) = delete;

    bool isObject() const { return m_object != nullptr; }
    const JsonPath& path() const { return m_path; }
    QString pointerTo(std::string_view key) const { return JsonPath(m_path, key).pointer(); }
    ProblemSink& sink() { return m_sink; }

    // Each getter returns an empty value after reporting a problem.
    QString text(std::string_view key, Need need, int maxCharacters = 0);
    QString id(std::string_view key);
    // An id that refers to another item, such as a step's region. Checked like id(), but the
    // same few ids come back thousands of times, so each thread hands out one shared copy.
    QString reference(std::string_view key);
    std::optional<int> integer(std::string_view key, int min, int max, Need need);
    // A list of at most `maxItems` texts, each of at most `maxCharacters` (0: no limit).
    QStringList textList(std::string_view key, Need need, int maxItems = 1000, int maxCharacters = 0);

    template <typename E, std::size_t N>
    std::optional<E> choice(std::string_view key, const std::array<Choice<E>, N>& choices, Need need)
    {
        const auto expected = [&choices] {
            QStringList names;
            for (const auto& c : choices)
                names << QStringLiteral("\"%1\"").arg(QString::fromUtf8(c.name));
            return oneOf(names);
        };
        const nlohmann::json* value = find(key, need, expected);
        if (!value)
            return std::nullopt;
        if (value->is_string())
            if (auto result = valueOf(choices, value->get_ref<const std::string&>()))
                return result;
        m_sink.error(pointerTo(key), QStringLiteral("expected %1, found %2").arg(expected(), describeValue(*value)));
        return std::nullopt;
    }

    // The value under `key` as it is, for a value another reader reads (an object inside this
    // one); nullptr when it is not there, reported as missing with `expected` when required.
    const nlohmann::json* value(std::string_view key, Need need, const QString& expected)
    {
        return find(key, need, [&expected] { return expected; });
    }

    // Calls `read(item, path)` for each item of the array under `key`.
    void forEach(std::string_view key, Need need, int minItems, int maxItems, const QString& itemsName,
        const std::function<void(const nlohmann::json&, const JsonPath&)>& read);

    // For a key that may be there but is not read here: if present, warns with `why` (in the
    // "expected ..., found ..." style) and finish() leaves it alone.
    void ignore(std::string_view key, const QString& why);

    // Warns about every key that no getter asked for.
    void finish();

private:
    // The value under `key`, or nullptr; a missing required key is reported with `expected()`.
    template <typename Expected>
    const nlohmann::json* find(std::string_view key, Need need, const Expected& expected)
    {
        if (!m_object)
            return nullptr;
        m_known.push_back(key);
        const auto it = m_object->find(key);
        if (it != m_object->end())
            return &*it;
        if (need == Need::Required)
            reportMissing(key, expected());
        return nullptr;
    }
    void reportMissing(std::string_view key, const QString& expected);
    static QString oneOf(const QStringList& names);

    const nlohmann::json* m_object = nullptr;
    JsonPath m_path;
    ProblemSink& m_sink;
    // The keys getters asked for. Callers pass string literals, so views are safe to keep; room
    // for the largest object of the format without touching the heap.
    QVarLengthArray<std::string_view, 16> m_known;
    QVarLengthArray<std::string_view, 8> m_ignored;
};

// Reads the array under `key` of a list file such as regions.json: one object per item, each
// read by `readItem(ObjectReader&)` and given its origin.
template <typename Item, typename ReadItem>
std::vector<Item> readObjectList(const nlohmann::json& document, ProblemSink& sink, std::string_view key,
    int minItems, int maxItems, const QString& itemsName, ReadItem readItem)
{
    std::vector<Item> items;
    ObjectReader root(document, JsonPath(), sink, QStringLiteral("an object at the top level"));
    root.forEach(key, Need::Required, minItems, maxItems, itemsName,
        [&](const nlohmann::json& value, const JsonPath& path) {
            ObjectReader reader(value, path, sink, QStringLiteral("an object"));
            if (!reader.isObject())
                return;
            Item item = readItem(reader);
            item.origin = {QString(), sink.file(), path.pointer()};
            reader.finish();
            items.push_back(std::move(item));
        });
    root.finish();
    return items;
}

}  // namespace legease::core
