#include "core/content/object_reader.h"

#include <algorithm>

namespace legease::core {
namespace {

constexpr int kMaxIdLength = 64;
constexpr int kShownCharacters = 40;

int characterCount(const QString& text)
{
    int count = 0;
    for (QChar c : text)
        if (!c.isLowSurrogate())
            ++count;
    return count;
}

QString idRuleText()
{
    return QStringLiteral("an id of lower-case letters and digits joined by single hyphens, "
                          "at most %1 characters")
        .arg(kMaxIdLength);
}

}  // namespace

QString describeValue(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        return QStringLiteral("an object");
    case nlohmann::json::value_t::array:
        return value.empty() ? QStringLiteral("an empty array") : QStringLiteral("an array");
    case nlohmann::json::value_t::string:
        if (value.get_ref<const std::string&>().empty())
            return QStringLiteral("empty text");
        break;
    default:
        break;
    }
    // The loader only sees valid UTF-8, so dump() cannot throw here.
    QString shown = QString::fromStdString(value.dump());
    if (characterCount(shown) > kShownCharacters)
        shown = shown.left(kShownCharacters) + QStringLiteral("…");
    return shown;
}

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    bool afterHyphen = true;  // a leading hyphen is as wrong as a doubled one
    for (QChar c : id) {
        if (c == QLatin1Char('-')) {
            if (afterHyphen)
                return false;
            afterHyphen = true;
        } else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            afterHyphen = false;
        } else {
            return false;
        }
    }
    return !afterHyphen;
}

ObjectReader::ObjectReader(const nlohmann::json& value, const JsonPath& path, ProblemSink& sink, const QString& what)
    : m_path(path)
    , m_sink(sink)
{
    if (value.is_object())
        m_object = &value;
    else
        m_sink.error(m_path.pointer(), QStringLiteral("expected %1, found %2").arg(what, describeValue(value)));
}

void ObjectReader::reportMissing(std::string_view key, const QString& expected)
{
    m_sink.error(pointerTo(key), QStringLiteral("expected %1, found nothing (the key is missing)").arg(expected));
}

