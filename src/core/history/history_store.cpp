#include "core/history/history_store.h"

#include "core/files/save_file.h"
#include "core/history/wal_scan.h"

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
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace legease::core {
namespace {

// Every column but the note, which version 1 did not have yet.
const char* const kColumns = "id, routine_id, routine_title, started_at, ended_at, active_seconds, steps_done, "
                             "steps_total, completed, feeling_before, feeling_after";

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
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
bool isBusy(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == kSqliteBusy || code == kSqliteLocked;
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

const QLatin1String kWal("-wal");  // SQLite's journal beside the history in WAL mode
const QLatin1String kShm("-shm");  // and the index of it that connections share

// SQLite's primary result codes that tell what kind of failure it was.
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Asks the system, which knows about read-only mounts and root, for the ids that open files.
bool canRead(const QString& path)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), R_OK, AT_EACCESS) == 0;
}

bool canWrite(const QString& path)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

// Less room than SQLite needs to open a history (its shared-memory file alone takes 32 KiB).
bool diskIsFull(const QString& folder)
{
    const qint64 free = QStorageInfo(folder).bytesAvailable();
    return free >= 0 && free < 1024 * 1024;
}

QString busyText()
{
    return HistoryStore::tr("Your history is busy: another LegEase seems to be saving to it. Sessions still run but will "
                            "not be saved this time.");
}

QString newerText()
{
    return HistoryStore::tr("Your history was written by a newer version of LegEase, so this one leaves it untouched and "
                            "does not save sessions.");
}

QString notSavedText()
{
    return HistoryStore::tr("Nothing in your history was changed. Sessions still run but will not be saved this time.");
}

// A byte-for-byte copy, written the way every file LegEase writes is.
QString copyFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return source.errorString();
    return saveFile(to, [&source](QIODevice& target, QString& problem) {
        QByteArray chunk;
        while (!(chunk = source.read(1 << 20)).isEmpty())
            if (!writeAll(target, chunk))
                return false;
        if (source.error() != QFileDevice::NoError) {
            problem = source.errorString();
            return false;
        }
        return true;
    });
}

// Words for a failed write: what happened and what it means for the person.
QString describeWriteError(const QSqlError& error, const QString& folder)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == kSqliteFull || (code == kSqliteIoError && diskIsFull(folder)))
        return HistoryStore::tr("The disk is full, so this session could not be saved. It still runs; free some space to keep history.");
    if (code == kSqliteReadOnly)
        return HistoryStore::tr("The history file is read-only, so this session could not be saved. It still runs.");
    const QString words = error.databaseText().isEmpty() ? error.text() : error.databaseText();  // SQLite's own
    return HistoryStore::tr("This session could not be saved to your history (%1). It still runs.").arg(words);
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

bool HistoryStore::canSave() const
{
    return m_ready && m_writable;
}

bool HistoryStore::ensureOpen()
{
    if (!m_tried)
        open();
    return m_ready;
}

