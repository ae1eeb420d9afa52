// The History page against its floor, with 100,000 sessions stored. LegEase's side opens the
// store, builds the page (summary, streaks, chart, first page of the table) and paints it once;
// the floor is one SELECT of every column of every session into a vector of structs through
// Qt SQL. They run alternately, seven times each; the ratio is the median of the per-pair ratios.
// Prints history_view_floor_ratio; the times go to stderr. Never part of the test suite.
#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "history_fill.h"
#include "metric.h"
#include "plugins/history/history_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Row {
    qint64 id;
    QString routineId;
    QString routineTitle;
    qint64 startedAt;
    qint64 endedAt;
    int activeSeconds;
    int stepsDone;
    int stepsTotal;
    bool completed;
    int feelingBefore;
    int feelingAfter;
    QString note;
};

double pageMs(const QString& path, const legease::core::ContentLibrary& library)
{
    QElapsedTimer timer;
    timer.start();
    legease::core::HistoryStore store(path);
    store.open();
    legease::plugins::HistoryView view(store, library);
    view.resize(1280, 800);
    view.show();
    view.grab();  // one full paint, chart and table included
    return timer.nsecsElapsed() / 1e6;
}

double selectMs(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Row> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("could not open %s", qPrintable(path));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, routine_id, routine_title, started_at, ended_at, active_seconds, "
                                       "steps_done, steps_total, completed, feeling_before, feeling_after, note "
                                       "FROM sessions")))
            qFatal("the floor's SELECT failed");
        while (query.next())
            rows.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toInt(), query.value(6).toInt(),
                query.value(7).toInt(), query.value(8).toBool(), query.value(9).toInt(), query.value(10).toInt(),
                query.value(11).toString()});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    const double ms = timer.nsecsElapsed() / 1e6;
    if (rows.size() != 100'000)
        qFatal("the floor read %zu sessions", rows.size());
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    legease::bench::fillHistory(path, 100'000);
    const legease::core::LoadedContent content = legease::core::loadContent({});

    pageMs(path, content.library);  // warm the page cache and Qt's first-use costs for both
    selectMs(path);
    std::vector<double> ratios, pages, selects;
    for (int round = 0; round < 7; ++round) {
        double page = 0, select = 0;
        if (round % 2) {
            select = selectMs(path);
            page = pageMs(path, content.library);
        } else {
            page = pageMs(path, content.library);
            select = selectMs(path);
        }
        pages.push_back(page);
        selects.push_back(select);
        ratios.push_back(page / select);
    }
    std::fprintf(stderr, "  History page %.1f ms, SELECT of every session %.1f ms (medians)\n", median(pages), median(selects));
    legease::bench::printMetric("history_view_floor_ratio", median(ratios), "x", 2.0);
    return 0;
}
