#include "core/history/csv_export.h"
#include "core/history/history_store.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <unistd.h>

using namespace legease::core;

namespace {

SessionRecord session(const QString& routine, const QDateTime& start, int activeSeconds, bool completed)
{
    SessionRecord r;
    r.routineId = routine;
    r.routineTitle = routine + QStringLiteral(" title");
    r.startedAt = start;
    r.endedAt = start.addSecs(activeSeconds + 20);
    r.activeSeconds = activeSeconds;
    r.stepsTotal = 10;
    r.stepsDone = completed ? 10 : 4;
    r.completed = completed;
    return r;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL against a database file directly, as an older LegEase or a test would.
void runSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString integrity(const QString& path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            result = query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

// A small filesystem of our own for read-only and full-disk tests; root ignores permission bits.
class TinyFilesystem {
public:
    explicit TinyFilesystem(int kilobytes)
    {
        m_ok = QProcess::execute(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kilobytes),
                       QStringLiteral("tmpfs"), m_dir.path()})
            == 0;
    }
    ~TinyFilesystem()
    {
        if (m_ok)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool ok() const { return m_ok; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool remount(bool readOnly)
    {
        return QProcess::execute(QStringLiteral("mount"),
                   {QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"), m_dir.path()})
            == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

}  // namespace

TEST_CASE("sessions round-trip through the history store")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    REQUIRE(store.open());
    CHECK(store.problem().isEmpty());
    CHECK(store.notice().isEmpty());

    const QDateTime start(QDate(2026, 11, 20), QTime(21, 15));
    SessionRecord first = session(QStringLiteral("sleep"), start, 600, true);
    first.feelingBefore = 3;
    first.feelingAfter = 7;
    first.note = QStringLiteral("Warm feet, «calm» mind — ✓");
    REQUIRE(store.add(first));
    CHECK(first.id > 0);
    SessionRecord second = session(QStringLiteral("calf"), start.addDays(1), 120, false);
    REQUIRE(store.add(second));

    second.stepsDone = 6;
    second.feelingAfter = 5;
    REQUIRE(store.update(second));

    CHECK(store.count() == 2);
    CHECK(store.count(QStringLiteral("sleep")) == 1);
    CHECK(store.routineIds() == QStringList{QStringLiteral("calf"), QStringLiteral("sleep")});
    const auto recent = store.recent(10);
    REQUIRE(recent.size() == 2);
    CHECK(recent[0].id == second.id);  // newest first
    CHECK(recent[0].stepsDone == 6);
    CHECK(recent[0].feelingAfter == 5);
    CHECK_FALSE(recent[0].feelingBefore.has_value());
    const SessionRecord& back = recent[1];
    CHECK(back.routineId == QStringLiteral("sleep"));
    CHECK(back.routineTitle == QStringLiteral("sleep title"));
    CHECK(back.startedAt == first.startedAt);
    CHECK(back.endedAt == first.endedAt);
    CHECK(back.activeSeconds == 600);
    CHECK(back.completed);
    CHECK(back.feelingBefore == 3);
    CHECK(back.feelingAfter == 7);
    CHECK(back.note == first.note);
    CHECK(store.all().front().id == first.id);  // oldest first

    // Everything survives closing and opening again.
    HistoryStore reopened(dir.filePath(QStringLiteral("history.sqlite")));
    REQUIRE(reopened.open());
    CHECK(reopened.count() == 2);
}

TEST_CASE("summary: totals, current and best streak, twelve weeks of minutes and feelings")
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
    REQUIRE(store.open());
    const QDate today(2026, 11, 24);  // a Tuesday
    const auto at = [](const QDate& day) { return QDateTime(day, QTime(20, 0)); };
    // Best streak: 4 days in October. Current: yesterday and today (2 days); a stopped session
    // on the 21st does not count, so the 20th is not part of the current streak.
    for (int d = 1; d <= 4; ++d) {
        SessionRecord r = session(QStringLiteral("a"), at(QDate(2026, 10, d)), 300, true);
        REQUIRE(store.add(r));
    }
    for (const QDate& day : {QDate(2026, 11, 20), QDate(2026, 11, 23), today}) {
        SessionRecord r = session(QStringLiteral("b"), at(day), 600, true);
        r.feelingBefore = 4;
        r.feelingAfter = 8;
        REQUIRE(store.add(r));
    }
    SessionRecord stopped = session(QStringLiteral("b"), at(QDate(2026, 11, 21)), 60, false);
    stopped.feelingBefore = 2;
    REQUIRE(store.add(stopped));

    const HistorySummary all = store.summary(today);
    CHECK(all.sessions == 8);
    CHECK(all.completedSessions == 7);
    CHECK(all.totalMinutes == (4 * 300 + 3 * 600 + 60) / 60);
    CHECK(all.currentStreak == 2);
    CHECK(all.bestStreak == 4);
    REQUIRE(all.weeks.size() == 12);
    CHECK(all.weeks.back().weekStart == QDate(2026, 11, 23));
    CHECK(all.weeks.back().minutes == 20);
    CHECK(all.weeks[10].weekStart == QDate(2026, 11, 16));
    CHECK(all.weeks[10].minutes == 11);
    CHECK(all.weeks[10].averageBefore == Approx(3.0));
    CHECK(all.weeks[10].averageAfter == Approx(8.0));
    CHECK_FALSE(all.weeks[9].averageBefore.has_value());

    const HistorySummary onlyA = store.summary(today, 12, QStringLiteral("a"));
    CHECK(onlyA.sessions == 4);
    CHECK(onlyA.currentStreak == 0);
    CHECK(onlyA.bestStreak == 4);
}

TEST_CASE("streaks")
{
    const QDate today(2026, 3, 10);
    CHECK(streaks({}, today) == std::pair{0, 0});
    CHECK(streaks({today}, today) == std::pair{1, 1});
    CHECK(streaks({today.addDays(-1)}, today) == std::pair{1, 1});  // today is not over yet
    CHECK(streaks({today.addDays(-2)}, today) == std::pair{0, 1});
    CHECK(streaks({today, today.addDays(-1), today.addDays(-1), today.addDays(-3)}, today) == std::pair{2, 2});
}

TEST_CASE("a database from schema version 1 is migrated and keeps its rows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    runSql(path, {QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, routine_title TEXT "
                                 "NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER, active_seconds INTEGER NOT NULL "
                                 "DEFAULT 0, steps_done INTEGER NOT NULL DEFAULT 0, steps_total INTEGER NOT NULL DEFAULT 0, "
                                 "completed INTEGER NOT NULL DEFAULT 0, feeling_before INTEGER, feeling_after INTEGER)"),
                     QStringLiteral("INSERT INTO sessions (routine_id, routine_title, started_at, active_seconds, completed) "
                                    "VALUES ('sleep', 'Bedtime wind-down', 1700000000000, 540, 1)"),
                     QStringLiteral("PRAGMA user_version = 1")});
    HistoryStore store(path);
    REQUIRE(store.open());
    const auto rows = store.all();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].routineTitle == QStringLiteral("Bedtime wind-down"));
    CHECK(rows[0].activeSeconds == 540);
    CHECK(rows[0].note.isEmpty());
    SessionRecord more = session(QStringLiteral("x"), QDateTime::currentDateTime(), 10, true);
    more.note = QStringLiteral("after the migration");
    REQUIRE(store.add(more));
    CHECK(store.recent(1).front().note == QStringLiteral("after the migration"));
}