bool HistoryStore::open()
{
    disconnect();
    m_tried = true;
    m_ready = false;
    m_writable = false;
    m_problem.clear();
    m_notice.clear();
    m_journalCopy.clear();
    m_journalTrouble.clear();
    m_version = kSchemaVersion;

    // A named pipe would block the first read for ever, a folder is nobody's history: look
    // before SQLite opens anything, and leave them alone.
    for (const QString& part : {m_path, m_path + kWal, m_path + kShm}) {
        if (const QString kind = nonRegularFileKind(part); !kind.isEmpty()) {
            m_problem = tr("Your history %1 is %2, not a file, so LegEase leaves it alone. Sessions still run but will "
                           "not be saved this time.")
                            .arg(native(part), kind);
            return false;
        }
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    QDir().mkpath(folder);
    if (!QFileInfo::exists(m_path)) {
        if (!canWrite(folder)) {
            m_problem = tr("LegEase cannot write to %1, so sessions will not be saved this time. They still run, "
                           "and everything already in your history is untouched.")
                            .arg(native(folder));
            return false;
        }
        if (openForWriting())
            return true;
        m_problem = judgeLastError() == Health::Busy ? busyText() : troubleWithFiles() + QLatin1Char(' ') + notSavedText();
        return false;
    }

    // What cannot be written is only read, and read without a change to any file.
    if (const QString why = whyNotWritable(); !why.isEmpty())
        return openReadOnly(why);

    keepDamagedJournal();
    if (!m_journalTrouble.isEmpty())
        return openReadOnly(m_journalTrouble);  // the damaged journal could not be copied: change nothing

    // Checked read-only: closing a read-only connection never checkpoints into the file or
    // deletes its journal, so a damaged file is set aside exactly as it was found.
    switch (checkHealth(Access::ReadOnly)) {
    case Health::Busy:
        disconnect();
        m_problem = busyText();
        return false;
    case Health::Newer:
        disconnect();
        m_problem = newerText();
        return false;
    case Health::Unreadable:
        disconnect();
        return openReadOnly(troubleWithFiles());
    case Health::Damaged: {
        const QString aside = setAside();
        if (aside.isEmpty())
            return openReadOnly(troubleWithFiles());
        m_notice = tr("Your history file was damaged, so LegEase moved it aside to %1 and started a new one. "
                      "Nothing was deleted.")
                       .arg(native(aside));
        if (openForWriting())
            return true;
        m_problem = judgeLastError() == Health::Busy ? busyText() : troubleWithFiles() + QLatin1Char(' ') + notSavedText();
        return false;
    }
    case Health::Sound:
        break;
    }
    disconnect();
    if (openForWriting()) {
        finishNotice();
        return true;
    }
    if (judgeLastError() == Health::Busy) {
        m_problem = busyText();
        return false;
    }
    // It was readable a moment ago: show it, even if it cannot take new sessions now.
    return openReadOnly(troubleWithFiles());
}

bool HistoryStore::connect(Access access)
{
    disconnect();
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    switch (access) {
    case Access::ReadWrite:
        db.setConnectOptions();
        db.setDatabaseName(m_path);
        break;
    case Access::ReadOnly:
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(m_path);
        break;
    case Access::Unchanging:
        // SQLite's immutable mode reads the main file alone: no journal, no shared-memory file,
        // nothing created. For a folder or disk where nothing can be written.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
        break;
    }
    if (!db.open()) {
        remember(db.lastError());
        return false;
    }
    QSqlQuery pragma(db);
    // Another LegEase (a second window, the command line) may be committing at this moment.
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    return true;
}

void HistoryStore::disconnect()
{
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::database(m_connection, false).close();
}

void HistoryStore::remember(const QSqlError& error)
{
    m_lastError = error.databaseText().isEmpty() ? error.text() : error.databaseText();  // SQLite's own words
    m_lastErrorCode = error.nativeErrorCode().toInt() & 0xff;
}

HistoryStore::Health HistoryStore::judgeLastError() const
{
    switch (m_lastErrorCode) {
    case kSqliteBusy:
    case kSqliteLocked:
        return Health::Busy;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return Health::Damaged;
    default:
        // A full disk, a permission, an I/O error: the file may be perfectly sound.
        return Health::Unreadable;
    }
}

HistoryStore::Health HistoryStore::checkHealth(Access access)
{
    if (!connect(access))
        return judgeLastError();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        remember(query.lastError());
        return judgeLastError();
    }
    if (query.value(0).toString() != QLatin1String("ok"))
        return Health::Damaged;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        remember(query.lastError());
        return judgeLastError();
    }
    m_version = query.value(0).toInt();
    if (m_version > kSchemaVersion)
        return Health::Newer;
    return schemaMatches() ? Health::Sound : Health::Damaged;
}

// A file that says it is a LegEase history but lacks the sessions table or a column (or a new
// file that already holds someone else's tables) cannot be read or written as one: damage.
bool HistoryStore::schemaMatches()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (m_version == 0)
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && query.next() && query.value(0).toInt() == 0;
    if (!query.exec(QStringLiteral("PRAGMA table_info(sessions)")))
        return false;
    QStringList present;
    while (query.next())
        present << query.value(1).toString();
    QStringList needed = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
    if (m_version >= 2)
        needed << QStringLiteral("note");
    for (const QString& column : needed)
        if (!present.contains(column))
            return false;
    return true;
}

