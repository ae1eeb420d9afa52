// The start-up floor: LegEase's first screen built the plainest way, in the same tree with the
// same flags. A QMainWindow with a menu bar, a list of the three sections, a list of the ten
// articles' titles and summaries, and a QTextBrowser showing the first article's Markdown; the
// text comes from a plain file (argv[1]) that bench/startup.py writes from the built-in pack:
// one "title<TAB>summary" line per article, an empty line, then the first article's Markdown.
// Exits right after its first paint, like startup_app; bench/startup.py times one against the
// other.
#include "first_paint.h"

#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QFile file(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "startup_floor: give the first screen's text file\n");
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));

    QMainWindow window;
    for (const char* menu : {"&File", "&Go", "&Edit", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Item"));
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    auto* sections = new QListWidget;
    sections->addItems({QStringLiteral("Benefits"), QStringLiteral("Routines"), QStringLiteral("History")});
    sections->setFixedWidth(150);
    auto* articles = new QListWidget;
    for (const QString& line : text.left(split).split(QLatin1Char('\n')))
        articles->addItem(line.section(QLatin1Char('\t'), 0, 0) + QLatin1Char('\n') + line.section(QLatin1Char('\t'), 1));
    articles->setWordWrap(true);
    auto* browser = new QTextBrowser;
    browser->setMarkdown(text.mid(split + 2));
    layout->addWidget(sections);
    layout->addWidget(articles, 2);
    layout->addWidget(browser, 3);
    window.setCentralWidget(central);

    const QSize available = window.screen()->availableSize();
    window.resize(std::min(1180, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
    new legease::bench::ExitAfterFirstPaint(window);
    window.show();
    return app.exec();
}
