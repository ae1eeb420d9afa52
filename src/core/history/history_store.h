#pragma once

#include "core/history/session_record.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

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
// A damaged file is moved aside (never deleted) and a fresh one started.
class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(legease::core::HistoryStore)

public:
    static constexpr int kSchemaVersion = 2;

    explicit HistoryStore(QString path);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    static QString defaultPath();  // <app data>/history.sqlite

    // Opens (creating or migrating) the database. False when history cannot be kept; `problem()`
    // then says why in words for people. A note about a damaged file set aside is in `notice()`
    // even when opening succeeded.
    bool open();
    // Opens on first use only, so start-up never waits for the database.
    bool ensureOpen();
    bool isOpen() const;
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
    HistorySummary summary(const QDate& today, int weekCount = 12, const QString& routineId = QString()) const;

private:
    enum class Health { Sound, Damaged, Busy };

    bool openConnection();
    Health checkHealth();
    void setAside();
    bool migrate();
    bool write(const QString& sql, const SessionRecord& record);

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_notice;
    bool m_ready = false;
    bool m_tried = false;  // opened and migrated; a later failed write does not change it
};

// Streaks from the days (local dates) that had a completed session, in any order.
std::pair<int, int> streaks(std::vector<QDate> days, const QDate& today);

}  // namespace legease::core