bool HistoryStore::openForWriting()
{
    if (!connect(Access::ReadWrite) || !migrate()) {
        disconnect();
        return false;
    }
    m_version = kSchemaVersion;
    m_ready = true;
    m_writable = true;
    return true;
}

bool HistoryStore::openReadOnly(const QString& why)
{
    // A journal may hold the latest sessions: replay it in memory when it can be read (that
    // needs its shared-memory file); otherwise read the main file alone and say what may be missing.
    const QFileInfo journal(m_path + kWal);
    const bool sessionsInJournal = journal.exists() && journal.size() > 0;
    Health health = Health::Unreadable;
    bool partial = false;
    if (sessionsInJournal && canRead(journal.filePath()))
        health = checkHealth(Access::ReadOnly);
    if (health == Health::Unreadable) {
        health = checkHealth(Access::Unchanging);
        partial = sessionsInJournal;
    }
    switch (health) {
    case Health::Sound:
        m_ready = true;
        m_writable = false;
        m_problem = why + QLatin1Char(' ')
            + tr("Your sessions are shown and can be exported, but new sessions cannot be saved.");
        if (partial)
            m_problem += QLatin1Char(' ')
                + tr("The most recent ones may be missing here until LegEase can read all of your history again.");
        finishNotice();
        return true;
    case Health::Busy:
        m_problem = busyText();
        break;
    case Health::Newer:
        m_problem = newerText();
        break;
    case Health::Damaged:
        m_problem = why + QLatin1Char(' ')
            + tr("Your history also looks damaged, and since LegEase cannot change anything there, it leaves it as "
                 "it is. Sessions still run but will not be saved this time.");
        break;
    case Health::Unreadable:
        m_problem = why + QLatin1Char(' ') + notSavedText();
        break;
    }
    disconnect();
    finishNotice();
    return false;
}

// A crash can leave a journal whose middle frame is damaged; SQLite would replay it up to there,
// drop the rest without a word and reuse the file. Before it gets the chance, the history and its
// journal are copied aside, so whatever was after the damage can still be rescued by hand.
void HistoryStore::keepDamagedJournal()
{
    const QString journal = m_path + kWal;
    if (QFileInfo(journal).size() <= 32 || !canRead(journal))
        return;
    const auto read = [&journal] {
        QFile file(journal);
        return file.open(QIODevice::ReadOnly) ? scanWal(file.readAll()) : WalScan{};
    };
    const WalScan first = read();
    // A journal another LegEase is writing right now changes between two looks; it is alive, not
    // damaged, and its writer has already replayed it.
    if (!first.damaged() || !(read() == first))
        return;
    const QString aside = asideName();
    QString failed = copyFile(m_path, aside);
    if (failed.isEmpty())
        failed = copyFile(journal, aside + kWal);
    if (!failed.isEmpty()) {
        QFile::remove(aside);  // our own copy, never the history
        m_journalTrouble = tr("A crash left damage in your history's journal, and LegEase could not keep a copy of it (%1), so "
                 "it changes nothing there.")
                  .arg(failed);
        return;
    }
    m_journalCopy = aside;
}

