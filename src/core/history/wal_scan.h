#pragma once

#include <QByteArray>

namespace legease::core {

// What SQLite will make of a write-ahead log (the history's "-wal" file) that a crash left behind,
// read without SQLite. SQLite replays the log's transactions up to the first frame that does not
// check out, silently drops every transaction after it, and later deletes the log; a damaged
// frame in the middle of the log therefore loses sessions without a word. This says beforehand.
struct WalScan {
    int keptCommits = 0;  // transactions SQLite will recover
    int lostCommits = 0;  // transactions committed after a damaged frame: SQLite would drop them
    bool damagedHeader = false;  // frames follow a header that does not check out: all are dropped
    bool damaged() const { return lostCommits > 0 || damagedHeader; }
    bool operator==(const WalScan&) const = default;
};

// `wal` is the whole -wal file (the format is https://sqlite.org/fileformat2.html#walformat).
WalScan scanWal(const QByteArray& wal);

}  // namespace legease::core
