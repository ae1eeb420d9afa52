// A separate process for the history tests, in three modes:
//
//   history_writer DATABASE COUNT [--on-cue]
//     Writes sessions one by one and says after each commit which one it was, so a test can kill
//     it at any moment and check that every reported row survived. With --on-cue it first waits
//     for a line on standard input, so a test can start many writers and then let them open the
//     database at the same moment.
//   history_writer --report DATABASE [CSV]
//     Opens the history as the app does and reports, one `key=value` a line, what it found:
//     open, canSave, count, problem, notice; then tries to add a session (added, problemAfterAdd)
//     and, given CSV, to export (exported: "" or the error). Tests run it as another user or
//     with a small file-size limit to see what a person in that place would see.
//   history_writer --save FILE BYTES
//     Writes BYTES bytes to FILE through core::saveFile; prints "saved" or the error.
#include "core/files/save_file.h"
#include "core/history/csv_export.h"
#include "core/history/history_store.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void report(const char* key, const QString& value)
{
    QString flat = value;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::printf("%s=%s\n", key, flat.toUtf8().constData());
}

int reportOn(const QString& database, const QString& csv)
{
    legease::core::HistoryStore store(database);
    const bool open = store.open();
    report("open", QString::number(open));
    report("canSave", QString::number(store.canSave()));
    report("count", QString::number(store.count()));
    report("problem", store.problem());
    report("notice", store.notice());
    legease::core::SessionRecord record;
    record.routineId = QStringLiteral("reported");
    record.routineTitle = QStringLiteral("Written by the report");
    record.startedAt = QDateTime::currentDateTime();
    report("added", QString::number(store.add(record)));
    report("problemAfterAdd", store.problem());
    if (!csv.isEmpty())
        report("exported", legease::core::writeHistoryCsv(csv, store.all()));
    return 0;
}

int save(const QString& file, int bytes)
{
    const QString error = legease::core::saveFile(file, QByteArray(bytes, 'x'));
    std::printf("%s\n", error.isEmpty() ? "saved" : error.toUtf8().constData());
    return error.isEmpty() ? 0 : 1;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.size() <= 3 && args[0] == QLatin1String("--report"))
        return reportOn(args[1], args.value(2));
    if (args.size() == 3 && args[0] == QLatin1String("--save"))
        return save(args[1], args[2].toInt());
    const bool onCue = args.size() == 3 && args[2] == QLatin1String("--on-cue");
    if (args.size() != 2 && !onCue) {
        std::fprintf(stderr, "usage: history_writer DATABASE COUNT [--on-cue]\n"
                             "       history_writer --report DATABASE [CSV]\n"
                             "       history_writer --save FILE BYTES\n");
        return 2;
    }
    if (onCue) {
        char line[8];
        if (!std::fgets(line, sizeof line, stdin))
            return 2;
    }
    legease::core::HistoryStore store(args[0]);
    if (!store.open() || !store.canSave()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.problem()));
        return 1;
    }
    const int count = args[1].toInt();
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
