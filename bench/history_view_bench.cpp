// How long the History page takes to be ready with 100,000 sessions stored: opening the
// database, reading the summary and first page, building the chart and painting once.
// Prints one JSON line; the benchmark runner (bench/) collects it. Never part of the test suite.
#include "content/content_loader.h"
#include "history/history_store.h"
#include "history/history_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kSessions = 100'000;
constexpr double kTargetMs = 150.0;

// Fills the database in one transaction: the store's one-commit-per-write durability would
// make setting up 100,000 rows take minutes, and setup is not what is measured.
void fill(const QString& path)
{
    {
        legease::core::HistoryStore store(path);
        if (!store.open())
            qFatal("%s", qPrintable(store.problem()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    db.open();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sessions (routine_id, routine_title, started_at, ended_at, active_seconds, "
                                  "steps_done, steps_total, completed, feeling_before, feeling_after, note) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const char* routines[] = {"circulation-flow", "bedtime-wind-down", "post-run-recovery", "stress-unwind"};
    for (int i = 0; i < kSessions; ++i) {
        const qint64 start = now - qint64(i) * 5 * 60'000;  // one every five minutes, about a year
        insert.addBindValue(QString::fromLatin1(routines[i % 4]));
        insert.addBindValue(QStringLiteral("Routine %1").arg(i % 4));
        insert.addBindValue(start);
        insert.addBindValue(start + 600'000);
        insert.addBindValue(600);
        insert.addBindValue(16);
        insert.addBindValue(16);
        insert.addBindValue(1);
        insert.addBindValue(i % 7);
        insert.addBindValue(i % 7 + 3);
        insert.addBindValue(QStringLiteral(""));  // a null QString would bind as NULL
        if (!insert.exec())
            qFatal("could not fill the database");
    }
    db.commit();
    db.close();
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    fill(path);
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    const legease::core::LoadedContent content = legease::core::loadContent({});
    {
        legease::core::HistoryStore check(path);
        if (!check.open() || check.count() != kSessions)
            qFatal("the benchmark database does not hold %d sessions", kSessions);
    }

    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        legease::core::HistoryStore store(path);
        store.open();
        legease::ui::HistoryView view(store, content.library);
        view.resize(1280, 800);
        view.show();
        view.grab();  // one full paint, chart and table included
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    std::printf("{\"metric\": \"history_view_100k_ms\", \"value\": %.1f, \"target\": %.0f, \"ok\": %s}\n", best, kTargetMs,
        best <= kTargetMs ? "true" : "false");
    return 0;
}
