#include "history_fill.h"

#include "core/history/history_store.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace legease::bench {

void fillHistory(const QString& path, int sessions)
{
    {
        core::HistoryStore store(path);
        if (!store.open())
            qFatal("%s", qPrintable(store.problem()));
    }
    const QString connection = QStringLiteral("legease-bench-fill");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open() || !db.transaction())
            qFatal("could not open %s", qPrintable(path));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO sessions (routine_id, routine_title, started_at, ended_at, "
                                      "active_seconds, steps_done, steps_total, completed, feeling_before, "
                                      "feeling_after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const char* routines[] = {"circulation-flow", "bedtime-wind-down", "post-run-recovery", "stress-unwind"};
        for (int i = 0; i < sessions; ++i) {
            const qint64 start = now - qint64(i) * 5 * 60'000;
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
                qFatal("could not fill %s", qPrintable(path));
        }
        if (!db.commit())
            qFatal("could not commit %s", qPrintable(path));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    core::HistoryStore check(path);
    if (!check.open() || check.count() != sessions)
        qFatal("%s does not hold %d sessions", qPrintable(path), sessions);
}

}  // namespace legease::bench
