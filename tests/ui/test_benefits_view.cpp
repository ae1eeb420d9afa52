// The Benefits page on the offscreen platform: the list, the article, Start, and the reader's
// refusal to load anything an article names.
#include "core/content/content_loader.h"
#include "support/accessibility_check.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/benefits/article_browser.h"
#include "ui/benefits/benefit_list_model.h"
#include "ui/benefits/benefits_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace legease;

namespace {

QStringList listedTitles(const ui::BenefitsView& view)
{
    QStringList titles;
    const QAbstractItemModel* model = view.listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, 0).data().toString();
    return titles;
}

int currentRow(const ui::BenefitsView& view)
{
    return view.listView()->currentIndex().row();
}

}  // namespace

TEST_CASE("the built-in articles are listed in order, the first one open")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::BenefitsView view(content.library);

    QStringList expected;
    for (const core::Benefit& benefit : content.library.benefits())
        expected << benefit.title;
    REQUIRE(expected.size() == 10);
    CHECK(listedTitles(view) == expected);
    CHECK(content.library.benefits().front().order == 1);

    const QAbstractItemModel* model = view.listView()->model();
    CHECK(model->index(0, 0).data(ui::BenefitListModel::NumberRole).toInt() == 1);
    CHECK(model->index(9, 0).data(ui::BenefitListModel::NumberRole).toInt() == 10);
    CHECK(model->index(0, 0).data(ui::BenefitListModel::EvidenceRole).toString().startsWith(QStringLiteral("Evidence: ")));

    CHECK(currentRow(view) == 0);
    CHECK(view.currentBenefit() == content.library.benefits().front().id);
    CHECK(view.titleLabel()->text() == content.library.benefits().front().title);
}

TEST_CASE("the small pack lists its two articles by order")
{
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    ui::BenefitsView view(content.library);
    CHECK(listedTitles(view) == QStringList{QStringLiteral("Warm feet"), QStringLiteral("Calm legs")});
    CHECK(view.currentBenefit() == QStringLiteral("warm"));
}

TEST_CASE("choosing an article shows its heading, evidence, routine and text")
{
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    ui::BenefitsView view(content.library);

    view.listView()->setCurrentIndex(view.listView()->model()->index(1, 0));
    CHECK(view.currentBenefit() == QStringLiteral("calm"));
    CHECK(view.titleLabel()->text() == QStringLiteral("Calm legs"));
    CHECK(view.summaryLabel()->text() == QStringLiteral("Slow strokes may help you unwind."));
    const QString meta = view.metaLabel()->text();
    CHECK(meta.contains(QStringLiteral("limited — a few small studies")));
    CHECK(meta.contains(QStringLiteral("Calm calves")));
    CHECK(meta.contains(QStringLiteral("about 4 minutes")));  // 3:45 of massage

    const QString text = view.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Slow, even strokes can feel soothing.")));
    CHECK(text.contains(QStringLiteral("When to hold back")));
    CHECK(text.contains(QStringLiteral("Stop if it hurts.")));
    CHECK(text.contains(QStringLiteral("Sources")));
    CHECK(text.contains(QStringLiteral("Moyer CA, Rounds J, Hannum JW (2004). A meta-analysis of massage therapy research")));

    // An article without cautions or sources has no empty headings.
    view.listView()->setCurrentIndex(view.listView()->model()->index(0, 0));
    const QString warm = view.browser()->toPlainText();
    CHECK(warm.contains(QStringLiteral("Short and simple.")));
    CHECK_FALSE(warm.contains(QStringLiteral("When to hold back")));
    CHECK_FALSE(warm.contains(QStringLiteral("Sources")));
}

