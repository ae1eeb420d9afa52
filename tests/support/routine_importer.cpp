// A separate process for the import tests, so one can be stopped dead half way:
//
//   routine_importer CONTENT_PACK OWN_PACK FILE [STOP_AFTER]
//     Loads CONTENT_PACK and the own pack in OWN_PACK as the app does, checks FILE and imports it
//     into OWN_PACK, printing "step N: what" after each change on disk. With STOP_AFTER it kills
//     itself (SIGKILL: no clean-up of any kind runs) right after step STOP_AFTER. Prints the new
//     ids and exits 0 when it gets to the end; exits 1 with the problems when FILE is refused.
#include "core/content/content_store.h"
#include "core/content/routine_sharing.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace legease::core;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3 || args.size() > 4) {
        std::fprintf(stderr, "usage: routine_importer CONTENT_PACK OWN_PACK FILE [STOP_AFTER]\n");
        return 2;
    }
    const int stopAfter = args.value(3, QStringLiteral("0")).toInt();
    ContentStore store({false, {args[0]}}, args[1]);
    const ImportCheck check = checkImport(args[2], store.library(), store.ownPack());
    if (!check.canImport()) {
        for (const Problem& problem : check.problems)
            std::printf("%s\n", qPrintable(problem.toString()));
        return 1;
    }
    int step = 0;
    const ImportResult result = importRoutines(check, store.ownPack(), [&step, stopAfter](const QString& done) {
        std::printf("step %d: %s\n", ++step, qPrintable(done));
        std::fflush(stdout);
        if (step == stopAfter)
            std::raise(SIGKILL);
    });
    if (!result.error.isEmpty()) {
        std::printf("%s\n", qPrintable(result.error));
        return 1;
    }
    for (const QString& id : result.ids)
        std::printf("%s\n", qPrintable(id));
    return 0;
}
