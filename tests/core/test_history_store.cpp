#include "core/history/csv_export.h"
#include "core/history/history_store.h"
#include "core/history/wal_scan.h"
#include "support/as_user.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
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
        if (!runningAsRoot())
            return;  // only root mounts; the simulated tests beside these run for everyone
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

// A history of `sessions` sessions, closed as the app closes it (no journal left beside it).
void makeHistory(const QString& path, int sessions)
{
    HistoryStore store(path);
    REQUIRE(store.open());
    for (int i = 0; i < sessions; ++i) {
        SessionRecord r = session(QStringLiteral("kept"), QDateTime::currentDateTime().addDays(-i), 60 + i, true);
        REQUIRE(store.add(r));
    }
}

// A history as a power cut leaves it: `inMain` sessions already checkpointed into the main file,
// `inJournal` more committed only to its journal (-wal), with the shared-memory index beside.
void makeCrashedHistory(const QString& path, int inMain, int inJournal)
{
    QTemporaryDir running;
    const QString live = running.filePath(QStringLiteral("history.sqlite"));
    makeHistory(live, 0);  // LegEase's tables, in WAL mode
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashing"));
        db.setDatabaseName(live);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        const auto insert = [&query](int n) {
            for (int i = 0; i < n; ++i)
                REQUIRE(query.exec(QStringLiteral("INSERT INTO sessions (routine_id, routine_title, started_at, note) "
                                                  "VALUES ('crash', 'Before the crash', %1, '%2')")
                                       .arg(1'700'000'000'000 + i)
                                       .arg(QString(300, QLatin1Char('n')))));
        };
        insert(inMain);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        insert(inJournal);
        // These files, as they are at this moment, are what the power cut leaves.
        for (const QString& part : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            REQUIRE(QFile::copy(live + part, path + part));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crashing"));
}

QStringList damagedFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*damaged*")}, QDir::Files);
}

