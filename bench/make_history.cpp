// Writes a history database of N sessions for the start-up benchmark, which must show that a
// long history costs start-up nothing: make_history FILE N
#include "history_fill.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool number = false;
    const int sessions = args.value(2).toInt(&number);
    if (args.size() != 3 || !number || sessions < 0)
        qFatal("usage: make_history FILE SESSIONS");
    QDir().mkpath(QFileInfo(args[1]).absolutePath());
    legease::bench::fillHistory(args[1], sessions);
    return 0;
}
