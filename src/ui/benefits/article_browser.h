#pragma once

#include "core/content/model.h"

#include <QTextBrowser>

#include <functional>

namespace legease::ui {

// The Markdown shown below an article's heading: its body, then "When to hold back" with its
// cautions and "Sources". Text taken from the cautions and sources is escaped, so a stray `*` or
// `[` in a title stays a character.
QString articleMarkdown(const core::Benefit& benefit);

// A read-only reader for articles that come from content packs anyone can write. It never loads
// anything an article names: no image, local or remote, no style sheet, no other page. Following
// a link is always a click, and only web links leave the app (in the browser people already use).
class ArticleBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit ArticleBrowser(QWidget* parent = nullptr);

    // Shows `markdown` with raw HTML switched off, from the top.
    void showMarkdown(const QString& markdown);

    // Opens a web link; the desktop's browser by default, replaceable so tests see what would open.
    using LinkOpener = std::function<void(const QUrl&)>;
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }

    // Only http and https links are ever opened.
    static bool isOpenable(const QUrl& url);

    QVariant loadResource(int type, const QUrl& name) override;

private:
    QTextDocument* blankDocument();  // one that refuses to load anything, ready for an article
    void tameHeadings(QTextDocument& article) const;
    void followLink(const QUrl& url);

    LinkOpener m_openLink;
};

}  // namespace legease::ui
