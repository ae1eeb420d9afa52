#pragma once

#include "core/content/model.h"
#include "core/content/problem.h"

#include <QString>

// What an article may hold, so that any valid one is shown at once. Qt lays out Markdown in time
// that grows with the square of the pieces (emphasis, links, escapes, lines) in one paragraph and
// with the square of the length of a word it has to break, and shapes an accent-laden letter in
// time that grows with the square of its accents: "*a" repeated 10,000 times took 8 s. Within
// these limits the slowest article measured lays out in well under a second (the numbers and how
// they were found are in docs/content-format.md, "Articles").
namespace legease::core {

inline constexpr qsizetype kMaxArticleBytes = 32 * 1024;   // the body, in UTF-8
inline constexpr qsizetype kMaxArticleLines = 1000;
inline constexpr qsizetype kMaxArticleMarks = 500;         // *, _, ~, `, [, <, &, \, @, "://" and "www."
inline constexpr qsizetype kMaxParagraphWeight = 200;      // lines and marks together between blank lines
inline constexpr qsizetype kMaxArticleImages = 8;
inline constexpr qsizetype kMaxUnbrokenCharacters = 1000;  // between two places a line may break
inline constexpr qsizetype kMaxCharacterCodePoints = 32;   // one letter with its accents and joiners

// The other texts of an article, shown with it as plain text.
inline constexpr int kMaxSummaryCharacters = 500;
inline constexpr int kMaxCautions = 20;
inline constexpr int kMaxCautionCharacters = 500;
inline constexpr int kMaxSourceTextCharacters = 300;  // a source's title, its authors

// Checks an article body (Markdown) against the limits above; returns whether it keeps to them.
bool checkArticleLimits(const QString& body, ProblemSink& sink, const QString& pointer);

// Checks an article body (Markdown) against the limits above, and every link and image in it:
// images under the rule of pack_image.h against `packRoot`, links to the web (http, https),
// mailto:, #places in the article, or to files inside the pack. Reports at `pointer` ("/body").
void checkArticleBody(const QString& packRoot, const QString& body, ProblemSink& sink, const QString& pointer);

// Whether an article (body, cautions and sources) is small and plain enough for the article view
// to lay it out before the window's first paint without holding it up.
bool isQuickToShow(const Benefit& benefit);

}  // namespace legease::core
