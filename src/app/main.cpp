// LegEase's entry point: reads the command line, then either answers on the terminal (or shows
// the reminder), hands the request to a LegEase that is already running, or starts the app through
// app::Startup, the start-up sequence the benchmarks and tests share.
#include "app/command_line.h"
#include "app/single_instance.h"
#include "app/startup.h"
#include "app/terminal_commands.h"

#include <QApplication>

#include <cstdio>

namespace {

void complain(const QString& text)
{
    std::fprintf(stderr, "legease: %s\n", qPrintable(text));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

}  // namespace

int main(int argc, char* argv[])
{
    using namespace legease::app;
    nameApplication();

    // Checking and listing content must work on a machine without a display, so the command
    // line is read before the kind of application object is chosen.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ParsedCommandLine parsed = parseCommandLine(arguments);
    if (!parsed.error.isEmpty()) {
        complain(parsed.error);
        return 2;
    }
    const CommandLine& options = parsed.options;
    if (options.runsInTerminal()) {
        QCoreApplication app(argc, argv);
        return runInTerminal(options);
    }

    if (options.action == CommandLine::Action::Screenshot && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");  // a screenshot needs no screen
    if (!hasDisplay()) {
        complain(QStringLiteral("no graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                                "Run it from a desktop session, or without a screen through a virtual one:\n"
                                "    xvfb-run -a legease\n"
                                "'legease --list', '--validate' and '--screenshot' work without a display."));
        return 1;
    }

    QApplication app(argc, argv);
    SingleInstance instance(options);
    if (const std::optional<int> handedOver = instance.handOver())
        return *handedOver;
    Startup legease(options);
    if (!legease.refusal().isEmpty()) {
        complain(legease.refusal());
        return 2;
    }
    if (options.action == CommandLine::Action::Screenshot) {
        const QString error = legease.screenshot();
        if (!error.isEmpty())
            complain(error);
        return error.isEmpty() ? 0 : 1;
    }
    if (!legease.openWindow()) {
        complain(legease.refusal());
        return 2;
    }
    instance.serve(legease);
    return app.exec();
}
