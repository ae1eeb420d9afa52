#include "core/content/json_text.h"

#include "core/content/pack_file.h"

#include <cstring>
#include <string>
#include <vector>

namespace legease::core {
namespace {

struct Position {
    int line = 1;
    int column = 1;
};

bool isContinuationByte(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Line and column (in characters, not bytes) of the byte at `offset`.
Position positionOf(std::string_view text, std::size_t offset)
{
    Position position;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuationByte(byte)) {
            ++position.column;
        }
    }
    return position;
}

// Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or npos.
std::size_t firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + std::size_t(length) > text.size())
            return i;
        const auto second = static_cast<unsigned char>(text[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (!isContinuationByte(static_cast<unsigned char>(text[i + std::size_t(k)])))
                return i;
        i += std::size_t(length);
    }
    return std::string_view::npos;
}

// nlohmann::json parses iteratively, but other code walks documents recursively; refusing deep
// nesting up front keeps every later step safe from stack exhaustion.
std::size_t firstTooDeep(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

bool isEscaped(std::string_view text, std::size_t quote)
{
    std::size_t backslashes = 0;
    while (quote > backslashes && text[quote - backslashes - 1] == '\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

// The opening quote of the string that is still open at `offset`, or `offset` if none is found.
std::size_t openingQuoteBefore(std::string_view text, std::size_t offset)
{
    for (std::size_t i = std::min(offset, text.size()); i-- > 0;)
        if (text[i] == '"' && !isEscaped(text, i))
            return i;
    return offset;
}

// nlohmann reports where it stopped reading, which for a whole token is its last character;
// people look for the token's first one.
std::size_t tokenStart(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return offset;
    if (text[offset] == '"')
        return openingQuoteBefore(text, offset);
    const auto inLiteral = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.'; };
    if (!inLiteral(text[offset]))
        return offset > 0 && inLiteral(text[offset - 1]) ? tokenStart(text, offset - 1) : offset;
    while (offset > 0 && inLiteral(text[offset - 1]))
        --offset;
    return offset;
}

// Where people should look for a syntax error nlohmann stopped at `offset`.
std::size_t errorStart(std::string_view what, std::string_view text, std::size_t offset)
{
    if (what.find("missing closing quote") != std::string_view::npos)
        return openingQuoteBefore(text, offset);
    if (what.find("unexpected string literal") != std::string_view::npos || what.find("unexpected number literal") != std::string_view::npos
        || what.find("literal; expected") != std::string_view::npos || what.find("invalid literal") != std::string_view::npos
        || what.find("invalid number") != std::string_view::npos)
        return tokenStart(text, offset);
    return offset;
}

// nlohmann names tokens for programmers; these are the same things in words.
QString describeToken(std::string_view token, bool asKey)
{
    if (token == "string literal")
        return asKey ? QStringLiteral("a key in double quotes") : QStringLiteral("text in double quotes");
    if (token == "number literal")
        return QStringLiteral("a number");
    if (token == "true literal" || token == "false literal" || token == "null literal")
        return QString::fromUtf8(token.substr(0, token.find(' ')));
    if (token == "'[', '{', or a literal")
        return QStringLiteral("a value");
    if (token == "end of input")
        return QStringLiteral("the end of the file");
    return QString::fromUtf8(token);
}

// Rewrites "syntax error while parsing object key - unexpected '}'; expected string literal"
// as "syntax error: expected a key in double quotes, found '}'".
QString describeSyntaxError(std::string_view what, std::string_view text, std::size_t offset)
{
    std::string_view detail = what;
    if (const auto colon = detail.find(": "); colon != std::string_view::npos)
        detail.remove_prefix(colon + 2);
    const bool asKey = detail.find("object key") != std::string_view::npos;
    if (const auto dash = detail.find(" - "); dash != std::string_view::npos)
        detail.remove_prefix(dash + 3);

    if (detail.find("missing closing quote") != std::string_view::npos)
        return QStringLiteral("syntax error: expected a closing double quote for the text that starts here, "
                              "found the end of the file (is the file cut short?)");
    const auto unexpected = detail.find("unexpected ");
    const auto expected = detail.find("; expected ");
    if (unexpected != 0 || expected == std::string_view::npos)
        return QStringLiteral("syntax error: ") + QString::fromUtf8(detail);

    const auto found = detail.substr(11, expected - 11);
    QString message = QStringLiteral("syntax error: expected %1, found %2")
                          .arg(describeToken(detail.substr(expected + 11), asKey),
                              describeToken(found, false));
    if (found == "end of input")
        message += QStringLiteral(" (is the file cut short?)");
    if (found == "'}'" || found == "']'") {
        std::size_t before = std::min(offset, text.size());
        while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1])))
            --before;
        if (before > 0 && text[before - 1] == ',')
            message += QStringLiteral(" (a comma after the last item?)");
    }
    return message;
}

