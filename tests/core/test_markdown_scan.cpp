// Reading an article's Markdown for its links and images and for what it costs to lay out.
#include "core/content/markdown_scan.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

using namespace legease::core;

namespace {

QStringList images(const QString& markdown)
{
    QStringList found;
    for (const MarkdownDestination& d : markdownDestinations(markdown))
        if (d.image)
            found << d.destination;
    return found;
}

QStringList links(const QString& markdown)
{
    QStringList found;
    for (const MarkdownDestination& d : markdownDestinations(markdown))
        if (!d.image)
            found << d.destination;
    return found;
}

}  // namespace

TEST_CASE("markdown: inline images and links, with titles, angle brackets and parentheses")
{
    CHECK(images(QStringLiteral("![a](x.png) and ![b](<y z.png> \"title\") [c](https://e.org)"))
        == QStringList{QStringLiteral("x.png"), QStringLiteral("y z.png")});
    CHECK(links(QStringLiteral("![a](x.png) and [c](https://e.org)")) == QStringList{QStringLiteral("https://e.org")});
    CHECK(images(QStringLiteral("![a](pic(1).png) ![b](\n  /etc/passwd)")) == QStringList{QStringLiteral("pic(1).png"), QStringLiteral("/etc/passwd")});
    CHECK(images(QStringLiteral("![nested [brackets] here](n.png)")) == QStringList{QStringLiteral("n.png")});
    CHECK(images(QStringLiteral("[![inner](i.png)](https://e.org)")) == QStringList{QStringLiteral("i.png")});
    CHECK(images(QStringLiteral("> quoted ![q](\n> q.png)")) == QStringList{QStringLiteral("q.png")});
}

TEST_CASE("markdown: reference-style images find their definitions, wherever those stand")
{
    const QString text = QStringLiteral(
        "See ![full][s], ![Collapsed][] and ![shortcut].\n"
        "A [link][l] too, and [unused]: is text.\n\n"
        "[S]: /some/path\n"
        "> [collapsed]:\n"
        ">    ../../up.png\n"
        "- [shortcut]: <file:///etc/passwd> \"t\"\n"
        "[l]: other.html\n"
        "[s]: second-definition-ignored.png\n");
    CHECK(images(text)
        == QStringList{QStringLiteral("/some/path"), QStringLiteral("../../up.png"), QStringLiteral("file:///etc/passwd")});
    CHECK(links(text) == QStringList{QStringLiteral("other.html")});
}

TEST_CASE("markdown: labels match without regard to case or spacing, and definitions nothing uses are not listed")
{
    CHECK(images(QStringLiteral("![a][My   Label]\n\n[my label]: m.png\n[never]: n.png\n")) == QStringList{QStringLiteral("m.png")});
    CHECK(markdownDestinations(QStringLiteral("[never]: n.png\n")).empty());
}

TEST_CASE("markdown: code is text, escapes are not brackets, autolinks are links")
{
    CHECK(images(QStringLiteral("`![a](code.png)` and ``![b](` `.png)``")).isEmpty());
    CHECK(images(QStringLiteral("```\n![a](fenced.png)\n```\n![b](after.png)\n")) == QStringList{QStringLiteral("after.png")});
    CHECK(images(QStringLiteral("~~~~ info\n![a](fenced.png)\n~~~\n~~~~\n![b](after.png)")) == QStringList{QStringLiteral("after.png")});
    CHECK(images(QStringLiteral("\\![not an image](x.png)")).isEmpty());
    CHECK(links(QStringLiteral("\\![not an image](x.png)")) == QStringList{QStringLiteral("x.png")});
    CHECK(links(QStringLiteral("<https://e.org/a> <file:///etc/passwd> <me@example.org> <not a link>"))
        == QStringList{QStringLiteral("https://e.org/a"), QStringLiteral("file:///etc/passwd"), QStringLiteral("mailto:me@example.org")});
    // An unclosed backtick run is text, and the image after it counts.
    CHECK(images(QStringLiteral("`` unclosed ![a](a.png)")) == QStringList{QStringLiteral("a.png")});
}

TEST_CASE("markdown: scanning stays linear on pathological input")
{
    // Each of these took the old regular expression or a naive scan far longer than this.
    const QString backticks = QString(QStringLiteral("` `` ")).repeated(20000);
    const QString brackets = QString(20000, QLatin1Char('[')) + QString(20000, QLatin1Char(']'));
    const QString images = QStringLiteral("![a][b]").repeated(20000) + QStringLiteral("\n\n[b]: x.png\n");
    for (const QString& text : {backticks, brackets, images}) {
        const ArticleMeasure measure = measureMarkdown(text);
        CHECK(measure.bytes == text.size());
        CHECK(markdownDestinations(text).size() <= 1);
    }
    CHECK(measureMarkdown(images).images == 20000);
}

TEST_CASE("markdown: the measure counts bytes, lines, marks, the busiest paragraph, images, words and letters")
{
    const ArticleMeasure plain = measureMarkdown(QStringLiteral("One line.\n\nTwo *lines*\nhere.\n"));
    CHECK(plain.bytes == 29);
    CHECK(plain.lines == 4);
    CHECK(plain.marks == 2);
    CHECK(plain.busiestParagraph == 4);  // two lines and two marks
    CHECK(plain.images == 0);
    CHECK(plain.longestUnbroken == 7);  // "*lines*"
    CHECK(plain.longestCharacter == 1);

    CHECK(measureMarkdown(QStringLiteral("Fuß ✓")).bytes == 8);
    CHECK(measureMarkdown(QStringLiteral("see https://e.org or www.e.org, a@b.c & \\*")).marks == 6);  // "://", "www.", "@", "&", "\\" and "*"
    CHECK(measureMarkdown(QStringLiteral("a\n>\n> b *c*\n> d")).busiestParagraph == 4);  // ">" alone parts paragraphs
    CHECK(measureMarkdown(QStringLiteral("![a](a.png) ![b][b]\n\n[b]: b.png")).images == 2);
    CHECK(measureMarkdown(QString(3000, QLatin1Char('x'))).longestUnbroken == 3000);
    CHECK(measureMarkdown(QStringLiteral("a") + QString(40, QChar(0x0301)) + QStringLiteral(" b")).longestCharacter == 41);
    CHECK(measureMarkdown(QString::fromUcs4(U"\U0001F468\u200D\U0001F469\u200D\U0001F467")).longestCharacter == 5);
    // Chinese breaks between characters without spaces.
    CHECK(measureMarkdown(QStringLiteral("你好世界").repeated(300)).longestUnbroken < 5);
}