TEST_CASE("source titles are set in italics and their punctuation stays literal")
{
    core::Benefit benefit;
    benefit.body = QStringLiteral("Body *text*.");
    benefit.cautions = {QStringLiteral("Not on [broken] skin_or_wounds *ever*")};
    benefit.sources = {{QStringLiteral("Massage and \"lactic acid\" removal"), 2010, QStringLiteral("Wiltshire EV")},
        {QStringLiteral("No authors here"), 1999, QString()}};

    ui::ArticleBrowser browser;
    browser.showMarkdown(ui::articleMarkdown(benefit));
    const QString text = browser.toPlainText();
    CHECK(text.contains(QStringLiteral("Not on [broken] skin_or_wounds *ever*")));
    CHECK(text.contains(QStringLiteral("Wiltshire EV (2010). Massage and \"lactic acid\" removal")));
    CHECK(text.contains(QStringLiteral("1999. No authors here")));

    const QTextCursor found = browser.document()->find(QStringLiteral("No authors here"));
    REQUIRE_FALSE(found.isNull());
    CHECK(found.charFormat().fontItalic());
}

TEST_CASE("showBenefit and showBenefitNumber select the right row")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::BenefitsView view(content.library);
    const auto& benefits = content.library.benefits();

    REQUIRE(view.showBenefit(benefits[6].id));
    CHECK(currentRow(view) == 6);
    CHECK(view.currentBenefit() == benefits[6].id);
    CHECK(view.titleLabel()->text() == benefits[6].title);

    REQUIRE(view.showBenefitNumber(5));
    CHECK(currentRow(view) == 4);
    CHECK(view.currentBenefit() == benefits[4].id);
    CHECK(view.browser()->toPlainText().contains(benefits[4].body.section(QLatin1Char('\n'), 2, 2).left(40)));

    // Unknown ids and numbers out of range change nothing.
    CHECK_FALSE(view.showBenefit(QStringLiteral("no-such-article")));
    CHECK_FALSE(view.showBenefitNumber(0));
    CHECK_FALSE(view.showBenefitNumber(11));
    CHECK(currentRow(view) == 4);
}

TEST_CASE("Start emits the article's routine")
{
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    ui::BenefitsView view(content.library);
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy started(&view, &ui::BenefitsView::startRoutine);

    QTest::mouseClick(view.startButton(), Qt::LeftButton);
    REQUIRE(started.count() == 1);
    CHECK(started.takeFirst().at(0).toString() == QStringLiteral("sole-warm"));

    view.showBenefit(QStringLiteral("calm"));
    QTest::mouseClick(view.startButton(), Qt::LeftButton);
    REQUIRE(started.count() == 1);
    CHECK(started.takeFirst().at(0).toString() == QStringLiteral("calf-calm"));
    CHECK(view.startButton()->text() == QStringLiteral("Start this routine"));
}

TEST_CASE("the keyboard: arrows walk the list, Enter opens the text, Tab reaches Start")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::BenefitsView view(content.library);
    view.resize(1000, 700);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    REQUIRE(view.listView()->hasFocus());
    QScrollBar* scroll = view.browser()->verticalScrollBar();
    REQUIRE(scroll->maximum() > 0);  // a built-in article is longer than the pane
    CHECK(scroll->value() == 0);     // and it opens at its beginning

    QTest::keyClick(view.listView(), Qt::Key_Down);
    QTest::keyClick(view.listView(), Qt::Key_Down);
    CHECK(currentRow(view) == 2);
    CHECK(view.currentBenefit() == content.library.benefits()[2].id);
    QTest::keyClick(view.listView(), Qt::Key_Up);
    CHECK(view.titleLabel()->text() == content.library.benefits()[1].title);

    QTest::keyClick(view.listView(), Qt::Key_Return);
    CHECK(view.browser()->hasFocus());
    CHECK(scroll->value() == 0);
    QTest::keyClick(view.browser(), Qt::Key_PageDown);
    CHECK(scroll->value() > 0);
    QTest::keyClick(view.browser(), Qt::Key_Down);
    const int afterDown = scroll->value();
    CHECK(afterDown > 0);

    // Another article starts from its top again.
    view.showBenefitNumber(3);
    CHECK(scroll->value() == 0);

    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_Tab);
    CHECK(view.startButton()->hasFocus());
    QSignalSpy started(&view, &ui::BenefitsView::startRoutine);
    QTest::keyClick(view.startButton(), Qt::Key_Space);
    REQUIRE(started.count() == 1);
    CHECK(started.at(0).at(0).toString() == content.library.benefits()[2].routine);
    QTest::keyClick(view.startButton(), Qt::Key_Tab);
    CHECK(view.browser()->hasFocus());
}