// Builds the document the way nlohmann's own DOM parser does, and in the same pass notices what
// that parser lets through: a key given twice in one object (nlohmann would silently keep the
// last, and an author who pasted a key twice should hear about it) and nesting deeper than
// kMaxNesting. The JSON Pointer of a duplicate is only spelled out when there is one.
class DocumentBuilder {
public:
    using json = nlohmann::json;
    struct TooDeep {};  // thrown to stop reading; the caller finds the place itself

    explicit DocumentBuilder(json& root)
        : m_root(root)
    {
    }

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(json::number_integer_t value) { return add(value); }
    bool number_unsigned(json::number_unsigned_t value) { return add(value); }
    bool number_float(json::number_float_t value, const json::string_t&) { return add(value); }
    bool string(json::string_t& value) { return add(value); }
    bool binary(json::binary_t& value) { return add(std::move(value)); }
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key)
    {
        Container& object = m_open.back();
        const auto [member, added] = object.value->get_ptr<json::object_t*>()->try_emplace(key);
        object.currentKey = &member->first;
        if (!added)
            m_duplicates.push_back({pointerOfCurrentKey(), QString::fromStdString(key)});
        m_member = &member->second;
        return true;
    }

    // Remembers where the parser stopped: a number too large for a double comes as an exception
    // that does not say where it is.
    template <class Exception>
    bool parse_error(std::size_t position, const std::string&, const Exception& error)
    {
        m_errorPosition = position;
        throw error;
    }
    std::size_t errorPosition() const { return m_errorPosition; }

    struct Duplicate {
        QString pointer;
        QString key;
    };
    const std::vector<Duplicate>& duplicates() const { return m_duplicates; }

private:
    struct Container {
        json* value;
        const std::string* currentKey;  // objects: the key of the member being read
    };

    template <typename Value>
    json* place(Value&& value)
    {
        if (m_open.empty()) {
            m_root = json(std::forward<Value>(value));
            return &m_root;
        }
        json& parent = *m_open.back().value;
        if (parent.is_array()) {
            auto& items = *parent.get_ptr<json::array_t*>();
            items.emplace_back(std::forward<Value>(value));
            return &items.back();
        }
        *m_member = json(std::forward<Value>(value));
        return m_member;
    }

    template <typename Value>
    bool add(Value&& value)
    {
        place(std::forward<Value>(value));
        return true;
    }

    bool open(json::value_t type)
    {
        m_open.push_back({place(type), nullptr});
        if (m_open.size() > std::size_t(kMaxNesting))
            throw TooDeep();
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    // Items are appended as they are read, so the one being read in an array is its last.
    QString pointerOfCurrentKey() const
    {
        QString result;
        for (const Container& container : m_open) {
            QString segment = container.value->is_object() ? QString::fromStdString(*container.currentKey)
                                                           : QString::number(container.value->size() - 1);
            result += QLatin1Char('/') + segment.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
        }
        return result;
    }

    json& m_root;
    std::vector<Container> m_open;
    json* m_member = nullptr;
    std::vector<Duplicate> m_duplicates;
    std::size_t m_errorPosition = 0;
};

// The number that starts at `start`, whole when it is short, else its first digits and its length:
// a 5,000-digit number is not worth repeating.
QString numberExcerpt(std::string_view text, std::size_t start)
{
    std::size_t end = start;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' || text[end] == '+' || text[end] == '.'))
        ++end;
    const std::string_view number = text.substr(start, end - start);
    constexpr std::size_t kShown = 24;
    if (number.size() <= kShown)
        return QString::fromLatin1(number.data(), qsizetype(number.size()));
    return QStringLiteral("%1... (a number of %2 characters)")
        .arg(QString::fromLatin1(number.data(), qsizetype(kShown - 4)))
        .arg(number.size());
}

