#include "app/terminal_commands.h"

#include "app/remind_command.h"
#include "core/content/content_loader.h"
#include "core/content/content_text.h"
#include "core/history/csv_export.h"
#include "core/history/history_store.h"

#include <QCoreApplication>
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

int validate(const CommandLine& options)
{
    core::PackReport report = options.validateFolder.isEmpty() ? std::move(core::loadContent({}).reports.front())
                                                               : core::validatePack(options.validateFolder);
    print(stdout, core::validationText(report));
    return core::countErrors(report.problems) > 0 ? 1 : 0;
}

int list(const CommandLine& options)
{
    const core::LoadedContent loaded = core::loadContent({true, options.contentFolders});
    for (const core::PackReport& report : loaded.reports)
        for (const core::Problem& problem : report.problems)
            if (problem.severity == core::Severity::Error)
                print(stderr, QStringLiteral("%1: %2\n").arg(report.folder, problem.toString()));
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
    case CommandLine::Action::Remind:
        return runReminder(options);
    case CommandLine::Action::OpenWindow:
    case CommandLine::Action::Screenshot:
        break;
    }
    return 2;  // main() only sends terminal actions here
}

}  // namespace legease::app
