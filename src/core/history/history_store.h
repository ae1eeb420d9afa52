#pragma once

#include "core/history/session_record.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QSqlError;

namespace legease::core {

// What the history view shows, computed by the database so it stays quick with years of data.
struct WeekSummary {
    QDate weekStart;  // Monday
    int minutes = 0;
    std::optional<double> averageBefore;
    std::optional<double> averageAfter;
};

struct HistorySummary {
    int sessions = 0;
    int completedSessions = 0;
    int totalMinutes = 0;
    int currentStreak = 0;  // days in a row, up to today or yesterday, with a completed session
    int bestStreak = 0;
    std::vector<WeekSummary> weeks;  // the last `weekCount` weeks, oldest first
};

// Every guided session, kept in SQLite in the app data location. Each write is one transaction
// with synchronous=FULL in WAL mode, so a crash or power cut loses at most the write in flight.
// Only real damage (SQLite says the file is corrupt, or it does not hold LegEase's table) moves a
// file aside, never deleting it, and a fresh one is started. A full disk, a file or folder that
// may not be written, a busy file: the history stays where it is and is still shown, read-only
// where writing is impossible, and problem() says which it is.
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(legease::core::HistoryStore)

public:
    static constexpr int kSchemaVersion = 2;

    explicit HistoryStore(QString path);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    static QString defaultPath();  // <app data>/history.sqlite

    // Opens (creating or migrating) the database. True when the sessions can be read; canSave()
    // says whether new ones can be kept too. When either is impossible, `problem()` says why in
    // words for people. What LegEase did about damage (a file set aside, a journal copied) is in
    // `notice()`, also when opening succeeded.
    bool open();
    // Opens on first use only, so start-up never waits for the database.
    bool ensureOpen();
    bool isOpen() const;  // the sessions can be read
    bool canSave() const;  // and new ones written
    QString problem() const { return m_problem; }
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    // Writes a new session and gives it an id; then `update` it as it goes on.
    bool add(SessionRecord& record);
    bool update(const SessionRecord& record);

    int count(const QString& routineId = QString()) const;
    // Newest first; `routineId` empty means every routine.
    std::vector<SessionRecord> recent(int limit, int offset = 0, const QString& routineId = QString()) const;
    std::vector<SessionRecord> all() const;  // oldest first, for export
    QStringList routineIds() const;           // every routine with at least one session
    // The title each of those had in its latest session, by id: a routine edited or deleted
    // since is still named as people knew it.
    QHash<QString, QString> routineTitles() const;
    HistorySummary summary(const QDate& today, int weekCount = 12, const QString& routineId = QString()) const;

    // For tests: as if the disk had room for only `pages` pages of history (SQLite's
    // max_page_count), so a full disk can be tried without filling one. Needs canSave().
    bool limitPagesForTests(int pages);

private:
    enum class Access { ReadWrite, ReadOnly, Unchanging };
    enum class Health { Sound, Damaged, Busy, Newer, Unreadable };

    bool connect(Access access);
    void disconnect();
    void remember(const QSqlError& error);
    Health checkHealth(Access access);
    Health judgeLastError() const;
    bool schemaMatches();
    bool openForWriting();
    bool openReadOnly(const QString& why);
    bool migrate();
    void keepDamagedJournal();
    QString setAside();
    QString asideName() const;
    QString whyNotWritable() const;
    QString troubleWithFiles() const;
    void finishNotice();
    QString columns() const;
    bool write(const QString& sql, const SessionRecord& record);

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_notice;
    QString m_lastError;     // SQLite's own words for the last failure, for the messages
    int m_lastErrorCode = 0;  // and its primary result code
    QString m_journalCopy;     // where a damaged journal was copied to, before SQLite replayed it
    QString m_journalTrouble;  // why it could not be
    int m_version = kSchemaVersion;
    bool m_ready = false;     // the sessions can be read
    bool m_writable = false;  // and written
    bool m_tried = false;     // opened once; a later failed write does not change it
};

// Streaks from the days (local dates) that had a completed session, in any order.
std::pair<int, int> streaks(std::vector<QDate> days, const QDate& today);

}  // namespace legease::core