// The problems that come before any the parser can name, most basic first: bytes that are not
// UTF-8, a NUL byte, a file with nothing in it, nesting too deep to walk safely. Looked for only once
// something is wrong: a document nlohmann accepted is valid UTF-8 (it checks every string, and
// any other byte above 0x7F is a syntax error) and not empty, and the builder watched its depth.
bool reportBasicProblems(std::string_view text, ProblemSink& sink)
{
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        const Position at = positionOf(text, bad);
        const auto byte = static_cast<unsigned char>(text[bad]);
        sink.errorAt(at.line, at.column,
            QStringLiteral("expected UTF-8 text, found the byte 0x%1")
                .arg(QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'))));
        return true;
    }
    // nlohmann takes a NUL byte for the end of the document, so what follows one would go unread.
    if (const void* nul = std::memchr(text.data(), 0, text.size())) {
        const Position at = positionOf(text, std::size_t(static_cast<const char*>(nul) - text.data()));
        sink.errorAt(at.line, at.column, QStringLiteral("expected JSON text, found a NUL byte (0x00)"));
        return true;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        sink.errorAt(1, 1, QStringLiteral("expected a JSON object, found an empty file"));
        return true;
    }
    if (const auto deep = firstTooDeep(text); deep != std::string_view::npos) {
        const Position at = positionOf(text, deep);
        sink.errorAt(at.line, at.column,
            QStringLiteral("expected at most %1 levels of nesting, found more").arg(kMaxNesting));
        return true;
    }
    return false;
}

}  // namespace

std::optional<nlohmann::json> parseJsonText(std::string_view text, ProblemSink& sink)
{
    // nlohmann would stop at a NUL and call the rest the end of the document.
    if (std::memchr(text.data(), 0, text.size())) {
        reportBasicProblems(text, sink);
        return std::nullopt;
    }
    nlohmann::json document;
    DocumentBuilder builder(document);
    try {
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
        if (builder.duplicates().empty())
            return document;
        if (!reportBasicProblems(text, sink))
            for (const auto& duplicate : builder.duplicates())
                sink.error(duplicate.pointer, QStringLiteral("expected each key once in an object, found \"%1\" again").arg(duplicate.key));
    } catch (const DocumentBuilder::TooDeep&) {
        if (!reportBasicProblems(text, sink))  // cannot happen: the same brackets were counted
            sink.errorAt(1, 1, QStringLiteral("expected at most %1 levels of nesting, found more").arg(kMaxNesting));
    } catch (const nlohmann::json::parse_error& e) {
        if (reportBasicProblems(text, sink))
            return std::nullopt;
        // e.byte counts from 1 and points at the character that could not be read.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const Position at = positionOf(text, errorStart(e.what(), text, offset));
        sink.errorAt(at.line, at.column, describeSyntaxError(e.what(), text, offset));
    } catch (const nlohmann::json::exception&) {
        if (reportBasicProblems(text, sink))
            return std::nullopt;
        // Numbers too large for a double are the only other failure a parse can report. The
        // parser has read one character past the number by then.
        const std::size_t position = builder.errorPosition();
        const std::size_t start = tokenStart(text, position > 0 ? std::min(position, text.size()) - 1 : 0);
        const Position at = positionOf(text, start);
        sink.errorAt(at.line, at.column,
            QStringLiteral("expected a number no larger than about 1.8e308, found %1").arg(numberExcerpt(text, start)));
    }
    return std::nullopt;
}

std::optional<nlohmann::json> readJsonFile(const QString& path, ProblemSink& sink, Links links)
{
    QString problem;
    const auto bytes = readRegularFile(path, kMaxFileBytes, QStringLiteral("1 MiB (%1 bytes)").arg(kMaxFileBytes), links, problem);
    if (!bytes) {
        sink.error(QString(), problem);
        return std::nullopt;
    }
    return parseJsonText(std::string_view(bytes->constData(), std::size_t(bytes->size())), sink);
}

}  // namespace legease::core