QString ObjectReader::oneOf(const QStringList& names)
{
    if (names.size() < 2)
        return names.join(QString());
    return QStringLiteral("one of %1 or %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString ObjectReader::text(std::string_view key, Need need, int maxCharacters)
{
    const auto expected = [maxCharacters] {
        return maxCharacters > 0 ? QStringLiteral("text of at most %1 characters").arg(maxCharacters)
                                 : QStringLiteral("text");
    };
    const nlohmann::json* value = find(key, need, expected);
    if (!value)
        return {};
    if (!value->is_string()) {
        m_sink.error(pointerTo(key), QStringLiteral("expected %1, found %2").arg(expected(), describeValue(*value)));
        return {};
    }
    const QString result = QString::fromStdString(value->get_ref<const std::string&>());
    if (result.trimmed().isEmpty()) {
        m_sink.error(pointerTo(key), QStringLiteral("expected %1, found %2").arg(expected(),
            result.isEmpty() ? QStringLiteral("empty text") : QStringLiteral("only spaces")));
        return {};
    }
    if (maxCharacters > 0 && characterCount(result) > maxCharacters) {
        m_sink.error(pointerTo(key), QStringLiteral("expected %1, found %2 characters").arg(expected()).arg(characterCount(result)));
        return {};
    }
    return result;
}

QString ObjectReader::id(std::string_view key)
{
    const nlohmann::json* value = find(key, Need::Required, idRuleText);
    if (!value)
        return {};
    if (value->is_string()) {
        const QString result = QString::fromStdString(value->get_ref<const std::string&>());
        if (isValidId(result))
            return result;
    }
    m_sink.error(pointerTo(key), QStringLiteral("expected %1, found %2").arg(idRuleText(), describeValue(*value)));
    return {};
}

QString ObjectReader::reference(std::string_view key)
{
    // One shared copy per distinct id saves an allocation per step and, more, keeps the copies
    // in the processor's cache when the library checks all references of a large pack: 80,000
    // separate copies of "calf" are 80,000 cache misses. A short list is enough (packs use a
    // few dozen regions and strokes); ids beyond it are simply not shared.
    struct Shared {
        std::string raw;
        QString id;
    };
    constexpr std::size_t kMaxShared = 64;
    thread_local std::vector<Shared> shared;

    if (m_object) {
        const auto it = m_object->find(key);
        if (it != m_object->end() && it->is_string()) {
            const std::string& raw = it->get_ref<const std::string&>();
            for (const Shared& known : shared) {
                if (known.raw == raw) {
                    m_known.push_back(key);
                    return known.id;
                }
            }
        }
    }
    const QString result = id(key);
    if (!result.isEmpty() && shared.size() < kMaxShared)
        shared.push_back({result.toStdString(), result});
    return result;
}

std::optional<int> ObjectReader::integer(std::string_view key, int min, int max, Need need)
{
    const auto expected = [min, max] { return QStringLiteral("an integer from %1 to %2").arg(min).arg(max); };
    const nlohmann::json* value = find(key, need, expected);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer()) {
        // Compare as 64-bit first: a huge number must not wrap into the range.
        const auto number = value->is_number_unsigned() ? std::int64_t(std::min<std::uint64_t>(value->get<std::uint64_t>(), INT64_MAX))
                                                        : value->get<std::int64_t>();
        if (number >= min && number <= max)
            return int(number);
    }
    m_sink.error(pointerTo(key), QStringLiteral("expected %1, found %2").arg(expected(), describeValue(*value)));
    return std::nullopt;
}

QStringList ObjectReader::textList(std::string_view key, Need need, int maxItems, int maxCharacters)
{
    QStringList result;
    forEach(key, need, 0, maxItems, QStringLiteral("texts"), [&](const nlohmann::json& item, const JsonPath& path) {
        const QString text = item.is_string() ? QString::fromStdString(item.get_ref<const std::string&>()) : QString();
        if (text.trimmed().isEmpty())
            m_sink.error(path.pointer(), QStringLiteral("expected text, found %1").arg(describeValue(item)));
        else if (maxCharacters > 0 && characterCount(text) > maxCharacters)
            m_sink.error(path.pointer(), QStringLiteral("expected text of at most %1 characters, found %2 characters")
                                             .arg(maxCharacters)
                                             .arg(characterCount(text)));
        else
            result << text;
    });
    return result;
}

void ObjectReader::forEach(std::string_view key, Need need, int minItems, int maxItems, const QString& itemsName,
    const std::function<void(const nlohmann::json&, const JsonPath&)>& read)
{
    const auto expected = [&] {
        return minItems > 0 ? QStringLiteral("an array of %1 to %2 %3").arg(minItems).arg(maxItems).arg(itemsName)
                            : QStringLiteral("an array of at most %1 %2").arg(maxItems).arg(itemsName);
    };
    const nlohmann::json* value = find(key, need, expected);
    if (!value)
        return;
    const JsonPath path(m_path, key);
    if (!value->is_array()) {
        m_sink.error(path.pointer(), QStringLiteral("expected %1, found %2").arg(expected(), describeValue(*value)));
        return;
    }
    const auto count = value->size();
    if (count < std::size_t(minItems) || count > std::size_t(maxItems)) {
        m_sink.error(path.pointer(), QStringLiteral("expected %1, found %2 %3").arg(expected()).arg(count).arg(itemsName));
        if (count > std::size_t(maxItems))
            return;  // reading thousands of surplus items would only bury the one real problem
    }
    for (std::size_t i = 0; i < count; ++i)
        read((*value)[i], JsonPath(path, i));
}

void ObjectReader::ignore(std::string_view key, const QString& why)
{
    if (!m_object)
        return;
    m_ignored.push_back(key);
    if (m_object->contains(key))
        m_sink.warning(pointerTo(key), why);
}

void ObjectReader::finish()
{
    if (!m_object)
        return;
    for (const auto& [key, value] : m_object->items()) {
        if (std::find(m_known.begin(), m_known.end(), key) != m_known.end()
            || std::find(m_ignored.begin(), m_ignored.end(), key) != m_ignored.end())
            continue;
        QStringList known;
        for (const auto& k : m_known)
            known << QString::fromUtf8(k.data(), qsizetype(k.size()));
        m_sink.warning(pointerTo(key),
            QStringLiteral("unknown key, ignored (expected one of: %1)").arg(known.join(QStringLiteral(", "))));
    }
}

}  // namespace legease::core
