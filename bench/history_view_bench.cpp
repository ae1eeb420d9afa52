// How long the History page takes to be ready with 100,000 sessions stored: opening the
// database, reading the summary and first page, building the chart and painting once.
// Prints one JSON line; the benchmark runner (bench/run) collects it. Never part of the test suite.
#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "history_fill.h"
#include "metric.h"
#include "plugins/history/history_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    legease::bench::fillHistory(path, 100'000);
    const legease::core::LoadedContent content = legease::core::loadContent({});

    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        legease::core::HistoryStore store(path);
        store.open();
        legease::plugins::HistoryView view(store, content.library);
        view.resize(1280, 800);
        view.show();
        view.grab();  // one full paint, chart and table included
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    legease::bench::printMetric("history_view_100k_ms", best, "ms", 150);
    return 0;
}
