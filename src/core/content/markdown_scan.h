#pragma once

#include <QString>

#include <vector>

// A careful reading of an article's Markdown for the two things the validator needs to know
// without laying it out: where its links and images lead, and what it would cost to lay out.
// Core has no QtGui, so this is not Qt's parser; the article view refuses on its own whatever
// breaks the image rule, so a destination missed here can still never be loaded.
namespace legease::core {

struct MarkdownDestination {
    QString destination;  // as written, without the <> that may enclose it
    bool image = false;   // an image (`![..](..)`, or a reference definition an image uses)
};

// Every link and image destination in `markdown`, in the order found: inline ones
// (`[a](dest)`, `![a](<dest> "title")`), reference definitions (`[label]: dest`, also inside
// block quotes and list items, with the destination on the next line), each definition marked
// as an image when an image refers to it (`![a][label]`, `![label][]`, `![label]`), and
// autolinks (`<scheme:...>`). Fenced code blocks and code spans are skipped, as Qt shows them as
// text. A definition nothing refers to is not listed.
std::vector<MarkdownDestination> markdownDestinations(const QString& markdown);

// What drives the time Qt takes to show an article (see docs/content-format.md, "Articles").
struct ArticleMeasure {
    qsizetype bytes = 0;             // UTF-8
    qsizetype lines = 0;
    qsizetype marks = 0;             // formatting marks in all (see countsAsMark in the .cpp)
    qsizetype busiestParagraph = 0;  // most lines and marks together between two blank lines
    qsizetype images = 0;            // image references, inline or by reference
    qsizetype longestUnbroken = 0;   // most characters between two places a line may break
    qsizetype longestCharacter = 0;  // most code points in one character as drawn (a letter with its accents)
};

ArticleMeasure measureMarkdown(const QString& markdown);

}  // namespace legease::core