TEST_CASE("a history another process keeps locked is reported busy, never moved aside")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    runSql(path, {QStringLiteral("CREATE TABLE scratch (x)")});  // a rollback journal, not WAL yet
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        REQUIRE(holder.open());
        QSqlQuery lock(holder);
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));  // now nobody else may even read

        HistoryStore store(path);
        CHECK_FALSE(store.open());  // after the busy timeout
        CHECK(store.problem().contains(QStringLiteral("busy")));
        CHECK(store.notice().isEmpty());
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*damaged*")}).isEmpty());
        lock.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    HistoryStore later(path);
    const bool opened = later.open();  // the same file, once the other process is done
    INFO(later.problem().toStdString());
    CHECK(opened);
}

TEST_CASE("a database from a newer LegEase is left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    runSql(path, {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 9")});
    const QByteArray before = fileHash(path);
    HistoryStore store(path);
    CHECK_FALSE(store.open());
    CHECK(store.problem().contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a damaged file is moved aside, never deleted, and a fresh one works")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));

    SECTION("garbage bytes")
    {
        QFile garbage(path);
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("this is not a database at all, just some words and bytes \x01\x02\xff").repeated(200));
        garbage.close();
    }
    SECTION("a database cut short")
    {
        {
            HistoryStore store(path);
            REQUIRE(store.open());
            for (int i = 0; i < 400; ++i) {
                SessionRecord r = session(QStringLiteral("r"), QDateTime::currentDateTime(), i, true);
                r.note = QString(200, QLatin1Char('n'));
                REQUIRE(store.add(r));
            }
        }
        QFile file(path);
        REQUIRE(file.size() > 40'000);
        REQUIRE(file.resize(file.size() * 3 / 5));
    }
    const QByteArray damaged = fileHash(path);

    HistoryStore store(path);
    REQUIRE(store.open());
    CHECK(store.notice().contains(QStringLiteral("moved it aside")));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history-damaged-*.sqlite")});
    REQUIRE(aside.size() == 1);
    CHECK(store.notice().contains(aside.front()));
    CHECK(fileHash(dir.filePath(aside.front())) == damaged);
    CHECK(store.count() == 0);
    SessionRecord r = session(QStringLiteral("new"), QDateTime::currentDateTime(), 30, true);
    REQUIRE(store.add(r));
    CHECK(store.count() == 1);
}

