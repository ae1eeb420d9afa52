#pragma once

#include "core/settings/app_settings.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace legease::app {

// What the person asked for on the command line, checked and typed. Parsing needs no
// application object, so main() can choose between a terminal and a graphical one afterwards.
struct CommandLine {
    enum class Action {
        OpenWindow,     // the app, perhaps with a routine or an article open
        Screenshot,     // --screenshot VIEW FILE
        Validate,       // --validate [DIR]
        List,           // --list
        ExportHistory,  // --export-history FILE
        ExportRoutine,  // --export-routine ID FILE
        Import,         // --import FILE
        Remind,         // --remind: the daily reminder's notification, then exit
        Help,
        Version,
    };

    Action action = Action::OpenWindow;
    QString validateFolder;  // empty: the built-in pack
    QStringList contentFolders;
    QString routineId;
    QString benefit;  // a number or an id
    QString page;  // --page: benefits, routines or history; empty: the last one
    QString screenshotView;
    QString screenshotFile;
    std::optional<int> step;      // --step N: the N-th step of the session, counted from 1
    std::optional<double> phase;  // --phase F: how far into a stroke's motion, 0 to 1
    QSize windowSize{1280, 800};
    std::optional<core::AppSettings::Theme> theme;  // this run only; the setting otherwise
    QString language;  // this run only; empty: the setting, then the system's
    bool resetFirstRun = false;
    QString exportFile;
    QString exportRoutineId;  // --export-routine ID FILE
    QString exportRoutineFile;
    QString importFile;  // --import FILE
    QString historyFile;  // empty: the usual one

    // Whether it needs no display: the answer is text on the terminal, or (--remind) a desktop
    // notification.
    bool runsInTerminal() const;
};

// Either the options, or why they make no sense in words for the terminal (exit status 2).
struct ParsedCommandLine {
    CommandLine options;
    QString error;
};

// `arguments` includes the program name first, as QCoreApplication::arguments() gives it.
ParsedCommandLine parseCommandLine(const QStringList& arguments);

// The --help text.
QString helpText();

}  // namespace legease::app
