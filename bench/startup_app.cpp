// LegEase's start-up path as src/app/main.cpp runs it with no options (settings, theme, language,
// content with the user's packs, the main window and the session launcher, the layout), exiting right
// after the main window's first paint. The history database is never opened at start-up; this
// program says so on stderr if it was. The runner (bench/run) times it against bare_window.
#include "content/content_loader.h"
#include "first_paint.h"
#include "history/history_store.h"
#include "language.h"
#include "main_window.h"
#include "session/session_launcher.h"
#include "settings/app_settings.h"
#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace legease;

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("LegEase"));
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" LEGEASE_APP_ID ".svg")));
    // The runner points XDG_CONFIG_HOME and XDG_DATA_HOME at its own folders, so these are a
    // temporary settings file, an empty packs folder and the benchmark's history.
    QSettings store(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LegEase"), QStringLiteral("legease"));
    core::AppSettings settings(store);
    if (!settings.safetyAcknowledged())
        settings.setSafetyAcknowledged(true);  // someone who has used the app before (the warm-up run)
    ui::applyTheme(settings.theme());
    const QString translations = ui::translationsFolder();
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    const QString language = ui::chooseLanguage(settings.language(), systemLanguages,
        ui::availableLanguages(translations));
    const QString locale = ui::regionalVariant(language, systemLanguages);
    ui::useLanguage(locale, translations);
    const core::LoadedContent content = core::loadContent({true, core::userPackFolders()}, locale);
    core::HistoryStore history(core::HistoryStore::defaultPath());

    ui::MainWindow window(content, settings, history);
    ui::SessionLauncher sessions(content.library, settings, history);
    QObject::connect(&sessions, &ui::SessionLauncher::sessionEnded, &window, &ui::MainWindow::refreshHistory);
    window.setVoiceNamesProvider([&sessions] { return sessions.voiceNames(); });
    QObject::connect(&window, &ui::MainWindow::sessionRequested, &sessions, &ui::SessionLauncher::open);
    window.restoreLayout();
    new bench::ExitAfterFirstPaint(window);
    window.show();
    QTimer::singleShot(0, &window, [&window, &settings] {
        if (!settings.safetyAcknowledged())
            window.showSafety(true);
    });
    const int status = app.exec();
    if (history.isOpen())
        std::fprintf(stderr, "startup_app: the history database was opened during start-up\n");
    return status;
}
