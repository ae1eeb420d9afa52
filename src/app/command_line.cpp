#include "app/command_line.h"

#include "ui/pages.h"

#include <QCommandLineParser>

namespace legease::app {
namespace {

struct Option {
    const char* name;
    const char* valueName;  // nullptr for a switch
    const char* description;
};

// Every option, in the order --help lists them.
constexpr Option kOptions[] = {
    {"validate", nullptr,
        "Check the content pack in DIR (the built-in pack when DIR is left out), print every problem, and exit "
        "with 1 if there is an error."},
    {"list", nullptr, "Print the benefits in order with their routines, then every routine, and exit."},
    {"routine", "ID", "Open the guided session for routine ID, ready to start."},
    {"benefit", "N|ID", "Open the article for benefit N (its number) or ID."},
    {"page", "PAGE", "Open at PAGE: benefits, routines, history or techniques."},
    {"screenshot", "VIEW FILE",
        "Render VIEW (benefits, article, routines, routine, session, history, techniques, technique:ID, settings, "
        "safety, editor) to the PNG file FILE and exit. Article, routine, session and editor show the first item "
        "unless --benefit or --routine name one; technique:ID shows the card of the stroke ID."},
    {"size", "WxH", "Window size for --screenshot (default 1280x800)."},
    {"step", "N", "With --screenshot session: show step N of the session (1 for the first, as the session counts)."},
    {"phase", "F",
        "With --screenshot session, techniques or technique:ID: draw the stroke F of the way through its motion, "
        "from 0 to 1 (default 0)."},
    {"theme", "THEME", "Use this look for this run only: system, light or dark."},
    {"language", "CODE", "Show the interface in language CODE (such as en or de) for this run only."},
    {"reset-first-run", nullptr, "Show the safety screen again, as on the very first run."},
    {"export-history", "FILE", "Write every session in the history to FILE as CSV and exit."},
    {"export-routine", "ID FILE", "Write routine ID to FILE (content format 1), to share or import elsewhere, and exit."},
    {"import", "FILE",
        "Check FILE (one routine, or a bundle of them) and add it to your own routines; print the new id (each on its "
        "own line, the last line of output) and exit 0, or print every problem and exit 1 without importing "
        "anything."},
    {"remind", nullptr,
        "Show the daily reminder as a desktop notification now, offering to start the last routine, and exit once "
        "it is answered (after five minutes at most). The daily reminder's systemd timer runs this."},
    {"history", "FILE", "Use the history database FILE instead of the usual one."},
    {"content", "DIR", "Also load the content pack in DIR. May be given more than once."},
};

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral("Guided, timed self-massage for tired, heavy or aching legs."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Option& option : kOptions) {
        const QString name = QString::fromLatin1(option.name);
        const QString description = QString::fromLatin1(option.description);
        parser.addOption(option.valueName
                ? QCommandLineOption(name, description, QString::fromLatin1(option.valueName))
                : QCommandLineOption(name, description));
    }
    parser.addPositionalArgument(QStringLiteral("DIR"),
        QStringLiteral("The pack to check with --validate, or the FILE of --screenshot or --export-routine."),
        QStringLiteral("[DIR]"));
}

std::optional<QSize> parseSize(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool wide = false, high = false;
    const int width = parts.value(0).toInt(&wide);
    const int height = parts.value(1).toInt(&high);
    if (parts.size() != 2 || !wide || !high || width < 320 || height < 240 || width > 7680 || height > 4320)
        return std::nullopt;
    return QSize(width, height);
}

std::optional<int> parseStep(const QString& text)
{
    bool ok = false;
    const int step = text.toInt(&ok);
    if (!ok || step < 1 || step > 10'000)
        return std::nullopt;
    return step;
}

std::optional<double> parsePhase(const QString& text)
{
    bool ok = false;
    const double phase = text.toDouble(&ok);
    if (!ok || !(phase >= 0.0 && phase <= 1.0))  // also refuses "nan"
        return std::nullopt;
    return phase;
}

bool showsMotion(const QString& view)
{
    return view == QLatin1String("session") || view == QLatin1String("techniques")
        || view.startsWith(QLatin1String("technique:"));
}

std::optional<core::AppSettings::Theme> parseTheme(const QString& text)
{
    for (const auto& choice : core::themeChoices)
        if (text == QLatin1String(choice.name.data(), qsizetype(choice.name.size())))
            return choice.value;
    return std::nullopt;
}

ParsedCommandLine refuse(const QString& error)
{
    return {{}, error};
}

}  // namespace

bool CommandLine::runsInTerminal() const
{
    return action != Action::OpenWindow && action != Action::Screenshot;
}

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments))
        return refuse(parser.errorText() + QStringLiteral("\nTry 'legease --help' for the options."));

    CommandLine options;
    const QStringList positional = parser.positionalArguments();
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    if (isSet("help"))
        options.action = CommandLine::Action::Help;
    else if (isSet("version"))
        options.action = CommandLine::Action::Version;
    else if (isSet("validate"))
        options.action = CommandLine::Action::Validate;
    else if (isSet("list"))
        options.action = CommandLine::Action::List;
    else if (isSet("export-history"))
        options.action = CommandLine::Action::ExportHistory;
    else if (isSet("export-routine"))
        options.action = CommandLine::Action::ExportRoutine;
    else if (isSet("import"))
        options.action = CommandLine::Action::Import;
    else if (isSet("screenshot"))
        options.action = CommandLine::Action::Screenshot;
    else if (isSet("remind"))
        options.action = CommandLine::Action::Remind;

    if (options.action == CommandLine::Action::Validate) {
        if (positional.size() > 1)
            return refuse(QStringLiteral("--validate checks one folder at a time"));
        options.validateFolder = positional.value(0);
    } else if (options.action == CommandLine::Action::Screenshot) {
        if (positional.size() != 1)
            return refuse(QStringLiteral("--screenshot needs a view and a file, e.g. --screenshot routines shot.png"));
        options.screenshotView = value("screenshot");
        options.screenshotFile = positional.front();
    } else if (options.action == CommandLine::Action::ExportRoutine) {
        if (positional.size() != 1)
            return refuse(QStringLiteral("--export-routine needs a routine id and a file, e.g. --export-routine calf-comfort calf.json"));
        options.exportRoutineId = value("export-routine");
        options.exportRoutineFile = positional.front();
    } else if (!positional.isEmpty() && options.action != CommandLine::Action::Help
        && options.action != CommandLine::Action::Version) {
        return refuse(options.action == CommandLine::Action::OpenWindow
                ? QStringLiteral("a folder can only be given with --validate; use --content DIR to load a pack")
                : QStringLiteral("a folder can only be given with --validate"));
    }

    if (isSet("size")) {
        const std::optional<QSize> size = parseSize(value("size"));
        if (!size)
            return refuse(QStringLiteral("--size expects WIDTHxHEIGHT such as 1280x800, from 320x240 to 7680x4320"));
        options.windowSize = *size;
    }
    if (isSet("step")) {
        if (options.action != CommandLine::Action::Screenshot || options.screenshotView != QLatin1String("session"))
            return refuse(QStringLiteral("--step only goes with --screenshot session"));
        options.step = parseStep(value("step"));
        if (!options.step)
            return refuse(QStringLiteral("--step expects a whole number from 1, such as --step 3"));
    }
    if (isSet("phase")) {
        if (options.action != CommandLine::Action::Screenshot || !showsMotion(options.screenshotView))
            return refuse(QStringLiteral("--phase only goes with --screenshot session, techniques or technique:ID"));
        options.phase = parsePhase(value("phase"));
        if (!options.phase)
            return refuse(QStringLiteral("--phase expects a number from 0 to 1, such as --phase 0.5"));
    }
    if (isSet("theme")) {
        options.theme = parseTheme(value("theme"));
        if (!options.theme)
            return refuse(QStringLiteral("--theme expects system, light or dark"));
    }
    if (isSet("page")) {
        if (!ui::pageWithId(value("page"))) {
            QStringList pages;
            for (const ui::PageInfo& page : ui::kPages)
                pages << QLatin1String(page.id);
            return refuse(QStringLiteral("--page expects %1").arg(pages.join(QStringLiteral(", "))));
        }
        options.page = value("page");
    }
    options.contentFolders = parser.values(QStringLiteral("content"));
    options.routineId = value("routine");
    options.benefit = value("benefit");
    options.language = value("language");
    options.resetFirstRun = isSet("reset-first-run");
    options.exportFile = value("export-history");
    options.importFile = value("import");
    options.historyFile = value("history");
    return {options, {}};
}

QString helpText()
{
    QCommandLineParser parser;
    describe(parser);
    return parser.helpText();
}

}  // namespace legease::app
