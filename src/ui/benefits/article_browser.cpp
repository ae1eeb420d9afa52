#include "ui/benefits/article_browser.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace legease::ui {
namespace {

// Every ASCII punctuation character may be backslash-escaped in CommonMark, so escaping all of
// them is the simple way to keep plain text plain.
QString escapeMarkdown(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// The document does its own loading when the widget declines (it reads local files and decodes
// data: URLs), so it has to refuse as well.
class ArticleDocument : public QTextDocument {
public:
    explicit ArticleDocument(QObject* parent)
        : QTextDocument(parent)
    {
        setResourceProvider([](const QUrl&) { return QVariant(); });
    }

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

}  // namespace

QString articleMarkdown(const core::Benefit& benefit)
{
    QString text = benefit.body.trimmed() + QStringLiteral("\n\n");
    if (!benefit.cautions.isEmpty()) {
        text += QStringLiteral("## %1\n\n").arg(ArticleBrowser::tr("When to hold back"));
        for (const QString& caution : benefit.cautions)
            text += QStringLiteral("- %1\n").arg(escapeMarkdown(caution));
        text += QLatin1Char('\n');
    }
    if (!benefit.sources.empty()) {
        text += QStringLiteral("## %1\n\n").arg(ArticleBrowser::tr("Sources"));
        for (const core::Source& source : benefit.sources) {
            // The year is escaped as well: "- 1999. Title" would otherwise start a numbered list.
            const QString year = QString::number(source.year);
            const QString who = source.authors.isEmpty() ? ArticleBrowser::tr("%1.").arg(year) : ArticleBrowser::tr("%1 (%2).").arg(source.authors, year);
            text += QStringLiteral("- %1 *%2*\n").arg(escapeMarkdown(who), escapeMarkdown(source.title));
        }
    }
    return text;
}

ArticleBrowser::ArticleBrowser(QWidget* parent)
    : QTextBrowser(parent)
    , m_openLink([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setDocument(blankDocument());
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setSearchPaths({});
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleBrowser::followLink);
}

QTextDocument* ArticleBrowser::blankDocument()
{
    auto* document = new ArticleDocument(this);
    document->setDocumentMargin(14);
    document->setDefaultFont(font());
    document->setUndoRedoEnabled(false);
    return document;
}

void ArticleBrowser::showMarkdown(const QString& markdown)
{
    // The Markdown importer adds the text piece by piece. Into the shown document, which has the
    // browser's layout attached, every piece would be laid out and shaped again (most of the
    // Benefits page's start-up time, see docs/performance.md); into a new document, which has no
    // layout yet, it is only stored, and the browser lays out the finished article once.
    QTextDocument* article = blankDocument();
    article->setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    tameHeadings(*article);
    QTextDocument* previous = document();
    setDocument(article);  // the view starts at the top, its cursor at the start of the new text
    delete previous;
    verticalScrollBar()->setValue(0);
}

void ArticleBrowser::tameHeadings(QTextDocument& article) const
{
    // Markdown headings come out larger than the article's own title above the reader; one step
    // down keeps the page's order of sizes, and a little space above groups each section.
    for (QTextBlock block = article.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat spacing;
        spacing.setTopMargin(QFontMetricsF(font()).height() * 0.6);
        cursor.mergeBlockFormat(spacing);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat size;
        size.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - level));
        size.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(size);
    }
}

bool ArticleBrowser::isOpenable(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QVariant ArticleBrowser::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    // Images in particular: a remote one would tell a server who is reading what, and a local
    // one could show any picture on the computer inside an article.
    return {};
}

void ArticleBrowser::followLink(const QUrl& url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    if (isOpenable(url) && m_openLink)
        m_openLink(url);
}

}  // namespace legease::ui
