#pragma once

#include <QString>

namespace legease::bench {

// Creates the history database at `path` through HistoryStore (so the schema is the app's own)
// and adds `sessions` completed sessions, one every five minutes back from now, in a single
// transaction: the store's one-commit-per-write durability would make setting up 100,000 rows
// take minutes, and setup is not what is measured. Aborts if the database cannot be written.
void fillHistory(const QString& path, int sessions);

}  // namespace legease::bench
