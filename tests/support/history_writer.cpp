// Writes sessions to a history database one by one and says after each commit which one it
// was, so a test can kill it at any moment and check that every reported row survived. With
// --on-cue it first waits for a line on standard input, so a test can start many writers and
// then let them open the database at the same moment.
#include "core/history/history_store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool onCue = argc == 4 && qstrcmp(argv[3], "--on-cue") == 0;
    if (argc != 3 && !onCue) {
        std::fprintf(stderr, "usage: history_writer DATABASE COUNT [--on-cue]\n");
        return 2;
    }
    if (onCue) {
        char line[8];
        if (!std::fgets(line, sizeof line, stdin))
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