// Says what was done about a damaged journal, once the history is open and its sessions counted.
void HistoryStore::finishNotice()
{
    if (m_journalCopy.isEmpty())
        return;
    if (m_writable) {
        // The copy keeps the damaged frames; the live journal starts clean, so they are not
        // found again next time.
        QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString copied = tr("A crash left damage in your history's journal. LegEase recovered %n session(s) and kept "
                              "a copy of the history and its journal as they were, in %1. Nothing was deleted.",
        nullptr, count())
                               .arg(native(m_journalCopy));
    m_notice = m_notice.isEmpty() ? copied : m_notice + QLatin1Char(' ') + copied;
}

QString HistoryStore::asideName() const
{
    const QFileInfo file(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = file.suffix().isEmpty() ? QString() : QLatin1Char('.') + file.suffix();
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-damaged-%2%3%4")
                                 .arg(file.completeBaseName(), stamp, n == 1 ? QString() : QStringLiteral("-%1").arg(n), suffix);
        const QString aside = file.dir().filePath(name);
        if (!QFileInfo::exists(aside) && !QFileInfo::exists(aside + kWal))
            return aside;
    }
}

// Moves the damaged file and its journal aside under one free name; "" when it could not.
QString HistoryStore::setAside()
{
    disconnect();
    const QString aside = asideName();
    if (!QFile::rename(m_path, aside)) {
        m_lastError = tr("it could not be moved aside");
        m_lastErrorCode = 0;
        return {};
    }
    for (const QLatin1String companion : {kWal, kShm})
        QFile::rename(m_path + companion, aside + companion);
    return aside;
}

// Why new sessions cannot be written, as one sentence, or "" when they can. Only looks.
QString HistoryStore::whyNotWritable() const
{
    if (!canRead(m_path))
        return tr("LegEase may not read your history file %1.").arg(native(m_path));
    for (const QLatin1String companion : {kWal, kShm}) {
        const QString part = m_path + companion;
        if (QFileInfo::exists(part) && (!canRead(part) || !canWrite(part)))
            return tr("LegEase may not read or change %1, which belongs to your history.").arg(native(part));
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!canWrite(folder))
        return tr("LegEase may not write in the folder %1 that holds your history.").arg(native(folder));
    if (!canWrite(m_path))
        return tr("Your history file %1 is read-only.").arg(native(m_path));
    return {};
}

// What went wrong with the files, after SQLite failed, as one sentence.
QString HistoryStore::troubleWithFiles() const
{
    if (const QString why = whyNotWritable(); !why.isEmpty())
        return why;
    if (m_lastErrorCode == kSqliteFull || diskIsFull(QFileInfo(m_path).absolutePath()))
        return tr("The disk that holds your history is full.");
    return tr("Your history cannot be used right now (%1).").arg(m_lastError);
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        remember(query.lastError());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        m_lastError = newerText();
        m_lastErrorCode = 0;
        return false;
    }
    // FULL makes each commit durable.
    if (!switchToWal(query) || !query.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
        remember(query.lastError());
        return false;
    }
    if (version == kSchemaVersion)
        return true;

    // Two LegEase processes may meet a new file at once: take the write lock first, then look at
    // the version again, so only one of them creates or migrates the tables.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        remember(query.lastError());
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
        remember(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QString HistoryStore::columns() const
{
    // A version 1 history, read where it cannot be migrated, has no notes yet.
    return QString::fromLatin1(kColumns) + (m_version >= 2 ? QStringLiteral(", note") : QStringLiteral(", '' AS note"));
}

bool HistoryStore::limitPagesForTests(int pages)
{
    if (!canSave())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) && query.next() && query.value(0).toInt() == pages;
}

bool HistoryStore::write(const QString& sql, const SessionRecord& r)
{
    if (!canSave())
        return false;  // problem() already says why
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_problem = describeWriteError(db.lastError(), QFileInfo(m_path).absolutePath());
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
        m_problem = describeWriteError(query.lastError().isValid() ? query.lastError() : db.lastError(),
            QFileInfo(m_path).absolutePath());
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
                      .arg(columns(), routineClause(routineId)));
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
    if (query.exec(QStringLiteral("SELECT %1 FROM sessions ORDER BY started_at, id").arg(columns())))
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

QHash<QString, QString> HistoryStore::routineTitles() const
{
    QHash<QString, QString> titles;
    if (!m_ready)
        return titles;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT routine_id, routine_title FROM sessions "
                                  "WHERE id IN (SELECT MAX(id) FROM sessions GROUP BY routine_id)")))
        while (query.next())
            titles.insert(query.value(0).toString(), query.value(1).toString());
    return titles;
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
