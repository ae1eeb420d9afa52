// LegEase entry point: reads the command line, then either answers on the terminal or opens
// the main window. Everything else lives in legease_core and legease_ui.
#include "content/content_loader.h"
#include "content/content_text.h"
#include "history/csv_export.h"
#include "history/history_store.h"
#include "language.h"
#include "main_window.h"
#include "reminder/daily_reminder.h"
#include "reminder/system_tray.h"
#include "screenshot.h"
#include "session/clock.h"
#include "session/session_launcher.h"
#include "settings/app_settings.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

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
    QCommandLineOption benefit{QStringLiteral("benefit"),
        QStringLiteral("Open the article for benefit N (its number) or ID."), QStringLiteral("N|ID")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QStringLiteral("Render VIEW (benefits, article, routines, routine, session, history, settings) to the PNG "
                       "file FILE and exit. Article, routine and session show the first item unless --benefit or "
                       "--routine name one."),
        QStringLiteral("VIEW FILE")};
    QCommandLineOption size{QStringLiteral("size"),
        QStringLiteral("Window size for --screenshot (default 1280x800)."), QStringLiteral("WxH"), QStringLiteral("1280x800")};
    QCommandLineOption theme{QStringLiteral("theme"),
        QStringLiteral("Use this look for this run only: system, light or dark."), QStringLiteral("THEME")};
    QCommandLineOption resetFirstRun{QStringLiteral("reset-first-run"),
        QStringLiteral("Show the safety screen again, as on the very first run.")};
    QCommandLineOption exportHistory{QStringLiteral("export-history"),
        QStringLiteral("Write every session in the history to FILE as CSV and exit."), QStringLiteral("FILE")};
    QCommandLineOption history{QStringLiteral("history"),
        QStringLiteral("Use the history database FILE instead of the usual one."), QStringLiteral("FILE")};
    QCommandLineOption language{QStringLiteral("language"),
        QStringLiteral("Show the interface in language CODE (such as en or de) for this run only."), QStringLiteral("CODE")};
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
    parser.addOption(options.benefit);
    parser.addOption(options.screenshot);
    parser.addOption(options.size);
    parser.addOption(options.theme);
    parser.addOption(options.language);
    parser.addOption(options.resetFirstRun);
    parser.addOption(options.exportHistory);
    parser.addOption(options.history);
    parser.addOption(options.content);
    parser.addPositionalArgument(QStringLiteral("DIR"),
        QStringLiteral("The pack to check with --validate, or the FILE of --screenshot."), QStringLiteral("[DIR]"));
}