TEST_CASE("a folder that cannot be written gives a clear message and touches nothing")
{
    SECTION("a folder that cannot even be created")
    {
        HistoryStore store(QStringLiteral("/proc/legease-cannot-be-here/history.sqlite"));
        CHECK_FALSE(store.open());
        CHECK(store.problem().contains(QStringLiteral("cannot write to")));
        CHECK(store.problem().contains(QStringLiteral("still run")));
        SessionRecord r = session(QStringLiteral("x"), QDateTime::currentDateTime(), 10, true);
        CHECK_FALSE(store.add(r));
    }
    SECTION("a read-only filesystem holding earlier history")
    {
        if (geteuid() != 0) {
            WARN("needs root to mount a read-only filesystem; skipped");
            return;
        }
        TinyFilesystem fs(1024);
        if (!fs.ok()) {
            WARN("this machine does not allow mounting a filesystem; skipped");
            return;
        }
        const QString path = fs.path(QStringLiteral("history.sqlite"));
        {
            HistoryStore store(path);
            REQUIRE(store.open());
            for (int i = 0; i < 5; ++i) {
                SessionRecord r = session(QStringLiteral("kept"), QDateTime::currentDateTime(), i, true);
                REQUIRE(store.add(r));
            }
        }
        const QByteArray before = fileHash(path);
        REQUIRE(fs.remount(true));
        HistoryStore store(path);
        CHECK_FALSE(store.open());
        CHECK(store.problem().contains(QStringLiteral("cannot write to")));
        CHECK(fileHash(path) == before);
        REQUIRE(fs.remount(false));
        HistoryStore again(path);
        REQUIRE(again.open());
        CHECK(again.count() == 5);
    }
}

