#include "core/history/history_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace legease::core {
namespace {

const char* const kColumns = "id, routine_id, routine_title, started_at, ended_at, active_seconds, steps_done, "
                             "steps_total, completed, feeling_before, feeling_after, note";

// Version 1 was the first layout; version 2 added the note.
const char* const kCreateVersion2 =
    "CREATE TABLE sessions ("
    " id INTEGER PRIMARY KEY,"
    " routine_id TEXT NOT NULL,"
    " routine_title TEXT NOT NULL,"
    " started_at INTEGER NOT NULL,"  // milliseconds since the epoch, UTC
    " ended_at INTEGER,"             // NULL while the session runs
    " active_seconds INTEGER NOT NULL DEFAULT 0,"
    " steps_done INTEGER NOT NULL DEFAULT 0,"
    " steps_total INTEGER NOT NULL DEFAULT 0,"
    " completed INTEGER NOT NULL DEFAULT 0,"
    " feeling_before INTEGER,"
    " feeling_after INTEGER,"
    " note TEXT NOT NULL DEFAULT '')";

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> toOptionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

SessionRecord recordFrom(const QSqlQuery& query)
{
    SessionRecord r;
    r.id = query.value(0).toLongLong();
    r.routineId = query.value(1).toString();
    r.routineTitle = query.value(2).toString();
    r.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong());
    if (!query.value(4).isNull())
        r.endedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong());
    r.activeSeconds = query.value(5).toInt();
    r.stepsDone = query.value(6).toInt();
    r.stepsTotal = query.value(7).toInt();
    r.completed = query.value(8).toBool();
    r.feelingBefore = toOptionalInt(query.value(9));
    r.feelingAfter = toOptionalInt(query.value(10));
    r.note = query.value(11).toString();
    return r;
}

QString routineClause(const QString& routineId, const char* joiner = " WHERE ")
{
    return routineId.isEmpty() ? QString() : QString::fromLatin1(joiner) + QStringLiteral("routine_id = :routine");
}

void bindRoutine(QSqlQuery& query, const QString& routineId)
{
    if (!routineId.isEmpty())
        query.bindValue(QStringLiteral(":routine"), routineId);
}

// How long to wait for another LegEase (a second window, the command line) to finish with the file.
constexpr int kBusyTimeoutMs = 5000;

// SQLite's primary codes 5 and 6 are BUSY and LOCKED; extended codes add high bits.
bool isBusy(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

// WAL lets the view read while a session writes. Two processes switching a new file to it at
// the same moment can meet in a lock that SQLite refuses at once instead of waiting (waiting
// could deadlock), so a busy refusal is tried again until the busy timeout.
bool switchToWal(QSqlQuery& query)
{
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    while (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (!isBusy(query.lastError()) || deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

// Words for a failed write: what happened and what it means for the person.
QString describeWriteError(const QSqlError& error)
{
    const QString text = error.text();
    if (text.contains(QStringLiteral("full"), Qt::CaseInsensitive))
        return HistoryStore::tr("The disk is full, so this session could not be saved. It still runs; free some space to keep history.");
    if (text.contains(QStringLiteral("readonly"), Qt::CaseInsensitive) || text.contains(QStringLiteral("read-only"), Qt::CaseInsensitive))
        return HistoryStore::tr("The history file is read-only, so this session could not be saved. It still runs.");
    return HistoryStore::tr("This session could not be saved to your history (%1). It still runs.").arg(text);
}

}  // namespace

std::pair<int, int> streaks(std::vector<QDate> days, const QDate& today)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    int best = 0;
    int run = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        run = (i > 0 && days[i - 1].daysTo(days[i]) == 1) ? run + 1 : 1;
        best = std::max(best, run);
    }
    // The current streak survives a day without a session yet: today is not over.
    int current = 0;
    if (!days.empty() && days.back().daysTo(today) <= 1 && days.back() <= today)
        current = run;
    return {current, best};
}

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("legease-history-%1").arg(quintptr(this)))
{
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("history.sqlite"));
}

bool HistoryStore::isOpen() const
{
    return m_ready;
}

bool HistoryStore::ensureOpen()
{
    if (!m_tried)
        open();
    return m_ready;
}

bool HistoryStore::open()
{
    m_tried = true;
    m_ready = false;
    m_problem.clear();
    m_notice.clear();
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.path()) || !QFileInfo(file.path()).isWritable()) {
        // Never touch what is there: the folder may hold years of history we cannot rewrite now.
        m_problem = tr("LegEase cannot write to %1, so sessions will not be saved this time. They still run, "
                       "and everything already in your history is untouched.")
                        .arg(QDir::toNativeSeparators(file.path()));
        return false;
    }
    if (file.exists() && !file.isWritable()) {
        m_problem = tr("Your history file %1 is read-only, so sessions will not be saved this time. They still run, "
                       "and everything already in it is untouched.")
                        .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!openConnection())
        return false;
    const Health health = checkHealth();
    if (health == Health::Busy) {
        m_problem = tr("Your history is busy: another LegEase seems to be saving to it. Sessions still run but will "
                       "not be saved this time.");
        return false;
    }
    if (health == Health::Damaged) {
        setAside();
        if (!openConnection())
            return false;
    }
    m_ready = migrate();
    return m_ready;
}