void print(FILE* stream, const QString& text)
{
    QTextStream out(stream);
    out << text;
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

std::optional<core::AppSettings::Theme> parseTheme(const QString& text)
{
    if (text == QLatin1String("system"))
        return core::AppSettings::Theme::System;
    if (text == QLatin1String("light"))
        return core::AppSettings::Theme::Light;
    if (text == QLatin1String("dark"))
        return core::AppSettings::Theme::Dark;
    return std::nullopt;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString historyPath(const QCommandLineParser& parser, const Options& options)
{
    return parser.isSet(options.history) ? parser.value(options.history) : core::HistoryStore::defaultPath();
}

int runCommandLine(const QCommandLineParser& parser, const Options& options)
{
    if (parser.isSet(options.exportHistory)) {
        core::HistoryStore store(historyPath(parser, options));
        if (!store.open()) {
            print(stderr, QStringLiteral("legease: %1\n").arg(store.problem()));
            return 1;
        }
        if (!store.notice().isEmpty())
            print(stderr, QStringLiteral("legease: %1\n").arg(store.notice()));
        const QString error = core::writeHistoryCsv(parser.value(options.exportHistory), store.all());
        if (!error.isEmpty()) {
            print(stderr, QStringLiteral("legease: %1\n").arg(error));
            return 1;
        }
        print(stdout, QStringLiteral("Exported %1 sessions to %2\n").arg(store.count()).arg(parser.value(options.exportHistory)));
        return 0;
    }
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
    // Ties windows to the installed .desktop file, so docks and Wayland show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(LEGEASE_APP_ID));

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
        || parser.isSet(options.validate) || parser.isSet(options.list) || parser.isSet(options.exportHistory);
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

    const bool screenshot = parser.isSet(options.screenshot);
    if (screenshot != (parser.positionalArguments().size() == 1) || parser.positionalArguments().size() > 1) {
        print(stderr, screenshot ? QStringLiteral("legease: --screenshot needs a view and a file, e.g. --screenshot routines shot.png\n")
                                 : QStringLiteral("legease: a folder can only be given with --validate; use --content DIR to load a pack\n"));
        return 2;
    }
    std::optional<QSize> windowSize = parseSize(parser.value(options.size));
    if (!windowSize) {
        print(stderr, QStringLiteral("legease: --size expects WIDTHxHEIGHT such as 1280x800, from 320x240 to 7680x4320\n"));
        return 2;
    }
    std::optional<core::AppSettings::Theme> themeOverride;
    if (parser.isSet(options.theme)) {
        themeOverride = parseTheme(parser.value(options.theme));
        if (!themeOverride) {
            print(stderr, QStringLiteral("legease: --theme expects system, light or dark\n"));
            return 2;
        }
    }
    if (screenshot && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");  // a screenshot needs no screen
    if (!hasDisplay()) {
        print(stderr, QStringLiteral("legease: no graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                                     "Run it from a desktop session, or without a screen through a virtual one:\n"
                                     "    xvfb-run -a legease\n"
                                     "'legease --list', '--validate' and '--screenshot' work without a display.\n"));
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" LEGEASE_APP_ID ".svg")));
    QSettings store(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LegEase"), QStringLiteral("legease"));
    core::AppSettings settings(store);
    if (parser.isSet(options.resetFirstRun))
        settings.resetFirstRun();
    ui::applyTheme(themeOverride.value_or(settings.theme()));
    const QString translations = ui::translationsFolder();
    const QStringList languages = ui::availableLanguages(translations);
    if (parser.isSet(options.language) && !languages.contains(parser.value(options.language))) {
        print(stderr, QStringLiteral("legease: there is no \"%1\" translation; installed are: %2\n")
                          .arg(parser.value(options.language), languages.join(QStringLiteral(", "))));
        return 2;
    }
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    const QString language = ui::chooseLanguage(parser.isSet(options.language) ? parser.value(options.language) : settings.language(),
        systemLanguages, languages);
    // Spoken as the person's region speaks it: Austrian dates and Austrian content packs in Austria.
    const QString locale = ui::regionalVariant(language, systemLanguages);
    if (!ui::useLanguage(locale, translations))
        print(stderr, QStringLiteral("legease: the %1 translation could not be loaded from %2\n").arg(language, translations));

    QStringList folders = parser.values(options.content);
    folders += core::userPackFolders();
    // Content packs speak the interface's language, so translated content never meets an
    // English interface or the other way round.
    const core::LoadedContent content = core::loadContent({true, folders}, locale);

    core::HistoryStore history(historyPath(parser, options));  // opened when first needed
    if (screenshot) {
        const ui::ScreenshotRequest request{parser.value(options.screenshot), parser.positionalArguments().front(),
            *windowSize, parser.value(options.benefit), parser.value(options.routine)};
        const QString error = ui::takeScreenshot(request, content, settings, history);
        if (!error.isEmpty()) {
            print(stderr, QStringLiteral("legease: %1\n").arg(error));
            return 1;
        }
        return 0;
    }

    ui::MainWindow window(content, settings, history);
    ui::SessionLauncher sessions(content.library, settings, history);
    QObject::connect(&sessions, &ui::SessionLauncher::sessionEnded, &window, &ui::MainWindow::refreshHistory);
    window.setVoiceNamesProvider([&sessions] { return sessions.voiceNames(); });
    QObject::connect(&window, &ui::MainWindow::sessionRequested, &sessions, &ui::SessionLauncher::open);
    QObject::connect(&window, &ui::MainWindow::settingsChanged, &window, [&settings, themeOverride] {
        ui::applyTheme(themeOverride.value_or(settings.theme()));
    });
    window.restoreLayout();
    if (parser.isSet(options.benefit)) {
        if (!window.showBenefit(parser.value(options.benefit))) {
            print(stderr, QStringLiteral("legease: there is no benefit \"%1\"; 'legease --list' shows them all\n").arg(parser.value(options.benefit)));
            return 2;
        }
    }
    window.show();

    // The daily reminder is made once the window is on screen, and its tray icon only when on.
    const core::SystemClock clock;
    std::unique_ptr<ui::DailyReminder> reminder;
    QObject::connect(&window, &ui::MainWindow::firstPainted, &window, [&] {
        reminder = std::make_unique<ui::DailyReminder>(window, content.library, settings, clock, std::make_unique<ui::SystemTray>());
        QObject::connect(&window, &ui::MainWindow::settingsChanged, reminder.get(), &ui::DailyReminder::apply);
        reminder->apply();
    });

    // Safety first: on the very first run, and before a session asked for on the command line.
    const QString routineId = parser.value(options.routine);
    if (parser.isSet(options.routine) && !content.library.routine(routineId)) {
        print(stderr, QStringLiteral("legease: there is no routine \"%1\"; 'legease --list' shows them all\n").arg(routineId));
        return 2;
    }
    QTimer::singleShot(0, &window, [&window, &settings, routineId] {
        if (!routineId.isEmpty())
            window.requestSession(routineId);
        else if (!settings.safetyAcknowledged())
            window.showSafety(true);
    });
    return app.exec();
}
