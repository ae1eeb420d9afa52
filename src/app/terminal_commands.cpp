#include "app/terminal_commands.h"

#include "app/remind_command.h"
#include "core/content/content_loader.h"
#include "core/content/content_store.h"
#include "core/content/content_text.h"
#include "core/content/routine_sharing.h"
#include "core/history/csv_export.h"
#include "core/history/history_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace legease::app {
namespace {

void print(FILE* stream, const QString& text)
{
    QTextStream out(stream);
    out << text;
}

int exportHistory(const CommandLine& options)
{
    core::HistoryStore store(options.historyFile.isEmpty() ? core::HistoryStore::defaultPath() : options.historyFile);
    if (!store.open()) {
        print(stderr, QStringLiteral("legease: %1\n").arg(store.problem()));
        return 1;
    }
    // A history that is read-only, or was recovered from damage, still exports; say what it is.
    for (const QString& note : {store.notice(), store.problem()})
        if (!note.isEmpty())
            print(stderr, QStringLiteral("legease: %1\n").arg(note));
    const QString error = core::writeHistoryCsv(options.exportFile, store.all());
    if (!error.isEmpty()) {
        print(stderr, QStringLiteral("legease: %1\n").arg(error));
        return 1;
    }
    print(stdout, QStringLiteral("Exported %1 sessions to %2\n").arg(store.count()).arg(options.exportFile));
    return 0;
}

// Text from a file, made safe for a terminal: control characters (an escape sequence could
// change the terminal's state) are shown as \u codes.
QString forTerminal(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
            safe += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

// What the app would load, the person's own routines included.
void loadEverything(const CommandLine& options, core::ContentStore& store)
{
    store.load({true, options.contentFolders + core::userPackFolders()}, core::ownPackFolder());
}

int exportRoutine(const CommandLine& options)
{
    core::ContentStore store;
    loadEverything(options, store);
    const core::Routine* routine = store.library().routine(options.exportRoutineId);
    if (!routine) {
        print(stderr, QStringLiteral("legease: there is no routine \"%1\"; 'legease --list' shows them all\n")
                          .arg(forTerminal(options.exportRoutineId)));
        return 1;
    }
    if (const QString error = core::exportRoutine(*routine, options.exportRoutineFile); !error.isEmpty()) {
        print(stderr, QStringLiteral("legease: %1\n").arg(forTerminal(error)));
        return 1;
    }
    print(stdout, QStringLiteral("Exported \"%1\" to %2\n").arg(forTerminal(routine->title), forTerminal(options.exportRoutineFile)));
    return 0;
}

// Scripts read the new ids from the end: each alone on a line, the last lines of the output.
int import(const CommandLine& options)
{
    core::ContentStore store;
    loadEverything(options, store);
    const core::OwnPack& pack = store.ownPack();
    if (!pack.isValid()) {
        print(stderr, QStringLiteral("legease: there is no folder to keep your own routines in\n"));
        return 1;
    }
    const core::ImportCheck check = core::checkImport(options.importFile, store.library(), pack);
    for (const core::Problem& problem : check.problems)
        print(stderr, (problem.severity == core::Severity::Warning ? QStringLiteral("warning: ") : QStringLiteral("error: "))
                + forTerminal(problem.toString()) + QLatin1Char('\n'));
    if (!check.canImport()) {
        print(stderr, QStringLiteral("legease: nothing was imported from %1\n").arg(forTerminal(options.importFile)));
        return 1;
    }
    const core::ImportResult result = core::importRoutines(check, pack);
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("legease: %1; nothing was imported\n").arg(forTerminal(result.error)));
        return 1;
    }
    for (const core::RenamedRoutine& renamed : check.renamed)
        print(stdout, QStringLiteral("The id \"%1\" was taken, so the routine was imported as \"%2\".\n")
                          .arg(forTerminal(renamed.from), forTerminal(renamed.to)));
    print(stdout, QStringLiteral("Imported into %1:\n").arg(forTerminal(QDir::toNativeSeparators(pack.folder()))));
    for (const QString& id : result.ids)
        print(stdout, id + QLatin1Char('\n'));
    return 0;
}

int validate(const CommandLine& options)
{
    core::PackReport report = options.validateFolder.isEmpty() ? std::move(core::loadContent({}).reports.front())
                                                               : core::validatePack(options.validateFolder);
    print(stdout, core::validationText(report));
    return core::countErrors(report.problems) > 0 ? 1 : 0;
}

int list(const CommandLine& options)
{
    core::ContentStore store;
    loadEverything(options, store);
    const core::LoadedContent& loaded = store.content();
    for (const core::PackReport& report : loaded.reports)
        for (const core::Problem& problem : report.problems)
            if (problem.severity == core::Severity::Error)
                print(stderr, core::escapedForTerminal(QStringLiteral("%1: %2").arg(report.folder, problem.toString())) + QLatin1Char('\n'));
    print(stdout, core::listingText(loaded.library));
    return 0;
}

}  // namespace

int runInTerminal(const CommandLine& options)
{
    switch (options.action) {
    case CommandLine::Action::Help:
        print(stdout, helpText());
        return 0;
    case CommandLine::Action::Version:
        print(stdout, QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        return 0;
    case CommandLine::Action::ExportHistory:
        return exportHistory(options);
    case CommandLine::Action::Validate:
        return validate(options);
    case CommandLine::Action::List:
        return list(options);
    case CommandLine::Action::ExportRoutine:
        return exportRoutine(options);
    case CommandLine::Action::Import:
        return import(options);
    case CommandLine::Action::Remind:
        return runReminder(options);
    case CommandLine::Action::OpenWindow:
    case CommandLine::Action::Screenshot:
        break;
    }
    return 2;  // main() only sends terminal actions here
}

}  // namespace legease::app
