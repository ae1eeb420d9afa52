// LegEase entry point: reads the command line, then either answers on the terminal or opens
// the main window. Everything else lives in legease_core and legease_ui.
#include "content/content_loader.h"
#include "content/content_text.h"
#include "main_window.h"
#include "session/session_launcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

using namespace legease;

struct Options {
    QCommandLineOption validate{QStringLiteral("validate"),
        QStringLiteral("Check the content pack in DIR (the built-in pack when DIR is left out), print every "
                       "problem, and exit with 1 if there is an error.")};
    QCommandLineOption list{QStringLiteral("list"),
        QStringLiteral("Print the benefits in order with their routines, then every routine, and exit.")};
    QCommandLineOption routine{QStringLiteral("routine"),
        QStringLiteral("Open the guided session for routine ID, ready to start."), QStringLiteral("ID")};
    QCommandLineOption content{QStringLiteral("content"),
        QStringLiteral("Also load the content pack in DIR. May be given more than once."), QStringLiteral("DIR")};
};

void setUp(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(QStringLiteral("Guided, timed self-massage for tired, heavy or aching legs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.validate);
    parser.addOption(options.list);
    parser.addOption(options.routine);
    parser.addOption(options.content);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The pack to check with --validate."),
        QStringLiteral("[DIR]"));
}

void print(FILE* stream, const QString& text)
{
    QTextStream out(stream);
    out << text;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runCommandLine(const QCommandLineParser& parser, const Options& options)
{
    if (parser.isSet(options.validate)) {
        const QStringList dirs = parser.positionalArguments();
        core::PackReport report = dirs.isEmpty() ? std::move(core::loadContent({}).reports.front())
                                                 : core::validatePack(dirs.front());
        print(stdout, core::validationText(report));
        return core::countErrors(report.problems) > 0 ? 1 : 0;
    }
    const core::LoadedContent loaded = core::loadContent({true, parser.values(options.content)});
    for (const core::PackReport& report : loaded.reports)
        for (const core::Problem& problem : report.problems)
            if (problem.severity == core::Severity::Error)
                print(stderr, QStringLiteral("%1: %2\n").arg(report.folder, problem.toString()));
    print(stdout, core::listingText(loaded.library));
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("LegEase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEGEASE_VERSION));

    // The kind of application object depends on the command line: checking and listing content
    // must work on a machine without a display, so parse before creating it.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Options options;
    QCommandLineParser parser;
    setUp(parser, options);
    const bool parsed = parser.parse(arguments);

    const bool terminalOnly = !parsed || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))
        || parser.isSet(options.validate) || parser.isSet(options.list);
    if (terminalOnly) {
        QCoreApplication app(argc, argv);
        if (!parsed) {
            print(stderr, QStringLiteral("legease: %1\nTry 'legease --help' for the options.\n").arg(parser.errorText()));
            return 2;
        }
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        if (!parser.isSet(options.validate) && !parser.positionalArguments().isEmpty()) {
            print(stderr, QStringLiteral("legease: a folder can only be given with --validate\n"));
            return 2;
        }
        return runCommandLine(parser, options);
    }

    if (!parser.positionalArguments().isEmpty()) {
        print(stderr, QStringLiteral("legease: a folder can only be given with --validate; use --content DIR to load a pack\n"));
        return 2;
    }
    if (!hasDisplay()) {
        print(stderr, QStringLiteral("legease: no graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                                     "Run it from a desktop session, or without a screen through a virtual one:\n"
                                     "    xvfb-run -a legease\n"
                                     "'legease --list' and 'legease --validate' work without a display.\n"));
        return 1;
    }

    QApplication app(argc, argv);
    QStringList folders = parser.values(options.content);
    folders += core::userPackFolders();
    const core::LoadedContent content = core::loadContent({true, folders});
    ui::MainWindow window(content);
    ui::SessionLauncher sessions(content.library, ui::SessionOptions{});
    QObject::connect(&window, &ui::MainWindow::routineActivated, &sessions, &ui::SessionLauncher::open);
    window.show();
    if (parser.isSet(options.routine)) {
        const QString id = parser.value(options.routine);
        if (!sessions.open(id)) {
            print(stderr, QStringLiteral("legease: there is no routine \"%1\"; 'legease --list' shows them all\n").arg(id));
            return 2;
        }
    }
    return app.exec();
}