TEST_CASE("a full disk gives a clear message and keeps what was already stored")
{
    if (geteuid() != 0) {
        WARN("needs root to mount a tiny filesystem; skipped");
        return;
    }
    TinyFilesystem fs(256);
    if (!fs.ok()) {
        WARN("this machine does not allow mounting a filesystem; skipped");
        return;
    }
    HistoryStore store(fs.path(QStringLiteral("history.sqlite")));
    REQUIRE(store.open());
    int stored = 0;
    for (; stored < 10'000; ++stored) {
        SessionRecord r = session(QStringLiteral("fill"), QDateTime::currentDateTime(), stored, true);
        r.note = QString(4000, QLatin1Char('x'));
        if (!store.add(r))
            break;
    }
    REQUIRE(stored < 10'000);
    CHECK(store.problem().contains(QStringLiteral("disk is full")));
    CHECK(store.count() == stored);
}

TEST_CASE("killed with SIGKILL in the middle of its writes, the database stays whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QProcess writer;
    // Far more writes than it gets to make: on a fast disk 1,000 took a third of a second, so a
    // test paused by a busy machine could find the writer already done instead of killing it.
    writer.start(QStringLiteral(LEGEASE_HISTORY_WRITER), {path, QStringLiteral("1000000")});
    REQUIRE(writer.waitForStarted());
    int committed = -1;
    while (committed < 300 && writer.waitForReadyRead(20'000)) {
        while (writer.canReadLine()) {
            const QString line = QString::fromUtf8(writer.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("committed ")))
                committed = line.mid(10).toInt();
        }
    }
    REQUIRE(committed >= 300);
    writer.kill();  // SIGKILL: no chance to clean up
    writer.waitForFinished();
    CHECK(writer.exitStatus() == QProcess::CrashExit);
    while (writer.canReadLine()) {  // lines written before the kill still count
        const QString line = QString::fromUtf8(writer.readLine()).trimmed();
        if (line.startsWith(QStringLiteral("committed ")))
            committed = line.mid(10).toInt();
    }

    CHECK(integrity(path) == QStringLiteral("ok"));
    HistoryStore store(path);
    REQUIRE(store.open());
    CHECK(store.notice().isEmpty());
    QSet<QString> notes;
    for (const SessionRecord& r : store.all())
        notes.insert(r.note);
    CHECK(int(notes.size()) >= committed + 1);
    for (int i = 0; i <= committed; ++i)
        if (!notes.contains(QStringLiteral("row %1").arg(i)))
            FAIL("committed row " << i << " is missing");
}

TEST_CASE("CSV export quotes what needs quoting, RFC 4180 style, in UTF-8")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(csvField(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
    CHECK(csvField(QString()).isEmpty());

    SessionRecord r = session(QStringLiteral("sleep"), QDateTime(QDate(2026, 1, 2), QTime(21, 0), QTimeZone(3600)), 605, true);
    r.routineTitle = QStringLiteral("Bedtime, \"slow\" wind-down");
    r.feelingBefore = 2;
    r.note = QStringLiteral("Ünïcödé ✓, then\r\na second line");
    const QByteArray csv = historyCsv({r});
    const QString text = QString::fromUtf8(csv);
    CHECK(text.startsWith(QStringLiteral("started,ended,routine_id,routine,active_seconds,steps_done,steps_total,completed,"
                                         "feeling_before,feeling_after,note\r\n")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    CHECK(text.contains(QStringLiteral("2026-01-02T21:00:00+01:00,2026-01-02T21:10:25+01:00,sleep,\"Bedtime, \"\"slow\"\" wind-down\",605,10,10,yes,2,,\"Ünïcödé ✓, then\r\na second line\"\r\n")));
    CHECK(csv.contains("\xc3\x9c"));  // UTF-8, not Latin-1

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    CHECK(writeHistoryCsv(file, {r}).isEmpty());
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == csv);
    CHECK_FALSE(writeHistoryCsv(QStringLiteral("/proc/no/such/dir/out.csv"), {r}).isEmpty());
}

TEST_CASE("processes opening a new history file at the same moment all succeed")
{
    // Writers let go together race to switch the new file to WAL and to create the tables;
    // every one must open and write. The races are narrow, so several new files are raced for.
    QTemporaryDir dir;
    for (int round = 0; round < 5; ++round) {
        const QString path = dir.filePath(QStringLiteral("shared-%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < 10; ++i) {
            auto writer = std::make_unique<QProcess>();
            writer->start(QStringLiteral(LEGEASE_HISTORY_WRITER), {path, QStringLiteral("2"), QStringLiteral("--on-cue")});
            REQUIRE(writer->waitForStarted(30'000));
            writers.push_back(std::move(writer));
        }
        for (auto& writer : writers) {
            writer->write("go\n");
            REQUIRE(writer->waitForBytesWritten(30'000));  // QProcess writes only when asked to wait
        }
        for (auto& writer : writers) {
            REQUIRE(writer->waitForFinished(30'000));
            INFO(writer->readAllStandardError().toStdString());
            CHECK(writer->exitCode() == 0);
        }
        HistoryStore store(path);
        REQUIRE(store.open());
        CHECK(store.count() == 20);
    }
}