bool HistoryStore::openConnection()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_problem = tr("Your history could not be opened (%1). Sessions still run but will not be saved.").arg(db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    // Another LegEase (a second window, the command line) may be committing at this moment.
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    return true;
}

HistoryStore::Health HistoryStore::checkHealth()
{
    QSqlQuery check(QSqlDatabase::database(m_connection, false));
    if (check.exec(QStringLiteral("PRAGMA quick_check")) && check.next())
        return check.value(0).toString() == QLatin1String("ok") ? Health::Sound : Health::Damaged;
    // A file another process keeps locked is not damaged: moving it aside would hide a good
    // history.
    return isBusy(check.lastError()) ? Health::Busy : Health::Damaged;
}

void HistoryStore::setAside()
{
    QSqlDatabase::database(m_connection, false).close();
    const QFileInfo file(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = file.dir().filePath(QStringLiteral("%1-damaged-%2.%3").arg(file.completeBaseName(), stamp, file.suffix()));
    QFile::rename(m_path, aside);
    for (const char* companion : {"-wal", "-shm"})
        QFile::rename(m_path + QLatin1String(companion), aside + QLatin1String(companion));
    m_notice = tr("Your history file was damaged, so LegEase moved it aside to %1 and started a new one. "
                  "Nothing was deleted.")
                   .arg(QDir::toNativeSeparators(aside));
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_problem = tr("Your history could not be read (%1). Sessions still run but will not be saved.").arg(query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        m_problem = tr("Your history was written by a newer version of LegEase, so this one leaves it untouched and "
                       "does not save sessions.");
        return false;
    }
    // FULL makes each commit durable.
    if (!switchToWal(query) || !query.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
        m_problem = tr("Your history could not be prepared (%1). Sessions still run but will not be saved.").arg(query.lastError().text());
        return false;
    }
    if (version == kSchemaVersion)
        return true;

    // Two LegEase processes may meet a new file at once: take the write lock first, then look at
    // the version again, so only one of them creates or migrates the tables.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_problem = tr("Your history could not be prepared (%1). Sessions still run but will not be saved.").arg(query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const int lockedVersion = query.value(0).toInt();
    bool ok = true;
    if (lockedVersion == 0) {
        ok = query.exec(QString::fromLatin1(kCreateVersion2))
            && query.exec(QStringLiteral("CREATE INDEX sessions_started ON sessions(started_at)"))
            && query.exec(QStringLiteral("CREATE INDEX sessions_routine ON sessions(routine_id, started_at)"));
    } else if (lockedVersion == 1) {
        ok = query.exec(QStringLiteral("ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''"));
    }
    ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!ok || !query.exec(QStringLiteral("COMMIT"))) {
        m_problem = tr("Your history could not be updated to this version of LegEase (%1). It is left as it was.")
                        .arg(query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool HistoryStore::write(const QString& sql, const SessionRecord& r)
{
    if (!m_ready)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_problem = describeWriteError(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), r.id);
    query.bindValue(QStringLiteral(":routine_id"), r.routineId);
    query.bindValue(QStringLiteral(":routine_title"), r.routineTitle);
    query.bindValue(QStringLiteral(":started_at"), r.startedAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":ended_at"), r.endedAt.isValid() ? QVariant(r.endedAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":active_seconds"), r.activeSeconds);
    query.bindValue(QStringLiteral(":steps_done"), r.stepsDone);
    query.bindValue(QStringLiteral(":steps_total"), r.stepsTotal);
    query.bindValue(QStringLiteral(":completed"), r.completed ? 1 : 0);
    query.bindValue(QStringLiteral(":feeling_before"), optionalInt(r.feelingBefore));
    query.bindValue(QStringLiteral(":feeling_after"), optionalInt(r.feelingAfter));
    query.bindValue(QStringLiteral(":note"), r.note.isNull() ? QStringLiteral("") : r.note);  // a null QString binds as NULL
    if (!query.exec() || !db.commit()) {
        m_problem = describeWriteError(query.lastError().isValid() ? query.lastError() : db.lastError());
        db.rollback();
        return false;
    }
    m_problem.clear();
    return true;
}

bool HistoryStore::add(SessionRecord& record)
{
    record.id = 0;
    const bool ok = write(QStringLiteral("INSERT INTO sessions (routine_id, routine_title, started_at, ended_at, active_seconds, "
                                         "steps_done, steps_total, completed, feeling_before, feeling_after, note) VALUES "
                                         "(:routine_id, :routine_title, :started_at, :ended_at, :active_seconds, :steps_done, "
                                         ":steps_total, :completed, :feeling_before, :feeling_after, :note)"),
        record);
    if (ok) {
        QSqlQuery last(QSqlDatabase::database(m_connection, false));
        if (last.exec(QStringLiteral("SELECT last_insert_rowid()")) && last.next())
            record.id = last.value(0).toLongLong();
    }
    return ok && record.id > 0;
}

bool HistoryStore::update(const SessionRecord& record)
{
    if (record.id <= 0)
        return false;
    return write(QStringLiteral("UPDATE sessions SET routine_id = :routine_id, routine_title = :routine_title, "
                                "started_at = :started_at, ended_at = :ended_at, active_seconds = :active_seconds, "
                                "steps_done = :steps_done, steps_total = :steps_total, completed = :completed, "
                                "feeling_before = :feeling_before, feeling_after = :feeling_after, note = :note WHERE id = :id"),
        record);
}

int HistoryStore::count(const QString& routineId) const
{
    if (!m_ready)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions") + routineClause(routineId));
    bindRoutine(query, routineId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::vector<SessionRecord> HistoryStore::recent(int limit, int offset, const QString& routineId) const
{
    std::vector<SessionRecord> records;
    if (!m_ready)
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sessions%2 ORDER BY started_at DESC, id DESC LIMIT :limit OFFSET :offset")
                      .arg(QString::fromLatin1(kColumns), routineClause(routineId)));
    bindRoutine(query, routineId);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (query.exec())
        while (query.next())
            records.push_back(recordFrom(query));
    return records;
}

std::vector<SessionRecord> HistoryStore::all() const
{
    std::vector<SessionRecord> records;
    if (!m_ready)
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT %1 FROM sessions ORDER BY started_at, id").arg(QString::fromLatin1(kColumns))))
        while (query.next())
            records.push_back(recordFrom(query));
    return records;
}

QStringList HistoryStore::routineIds() const
{
    QStringList ids;
    if (!m_ready)
        return ids;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT DISTINCT routine_id FROM sessions ORDER BY routine_id")))
        while (query.next())
            ids << query.value(0).toString();
    return ids;
}

HistorySummary HistoryStore::summary(const QDate& today, int weekCount, const QString& routineId) const
{
    HistorySummary summary;
    if (!m_ready)
        return summary;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery totals(db);
    totals.prepare(QStringLiteral("SELECT COUNT(*), TOTAL(completed), TOTAL(active_seconds) FROM sessions") + routineClause(routineId));
    bindRoutine(totals, routineId);
    if (totals.exec() && totals.next()) {
        summary.sessions = totals.value(0).toInt();
        summary.completedSessions = int(totals.value(1).toDouble());
        summary.totalMinutes = int(totals.value(2).toDouble() / 60.0 + 0.5);
    }

    QSqlQuery days(db);
    days.setForwardOnly(true);
    days.prepare(QStringLiteral("SELECT DISTINCT date(started_at / 1000, 'unixepoch', 'localtime') FROM sessions WHERE completed = 1")
        + routineClause(routineId, " AND "));
    bindRoutine(days, routineId);
    std::vector<QDate> completedDays;
    if (days.exec())
        while (days.next())
            completedDays.push_back(QDate::fromString(days.value(0).toString(), Qt::ISODate));
    std::tie(summary.currentStreak, summary.bestStreak) = streaks(std::move(completedDays), today);

    // Week by week in local time, so a session late on Sunday evening counts for that week.
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    QSqlQuery week(db);
    week.prepare(QStringLiteral("SELECT TOTAL(active_seconds), AVG(feeling_before), AVG(feeling_after) FROM sessions "
                                "WHERE started_at >= :from AND started_at < :to")
        + routineClause(routineId, " AND "));
    for (int i = weekCount - 1; i >= 0; --i) {
        WeekSummary w;
        w.weekStart = thisMonday.addDays(-7 * i);
        week.bindValue(QStringLiteral(":from"), QDateTime(w.weekStart, QTime(0, 0)).toMSecsSinceEpoch());
        week.bindValue(QStringLiteral(":to"), QDateTime(w.weekStart.addDays(7), QTime(0, 0)).toMSecsSinceEpoch());
        bindRoutine(week, routineId);
        if (week.exec() && week.next()) {
            w.minutes = int(week.value(0).toDouble() / 60.0 + 0.5);
            if (!week.value(1).isNull())
                w.averageBefore = week.value(1).toDouble();
            if (!week.value(2).isNull())
                w.averageAfter = week.value(2).toDouble();
        }
        summary.weeks.push_back(w);
    }
    return summary;
}

}  // namespace legease::core
