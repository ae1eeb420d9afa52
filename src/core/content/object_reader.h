#pragma once

#include "content/choices.h"
#include "content/problem.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace legease::core {

enum class Need { Required, Optional };

// "-5", "\"abc\"", "an object": how a found value is named in a message.
QString describeValue(const nlohmann::json& value);
QString childPointer(const QString& parent, std::string_view key);
QString childPointer(const QString& parent, std::size_t index);
bool isValidId(const QString& id);

// Reads the fields of one JSON object into typed values and reports every problem at its JSON
// Pointer, so one pass over a file finds all of them. Keys nobody asked for become warnings
// in finish().
class ObjectReader {
public:
    // `what` names the expected object for the message when `value` is something else,
    // e.g. "a step object".
    ObjectReader(const nlohmann::json& value, QString pointer, ProblemSink& sink, const QString& what);

    bool isObject() const { return m_object != nullptr; }
    const QString& pointer() const { return m_pointer; }
    ProblemSink& sink() { return m_sink; }

    // Each getter returns an empty value after reporting a problem.
    QString text(std::string_view key, Need need, int maxCharacters = 0);
    QString id(std::string_view key);
    std::optional<int> integer(std::string_view key, int min, int max, Need need);
    QStringList textList(std::string_view key, Need need);

    template <typename E, std::size_t N>
    std::optional<E> choice(std::string_view key, const std::array<Choice<E>, N>& choices, Need need)
    {
        QStringList names;
        for (const auto& c : choices)
            names << QStringLiteral("\"%1\"").arg(QString::fromUtf8(c.name));
        const nlohmann::json* value = find(key, need, oneOf(names));
        if (!value)
            return std::nullopt;
        if (value->is_string())
            if (auto result = valueOf(choices, value->get_ref<const std::string&>()))
                return result;
        m_sink.error(childPointer(m_pointer, key),
            QStringLiteral("expected %1, found %2").arg(oneOf(names), describeValue(*value)));
        return std::nullopt;
    }

    // Calls `read(item, pointer)` for each item of the array under `key`.
    void forEach(std::string_view key, Need need, int minItems, int maxItems, const QString& itemsName,
        const std::function<void(const nlohmann::json&, const QString&)>& read);

    // Warns about every key that no getter asked for.
    void finish();

private:
    const nlohmann::json* find(std::string_view key, Need need, const QString& expected);
    static QString oneOf(const QStringList& names);

    const nlohmann::json* m_object = nullptr;
    QString m_pointer;
    ProblemSink& m_sink;
    std::vector<std::string> m_known;
};

}  // namespace legease::core
