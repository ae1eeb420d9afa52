#include "ui/benefits/article_browser.h"

#include "core/content/article_check.h"
#include "core/content/pack_image.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QImageReader>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTimer>

namespace legease::ui {
namespace {

constexpr auto kMarkdown = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// An image of an article, read under the pack rule and scaled down to `maxWidth` when wider.
QImage packImage(const QString& folder, const QUrl& name, int maxWidth)
{
    if (folder.isEmpty())
        return {};
    const core::PackImage image = core::readPackImage(folder, name);
    if (!image.isValid())
        return {};
    QByteArray bytes = image.bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, image.format);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    // The header was checked already; this is what the decoder itself says.
    if (!size.isValid() || size.width() > core::kMaxImageSide || size.height() > core::kMaxImageSide)
        return {};
    if (maxWidth > 0 && size.width() > maxWidth)
        reader.setScaledSize(size.scaled(maxWidth, core::kMaxImageSide, Qt::KeepAspectRatio));
    return reader.read();
}

// What stands in for an image that is not shown. Qt must never be given nothing: when the
// document answers with no image, Qt's image handler goes on to load the name straight from disk
// (relative to the working folder) -- the very thing the rule forbids.
QImage notShown()
{
    static const QImage placeholder = [] {
        QImage image(QStringLiteral(":/qt-project.org/styles/commonstyle/images/file-16.png"));
        if (image.isNull()) {
            image = QImage(1, 1, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
        }
        return image;
    }();
    return placeholder;
}

// The document does its own loading when the widget declines (it reads local files and decodes
// data: URLs), so it loads its images itself, under the pack rule, and refuses everything else.
// Each image is read once, and at most kMaxArticleImages are read however many the article
// names; the rest get the placeholder.
class ArticleDocument : public QTextDocument {
public:
    ArticleDocument(QAbstractScrollArea* reader, QString imageFolder)
        : QTextDocument(reader)
        , m_reader(reader)
        , m_imageFolder(std::move(imageFolder))
    {
        setResourceProvider([](const QUrl&) { return QVariant(); });
    }

    QImage image(const QUrl& name)
    {
        QImage image;
        if (m_read < core::kMaxArticleImages) {
            // As wide as the reader's text at most; a wider window later shows it at that size.
            // (The reader's own size, less a scroll bar: its viewport follows only once shown.)
            const int width = int(m_reader->contentsRect().width() - m_reader->verticalScrollBar()->sizeHint().width()
                - 2 * documentMargin());
            image = packImage(m_imageFolder, name, std::max(width, 16));
            ++m_read;
        }
        if (image.isNull())
            image = notShown();
        addResource(ImageResource, name, image);  // kept, so layout and painting do not ask again
        return image;
    }

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        return type == ImageResource ? QVariant(image(name)) : QVariant();
    }

private:
    QAbstractScrollArea* m_reader;
    QString m_imageFolder;
    qsizetype m_read = 0;
};

QString plain(QString text)
{
    // As a line of Markdown would: a line break inside a caution is a space.
    return text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// "When to hold back" and "Sources" after the body, looking as they would in Markdown but
// holding the texts as they are: the Markdown here has only headings, list markers and
// placeholders, which are then replaced by the texts. (Escaping the texts as Markdown instead
// costs Qt a piece per punctuation mark, and pieces cost it their square.)
void appendCautionsAndSources(QTextDocument& article, const core::Benefit& benefit)
{
    if (benefit.cautions.isEmpty() && benefit.sources.empty())
        return;
    const auto placeholder = [](char kind, std::size_t i) { return QStringLiteral("\uE000%1%2\uE000").arg(QLatin1Char(kind)).arg(i); };
    QString markdown;
    QList<std::pair<QString, QString>> texts;
    if (!benefit.cautions.isEmpty()) {
        markdown += QStringLiteral("## %1\n\n").arg(ArticleBrowser::tr("When to hold back"));
        for (qsizetype i = 0; i < benefit.cautions.size(); ++i) {
            markdown += QStringLiteral("- %1\n").arg(placeholder('c', std::size_t(i)));
            texts.append({placeholder('c', std::size_t(i)), plain(benefit.cautions[i])});
        }
        markdown += QLatin1Char('\n');
    }
    if (!benefit.sources.empty()) {
        markdown += QStringLiteral("## %1\n\n").arg(ArticleBrowser::tr("Sources"));
        for (std::size_t i = 0; i < benefit.sources.size(); ++i) {
            const core::Source& source = benefit.sources[i];
            const QString year = QString::number(source.year);
            const QString who = source.authors.isEmpty() ? ArticleBrowser::tr("%1.").arg(year) : ArticleBrowser::tr("%1 (%2).").arg(source.authors, year);
            markdown += QStringLiteral("- %1 *%2*\n").arg(placeholder('w', i), placeholder('t', i));
            texts.append({placeholder('w', i), plain(who)});
            texts.append({placeholder('t', i), plain(source.title)});
        }
    }
    QTextDocument sections;
    sections.setMarkdown(markdown, kMarkdown);
    // From the last to the first: a text that happens to hold a placeholder then only ever comes
    // after the real one, which find() meets first.
    for (auto it = texts.crbegin(); it != texts.crend(); ++it) {
        QTextCursor found = sections.find(it->first);
        if (!found.isNull())
            found.insertText(it->second, found.charFormat());
    }
    QTextCursor end(&article);
    end.movePosition(QTextCursor::End);
    // A block of its own in the heading's format, or the heading would join the body's last block.
    end.insertBlock(sections.begin().blockFormat(), sections.begin().charFormat());
    end.insertFragment(QTextDocumentFragment(&sections));
}

}  // namespace

ArticleBrowser::ArticleBrowser(QWidget* parent)
    : QTextBrowser(parent)
    , m_openLink([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setDocument(blankDocument(QString()));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setSearchPaths({});
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The scroll bar always keeps its room, so the text has one width: an article is laid out
    // once, not again when it turns out long enough to scroll (each layout of an article is a
    // large part of the first paint, see docs/performance.md), and lines do not reflow between
    // a short article and a long one.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleBrowser::followLink);
}

QTextDocument* ArticleBrowser::blankDocument(const QString& imageFolder)
{
    auto* document = new ArticleDocument(this, imageFolder);
    document->setDocumentMargin(14);
    document->setDefaultFont(font());
    document->setUndoRedoEnabled(false);
    return document;
}

void ArticleBrowser::showArticle(const core::Benefit& benefit)
{
    m_pending.reset();
    // The Markdown importer adds the text piece by piece. Into the shown document, which has the
    // browser's layout attached, every piece would be laid out and shaped again (most of the
    // Benefits page's start-up time, see docs/performance.md); into a new document, which has no
    // layout yet, it is only stored, and the browser lays out the finished article once.
    QTextDocument* article = blankDocument(benefit.bodyFolder);
    article->setMarkdown(benefit.body.trimmed(), kMarkdown);
    appendCautionsAndSources(*article, benefit);
    present(article);
}

void ArticleBrowser::showFirstArticle(const core::Benefit& benefit)
{
    if (m_painted || (isVisible() && core::isQuickToShow(benefit))) {
        showArticle(benefit);
        return;
    }
    present(blankDocument(QString()));
    m_pending = benefit;
}

void ArticleBrowser::showPendingArticle()
{
    if (const std::optional<core::Benefit> benefit = std::exchange(m_pending, std::nullopt))
        showArticle(*benefit);
}

void ArticleBrowser::clearArticle()
{
    m_pending.reset();
    present(blankDocument(QString()));
}

void ArticleBrowser::showMarkdown(const QString& markdown, const QString& imageFolder)
{
    m_pending.reset();
    QTextDocument* article = blankDocument(imageFolder);
    article->setMarkdown(markdown, kMarkdown);
    present(article);
}

void ArticleBrowser::present(QTextDocument* article)
{
    tameHeadings(*article);
    QTextDocument* previous = document();
    setDocument(article);  // the view starts at the top, its cursor at the start of the new text
    delete previous;
    verticalScrollBar()->setValue(0);
}

void ArticleBrowser::showEvent(QShowEvent* event)
{
    QTextBrowser::showEvent(event);
    // Sized by now: the page's layout has given the reader its width before showing it.
    if (m_pending && core::isQuickToShow(*m_pending))
        showPendingArticle();
}

void ArticleBrowser::paintEvent(QPaintEvent* event)
{
    QTextBrowser::paintEvent(event);
    if (!std::exchange(m_painted, true) && m_pending) {
        // After this paint has reached the screen, not within it.
        QTimer::singleShot(0, this, &ArticleBrowser::showPendingArticle);
    }
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

QImage ArticleBrowser::imageNotShown()
{
    return notShown();
}

bool ArticleBrowser::isOpenable(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QVariant ArticleBrowser::loadResource(int type, const QUrl& name)
{
    // Images in particular: a remote one would tell a server who is reading what, and one from
    // elsewhere on disk could show any picture on the computer inside an article, or wait for
    // ever on a pipe. Only the shown article's own pack images pass.
    auto* article = dynamic_cast<ArticleDocument*>(document());
    if (type != QTextDocument::ImageResource || !article)
        return {};
    return article->image(name);  // the placeholder when refused
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