TEST_CASE("the reader loads no image, local or remote, and opens only web links")
{
    ui::ArticleBrowser browser;
    for (const QString& url : {QStringLiteral("file:///etc/hosts"), QStringLiteral("https://example.org/x.png"),
             QStringLiteral("http://example.org/x.png"), QStringLiteral("x.png"), QStringLiteral("qrc:/content/pack.json"),
             QStringLiteral("data:image/png;base64,iVBORw0KGgo=")}) {
        INFO(url.toStdString());
        CHECK_FALSE(browser.loadResource(QTextDocument::ImageResource, QUrl(url)).isValid());
        CHECK_FALSE(browser.loadResource(QTextDocument::StyleSheetResource, QUrl(url)).isValid());
    }

    // A real picture on disk, named by an article, stays unread: the document refuses too.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString picture = QDir(dir.path()).filePath(QStringLiteral("picture.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(picture));
    const QUrl pictureUrl = QUrl::fromLocalFile(picture);
    browser.resize(400, 300);
    browser.showMarkdown(QStringLiteral("Look: ![a picture](%1)\n\n<img src=\"%1\">\n").arg(pictureUrl.toString()));
    browser.show();
    REQUIRE(QTest::qWaitForWindowExposed(&browser));
    (void)browser.grab();  // lays out and paints, which is when images are fetched
    CHECK_FALSE(browser.document()->resource(QTextDocument::ImageResource, pictureUrl).isValid());
    CHECK(browser.toPlainText().contains(QStringLiteral("<img")));  // raw HTML stays text

    QList<QUrl> opened;
    browser.setLinkOpener([&opened](const QUrl& url) { opened << url; });
    CHECK_FALSE(browser.openLinks());
    CHECK_FALSE(browser.openExternalLinks());
    for (const QString& url : {QStringLiteral("file:///etc/hosts"), QStringLiteral("javascript:alert(1)"),
             QStringLiteral("mailto:someone@example.org"), QStringLiteral("ftp://example.org/"), QStringLiteral("other.html"),
             QStringLiteral("https://example.org/study"), QStringLiteral("http://example.org/")})
        Q_EMIT browser.anchorClicked(QUrl(url));
    CHECK(opened == QList<QUrl>{QUrl(QStringLiteral("https://example.org/study")), QUrl(QStringLiteral("http://example.org/"))});
}

TEST_CASE("every control on the page has an accessible name")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::BenefitsView view(content.library);
    CHECK(test::spokenName(view.startButton()) == QStringLiteral("Start this routine"));
    CHECK_FALSE(view.listView()->accessibleName().isEmpty());
    CHECK_FALSE(view.browser()->accessibleName().isEmpty());
    for (QWidget* widget : view.findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(widget) || !widget->isVisibleTo(&view))
            continue;
        if (widget->parentWidget() && widget->parentWidget()->focusProxy() == widget)
            continue;
        INFO(widget->metaObject()->className());
        CHECK_FALSE(test::spokenName(widget).isEmpty());
    }
    // Each row reads out in full, not just its title.
    const QString spoken = view.listView()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    CHECK(spoken.startsWith(QStringLiteral("1. ") + content.library.benefits().front().title));
    CHECK(spoken.contains(QStringLiteral("Evidence: ")));
}

TEST_CASE("with no articles the page says so and offers nothing to start")
{
    const core::ContentLibrary empty;
    ui::BenefitsView view(empty);
    CHECK(view.listView()->model()->rowCount() == 0);
    CHECK(view.currentBenefit().isEmpty());
    CHECK(view.titleLabel()->text() == QStringLiteral("No articles to show"));
    CHECK_FALSE(view.startButton()->isEnabled());
    CHECK_FALSE(view.showBenefitNumber(1));
}