// The file type bits of `path` itself (a link is a link), 0 when there is nothing.
mode_t fileType(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

// What `history_writer --report` found, as the person running it would see it.
struct Report {
    QMap<QString, QString> values;
    QString output;
    bool open() const { return values.value(QStringLiteral("open")) == QLatin1String("1"); }
    bool canSave() const { return values.value(QStringLiteral("canSave")) == QLatin1String("1"); }
    int count() const { return values.value(QStringLiteral("count"), QStringLiteral("-1")).toInt(); }
    bool added() const { return values.value(QStringLiteral("added")) == QLatin1String("1"); }
    QString problem() const { return values.value(QStringLiteral("problem")); }
    QString notice() const { return values.value(QStringLiteral("notice")); }
    QString exported() const { return values.value(QStringLiteral("exported"), QStringLiteral("(not asked)")); }
};

// Opens the history in another process as an ordinary user (nobody, when the tests run as root),
// optionally with a limit on how big any file it writes may grow.
Report reportAsUser(const QString& database, const QString& csv = QString(), qint64 fileSizeLimit = -1)
{
    QProcess child;
    runAsUser(child, fileSizeLimit);
    QStringList arguments{QStringLiteral("--report"), database};
    if (!csv.isEmpty())
        arguments << csv;
    child.start(QStringLiteral(LEGEASE_HISTORY_WRITER), arguments);
    REQUIRE(child.waitForFinished(60'000));
    Report report;
    report.output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    INFO(report.output.toStdString());
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    REQUIRE(child.exitCode() == 0);
    for (const QString& line : report.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            report.values.insert(line.left(equals), line.mid(equals + 1));
    }
    return report;
}

// A folder for a test that an ordinary user may use as their own.
struct UsersFolder {
    QTemporaryDir dir;
    UsersFolder()
    {
        REQUIRE(dir.isValid());
        REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    void handOver() const { REQUIRE(handToUser(dir.path())); }
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
    // A history from version 1, not in WAL mode yet: while another process holds it in an
    // exclusive transaction, nobody else may even read it.
    runSql(path, {QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, routine_title TEXT "
                                 "NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER, active_seconds INTEGER NOT NULL "
                                 "DEFAULT 0, steps_done INTEGER NOT NULL DEFAULT 0, steps_total INTEGER NOT NULL DEFAULT 0, "
                                 "completed INTEGER NOT NULL DEFAULT 0, feeling_before INTEGER, feeling_after INTEGER)"),
                     QStringLiteral("PRAGMA user_version = 1")});
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
        CHECK(damagedFiles(dir.path()).isEmpty());
        lock.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    HistoryStore later(path);
    const bool opened = later.open();  // the same file, once the other process is done
    INFO(later.problem().toStdString());
    CHECK(opened);
    CHECK(later.canSave());
    CHECK(later.notice().isEmpty());
    CHECK(damagedFiles(dir.path()).isEmpty());
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

TEST_CASE("a history without its table, or with the wrong one, is damage: set aside and the person told")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    makeHistory(path, 3);
    SECTION("the sessions table is gone")
    {
        runSql(path, {QStringLiteral("DROP TABLE sessions")});
    }
    SECTION("the sessions table lacks columns LegEase writes")
    {
        runSql(path, {QStringLiteral("DROP TABLE sessions"), QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, note TEXT)")});
    }
    SECTION("someone else's database, with no version of ours")
    {
        runSql(path, {QStringLiteral("DROP TABLE sessions"), QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                         QStringLiteral("PRAGMA user_version = 0")});
    }
    const QByteArray before = fileHash(path);

    HistoryStore store(path);
    REQUIRE(store.open());
    CHECK(store.canSave());
    CHECK(store.notice().contains(QStringLiteral("moved it aside")));
    const QStringList aside = damagedFiles(dir.path()).filter(QRegularExpression(QStringLiteral("\\.sqlite$")));
    REQUIRE(aside.size() == 1);
    CHECK(store.notice().contains(aside.front()));
    CHECK(fileHash(dir.filePath(aside.front())) == before);
    // A fresh history, not "0 sessions" and then "Parameter count mismatch" at the first save.
    CHECK(store.count() == 0);
    SessionRecord r = session(QStringLiteral("new"), QDateTime::currentDateTime(), 30, true);
    REQUIRE(store.add(r));
    CHECK(store.count() == 1);
    CHECK(writeHistoryCsv(dir.filePath(QStringLiteral("out.csv")), store.all()).isEmpty());
}

TEST_CASE("a history folder that cannot even be created gives a clear message")
{
    HistoryStore store(QStringLiteral("/proc/legease-cannot-be-here/history.sqlite"));
    CHECK_FALSE(store.open());
    CHECK_FALSE(store.isOpen());
    CHECK(store.problem().contains(QStringLiteral("cannot write to")));
    CHECK(store.problem().contains(QStringLiteral("still run")));
    SessionRecord r = session(QStringLiteral("x"), QDateTime::currentDateTime(), 10, true);
    CHECK_FALSE(store.add(r));
}

TEST_CASE("a read-only history file is shown and exported, and says new sessions cannot be saved")
{
    UsersFolder folder;
    const QString path = folder.path(QStringLiteral("history.sqlite"));
    makeHistory(path, 5);
    folder.handOver();
    const QByteArray before = fileHash(path);
    const Permissions readOnly(path, 0444);
    REQUIRE(readOnly.ok());

    const Report report = reportAsUser(path, folder.path(QStringLiteral("export.csv")));
    INFO(report.output.toStdString());
    CHECK(report.open());
    CHECK(report.count() == 5);
    CHECK_FALSE(report.canSave());
    CHECK(report.problem().contains(QStringLiteral("is read-only")));
    CHECK(report.problem().contains(QStringLiteral("new sessions cannot be saved")));
    CHECK(report.notice().isEmpty());
    CHECK_FALSE(report.added());
    CHECK(report.exported().isEmpty());
    QFile csv(folder.path(QStringLiteral("export.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().count("\r\n") == 6);  // the header and five sessions
    CHECK(fileHash(path) == before);
    CHECK(damagedFiles(folder.dir.path()).isEmpty());
    // Read as it is, without a journal or an index left behind to trip up a later writer.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("a history in a read-only folder or on a read-only disk is shown, and says new sessions cannot be saved")
{
    {
        UsersFolder folder;
        const QString path = folder.path(QStringLiteral("history.sqlite"));
        makeHistory(path, 4);
        UsersFolder elsewhere;
        elsewhere.handOver();
        folder.handOver();
        const QByteArray before = fileHash(path);
        const Permissions readOnly(folder.dir.path(), 0555);
        REQUIRE(readOnly.ok());

        const Report report = reportAsUser(path, elsewhere.path(QStringLiteral("export.csv")));
        INFO(report.output.toStdString());
        CHECK(report.open());
        CHECK(report.count() == 4);
        CHECK_FALSE(report.canSave());
        CHECK(report.problem().contains(QStringLiteral("may not write in the folder")));
        CHECK(report.problem().contains(QStringLiteral("new sessions cannot be saved")));
        CHECK_FALSE(report.added());
        CHECK(report.exported().isEmpty());
        CHECK(QFileInfo(elsewhere.path(QStringLiteral("export.csv"))).size() > 0);
        CHECK(fileHash(path) == before);
        CHECK(QDir(folder.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("history.sqlite")});
    }
    // An extra where root may mount: a whole disk mounted read-only.
    if (TinyFilesystem fs(1024); fs.ok()) {
        const QString path = fs.path(QStringLiteral("history.sqlite"));
        makeHistory(path, 5);
        const QByteArray before = fileHash(path);
        REQUIRE(fs.remount(true));
        HistoryStore store(path);
        CHECK(store.open());
        CHECK(store.count() == 5);
        CHECK_FALSE(store.canSave());
        CHECK(store.problem().contains(QStringLiteral("new sessions cannot be saved")));
        CHECK(fileHash(path) == before);
        REQUIRE(fs.remount(false));
        HistoryStore again(path);
        REQUIRE(again.open());
        CHECK(again.canSave());
        CHECK(again.count() == 5);
    }
}

TEST_CASE("a history whose journal or index may not be read or written is shown, never moved aside")
{
    UsersFolder folder;
    const QString path = folder.path(QStringLiteral("history.sqlite"));
    makeCrashedHistory(path, 3, 4);  // three sessions in the main file, four more in the journal
    folder.handOver();
    const QByteArray before = fileHash(path);
    const QByteArray journalBefore = fileHash(path + QStringLiteral("-wal"));
    QString part;
    mode_t mode = 0;
    int shown = 0;
    SECTION("a journal that cannot be read: the main file's sessions, and a word that some may be missing")
    {
        part = path + QStringLiteral("-wal");
        mode = 0;
        shown = 3;
        REQUIRE(QFileInfo(part).size() > 0);
    }
    SECTION("a journal that cannot be written: every session")
    {
        part = path + QStringLiteral("-wal");
        mode = 0444;
        shown = 7;
        REQUIRE(QFileInfo(part).size() > 0);
    }
    SECTION("an index that cannot be read")
    {
        part = path + QStringLiteral("-shm");
        mode = 0;
        shown = 3;
        REQUIRE(QFileInfo(part).size() > 0);
    }
    const Permissions locked(part, mode);
    REQUIRE(locked.ok());

    const Report report = reportAsUser(path);
    INFO(report.output.toStdString());
    CHECK(report.open());
    CHECK(report.count() == shown);
    CHECK_FALSE(report.canSave());
    CHECK(report.problem().contains(QStringLiteral("may not read or change %1").arg(part)));
    CHECK(report.problem().contains(QStringLiteral("new sessions cannot be saved")));
    CHECK(report.problem().contains(QStringLiteral("most recent ones may be missing")) == (shown == 3));
    CHECK(report.notice().isEmpty());
    CHECK_FALSE(report.added());
    CHECK(damagedFiles(folder.dir.path()).isEmpty());
    CHECK(fileHash(path) == before);
    if (mode != 0)
        CHECK(fileHash(path + QStringLiteral("-wal")) == journalBefore);
}

TEST_CASE("a history file that may not be read is reported as such, never moved aside")
{
    UsersFolder folder;
    const QString path = folder.path(QStringLiteral("history.sqlite"));
    makeHistory(path, 2);
    folder.handOver();
    const QByteArray before = fileHash(path);
    const Permissions unreadable(path, 0);
    REQUIRE(unreadable.ok());

    const Report report = reportAsUser(path);
    INFO(report.output.toStdString());
    CHECK_FALSE(report.open());
    CHECK_FALSE(report.canSave());
    CHECK(report.problem().contains(QStringLiteral("may not read your history file")));
    CHECK(report.problem().contains(QStringLiteral("will not be saved")));
    CHECK(report.notice().isEmpty());
    CHECK_FALSE(report.added());
    CHECK(damagedFiles(folder.dir.path()).isEmpty());
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("history.sqlite")});
    const Permissions readable(path, 0644);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a history that cannot be opened for writing (disk I/O error) is shown read-only, never moved aside")
{
    // The shared-memory index SQLite makes beside an open history takes 32 KiB; with no file
    // allowed past 16 KiB it cannot be made, as on a disk with no room left.
    UsersFolder folder;
    const QString path = folder.path(QStringLiteral("history.sqlite"));
    makeHistory(path, 5);
    folder.handOver();
    const QByteArray before = fileHash(path);

    const Report report = reportAsUser(path, QString(), 16 * 1024);
    INFO(report.output.toStdString());
    CHECK(report.open());
    CHECK(report.count() == 5);
    CHECK_FALSE(report.canSave());
    CHECK(report.problem().contains(QStringLiteral("new sessions cannot be saved")));
    CHECK_FALSE(report.added());
    CHECK(report.notice().isEmpty());
    CHECK(damagedFiles(folder.dir.path()).isEmpty());
    CHECK(fileHash(path) == before);

    // With room again, the same history takes new sessions.
    HistoryStore later(path);
    REQUIRE(later.open());
    CHECK(later.canSave());
    CHECK(later.count() == 5);
}

TEST_CASE("a named pipe, socket or folder in place of the history or its journal is left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString special = path;
    QString kind;
    mode_t type = 0;
    SECTION("the history is a named pipe")
    {
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        kind = QStringLiteral("named pipe");
        type = S_IFIFO;
    }
    SECTION("the history is a folder")
    {
        REQUIRE(QDir().mkdir(path));
        kind = QStringLiteral("folder");
        type = S_IFDIR;
    }
    SECTION("the history is a socket")
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        REQUIRE(std::size_t(name.size()) < sizeof address.sun_path);
        std::copy(name.begin(), name.end(), address.sun_path);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        ::close(fd);
        kind = QStringLiteral("socket");
        type = S_IFSOCK;
    }
    SECTION("the journal beside a good history is a named pipe")
    {
        makeHistory(path, 2);
        special = path + QStringLiteral("-wal");
        REQUIRE(::mkfifo(QFile::encodeName(special).constData(), 0600) == 0);
        kind = QStringLiteral("named pipe");
        type = S_IFIFO;
    }
    HistoryStore store(path);
    CHECK_FALSE(store.open());  // at once: nothing was opened that could block
    CHECK(store.problem().contains(special));
    CHECK(store.problem().contains(kind));
    CHECK(store.problem().contains(QStringLiteral("leaves it alone")));
    CHECK(fileType(special) == type);
    CHECK(damagedFiles(dir.path()).isEmpty());
    SessionRecord r = session(QStringLiteral("x"), QDateTime::currentDateTime(), 10, true);
    CHECK_FALSE(store.add(r));
}

TEST_CASE("a full disk while saving gives a clear message, keeps what was stored, and the history stays readable")
{
    {
        // Simulated: room for only a few pages of history.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store(path);
        REQUIRE(store.open());
        REQUIRE(store.limitPagesForTests(24));
        int stored = 0;
        for (; stored < 1'000; ++stored) {
            SessionRecord r = session(QStringLiteral("fill"), QDateTime::currentDateTime(), stored, true);
            r.note = QString(2000, QLatin1Char('x'));
            if (!store.add(r))
                break;
        }
        REQUIRE(stored > 0);
        REQUIRE(stored < 1'000);
        CHECK(store.problem().contains(QStringLiteral("disk is full")));
        CHECK(store.problem().contains(QStringLiteral("still runs")));
        CHECK(store.isOpen());
        CHECK(store.count() == stored);
        CHECK(int(store.recent(1'000).size()) == stored);
        CHECK(store.notice().isEmpty());
        CHECK(damagedFiles(dir.path()).isEmpty());

        // Space freed (here: a store without the limit), the same file takes sessions again.
        HistoryStore later(path);
        REQUIRE(later.open());
        CHECK(later.canSave());
        CHECK(later.notice().isEmpty());
        CHECK(later.count() == stored);
        SessionRecord more = session(QStringLiteral("more"), QDateTime::currentDateTime(), 5, true);
        CHECK(later.add(more));
    }
    // An extra where root may mount: a real disk that fills up, then is full when LegEase starts.
    if (TinyFilesystem fs(256); fs.ok()) {
        const QString path = fs.path(QStringLiteral("history.sqlite"));
        int stored = 0;
        {
            HistoryStore store(path);
            REQUIRE(store.open());
            for (; stored < 10'000; ++stored) {
                SessionRecord r = session(QStringLiteral("fill"), QDateTime::currentDateTime(), stored, true);
                r.note = QString(4000, QLatin1Char('x'));
                if (!store.add(r))
                    break;
            }
            REQUIRE(stored < 10'000);
            CHECK(store.problem().contains(QStringLiteral("disk is full")));
            CHECK(store.isOpen());
            CHECK(store.count() == stored);
        }
        // Whatever room closing left, take it, so the next start meets a full disk.
        QFile filler(fs.path(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'f')) == 4096 && filler.flush()) {
        }
        filler.close();
        HistoryStore full(path);
        CHECK(full.open());
        CHECK(full.count() == stored);
        CHECK(full.notice().isEmpty());
        CHECK(damagedFiles(QFileInfo(path).path()).isEmpty());
        REQUIRE(QFile::remove(fs.path(QStringLiteral("filler"))));
        HistoryStore later(path);
        REQUIRE(later.open());
        CHECK(later.canSave());
        CHECK(later.count() == stored);
    }
}

TEST_CASE("a history journal damaged by a crash is copied beside the history, and the person told how many sessions were recovered")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    makeCrashedHistory(path, 2, 20);
    QFile journal(path + QStringLiteral("-wal"));
    REQUIRE(journal.open(QIODevice::ReadWrite));
    const QByteArray intact = journal.readAll();
    const WalScan before = scanWal(intact);
    CHECK_FALSE(before.damaged());
    CHECK(before.keptCommits == 20);
    // One flipped byte in a page half way through: SQLite would replay up to there and drop the rest.
    const qint64 frame = 32 + 4120 * (((intact.size() - 32) / 4120) / 2);
    QByteArray damaged = intact;
    damaged[frame + 24 + 100] = char(damaged[frame + 24 + 100] ^ 0x5a);
    REQUIRE(journal.seek(0));
    REQUIRE(journal.write(damaged) == damaged.size());
    journal.close();
    const WalScan scan = scanWal(damaged);
    REQUIRE(scan.damaged());
    CHECK(scan.lostCommits > 0);
    CHECK(scan.keptCommits + scan.lostCommits <= 20);
    const QByteArray mainBefore = fileHash(path);
    const QByteArray journalBefore = fileHash(path + QStringLiteral("-wal"));

    HistoryStore store(path);
    REQUIRE(store.open());
    CHECK(store.canSave());
    const int recovered = store.count();
    CHECK(recovered == 2 + scan.keptCommits);
    INFO(store.notice().toStdString());
    CHECK(store.notice().contains(QStringLiteral("recovered %1 session").arg(recovered)));
    const QStringList copies = damagedFiles(dir.path());
    REQUIRE(copies.size() == 2);  // the history and its journal, as the crash left them
    const QString copy = dir.filePath(copies.filter(QStringLiteral(".sqlite-wal")).value(0)).chopped(4);
    CHECK(store.notice().contains(copy));
    CHECK(fileHash(copy) == mainBefore);
    CHECK(fileHash(copy + QStringLiteral("-wal")) == journalBefore);

    // The history goes on from what was recovered, and the damage is not found a second time.
    SessionRecord r = session(QStringLiteral("after"), QDateTime::currentDateTime(), 10, true);
    REQUIRE(store.add(r));
    HistoryStore again(path);
    REQUIRE(again.open());
    CHECK(again.notice().isEmpty());
    CHECK(again.count() == recovered + 1);
    CHECK(damagedFiles(dir.path()).size() == 2);
}

TEST_CASE("the history journal check tells a damaged journal from an intact or torn one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    makeCrashedHistory(path, 0, 6);
    QFile journal(path + QStringLiteral("-wal"));
    REQUIRE(journal.open(QIODevice::ReadOnly));
    const QByteArray wal = journal.readAll();
    const qsizetype frames = (wal.size() - 32) / 4120;
    REQUIRE(frames >= 6);

    CHECK(scanWal(QByteArray()) == WalScan{});
    CHECK(scanWal(wal.left(32)) == WalScan{});  // a header alone: nothing written yet
    const WalScan whole = scanWal(wal);
    CHECK(whole.keptCommits == 6);
    CHECK_FALSE(whole.damaged());
    // Cut short in the middle of the last frame, as a crash during a write leaves it: only the
    // transaction in flight is lost, which nobody was told was saved.
    const WalScan torn = scanWal(wal.left(wal.size() - 1000));
    CHECK(torn.keptCommits == 5);
    CHECK_FALSE(torn.damaged());
    // A damaged frame before later commits loses them.
    QByteArray flipped = wal;
    flipped[32 + 4120 + 24 + 7] = char(flipped[32 + 4120 + 24 + 7] ^ 1);
    const WalScan lost = scanWal(flipped);
    CHECK(lost.damaged());
    CHECK(lost.lostCommits >= 4);
    // Frames of an older round of the journal (other salts) after the end are leftovers.
    QByteArray leftovers = wal;
    for (qsizetype at = 32 + 4120 * (frames - 2); at < wal.size(); at += 4120)
        leftovers[at + 8] = char(leftovers[at + 8] ^ 0x40);  // the frame's salt
    CHECK_FALSE(scanWal(leftovers).damaged());
    // A header that does not check out, with frames after it: all of them would be dropped.
    QByteArray badHeader = wal;
    badHeader[12] = char(badHeader[12] ^ 1);
    CHECK(scanWal(badHeader).damagedHeader);
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
