#include "content/json_text.h"
#include "string_makers.h"

#include <catch2/catch.hpp>

using namespace legease::core;

namespace {

struct Parsed {
    std::optional<nlohmann::json> document;
    Problems problems;
};

Parsed parse(std::string_view text)
{
    Parsed result;
    ProblemSink sink(result.problems, QStringLiteral("f.json"));
    result.document = parseJsonText(text, sink);
    return result;
}

}  // namespace

TEST_CASE("valid JSON parses without problems")
{
    const Parsed parsed = parse(R"({"a": [1, 2, {"b": "ünïcode ✓"}]})");
    REQUIRE(parsed.document);
    CHECK(parsed.problems.empty());
    CHECK((*parsed.document)["a"][2]["b"] == "ünïcode ✓");
}

TEST_CASE("a syntax error is placed by line and character column")
{
    // The column counts characters, so the two-byte "é" before the error counts once.
    const Parsed parsed = parse("{\n  \"café\": 1,\n  \"x\" 2\n}");
    CHECK_FALSE(parsed.document);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].toString() == QStringLiteral("f.json:3:7: syntax error: expected ':', found a number"));
}

TEST_CASE("brackets inside strings do not count as nesting")
{
    const std::string text = "{\"a\": \"" + std::string(200, '[') + "\\\"" + std::string(200, '{') + "\"}";
    const Parsed parsed = parse(text);
    CHECK(parsed.document);
    CHECK(parsed.problems.empty());
}

TEST_CASE("64 levels of nesting are fine, 65 are not")
{
    CHECK(parse(std::string(64, '[') + std::string(64, ']')).document);
    const Parsed deep = parse(std::string(65, '[') + std::string(65, ']'));
    CHECK_FALSE(deep.document);
    REQUIRE(deep.problems.size() == 1);
    CHECK(deep.problems[0].column == 65);
}

TEST_CASE("overlong UTF-8 forms are refused")
{
    const Parsed parsed = parse("{\"a\": \"\xC0\xAF\"}");
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].message == QStringLiteral("expected UTF-8 text, found the byte 0xC0"));
    CHECK(parsed.problems[0].column == 8);
}

TEST_CASE("a UTF-8 byte order mark is accepted")
{
    const Parsed parsed = parse("\xEF\xBB\xBF{\"a\": 1}");
    CHECK(parsed.document);
    CHECK(parsed.problems.empty());
}

TEST_CASE("arbitrary bytes never throw")
{
    const std::string inputs[] = {"\x00", "{\"a\":\x00}", "[1e999999]", "\"\\ud800\"", "{\"a\":-}", "nul", "[\"\\u00\"]",
        std::string("{\"a\":1}\x00", 8)};
    for (const std::string& input : inputs) {
        Parsed parsed;
        CHECK_NOTHROW(parsed = parse(input));
        CHECK((parsed.document.has_value() || !parsed.problems.empty()));
    }
}
