// Writes sessions to a history database one by one and says after each commit which one it
// was, so a test can kill it at any moment and check that every reported row survived.
#include "history/history_store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: history_writer DATABASE COUNT\n");
        return 2;
    }
    legease::core::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.problem()));
        return 1;
    }
    const int count = QString::fromLatin1(argv[2]).toInt();
    for (int i = 0; i < count; ++i) {
        legease::core::SessionRecord record;
        record.routineId = QStringLiteral("writer");
        record.routineTitle = QStringLiteral("Written by the crash test");
        record.startedAt = QDateTime::currentDateTime();
        record.note = QStringLiteral("row %1").arg(i);
        if (!store.add(record)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.problem()));
            return 1;
        }
        record.stepsDone = 1;  // the update at a step boundary is a transaction of its own too
        if (!store.update(record))
            return 1;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
