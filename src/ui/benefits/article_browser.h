#pragma once

#include "core/content/model.h"

#include <QImage>
#include <QTextBrowser>

#include <functional>
#include <optional>

namespace legease::ui {

// A read-only reader for articles that come from content packs anyone can write. It loads
// nothing an article names but images, and those only through core::readPackImage, under the
// one rule for images in a pack (core/content/pack_image.h): a file inside the pack that gives
// the article, small enough, PNG, JPEG or GIF. Whatever else an article names (a remote image,
// a local file, a data: URL, a style sheet) stays unloaded, whether or not the validator saw it.
// Following a link is always a click, and only web links leave the app (in the browser people
// already use).
class ArticleBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit ArticleBrowser(QWidget* parent = nullptr);

    // Shows a benefit's article from the top: its body as Markdown (raw HTML off), its images
    // from the folder of the pack that gave the body, then "When to hold back" with its cautions
    // and "Sources", which are plain text: a stray `*` or `[` in a title stays a character.
    void showArticle(const core::Benefit& benefit);

    // The same for the article a page opens with. Until the reader is first shown it waits, so
    // it is laid out once, at the width it is read at; an article that is not quick to lay out
    // (see core::isQuickToShow) waits for the reader's first paint, so the window's first
    // appearance is never held up by an article, and a long one follows a moment later.
    void showFirstArticle(const core::Benefit& benefit);
    bool hasPendingArticle() const { return m_pending.has_value(); }

    // Shows no article, also in place of one still waiting to be shown.
    void clearArticle();

    // Shows `markdown` alone from the top, its images found in `imageFolder` (none when empty).
    void showMarkdown(const QString& markdown, const QString& imageFolder = QString());

    // Opens a web link; the desktop's browser by default, replaceable so tests see what would open.
    using LinkOpener = std::function<void(const QUrl&)>;
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }

    // Only http and https links are ever opened.
    static bool isOpenable(const QUrl& url);

    // An image of the shown article, under the pack rule, or imageNotShown() in its place;
    // nothing that is not an image.
    QVariant loadResource(int type, const QUrl& name) override;

    // What stands in for an image that is refused (or one past the eighth).
    static QImage imageNotShown();

protected:
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QTextDocument* blankDocument(const QString& imageFolder);  // refuses all but pack images
    void present(QTextDocument* article);
    void showPendingArticle();
    void tameHeadings(QTextDocument& article) const;
    void followLink(const QUrl& url);

    LinkOpener m_openLink;
    std::optional<core::Benefit> m_pending;  // waiting for the first show or paint
    bool m_painted = false;
};

}  // namespace legease::ui
