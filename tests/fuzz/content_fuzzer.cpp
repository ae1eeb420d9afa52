// libFuzzer target for the content loader and the article view: any bytes, read as each kind of
// file of a content pack and of a translation pack, and as an article. Whatever comes in, the
// loader must answer with problems, never crash, hang or throw; and any article the validator
// lets through must be laid out and painted by the article view within kLayoutBudgetMs.
#include "core/content/article_check.h"
#include "core/content/item_readers.h"
#include "core/content/json_text.h"
#include "ui/benefits/article_browser.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>

using namespace legease;
using namespace legease::core;

namespace {

// The slowest valid article measured takes about 0.2 s (docs/content-format.md); the margin is
// for the sanitizers and a busy machine. Before the limits, inputs of 20 KB took over a minute.
// LEGEASE_FUZZ_LAYOUT_MS sets another budget (a tiny one shows that the check stops the run).
const qint64 kLayoutBudgetMs = qEnvironmentVariableIsSet("LEGEASE_FUZZ_LAYOUT_MS")
    ? qEnvironmentVariableIntValue("LEGEASE_FUZZ_LAYOUT_MS")
    : 3000;

struct ArticleView {
    QTemporaryDir pack;  // an image the article may name: "a.png"
    std::unique_ptr<ui::ArticleBrowser> browser;
};

ArticleView* view = nullptr;

// Shows `benefit` in the article view, lays it out and paints it, and stops the run when that
// takes longer than the budget.
void layOut(const Benefit& benefit)
{
    QElapsedTimer timer;
    timer.start();
    view->browser->showArticle(benefit);
    (void)view->browser->grab();
    const qint64 elapsed = timer.elapsed();
    if (elapsed > kLayoutBudgetMs) {
        std::fprintf(stderr, "a valid article (%lld characters) took %lld ms to lay out and paint\n",
            static_cast<long long>(benefit.body.size()), static_cast<long long>(elapsed));
        std::abort();
    }
}

void layOutIfValid(Benefit benefit)
{
    Problems problems;
    ProblemSink sink(problems, QStringLiteral("fuzz.json"));
    if (benefit.body.isEmpty() || !checkArticleLimits(benefit.body, sink, QStringLiteral("/body")))
        return;
    benefit.bodyFolder = view->pack.path();
    layOut(benefit);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "content_fuzzer";
    static char* argv[] = {name, nullptr};
    new QApplication(argc, argv);  // for the whole run
    view = new ArticleView;
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::red);
    image.save(QDir(view->pack.path()).filePath(QStringLiteral("a.png")));
    view->browser = std::make_unique<ui::ArticleBrowser>();
    view->browser->resize(700, 500);  // about the width the Benefits page gives it
    view->browser->show();
    // What happens once per run (fonts, the placeholder image) happens here, not in an input.
    Benefit warmUp;
    warmUp.body = QStringLiteral("# Warm\n\n*up* ![a](a.png) ![b](b.png)");
    warmUp.cautions = {QStringLiteral("c")};
    warmUp.sources = {{QStringLiteral("t"), 2000, QStringLiteral("a")}};
    layOutIfValid(warmUp);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Problems problems;
    ProblemSink sink(problems, QStringLiteral("fuzz.json"));
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Laying out costs far more than reading, so each input is laid out once at most: as the
    // benefit it holds when it is JSON, else as Markdown of its own.
    std::optional<Benefit> article;
    if (const auto document = parseJsonText(text, sink)) {
        readPackInfo(*document, sink);
        // Each file as a content pack reads it, then as a translation pack does.
        for (const ReadMode mode : {ReadMode::Pack, ReadMode::Translation}) {
            readRegions(*document, sink, mode);
            readStrokes(*document, sink, mode);
            readSafety(*document, sink, mode);
            Problems benefitProblems;
            ProblemSink benefitSink(benefitProblems, QStringLiteral("benefits/fuzz.json"));
            Benefit benefit = readBenefit(*document, benefitSink, mode);
            if (!article && countErrors(benefitProblems) == 0)
                article = std::move(benefit);
            routineSeconds(readRoutine(*document, sink, mode));
        }
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        Benefit benefit;
        benefit.body = utf8(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
        if (!utf8.hasError()) {
            // The validator's own reading of an article: its links and images as well.
            checkArticleBody(view->pack.path(), benefit.body, sink, QStringLiteral("/body"));
            article = std::move(benefit);
        }
    }
    for (const Problem& problem : problems)
        problem.toString();  // every message must be printable
    if (article)
        layOutIfValid(std::move(*article));
    return 0;
}
