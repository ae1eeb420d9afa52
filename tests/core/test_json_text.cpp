#include "core/content/json_text.h"
#include "support/string_makers.h"

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

TEST_CASE("a key given twice is named by its JSON Pointer, inside arrays too")
{
    const Parsed parsed = parse(R"({"steps": [{"a": 1}, {"b": 1, "a/~": 2, "a/~": 3}], "id": "x", "id": "y"})");
    CHECK_FALSE(parsed.document);
    REQUIRE(parsed.problems.size() == 2);
    CHECK(parsed.problems[0].toString() == QStringLiteral("f.json: /steps/1/a~1~0: expected each key once in an object, found \"a/~\" again"));
    CHECK(parsed.problems[1].toString() == QStringLiteral("f.json: /id: expected each key once in an object, found \"id\" again"));
}

// The encoding, emptiness and depth are looked at only once the parser has refused a file, but
// they are still reported first, before whatever the parser stumbled on.
TEST_CASE("a syntax error followed by nesting too deep is reported as too deep")
{
    const Parsed parsed = parse("[[1,,] " + std::string(70, '['));
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].message == QStringLiteral("expected at most 64 levels of nesting, found more"));
    CHECK(parsed.problems[0].column == 71);  // the 65th bracket still open
}

TEST_CASE("bytes that are not UTF-8 are reported before a duplicate key or a syntax error")
{
    const Parsed duplicate = parse("{\"a\": 1, \"a\": \"\xFF\"}");
    REQUIRE(duplicate.problems.size() == 1);
    CHECK(duplicate.problems[0].message == QStringLiteral("expected UTF-8 text, found the byte 0xFF"));
    const Parsed empty = parse(" \n\t ");
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].message == QStringLiteral("expected a JSON object, found an empty file"));
}

TEST_CASE("a NUL byte is an error where it stands, after the document or inside it")
{
    using namespace std::string_view_literals;
    // nlohmann reads a NUL as the end of the input: the document before it would pass.
    const Parsed after = parse("{\"a\": 1}\0garbage"sv);
    CHECK_FALSE(after.document);
    REQUIRE(after.problems.size() == 1);
    CHECK(after.problems[0].toString() == QStringLiteral("f.json:1:9: expected JSON text, found a NUL byte (0x00)"));

    const Parsed inside = parse("{\"a\":\n  \"x\0y\"}"sv);
    REQUIRE(inside.problems.size() == 1);
    CHECK(inside.problems[0].toString() == QStringLiteral("f.json:2:5: expected JSON text, found a NUL byte (0x00)"));

    // Bytes that are not UTF-8 come first, as they do for every other problem.
    const Parsed both = parse("{\"a\": \"\xff\"}\0"sv);
    REQUIRE(both.problems.size() == 1);
    CHECK(both.problems[0].message == QStringLiteral("expected UTF-8 text, found the byte 0xFF"));
}

TEST_CASE("a number too large for a double is placed and quoted short")
{
    const Parsed small = parse("{\"a\": [1,\n  1e400]}");
    REQUIRE(small.problems.size() == 1);
    CHECK(small.problems[0].toString() == QStringLiteral("f.json:2:3: expected a number no larger than about 1.8e308, found 1e400"));

    const std::string digits = "{\"a\": " + std::string(5000, '7') + "}";
    const Parsed many = parse(digits);
    REQUIRE(many.problems.size() == 1);
    CHECK(many.problems[0].toString()
        == QStringLiteral("f.json:1:7: expected a number no larger than about 1.8e308, found 77777777777777777777... (a number of 5000 characters)"));
    CHECK(many.problems[0].toString().size() < 200);

    // At the very end of the text, with nothing after it to stop the number.
    const Parsed last = parse("-1e999");
    REQUIRE(last.problems.size() == 1);
    CHECK(last.problems[0].toString() == QStringLiteral("f.json:1:1: expected a number no larger than about 1.8e308, found -1e999"));
}
