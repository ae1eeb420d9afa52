// Build step: reads the built-in pack from its JSON (content/, compiled into legease_core as
// :/content), checks it as the app would load it, and writes it in the form that needs no parsing
// (core/content/pack_serialization.h) to argv[1]. Any problem, even a warning, fails the build:
// the built-in pack has to be clean.
#include "core/content/content_library.h"
#include "core/content/content_loader.h"
#include "core/content/pack_reader.h"
#include "core/content/pack_serialization.h"
#include "core/files/save_file.h"

#include <QCoreApplication>

#include <cstdio>

using namespace legease::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: compile_builtin_pack OUTPUT\n");
        return 2;
    }
    Problems problems;
    PackContent pack = readPack(builtInPackFolder(), problems);
    const QByteArray bytes = serializePack(pack);
    ContentLibrary library;  // the checks that span files: ids, references
    library.addPack(std::move(pack), problems);
    for (const Problem& problem : problems)
        std::fprintf(stderr, "content/%s\n", qPrintable(problem.toString()));
    if (!problems.empty()) {
        std::fprintf(stderr, "compile_builtin_pack: the built-in pack has %zu problem(s)\n", problems.size());
        return 1;
    }
    const QString error = saveFile(QString::fromLocal8Bit(argv[1]), bytes);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "compile_builtin_pack: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
