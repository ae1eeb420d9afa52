#include "core/content/article_check.h"

#include "core/content/markdown_scan.h"
#include "core/content/pack_file.h"
#include "core/content/pack_folder.h"
#include "core/content/pack_image.h"

#include <QUrl>

namespace legease::core {
namespace {

bool isWebOrPlace(const QString& destination)
{
    static const QLatin1String prefixes[] = {
        QLatin1String("http:"), QLatin1String("https:"), QLatin1String("mailto:"), QLatin1String("#")};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
        [&destination](QLatin1String prefix) { return destination.startsWith(prefix, Qt::CaseInsensitive); });
}

// A link that is not to the web leads to a regular file inside the pack. (The article view opens
// only web links; a link into the pack is there for people reading the files.)
void checkLink(const PackFolder& pack, const QString& destination, ProblemSink& sink, const QString& pointer)
{
    if (isWebOrPlace(destination))
        return;
    const QUrl url(destination);
    const QString path = url.scheme().isEmpty() && url.authority().isEmpty() ? url.path(QUrl::FullyDecoded) : destination;
    if (!pack.staysInside(path)) {
        sink.error(pointer, QStringLiteral("expected a web link or a relative path to a file inside the pack, found \"%1\"").arg(destination));
        return;
    }
    QString why;
    EntryType type = entryTypeOf(pack.filePath(path), &why);
    if (type == EntryType::Link)
        type = linkTargetTypeOf(pack.filePath(path), why);
    if (type == EntryType::Missing)
        sink.error(pointer, QStringLiteral("expected a file inside the pack, found nothing at \"%1\"").arg(path));
    else if (type != EntryType::File)
        sink.error(pointer, QStringLiteral("expected a regular file inside the pack at \"%1\", found %2")
                                .arg(path, why.isEmpty() ? describeEntryType(type) : why));
}

void checkAtMost(qsizetype found, qsizetype limit, const QString& what, ProblemSink& sink, const QString& pointer)
{
    if (found > limit)
        sink.error(pointer, QStringLiteral("expected at most %1 %2, found %3").arg(limit).arg(what).arg(found));
}

}  // namespace

bool checkArticleLimits(const QString& body, ProblemSink& sink, const QString& pointer)
{
    const int before = sink.errorCount();
    const bool huge = body.size() > 4 * kMaxArticleBytes;  // measured in part only: one error is all it gets
    const ArticleMeasure measure = measureMarkdown(huge ? body.left(4 * kMaxArticleBytes) : body);
    if (huge || measure.bytes > kMaxArticleBytes) {
        // Nothing else is worth saying about an article that has to be cut down first.
        sink.error(pointer, QStringLiteral("expected an article of at most 32 KiB (%1 bytes of UTF-8), found %2 bytes")
                                .arg(kMaxArticleBytes)
                                .arg(body.toUtf8().size()));
        return false;
    }
    checkAtMost(measure.lines, kMaxArticleLines, QStringLiteral("lines"), sink, pointer);
    checkAtMost(measure.marks, kMaxArticleMarks,
        QStringLiteral("formatting marks (*, _, ~, `, [, <, &, \\, @, :// and www. each count)"), sink, pointer);
    checkAtMost(measure.busiestParagraph, kMaxParagraphWeight,
        QStringLiteral("lines and formatting marks together in one paragraph (blank lines part paragraphs)"), sink, pointer);
    checkAtMost(measure.images, kMaxArticleImages, QStringLiteral("images"), sink, pointer);
    checkAtMost(measure.longestUnbroken, kMaxUnbrokenCharacters,
        QStringLiteral("characters without a place to break the line (such as a space)"), sink, pointer);
    checkAtMost(measure.longestCharacter, kMaxCharacterCodePoints,
        QStringLiteral("code points in one character (a letter with its accents)"), sink, pointer);
    return sink.errorCount() == before;
}

void checkArticleBody(const QString& packRoot, const QString& body, ProblemSink& sink, const QString& pointer)
{
    if (!checkArticleLimits(body, sink, pointer) && body.toUtf8().size() > kMaxArticleBytes)
        return;  // too long: only that was said
    const PackFolder pack(packRoot);
    for (const MarkdownDestination& destination : markdownDestinations(body)) {
        if (!destination.image) {
            checkLink(pack, destination.destination, sink, pointer);
            continue;
        }
        const PackImage image = readPackImage(packRoot, QUrl(destination.destination));
        if (!image.isValid())
            sink.error(pointer, image.problem);
    }
}

bool isQuickToShow(const Benefit& benefit)
{
    constexpr qsizetype kQuickBytes = 8 * 1024;
    constexpr qsizetype kQuickMarks = 64;
    constexpr qsizetype kQuickOtherCharacters = 4000;
    if (benefit.body.size() > kQuickBytes)
        return false;
    qsizetype other = 0;
    for (const QString& caution : benefit.cautions)
        other += caution.size();
    for (const Source& source : benefit.sources)
        other += source.title.size() + source.authors.size();
    if (other > kQuickOtherCharacters)
        return false;
    const ArticleMeasure measure = measureMarkdown(benefit.body);
    return measure.bytes <= kQuickBytes && measure.marks <= kQuickMarks && measure.images == 0;
}

}  // namespace legease::core
